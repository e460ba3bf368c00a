/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-page-filter.c: which MoUs the register shows and which one is
 * selected: the search, sector and status filter, the count above the
 * table, and the selection kept across sorting and filtering.
 *
 * It is below the page's other files: pp-mou-page.c and
 * pp-mou-page-actions.c call it, and it calls neither.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-format.h"
#include "pp-mou-facts.h"
#include "pp-mou-page-private.h"

static gboolean
text_matches (const char *text,
              const char *needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, needle) != NULL;
}

/* Whether the filters let @item, an MoU, through. */
gboolean
pp_mou_page_filter_func (gpointer item,
                         gpointer user_data)
{
  PpMouPage *self = user_data;
  PpMou *mou = item;
  const char * const *parties;

  if (self->status >= 0 && (int) pp_mou_get_status (mou) != self->status)
    return FALSE;
  if (self->sector_id != NULL && g_strcmp0 (pp_mou_get_sector (mou), self->sector_id) != 0)
    return FALSE;
  if (self->search == NULL)
    return TRUE;

  if (text_matches (pp_mou_get_title (mou), self->search) ||
      text_matches (pp_mou_get_summary (mou), self->search))
    return TRUE;
  parties = pp_mou_get_parties (mou);
  for (guint i = 0; parties[i] != NULL; i++)
    if (text_matches (pp_portfolio_get_name_of (self->portfolio, PP_COLLECTION_ORGANISATIONS,
                                                parties[i]), self->search))
      return TRUE;
  return FALSE;
}

/* "5 of 7 MoUs", or the empty page when the filters hide them all. */
void
pp_mou_page_update_count (PpMouPage *self)
{
  guint total = g_list_model_get_n_items (pp_portfolio_get_mous (self->portfolio));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;
  g_autofree char *short_text = NULL;

  /* Translators: "5 of 7 MoUs" above the register */
  text = pp_sentence_new (ngettext ("%u of %u MoU", "%u of %u MoUs", total), shown, total);
  /* Translators: "5 of 7", the number of MoUs shown above the register where
   * "5 of 7 MoUs" does not fit */
  short_text = pp_sentence_new (ngettext ("%u of %u", "%u of %u", total), shown, total);
  gtk_label_set_label (self->count_label, text);
  gtk_label_set_label (self->count_short_label, short_text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->count_short_label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->count_short_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);

  if (shown > 0 || gtk_filter_list_model_get_pending (self->filter_model) > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else
    {
      gboolean empty = total == 0;

      adw_status_page_set_title (self->empty_page,
                                 empty ? _("No MoUs Yet") : _("No Matching MoUs"));
      adw_status_page_set_description (self->empty_page,
                                       empty ? _("Add the first memorandum of understanding "
                                                 "of this partnership.")
                                             : _("Try other words or another sector or "
                                                 "status, or add a new MoU."));
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
    }
}

static guint
find_shown (PpMouPage *self,
            PpMou     *mou)
{
  GListModel *shown = G_LIST_MODEL (self->filter_model);
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpMou) item = g_list_model_get_item (shown, i);

      if (item == mou)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Keeps @mou as the selection: the editor shows it, and the actions on it
 * are enabled, or none when @mou is NULL. */
void
pp_mou_page_show_selected (PpMouPage *self,
                           PpMou     *mou)
{
  gboolean editable = self->history == NULL || !pp_history_get_read_only (self->history);

  g_set_object (&self->kept, mou);
  pp_mou_editor_set_mou (self->editor, mou);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mou.duplicate", editable && mou != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mou.delete", editable && mou != NULL);
}

/* The MoU in the selected row. */
PpMou *
pp_mou_page_selected_mou (PpMouPage *self)
{
  PpRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row != NULL ? pp_row_get_item (row) : NULL;
}

/* Once filtering is done, selects again the MoU that was selected before,
 * if it still matches. It runs from an idle, as the models are still
 * passing a change along while the signals that call for it are emitted. */
static gboolean
restore_selection_idle (gpointer user_data)
{
  PpMouPage *self = user_data;
  guint position;

  self->restore_source = 0;
  if (!self->restoring)
    return G_SOURCE_REMOVE;
  if (gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
      gtk_sort_list_model_get_pending (self->sort_model) > 0)
    return G_SOURCE_REMOVE;   /* asked again when pending changes */
  self->restoring = FALSE;
  if (self->kept == NULL || pp_mou_page_selected_mou (self) == self->kept)
    return G_SOURCE_REMOVE;

  position = find_shown (self, self->kept);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_single_selection_set_selected (self->selection, position);
      gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item",
                                  "u", position);
    }
  else
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      pp_mou_page_show_selected (self, NULL);
    }
  return G_SOURCE_REMOVE;
}

void
pp_mou_page_restore_selection (PpMouPage *self)
{
  /* Before drawing, so the old selection is never shown in between, and
   * not left waiting behind a busy frame clock. */
  if (self->restoring && self->restore_source == 0)
    self->restore_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, restore_selection_idle,
                                            self, NULL);
}

/* Rows keep their places while the MoUs move: when the selected row comes
 * to show another MoU, or goes, the selection is dropped, and it comes
 * back on the same MoU once sorting and filtering are done. */
void
pp_mou_page_follow_selection (PpMouPage *self)
{
  if (self->kept == NULL || pp_mou_page_selected_mou (self) == self->kept)
    return;
  self->restoring = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  pp_mou_page_restore_selection (self);
}

/* Whether any filter is set. */
gboolean
pp_mou_page_is_filtering (PpMouPage *self)
{
  return self->search != NULL || self->sector_id != NULL || self->status >= 0;
}

/* Filters again after @change, keeping the selection if it still shows. */
void
pp_mou_page_refilter (PpMouPage       *self,
                      GtkFilterChange  change)
{
  GtkFilter *wanted = pp_mou_page_is_filtering (self) ? GTK_FILTER (self->filter) : NULL;

  self->restoring = self->kept != NULL;
  if (gtk_filter_list_model_get_filter (self->filter_model) != wanted)
    gtk_filter_list_model_set_filter (self->filter_model, wanted);
  else if (wanted != NULL)
    gtk_filter_changed (wanted, change);
  pp_mou_page_update_count (self);
  pp_mou_page_restore_selection (self);
}

/* Filters by the text of the search entry. */
void
pp_mou_page_search_changed (PpMouPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *old = g_steal_pointer (&self->search);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (*text != '\0')
    self->search = g_utf8_casefold (text, -1);

  /* Typing more can only hide rows; deleting can only show more. */
  if (old == NULL && self->search != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old != NULL && self->search == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (old != NULL && strstr (self->search, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old != NULL && strstr (old, self->search) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  pp_mou_page_refilter (self, change);
}

/* Selects @mou, clearing filters that hide it. */
void
pp_mou_page_show_mou (PpMouPage *self,
                      PpMou     *mou)
{
  if (!pp_mou_page_filter_func (mou, self))
    {
      self->status = -1;
      g_clear_pointer (&self->sector_id, g_free);
      gtk_drop_down_set_selected (self->status_filter, 0);
      gtk_drop_down_set_selected (self->sector_filter, 0);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      pp_mou_page_search_changed (self);
    }

  /* The models may still be taking the MoU in: select it once they are
   * done, as after filtering. */
  g_set_object (&self->kept, mou);
  pp_mou_editor_set_mou (self->editor, mou);
  self->restoring = TRUE;
  pp_mou_page_restore_selection (self);
}
