/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-settled-model.c: PpSettledModel holds a long incremental sort back
 * until it is done, never holds back an item that is gone, and shows the
 * order reversed when asked, from when the sort is done. */

#include "config.h"

#include <gtk/gtk.h>

#include "pp-settled-model.h"

#define N_ITEMS 30000

typedef struct
{
  GListStore *store;
  GtkSortListModel *sorted;
  PpSettledModel *settled;
  guint n_changes;
} Fixture;

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  fixture->n_changes++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  GtkStringSorter *sorter = gtk_string_sorter_new (
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));

  fixture->store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  for (guint i = 0; i < N_ITEMS; i++)
    {
      g_autofree char *text = g_strdup_printf ("item %08u", g_rand_int (rand));
      g_autoptr(GtkStringObject) item = gtk_string_object_new (text);

      g_list_store_append (fixture->store, item);
    }
  fixture->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (fixture->store)), NULL);
  gtk_sort_list_model_set_incremental (fixture->sorted, TRUE);
  fixture->settled = pp_settled_model_new (g_object_ref (fixture->sorted));
  g_signal_connect (fixture->settled, "items-changed", G_CALLBACK (count_changes_cb), fixture);
  /* Sorting starts when the sorter is set. */
  gtk_sort_list_model_set_sorter (fixture->sorted, GTK_SORTER (sorter));
  g_object_unref (sorter);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->settled);
  g_assert_finalize_object (fixture->sorted);
  g_assert_finalize_object (fixture->store);
}

static const char *
string_at (GListModel *model,
           guint       position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position);

  return gtk_string_object_get_string (item);
}

static void
finish_sorting (Fixture *fixture)
{
  while (gtk_sort_list_model_get_pending (fixture->sorted) > 0)
    g_main_context_iteration (NULL, TRUE);
  /* The settled model catches up from an idle. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Follows the settled model by its changes alone, as a view would. */
static void
mirror_cb (GListModel *model,
           guint       position,
           guint       removed,
           guint       added,
           GPtrArray  *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->len);
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, position + i, g_list_model_get_item (model, position + i));
}

static void
assert_mirrored (Fixture   *fixture,
                 GPtrArray *mirror)
{
  GListModel *settled = G_LIST_MODEL (fixture->settled);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->store));

  g_assert_cmpuint (g_list_model_get_n_items (settled), ==, n);
  g_assert_cmpuint (mirror->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (settled, i);

      g_assert_nonnull (item);
      g_assert_true (item == g_ptr_array_index (mirror, i));
    }
}

static void
test_one_change (Fixture       *fixture,
                 gconstpointer  data)
{
  GListModel *settled = G_LIST_MODEL (fixture->settled);
  g_autofree char *first = g_strdup (string_at (settled, 0));

  g_assert_cmpuint (gtk_sort_list_model_get_pending (fixture->sorted), >, 0);
  /* A few steps of the sort: nothing moves yet. */
  for (guint i = 0; i < 5; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (fixture->n_changes, ==, 0);
  g_assert_cmpstr (string_at (settled, 0), ==, first);

  finish_sorting (fixture);
  g_assert_cmpuint (fixture->n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (settled), ==, N_ITEMS);
  for (guint i = 1; i < N_ITEMS; i++)
    g_assert_cmpstr (string_at (settled, i - 1), <=, string_at (settled, i));
}

static void
test_removal_not_held_back (Fixture       *fixture,
                            gconstpointer  data)
{
  GListModel *settled = G_LIST_MODEL (fixture->settled);
  g_autoptr(GObject) removed = g_list_model_get_item (G_LIST_MODEL (fixture->store), 0);

  g_main_context_iteration (NULL, TRUE);
  g_list_store_remove (fixture->store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (settled), ==, N_ITEMS - 1);
  for (guint i = 0; i < N_ITEMS - 1; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (settled, i);

      g_assert_true (item != removed);
    }
  finish_sorting (fixture);
  for (guint i = 1; i < N_ITEMS - 1; i++)
    g_assert_cmpstr (string_at (settled, i - 1), <=, string_at (settled, i));
}

static void
test_reversed (Fixture       *fixture,
               gconstpointer  data)
{
  GListModel *settled = G_LIST_MODEL (fixture->settled);
  g_autofree char *first = g_strdup (string_at (settled, 0));
  g_autoptr(GtkStringObject) last = gtk_string_object_new ("item 99999999");

  /* Asked while sorting: the old order stays until the sort is done. */
  pp_settled_model_set_reversed (fixture->settled, TRUE);
  g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (string_at (settled, 0), ==, first);
  finish_sorting (fixture);
  g_assert_cmpuint (fixture->n_changes, ==, 1);
  for (guint i = 1; i < N_ITEMS; i++)
    g_assert_cmpstr (string_at (settled, i - 1), >=, string_at (settled, i));

  /* Changes below are told at their reversed places. */
  g_list_store_remove (fixture->store, 0);
  finish_sorting (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (settled), ==, N_ITEMS - 1);
  g_list_store_append (fixture->store, last);
  finish_sorting (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (settled), ==, N_ITEMS);
  g_assert_cmpstr (string_at (settled, 0), ==, "item 99999999");
  for (guint i = 1; i < N_ITEMS; i++)
    g_assert_cmpstr (string_at (settled, i - 1), >=, string_at (settled, i));

  /* Not sorting: at once, in one change. */
  fixture->n_changes = 0;
  pp_settled_model_set_reversed (fixture->settled, FALSE);
  g_assert_cmpuint (fixture->n_changes, ==, 1);
  g_assert_cmpstr (string_at (settled, N_ITEMS - 1), ==, "item 99999999");
  for (guint i = 1; i < N_ITEMS; i++)
    g_assert_cmpstr (string_at (settled, i - 1), <=, string_at (settled, i));
}

/* Items added and removed while a sort runs, the list shown either way
 * round: the model always holds what the store holds, and tells a view
 * every change at the right place. */
static void
test_changes_while_sorting (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) mirror = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *settled = G_LIST_MODEL (fixture->settled);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint i = 0; i < g_list_model_get_n_items (settled); i++)
    g_ptr_array_add (mirror, g_list_model_get_item (settled, i));
  g_signal_connect (settled, "items-changed", G_CALLBACK (mirror_cb), mirror);

  for (guint round = 0; round < 40; round++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->store));
      g_autofree char *text = g_strdup_printf ("item %08u", g_rand_int (rand));
      g_autoptr(GtkStringObject) item = gtk_string_object_new (text);

      if (round % 10 == 0)
        pp_settled_model_set_reversed (fixture->settled, round % 20 == 0);
      if (g_rand_boolean (rand))
        g_list_store_insert (fixture->store, g_rand_int_range (rand, 0, n + 1), item);
      else
        g_list_store_remove (fixture->store, g_rand_int_range (rand, 0, n));
      /* A few steps of the sort, or none. */
      for (guint i = g_rand_int_range (rand, 0, 4); i > 0; i--)
        g_main_context_iteration (NULL, FALSE);
      assert_mirrored (fixture, mirror);
    }

  finish_sorting (fixture);
  assert_mirrored (fixture, mirror);
  /* The last asked (round 30) was first first. */
  for (guint i = 1; i < g_list_model_get_n_items (settled); i++)
    g_assert_cmpstr (string_at (settled, i - 1), <=, string_at (settled, i));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/settled-model/one-change", Fixture, NULL, fixture_setup, test_one_change,
              fixture_teardown);
  g_test_add ("/settled-model/removal-not-held-back", Fixture, NULL, fixture_setup,
              test_removal_not_held_back, fixture_teardown);
  g_test_add ("/settled-model/reversed", Fixture, NULL, fixture_setup, test_reversed,
              fixture_teardown);
  g_test_add ("/settled-model/changes-while-sorting", Fixture, NULL, fixture_setup,
              test_changes_while_sorting, fixture_teardown);

  return g_test_run ();
}
