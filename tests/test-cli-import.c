/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-import.c: `--import REGISTER` run as a process with no display:
 * new and existing portfolios, a second import, rows that cannot be read,
 * and usage errors. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pp-test-cli.h"

typedef struct
{
  char *dir;
  char *csv;       /* a register kept as CSV */
  char *output;    /* where a new portfolio goes, not there yet */
} Fixture;

static const char register_csv[] =
  "Наименование;Отрасль;Статус;Стороны;Дата подписания\n"
  "Меморандум о сотрудничестве в горнодобывающей отрасли;Mining;подписан;BelAZ;12.04.2025\n"
  "Textiles;Textiles;in force;Ministry of Industry;05.11.2024\n";

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("pp-test-cli-import-XXXXXX", NULL);
  fixture->csv = g_build_filename (fixture->dir, "register.csv", NULL);
  fixture->output = g_build_filename (fixture->dir, "new.json", NULL);
  g_assert_true (g_file_set_contents (fixture->csv, data != NULL ? data : register_csv, -1,
                                      NULL));
}

static void
remove_all (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_all (fixture->dir);
  g_free (fixture->output);
  g_free (fixture->csv);
  g_free (fixture->dir);
}

static void
test_new_portfolio (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(PpTestRun) run = { 0 };
  g_auto(PpTestRun) check = { 0 };

  pp_test_run_app (&run, "--import", fixture->csv, "--output", fixture->output,
                   "--countries", "PK,BY", "--title", "Pakistan and Belarus", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "imported: 2 MoUs added, 0 updated\n");
  pp_test_run_app (&check, "--check", fixture->output, NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_cmpstr (check.out, ==,
                   "ok: 2 sectors, 2 organisations, 2 MoUs, 0 ventures, 0 commitments\n");
}

static void
test_into_twice (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(PpTestRun) first = { 0 };
  g_auto(PpTestRun) second = { 0 };
  g_autofree char *backup = g_strconcat (fixture->output, "~", NULL);
  g_autofree char *before = NULL;
  g_autofree char *kept = NULL;

  pp_test_run_app (&first, "--import", fixture->csv, "--output", fixture->output,
                   "--countries", "PK,BY", NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_true (g_file_get_contents (fixture->output, &before, NULL, NULL));
  pp_test_run_app (&second, "--import", fixture->csv, "--into", fixture->output, NULL);
  g_assert_cmpint (second.status, ==, 0);
  /* The same register again updates the MoUs it made instead of doubling them. */
  g_assert_cmpstr (second.out, ==, "imported: 0 MoUs added, 2 updated\n");
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, before);
}

static void
test_missing_register (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "nowhere.csv", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: no such file\n", missing);
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--import", missing, "--output", fixture->output,
                   "--countries", "PK,BY", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_false (g_file_test (fixture->output, G_FILE_TEST_EXISTS));
}

static void
test_output_exists (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(PpTestRun) run = { 0 };
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (fixture->output, "mine", -1, NULL));
  pp_test_run_app (&run, "--import", fixture->csv, "--output", fixture->output,
                   "--countries", "PK,BY", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "already exists"));
  g_assert_true (g_file_get_contents (fixture->output, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "mine");
}

static const char bad_csv[] =
  "Title,Status,Signed\n"
  "Good,signed,2025-04-12\n"
  "Bad,sgned,2025-04-12\n"
  ",signed,\n";

static void
test_bad_rows (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(PpTestRun) run = { 0 };
  g_autofree char *expected = NULL;

  pp_test_run_app (&run, "--import", fixture->csv, "--output", fixture->output,
                   "--countries", "PK,BY", NULL);
  g_assert_cmpint (run.status, ==, 1);
  expected = g_strdup_printf ("%s:3:2: “sgned” is not a status", fixture->csv);
  g_assert_true (g_str_has_prefix (run.err, expected));
  g_free (expected);
  expected = g_strdup_printf ("\n%s:4: The row has no title\n", fixture->csv);
  g_assert_nonnull (strstr (run.err, expected));
  g_assert_false (g_file_test (fixture->output, G_FILE_TEST_EXISTS));
}

static void
test_skip_bad (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--import", fixture->csv, "--output", fixture->output,
                   "--countries", "PK,BY", "--skip-bad", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "imported: 1 MoU added, 0 updated\n");
  /* The rows left out are still listed. */
  g_assert_nonnull (strstr (run.err, "sgned"));
  g_assert_true (g_file_test (fixture->output, G_FILE_TEST_EXISTS));
}

static void
test_map_and_dates (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(PpTestRun) refused = { 0 };
  g_auto(PpTestRun) run = { 0 };

  /* "Agreement" is no header the guess knows; 04/05/2025 reads either way. */
  pp_test_run_app (&refused, "--import", fixture->csv, "--output", fixture->output,
                   "--countries", "KZ,DE", "--map", "Agreement=title", NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, ":2:2: “04/05/2025” could be day first"));
  pp_test_run_app (&run, "--import", fixture->csv, "--output", fixture->output,
                   "--countries", "KZ,DE", "--map", "Agreement=title", "--map", "B=signed",
                   "--dates", "day-first", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_workbook_sheet (void)
{
  g_autofree char *xlsx = g_test_build_filename (G_TEST_DIST, "data", "import", "register.xlsx",
                                                 NULL);
  g_autofree char *dir = g_dir_make_tmp ("pp-test-cli-import-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (dir, "new.json", NULL);
  g_auto(PpTestRun) missing = { 0 };
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&missing, "--import", xlsx, "--output", output, "--countries", "PK,BY",
                   "--sheet", "Nowhere", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "no sheet “Nowhere”"));
  pp_test_run_app (&run, "--import", xlsx, "--output", output, "--countries", "PK,BY",
                   "--sheet", "register", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "imported: 3 MoUs added, 0 updated\n");
  g_unlink (output);
  g_rmdir (dir);
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *calls[][8] = {
    { "--import", fixture->csv, NULL },
    { "--import", fixture->csv, "--output", fixture->output, NULL },
    { "--import", fixture->csv, "--output", fixture->output, "--countries", "PK", NULL },
    { "--import", fixture->csv, "--output", fixture->output, "--countries", "PK,XX", NULL },
    { "--import", fixture->csv, "--into", fixture->output, "--countries", "PK,BY", NULL },
    { "--import", fixture->csv, "--into", fixture->output, "--map", "Title=budget", NULL },
    { "--import", fixture->csv, "--into", fixture->output, "--map", "Nowhere=title", NULL },
    { "--sheet", "A", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (calls); i++)
    {
      g_auto(PpTestRun) run = { 0 };

      pp_test_run_app (&run, calls[i][0], calls[i][1], calls[i][2], calls[i][3], calls[i][4],
                       calls[i][5], calls[i][6], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, "--help"));
      g_assert_false (g_file_test (fixture->output, G_FILE_TEST_EXISTS));
    }
}

static const char dates_csv[] = "Agreement,Signed\nTextiles,04/05/2025\n";

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/import/new-portfolio", Fixture, NULL, fixture_set_up, test_new_portfolio,
              fixture_tear_down);
  g_test_add ("/cli/import/into-twice", Fixture, NULL, fixture_set_up, test_into_twice,
              fixture_tear_down);
  g_test_add ("/cli/import/missing-register", Fixture, NULL, fixture_set_up,
              test_missing_register, fixture_tear_down);
  g_test_add ("/cli/import/output-exists", Fixture, NULL, fixture_set_up, test_output_exists,
              fixture_tear_down);
  g_test_add ("/cli/import/bad-rows", Fixture, bad_csv, fixture_set_up, test_bad_rows,
              fixture_tear_down);
  g_test_add ("/cli/import/skip-bad", Fixture, bad_csv, fixture_set_up, test_skip_bad,
              fixture_tear_down);
  g_test_add ("/cli/import/map-and-dates", Fixture, dates_csv, fixture_set_up,
              test_map_and_dates, fixture_tear_down);
  g_test_add_func ("/cli/import/workbook-sheet", test_workbook_sheet);
  g_test_add ("/cli/import/usage-errors", Fixture, NULL, fixture_set_up, test_usage_errors,
              fixture_tear_down);

  return g_test_run ();
}
