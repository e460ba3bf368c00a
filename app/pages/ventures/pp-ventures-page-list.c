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
#include "pp-venture-row.h"
#include "pp-ventures-page-private.h"

/* The row widgets the list view has made, which it binds to ventures as
 * they scroll into sight. */
static void
for_each_row (PpVenturesPage *self,
              void          (*func) (PpVenturesPage *self,
                                     PpVentureRow   *row))
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list)); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (PP_IS_VENTURE_ROW (row))
        func (self, PP_VENTURE_ROW (row));
    }
}

/* A single click on a row opens its venture, as the list box's rows did:
 * the list view itself activates only on a double click or Enter, or on
 * hovering when asked to activate on a single click, which would change
 * the selection as the pointer crosses the list on its way to the
 * buttons above it. */
static void
row_released_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkListItem     *item)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  if (n_press == 1 && gtk_list_item_get_position (item) != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (row, "list.activate-item", "u", gtk_list_item_get_position (item));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PpVenturesPage           *self)
{
  GtkWidget *row = pp_venture_row_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (row_released_cb), item);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             PpVenturesPage           *self)
{
  pp_venture_row_set_venture (PP_VENTURE_ROW (gtk_list_item_get_child (item)), self->portfolio,
                              gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               PpVenturesPage           *self)
{
  pp_venture_row_set_venture (PP_VENTURE_ROW (gtk_list_item_get_child (item)), NULL, NULL);
}

static void
refresh_row (PpVenturesPage *self,
             PpVentureRow   *row)
{
  PpVenture *venture = pp_venture_row_get_venture (row);

  if (venture != NULL)
    pp_venture_row_set_venture (row, self->portfolio, venture);
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

#define FEW_VENTURES 8
#define TIMELINE_HEIGHT 340

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
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), shown == 0);
  gtk_widget_set_visible (self->list_scroller, shown > 0);
  /* A timeline of nothing is an empty box. */
  gtk_widget_set_visible (self->timeline_group, shown > 0);
  /* A few ventures' timeline shows whole; more scroll in ten rows or so. */
  gtk_scrolled_window_set_policy (self->timeline_scroller, GTK_POLICY_AUTOMATIC,
                                  shown <= FEW_VENTURES ? GTK_POLICY_NEVER : GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (self->timeline_scroller,
                                              shown <= FEW_VENTURES ? -1 : TIMELINE_HEIGHT);
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
selection_changed_cb (PpVenturesPage *self)
{
  if (self->updating)
    return;
  _pp_ventures_page_show_selected (self, gtk_single_selection_get_selected_item (self->selection));
}

/* Narrow, the list and the editor are two pages: choosing a venture (a
 * click, Enter) opens its editor; moving through the list with the arrow
 * keys only selects. */
static void
list_activate_cb (GtkListView    *list,
                  guint           position,
                  PpVenturesPage *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

/* A list view moves from row to row on Tab, and selects each row it
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
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkEventController *key;

  gtk_string_list_append (filter_stages, _("All stages"));
  for (int i = PP_VENTURE_STAGE_PROPOSED; i <= PP_VENTURE_STAGE_CANCELLED; i++)
    gtk_string_list_append (filter_stages, pp_enum_get_display_name (PP_TYPE_VENTURE_STAGE, i));
  gtk_drop_down_set_model (self->stage_filter, G_LIST_MODEL (filter_stages));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list, factory);

  g_signal_connect (self->list, "activate", G_CALLBACK (list_activate_cb), self);
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
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  /* The timeline shows what the list shows. */
  pp_timeline_set_ventures (self->timeline, G_LIST_MODEL (self->shown));
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (show_empty), self,
                           G_CONNECT_SWAPPED);
  show_empty (self);
}

/* Selects @position in the list without showing it in the editor again,
 * and brings it into sight. */
static void
select_position (PpVenturesPage *self,
                 guint           position)
{
  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating = FALSE;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
}

/* Shows the rows on screen as their ventures are now, and keeps the
 * selected venture selected. */
void
_pp_ventures_page_rebind (PpVenturesPage *self)
{
  guint position = _pp_ventures_page_index_of (G_LIST_MODEL (self->shown), self->selected);

  for_each_row (self, refresh_row);
  if (position != gtk_single_selection_get_selected (self->selection))
    select_position (self, position);
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
  select_position (self, position);
  _pp_ventures_page_show_selected (self, venture);
}

static void
focus_row (PpVenturesPage *self,
           PpVentureRow   *row)
{
  if (pp_venture_row_get_venture (row) == self->selected)
    gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row)));
}

/* Puts the focus on the selected venture's row, as it was before the
 * editor opened over the list. */
void
_pp_ventures_page_focus_selected (PpVenturesPage *self)
{
  for_each_row (self, focus_row);
}
