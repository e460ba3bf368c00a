/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-ventures-page.c: the Joint Ventures page.
 *
 * The timeline of all ventures, the list (filtered to a sector when asked
 * from the dashboard) and an editor for the selected venture, grouped as a
 * planner thinks: overview and linked MoUs, partners and their shares,
 * budget and jobs, schedule and milestones, risks and their matrix. Every
 * change goes through the history; problems (shares not totalling 100 %,
 * an end before the start, milestones outside the dates) are said in
 * words and do not block, as plans are often incomplete.
 *
 * This file holds the page itself: the list, its search and filters, the
 * leaflet and the timelines. The editor's fields are in
 * pp-ventures-page-editor.c, the rows of its lists in
 * pp-ventures-page-rows.c, the actions in pp-ventures-page-actions.c.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-enum-types.h"
#include "pp-mou-facts.h"
#include "pp-risk-grid.h"
#include "pp-timeline.h"
#include "pp-ventures-page-private.h"

G_DEFINE_FINAL_TYPE (PpVenturesPage, pp_ventures_page, ADW_TYPE_BIN)

enum {
  SHOW_MOU,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
  subtitle = g_strdup_printf (_("%s · %s · %s"),
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
  g_object_set_data_full (G_OBJECT (row), "venture", g_object_ref (venture), g_object_unref);
  return row;
}

static void rebind         (PpVenturesPage *self);
static void select_venture (PpVenturesPage *self,
                            PpVenture      *venture);

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

static void
refilter (PpVenturesPage *self)
{
  if (self->filter == NULL)
    return;   /* not showing a portfolio yet */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  rebind (self);
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
show_selected (PpVenturesPage *self,
               PpVenture      *venture)
{
  if (venture == self->selected)
    return;
  pp_history_break_merge (self->history);
  g_set_object (&self->selected, venture);
  gtk_list_box_bind_model (self->partners_list,
                           venture != NULL ? pp_venture_get_partners (venture) : NULL,
                           _pp_ventures_page_create_partner_row, self, NULL);
  gtk_list_box_bind_model (self->milestones_list,
                           venture != NULL ? pp_venture_get_milestones (venture) : NULL,
                           _pp_ventures_page_create_milestone_row_full, self, NULL);
  gtk_list_box_bind_model (self->risks_list,
                           venture != NULL ? pp_venture_get_risks (venture) : NULL,
                           _pp_ventures_page_create_risk_row_full, self, NULL);
  pp_risk_grid_set_venture (self->risk_grid, venture);
  pp_timeline_set_venture (self->venture_timeline, venture);
  _pp_ventures_page_refresh_editor (self);
}

static void
row_selected_cb (GtkListBox     *list,
                 GtkListBoxRow  *row,
                 PpVenturesPage *self)
{
  if (self->updating)
    return;
  show_selected (self, row != NULL ? g_object_get_data (G_OBJECT (row), "venture") : NULL);
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

/* The portfolio's timeline goes above the editor when there is room, and
 * above the list when the page is folded, so the editor starts at the
 * top of its page. */
static void
leaflet_folded_cb (PpVenturesPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  GtkWidget *parent = gtk_widget_get_parent (self->timeline_group);
  GtkWidget *wanted = folded ? self->list_box : self->content_box;

  gtk_widget_set_visible (self->back_bar, folded);
  if (parent == wanted)
    return;
  g_object_ref (self->timeline_group);
  gtk_box_remove (GTK_BOX (parent), self->timeline_group);
  gtk_box_prepend (GTK_BOX (wanted), self->timeline_group);
  g_object_unref (self->timeline_group);
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

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  if (self->selected != NULL)
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

/* Clicking a milestone on the venture's timeline opens it in the list. */
static void
milestone_activated_cb (PpTimeline     *timeline,
                        PpMilestone    *milestone,
                        PpVenturesPage *self)
{
  guint position;
  GtkListBoxRow *row;

  if (self->selected == NULL)
    return;
  position = _pp_ventures_page_index_of (pp_venture_get_milestones (self->selected), milestone);
  row = gtk_list_box_get_row_at_index (self->milestones_list, (int) position);
  if (row == NULL)
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
rebind (PpVenturesPage *self)
{
  guint position = _pp_ventures_page_index_of (G_LIST_MODEL (self->shown), self->selected);

  self->updating = TRUE;
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->shown), create_venture_row, self, NULL);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, (int) position));
  self->updating = FALSE;
}

static void
portfolio_changed_cb (PpPortfolio    *portfolio,
                      PpNode         *origin,
                      PpVenturesPage *self)
{
  if (PP_IS_SECTOR (origin) || PP_IS_ORGANISATION (origin) || PP_IS_MOU (origin) ||
      PP_IS_PORTFOLIO (origin))
    _pp_ventures_page_rebuild_names (self);
  /* A venture's row shows its name, stage, sector and whether its shares
   * add up. */
  if (PP_IS_VENTURE (origin) || PP_IS_VENTURE_PARTNER (origin) || PP_IS_PORTFOLIO (origin) ||
      PP_IS_SECTOR (origin))
    rebind (self);
  if (self->selected != NULL && pp_node_get_owner (PP_NODE (self->selected)) == NULL)
    show_selected (self, NULL);
  if (self->selected != NULL)
    _pp_ventures_page_refresh_editor (self);
}

static void
pp_ventures_page_dispose (GObject *object)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (object);

  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (self->portfolio, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->selected);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->history);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->sector_names);
  g_clear_object (&self->org_names);
  g_clear_object (&self->mou_names);
  g_clear_pointer (&self->currencies, g_ptr_array_unref);
  g_clear_pointer (&self->sector_filter, g_free);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (pp_ventures_page_parent_class)->dispose (object);
}

static void
pp_ventures_page_class_init (PpVenturesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_ventures_page_dispose;

  /**
   * PpVenturesPage::show-mou:
   * @mou: the linked MoU to open
   */
  signals[SHOW_MOU] = g_signal_new ("show-mou", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, PP_TYPE_MOU);

  g_type_ensure (PP_TYPE_TIMELINE);
  g_type_ensure (PP_TYPE_RISK_GRID);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/pp-ventures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, timeline_group);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, back_bar);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, venture_timeline);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, list);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, stage_filter);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, editor);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, sector_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, stage_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, objectives_view);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, mous_list);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, add_mou_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, partners_list);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, add_partner_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, shares_warning);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, budget_spin);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, currency_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, jobs_spin);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, start_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, end_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, schedule_warning);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, milestones_list);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, risks_list);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, risk_grid);

  _pp_ventures_page_install_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "ventures.back", NULL, back_activated);
}

static void
pp_ventures_page_init (PpVenturesPage *self)
{
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);
  GtkEventController *key;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sector_names = gtk_string_list_new (NULL);
  self->org_names = gtk_string_list_new (NULL);
  self->mou_names = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->sector_row, G_LIST_MODEL (self->sector_names));
  adw_combo_row_set_model (self->add_partner_row, G_LIST_MODEL (self->org_names));
  adw_combo_row_set_model (self->add_mou_row, G_LIST_MODEL (self->mou_names));
  for (int i = PP_VENTURE_STAGE_PROPOSED; i <= PP_VENTURE_STAGE_CANCELLED; i++)
    gtk_string_list_append (stages, pp_enum_get_display_name (PP_TYPE_VENTURE_STAGE, i));
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (stages));
  {
    g_autoptr(GtkStringList) filter_stages = gtk_string_list_new (NULL);

    gtk_string_list_append (filter_stages, _("All stages"));
    for (int i = PP_VENTURE_STAGE_PROPOSED; i <= PP_VENTURE_STAGE_CANCELLED; i++)
      gtk_string_list_append (filter_stages, pp_enum_get_display_name (PP_TYPE_VENTURE_STAGE, i));
    gtk_drop_down_set_model (self->stage_filter, G_LIST_MODEL (filter_stages));
  }

  _pp_ventures_page_init_editor (self);

  g_signal_connect (self->list, "row-selected", G_CALLBACK (row_selected_cb), self);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list), key);
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (leaflet_folded_cb), self);
  leaflet_folded_cb (self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->stage_filter, "notify::selected", G_CALLBACK (refilter), self);
  /* The drop-down's own button is what takes the focus: name it too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (GTK_WIDGET (self->stage_filter))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stage filter"), -1);
}

void
pp_ventures_page_set_history (PpVenturesPage *self,
                              PpHistory      *history)
{
  g_return_if_fail (PP_IS_VENTURES_PAGE (self));
  g_return_if_fail (self->history == NULL);

  self->history = g_object_ref (history);
  self->portfolio = g_object_ref (pp_history_get_portfolio (history));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (pp_portfolio_get_ventures (self->portfolio)),
                                           g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect (self->portfolio, "changed", G_CALLBACK (portfolio_changed_cb), self);
  pp_timeline_set_portfolio (self->timeline, self->portfolio);
  pp_timeline_set_portfolio (self->venture_timeline, self->portfolio);
  g_signal_connect (self->venture_timeline, "milestone-activated",
                    G_CALLBACK (milestone_activated_cb), self);
  _pp_ventures_page_rebuild_names (self);
  rebind (self);
  _pp_ventures_page_refresh_editor (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0)
    {
      g_autoptr(PpVenture) first = g_list_model_get_item (G_LIST_MODEL (self->shown), 0);

      select_venture (self, first);
    }
}

/**
 * pp_ventures_page_set_sector_filter:
 * @sector_id: (nullable): show only this sector's ventures, or all
 */
void
pp_ventures_page_set_sector_filter (PpVenturesPage *self,
                                    const char     *sector_id)
{
  PpNode *sector;

  g_return_if_fail (PP_IS_VENTURES_PAGE (self));

  sector = pp_portfolio_lookup (self->portfolio, PP_COLLECTION_SECTORS, sector_id);
  g_free (self->sector_filter);
  self->sector_filter = sector != NULL ? g_strdup (sector_id) : NULL;
  gtk_widget_set_visible (self->filter_bar, sector != NULL);
  if (sector != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Ventures in %s"),
                                               pp_sector_get_name (PP_SECTOR (sector)));

      gtk_label_set_label (self->filter_label, text);
    }
  refilter (self);
}

static void
select_venture (PpVenturesPage *self,
                PpVenture      *venture)
{
  guint position;

  position = _pp_ventures_page_index_of (G_LIST_MODEL (self->shown), venture);
  if (venture != NULL && position == GTK_INVALID_LIST_POSITION)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      g_clear_pointer (&self->search, g_free);
      gtk_drop_down_set_selected (self->stage_filter, 0);
      pp_ventures_page_set_sector_filter (self, NULL);
      position = _pp_ventures_page_index_of (G_LIST_MODEL (self->shown), venture);
    }
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, (int) position));
  else
    gtk_list_box_unselect_all (self->list);
  show_selected (self, venture);
}

/**
 * pp_ventures_page_select:
 * @venture: (nullable): the venture to edit
 *
 * Selects @venture and shows its editor (on its own page when narrow).
 */
void
pp_ventures_page_select (PpVenturesPage *self,
                         PpVenture      *venture)
{
  g_return_if_fail (PP_IS_VENTURES_PAGE (self));

  select_venture (self, venture);
  if (venture != NULL)
    adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

/**
 * pp_ventures_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the venture being edited
 */
PpVenture *
pp_ventures_page_get_selected (PpVenturesPage *self)
{
  g_return_val_if_fail (PP_IS_VENTURES_PAGE (self), NULL);
  return self->selected;
}
