/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-model.c: the model types, their properties, notifications, lists,
 * references and the portfolio's "changed" signal. */

#include "config.h"

#include "pp-enum-types.h"
#include "pp-date.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-portfolio.h"

typedef struct
{
  guint notifies;
  guint changes;
  PpNode *last_origin;
} Counter;

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 Counter    *counter)
{
  counter->notifies++;
}

static void
count_changed_cb (PpPortfolio *portfolio,
                  PpNode      *origin,
                  Counter     *counter)
{
  counter->changes++;
  counter->last_origin = origin;
}

static GDate
make_date (int y, int m, int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
}

/* A portfolio with one sector, two organisations and one MoU. */
static PpPortfolio *
make_portfolio (void)
{
  PpPortfolio *portfolio = pp_portfolio_new ();
  g_autoptr(PpSector) sector = pp_sector_new ("agri");
  g_autoptr(PpOrganisation) pk = pp_organisation_new ("pk-moa");
  g_autoptr(PpOrganisation) by = pp_organisation_new ("by-moa");
  g_autoptr(PpMou) mou = pp_mou_new ("agri-mou");
  const char *parties[] = { "pk-moa", "by-moa", NULL };
  GError *error = NULL;

  pp_portfolio_set_title (portfolio, "Test");
  pp_country_pair_set (pp_portfolio_get_countries (portfolio), "PK", "BY");
  pp_sector_set_name (sector, "Agriculture");
  pp_organisation_set_name (pk, "Ministry of Agriculture (PK)");
  pp_organisation_set_name (by, "Ministry of Agriculture (BY)");
  pp_mou_set_title (mou, "Agriculture MoU");
  pp_mou_set_sector (mou, "agri");
  pp_mou_set_parties (mou, parties);

  g_assert_true (pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_sectors (portfolio),
                                      PP_NODE (sector), &error));
  g_assert_true (pp_node_append_item (PP_NODE (portfolio),
                                      pp_portfolio_get_organisations (portfolio),
                                      PP_NODE (pk), &error));
  g_assert_true (pp_node_append_item (PP_NODE (portfolio),
                                      pp_portfolio_get_organisations (portfolio),
                                      PP_NODE (by), &error));
  g_assert_true (pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_mous (portfolio),
                                      PP_NODE (mou), &error));
  g_assert_no_error (error);
  return portfolio;
}

static void
test_sector_properties (void)
{
  g_autoptr(PpSector) sector = pp_sector_new ("mining");
  Counter counter = { 0 };
  g_autofree char *color = NULL;

  g_assert_cmpstr (pp_node_get_id (PP_NODE (sector)), ==, "mining");
  g_assert_cmpstr (pp_sector_get_name (sector), ==, "");
  g_assert_cmpstr (pp_sector_get_color (sector), ==, "#808080");
  g_assert_cmpstr (pp_sector_get_description (sector), ==, "");

  g_signal_connect (sector, "notify", G_CALLBACK (count_notify_cb), &counter);
  g_object_set (sector, "name", "Mining", "color", "#c64600", NULL);
  g_assert_cmpuint (counter.notifies, ==, 2);
  g_object_get (sector, "color", &color, NULL);
  g_assert_cmpstr (color, ==, "#c64600");

  /* Setting the same value notifies nothing. */
  pp_sector_set_name (sector, "Mining");
  g_assert_cmpuint (counter.notifies, ==, 2);
}

static void
test_organisation_properties (void)
{
  g_autoptr(PpOrganisation) org = pp_organisation_new ("maz");
  Counter counter = { 0 };

  g_assert_cmpint (pp_organisation_get_kind (org), ==, PP_ORGANISATION_KIND_OTHER);
  g_assert_null (pp_organisation_get_country (org));

  g_signal_connect (org, "notify::kind", G_CALLBACK (count_notify_cb), &counter);
  pp_organisation_set_kind (org, PP_ORGANISATION_KIND_COMPANY);
  pp_organisation_set_kind (org, PP_ORGANISATION_KIND_COMPANY);
  pp_organisation_set_country (org, "BY");
  g_assert_cmpuint (counter.notifies, ==, 1);
  g_assert_cmpstr (pp_organisation_get_country (org), ==, "BY");
}

static void
test_mou_properties (void)
{
  g_autoptr(PpMou) mou = pp_mou_new ("readmission");
  GDate signed_on = make_date (2025, 4, 12);
  g_autoptr(GDate) got = NULL;
  g_auto(GStrv) parties = NULL;
  const char *new_parties[] = { "a", "b", NULL };
  Counter counter = { 0 };

  g_assert_cmpint (pp_mou_get_status (mou), ==, PP_MOU_STATUS_DRAFT);
  g_assert_null (pp_mou_get_signed_on (mou));
  g_assert_cmpuint (g_strv_length ((char **) pp_mou_get_parties (mou)), ==, 0);
  g_assert_false (pp_mou_get_renewal_automatic (mou));
  g_assert_cmpint (pp_mou_get_renewal_notice_days (mou), ==, 0);

  g_signal_connect (mou, "notify", G_CALLBACK (count_notify_cb), &counter);
  pp_mou_set_signed_on (mou, &signed_on);
  pp_mou_set_signed_on (mou, &signed_on);
  g_assert_cmpuint (counter.notifies, ==, 1);
  g_object_get (mou, "signed-on", &got, NULL);
  g_assert_nonnull (got);
  g_assert_cmpint (g_date_compare (got, &signed_on), ==, 0);

  pp_mou_set_signed_on (mou, NULL);
  g_assert_null (pp_mou_get_signed_on (mou));
  g_assert_cmpuint (counter.notifies, ==, 2);

  g_object_set (mou, "status", PP_MOU_STATUS_IN_FORCE, "renewal-notice-days", 90,
                "renewal-automatic", TRUE, NULL);
  g_assert_cmpint (pp_mou_get_status (mou), ==, PP_MOU_STATUS_IN_FORCE);
  g_assert_cmpint (pp_mou_get_renewal_notice_days (mou), ==, 90);
  g_assert_true (pp_mou_get_renewal_automatic (mou));

  pp_mou_set_parties (mou, new_parties);
  g_object_get (mou, "parties", &parties, NULL);
  g_assert_cmpstrv (parties, new_parties);

  /* An empty text is held as none, and reads back as "". */
  pp_mou_set_summary (mou, "");
  g_assert_cmpstr (pp_mou_get_summary (mou), ==, "");
}

static void
test_venture_properties (void)
{
  g_autoptr(PpVenture) venture = pp_venture_new ("ebus");
  g_autoptr(PpVenturePartner) partner = pp_venture_partner_new ();
  g_autoptr(PpMilestone) milestone = pp_milestone_new ("m1");
  g_autoptr(PpRisk) risk = pp_risk_new ();
  GError *error = NULL;

  g_assert_cmpint (pp_venture_get_stage (venture), ==, PP_VENTURE_STAGE_PROPOSED);
  g_assert_null (pp_venture_get_budget_currency (venture));
  pp_venture_set_budget_amount (venture, 25000000);
  pp_venture_set_budget_currency (venture, "USD");
  pp_venture_set_jobs (venture, 1200);
  g_assert_cmpint (pp_venture_get_budget_amount (venture), ==, 25000000);
  g_assert_cmpstr (pp_venture_get_budget_currency (venture), ==, "USD");
  g_assert_cmpint (pp_venture_get_jobs (venture), ==, 1200);

  pp_venture_partner_set_organisation (partner, "maz");
  pp_venture_partner_set_share_percent (partner, 51.0);
  g_assert_cmpfloat (pp_venture_partner_get_share_percent (partner), ==, 51.0);
  g_assert_true (pp_node_append_item (PP_NODE (venture), pp_venture_get_partners (venture),
                                      PP_NODE (partner), &error));
  g_assert_no_error (error);
  g_assert_true (pp_node_get_owner (PP_NODE (partner)) == PP_NODE (venture));

  g_assert_cmpint (pp_milestone_get_status (milestone), ==, PP_MILESTONE_STATUS_PLANNED);
  pp_milestone_set_title (milestone, "Feasibility study");
  g_assert_true (pp_node_append_item (PP_NODE (venture), pp_venture_get_milestones (venture),
                                      PP_NODE (milestone), &error));

  g_assert_cmpint (pp_risk_get_likelihood (risk), ==, PP_LEVEL_MEDIUM);
  g_assert_cmpint (pp_risk_get_impact (risk), ==, PP_LEVEL_MEDIUM);
  pp_risk_set_impact (risk, PP_LEVEL_HIGH);
  g_assert_true (pp_node_append_item (PP_NODE (venture), pp_venture_get_risks (venture),
                                      PP_NODE (risk), &error));
  g_assert_cmpuint (g_list_model_get_n_items (pp_venture_get_risks (venture)), ==, 1);
}

static void
test_milestone_ids_unique (void)
{
  g_autoptr(PpVenture) venture = pp_venture_new ("ebus");
  g_autoptr(PpMilestone) a = pp_milestone_new ("m1");
  g_autoptr(PpMilestone) b = pp_milestone_new ("m1");
  g_autoptr(GError) error = NULL;

  g_assert_true (pp_node_append_item (PP_NODE (venture), pp_venture_get_milestones (venture),
                                      PP_NODE (a), NULL));
  g_assert_false (pp_node_append_item (PP_NODE (venture), pp_venture_get_milestones (venture),
                                       PP_NODE (b), &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_DUPLICATE_ID);
}

static void
test_commitment_properties (void)
{
  g_autoptr(PpCommitment) commitment = pp_commitment_new ("workers");
  g_autoptr(PpProgressEntry) entry = pp_progress_entry_new ();
  GDate on = make_date (2025, 12, 31);

  pp_commitment_set_title (commitment, "Skilled workers placed in Belarus");
  pp_commitment_set_unit (commitment, "workers");
  pp_commitment_set_target (commitment, 150000);
  pp_commitment_set_side (commitment, "PK");
  pp_progress_entry_set_on (entry, &on);
  pp_progress_entry_set_value (entry, 5000);
  g_assert_true (pp_node_append_item (PP_NODE (commitment), pp_commitment_get_progress (commitment),
                                      PP_NODE (entry), NULL));
  g_assert_cmpint (pp_commitment_get_target (commitment), ==, 150000);
  g_assert_cmpint (pp_progress_entry_get_value (entry), ==, 5000);
  g_assert_cmpstr (pp_commitment_get_side (commitment), ==, "PK");
}

static void
test_follow_up_properties (void)
{
  g_autoptr(PpFollowUp) follow_up = pp_follow_up_new ();
  Counter counter = { 0 };

  g_signal_connect (follow_up, "notify::done", G_CALLBACK (count_notify_cb), &counter);
  pp_follow_up_set_done (follow_up, TRUE);
  pp_follow_up_set_done (follow_up, 2);  /* still TRUE */
  g_assert_true (pp_follow_up_get_done (follow_up));
  g_assert_cmpuint (counter.notifies, ==, 1);
}

static void
test_country_pair (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();
  PpCountryPair *pair = pp_portfolio_get_countries (portfolio);
  Counter counter = { 0 };

  g_assert_false (pp_country_pair_is_set (pair));
  g_signal_connect (portfolio, "changed", G_CALLBACK (count_changed_cb), &counter);
  pp_country_pair_set (pair, "PK", "BY");
  g_assert_true (pp_country_pair_contains (pair, "BY"));
  g_assert_false (pp_country_pair_contains (pair, "RU"));
  g_assert_cmpuint (counter.changes, >=, 1);
}

static void
test_enums (void)
{
  int value = -1;

  g_assert_cmpstr (pp_enum_get_nick (PP_TYPE_MOU_STATUS, PP_MOU_STATUS_IN_FORCE), ==, "in-force");
  g_assert_cmpstr (pp_enum_get_nick (PP_TYPE_MILESTONE_STATUS, PP_MILESTONE_STATUS_IN_PROGRESS),
                   ==, "in-progress");
  g_assert_true (pp_enum_from_nick (PP_TYPE_VENTURE_STAGE, "feasibility", &value));
  g_assert_cmpint (value, ==, PP_VENTURE_STAGE_FEASIBILITY);
  g_assert_false (pp_enum_from_nick (PP_TYPE_VENTURE_STAGE, "Feasibility", NULL));
  g_assert_cmpstr (pp_enum_get_display_name (PP_TYPE_MOU_STATUS, PP_MOU_STATUS_IN_FORCE),
                   ==, "In force");
  g_assert_cmpstr (pp_enum_get_display_name (PP_TYPE_LEVEL, PP_LEVEL_HIGH), ==, "High");
  g_assert_cmpstr (pp_enum_get_display_name (PP_TYPE_ORGANISATION_KIND,
                                             PP_ORGANISATION_KIND_CHAMBER), ==, "Chamber");
}

static void
test_dates (void)
{
  GDate date;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (pp_date_parse ("2024-02-29", &date, NULL));
  text = pp_date_to_iso (&date);
  g_assert_cmpstr (text, ==, "2024-02-29");
  g_assert_false (pp_date_parse ("2025-02-29", &date, &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==, "impossible date “2025-02-29”");
  g_clear_error (&error);
  g_assert_false (pp_date_parse ("2025-4-1", &date, &error));
  g_assert_cmpstr (error->message, ==, "“2025-4-1” is not a date (expected YYYY-MM-DD)");
}

static void
test_format_count (void)
{
  g_autofree char *zero = pp_format_count (0);
  g_autofree char *thousands = pp_format_count (150000);
  g_autofree char *negative = pp_format_count (-1234567);
  g_autofree char *smallest = pp_format_count (G_MININT64);

  /* The tests run in C.UTF-8, which has no grouping of its own. */
  g_assert_cmpstr (zero, ==, "0");
  g_assert_cmpstr (thousands, ==, "150,000");
  g_assert_cmpstr (negative, ==, "-1,234,567");
  g_assert_cmpstr (smallest, ==, "-9,223,372,036,854,775,808");
}

/* Counts are read back as written, grouped or not. */
static void
test_parse_count (void)
{
  struct { const char *text; gboolean ok; double value; } cases[] = {
    { "150,000", TRUE, 150000 },
    { "150000", TRUE, 150000 },
    { "1 234 567", TRUE, 1234567 },
    { " 12.5 ", TRUE, 12.5 },
    { "-1,234", TRUE, -1234 },
    { "", TRUE, 0 },
    { "abc", FALSE, 0 },
    { "12abc", FALSE, 0 },
    { "1-2", FALSE, 0 },
    { "1.2.3", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double value = -1;

      g_assert_cmpint (pp_parse_count (cases[i].text, &value), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_cmpfloat (value, ==, cases[i].value);
    }
}

static void
test_iso_codes (void)
{
  g_autoptr(GPtrArray) countries = pp_iso_country_list_codes ();

  g_assert_null (pp_iso_codes_get_error ());
  g_assert_true (pp_iso_country_is_valid ("PK"));
  g_assert_false (pp_iso_country_is_valid ("pk"));
  g_assert_false (pp_iso_country_is_valid ("XX"));
  g_assert_cmpstr (pp_iso_country_get_name ("BY"), ==, "Belarus");
  g_assert_true (pp_iso_currency_is_valid ("PKR"));
  g_assert_true (pp_iso_currency_is_valid ("BYN"));
  g_assert_false (pp_iso_currency_is_valid ("XYZ1"));
  g_assert_cmpuint (countries->len, >, 240);
  g_assert_cmpstr (g_ptr_array_index (countries, 0), <, g_ptr_array_index (countries, 1));
}

static void
test_changed_signal (void)
{
  g_autoptr(PpPortfolio) portfolio = make_portfolio ();
  g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 0);
  g_autoptr(PpFollowUp) follow_up = pp_follow_up_new ();
  Counter counter = { 0 };

  g_signal_connect (portfolio, "changed", G_CALLBACK (count_changed_cb), &counter);

  pp_mou_set_status (mou, PP_MOU_STATUS_SIGNED);
  g_assert_cmpuint (counter.changes, ==, 1);
  g_assert_true (counter.last_origin == PP_NODE (mou));

  /* A change two levels down reaches the portfolio once. */
  g_assert_true (pp_node_append_item (PP_NODE (mou), pp_mou_get_follow_ups (mou),
                                      PP_NODE (follow_up), NULL));
  g_assert_cmpuint (counter.changes, ==, 2);
  pp_follow_up_set_done (follow_up, TRUE);
  g_assert_cmpuint (counter.changes, ==, 3);
  g_assert_true (counter.last_origin == PP_NODE (follow_up));

  /* No change, no signal. */
  pp_mou_set_status (mou, PP_MOU_STATUS_SIGNED);
  g_assert_cmpuint (counter.changes, ==, 3);

  pp_portfolio_set_title (portfolio, "Renamed");
  g_assert_cmpuint (counter.changes, ==, 4);
}

static void
test_references (void)
{
  g_autoptr(PpPortfolio) portfolio = make_portfolio ();
  g_autoptr(PpMou) dangling = pp_mou_new ("other");
  g_autoptr(PpSector) duplicate = pp_sector_new ("agri");
  g_autoptr(PpVenture) venture = pp_venture_new ("v");
  g_autoptr(PpVenturePartner) partner = pp_venture_partner_new ();
  g_autoptr(GError) error = NULL;
  GListModel *sectors = pp_portfolio_get_sectors (portfolio);

  g_assert_nonnull (pp_portfolio_lookup (portfolio, PP_COLLECTION_SECTORS, "agri"));
  g_assert_null (pp_portfolio_lookup (portfolio, PP_COLLECTION_SECTORS, "mining"));

  /* An MoU whose sector does not exist is refused. */
  pp_mou_set_title (dangling, "Other");
  pp_mou_set_sector (dangling, "mining");
  g_assert_false (pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_mous (portfolio),
                                       PP_NODE (dangling), &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE);
  g_assert_cmpstr (error->message, ==, "sector: no sector “mining”");
  g_clear_error (&error);

  /* A venture whose partner names no organisation is refused, with the place. */
  pp_venture_set_name (venture, "V");
  pp_venture_partner_set_organisation (partner, "nobody");
  pp_node_append_item (PP_NODE (venture), pp_venture_get_partners (venture), PP_NODE (partner),
                       NULL);
  g_assert_false (pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_ventures (portfolio),
                                       PP_NODE (venture), &error));
  g_assert_cmpstr (error->message, ==, "partners[0].organisation: no organisation “nobody”");
  g_clear_error (&error);

  /* Ids are unique within a collection. */
  g_assert_false (pp_node_append_item (PP_NODE (portfolio), sectors, PP_NODE (duplicate), &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  /* A sector that an MoU belongs to cannot be removed. */
  g_assert_false (pp_node_remove_item (PP_NODE (portfolio), sectors, 0, &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE);
  g_assert_cmpstr (error->message, ==, "“agri” is still referred to by mous[0].sector");
  g_assert_cmpuint (g_list_model_get_n_items (sectors), ==, 1);
  g_clear_error (&error);

  /* Once nothing refers to it, it can; the index forgets it. */
  g_assert_true (pp_node_remove_item (PP_NODE (portfolio), pp_portfolio_get_mous (portfolio), 0,
                                      &error));
  g_assert_true (pp_node_remove_item (PP_NODE (portfolio), sectors, 0, &error));
  g_assert_no_error (error);
  g_assert_null (pp_portfolio_lookup (portfolio, PP_COLLECTION_SECTORS, "agri"));
  g_assert_cmpuint (pp_portfolio_count_references (portfolio, PP_COLLECTION_ORGANISATIONS,
                                                   "pk-moa", NULL), ==, 0);
}

static void
test_move_item (void)
{
  g_autoptr(PpPortfolio) portfolio = make_portfolio ();
  GListModel *orgs = pp_portfolio_get_organisations (portfolio);
  g_autoptr(PpNode) first = NULL;
  Counter counter = { 0 };

  g_signal_connect (portfolio, "changed", G_CALLBACK (count_changed_cb), &counter);
  pp_node_move_item (PP_NODE (portfolio), orgs, 0, 1);
  first = g_list_model_get_item (orgs, 0);
  g_assert_cmpstr (pp_node_get_id (first), ==, "by-moa");
  g_assert_cmpuint (counter.changes, ==, 1);
}

static void
test_problems (void)
{
  g_autoptr(PpPortfolio) portfolio = make_portfolio ();
  g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 0);
  g_autoptr(PpVenture) venture = pp_venture_new ("v");
  g_autoptr(PpVenturePartner) partner = pp_venture_partner_new ();
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GDate signed_on = make_date (2025, 4, 12);
  GDate expires_on = make_date (2024, 4, 12);

  none = pp_portfolio_find_problems (portfolio);
  g_assert_cmpuint (none->len, ==, 0);

  pp_mou_set_signed_on (mou, &signed_on);
  pp_mou_set_expires_on (mou, &expires_on);
  pp_venture_set_name (venture, "V");
  pp_venture_partner_set_organisation (partner, "pk-moa");
  pp_venture_partner_set_share_percent (partner, 60);
  pp_node_append_item (PP_NODE (venture), pp_venture_get_partners (venture), PP_NODE (partner),
                       NULL);
  pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_ventures (portfolio),
                       PP_NODE (venture), NULL);

  problems = pp_portfolio_find_problems (portfolio);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (problems->pdata[0], ==,
                   "mous[0]: expires on 2024-04-12, before it was signed on 2025-04-12");
  g_assert_cmpstr (problems->pdata[1], ==, "ventures[0]: partner shares total 60 %, not 100 %");
}

static void
test_venture_schedule (void)
{
  g_autoptr(PpPortfolio) portfolio = make_portfolio ();
  g_autoptr(PpVenture) venture = pp_venture_new ("v");
  g_autoptr(PpMilestone) a = pp_milestone_new ("a");
  g_autoptr(PpMilestone) b = pp_milestone_new ("b");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(PpMilestone) first = NULL;
  GListModel *milestones = pp_venture_get_milestones (venture);
  GDate start = make_date (2026, 1, 1), end = make_date (2027, 1, 1);
  GDate inside = make_date (2026, 6, 1), outside = make_date (2028, 1, 1);
  GDate early = make_date (2025, 1, 1);

  pp_venture_set_name (venture, "V");
  pp_venture_set_start_on (venture, &start);
  pp_venture_set_end_on (venture, &end);
  pp_milestone_set_title (a, "Inside");
  pp_milestone_set_due_on (a, &inside);
  pp_milestone_set_title (b, "Outside");
  pp_milestone_set_due_on (b, &outside);
  pp_node_append_item (PP_NODE (venture), milestones, PP_NODE (a), NULL);
  pp_node_append_item (PP_NODE (venture), milestones, PP_NODE (b), NULL);
  pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_ventures (portfolio),
                       PP_NODE (venture), NULL);

  /* Moving a milestone keeps it, and its id. */
  pp_node_move_item (PP_NODE (venture), milestones, 1, 0);
  first = g_list_model_get_item (milestones, 0);
  g_assert_true (first == b);
  g_assert_cmpstr (pp_node_get_id (PP_NODE (first)), ==, "b");

  /* No partners: shares total 0 is not flagged until there are partners;
   * the milestone after the end is. */
  problems = pp_portfolio_find_problems (portfolio);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (problems->pdata[0], ==,
                   "ventures[0]: milestone “Outside” falls outside the venture’s dates");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* An end before the start. */
  pp_venture_set_end_on (venture, &early);
  problems = pp_portfolio_find_problems (portfolio);
  g_assert_cmpstr (problems->pdata[0], ==, "ventures[0]: ends before it starts");
}

static void
test_finalize (void)
{
  PpPortfolio *portfolio = make_portfolio ();
  g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 0);

  g_assert_finalize_object (portfolio);
  /* The MoU outlives its portfolio and no longer points at it. */
  g_assert_null (pp_node_get_owner (PP_NODE (mou)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/sector/properties", test_sector_properties);
  g_test_add_func ("/model/organisation/properties", test_organisation_properties);
  g_test_add_func ("/model/mou/properties", test_mou_properties);
  g_test_add_func ("/model/follow-up/properties", test_follow_up_properties);
  g_test_add_func ("/model/venture/properties", test_venture_properties);
  g_test_add_func ("/model/venture/milestone-ids-unique", test_milestone_ids_unique);
  g_test_add_func ("/model/commitment/properties", test_commitment_properties);
  g_test_add_func ("/model/country-pair", test_country_pair);
  g_test_add_func ("/model/enums", test_enums);
  g_test_add_func ("/model/dates", test_dates);
  g_test_add_func ("/model/iso-codes", test_iso_codes);
  g_test_add_func ("/model/format-count", test_format_count);
  g_test_add_func ("/model/parse-count", test_parse_count);
  g_test_add_func ("/model/portfolio/changed-signal", test_changed_signal);
  g_test_add_func ("/model/portfolio/references", test_references);
  g_test_add_func ("/model/portfolio/move-item", test_move_item);
  g_test_add_func ("/model/portfolio/problems", test_problems);
  g_test_add_func ("/model/portfolio/finalize", test_finalize);
  g_test_add_func ("/model/venture/schedule", test_venture_schedule);

  return g_test_run ();
}
