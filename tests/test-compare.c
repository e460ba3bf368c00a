/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-compare.c: the changes between two versions of a portfolio, made
 * by editing a loaded sample through the model, and their words. */

#include "config.h"

#include <locale.h>

#include "pp-change-summary.h"
#include "pp-compare.h"
#include "pp-date.h"
#include "pp-format.h"
#include "pp-portfolio-io.h"
#include "pp-test-util.h"

/* The descriptions of @changes, one a line. */
static char *
describe (GListModel *changes)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(PpChange) change = g_list_model_get_item (changes, i);

      g_string_append_printf (out, "%s\n", pp_change_get_description (change));
    }
  return g_string_free (out, FALSE);
}

static PpChange *
only_change (GListModel *changes)
{
  g_autofree char *text = describe (changes);

  if (g_list_model_get_n_items (changes) != 1)
    g_error ("expected one change, got:\n%s", text);
  return g_list_model_get_item (changes, 0);
}

static GListModel *
compare_with_sample (PpPortfolio *edited)
{
  g_autoptr(PpPortfolio) sample = pp_test_load_sample ();

  return pp_portfolio_compare (sample, edited);
}

static char *
display (const char *iso)
{
  GDate date;

  g_assert_true (pp_date_parse (iso, &date, NULL));
  return pp_date_to_display (&date);
}

static gpointer
lookup (PpPortfolio  *portfolio,
        PpCollection  collection,
        const char   *id)
{
  PpNode *node = pp_portfolio_lookup (portfolio, collection, id);

  g_assert_nonnull (node);
  return node;
}

static gpointer
nth (GListModel *list,
     guint       i)
{
  /* The list keeps its items alive. */
  g_autoptr(GObject) item = g_list_model_get_item (list, i);

  return item;
}

static void
test_same (void)
{
  g_autoptr(PpPortfolio) sample = pp_test_load_sample ();
  g_autoptr(GListModel) changes = compare_with_sample (sample);

  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 0);
}

static void
test_status (void)
{
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(PpChange) change = NULL;

  pp_mou_set_status (lookup (edited, PP_COLLECTION_MOUS, "skilled-workers"),
                     PP_MOU_STATUS_IN_FORCE);
  changes = compare_with_sample (edited);
  change = only_change (changes);
  g_assert_cmpint (pp_change_get_kind (change), ==, PP_CHANGE_CHANGED);
  g_assert_cmpint (pp_change_get_section (change), ==, PP_SECTION_MOUS);
  g_assert_cmpstr (pp_change_get_id (change), ==, "skilled-workers");
  g_assert_true (g_str_has_prefix (pp_change_get_name (change), "Agreement on sending"));
  g_assert_null (pp_change_get_path (change));
  g_assert_cmpstr (pp_change_get_member (change), ==, "status");
  g_assert_cmpstr (json_node_get_string (pp_change_get_old_value (change)), ==, "signed");
  g_assert_cmpstr (json_node_get_string (pp_change_get_new_value (change)), ==, "in-force");
  g_assert_cmpstr (pp_change_get_description (change), ==, "Status: Signed → In force");
}

/* Each kind of value of an MoU in words: a reference by its name, a date
 * as the window shows it, a group's member, a long text. */
static void
test_mou_fields (void)
{
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  PpMou *mou = lookup (edited, PP_COLLECTION_MOUS, "skilled-workers");
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = display ("2030-04-12");
  g_autofree char *after = display ("2031-01-01");
  g_autofree char *expiry = g_strdup_printf ("Expires on: %s → %s\n", before, after);
  GDate date;
  const char *parties[] = { "pm-office-pk", "president-admin-by", "overseas-pk", NULL };

  pp_mou_set_title (mou, "Workers agreement");
  pp_mou_set_sector (mou, "migration");
  g_date_set_dmy (&date, 1, 1, 2031);
  pp_mou_set_expires_on (mou, &date);
  pp_mou_set_renewal_notice_days (mou, 90);
  pp_mou_set_renewal_automatic (mou, FALSE);
  pp_mou_set_summary (mou, "Shorter.");
  pp_mou_set_parties (mou, parties);
  changes = compare_with_sample (edited);
  text = describe (changes);

  g_assert_nonnull (strstr (text, "Title: “Agreement on sending 150,000 skilled Pakistani workers "
                                  "to Belarus” → “Workers agreement”\n"));
  g_assert_nonnull (strstr (text, "Sector: Skilled workers & labour mobility → "));
  g_assert_null (strstr (text, "migration"));
  g_assert_nonnull (strstr (text, expiry));
  g_assert_nonnull (strstr (text, "Renews automatically: yes → no\n"));
  g_assert_nonnull (strstr (text, "Notice period: 180 → 90\n"));
  g_assert_nonnull (strstr (text, "Summary changed\n"));
  g_assert_nonnull (strstr (text, "Party “Ministry of Labour and Social Protection"));
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 7);
  /* The items' headings give the names; the changes are in the file's
   * member order. */
  g_assert_true (g_str_has_prefix (text, "Title:"));
}

static void
test_milestone_moved (void)
{
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  PpVenture *venture = lookup (edited, PP_COLLECTION_VENTURES, "agricultural-yield");
  PpMilestone *milestone = nth (pp_venture_get_milestones (venture), 2);
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(PpChange) change = NULL;
  g_autofree char *before = display ("2026-10-31");
  g_autofree char *after = display ("2027-01-31");
  g_autofree char *expected = g_strdup_printf ("Milestone “First field season with Belarusian "
                                               "agronomists” moved from %s to %s",
                                               before, after);
  GDate date;

  g_date_set_dmy (&date, 31, 1, 2027);
  pp_milestone_set_due_on (milestone, &date);
  changes = compare_with_sample (edited);
  change = only_change (changes);
  g_assert_cmpstr (pp_change_get_description (change), ==, expected);
  g_assert_cmpstr (pp_change_get_path (change), ==, "milestones/first-season");
  g_assert_cmpstr (pp_change_get_member (change), ==, "due_on");
}

static void
test_follow_up_done (void)
{
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  PpMou *mou = lookup (edited, PP_COLLECTION_MOUS, "defense-cooperation");
  PpFollowUp *follow_up = nth (pp_mou_get_follow_ups (mou), 1);
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(PpChange) change = NULL;
  g_autofree char *expected = g_strdup_printf ("Follow-up “%s” done",
                                               pp_follow_up_get_title (follow_up));

  pp_follow_up_set_done (follow_up, TRUE);
  changes = compare_with_sample (edited);
  change = only_change (changes);
  g_assert_cmpstr (pp_change_get_description (change), ==, expected);
  g_assert_true (g_str_has_prefix (pp_change_get_path (change), "follow_ups/Propose a yearly"));
}

/* A follow-up whose title was edited is that follow-up changed. */
static void
test_follow_up_renamed (void)
{
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  PpMou *mou = lookup (edited, PP_COLLECTION_MOUS, "defense-cooperation");
  PpFollowUp *follow_up = nth (pp_mou_get_follow_ups (mou), 0);
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(PpChange) change = NULL;

  pp_follow_up_set_title (follow_up, "Name contact points");
  changes = compare_with_sample (edited);
  change = only_change (changes);
  g_assert_cmpint (pp_change_get_kind (change), ==, PP_CHANGE_CHANGED);
  g_assert_true (g_str_has_prefix (pp_change_get_description (change),
                                   "Follow-up “Name contact points”: "
                                   "Title: “Name contact points "));
}

/* Two follow-ups with one title are told apart by their occurrence. */
static void
test_duplicate_follow_ups (void)
{
  g_autoptr(PpPortfolio) old = pp_test_load_sample ();
  g_autoptr(PpPortfolio) edited = NULL;
  PpMou *mou = lookup (old, PP_COLLECTION_MOUS, "commerce");
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(PpChange) change = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PpFollowUp) follow_up = pp_follow_up_new ();

      pp_follow_up_set_title (follow_up, "Call");
      g_assert_true (pp_node_append_item (PP_NODE (mou), pp_mou_get_follow_ups (mou),
                                          PP_NODE (follow_up), NULL));
    }
  {
    g_autoptr(GBytes) bytes = pp_portfolio_save_to_bytes (old);

    edited = pp_portfolio_load_from_bytes (bytes, NULL);
  }
  mou = lookup (edited, PP_COLLECTION_MOUS, "commerce");
  pp_follow_up_set_done (nth (pp_mou_get_follow_ups (mou), 3), TRUE);
  changes = pp_portfolio_compare (old, edited);
  change = only_change (changes);
  g_assert_cmpstr (pp_change_get_path (change), ==, "follow_ups/Call#2");
  g_assert_cmpstr (pp_change_get_description (change), ==, "Follow-up “Call” done");
}

static void
test_progress (void)
{
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  PpCommitment *commitment = lookup (edited, PP_COLLECTION_COMMITMENTS, "skilled-workers-150k");
  g_autoptr(PpProgressEntry) entry = pp_progress_entry_new ();
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(PpChange) change = NULL;
  GDate date;

  g_date_set_dmy (&date, 1, 3, 2026);
  pp_progress_entry_set_on (entry, &date);
  pp_progress_entry_set_value (entry, 12500);
  g_assert_true (pp_node_append_item (PP_NODE (commitment), pp_commitment_get_progress (commitment),
                                      PP_NODE (entry), NULL));
  changes = compare_with_sample (edited);
  change = only_change (changes);
  g_assert_cmpstr (pp_change_get_member (change), ==, "progress");
  g_assert_cmpstr (pp_change_get_description (change), ==,
                   "Progress: 0 → 12,500 of 150,000 workers");
}

/* The lists of a venture: partners by organisation, milestones by id,
 * risks by title, linked MoUs as a set. */
static void
test_venture_lists (void)
{
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  PpVenture *venture = lookup (edited, PP_COLLECTION_VENTURES, "agricultural-yield");
  g_autoptr(PpRisk) risk = pp_risk_new ();
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *text = NULL;
  const char *mous[] = { "commerce", NULL };

  pp_venture_partner_set_share_percent (nth (pp_venture_get_partners (venture), 0), 60);
  pp_venture_partner_set_share_percent (nth (pp_venture_get_partners (venture), 1), 40);
  g_assert_true (pp_node_remove_item (PP_NODE (venture), pp_venture_get_milestones (venture), 3,
                                      NULL));
  pp_risk_set_title (risk, "Seed shortage");
  g_assert_true (pp_node_append_item (PP_NODE (venture), pp_venture_get_risks (venture),
                                      PP_NODE (risk), NULL));
  pp_venture_set_mous (venture, mous);
  pp_venture_set_budget_amount (venture, 16000000);
  changes = compare_with_sample (edited);
  text = describe (changes);

  g_assert_nonnull (strstr (text, "Partner “Ministry of National Food Security and Research "
                                  "(Pakistan)”: Share: 50 % → 60 %\n"));
  g_assert_nonnull (strstr (text, "Share: 50 % → 40 %\n"));
  g_assert_nonnull (strstr (text, "Linked MoU “MoU on cooperation in commerce” added\n"));
  g_assert_nonnull (strstr (text, "Budget: 15,000,000 → 16,000,000\n"));
  g_assert_nonnull (strstr (text, "Milestone “Publish yield comparison report” removed\n"));
  g_assert_nonnull (strstr (text, "Risk “Seed shortage” added\n"));
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 6);
}

/* Items added and removed, with the removed one after its old neighbour. */
static void
test_added_removed (void)
{
  g_autoptr(PpPortfolio) old = pp_test_load_sample ();
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  g_autoptr(PpMou) mou = pp_mou_new ("new-mou");
  g_autoptr(PpOrganisation) organisation = pp_organisation_new ("gone");
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *text = NULL;

  pp_mou_set_title (mou, "MoU on tourism");
  g_assert_true (pp_node_insert_item (PP_NODE (edited), pp_portfolio_get_mous (edited), 1,
                                      PP_NODE (mou), NULL));
  pp_organisation_set_name (organisation, "Tourism board");
  g_assert_true (pp_node_insert_item (PP_NODE (old), pp_portfolio_get_organisations (old), 2,
                                      PP_NODE (organisation), NULL));
  changes = pp_portfolio_compare (old, edited);
  text = describe (changes);
  g_assert_cmpstr (text, ==, "Organisation “Tourism board” removed\nMoU “MoU on tourism” added\n");
  {
    g_autoptr(PpChange) removed = g_list_model_get_item (changes, 0);
    g_autoptr(PpChange) added = g_list_model_get_item (changes, 1);

    g_assert_cmpint (pp_change_get_kind (removed), ==, PP_CHANGE_REMOVED);
    g_assert_nonnull (pp_change_get_old_value (removed));
    g_assert_null (pp_change_get_new_value (removed));
    g_assert_cmpint (pp_change_get_kind (added), ==, PP_CHANGE_ADDED);
    g_assert_cmpstr (pp_change_get_id (added), ==, "new-mou");
  }
}

/* An item moved to another place is one change, not one for each item it
 * passed. */
static void
test_moved (void)
{
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  GListModel *mous = pp_portfolio_get_mous (edited);
  GListModel *milestones = pp_venture_get_milestones (lookup (edited, PP_COLLECTION_VENTURES,
                                                              "mining-equipment"));
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *text = NULL;

  pp_node_move_item (PP_NODE (edited), mous, 0, g_list_model_get_n_items (mous) - 1);
  pp_node_move_item (lookup (edited, PP_COLLECTION_VENTURES, "mining-equipment"), milestones, 4, 0);
  changes = compare_with_sample (edited);
  text = describe (changes);
  g_assert_cmpstr (text, ==,
                   "MoU “Agreement on sending 150,000 skilled Pakistani workers to Belarus” "
                   "moved to place 7\n"
                   "Milestone “Local content reaches 30 %” moved to place 1\n");
}

static void
test_unknown_members (void)
{
  g_autoptr(PpPortfolio) old = pp_test_load_sample ();
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  JsonObject *extra = json_object_new ();
  JsonObject *other = json_object_new ();
  JsonObject *top = json_object_new ();
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *text = NULL;

  /* The model keeps an unknown member as the JSON text it was read as. */
  json_object_set_string_member (extra, "x-tag", "\"a\"");
  pp_node_take_extra (lookup (old, PP_COLLECTION_SECTORS, "trade"), extra);
  json_object_set_int_member (other, "x-tag", 2);
  pp_node_take_extra (lookup (edited, PP_COLLECTION_SECTORS, "trade"), other);
  json_object_set_boolean_member (top, "x-reviewed", TRUE);
  pp_node_take_extra (PP_NODE (edited), top);
  changes = pp_portfolio_compare (old, edited);
  text = describe (changes);
  g_assert_cmpstr (text, ==, "Other field “x-reviewed” added: true\n"
                             "Other field “x-tag”: \"a\" → 2\n");
  {
    g_autoptr(PpChange) change = g_list_model_get_item (changes, 0);

    g_assert_cmpint (pp_change_get_section (change), ==, PP_SECTION_PORTFOLIO);
    g_assert_cmpstr (pp_change_get_id (change), ==, "");
  }
}

/* The portfolio's own fields, sectors, organisations and commitments. */
static void
test_other_sections (void)
{
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  PpCommitment *commitment = lookup (edited, PP_COLLECTION_COMMITMENTS, "skilled-workers-150k");
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *text = NULL;

  pp_portfolio_set_title (edited, "New title");
  pp_sector_set_name (lookup (edited, PP_COLLECTION_SECTORS, "trade"), "Trade and commerce");
  pp_organisation_set_kind (lookup (edited, PP_COLLECTION_ORGANISATIONS, "pm-office-pk"),
                            PP_ORGANISATION_KIND_MINISTRY);
  pp_commitment_set_target (commitment, 100000);
  pp_commitment_set_side (commitment, NULL);
  changes = compare_with_sample (edited);
  text = describe (changes);
  g_assert_true (g_str_has_prefix (text, "Title: “Pakistan"));
  g_assert_nonnull (strstr (text, "” → “New title”\n"
                                  "Name: “Trade & commerce” → “Trade and commerce”\n"
                                  "Kind: Agency → Ministry\n"
                                  "Target: 150,000 → 100,000\n"
                                  "Side: Pakistan → Both sides\n"));
}

/* The same two portfolios always give the same changes, in both
 * directions as many. */
static void
test_deterministic (void)
{
  g_autoptr(PpPortfolio) old = pp_test_load_sample ();
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autoptr(GListModel) back = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  pp_mou_set_status (lookup (edited, PP_COLLECTION_MOUS, "commerce"), PP_MOU_STATUS_EXPIRED);
  pp_node_move_item (PP_NODE (edited), pp_portfolio_get_sectors (edited), 3, 0);
  g_assert_true (pp_node_remove_item (PP_NODE (edited), pp_portfolio_get_commitments (edited), 0,
                                      NULL));
  first = pp_portfolio_compare (old, edited);
  second = pp_portfolio_compare (old, edited);
  back = pp_portfolio_compare (edited, old);
  a = describe (first);
  b = describe (second);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpuint (g_list_model_get_n_items (first), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (back), ==, 3);
}

/* The counts a brief opens with, and their line of words. */
static void
test_summary (void)
{
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  PpVenture *venture = lookup (edited, PP_COLLECTION_VENTURES, "agricultural-yield");
  g_autoptr(PpMou) mou = pp_mou_new ("new-mou");
  g_autoptr(PpProgressEntry) entry = pp_progress_entry_new ();
  PpCommitment *commitment = lookup (edited, PP_COLLECTION_COMMITMENTS, "skilled-workers-150k");
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *none = NULL;
  PpChangeSummary summary;
  GDate date;

  pp_mou_set_status (lookup (edited, PP_COLLECTION_MOUS, "commerce"), PP_MOU_STATUS_EXPIRED);
  pp_mou_set_status (lookup (edited, PP_COLLECTION_MOUS, "skilled-workers"),
                     PP_MOU_STATUS_IN_FORCE);
  pp_mou_set_status (mou, PP_MOU_STATUS_SIGNED);
  g_assert_true (pp_node_append_item (PP_NODE (edited), pp_portfolio_get_mous (edited),
                                      PP_NODE (mou), NULL));
  g_date_set_dmy (&date, 31, 1, 2027);
  pp_milestone_set_due_on (nth (pp_venture_get_milestones (venture), 2), &date);
  pp_milestone_set_due_on (nth (pp_venture_get_milestones (venture), 3), &date);
  g_date_set_dmy (&date, 1, 3, 2026);
  pp_progress_entry_set_on (entry, &date);
  pp_progress_entry_set_value (entry, 12500);
  g_assert_true (pp_node_append_item (PP_NODE (commitment), pp_commitment_get_progress (commitment),
                                      PP_NODE (entry), NULL));
  changes = compare_with_sample (edited);
  pp_change_summary_count (&summary, changes);
  g_assert_cmpuint (summary.mous_signed, ==, 0);
  g_assert_cmpuint (summary.mous_expired, ==, 1);
  g_assert_cmpuint (summary.mous_added, ==, 1);
  g_assert_cmpuint (summary.milestones_moved, ==, 2);
  g_assert_cmpuint (summary.milestones_slipped, ==, 1);
  g_assert_cmpuint (summary.progress_moved, ==, 1);
  g_assert_cmpuint (summary.other, ==, 1);
  text = pp_change_summary_to_text (&summary);
  g_assert_cmpstr (text, ==, "1 MoU expired, 1 MoU added, 2 milestones moved, "
                             "1 commitment’s progress moved, 1 other change");

  memset (&summary, 0, sizeof summary);
  summary.mous_signed = 2;
  summary.milestones_moved = 1;
  g_free (text);
  text = pp_change_summary_to_text (&summary);
  g_assert_cmpstr (text, ==, "2 MoUs signed, 1 milestone moved");
  memset (&summary, 0, sizeof summary);
  none = pp_change_summary_to_text (&summary);
  g_assert_cmpstr (none, ==, "No changes");
}

/* A draft signed counts as signed. */
static void
test_summary_signed (void)
{
  g_autoptr(PpPortfolio) old = pp_test_load_sample ();
  g_autoptr(PpPortfolio) edited = pp_test_load_sample ();
  g_autoptr(GListModel) changes = NULL;
  PpChangeSummary summary;

  pp_mou_set_status (lookup (old, PP_COLLECTION_MOUS, "commerce"), PP_MOU_STATUS_NEGOTIATION);
  pp_mou_set_status (lookup (old, PP_COLLECTION_MOUS, "trade-development"), PP_MOU_STATUS_DRAFT);
  pp_mou_set_status (lookup (edited, PP_COLLECTION_MOUS, "trade-development"),
                     PP_MOU_STATUS_IN_FORCE);
  changes = pp_portfolio_compare (old, edited);
  pp_change_summary_count (&summary, changes);
  g_assert_cmpuint (summary.mous_signed, ==, 2);
  g_assert_cmpuint (summary.other, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/same", test_same);
  g_test_add_func ("/compare/status", test_status);
  g_test_add_func ("/compare/mou-fields", test_mou_fields);
  g_test_add_func ("/compare/milestone-moved", test_milestone_moved);
  g_test_add_func ("/compare/follow-up-done", test_follow_up_done);
  g_test_add_func ("/compare/follow-up-renamed", test_follow_up_renamed);
  g_test_add_func ("/compare/duplicate-follow-ups", test_duplicate_follow_ups);
  g_test_add_func ("/compare/progress", test_progress);
  g_test_add_func ("/compare/venture-lists", test_venture_lists);
  g_test_add_func ("/compare/added-removed", test_added_removed);
  g_test_add_func ("/compare/moved", test_moved);
  g_test_add_func ("/compare/unknown-members", test_unknown_members);
  g_test_add_func ("/compare/other-sections", test_other_sections);
  g_test_add_func ("/compare/deterministic", test_deterministic);
  g_test_add_func ("/compare/summary", test_summary);
  g_test_add_func ("/compare/summary-signed", test_summary_signed);

  return g_test_run ();
}
