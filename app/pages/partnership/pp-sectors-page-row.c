/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sectors-page-row.c: one sector's row on the Sectors page: its name,
 * colour (a swatch and the colour's name) and use in the title and
 * subtitle; opened, the fields that edit it, and its move and delete
 * buttons, which name the page's actions.
 *
 * Every edit goes through the history; typing a name or a description is
 * one step until the field is left. The row follows the sector, so undo
 * shows at once. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-format.h"
#include "pp-sector-palette.h"
#include "pp-sectors-page-private.h"
#include "pp-widget-util.h"

typedef struct
{
  PpHistory *history;
  PpSector *sector;
  AdwExpanderRow *row;
  GtkWidget *swatch;
  AdwEntryRow *name;
  AdwComboRow *color;
  GtkStringList *colors;   /* the choices, as "#rrggbb" */
  AdwEntryRow *description;
  GtkWidget *up;
  GtkWidget *down;
  char *usage;
  gboolean updating;       /* the widgets follow the sector: no history */
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_clear_object (&row->history);
  g_clear_object (&row->sector);
  g_clear_object (&row->colors);
  g_free (row->usage);
  g_free (row);
}

static Row *
get_row (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "pp-sector-row");
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  const char *color = g_object_get_data (G_OBJECT (area), "color");
  GdkRGBA rgba;
  double r = MIN (width, height) / 4.0;

  if (color == NULL || !gdk_rgba_parse (&rgba, color))
    return;
  cairo_new_sub_path (cr);
  cairo_arc (cr, width - r, r, r, -G_PI / 2, 0);
  cairo_arc (cr, width - r, height - r, r, 0, G_PI / 2);
  cairo_arc (cr, r, height - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, r, r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_fill (cr);
}

/* A small square of the sector's colour; the colour is also said in words
 * beside it. */
static GtkWidget *
swatch_new (void)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 16);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 16);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch, NULL, NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return area;
}

static void
swatch_set_color (GtkWidget  *swatch,
                  const char *color)
{
  g_object_set_data_full (G_OBJECT (swatch), "color", g_strdup (color), g_free);
  gtk_widget_queue_draw (swatch);
}

/* "Blue", or "Blue (own shade)" for a colour near blue that is not the
 * palette's. */
static char *
color_label (GtkStringObject *item,
             gpointer         data)
{
  const char *color = gtk_string_object_get_string (item);
  gboolean exact;
  guint index = pp_sector_palette_find (color, &exact);

  if (exact)
    return g_strdup (pp_sector_palette_get_name (index));
  /* Translators: a colour near one of the palette's, "Blue (own shade)" */
  return pp_sentence_new (_("%s (own shade)"), pp_sector_palette_get_name (index));
}

static void
color_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_box_append (GTK_BOX (box), swatch_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_list_item_set_child (item, box);
}

static void
color_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkStringObject *color = gtk_list_item_get_item (item);
  g_autofree char *label = color_label (color, NULL);

  swatch_set_color (gtk_widget_get_first_child (box), gtk_string_object_get_string (color));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), label);
}

static guint
color_position (Row *row)
{
  const char *color = pp_sector_get_color (row->sector);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (row->colors));

  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp (gtk_string_list_get_string (row->colors, i), color) == 0)
      return i;
  gtk_string_list_append (row->colors, color);
  return n;
}

static void
show_subtitle (Row *row)
{
  const char *color = pp_sector_get_color (row->sector);
  g_autoptr(GtkStringObject) item = gtk_string_object_new (color);
  g_autofree char *name = color_label (item, NULL);
  g_autofree char *subtitle = NULL;

  /* Translators: a sector's colour, then where it is used:
   * "Blue · 2 MoUs and 1 venture" */
  subtitle = pp_sentence_new (_("%s · %s"), name,
                              row->usage != NULL ? row->usage : _("Not used yet"));
  adw_expander_row_set_subtitle (row->row, subtitle);
}

/* Shows the sector as it now is, after an edit here, undo, or redo. */
static void
sector_notify_cb (PpSector   *sector,
                  GParamSpec *pspec,
                  GtkWidget  *widget)
{
  Row *row = get_row (widget);
  const char *name = pp_sector_get_name (sector);
  g_autofree char *up = pp_sentence_new (_("Move %s Up"), name);
  g_autofree char *down = pp_sentence_new (_("Move %s Down"), name);

  row->updating = TRUE;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), name);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->name)), name) != 0 &&
      *name != '\0')
    gtk_editable_set_text (GTK_EDITABLE (row->name), name);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->description)),
                 pp_sector_get_description (sector)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row->description), pp_sector_get_description (sector));
  adw_combo_row_set_selected (row->color, color_position (row));
  swatch_set_color (row->swatch, pp_sector_get_color (sector));
  show_subtitle (row);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->up), GTK_ACCESSIBLE_PROPERTY_LABEL, up, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->down), GTK_ACCESSIBLE_PROPERTY_LABEL, down,
                                  -1);
  row->updating = FALSE;
}

static void
set_text (Row        *row,
          const char *property,
          const char *text)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  pp_history_set_value (row->history, PP_NODE (row->sector), property, &value, TRUE);
  g_value_unset (&value);
}

/* A sector must have a name: while the field is empty the sector keeps
 * its last one, and the field shows it again when left. */
static void
name_changed_cb (GtkEditable *editable,
                 GtkWidget   *widget)
{
  Row *row = get_row (widget);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (row->updating)
    return;
  if (*text == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (row->name), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row->name), "error");
  set_text (row, "name", text);
}

static void
name_left_cb (GtkWidget *widget)
{
  Row *row = get_row (widget);

  pp_history_break_merge (row->history);
  gtk_widget_remove_css_class (GTK_WIDGET (row->name), "error");
  row->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->name)),
                 pp_sector_get_name (row->sector)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row->name), pp_sector_get_name (row->sector));
  row->updating = FALSE;
}

static void
description_changed_cb (GtkEditable *editable,
                        GtkWidget   *widget)
{
  Row *row = get_row (widget);

  if (!row->updating)
    set_text (row, "description", gtk_editable_get_text (editable));
}

static void
description_left_cb (GtkWidget *widget)
{
  pp_history_break_merge (get_row (widget)->history);
}

static void
color_selected_cb (AdwComboRow *combo,
                   GParamSpec  *pspec,
                   GtkWidget   *widget)
{
  Row *row = get_row (widget);
  guint selected = adw_combo_row_get_selected (combo);
  GValue value = G_VALUE_INIT;

  if (row->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, gtk_string_list_get_string (row->colors, selected));
  pp_history_set_value (row->history, PP_NODE (row->sector), "color", &value, FALSE);
  g_value_unset (&value);
}

static GtkWidget *
action_button (const char *icon,
               const char *tooltip,
               const char *action,
               const char *id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  if (action != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
    }
  return button;
}

static GtkWidget *
entry_row (const char *title,
           GCallback   changed,
           GCallback   left,
           GtkWidget  *widget)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  pp_accessible_fix_tree (entry);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (entry), FALSE);
  g_signal_connect_object (entry, "changed", changed, widget, 0);
  pp_on_focus_leave (entry, left, widget);
  return entry;
}

static void
add_color_row (Row       *row,
               GtkWidget *widget)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expression;

  row->colors = gtk_string_list_new (NULL);
  for (guint i = 0; i < pp_sector_palette_get_n_colors (); i++)
    gtk_string_list_append (row->colors, pp_sector_palette_get_color (i));
  g_signal_connect (factory, "setup", G_CALLBACK (color_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (color_bind_cb), NULL);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (color_label), NULL, NULL);

  row->color = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->color), _("Colour"));
  adw_combo_row_set_factory (row->color, factory);
  adw_combo_row_set_expression (row->color, expression);
  gtk_expression_unref (expression);
  adw_combo_row_set_model (row->color, G_LIST_MODEL (row->colors));
  g_signal_connect_object (row->color, "notify::selected", G_CALLBACK (color_selected_cb),
                           widget, 0);
}

static void
add_delete_row (Row        *row,
                const char *id)
{
  GtkWidget *action = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Delete…"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action), _("Delete This Sector"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (action),
                               _("What is in it can move to another sector first"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "sectors.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Delete This Sector"), -1);
  pp_accessible_fix_tree (button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (action), button);
  adw_expander_row_add_row (row->row, action);
}

/**
 * _pp_sectors_row_new:
 * @first: (in): whether it is the first sector (it cannot move up)
 * @last: whether it is the last (it cannot move down)
 *
 * Returns: (transfer floating): the row of @sector
 */
GtkWidget *
_pp_sectors_row_new (PpHistory *history,
                     PpSector  *sector,
                     gboolean   first,
                     gboolean   last)
{
  const char *id = pp_node_get_id (PP_NODE (sector));
  GtkWidget *widget = adw_expander_row_new ();
  Row *row = g_new0 (Row, 1);

  row->history = g_object_ref (history);
  row->sector = g_object_ref (sector);
  row->row = ADW_EXPANDER_ROW (widget);
  g_object_set_data_full (G_OBJECT (widget), "pp-sector-row", row, row_free);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);

  row->swatch = swatch_new ();
  adw_expander_row_add_prefix (row->row, row->swatch);
  /* A button that cannot move the row has no action, which would make it
   * sensitive again. */
  row->up = action_button ("go-up-symbolic", _("Move Up"), first ? NULL : "sectors.move-up", id);
  row->down = action_button ("go-down-symbolic", _("Move Down"),
                             last ? NULL : "sectors.move-down", id);
  gtk_widget_set_sensitive (row->up, !first);
  gtk_widget_set_sensitive (row->down, !last);
  /* Each action goes before the ones added already. */
  adw_expander_row_add_action (row->row, row->down);
  adw_expander_row_add_action (row->row, row->up);

  row->name = ADW_ENTRY_ROW (entry_row (_("Name"), G_CALLBACK (name_changed_cb),
                                        G_CALLBACK (name_left_cb), widget));
  adw_expander_row_add_row (row->row, GTK_WIDGET (row->name));
  add_color_row (row, widget);
  adw_expander_row_add_row (row->row, GTK_WIDGET (row->color));
  row->description = ADW_ENTRY_ROW (entry_row (_("Description"),
                                               G_CALLBACK (description_changed_cb),
                                               G_CALLBACK (description_left_cb), widget));
  adw_expander_row_add_row (row->row, GTK_WIDGET (row->description));
  add_delete_row (row, id);

  g_signal_connect_object (sector, "notify", G_CALLBACK (sector_notify_cb), widget, 0);
  sector_notify_cb (sector, NULL, widget);
  return widget;
}

PpSector *
_pp_sectors_row_get_sector (GtkWidget *widget)
{
  return get_row (widget)->sector;
}

/* @usage: where the sector is used, "2 MoUs and 1 venture", or NULL */
void
_pp_sectors_row_set_usage (GtkWidget  *widget,
                           const char *usage)
{
  Row *row = get_row (widget);

  if (g_strcmp0 (row->usage, usage) == 0)
    return;
  g_free (row->usage);
  row->usage = g_strdup (usage);
  show_subtitle (row);
}

/* Gives the focus to the row's "up" or "down" button (after a move, so the
 * keyboard can go on moving it), or to its "name" field. */
void
_pp_sectors_row_focus (GtkWidget  *widget,
                       const char *what)
{
  Row *row = get_row (widget);
  GtkWidget *target = GTK_WIDGET (row->name);

  if (g_strcmp0 (what, "up") == 0)
    target = gtk_widget_get_sensitive (row->up) ? row->up : row->down;
  else if (g_strcmp0 (what, "down") == 0)
    target = gtk_widget_get_sensitive (row->down) ? row->down : row->up;
  else
    adw_expander_row_set_expanded (row->row, TRUE);
  gtk_widget_grab_focus (target);
}
