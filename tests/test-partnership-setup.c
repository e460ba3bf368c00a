/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-partnership-setup.c: the country and currency lists and their
 * search, the portfolio's default currency in the file, a new portfolio
 * with its first sectors, and changing a country with every item that
 * names it, as one undo step. */

#include "config.h"

#include "pp-iso-codes.h"
#include "pp-partnership-setup.h"
#include "pp-portfolio-io.h"
#include "pp-test-util.h"

static PpPortfolio *
reload (PpPortfolio *portfolio)
{
  g_autoptr(GBytes) bytes = pp_portfolio_save_to_bytes (portfolio);
  g_autoptr(GError) error = NULL;
  PpPortfolio *loaded = pp_portfolio_load_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return loaded;
}

static void
test_countries_by_name (void)
{
  g_autoptr(GPtrArray) codes = pp_iso_country_list_codes ();
  g_autoptr(GPtrArray) by_name = pp_iso_country_list_by_name ();

  g_assert_cmpuint (by_name->len, ==, codes->len);
  g_assert_cmpuint (by_name->len, >, 200);
  for (guint i = 1; i < by_name->len; i++)
    g_assert_cmpint (g_utf8_collate (pp_iso_country_get_name (by_name->pdata[i - 1]),
                                     pp_iso_country_get_name (by_name->pdata[i])), <=, 0);
}

static void
test_country_search (void)
{
  g_assert_true (pp_iso_country_matches ("PK", "pak"));
  g_assert_true (pp_iso_country_matches ("PK", "PAKISTAN"));
  g_assert_true (pp_iso_country_matches ("BY", "bel"));
  g_assert_true (pp_iso_country_matches ("BE", "bel"));
  g_assert_true (pp_iso_country_matches ("BY", "by"));
  g_assert_true (pp_iso_country_matches ("KZ", ""));
  g_assert_true (pp_iso_country_matches ("KZ", NULL));
  /* Accents are not needed, and any word of the name is found. */
  g_assert_true (pp_iso_country_matches ("CI", "cote"));
  g_assert_true (pp_iso_country_matches ("GB", "kingdom"));
  g_assert_false (pp_iso_country_matches ("PK", "stan"));
  g_assert_false (pp_iso_country_matches ("PK", "bel"));
  g_assert_false (pp_iso_country_matches ("ZZ", ""));
}

static void
test_currency_search (void)
{
  g_autoptr(GPtrArray) by_name = pp_iso_currency_list_by_name ();

  g_assert_cmpuint (by_name->len, >, 100);
  g_assert_true (pp_iso_currency_matches ("USD", "usd"));
  g_assert_true (pp_iso_currency_matches ("USD", "dollar"));
  g_assert_true (pp_iso_currency_matches ("PKR", "pakistan"));
  g_assert_false (pp_iso_currency_matches ("EUR", "dollar"));
}

/* The default currency is read and written; a file without it loads, and
 * saving writes null. */
static void
test_currency_member (void)
{
  static const char json[] =
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"currency\": \"EUR\", \"later\": {\"kept\": true}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (bytes, &error);
  g_autoptr(PpPortfolio) again = NULL;
  g_autoptr(PpPortfolio) empty = pp_portfolio_new ();
  g_autoptr(GBytes) saved = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (pp_portfolio_get_currency (portfolio), ==, "EUR");
  again = reload (portfolio);
  g_assert_cmpstr (pp_portfolio_get_currency (again), ==, "EUR");
  g_assert_nonnull (json_object_get_member (pp_node_get_extra (PP_NODE (again)), "later"));

  pp_portfolio_set_title (empty, "E");
  saved = pp_portfolio_save_to_bytes (empty);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                  "\"currency\": null"));
}

static void
test_describe_uses (void)
{
  PpCountryUses none = { 0 };
  PpCountryUses some = { .organisations = 3, .follow_ups = 5, .commitments = 1 };
  PpCountryUses one = { .milestones = 1 };
  g_autofree char *text = pp_country_uses_describe (&some);
  g_autofree char *single = pp_country_uses_describe (&one);

  g_assert_null (pp_country_uses_describe (&none));
  g_assert_cmpuint (pp_country_uses_total (&some), ==, 9);
  g_assert_cmpstr (text, ==, "3 organisations\n5 follow-ups of MoUs\n1 commitment");
  g_assert_cmpstr (single, ==, "1 milestone of ventures");
}

/* Replacing Pakistan by India: every organisation of Pakistan and every
 * item on its side follows, Belarus's stay; one undo takes it all back. */
static void
test_replace_country (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(PpHistory) history = pp_history_new (portfolio);
  g_autoptr(GBytes) original = pp_portfolio_save_to_bytes (portfolio);
  g_autoptr(GBytes) now = NULL;
  g_autoptr(PpPortfolio) loaded = NULL;
  PpCountryPair *pair = pp_portfolio_get_countries (portfolio);
  PpCountryUses pk, by, in, after;

  pp_partnership_count_uses (portfolio, "PK", &pk);
  pp_partnership_count_uses (portfolio, "BY", &by);
  g_assert_cmpuint (pk.organisations, >, 0);
  g_assert_cmpuint (pk.follow_ups + pk.milestones + pk.commitments, >, 0);

  pp_partnership_set_countries (history, "IN", "BY");
  g_assert_cmpstr (pp_country_pair_get_first (pair), ==, "IN");
  g_assert_cmpstr (pp_country_pair_get_second (pair), ==, "BY");
  pp_partnership_count_uses (portfolio, "IN", &in);
  pp_partnership_count_uses (portfolio, "PK", &after);
  g_assert_cmpmem (&in, sizeof in, &pk, sizeof pk);
  g_assert_cmpuint (pp_country_uses_total (&after), ==, 0);
  pp_partnership_count_uses (portfolio, "BY", &after);
  g_assert_cmpmem (&after, sizeof after, &by, sizeof by);

  /* The file still loads: every side is one of the new countries. */
  loaded = reload (portfolio);
  g_assert_cmpstr (pp_country_pair_get_first (pp_portfolio_get_countries (loaded)), ==, "IN");

  g_assert_true (pp_history_undo (history));
  g_assert_false (pp_history_get_can_undo (history));
  now = pp_portfolio_save_to_bytes (portfolio);
  g_assert_true (g_bytes_equal (now, original));

  g_assert_true (pp_history_redo (history));
  g_assert_cmpstr (pp_country_pair_get_first (pair), ==, "IN");
}

/* Swapping the two countries, or setting the same pair, moves nothing. */
static void
test_swap_countries (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(PpHistory) history = pp_history_new (portfolio);
  PpCountryPair *pair = pp_portfolio_get_countries (portfolio);
  PpCountryUses before, after;

  pp_partnership_count_uses (portfolio, "PK", &before);
  pp_partnership_set_countries (history, "PK", "BY");
  g_assert_false (pp_history_get_can_undo (history));

  pp_partnership_set_countries (history, "BY", "PK");
  g_assert_cmpstr (pp_country_pair_get_first (pair), ==, "BY");
  pp_partnership_count_uses (portfolio, "PK", &after);
  g_assert_cmpmem (&after, sizeof after, &before, sizeof before);
  g_assert_true (pp_history_undo (history));
  g_assert_cmpstr (pp_country_pair_get_first (pair), ==, "PK");
}

/* Countries chosen for a portfolio that had none: a side that is neither
 * (which only a file without countries can hold) becomes "both", so the
 * file keeps loading; organisations keep any country. */
static void
test_first_countries (void)
{
  static const char json[] =
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"organisations\": [{\"id\": \"o\", \"name\": \"O\", \"country\": \"FR\"}],"
    " \"commitments\": [{\"id\": \"c\", \"title\": \"C\", \"side\": \"FR\"},"
    "                   {\"id\": \"d\", \"title\": \"D\", \"side\": \"KZ\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (bytes, &error);
  g_autoptr(PpHistory) history = NULL;
  g_autoptr(PpCommitment) c = NULL;
  g_autoptr(PpCommitment) d = NULL;
  g_autoptr(PpOrganisation) o = NULL;
  g_autoptr(PpPortfolio) loaded = NULL;

  g_assert_no_error (error);
  history = pp_history_new (portfolio);
  pp_partnership_set_countries (history, "KZ", "DE");
  c = g_list_model_get_item (pp_portfolio_get_commitments (portfolio), 0);
  d = g_list_model_get_item (pp_portfolio_get_commitments (portfolio), 1);
  o = g_list_model_get_item (pp_portfolio_get_organisations (portfolio), 0);
  g_assert_null (pp_commitment_get_side (c));
  g_assert_cmpstr (pp_commitment_get_side (d), ==, "KZ");
  g_assert_cmpstr (pp_organisation_get_country (o), ==, "FR");
  loaded = reload (portfolio);

  g_assert_true (pp_history_undo (history));
  g_assert_cmpstr (pp_commitment_get_side (c), ==, "FR");
  g_assert_false (pp_country_pair_is_set (pp_portfolio_get_countries (portfolio)));
}

static void
test_new_portfolio (void)
{
  g_auto(GStrv) offered = pp_partnership_starting_sectors ();
  const char *chosen[] = { offered[0], offered[3], "Energy", NULL };
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(PpPortfolio) loaded = NULL;
  GListModel *sectors;
  PpCountryPair *pair;

  g_assert_cmpuint (g_strv_length (offered), >=, 10);
  g_assert_cmpstr (offered[0], ==, "Trade and commerce");

  portfolio = pp_partnership_new_portfolio ("Kazakhstan–Germany", "KZ", "DE", chosen);
  loaded = reload (portfolio);
  g_assert_cmpstr (pp_portfolio_get_title (loaded), ==, "Kazakhstan–Germany");
  pair = pp_portfolio_get_countries (loaded);
  g_assert_cmpstr (pp_country_pair_get_first (pair), ==, "KZ");
  g_assert_cmpstr (pp_country_pair_get_second (pair), ==, "DE");

  sectors = pp_portfolio_get_sectors (loaded);
  g_assert_cmpuint (g_list_model_get_n_items (sectors), ==, 3);
  {
    g_autoptr(PpSector) first = g_list_model_get_item (sectors, 0);
    g_autoptr(PpSector) second = g_list_model_get_item (sectors, 1);
    g_autoptr(PpSector) third = g_list_model_get_item (sectors, 2);

    g_assert_cmpstr (pp_node_get_id (PP_NODE (first)), ==, "trade-and-commerce");
    g_assert_cmpstr (pp_sector_get_name (second), ==, "Energy");
    /* The same name twice still gets an id of its own. */
    g_assert_cmpstr (pp_node_get_id (PP_NODE (third)), ==, "energy-2");
    g_assert_cmpstr (pp_sector_get_color (first), !=, pp_sector_get_color (second));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/partnership/countries/by-name", test_countries_by_name);
  g_test_add_func ("/partnership/countries/search", test_country_search);
  g_test_add_func ("/partnership/currencies/search", test_currency_search);
  g_test_add_func ("/partnership/currency/member", test_currency_member);
  g_test_add_func ("/partnership/uses/describe", test_describe_uses);
  g_test_add_func ("/partnership/countries/replace", test_replace_country);
  g_test_add_func ("/partnership/countries/swap", test_swap_countries);
  g_test_add_func ("/partnership/countries/first", test_first_countries);
  g_test_add_func ("/partnership/new-portfolio", test_new_portfolio);

  return g_test_run ();
}
