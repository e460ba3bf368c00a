/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-page.c: the MoU register.
 *
 * The table is a GtkColumnView over selection → rows → filter → settled
 * sort → the portfolio's MoU store. Sorting and filtering are incremental,
 * and the rows keep their places while the MoUs in them change, so a
 * portfolio of 100,000 MoUs never blocks the window: a sort or a search
 * changes the text of the visible cells instead of making new ones. Cells
 * refresh themselves when the portfolio reports a change below their MoU
 * (pp-mou-page-cells.c); the filters and the selection are in
 * pp-mou-page-filter.c, the actions in pp-mou-page-actions.c, the sideways
 * scrolling in pp-mou-page-scroll.c. This file calls those, and they never
 * call it. The page reports results to the
 * window by its "show-toast" and "show-error" signals.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-enum-types.h"
#include "pp-mou-page-private.h"

G_DEFINE_FINAL_TYPE (PpMouPage, pp_mou_page, ADW_TYPE_BIN)

static void
rows_changed_cb (PpRowModel *rows,
                 guint       position,
                 guint       n_rows,
                 PpMouPage  *self)
{
  pp_mou_page_refresh_rows (self, position, n_rows);
  pp_mou_page_follow_selection (self);
}




static void
sector_filter_changed_cb (PpMouPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->sector_filter);
  g_autoptr(PpSector) sector = NULL;

  if (self->updating_filters)
    return;

  g_clear_pointer (&self->sector_id, g_free);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    {
      sector = g_list_model_get_item (pp_portfolio_get_sectors (self->portfolio), selected - 1);
      if (sector != NULL)
        self->sector_id = g_strdup (pp_node_get_id (PP_NODE (sector)));
    }
  pp_mou_page_refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
status_filter_changed_cb (PpMouPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_filter);

  self->status = (selected == GTK_INVALID_LIST_POSITION || selected == 0) ? -1 : (int) selected - 1;
  pp_mou_page_refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

/* The sector drop-down lists "All sectors" and each sector by name. */
static void
rebuild_sector_names (PpMouPage *self)
{
  GListModel *sectors = pp_portfolio_get_sectors (self->portfolio);
  guint n = g_list_model_get_n_items (sectors);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint selected = 0;

  g_ptr_array_add (names, (gpointer) _("All sectors"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpSector) sector = g_list_model_get_item (sectors, i);

      g_ptr_array_add (names, (gpointer) pp_sector_get_name (sector));
      if (g_strcmp0 (pp_node_get_id (PP_NODE (sector)), self->sector_id) == 0)
        selected = i + 1;
    }
  g_ptr_array_add (names, NULL);

  self->updating_filters = TRUE;
  gtk_string_list_splice (self->sector_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->sector_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->sector_filter, selected);
  self->updating_filters = FALSE;
}

/* Sorts the list as the column headers say, with a sorter that has keys
 * (see pp-mou-sort.c). */
static void
view_sorter_changed_cb (PpMouPage *self)
{
  GtkSorter *view_sorter = gtk_column_view_get_sorter (self->column_view);
  g_autoptr(GtkSorter) sorter = NULL;
  gboolean reversed;

  sorter = pp_mou_sort_list_sorter (view_sorter, &reversed);
  gtk_sort_list_model_set_sorter (self->sort_model, sorter);
  pp_settled_model_set_reversed (self->settled, reversed);
}

static gboolean
refresh_order_cb (gpointer user_data)
{
  PpMouPage *self = user_data;
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

  self->refresh_source = 0;
  /* Edits can move a row in the order or out of the filter; the selection
   * comes back once sorting is done. */
  self->restoring = self->kept != NULL;
  if (sorter != NULL)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  pp_mou_page_restore_selection (self);
  if (pp_mou_page_is_filtering (self))
    pp_mou_page_refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
  return G_SOURCE_REMOVE;
}

static void
portfolio_changed_cb (PpPortfolio *portfolio,
                      PpNode      *origin,
                      PpMouPage   *self)
{
  pp_mou_page_refresh_cells (self, origin);

  if (PP_IS_SECTOR (origin) || PP_IS_PORTFOLIO (origin))
    rebuild_sector_names (self);

  /* Once per burst of changes, not once per keystroke. */
  if (self->refresh_source == 0 && pp_mou_page_owning_mou (origin) != NULL)
    self->refresh_source = g_timeout_add (300, refresh_order_cb, self);
}

static void
selection_changed_cb (PpMouPage *self)
{
  PpMou *mou = pp_mou_page_selected_mou (self);

  /* Filtering, or the rows changing, drops the selection;
   * restore_selection() decides. */
  if (mou == NULL && (self->restoring || pp_row_model_is_changing (self->rows)))
    return;
  pp_mou_page_show_selected (self, mou);
}

static void
row_activated_cb (PpMouPage *self,
                  guint      position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_toggle_button_set_active (self->editor_toggle, TRUE);
  pp_mou_editor_focus_title (self->editor);
}

static void
items_changed_cb (PpMouPage *self)
{
  pp_mou_page_update_count (self);
  pp_mou_page_restore_selection (self);
}

static void
pp_mou_page_dispose (GObject *object)
{
  PpMouPage *self = PP_MOU_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_handle_id (&self->restore_source, g_source_remove);
  if (self->portfolio != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_signal_handlers_disconnect_by_data (pp_portfolio_get_sectors (self->portfolio), self);
    }
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_data (self->rows, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  if (self->settled != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  /* AdwBin holds the template's root: let it unparent it, not
   * gtk_widget_dispose_template(), which leaves AdwBin a stale pointer. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->kept);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->settled);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sector_names);
  g_clear_object (&self->history);
  g_clear_object (&self->portfolio);

  G_OBJECT_CLASS (pp_mou_page_parent_class)->dispose (object);
}

static void
pp_mou_page_finalize (GObject *object)
{
  PpMouPage *self = PP_MOU_PAGE (object);

  g_free (self->search);
  g_free (self->sector_id);
  g_hash_table_unref (self->bound);

  G_OBJECT_CLASS (pp_mou_page_parent_class)->finalize (object);
}

static void
pp_mou_page_class_init (PpMouPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_mou_page_dispose;
  object_class->finalize = pp_mou_page_finalize;

  g_type_ensure (PP_TYPE_MOU_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/pp-mou-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, flap);
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, sector_filter);
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, count_short_label);
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, register_scroll);
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, editor);
  gtk_widget_class_bind_template_child (widget_class, PpMouPage, editor_toggle);

  /**
   * PpMouPage::show-toast:
   * @message: what happened, such as "Deleted “…”"
   * @undo: whether to offer Undo
   *
   * Emitted when an action has a result to show in a toast. The actions
   * (pp-mou-page-actions.c) emit it, and the one below, by name.
   */
  g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  /**
   * PpMouPage::show-error:
   * @heading: what failed, such as "Could Not Delete the MoU"
   * @message: why
   *
   * Emitted when an action fails, to show in a dialog.
   */
  g_signal_new ("show-error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  pp_mou_page_install_actions (widget_class);
}

static void
pp_mou_page_init (PpMouPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->status = -1;
  self->bound = g_hash_table_new (NULL, NULL);

  pp_mou_page_add_columns (self);

  gtk_string_list_append (statuses, _("All statuses"));
  for (int i = PP_MOU_STATUS_DRAFT; i <= PP_MOU_STATUS_TERMINATED; i++)
    gtk_string_list_append (statuses, pp_enum_get_display_name (PP_TYPE_MOU_STATUS, i));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  self->sector_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->sector_filter, G_LIST_MODEL (self->sector_names));

  g_object_bind_property (self->editor_toggle, "active", self->flap, "reveal-flap",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (pp_mou_page_search_changed), self);
  g_signal_connect_swapped (self->sector_filter, "notify::selected",
                            G_CALLBACK (sector_filter_changed_cb), self);
  g_signal_connect_swapped (self->status_filter, "notify::selected",
                            G_CALLBACK (status_filter_changed_cb), self);
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (row_activated_cb), self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  pp_mou_page_add_table_keys (self);
  pp_mou_page_add_sort_menu (self);
  pp_mou_page_add_sideways_scroll (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mou.duplicate", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mou.delete", FALSE);
}

/* A portfolio shown read-only can be browsed and searched, but no MoU
 * added or removed; the editor follows the history itself. */
static void
read_only_changed_cb (PpMouPage *self)
{
  gboolean editable = self->history == NULL || !pp_history_get_read_only (self->history);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mou.add", editable);
  pp_mou_page_show_selected (self, self->kept);
}

/**
 * pp_mou_page_set_history:
 *
 * Shows the MoUs of @history's portfolio; edits go through @history.
 */
void
pp_mou_page_set_history (PpMouPage *self,
                         PpHistory *history)
{
  GListModel *mous;

  g_return_if_fail (PP_IS_MOU_PAGE (self));
  g_return_if_fail (self->history == NULL);

  self->history = g_object_ref (history);
  self->portfolio = g_object_ref (pp_history_get_portfolio (history));
  mous = pp_portfolio_get_mous (self->portfolio);

  /* Filtering sits on top of sorting, so typing a search does not sort
   * again; the filter is only set while one is in use, as GTK 4.8's filter
   * model is slow to look items up by position once it has a filter. */
  self->filter = gtk_custom_filter_new (pp_mou_page_filter_func, self, NULL);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (mous), NULL);
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  /* The register shows the last finished order while a sort runs. */
  self->settled = pp_settled_model_new (g_object_ref (self->sort_model));
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->settled)),
                                                  NULL);
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);
  /* The view sees rows that stay put; a sort or a search changes the MoUs
   * in them. */
  self->rows = pp_row_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->filter_model, "items-changed",
                            G_CALLBACK (items_changed_cb), self);
  g_signal_connect (self->rows, "rows-changed", G_CALLBACK (rows_changed_cb), self);
  g_signal_connect_swapped (self->rows, "items-changed",
                            G_CALLBACK (pp_mou_page_follow_selection), self);
  g_signal_connect_swapped (self->filter_model, "notify::pending",
                            G_CALLBACK (items_changed_cb), self);
  g_signal_connect_swapped (self->sort_model, "notify::pending",
                            G_CALLBACK (pp_mou_page_restore_selection), self);
  g_signal_connect (self->portfolio, "changed", G_CALLBACK (portfolio_changed_cb), self);
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (view_sorter_changed_cb), self);
  g_signal_connect_swapped (pp_portfolio_get_sectors (self->portfolio), "items-changed",
                            G_CALLBACK (rebuild_sector_names), self);

  g_signal_connect_object (history, "notify::read-only", G_CALLBACK (read_only_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* A history may be read-only from the start (an earlier version). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mou.add", !pp_history_get_read_only (history));

  pp_mou_editor_set_history (self->editor, history);
  rebuild_sector_names (self);
  pp_mou_page_update_count (self);
  /* A new single selection selects its first row before the page listens
   * to it: the editor and the actions follow that row from the start. */
  pp_mou_page_show_selected (self, pp_mou_page_selected_mou (self));
}

void
pp_mou_page_focus_search (PpMouPage *self)
{
  g_return_if_fail (PP_IS_MOU_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * pp_mou_page_set_sector_filter:
 * @sector_id: (nullable): the sector to show, or %NULL for all
 */
void
pp_mou_page_set_sector_filter (PpMouPage  *self,
                               const char *sector_id)
{
  g_return_if_fail (PP_IS_MOU_PAGE (self));

  g_free (self->sector_id);
  self->sector_id = g_strdup (sector_id);
  rebuild_sector_names (self);
  pp_mou_page_refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * pp_mou_page_get_shown:
 *
 * Returns: (transfer none): the rows as shown, filtered and sorted
 */
GListModel *
pp_mou_page_get_shown (PpMouPage *self)
{
  g_return_val_if_fail (PP_IS_MOU_PAGE (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

/**
 * pp_mou_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected MoU
 */
PpMou *
pp_mou_page_get_selected (PpMouPage *self)
{
  g_return_val_if_fail (PP_IS_MOU_PAGE (self), NULL);

  return pp_mou_page_selected_mou (self);
}

/**
 * pp_mou_page_select:
 *
 * Selects @mou, clearing the filters that hide it.
 */
void
pp_mou_page_select (PpMouPage *self,
                    PpMou     *mou)
{
  g_return_if_fail (PP_IS_MOU_PAGE (self));

  pp_mou_page_show_mou (self, mou);
}

/**
 * pp_mou_page_get_pending:
 *
 * Returns: how many rows are still to be sorted or filtered
 */
guint
pp_mou_page_get_pending (PpMouPage *self)
{
  g_return_val_if_fail (PP_IS_MOU_PAGE (self), 0);

  /* Not filled yet: nothing to sort. */
  if (self->sort_model == NULL)
    return 0;
  return gtk_sort_list_model_get_pending (self->sort_model) +
         gtk_filter_list_model_get_pending (self->filter_model);
}
