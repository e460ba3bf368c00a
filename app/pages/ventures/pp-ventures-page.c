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
 * This file holds the page itself: its type, the leaflet, the timelines
 * and the public functions. It calls down into the other files, which
 * never call back up: the actions (pp-ventures-page-actions.c) use the
 * list of ventures (pp-ventures-page-list.c), which shows the selected
 * one in the editor (pp-ventures-page-editor.c), which makes the rows of
 * its lists (pp-ventures-page-rows.c).
 */

#include "config.h"

#include "pp-enum-types.h"
#include "pp-risk-grid.h"
#include "pp-timeline.h"
#include "pp-ventures-page-private.h"

G_DEFINE_FINAL_TYPE (PpVenturesPage, pp_ventures_page, ADW_TYPE_BIN)

enum {
  SHOW_MOU,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  if (self->selected != NULL)
    _pp_ventures_page_focus_selected (self);
}

/* Opens @milestone of the selected venture in the list of milestones,
 * with the focus on its row: not on the venture's name, where a keystroke
 * would replace it. */
static void
open_milestone (PpVenturesPage *self,
                PpMilestone    *milestone)
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
  /* The expander row does not take the focus itself: its header does. */
  gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD);
}

/* Clicking a milestone on the venture's timeline opens it in the list. */
static void
milestone_activated_cb (PpTimeline     *timeline,
                        PpMilestone    *milestone,
                        PpVenturesPage *self)
{
  open_milestone (self, milestone);
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
    _pp_ventures_page_rebind (self);
  if (self->selected != NULL && pp_node_get_owner (PP_NODE (self->selected)) == NULL)
    _pp_ventures_page_show_selected (self, NULL);
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
  g_clear_object (&self->selection);
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
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, timeline_scroller);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, no_selection);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, back_bar);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, venture_timeline);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, list);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, empty_label);
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

  _pp_ventures_page_init_editor (self);
  _pp_ventures_page_init_list (self);

  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (leaflet_folded_cb), self);
  leaflet_folded_cb (self);
}

void
pp_ventures_page_set_history (PpVenturesPage *self,
                              PpHistory      *history)
{
  g_return_if_fail (PP_IS_VENTURES_PAGE (self));
  g_return_if_fail (self->history == NULL);

  self->history = g_object_ref (history);
  self->portfolio = g_object_ref (pp_history_get_portfolio (history));
  _pp_ventures_page_filter_ventures (self);
  g_signal_connect (self->portfolio, "changed", G_CALLBACK (portfolio_changed_cb), self);
  pp_timeline_set_portfolio (self->timeline, self->portfolio);
  pp_timeline_set_portfolio (self->venture_timeline, self->portfolio);
  g_signal_connect (self->venture_timeline, "milestone-activated",
                    G_CALLBACK (milestone_activated_cb), self);
  /* A portfolio shown read-only: the editor is read, not changed. */
  g_signal_connect_object (history, "notify::read-only",
                           G_CALLBACK (_pp_ventures_page_refresh_editor), self, G_CONNECT_SWAPPED);
  _pp_ventures_page_rebuild_names (self);
  _pp_ventures_page_rebind (self);
  _pp_ventures_page_refresh_editor (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0)
    {
      g_autoptr(PpVenture) first = g_list_model_get_item (G_LIST_MODEL (self->shown), 0);

      _pp_ventures_page_select_venture (self, first);
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
  g_return_if_fail (PP_IS_VENTURES_PAGE (self));

  _pp_ventures_page_set_sector_filter (self, sector_id);
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

  _pp_ventures_page_select_venture (self, venture);
  if (venture != NULL)
    adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

void
pp_ventures_page_focus_search (PpVenturesPage *self)
{
  g_return_if_fail (PP_IS_VENTURES_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * pp_ventures_page_show_milestone:
 *
 * Selects the venture of @milestone and opens the milestone in its editor.
 */
void
pp_ventures_page_show_milestone (PpVenturesPage *self,
                                 PpMilestone    *milestone)
{
  PpNode *venture;

  g_return_if_fail (PP_IS_VENTURES_PAGE (self));
  g_return_if_fail (PP_IS_MILESTONE (milestone));

  venture = pp_node_get_owner (PP_NODE (milestone));
  if (!PP_IS_VENTURE (venture))
    return;
  pp_ventures_page_select (self, PP_VENTURE (venture));
  open_milestone (self, milestone);
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

/**
 * pp_ventures_page_plan_from_mou:
 *
 * Starts a venture from @mou: its sector, its parties as partners sharing
 * 100 % equally, and the link to it, as one undoable step.
 *
 * Returns: (transfer none) (nullable): the new venture, selected
 */
PpVenture *
pp_ventures_page_plan_from_mou (PpVenturesPage *self,
                                PpMou          *mou)
{
  g_return_val_if_fail (PP_IS_VENTURES_PAGE (self), NULL);
  g_return_val_if_fail (PP_IS_MOU (mou), NULL);

  return _pp_ventures_page_plan_from_mou (self, mou);
}
