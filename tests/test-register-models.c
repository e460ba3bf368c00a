/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-register-models.c: the list models under the MoU register, which
 * need no display: rows that keep their places while their items change
 * (PpRowModel), and the sorter with keys that follows the column headers'
 * order (pp_mou_sort_list_sorter()). */

#include "config.h"

#include <gtk/gtk.h>

#include "pp-date.h"
#include "pp-mou-facts.h"
#include "pp-mou-sort.h"
#include "pp-row-model.h"
#include "pp-test-util.h"

typedef struct
{
  guint position;
  guint n_rows;
  guint n_signals;
  guint n_changes;
  guint changed_at, changed_removed, changed_added;
} Seen;

static void
rows_changed_cb (PpRowModel *rows,
                 guint       position,
                 guint       n_rows,
                 Seen       *seen)
{
  seen->position = position;
  seen->n_rows = n_rows;
  seen->n_signals++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Seen       *seen)
{
  seen->changed_at = position;
  seen->changed_removed = removed;
  seen->changed_added = added;
  seen->n_changes++;
}

static void
test_rows_stay (void)
{
  const char *words[] = { "d", "b", "a", "c", NULL };
  GtkStringList *list = gtk_string_list_new (words);
  g_autoptr(PpRowModel) rows = pp_row_model_new (G_LIST_MODEL (list));
  g_autoptr(PpRow) first = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  g_autoptr(PpRow) third = g_list_model_get_item (G_LIST_MODEL (rows), 2);
  g_autoptr(PpRow) again = NULL;
  Seen seen = { 0 };

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (rows)) == PP_TYPE_ROW);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 4);
  g_assert_cmpstr (gtk_string_object_get_string (pp_row_get_item (first)), ==, "d");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (rows), 4));
  /* Asked again, the same row. */
  again = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  g_assert_true (again == first);

  g_signal_connect (rows, "rows-changed", G_CALLBACK (rows_changed_cb), &seen);
  g_signal_connect (rows, "items-changed", G_CALLBACK (items_changed_cb), &seen);

  /* The items move: the rows do not, and tell which of them changed. */
  gtk_string_list_splice (list, 0, 4, (const char *[]) { "a", "b", "c", "d", NULL });
  g_assert_cmpuint (seen.n_changes, ==, 0);
  g_assert_cmpuint (seen.n_signals, ==, 1);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.n_rows, ==, 3);
  g_assert_cmpstr (gtk_string_object_get_string (pp_row_get_item (first)), ==, "a");
  g_assert_cmpstr (gtk_string_object_get_string (pp_row_get_item (third)), ==, "c");
  g_assert_cmpuint (pp_row_get_position (third), ==, 2);

  /* A change that leaves the rows made alone is not told. */
  gtk_string_list_splice (list, 1, 1, (const char *[]) { "B", NULL });
  g_assert_cmpuint (seen.n_signals, ==, 1);
  g_assert_cmpuint (seen.n_changes, ==, 0);

  /* Fewer items: rows go at the end; the rest show what moved up. */
  gtk_string_list_remove (list, 0);
  g_assert_cmpuint (seen.n_changes, ==, 1);
  g_assert_cmpuint (seen.changed_at, ==, 3);
  g_assert_cmpuint (seen.changed_removed, ==, 1);
  g_assert_cmpuint (seen.changed_added, ==, 0);
  g_assert_cmpuint (seen.n_signals, ==, 2);
  g_assert_cmpstr (gtk_string_object_get_string (pp_row_get_item (first)), ==, "B");
  g_assert_cmpstr (gtk_string_object_get_string (pp_row_get_item (third)), ==, "d");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 3);

  /* More items: rows come at the end. */
  gtk_string_list_splice (list, 0, 0, (const char *[]) { "z", "y", NULL });
  g_assert_cmpuint (seen.n_changes, ==, 2);
  g_assert_cmpuint (seen.changed_at, ==, 3);
  g_assert_cmpuint (seen.changed_removed, ==, 0);
  g_assert_cmpuint (seen.changed_added, ==, 2);
  g_assert_cmpstr (gtk_string_object_get_string (pp_row_get_item (first)), ==, "z");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 5);
  {
    g_autoptr(PpRow) last = g_list_model_get_item (G_LIST_MODEL (rows), 4);

    g_assert_cmpstr (gtk_string_object_get_string (pp_row_get_item (last)), ==, "d");
  }
}

static void
test_rows_let_go (void)
{
  const char *words[] = { "a", "b", "c", NULL };
  GtkStringList *list = gtk_string_list_new (words);
  PpRowModel *rows = pp_row_model_new (G_LIST_MODEL (list));
  PpRow *row = g_list_model_get_item (G_LIST_MODEL (rows), 2);
  PpRow *kept = g_list_model_get_item (G_LIST_MODEL (rows), 1);
  PpRow *made;

  /* A row nobody holds is made again when asked for. */
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);
  g_object_unref (row);
  g_assert_null (row);
  made = g_list_model_get_item (G_LIST_MODEL (rows), 2);
  g_assert_cmpstr (gtk_string_object_get_string (pp_row_get_item (made)), ==, "c");

  /* A row held after the list shrank below it, or after the model went,
   * keeps its last item and no longer points into the model. */
  gtk_string_list_remove (list, 2);
  g_assert_cmpstr (gtk_string_object_get_string (pp_row_get_item (made)), ==, "c");
  g_assert_finalize_object (made);
  g_assert_finalize_object (rows);
  g_assert_cmpstr (gtk_string_object_get_string (pp_row_get_item (kept)), ==, "b");
  g_assert_finalize_object (kept);
}

/* The sample's MoUs, sorted by @sorter, then reversed if @reversed. */
static GPtrArray *
sort_sample (PpPortfolio *portfolio,
             GtkSorter   *sorter,
             gboolean     reversed)
{
  g_autoptr(GtkSortListModel) sorted =
    gtk_sort_list_model_new (g_object_ref (pp_portfolio_get_mous (portfolio)),
                             g_object_ref (sorter));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (sorted));
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (order, g_list_model_get_item (G_LIST_MODEL (sorted),
                                                   reversed ? n - 1 - i : i));
  return order;
}

/* The order a column view's sorter gives, and the one the list sorter and
 * the reversing give, are the same. */
static void
assert_same_order (PpPortfolio *portfolio,
                   GtkSorter   *view_sorter,
                   gboolean     expect_reversed)
{
  gboolean reversed = !expect_reversed;
  g_autoptr(GtkSorter) sorter = pp_mou_sort_list_sorter (view_sorter, &reversed);
  g_autoptr(GPtrArray) expected = sort_sample (portfolio, view_sorter, FALSE);
  g_autoptr(GPtrArray) got = sort_sample (portfolio, sorter, reversed);

  g_assert_nonnull (sorter);
  g_assert_cmpint (reversed, ==, expect_reversed);
  for (guint i = 0; i < expected->len; i++)
    g_assert_true (g_ptr_array_index (got, i) == g_ptr_array_index (expected, i));
}

static int
invert_cb (gconstpointer a,
           gconstpointer b,
           gpointer      sorter)
{
  return -gtk_sorter_compare (sorter, (gpointer) a, (gpointer) b);
}

/* A column view's sorter is a list of columns, the last clicked first,
 * each sorted by the column's sorter or the other way; a multi-sorter
 * stands in for it here. Takes pairs of a column and a GtkSortType, ended
 * by -1. */
static GtkSorter *
view_sorter (int column,
             ...)
{
  GtkMultiSorter *sorter = gtk_multi_sorter_new ();
  va_list args;

  va_start (args, column);
  for (; column >= 0; column = va_arg (args, int))
    {
      GtkSortType order = va_arg (args, GtkSortType);
      GtkSorter *up = pp_mou_column_sorter_new (column, GTK_SORT_ASCENDING);

      if (order == GTK_SORT_ASCENDING)
        gtk_multi_sorter_append (sorter, up);
      else
        gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_custom_sorter_new (invert_cb, up,
                                                                            g_object_unref)));
    }
  va_end (args);
  return GTK_SORTER (sorter);
}

static void
test_list_sorter (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  GListModel *mous = pp_portfolio_get_mous (portfolio);
  g_autoptr(GtkSorter) view = NULL;
  g_autoptr(GtkSorter) sorter = NULL;
  g_autoptr(GPtrArray) got = NULL;
  gboolean reversed = TRUE;
  GDate date;

  /* Two MoUs signed on the same day, so a second column decides. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 10, 4, 2025);
  for (guint i = 3; i <= 5; i += 2)
    {
      g_autoptr(PpMou) twin = g_list_model_get_item (mous, i);

      pp_mou_set_signed_on (twin, &date);
    }

  /* Not sorted: no sorter. */
  view = view_sorter (-1);
  g_assert_null (pp_mou_sort_list_sorter (view, &reversed));
  g_assert_false (reversed);
  g_clear_object (&view);

  view = view_sorter (PP_MOU_COLUMN_TITLE, GTK_SORT_ASCENDING, -1);
  assert_same_order (portfolio, view, FALSE);
  g_clear_object (&view);

  /* Signed up, then title up: the twins come in title order. */
  view = view_sorter (PP_MOU_COLUMN_SIGNED, GTK_SORT_ASCENDING,
                      PP_MOU_COLUMN_TITLE, GTK_SORT_ASCENDING, -1);
  assert_same_order (portfolio, view, FALSE);
  g_clear_object (&view);

  /* Status up, then signed newest first: numbers sort either way, so the
   * order is exactly the view's. */
  view = view_sorter (PP_MOU_COLUMN_STATUS, GTK_SORT_ASCENDING,
                      PP_MOU_COLUMN_SIGNED, GTK_SORT_DESCENDING, -1);
  assert_same_order (portfolio, view, FALSE);
  g_clear_object (&view);

  /* Next follow-up latest first, then expiry latest first: both sort down
   * themselves, nothing is reversed. */
  view = view_sorter (PP_MOU_COLUMN_NEXT_FOLLOW_UP, GTK_SORT_DESCENDING,
                      PP_MOU_COLUMN_EXPIRES, GTK_SORT_DESCENDING, -1);
  assert_same_order (portfolio, view, FALSE);
  g_clear_object (&view);

  /* Signed newest first, then titles A to Z: dates sort down with keys. */
  view = view_sorter (PP_MOU_COLUMN_SIGNED, GTK_SORT_DESCENDING,
                      PP_MOU_COLUMN_TITLE, GTK_SORT_ASCENDING, -1);
  assert_same_order (portfolio, view, FALSE);
  g_clear_object (&view);

  /* Titles Z to A, then signed oldest first: the list sorts titles up and
   * dates down, and is shown reversed. */
  view = view_sorter (PP_MOU_COLUMN_TITLE, GTK_SORT_DESCENDING,
                      PP_MOU_COLUMN_SIGNED, GTK_SORT_ASCENDING, -1);
  assert_same_order (portfolio, view, TRUE);
  g_clear_object (&view);

  /* Signed oldest first, then titles Z to A: the list sorts dates down
   * and titles up, and is shown reversed. */
  view = view_sorter (PP_MOU_COLUMN_SIGNED, GTK_SORT_ASCENDING,
                      PP_MOU_COLUMN_TITLE, GTK_SORT_DESCENDING, -1);
  assert_same_order (portfolio, view, TRUE);
  g_clear_object (&view);

  /* Sectors A to Z, then titles Z to A: two columns of text sorting
   * opposite ways cannot be had, so only the sectors decide. */
  view = view_sorter (PP_MOU_COLUMN_SECTOR, GTK_SORT_ASCENDING,
                      PP_MOU_COLUMN_TITLE, GTK_SORT_DESCENDING, -1);
  sorter = pp_mou_sort_list_sorter (view, &reversed);
  got = sort_sample (portfolio, sorter, reversed);
  g_assert_false (reversed);
  for (guint i = 1; i < got->len; i++)
    {
      PpMou *before = g_ptr_array_index (got, i - 1);
      PpMou *after = g_ptr_array_index (got, i);

      g_assert_cmpint (g_utf8_collate (pp_portfolio_get_name_of (portfolio, PP_COLLECTION_SECTORS,
                                                                 pp_mou_get_sector (before)),
                                       pp_portfolio_get_name_of (portfolio, PP_COLLECTION_SECTORS,
                                                                 pp_mou_get_sector (after))),
                       <=, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/row-model/rows-stay", test_rows_stay);
  g_test_add_func ("/row-model/rows-let-go", test_rows_let_go);
  g_test_add_func ("/mou-sort/list-sorter", test_list_sorter);

  return g_test_run ();
}
