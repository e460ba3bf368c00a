/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import-plan.c: importing a register into a portfolio: what is made,
 * one undo step, rows that cannot be read, and importing the same register
 * again. */

#include "config.h"

#include <string.h>

#include "pp-csv.h"
#include "pp-export.h"
#include "pp-import-plan.h"
#include "pp-portfolio-io.h"
#include "pp-register-file.h"
#include "pp-test-util.h"

static const char register_csv[] =
  "Title,Sector,Status,Parties,Signed,Expires,Next follow-up\n"
  "Mining equipment MoU,Mining & mining equipment,Signed,\"BelAZ; Ministry of Industry\","
  "12.04.2025,11.04.2030,2025-06-01 Send the draft\n"
  "\n"
  "Textile cooperation,Textiles,в силе,BelAZ,05.11.2024,,\n"
  "Skilled workers,textiles,draft,,,,\n";

typedef struct
{
  PpPortfolio *portfolio;
  PpHistory *history;
  PpSheet *sheet;
  PpImportField *mapping;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->portfolio = pp_test_load_sample ();
  fixture->history = pp_history_new (fixture->portfolio);
  fixture->sheet = pp_csv_parse (data != NULL ? data : register_csv, 0, "register", &error);
  g_assert_no_error (error);
  fixture->mapping = pp_import_guess_mapping (fixture->sheet);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_free (fixture->mapping);
  pp_sheet_free (fixture->sheet);
  g_object_unref (fixture->history);
  g_object_unref (fixture->portfolio);
}

static guint
n_items (PpPortfolio  *portfolio,
         PpCollection  collection)
{
  return g_list_model_get_n_items (pp_portfolio_get_collection (portfolio, collection));
}

static PpMou *
find_mou (PpPortfolio *portfolio,
          const char  *title)
{
  GListModel *mous = pp_portfolio_get_mous (portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);

      if (g_str_equal (pp_mou_get_title (mou), title))
        return mou;
    }
  return NULL;
}

static PpImportPlan *
plan_for (Fixture *fixture)
{
  return pp_import_plan_new (fixture->portfolio, fixture->sheet, fixture->mapping,
                             PP_DATE_ORDER_UNKNOWN);
}

static void
apply_ok (Fixture      *fixture,
          PpImportPlan *plan)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pp_import_plan_apply (plan, fixture->history, FALSE, &error));
  g_assert_no_error (error);
}

static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(PpImportPlan) plan = plan_for (fixture);
  const char * const *sectors = pp_import_plan_get_new_sectors (plan);
  const char * const *organisations = pp_import_plan_get_new_organisations (plan);

  g_assert_cmpuint (pp_import_plan_get_problems (plan)->len, ==, 0);
  g_assert_cmpuint (pp_import_plan_get_n_added (plan), ==, 3);
  g_assert_cmpuint (pp_import_plan_get_n_updated (plan), ==, 0);
  /* "textiles" is the same sector as "Textiles"; the sample's sector is matched by name. */
  g_assert_cmpuint (g_strv_length ((GStrv) sectors), ==, 1);
  g_assert_cmpstr (sectors[0], ==, "Textiles");
  /* "BelAZ" is the sample's organisation of that id. */
  g_assert_cmpuint (g_strv_length ((GStrv) organisations), ==, 1);
  g_assert_cmpstr (organisations[0], ==, "Ministry of Industry");
}

static void
test_apply (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(PpImportPlan) plan = plan_for (fixture);
  guint mous = n_items (fixture->portfolio, PP_COLLECTION_MOUS);
  guint sectors = n_items (fixture->portfolio, PP_COLLECTION_SECTORS);
  guint organisations = n_items (fixture->portfolio, PP_COLLECTION_ORGANISATIONS);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(PpPortfolio) reloaded = NULL;
  PpMou *mou;
  g_autoptr(PpFollowUp) follow_up = NULL;

  pp_import_plan_set_country (plan, "ministry of  industry", "BY");
  apply_ok (fixture, plan);
  g_assert_cmpuint (n_items (fixture->portfolio, PP_COLLECTION_MOUS), ==, mous + 3);
  g_assert_cmpuint (n_items (fixture->portfolio, PP_COLLECTION_SECTORS), ==, sectors + 1);
  g_assert_cmpuint (n_items (fixture->portfolio, PP_COLLECTION_ORGANISATIONS), ==,
                    organisations + 1);

  mou = find_mou (fixture->portfolio, "Mining equipment MoU");
  g_assert_nonnull (mou);
  g_assert_cmpstr (pp_mou_get_sector (mou), ==, "mining");
  g_assert_cmpint (pp_mou_get_status (mou), ==, PP_MOU_STATUS_SIGNED);
  g_assert_cmpuint (g_strv_length ((GStrv) pp_mou_get_parties (mou)), ==, 2);
  g_assert_cmpstr (pp_mou_get_parties (mou)[0], ==, "belaz");
  g_assert_cmpstr (pp_mou_get_parties (mou)[1], ==, "ministry-of-industry");
  g_assert_cmpuint (g_date_get_year (pp_mou_get_expires_on (mou)), ==, 2030);
  follow_up = g_list_model_get_item (pp_mou_get_follow_ups (mou), 0);
  g_assert_cmpstr (pp_follow_up_get_title (follow_up), ==, "Send the draft");
  g_assert_cmpstr (pp_organisation_get_country (PP_ORGANISATION (
                     pp_portfolio_lookup (fixture->portfolio, PP_COLLECTION_ORGANISATIONS,
                                          "ministry-of-industry"))), ==, "BY");
  mou = find_mou (fixture->portfolio, "Textile cooperation");
  g_assert_cmpint (pp_mou_get_status (mou), ==, PP_MOU_STATUS_IN_FORCE);
  g_assert_cmpstr (pp_mou_get_sector (mou), ==, "textiles");

  /* What was imported is a portfolio the loader takes. */
  saved = pp_portfolio_save_to_bytes (fixture->portfolio);
  reloaded = pp_portfolio_load_from_bytes (saved, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (reloaded, PP_COLLECTION_MOUS), ==, mous + 3);
}

static void
test_one_undo_step (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PpImportPlan) plan = plan_for (fixture);
  guint mous = n_items (fixture->portfolio, PP_COLLECTION_MOUS);
  guint organisations = n_items (fixture->portfolio, PP_COLLECTION_ORGANISATIONS);

  apply_ok (fixture, plan);
  g_assert_true (pp_history_undo (fixture->history));
  g_assert_false (pp_history_get_can_undo (fixture->history));
  g_assert_cmpuint (n_items (fixture->portfolio, PP_COLLECTION_MOUS), ==, mous);
  g_assert_cmpuint (n_items (fixture->portfolio, PP_COLLECTION_ORGANISATIONS), ==, organisations);
  g_assert_true (pp_history_redo (fixture->history));
  g_assert_cmpuint (n_items (fixture->portfolio, PP_COLLECTION_MOUS), ==, mous + 3);
}

static void
test_again_updates (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PpImportPlan) first = plan_for (fixture);
  g_autoptr(PpImportPlan) second = NULL;
  guint mous;
  PpMou *mou;

  apply_ok (fixture, first);
  mous = n_items (fixture->portfolio, PP_COLLECTION_MOUS);
  mou = find_mou (fixture->portfolio, "Skilled workers");
  pp_mou_set_summary (mou, "Kept by the user");
  pp_mou_set_status (mou, PP_MOU_STATUS_SIGNED);

  second = plan_for (fixture);
  g_assert_cmpuint (pp_import_plan_get_n_added (second), ==, 0);
  g_assert_cmpuint (pp_import_plan_get_n_updated (second), ==, 3);
  g_assert_null (pp_import_plan_get_new_sectors (second)[0]);
  apply_ok (fixture, second);
  g_assert_cmpuint (n_items (fixture->portfolio, PP_COLLECTION_MOUS), ==, mous);
  /* The register's fields are taken again; what it does not give is kept. */
  g_assert_cmpint (pp_mou_get_status (mou), ==, PP_MOU_STATUS_DRAFT);
  g_assert_cmpstr (pp_mou_get_summary (mou), ==, "Kept by the user");
  /* A follow-up already there is not added twice. */
  mou = find_mou (fixture->portfolio, "Mining equipment MoU");
  g_assert_cmpuint (g_list_model_get_n_items (pp_mou_get_follow_ups (mou)), ==, 1);
}

static void
test_use_existing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PpImportPlan) plan = plan_for (fixture);
  guint sectors = n_items (fixture->portfolio, PP_COLLECTION_SECTORS);

  pp_import_plan_use_sector (plan, "TEXTILES", "industry");
  g_assert_null (pp_import_plan_get_new_sectors (plan)[0]);
  apply_ok (fixture, plan);
  g_assert_cmpuint (n_items (fixture->portfolio, PP_COLLECTION_SECTORS), ==, sectors);
  g_assert_cmpstr (pp_mou_get_sector (find_mou (fixture->portfolio, "Skilled workers")), ==,
                   "industry");
}

static const char bad_csv[] =
  "Title,Status,Signed,Notice\n"
  "Good one,signed,2025-04-12,90\n"
  ",signed,,\n"
  "Bad status,sgned,31.02.2025,forever\n";

static void
test_bad_rows (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PpImportPlan) plan = plan_for (fixture);
  GPtrArray *problems = pp_import_plan_get_problems (plan);
  guint mous = n_items (fixture->portfolio, PP_COLLECTION_MOUS);
  g_autoptr(GError) error = NULL;
  PpImportProblem *problem;

  /* Row 3 has no title; row 4 has three cells that cannot be read. */
  g_assert_cmpuint (problems->len, ==, 4);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (problem->row, ==, 3);
  g_assert_cmpuint (problem->column, ==, G_MAXUINT);
  problem = g_ptr_array_index (problems, 1);
  g_assert_cmpuint (problem->row, ==, 4);
  g_assert_cmpuint (problem->column, ==, 1);
  g_assert_nonnull (strstr (problem->message, "sgned"));
  problem = g_ptr_array_index (problems, 3);
  g_assert_cmpuint (problem->column, ==, 3);
  g_assert_nonnull (strstr (problem->message, "forever"));

  /* Nothing is half-imported. */
  g_assert_false (pp_import_plan_apply (plan, fixture->history, FALSE, &error));
  g_assert_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_VALUE);
  g_assert_cmpuint (n_items (fixture->portfolio, PP_COLLECTION_MOUS), ==, mous);
  g_assert_false (pp_history_get_can_undo (fixture->history));

  g_assert_true (pp_import_plan_apply (plan, fixture->history, TRUE, NULL));
  g_assert_cmpuint (n_items (fixture->portfolio, PP_COLLECTION_MOUS), ==, mous + 1);
  g_assert_cmpint (pp_mou_get_renewal_notice_days (find_mou (fixture->portfolio, "Good one")),
                   ==, 90);
}

static const char countries_csv[] =
  "Title,Parties\n"
  "Buses,Pakistani bus assembler; Minsk Automobile Plant of the Republic of Belarus; "
  "UN Development Programme\n";

static void
test_guess_country (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PpImportPlan) plan = plan_for (fixture);

  g_assert_cmpstr (pp_import_plan_get_country (plan, "Pakistani bus assembler"), ==, "PK");
  g_assert_cmpstr (pp_import_plan_get_country (plan, "Minsk Automobile Plant of the Republic "
                                                     "of Belarus"), ==, "BY");
  g_assert_null (pp_import_plan_get_country (plan, "UN Development Programme"));
  /* What the user chooses wins over the guess. */
  pp_import_plan_set_country (plan, "Pakistani bus assembler", NULL);
  g_assert_null (pp_import_plan_get_country (plan, "Pakistani bus assembler"));
  pp_import_plan_set_country (plan, "UN Development Programme", "BY");
  apply_ok (fixture, plan);
  g_assert_cmpstr (pp_organisation_get_country (PP_ORGANISATION (
                     pp_portfolio_lookup (fixture->portfolio, PP_COLLECTION_ORGANISATIONS,
                                          "un-development-programme"))), ==, "BY");
}

/* The app's own CSV register, imported into the portfolio it came from,
 * matches every MoU and makes nothing. */
static void
test_own_export (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(PpHistory) history = pp_history_new (portfolio);
  g_auto(PpExportOptions) options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(PpImportPlan) plan = NULL;
  g_autofree PpImportField *mapping = NULL;
  guint mous = n_items (portfolio, PP_COLLECTION_MOUS);

  pp_export_options_init (&options);
  options.document = PP_DOCUMENT_REGISTER;
  csv = pp_export_to_bytes (portfolio, PP_EXPORT_FORMAT_CSV, &options, &error);
  g_assert_no_error (error);
  sheets = pp_register_file_read (csv, "register", NULL, NULL, &error);
  g_assert_no_error (error);
  mapping = pp_import_guess_mapping (g_ptr_array_index (sheets, 0));
  plan = pp_import_plan_new (portfolio, g_ptr_array_index (sheets, 0), mapping,
                             PP_DATE_ORDER_UNKNOWN);
  g_assert_cmpuint (pp_import_plan_get_problems (plan)->len, ==, 0);
  g_assert_cmpuint (pp_import_plan_get_n_added (plan), ==, 0);
  g_assert_cmpuint (pp_import_plan_get_n_updated (plan), ==, mous);
  g_assert_null (pp_import_plan_get_new_sectors (plan)[0]);
  g_assert_null (pp_import_plan_get_new_organisations (plan)[0]);
  g_assert_true (pp_import_plan_apply (plan, history, FALSE, &error));
  g_assert_cmpuint (n_items (portfolio, PP_COLLECTION_MOUS), ==, mous);
}

static void
test_cancel_group (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(PpHistory) history = pp_history_new (portfolio);
  g_autoptr(PpMou) mou = pp_mou_new ("cancelled");
  g_autofree char *title = g_strdup (pp_portfolio_get_title (portfolio));
  guint mous = n_items (portfolio, PP_COLLECTION_MOUS);

  pp_history_set (history, PP_NODE (portfolio), "title", "Before", NULL);
  pp_history_begin_group (history);
  pp_history_set (history, PP_NODE (portfolio), "title", "During", NULL);
  g_assert_true (pp_history_append (history, PP_NODE (portfolio), pp_portfolio_get_mous (portfolio),
                                    PP_NODE (mou), NULL));
  pp_history_cancel_group (history);
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), ==, "Before");
  g_assert_cmpuint (n_items (portfolio, PP_COLLECTION_MOUS), ==, mous);
  /* The step before the group is still the one to undo. */
  g_assert_true (pp_history_undo (history));
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), ==, title);
  g_assert_false (pp_history_get_can_undo (history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import/plan/plan", Fixture, NULL, fixture_set_up, test_plan, fixture_tear_down);
  g_test_add ("/import/plan/apply", Fixture, NULL, fixture_set_up, test_apply, fixture_tear_down);
  g_test_add ("/import/plan/one-undo-step", Fixture, NULL, fixture_set_up, test_one_undo_step,
              fixture_tear_down);
  g_test_add ("/import/plan/again-updates", Fixture, NULL, fixture_set_up, test_again_updates,
              fixture_tear_down);
  g_test_add ("/import/plan/use-existing", Fixture, NULL, fixture_set_up, test_use_existing,
              fixture_tear_down);
  g_test_add ("/import/plan/bad-rows", Fixture, bad_csv, fixture_set_up, test_bad_rows,
              fixture_tear_down);
  g_test_add ("/import/plan/guess-country", Fixture, countries_csv, fixture_set_up,
              test_guess_country, fixture_tear_down);
  g_test_add_func ("/import/plan/own-export", test_own_export);
  g_test_add_func ("/history/cancel-group", test_cancel_group);

  return g_test_run ();
}
