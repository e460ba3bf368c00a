/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-ventures-page-list.c: the Joint Ventures page's list of ventures: its
 * rows, its search, its stage and sector filters, and which venture is
 * selected in it. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-mou-facts.h"
#include "pp-timeline.h"
#include "pp-ventures-page-private.h"

static GtkWidget *
create_venture_row (gpointer item,
                    gpointer user_data)
{
  PpVenturesPage *self = user_data;
  PpVenture *venture = item;
  GtkWidget *row = adw_action_row_new ();
  PpNode *sector = pp_portfolio_lookup (self->portfolio, PP_COLLECTION_SECTORS,
                                        pp_venture_get_sector (venture));
  g_autofree char *subtitle = NULL;

  GListModel *partners = pp_venture_get_partners (venture);
  GString *names = g_string_new (NULL);
  GtkWidget *dot;
  g_autofree char *markup = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PpVenturePartner) partner = g_list_model_get_item (partners, i);

      g_string_append_printf (names, "%s%s", i > 0 ? _(", ") : "",
                              pp_portfolio_get_name_of (self->portfolio,
                                                        PP_COLLECTION_ORGANISATIONS,
                                                        pp_venture_partner_get_organisation (partner)));
    }
  /* Translators: a venture's row: "Proposed · Mining · MAZ, BELAZ" */
  subtitle = pp_sentence_new (_("%s · %s · %s"),
                              pp_enum_get_display_name (PP_TYPE_VENTURE_STAGE,
                                                        pp_venture_get_stage (venture)),
                              sector != NULL ? pp_sector_get_name (PP_SECTOR (sector)) : _("No sector"),
                              names->len > 0 ? names->str : _("no partners yet"));
  g_string_free (names, TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pp_venture_get_name (venture));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  markup = g_strdup_printf ("<span foreground=\"%s\">⬤</span>",
                            sector != NULL ? pp_sector_get_color (PP_SECTOR (sector)) : "#808080");
  dot = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (dot), markup);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sector != NULL ? pp_sector_get_name (PP_SECTOR (sector)) : _("No sector"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);
  if (!pp_venture_get_shares_complete (venture))
    {
      GtkWidget *badge = gtk_label_new (_("Incomplete"));

      gtk_widget_add_css_class (badge, "badge");
      gtk_widget_add_css_class (row, "overdue");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (badge, _("The partners’ shares do not total 100 %"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Incomplete: the partners’ shares do not total 100 %"), -1);
    }
  /* An AdwActionRow is not activatable by itself; narrow, activating the
   * row (a click, Enter, Space) is what opens the editor. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "venture", g_object_ref (venture), g_object_unref);
  return row;
}

static gboolean
text_matches (const char *text,
              const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PpVenturesPage *self = user_data;
  PpVenture *venture = item;
  guint stage = gtk_drop_down_get_selected (self->stage_filter);
  GListModel *partners;

  if (self->sector_filter != NULL &&
      g_strcmp0 (pp_venture_get_sector (venture), self->sector_filter) != 0)
    return FALSE;
  if (stage != GTK_INVALID_LIST_POSITION && stage > 0 &&
      (guint) pp_venture_get_stage (venture) != stage - 1)
    return FALSE;
  if (self->search == NULL)
    return TRUE;
  if (text_matches (pp_venture_get_name (venture), self->search) ||
      text_matches (pp_venture_get_objectives (venture), self->search))
    return TRUE;
  partners = pp_venture_get_partners (venture);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PpVenturePartner) partner = g_list_model_get_item (partners, i);

      if (text_matches (pp_portfolio_get_name_of (self->portfolio, PP_COLLECTION_ORGANISATIONS,
                                                  pp_venture_partner_get_organisation (partner)),
                        self->search))
        return TRUE;
    }
  return FALSE;
}

/* What the empty list says: why nothing shows, and what to do. */
static void
show_empty (PpVenturesPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  const char *sector = self->sector_filter != NULL
                       ? pp_portfolio_get_name_of (self->portfolio, PP_COLLECTION_SECTORS,
                                                   self->sector_filter)
                       : NULL;
  g_autofree char *text = NULL;

  if (g_list_model_get_n_items (pp_portfolio_get_ventures (self->portfolio)) == 0)
    text = g_strdup (_("No joint ventures yet. Add one with the + button, or plan one from an "
                       "MoU."));
  else if (self->search != NULL || gtk_drop_down_get_selected (self->stage_filter) > 0)
    text = g_strdup (_("No venture matches the search or the stage."));
  else if (sector != NULL)
    /* Translators: the list of ventures filtered to a sector that has none */
    text = pp_sentence_new (_("No ventures in %s yet. Add one with the + button, or show "
                              "all."), sector);
  else
    text = g_strdup (_("No venture to show."));
  gtk_label_set_label (self->empty_label, text);
  /* A timeline of nothing is an empty box. */
  gtk_widget_set_visible (self->timeline_group, shown > 0);
}

static void
refilter (PpVenturesPage *self)
{
  if (self->filter == NULL)
    return;   /* not showing a portfolio yet */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  _pp_ventures_page_rebind (self);
  show_empty (self);
}

static void
search_changed_cb (PpVenturesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search, g_free);
  if (*text != '\0')
    self->search = g_utf8_casefold (text, -1);
  refilter (self);
}

static void
row_selected_cb (GtkListBox     *list,
                 GtkListBoxRow  *row,
                 PpVenturesPage *self)
{
  if (self->updating)
    return;
  _pp_ventures_page_show_selected (self,
                                   row != NULL ? g_object_get_data (G_OBJECT (row), "venture")
                                               : NULL);
}

/* Narrow, the list and the editor are two pages: choosing a venture (a
 * click, Enter) opens its editor; moving through the list with the arrow
 * keys only selects. */
static void
row_activated_cb (GtkListBox     *list,
                  GtkListBoxRow  *row,
                  PpVenturesPage *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

/* A list box moves from row to row on Tab, and selects each row it
 * passes, so tabbing to the editor would leave the last venture chosen:
 * Tab and Shift+Tab leave the list instead, as the arrow keys move in it. */
static gboolean
list_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     PpVenturesPage        *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkDirectionType direction;

  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    direction = GTK_DIR_TAB_FORWARD;
  else if (keyval == GDK_KEY_ISO_Left_Tab)
    direction = GTK_DIR_TAB_BACKWARD;
  else
    return FALSE;
  if (root == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  gtk_widget_set_can_focus (GTK_WIDGET (self->list), FALSE);
  gtk_widget_child_focus (root, direction);
  gtk_widget_set_can_focus (GTK_WIDGET (self->list), TRUE);
  return TRUE;
}

/* Fills the stage filter and connects the list, its search and its
 * filter. */
void
_pp_ventures_page_init_list (PpVenturesPage *self)
{
  g_autoptr(GtkStringList) filter_stages = gtk_string_list_new (NULL);
  GtkEventController *key;

  gtk_string_list_append (filter_stages, _("All stages"));
  for (int i = PP_VENTURE_STAGE_PROPOSED; i <= PP_VENTURE_STAGE_CANCELLED; i++)
    gtk_string_list_append (filter_stages, pp_enum_get_display_name (PP_TYPE_VENTURE_STAGE, i));
  gtk_drop_down_set_model (self->stage_filter, G_LIST_MODEL (filter_stages));
  self->empty_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->empty_label, TRUE);
  gtk_label_set_justify (self->empty_label, GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_top (GTK_WIDGET (self->empty_label), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->empty_label), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self->empty_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->empty_label), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "dim-label");
  gtk_list_box_set_placeholder (self->list, GTK_WIDGET (self->empty_label));

  g_signal_connect (self->list, "row-selected", G_CALLBACK (row_selected_cb), self);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list), key);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->stage_filter, "notify::selected", G_CALLBACK (refilter), self);
  /* The drop-down's own button is what takes the focus: name it too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (GTK_WIDGET (self->stage_filter))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stage filter"), -1);
}

/* The list shows the portfolio's ventures through the search and the
 * filters; called once the page has its portfolio. */
void
_pp_ventures_page_filter_ventures (PpVenturesPage *self)
{
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (pp_portfolio_get_ventures (self->portfolio)),
                                           g_object_ref (GTK_FILTER (self->filter)));
  /* The timeline shows what the list shows. */
  pp_timeline_set_ventures (self->timeline, G_LIST_MODEL (self->shown));
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (show_empty), self,
                           G_CONNECT_SWAPPED);
  show_empty (self);
}

/* Makes the list's rows anew, keeping the selected venture selected. */
void
_pp_ventures_page_rebind (PpVenturesPage *self)
{
  guint position = _pp_ventures_page_index_of (G_LIST_MODEL (self->shown), self->selected);

  self->updating = TRUE;
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->shown), create_venture_row, self, NULL);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, (int) position));
  self->updating = FALSE;
}

void
_pp_ventures_page_set_sector_filter (PpVenturesPage *self,
                                     const char     *sector_id)
{
  PpNode *sector = pp_portfolio_lookup (self->portfolio, PP_COLLECTION_SECTORS, sector_id);

  g_free (self->sector_filter);
  self->sector_filter = sector != NULL ? g_strdup (sector_id) : NULL;
  gtk_widget_set_visible (self->filter_bar, sector != NULL);
  if (sector != NULL)
    {
      g_autofree char *text = pp_sentence_new (_("Ventures in %s"),
                                               pp_sector_get_name (PP_SECTOR (sector)));

      gtk_label_set_label (self->filter_label, text);
    }
  refilter (self);
}

/* Selects @venture in the list, clearing the search and the filters when
 * they hide it, and shows it in the editor. */
void
_pp_ventures_page_select_venture (PpVenturesPage *self,
                                  PpVenture      *venture)
{
  guint position;

  position = _pp_ventures_page_index_of (G_LIST_MODEL (self->shown), venture);
  if (venture != NULL && position == GTK_INVALID_LIST_POSITION)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      g_clear_pointer (&self->search, g_free);
      gtk_drop_down_set_selected (self->stage_filter, 0);
      _pp_ventures_page_set_sector_filter (self, NULL);
      position = _pp_ventures_page_index_of (G_LIST_MODEL (self->shown), venture);
    }
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, (int) position));
  else
    gtk_list_box_unselect_all (self->list);
  _pp_ventures_page_show_selected (self, venture);
}
