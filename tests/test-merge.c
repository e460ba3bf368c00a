/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-merge.c: the three-way merge of two copies of the sample: clean
 * merges, each kind of conflict, choices and the rebuilt result. */

#include "config.h"

#include "pp-history.h"
#include "pp-merge.h"
#include "pp-partnership-setup.h"
#include "pp-portfolio-io.h"
#include "pp-test-util.h"

typedef struct
{
  PpPortfolio *sides[3];   /* base, ours, theirs */
  PpMerge *merge;
} Fixture;

enum { BASE, OURS, THEIRS };

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  for (guint s = 0; s < 3; s++)
    f->sides[s] = pp_test_load_sample ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->merge);
  for (guint s = 0; s < 3; s++)
    g_clear_object (&f->sides[s]);
}

static gpointer
item (Fixture      *f,
      guint         side,
      PpCollection  collection,
      const char   *id)
{
  PpNode *node = pp_portfolio_lookup (f->sides[side], collection, id);

  g_assert_nonnull (node);
  return node;
}

static PpMou *
mou (Fixture    *f,
     guint       side,
     const char *id)
{
  return item (f, side, PP_COLLECTION_MOUS, id);
}

static PpMou *
merged_mou (Fixture    *f,
            const char *id)
{
  return PP_MOU (pp_portfolio_lookup (pp_merge_get_portfolio (f->merge), PP_COLLECTION_MOUS, id));
}

static guint
run_merge (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->merge);
  f->merge = pp_portfolio_merge (f->sides[BASE], f->sides[OURS], f->sides[THEIRS], &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->merge);
  return g_list_model_get_n_items (pp_merge_get_conflicts (f->merge));
}

static PpConflict *
conflict_at (Fixture *f,
             guint    position)
{
  PpConflict *conflict = g_list_model_get_item (pp_merge_get_conflicts (f->merge), position);

  g_object_unref (conflict);
  return conflict;
}

static void
choose_theirs (Fixture *f,
               guint    position)
{
  g_autoptr(GError) error = NULL;

  pp_conflict_set_choice (conflict_at (f, position), PP_MERGE_CHOICE_THEIRS);
  g_assert_true (pp_merge_rebuild (f->merge, &error));
  g_assert_no_error (error);
}

static void
test_clean_different_mous (Fixture       *f,
                           gconstpointer  data)
{
  pp_mou_set_status (mou (f, OURS, "skilled-workers"), PP_MOU_STATUS_IN_FORCE);
  pp_mou_set_title (mou (f, THEIRS, "commerce"), "Commerce, revised");

  g_assert_cmpuint (run_merge (f), ==, 0);
  g_assert_cmpint (pp_mou_get_status (merged_mou (f, "skilled-workers")), ==,
                   PP_MOU_STATUS_IN_FORCE);
  g_assert_cmpstr (pp_mou_get_title (merged_mou (f, "commerce")), ==, "Commerce, revised");
}

static void
test_clean_different_fields (Fixture       *f,
                             gconstpointer  data)
{
  pp_mou_set_status (mou (f, OURS, "skilled-workers"), PP_MOU_STATUS_IN_FORCE);
  pp_mou_set_summary (mou (f, THEIRS, "skilled-workers"), "A new summary.");
  pp_mou_set_renewal_notice_days (mou (f, THEIRS, "skilled-workers"), 90);

  g_assert_cmpuint (run_merge (f), ==, 0);
  g_assert_cmpint (pp_mou_get_status (merged_mou (f, "skilled-workers")), ==,
                   PP_MOU_STATUS_IN_FORCE);
  g_assert_cmpstr (pp_mou_get_summary (merged_mou (f, "skilled-workers")), ==, "A new summary.");
  g_assert_cmpint (pp_mou_get_renewal_notice_days (merged_mou (f, "skilled-workers")), ==, 90);
}

static void
test_same_change (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GBytes) ours = NULL;
  g_autoptr(GBytes) result = NULL;

  pp_mou_set_status (mou (f, OURS, "skilled-workers"), PP_MOU_STATUS_EXPIRED);
  pp_mou_set_status (mou (f, THEIRS, "skilled-workers"), PP_MOU_STATUS_EXPIRED);

  g_assert_cmpuint (run_merge (f), ==, 0);
  ours = pp_portfolio_save_to_bytes (f->sides[OURS]);
  result = pp_portfolio_save_to_bytes (pp_merge_get_portfolio (f->merge));
  g_assert_true (g_bytes_equal (ours, result));
}

static void
test_conflict_field (Fixture       *f,
                     gconstpointer  data)
{
  PpConflict *conflict;

  pp_mou_set_status (mou (f, OURS, "skilled-workers"), PP_MOU_STATUS_IN_FORCE);
  pp_mou_set_status (mou (f, THEIRS, "skilled-workers"), PP_MOU_STATUS_TERMINATED);

  g_assert_cmpuint (run_merge (f), ==, 1);
  conflict = conflict_at (f, 0);
  g_assert_cmpint (pp_conflict_get_kind (conflict), ==, PP_CONFLICT_KIND_FIELD);
  g_assert_cmpstr (pp_conflict_get_item_kind (conflict), ==, "MoU");
  g_assert_cmpstr (pp_conflict_get_item_title (conflict), ==,
                   pp_mou_get_title (mou (f, BASE, "skilled-workers")));
  g_assert_cmpstr (pp_conflict_get_label (conflict), ==, "Status");
  g_assert_cmpstr (pp_conflict_get_base_value (conflict), ==, "Signed");
  g_assert_cmpstr (pp_conflict_get_ours_value (conflict), ==, "In force");
  g_assert_cmpstr (pp_conflict_get_theirs_value (conflict), ==, "Terminated");
  g_assert_nonnull (pp_conflict_get_description (conflict));
  /* The result holds ours until chosen otherwise. */
  g_assert_cmpint (pp_mou_get_status (merged_mou (f, "skilled-workers")), ==,
                   PP_MOU_STATUS_IN_FORCE);

  choose_theirs (f, 0);
  g_assert_cmpint (pp_mou_get_status (merged_mou (f, "skilled-workers")), ==,
                   PP_MOU_STATUS_TERMINATED);
  /* The same conflict object, with its choice. */
  g_assert_true (conflict_at (f, 0) == conflict);
  g_assert_cmpint (pp_conflict_get_choice (conflict), ==, PP_MERGE_CHOICE_THEIRS);
}

static void
test_conflict_dates_in_words (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GDate) ours = g_date_new_dmy (1, G_DATE_JUNE, 2031);
  g_autoptr(GDate) theirs = g_date_new_dmy (1, G_DATE_JULY, 2031);
  PpConflict *conflict;

  pp_mou_set_expires_on (mou (f, OURS, "skilled-workers"), ours);
  pp_mou_set_expires_on (mou (f, THEIRS, "skilled-workers"), theirs);

  g_assert_cmpuint (run_merge (f), ==, 1);
  conflict = conflict_at (f, 0);
  g_assert_cmpstr (pp_conflict_get_label (conflict), ==, "Expires");
  /* The C locale's format is ISO. */
  g_assert_cmpstr (pp_conflict_get_ours_value (conflict), ==, "2031-06-01");
  g_assert_cmpstr (pp_conflict_get_theirs_value (conflict), ==, "2031-07-01");
}

static gpointer follow_up (PpMou *mou,
                           guint  position);

static void
test_conflict_countries (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PpHistory) ours = pp_history_new (f->sides[OURS]);
  g_autoptr(PpHistory) theirs = pp_history_new (f->sides[THEIRS]);
  PpConflict *conflict;

  /* As the partnership dialog does: with every item that names Belarus. */
  pp_partnership_set_countries (ours, "PK", "KZ");
  pp_partnership_set_countries (theirs, "PK", "UZ");

  /* Each of those items conflicts too, and the result holds ours. */
  g_assert_cmpuint (run_merge (f), >, 1);
  conflict = conflict_at (f, 0);
  g_assert_cmpstr (pp_conflict_get_item_kind (conflict), ==, "Portfolio");
  g_assert_cmpstr (pp_conflict_get_label (conflict), ==, "Countries");
  g_assert_cmpstr (pp_conflict_get_base_value (conflict), ==, "Pakistan, Belarus");
  g_assert_cmpstr (pp_conflict_get_ours_value (conflict), ==, "Pakistan, Kazakhstan");
  g_assert_cmpstr (pp_country_pair_get_second (pp_portfolio_get_countries (
                     pp_merge_get_portfolio (f->merge))), ==, "KZ");
}

/* Ours moved the partnership from Belarus to Kazakhstan; theirs gave a
 * follow-up to Belarus meanwhile, which becomes Kazakhstan's. */
static void
test_side_follows_countries (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PpHistory) ours = pp_history_new (f->sides[OURS]);
  GObject *theirs = follow_up (mou (f, THEIRS, "skilled-workers"), 1);

  pp_partnership_set_countries (ours, "PK", "KZ");
  g_object_set (theirs, "side", "BY", NULL);

  g_assert_cmpuint (run_merge (f), ==, 0);
  g_assert_cmpstr (pp_follow_up_get_side (follow_up (merged_mou (f, "skilled-workers"), 1)), ==,
                   "KZ");
}

static void
remove_item (PpPortfolio  *portfolio,
             PpCollection  collection,
             const char   *id)
{
  GListModel *list = pp_portfolio_get_collection (portfolio, collection);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpNode) node = g_list_model_get_item (list, i);

      if (g_strcmp0 (pp_node_get_id (node), id) != 0)
        continue;
      g_assert_true (pp_node_remove_item (PP_NODE (portfolio), list, i, &error));
      g_assert_no_error (error);
      return;
    }
  g_assert_not_reached ();
}

static void
test_conflict_removed_edited (Fixture       *f,
                              gconstpointer  data)
{
  PpConflict *conflict;

  remove_item (f->sides[OURS], PP_COLLECTION_MOUS, "readmission-agreement");
  pp_mou_set_summary (mou (f, THEIRS, "readmission-agreement"), "Edited by them.");

  g_assert_cmpuint (run_merge (f), ==, 1);
  conflict = conflict_at (f, 0);
  g_assert_cmpint (pp_conflict_get_kind (conflict), ==, PP_CONFLICT_KIND_REMOVED);
  g_assert_cmpstr (pp_conflict_get_ours_value (conflict), ==, "Removed");
  g_assert_cmpstr (pp_conflict_get_theirs_value (conflict), ==, "Changed");
  g_assert_null (merged_mou (f, "readmission-agreement"));

  choose_theirs (f, 0);
  g_assert_cmpstr (pp_mou_get_summary (merged_mou (f, "readmission-agreement")), ==,
                   "Edited by them.");
}

static void
test_removed_unchanged (Fixture       *f,
                        gconstpointer  data)
{
  remove_item (f->sides[THEIRS], PP_COLLECTION_MOUS, "readmission-agreement");
  pp_mou_set_status (mou (f, OURS, "skilled-workers"), PP_MOU_STATUS_IN_FORCE);

  g_assert_cmpuint (run_merge (f), ==, 0);
  g_assert_null (merged_mou (f, "readmission-agreement"));
}

static void
add_mou (PpPortfolio *portfolio,
         const char  *id,
         const char  *title)
{
  g_autoptr(PpMou) added = pp_mou_new (id);
  g_autoptr(GError) error = NULL;

  pp_mou_set_title (added, title);
  g_assert_true (pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_mous (portfolio),
                                      PP_NODE (added), &error));
  g_assert_no_error (error);
}

static void
test_conflict_added_both (Fixture       *f,
                          gconstpointer  data)
{
  PpConflict *conflict;

  add_mou (f->sides[OURS], "new-mou", "Ours");
  add_mou (f->sides[THEIRS], "new-mou", "Theirs");

  g_assert_cmpuint (run_merge (f), ==, 1);
  conflict = conflict_at (f, 0);
  g_assert_cmpstr (pp_conflict_get_label (conflict), ==, "Title");
  g_assert_cmpstr (pp_conflict_get_base_value (conflict), ==, "None");
  g_assert_cmpstr (pp_mou_get_title (merged_mou (f, "new-mou")), ==, "Ours");
  choose_theirs (f, 0);
  g_assert_cmpstr (pp_mou_get_title (merged_mou (f, "new-mou")), ==, "Theirs");
}

static void
test_added_both_same (Fixture       *f,
                      gconstpointer  data)
{
  add_mou (f->sides[OURS], "new-mou", "Same");
  add_mou (f->sides[THEIRS], "new-mou", "Same");
  add_mou (f->sides[THEIRS], "their-mou", "Only theirs");

  g_assert_cmpuint (run_merge (f), ==, 0);
  g_assert_nonnull (merged_mou (f, "new-mou"));
  g_assert_nonnull (merged_mou (f, "their-mou"));
}

static void
test_parties_as_sets (Fixture       *f,
                      gconstpointer  data)
{
  const char *ours[] = { "pm-office-pk", "president-admin-by", "overseas-pk", "labour-by",
                         "commerce-pk", NULL };
  const char *theirs[] = { "pm-office-pk", "overseas-pk", "labour-by", NULL };
  const char * const *merged;

  pp_mou_set_parties (mou (f, OURS, "skilled-workers"), ours);
  pp_mou_set_parties (mou (f, THEIRS, "skilled-workers"), theirs);

  g_assert_cmpuint (run_merge (f), ==, 0);
  merged = pp_mou_get_parties (merged_mou (f, "skilled-workers"));
  g_assert_true (g_strv_contains (merged, "commerce-pk"));
  g_assert_false (g_strv_contains (merged, "president-admin-by"));
  g_assert_cmpuint (g_strv_length ((char **) merged), ==, 4);
}

static guint
position_of (PpPortfolio *portfolio,
             const char  *id)
{
  GListModel *list = pp_portfolio_get_mous (portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpNode) node = g_list_model_get_item (list, i);

      if (g_strcmp0 (pp_node_get_id (node), id) == 0)
        return i;
    }
  return G_MAXUINT;
}

static void
test_order_of_side_that_reordered (Fixture       *f,
                                   gconstpointer  data)
{
  GListModel *list = pp_portfolio_get_mous (f->sides[THEIRS]);
  guint last = g_list_model_get_n_items (list) - 1;

  pp_node_move_item (PP_NODE (f->sides[THEIRS]), list, last, 0);
  add_mou (f->sides[OURS], "new-mou", "Added at the end by us");

  g_assert_cmpuint (run_merge (f), ==, 0);
  g_assert_cmpuint (position_of (pp_merge_get_portfolio (f->merge), "readmission-agreement"), ==,
                    0);
  g_assert_cmpuint (position_of (pp_merge_get_portfolio (f->merge), "new-mou"), ==, last + 1);
}

static gpointer
follow_up (PpMou *mou,
           guint  position)
{
  PpNode *node = g_list_model_get_item (pp_mou_get_follow_ups (mou), position);

  g_object_unref (node);
  return node;
}

static void
test_nested_fields (Fixture       *f,
                    gconstpointer  data)
{
  PpConflict *conflict;
  PpMou *merged;

  /* Different fields of one follow-up merge; the same field conflicts. */
  g_object_set (follow_up (mou (f, OURS, "skilled-workers"), 0), "done", TRUE, NULL);
  g_object_set (follow_up (mou (f, THEIRS, "skilled-workers"), 0), "side", "PK", NULL);
  g_object_set (follow_up (mou (f, OURS, "skilled-workers"), 1), "title", "Ours", NULL);
  g_object_set (follow_up (mou (f, THEIRS, "skilled-workers"), 1), "title", "Theirs", NULL);

  g_assert_cmpuint (run_merge (f), ==, 1);
  merged = merged_mou (f, "skilled-workers");
  g_assert_true (pp_follow_up_get_done (follow_up (merged, 0)));
  g_assert_cmpstr (pp_follow_up_get_side (follow_up (merged, 0)), ==, "PK");
  g_assert_cmpstr (pp_follow_up_get_title (follow_up (merged, 1)), ==, "Ours");
  conflict = conflict_at (f, 0);
  g_assert_cmpstr (pp_conflict_get_label (conflict), ==,
                   "“Agree recruitment channels and worker protections”: Title");
}

static void
test_element_removed_edited (Fixture       *f,
                             gconstpointer  data)
{
  GListModel *list = pp_mou_get_follow_ups (mou (f, OURS, "skilled-workers"));
  g_autoptr(GError) error = NULL;
  PpConflict *conflict;

  g_assert_true (pp_node_remove_item (PP_NODE (mou (f, OURS, "skilled-workers")), list, 2,
                                      &error));
  g_object_set (follow_up (mou (f, THEIRS, "skilled-workers"), 2), "done", TRUE, NULL);

  g_assert_cmpuint (run_merge (f), ==, 1);
  conflict = conflict_at (f, 0);
  g_assert_cmpint (pp_conflict_get_kind (conflict), ==, PP_CONFLICT_KIND_REMOVED);
  g_assert_cmpstr (pp_conflict_get_label (conflict), ==,
                   "Follow-ups: “Set up training and certification to international standards”");
  list = pp_mou_get_follow_ups (merged_mou (f, "skilled-workers"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  choose_theirs (f, 0);
  list = pp_mou_get_follow_ups (merged_mou (f, "skilled-workers"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_true (pp_follow_up_get_done (follow_up (merged_mou (f, "skilled-workers"), 2)));
}

static void
test_reference_to_removed (Fixture       *f,
                           gconstpointer  data)
{
  PpConflict *conflict;
  PpMou *merged;

  remove_item (f->sides[THEIRS], PP_COLLECTION_SECTORS, "industry");
  pp_mou_set_sector (mou (f, OURS, "commerce"), "industry");

  g_assert_cmpuint (run_merge (f), ==, 1);
  conflict = conflict_at (f, 0);
  g_assert_cmpint (pp_conflict_get_kind (conflict), ==, PP_CONFLICT_KIND_REFERENCE);
  g_assert_cmpstr (pp_conflict_get_item_kind (conflict), ==, "Sector");
  g_assert_cmpstr (pp_conflict_get_ours_value (conflict), ==, "Kept");
  g_assert_cmpstr (pp_conflict_get_theirs_value (conflict), ==, "Removed");
  merged = merged_mou (f, "commerce");
  g_assert_cmpstr (pp_mou_get_sector (merged), ==, "industry");
  g_assert_nonnull (pp_portfolio_lookup (pp_merge_get_portfolio (f->merge),
                                         PP_COLLECTION_SECTORS, "industry"));

  /* The removal takes the reference away, so the result still loads. */
  choose_theirs (f, 0);
  g_assert_null (pp_portfolio_lookup (pp_merge_get_portfolio (f->merge),
                                      PP_COLLECTION_SECTORS, "industry"));
  g_assert_null (pp_mou_get_sector (merged_mou (f, "commerce")));
}

static void
test_unknown_members (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) ours = NULL;
  g_autoptr(GBytes) result = NULL;
  g_autoptr(JsonObject) extra = json_object_new ();

  json_object_set_string_member (extra, "x-note", "\"kept\"");
  pp_node_take_extra (PP_NODE (mou (f, THEIRS, "commerce")), json_object_ref (extra));
  pp_mou_set_status (mou (f, OURS, "skilled-workers"), PP_MOU_STATUS_IN_FORCE);

  g_assert_cmpuint (run_merge (f), ==, 0);
  result = pp_portfolio_save_to_bytes (pp_merge_get_portfolio (f->merge));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (result, NULL), g_bytes_get_size (result),
                                  "\"x-note\": \"kept\""));
}

/* What the window does with a merge: our open portfolio takes the result
 * as one undo step, and an MoU kept by id stays the same object. */
static void
test_apply_to_ours (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PpHistory) history = pp_history_new (f->sides[OURS]);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  PpMou *kept = mou (f, OURS, "skilled-workers");

  pp_mou_set_status (kept, PP_MOU_STATUS_IN_FORCE);
  pp_mou_set_title (mou (f, THEIRS, "commerce"), "Commerce, revised");
  remove_item (f->sides[THEIRS], PP_COLLECTION_MOUS, "readmission-agreement");
  add_mou (f->sides[THEIRS], "their-mou", "Theirs");
  before = pp_portfolio_save_to_bytes (f->sides[OURS]);

  g_assert_cmpuint (run_merge (f), ==, 0);
  merged = pp_portfolio_save_to_bytes (pp_merge_get_portfolio (f->merge));
  g_assert_true (pp_history_replace_contents (history, pp_merge_get_portfolio (f->merge),
                                              &error));
  g_assert_no_error (error);
  after = pp_portfolio_save_to_bytes (f->sides[OURS]);
  g_assert_true (g_bytes_equal (after, merged));
  g_assert_true (mou (f, OURS, "skilled-workers") == kept);

  g_assert_true (pp_history_undo (history));
  g_clear_pointer (&after, g_bytes_unref);
  after = pp_portfolio_save_to_bytes (f->sides[OURS]);
  g_assert_true (g_bytes_equal (after, before));
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(PpConflict) conflict = NULL;

  pp_mou_set_status (mou (f, OURS, "skilled-workers"), PP_MOU_STATUS_IN_FORCE);
  pp_mou_set_status (mou (f, THEIRS, "skilled-workers"), PP_MOU_STATUS_EXPIRED);
  pp_mou_set_title (mou (f, OURS, "commerce"), "A");
  pp_mou_set_title (mou (f, THEIRS, "commerce"), "B");

  g_assert_cmpuint (run_merge (f), ==, 2);
  first = pp_portfolio_save_to_bytes (pp_merge_get_portfolio (f->merge));
  conflict = g_object_ref (conflict_at (f, 1));
  g_assert_cmpuint (run_merge (f), ==, 2);
  second = pp_portfolio_save_to_bytes (pp_merge_get_portfolio (f->merge));
  g_assert_true (g_bytes_equal (first, second));
  g_assert_cmpstr (pp_conflict_get_id (conflict), ==, pp_conflict_get_id (conflict_at (f, 1)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/merge/clean/different-mous", test_clean_different_mous);
  ADD ("/merge/clean/different-fields", test_clean_different_fields);
  ADD ("/merge/clean/same-change", test_same_change);
  ADD ("/merge/clean/removed-unchanged", test_removed_unchanged);
  ADD ("/merge/clean/added-both-same", test_added_both_same);
  ADD ("/merge/clean/parties-as-sets", test_parties_as_sets);
  ADD ("/merge/clean/order", test_order_of_side_that_reordered);
  ADD ("/merge/clean/unknown-members", test_unknown_members);
  ADD ("/merge/conflict/field", test_conflict_field);
  ADD ("/merge/conflict/dates", test_conflict_dates_in_words);
  ADD ("/merge/conflict/countries", test_conflict_countries);
  ADD ("/merge/clean/side-follows-countries", test_side_follows_countries);
  ADD ("/merge/conflict/removed-edited", test_conflict_removed_edited);
  ADD ("/merge/conflict/added-both", test_conflict_added_both);
  ADD ("/merge/conflict/nested", test_nested_fields);
  ADD ("/merge/conflict/element-removed-edited", test_element_removed_edited);
  ADD ("/merge/conflict/reference", test_reference_to_removed);
  ADD ("/merge/apply-to-ours", test_apply_to_ours);
  ADD ("/merge/deterministic", test_deterministic);

  return g_test_run ();
}
