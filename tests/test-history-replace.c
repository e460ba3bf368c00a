/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-history-replace.c: a portfolio taking another's contents as one
 * undo step, in place, and taking nothing when a step fails. */

#include "config.h"

#include "pp-array-store.h"
#include "pp-history.h"
#include "pp-portfolio-io.h"
#include "pp-test-util.h"

typedef struct
{
  PpPortfolio *portfolio;
  PpHistory *history;
  GBytes *original;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->portfolio = pp_test_load_sample ();
  f->history = pp_history_new (f->portfolio);
  f->original = pp_portfolio_save_to_bytes (f->portfolio);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->history);
  g_assert_finalize_object (f->portfolio);
  g_bytes_unref (f->original);
}

static void
assert_saves_as (PpPortfolio *portfolio,
                 GBytes      *expected)
{
  g_autoptr(GBytes) now = pp_portfolio_save_to_bytes (portfolio);

  if (!g_bytes_equal (now, expected))
    {
      g_test_message ("saved:\n%.*s", (int) g_bytes_get_size (now),
                      (const char *) g_bytes_get_data (now, NULL));
      g_test_fail ();
    }
}

static gboolean
contains (GBytes     *bytes,
          const char *text)
{
  return g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), text) != NULL;
}

static JsonObject *
array_object (JsonObject *object,
              const char *member,
              guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (object, member), index);
}

/* A copy of @object as a new element of @array, at @position. */
static JsonObject *
insert_copy (JsonArray  *array,
             JsonObject *object,
             guint       position)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *text = NULL;
  JsonNode *copy;
  g_autoptr(GList) elements = json_array_get_elements (array);
  GList *l;

  /* json_node_copy() would share the object. */
  json_node_set_object (node, object);
  text = json_to_string (node, FALSE);
  copy = json_from_string (text, NULL);
  /* JsonArray can only append, so the elements after @position go again. */
  for (l = g_list_nth (elements, position); l != NULL; l = l->next)
    json_node_ref (l->data);
  for (guint n = json_array_get_length (array); n > position; n--)
    json_array_remove_element (array, n - 1);
  json_array_add_element (array, copy);
  for (l = g_list_nth (elements, position); l != NULL; l = l->next)
    json_array_add_element (array, l->data);
  return json_node_get_object (copy);
}

static void
move_element (JsonArray *array,
              guint      from,
              guint      to)
{
  JsonObject *object = json_object_ref (json_array_get_object_element (array, from));

  json_array_remove_element (array, from);
  insert_copy (array, object, to);
  json_object_unref (object);
}

static void
edit_mous (JsonObject *root)
{
  JsonArray *mous = json_object_get_array_member (root, "mous");
  JsonObject *mou = json_array_get_object_element (mous, 0);
  JsonObject *note = json_object_new ();
  JsonArray *follow_ups = json_object_get_array_member (mou, "follow_ups");
  JsonArray *parties;
  JsonObject *added;

  json_object_set_string_member (mou, "status", "in-force");
  json_object_set_int_member (note, "a", 1);
  json_object_set_object_member (mou, "x-note", note);
  json_object_set_boolean_member (json_array_get_object_element (follow_ups, 0), "done", TRUE);
  json_array_remove_element (follow_ups, 2);
  json_array_remove_element (mous, 1);

  added = insert_copy (mous, mou, 0);
  json_object_set_string_member (added, "id", "new-mou");
  json_object_set_string_member (added, "sector", "new-sector");
  parties = json_array_new ();
  json_array_add_string_element (parties, "new-organisation");
  json_array_add_string_element (parties, "labour-by");
  json_object_set_array_member (added, "parties", parties);
  move_element (mous, json_array_get_length (mous) - 1, 1);
}

static void
edit_venture (JsonObject *root)
{
  JsonObject *venture = array_object (root, "ventures", 0);
  JsonArray *milestones = json_object_get_array_member (venture, "milestones");

  move_element (milestones, 1, 0);
  json_object_set_double_member (array_object (venture, "partners", 0), "share_percent", 60);
  json_object_set_double_member (array_object (venture, "partners", 1), "share_percent", 40);
  json_object_set_string_member (json_object_get_object_member (venture, "budget"),
                                 "x-budget", "yes");
  json_array_remove_element (json_object_get_array_member (venture, "risks"), 1);
}

/* The sample edited everywhere a merge can change it: the portfolio's own
 * fields and unknown members, items added, removed, moved and changed at
 * every level, with the references the new ones need. */
static PpPortfolio *
edited_sample (GBytes *original)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  JsonObject *root, *sector, *organisation;
  JsonArray *numbers = json_array_new ();
  PpPortfolio *target;

  json_parser_load_from_data (parser, g_bytes_get_data (original, NULL),
                              g_bytes_get_size (original), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  json_object_set_string_member (root, "title", "Edited title");
  json_array_add_int_element (numbers, 1);
  json_array_add_int_element (numbers, 2);
  json_object_set_array_member (root, "x-top", numbers);
  json_array_remove_element (json_object_get_array_member (root, "sectors"), 9);
  sector = insert_copy (json_object_get_array_member (root, "sectors"),
                        array_object (root, "sectors", 0), 2);
  json_object_set_string_member (sector, "id", "new-sector");
  json_object_set_string_member (sector, "name", "New sector");
  organisation = insert_copy (json_object_get_array_member (root, "organisations"),
                              array_object (root, "organisations", 0), 0);
  json_object_set_string_member (organisation, "id", "new-organisation");
  edit_mous (root);
  edit_venture (root);

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  target = pp_portfolio_load_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return target;
}

static void
test_replace_undo_redo (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PpPortfolio) target = edited_sample (f->original);
  g_autoptr(GBytes) expected = pp_portfolio_save_to_bytes (target);
  g_autoptr(GError) error = NULL;

  g_assert_false (g_bytes_equal (expected, f->original));
  /* The unknown members at the three levels that keep them. */
  g_assert_true (contains (expected, "\"x-top\""));
  g_assert_true (contains (expected, "\"x-note\""));
  g_assert_true (contains (expected, "\"x-budget\""));
  g_assert_true (pp_history_replace_contents (f->history, target, &error));
  g_assert_no_error (error);
  assert_saves_as (f->portfolio, expected);
  g_assert_true (pp_history_get_modified (f->history));

  /* One step, both ways. */
  g_assert_true (pp_history_undo (f->history));
  g_assert_false (pp_history_get_can_undo (f->history));
  g_assert_false (pp_history_get_modified (f->history));
  assert_saves_as (f->portfolio, f->original);
  g_assert_true (pp_history_redo (f->history));
  assert_saves_as (f->portfolio, expected);
  /* The target is read, not changed. */
  assert_saves_as (target, expected);
}

/* What stays is the same object, so an editor open on it keeps working;
 * what goes is out of the portfolio. */
static void
test_replace_keeps_objects (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(PpPortfolio) target = edited_sample (f->original);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpMou) kept = g_list_model_get_item (pp_portfolio_get_mous (f->portfolio), 0);
  g_autoptr(PpMou) removed = g_list_model_get_item (pp_portfolio_get_mous (f->portfolio), 1);
  GListModel *ventures = pp_portfolio_get_ventures (f->portfolio);
  g_autoptr(PpVenture) venture = g_list_model_get_item (ventures, 0);
  g_autoptr(PpMilestone) milestone = g_list_model_get_item (pp_venture_get_milestones (venture), 0);
  PpNode *copy;

  g_assert_true (pp_history_replace_contents (f->history, target, &error));
  g_assert_no_error (error);

  g_assert_true (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_MOUS,
                                      pp_node_get_id (PP_NODE (kept))) == PP_NODE (kept));
  g_assert_cmpint (pp_mou_get_status (kept), ==, PP_MOU_STATUS_IN_FORCE);
  g_assert_null (pp_node_get_owner (PP_NODE (removed)));
  g_assert_null (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_MOUS,
                                      pp_node_get_id (PP_NODE (removed))));
  /* The milestone moved to second place, the same object. */
  g_assert_true (pp_node_get_owner (PP_NODE (milestone)) == PP_NODE (venture));
  g_assert_true (g_list_model_get_item (pp_venture_get_milestones (venture), 1) == milestone);
  g_object_unref (milestone);

  /* A new item is a copy, not the target's own. */
  copy = pp_portfolio_lookup (f->portfolio, PP_COLLECTION_MOUS, "new-mou");
  g_assert_nonnull (copy);
  g_assert_true (copy != pp_portfolio_lookup (target, PP_COLLECTION_MOUS, "new-mou"));
}

static void
test_replace_same (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PpPortfolio) target = pp_test_load_sample ();
  g_autoptr(GError) error = NULL;

  g_assert_true (pp_history_replace_contents (f->history, target, &error));
  g_assert_no_error (error);
  g_assert_false (pp_history_get_can_undo (f->history));
  g_assert_false (pp_history_get_modified (f->history));
}

/* A target the model would refuse (MoUs of a sector it lacks, which can
 * only be made behind the model's back) fails after many steps were made;
 * all of them are taken back. */
static void
test_replace_failure (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PpPortfolio) target = edited_sample (f->original);
  g_autoptr(GError) error = NULL;

  pp_history_set (f->history, PP_NODE (f->portfolio), "title", "Before", NULL);
  g_bytes_unref (f->original);
  f->original = pp_portfolio_save_to_bytes (f->portfolio);

  /* The first sector, which MoUs kept by the target belong to. */
  pp_array_store_remove (PP_ARRAY_STORE (pp_portfolio_get_sectors (target)), 0);
  g_assert_false (pp_history_replace_contents (f->history, target, &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE);
  assert_saves_as (f->portfolio, f->original);

  /* Only the step before remains. */
  g_assert_true (pp_history_undo (f->history));
  g_assert_false (pp_history_get_can_undo (f->history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/history/replace/undo-redo", Fixture, NULL,
              fixture_set_up, test_replace_undo_redo, fixture_tear_down);
  g_test_add ("/history/replace/keeps-objects", Fixture, NULL,
              fixture_set_up, test_replace_keeps_objects, fixture_tear_down);
  g_test_add ("/history/replace/same", Fixture, NULL,
              fixture_set_up, test_replace_same, fixture_tear_down);
  g_test_add ("/history/replace/failure", Fixture, NULL,
              fixture_set_up, test_replace_failure, fixture_tear_down);

  return g_test_run ();
}
