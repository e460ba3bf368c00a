/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-summary.c: the dashboard's figures, on the sample and on edge cases,
 * and their update after an edit. "Today" is fixed to 2025-06-01. */

#include "config.h"

#include "pp-date.h"
#include "pp-history.h"
#include "pp-portfolio-io.h"
#include "pp-summary.h"

static PpPortfolio *
load_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_portfolio_load_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return portfolio;
}

static PpSectorSummary *
sector_summary (PpSummary  *summary,
                const char *id)
{
  GListModel *sectors = pp_summary_get_sectors (summary);

  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(PpSectorSummary) s = g_list_model_get_item (sectors, i);

      if (g_strcmp0 (pp_node_get_id (PP_NODE (pp_sector_summary_get_sector (s))), id) == 0)
        return s;   /* the list keeps it */
    }
  g_assert_not_reached ();
}

static gboolean
agenda_has (PpSummary  *summary,
            const char *date,
            const char *title_prefix)
{
  GListModel *agenda = pp_summary_get_agenda (summary);

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(PpDueItem) item = g_list_model_get_item (agenda, i);
      g_autofree char *iso = pp_date_to_iso (pp_due_item_get_date (item));

      if (g_strcmp0 (iso, date) == 0 && g_str_has_prefix (pp_due_item_get_title (item), title_prefix))
        return TRUE;
    }
  return FALSE;
}

static void
test_sample (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_sample (NULL);
  g_autoptr(PpSummary) summary = pp_summary_new (portfolio);
  PpSectorSummary *total = pp_summary_get_total (summary);
  PpSectorSummary *workers = sector_summary (summary, "labour-mobility");
  PpSectorSummary *defense = sector_summary (summary, "defense");
  const char *currency = NULL;
  GListModel *agenda = pp_summary_get_agenda (summary);

  g_assert_cmpuint (g_list_model_get_n_items (pp_summary_get_sectors (summary)), ==, 12);
  g_assert_cmpuint (pp_sector_summary_get_mou_count (total, PP_MOU_STATUS_SIGNED), ==, 7);
  g_assert_cmpuint (pp_sector_summary_get_n_mous (total), ==, 7);
  g_assert_cmpuint (pp_sector_summary_get_n_ventures (total), ==, 4);
  g_assert_cmpuint (pp_sector_summary_get_venture_count (total, PP_VENTURE_STAGE_PROPOSED), ==, 2);
  g_assert_cmpuint (pp_sector_summary_get_venture_count (total, PP_VENTURE_STAGE_FEASIBILITY), ==, 2);
  g_assert_cmpuint (pp_sector_summary_get_n_budgets (total), ==, 1);
  g_assert_cmpint (pp_sector_summary_get_budget (total, 0, &currency), ==, 190000000);
  g_assert_cmpstr (currency, ==, "USD");
  g_assert_cmpint (pp_sector_summary_get_jobs (total), ==, 2950);
  g_assert_cmpuint (pp_sector_summary_get_commitments (total)->len, ==, 1);
  g_assert_cmpuint (pp_sector_summary_get_n_incomplete (total), ==, 0);

  g_assert_cmpuint (pp_sector_summary_get_n_mous (workers), ==, 1);
  g_assert_cmpuint (pp_sector_summary_get_commitments (workers)->len, ==, 1);
  g_assert_cmpuint (pp_sector_summary_get_n_mous (defense), ==, 2);
  g_assert_cmpuint (pp_sector_summary_get_commitments (defense)->len, ==, 0);

  /* The next 90 days, by date: the workers' follow-up of 31 July is in,
   * the trade follow-up of 31 August (91 days on) is not. */
  g_assert_true (agenda_has (summary, "2025-07-31", ""));
  g_assert_false (agenda_has (summary, "2025-08-31", ""));
  for (guint i = 1; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(PpDueItem) a = g_list_model_get_item (agenda, i - 1);
      g_autoptr(PpDueItem) b = g_list_model_get_item (agenda, i);

      g_assert_cmpint (pp_date_compare (pp_due_item_get_date (a), pp_due_item_get_date (b)), <=, 0);
    }
  g_assert_nonnull (pp_sector_summary_get_next_due (workers));

  /* The trade-development MoU expires in 2030, before the mining venture
   * and the workers' commitment end: both are flagged. */
  g_assert_cmpuint (g_list_model_get_n_items (pp_summary_get_at_risk (summary)), ==, 2);
  g_assert_cmpuint (pp_sector_summary_get_n_at_risk (sector_summary (summary, "mining")), ==, 1);
  g_assert_cmpuint (pp_sector_summary_get_n_at_risk (total), ==, 2);

  /* What each side owes: Belarus owes the follow-up due 31 July. */
  g_assert_cmpuint (g_list_model_get_n_items (pp_summary_get_owed (summary, 1)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pp_summary_get_owed (summary, 0)) +
                    g_list_model_get_n_items (pp_summary_get_owed (summary, 1)) +
                    g_list_model_get_n_items (pp_summary_get_owed (summary, 2)), >=, 10);
}

static void
test_empty (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();
  g_autoptr(PpSummary) summary = pp_summary_new (portfolio);
  PpSectorSummary *total = pp_summary_get_total (summary);

  g_assert_cmpuint (g_list_model_get_n_items (pp_summary_get_sectors (summary)), ==, 0);
  g_assert_cmpuint (pp_sector_summary_get_n_mous (total), ==, 0);
  g_assert_cmpuint (pp_sector_summary_get_n_budgets (total), ==, 0);
  g_assert_null (pp_sector_summary_get_next_due (total));
  g_assert_cmpuint (g_list_model_get_n_items (pp_summary_get_agenda (summary)), ==, 0);
}

static void
test_empty_sector_and_mixed_currencies (void)
{
  g_autoptr(PpPortfolio) portfolio = load_string (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"sectors\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"empty\", \"name\": \"E\"}],"
    " \"ventures\": ["
    "  {\"id\": \"v1\", \"name\": \"V1\", \"sector\": \"a\", \"budget\": {\"amount\": 100, \"currency\": \"USD\"}},"
    "  {\"id\": \"v2\", \"name\": \"V2\", \"sector\": \"a\", \"budget\": {\"amount\": 50, \"currency\": \"EUR\"}},"
    "  {\"id\": \"v3\", \"name\": \"V3\", \"budget\": {\"amount\": 7, \"currency\": \"USD\"}}]}");
  g_autoptr(PpSummary) summary = pp_summary_new (portfolio);
  PpSectorSummary *a = sector_summary (summary, "a");
  PpSectorSummary *empty = sector_summary (summary, "empty");
  PpSectorSummary *total = pp_summary_get_total (summary);
  const char *currency;

  g_assert_cmpuint (pp_sector_summary_get_n_ventures (empty), ==, 0);
  g_assert_cmpuint (pp_sector_summary_get_n_budgets (empty), ==, 0);

  /* Never added across currencies; sorted by code. */
  g_assert_cmpuint (pp_sector_summary_get_n_budgets (a), ==, 2);
  g_assert_cmpint (pp_sector_summary_get_budget (a, 0, &currency), ==, 50);
  g_assert_cmpstr (currency, ==, "EUR");
  g_assert_cmpint (pp_sector_summary_get_budget (a, 1, &currency), ==, 100);
  g_assert_cmpstr (currency, ==, "USD");

  /* The total includes the venture with no sector. */
  g_assert_cmpint (pp_sector_summary_get_budget (total, 1, &currency), ==, 107);
  /* Ventures with no partners count as incomplete. */
  g_assert_cmpuint (pp_sector_summary_get_n_incomplete (total), ==, 3);
}

static void
test_progress_and_today (void)
{
  g_autoptr(PpPortfolio) portfolio = load_string (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"mous\": [{\"id\": \"m\", \"title\": \"M\", \"status\": \"in-force\","
    "   \"signed_on\": \"2025-01-01\", \"expires_on\": \"2025-08-30\","
    "   \"renewal\": {\"notice_days\": 30},"
    "   \"follow_ups\": [{\"title\": \"Today\", \"due_on\": \"2025-06-01\"},"
    "                    {\"title\": \"Yesterday\", \"due_on\": \"2025-05-31\"},"
    "                    {\"title\": \"Done long ago\", \"due_on\": \"2025-01-31\", \"done\": true}]}],"
    " \"commitments\": [{\"id\": \"c\", \"title\": \"Over\", \"target\": 100, \"due_on\": \"2025-07-01\","
    "   \"progress\": [{\"on\": \"2025-03-01\", \"value\": 60}, {\"on\": \"2025-05-01\", \"value\": 120}]},"
    "  {\"id\": \"d\", \"title\": \"Behind\", \"target\": 100, \"due_on\": \"2025-12-31\", \"mou\": \"m\","
    "   \"progress\": [{\"on\": \"2025-05-01\", \"value\": 10},"
    "                 {\"on\": \"2025-08-01\", \"value\": 95, \"note\": \"planned\"}]}]}");
  g_autoptr(PpSummary) summary = pp_summary_new (portfolio);
  g_autoptr(PpCommitment) over = g_list_model_get_item (pp_portfolio_get_commitments (portfolio), 0);
  g_autoptr(PpCommitment) behind = g_list_model_get_item (pp_portfolio_get_commitments (portfolio), 1);
  GDate today;
  GListModel *agenda = pp_summary_get_agenda (summary);
  g_autoptr(PpDueItem) first = NULL;

  pp_date_get_today (&today);
  /* Progress beyond the target is what it is, and no longer due. */
  g_assert_cmpint (pp_commitment_get_achieved (over, NULL), ==, 120);
  g_assert_cmpuint (pp_commitment_get_n_planned (over, NULL), ==, 0);
  /* An entry dated after today is planned: not achieved until its day, in
   * every figure that asks for today's. */
  g_assert_cmpint (pp_commitment_get_achieved (behind, NULL), ==, 10);
  g_assert_cmpuint (pp_commitment_get_n_planned (behind, NULL), ==, 1);
  {
    GDate later;

    pp_date_parse ("2025-09-01", &later, NULL);
    g_assert_cmpint (pp_commitment_get_achieved (behind, &later), ==, 95);
    g_assert_cmpuint (pp_commitment_get_n_planned (behind, &later), ==, 0);
  }
  g_assert_false (agenda_has (summary, "2025-07-01", "Over"));
  /* Behind: the line from the MoU's signing to the target is at 41 by
   * 1 June, and 10 are done. */
  g_assert_cmpint ((int) pp_commitment_get_expected (behind, &today), ==, 41);

  /* Due today is on the agenda and not overdue; yesterday is overdue; done
   * is not there; the expiry (in 90 days) and the last day to give notice
   * are. */
  g_assert_true (agenda_has (summary, "2025-06-01", "Today"));
  g_assert_true (agenda_has (summary, "2025-05-31", "Yesterday"));
  g_assert_false (agenda_has (summary, "2025-01-31", "Done"));
  g_assert_true (agenda_has (summary, "2025-08-30", "M"));
  g_assert_true (agenda_has (summary, "2025-07-31", "M"));
  first = g_list_model_get_item (agenda, 0);
  g_assert_cmpstr (pp_due_item_get_title (first), ==, "Yesterday");
  g_assert_true (pp_due_item_get_overdue (first));

  /* The commitment runs past its MoU's expiry: at risk. */
  g_assert_cmpuint (g_list_model_get_n_items (pp_summary_get_at_risk (summary)), ==, 1);
}

static void
count_cb (PpSectorSummary *summary,
          guint           *count)
{
  (*count)++;
}

static void
test_live_update (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_sample (NULL);
  g_autoptr(PpHistory) history = pp_history_new (portfolio);
  g_autoptr(PpSummary) summary = pp_summary_new (portfolio);
  g_autoptr(PpCommitment) workers = g_list_model_get_item (pp_portfolio_get_commitments (portfolio), 0);
  g_autoptr(PpProgressEntry) entry = pp_progress_entry_new ();
  PpSectorSummary *card = sector_summary (summary, "labour-mobility");
  PpSectorSummary *other = sector_summary (summary, "defense");
  guint card_changes = 0, other_changes = 0, total_changes = 0;
  guint walks = pp_summary_get_n_walks (summary);
  GDate on;

  g_signal_connect (card, "changed", G_CALLBACK (count_cb), &card_changes);
  g_signal_connect (other, "changed", G_CALLBACK (count_cb), &other_changes);
  g_signal_connect (pp_summary_get_total (summary), "changed", G_CALLBACK (count_cb),
                    &total_changes);

  /* "5,000 workers by 2025-05-31". */
  pp_date_parse ("2025-05-31", &on, NULL);
  pp_progress_entry_set_on (entry, &on);
  pp_progress_entry_set_value (entry, 5000);
  g_assert_true (pp_history_append (history, PP_NODE (workers),
                                    pp_commitment_get_progress (workers), PP_NODE (entry), NULL));
  pp_summary_flush (summary);

  g_assert_cmpuint (pp_summary_get_n_walks (summary), ==, walks + 1);
  g_assert_cmpuint (card_changes, ==, 1);
  g_assert_cmpuint (total_changes, ==, 1);
  g_assert_cmpuint (other_changes, ==, 0);
  g_assert_cmpint (pp_commitment_get_achieved (workers, NULL), ==, 5000);

  /* Undo puts it back, again in one walk. */
  g_assert_true (pp_history_undo (history));
  pp_summary_flush (summary);
  g_assert_cmpuint (pp_summary_get_n_walks (summary), ==, walks + 2);
  g_assert_cmpuint (card_changes, ==, 2);
  g_assert_cmpint (pp_commitment_get_achieved (workers, NULL), ==, 0);

  /* A burst of changes costs one walk. */
  {
    g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 1);

    pp_mou_set_status (mou, PP_MOU_STATUS_IN_FORCE);
    pp_mou_set_status (mou, PP_MOU_STATUS_EXPIRED);
    pp_mou_set_title (mou, "Renamed");
    pp_summary_flush (summary);
    g_assert_cmpuint (pp_summary_get_n_walks (summary), ==, walks + 3);
    g_assert_cmpuint (other_changes, ==, 1);
    g_assert_cmpuint (pp_sector_summary_get_mou_count (other, PP_MOU_STATUS_EXPIRED), ==, 1);
  }
}

static void
test_sectors_follow (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_sample (NULL);
  g_autoptr(PpSummary) summary = pp_summary_new (portfolio);
  g_autoptr(PpSector) sector = pp_sector_new ("new-sector");
  GListModel *sectors = pp_summary_get_sectors (summary);
  g_autoptr(PpSectorSummary) first = g_list_model_get_item (sectors, 0);
  g_autoptr(PpSectorSummary) first_again = NULL;

  pp_sector_set_name (sector, "New");
  pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_sectors (portfolio), PP_NODE (sector),
                       NULL);
  pp_summary_flush (summary);
  g_assert_cmpuint (g_list_model_get_n_items (sectors), ==, 13);
  /* The summaries of the other sectors are kept, not made anew. */
  first_again = g_list_model_get_item (sectors, 0);
  g_assert_true (first == first_again);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("PP_TODAY", "2025-06-01", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/summary/sample", test_sample);
  g_test_add_func ("/summary/empty", test_empty);
  g_test_add_func ("/summary/empty-sector-and-currencies", test_empty_sector_and_mixed_currencies);
  g_test_add_func ("/summary/progress-and-today", test_progress_and_today);
  g_test_add_func ("/summary/live-update", test_live_update);
  g_test_add_func ("/summary/sectors-follow", test_sectors_follow);

  return g_test_run ();
}
