/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c: the headless command line, run as a process with no display:
 * exit statuses and what it prints. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pp-test-cli.h"

static void
test_check_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                  "pakistan-belarus-2025.json", NULL);
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "ok: "));
  g_assert_nonnull (strstr (run.out, " ventures, 1 commitment\n"));
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_check_hand_written (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "every-member.json", NULL);
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "ok: "));
}

static void
test_check_counts (void)
{
  g_autofree char *path = pp_test_write_temp (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"sectors\": [{\"id\": \"s\", \"name\": \"S\"}, {\"id\": \"t\", \"name\": \"T\"}],"
    " \"organisations\": [{\"id\": \"o\", \"name\": \"O\"}],"
    " \"commitments\": [{\"id\": \"c\", \"title\": \"C\"}]}");
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "ok: 2 sectors, 1 organisation, 0 MoUs, 0 ventures, 1 commitment\n");
  g_unlink (path);
}

static void
test_check_syntax_error (void)
{
  g_autofree char *path = pp_test_write_temp ("{\"format\": \"partnership-planner\",\n \"version\": tru}");
  g_autofree char *expected = NULL;
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  /* The place is where the bad word starts, and the word is quoted. */
  expected = g_strdup_printf ("%s:2:13: expected a value, found “tru”\n", path);
  g_assert_cmpstr (run.err, ==, expected);
  g_unlink (path);
}

static void
test_check_bad_value (void)
{
  g_autofree char *path = pp_test_write_temp (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"mous\": [{\"id\": \"m\", \"title\": \"M\", \"status\": \"sgned\"}]}");
  g_autofree char *expected = NULL;
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  expected = g_strdup_printf ("%s: mous[0].status: unknown status “sgned”\n", path);
  g_assert_cmpstr (run.err, ==, expected);
  g_unlink (path);
}

static void
test_check_warnings (void)
{
  g_autofree char *path = pp_test_write_temp (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"mous\": [{\"id\": \"m\", \"title\": \"M\", \"signed_on\": \"2025-04-12\","
    "             \"expires_on\": \"2025-01-01\"}]}");
  g_autofree char *expected = NULL;
  g_auto(PpTestRun) run = { 0 };

  /* Inconsistent but well-formed data passes, with a warning. */
  pp_test_run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  expected = g_strdup_printf ("%s: warning: mous[0]: expires on 2025-01-01, before it was "
                              "signed on 2025-04-12\n", path);
  g_assert_cmpstr (run.err, ==, expected);
  g_unlink (path);
}

/* A portfolio whose @n MoUs each expire before they were signed. */
static char *
write_expired_mous (guint n)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"partnership-planner\", \"version\": 1,"
                                          " \"title\": \"T\", \"mous\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\": \"m%u\", \"title\": \"M\","
                            " \"signed_on\": \"2025-04-12\", \"expires_on\": \"2025-01-01\"}",
                            i > 0 ? ", " : "", i);
  g_string_append (text, "]}");
  return pp_test_write_temp (text->str);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    n++;
  return n;
}

/* The first hundred warnings are printed, then how many more there are;
 * the file still passes. */
static void
test_check_many_warnings (void)
{
  g_autofree char *path = write_expired_mous (250);
  g_autofree char *last = NULL;
  g_autofree char *summary = NULL;
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "ok: 0 sectors, 0 organisations, 250 MoUs, 0 ventures, "
                                "0 commitments\n");
  g_assert_cmpuint (count_lines (run.err), ==, 101);
  last = g_strdup_printf ("%s: warning: mous[99]: expires on 2025-01-01, before it was signed "
                          "on 2025-04-12\n", path);
  summary = g_strdup_printf ("%s%s: … and 150 more warnings\n", last, path);
  g_assert_true (g_str_has_suffix (run.err, summary));
  g_unlink (path);
}

/* One more than a hundred is said in the singular; a hundred need no
 * summary. */
static void
test_check_hundred_warnings (void)
{
  g_autofree char *one_more = write_expired_mous (101);
  g_autofree char *hundred = write_expired_mous (100);
  g_autofree char *summary = NULL;
  g_auto(PpTestRun) run = { 0 };
  g_auto(PpTestRun) run_hundred = { 0 };

  pp_test_run_app (&run, "--check", one_more, NULL);
  g_assert_cmpint (run.status, ==, 0);
  summary = g_strdup_printf ("%s: … and 1 more warning\n", one_more);
  g_assert_true (g_str_has_suffix (run.err, summary));
  g_assert_cmpuint (count_lines (run.err), ==, 101);

  pp_test_run_app (&run_hundred, "--check", hundred, NULL);
  g_assert_cmpint (run_hundred.status, ==, 0);
  g_assert_cmpuint (count_lines (run_hundred.err), ==, 100);
  g_assert_null (strstr (run_hundred.err, "more warning"));
  g_unlink (one_more);
  g_unlink (hundred);
}

static void
test_check_missing_file (void)
{
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--check", "/nonexistent/portfolio.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "/nonexistent/portfolio.json: no such file\n");
}

static void
test_check_unreadable_file (void)
{
  g_auto(PpTestRun) run = { 0 };

  /* A folder cannot be read as a portfolio. */
  pp_test_run_app (&run, "--check", "/", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "/: it is a folder, not a file\n");
}

static void
test_usage_errors (void)
{
  g_auto(PpTestRun) missing = { 0 };
  g_auto(PpTestRun) unknown = { 0 };
  g_auto(PpTestRun) two = { 0 };

  pp_test_run_app (&missing, "--check", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "--check"));

  pp_test_run_app (&unknown, "--no-such-option", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "--no-such-option"));

  pp_test_run_app (&two, "--check", "a.json", "b.json", NULL);
  g_assert_cmpint (two.status, ==, 2);
}

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pp-test-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static gboolean
file_starts_with (const char *path,
                  const char *prefix)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && g_str_has_prefix (contents, prefix);
}

/* Every format, from the bundled sample, with no display. */
static void
test_export_sample (void)
{
  static const struct { const char *format; const char *prefix; } cases[] = {
    { "pdf", "%PDF-" }, { "html", "<!DOCTYPE html>" }, { "md", "# " }, { "csv", "" },
    { "ics", "BEGIN:VCALENDAR" }, { "xlsx", "PK" },
  };
  g_autofree char *dir = temp_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strconcat ("sample.", cases[i].format, NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_auto(PpTestRun) run = { 0 };

      pp_test_run_app (&run, "--export", cases[i].format, "--output", path, NULL);
      g_test_message ("%s: %s", cases[i].format, run.err);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_true (file_starts_with (path, cases[i].prefix));
    }
  remove_dir (dir);
}

static void
test_export_options (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                    "pakistan-belarus-2025.json", NULL);
  g_auto(PpTestRun) venture = { 0 };
  g_auto(PpTestRun) letter = { 0 };
  g_auto(PpTestRun) unknown = { 0 };

  pp_test_run_app (&venture, "--export", "pdf", "-o", path, "--document", "venture",
           "--venture", "electric-buses", sample, NULL);
  g_assert_cmpint (venture.status, ==, 0);
  g_assert_true (file_starts_with (path, "%PDF-"));

  pp_test_run_app (&letter, "--export", "pdf", "-o", path, "--paper", "letter", "--document",
           "register", NULL);
  g_assert_cmpint (letter.status, ==, 0);

  /* A venture the file does not have is a usage error, and writes nothing. */
  g_unlink (path);
  pp_test_run_app (&unknown, "--export", "pdf", "-o", path, "--venture", "no-such-venture", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "no-such-venture"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  remove_dir (dir);
}

static void
test_export_usage_errors (void)
{
  static const char *cases[][9] = {
    { "--export", "docx", "-o", "x.docx", NULL },
    { "--export", "pdf", NULL },
    { "--export", "pdf", "-o", "x.pdf", "--document", "novel", NULL },
    { "--export", "pdf", "-o", "x.pdf", "--paper", "a3", NULL },
    { "--export", "pdf", "-o", "x.pdf", "--document", "register", "--venture", "a", NULL },
    { "--export", "pdf", "-o", "x.pdf", "a.json", "b.json", NULL },
    { "--output", "x.pdf", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PpTestRun) run = { 0 };

      pp_test_run_app (&run, cases[i][0], cases[i][1], cases[i][2], cases[i][3], cases[i][4],
               cases[i][5], cases[i][6], cases[i][7], NULL);
      g_test_message ("case %u: %s", i, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, "partnership-planner: "));
      g_assert_false (g_file_test ("x.pdf", G_FILE_TEST_EXISTS));
    }
}

/* A bad input file or an output that cannot be written exits 1 and leaves
 * any earlier output as it was. */
static void
test_export_failures (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "brief.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "brief.pdf", NULL);
  g_autofree char *bad = pp_test_write_temp ("{\"format\": \"partnership-planner\", \"version\": 1,");
  g_auto(PpTestRun) bad_input = { 0 };
  g_auto(PpTestRun) no_folder = { 0 };
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "earlier", -1, NULL));
  pp_test_run_app (&bad_input, "--export", "pdf", "-o", path, bad, NULL);
  g_assert_cmpint (bad_input.status, ==, 1);
  g_assert_true (g_str_has_prefix (bad_input.err, bad));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "earlier");

  pp_test_run_app (&no_folder, "--export", "pdf", "-o", missing, NULL);
  g_assert_cmpint (no_folder.status, ==, 1);
  g_assert_true (g_str_has_prefix (no_folder.err, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_unlink (bad);
  remove_dir (dir);
}

static void
test_version_and_help (void)
{
  g_auto(PpTestRun) version = { 0 };
  g_auto(PpTestRun) help = { 0 };

  pp_test_run_app (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "partnership-planner " PACKAGE_VERSION "\n");

  pp_test_run_app (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--check=FILE"));
  g_assert_nonnull (strstr (help.out, "--version"));
  g_assert_nonnull (strstr (help.out, "--export=FORMAT"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/check/sample", test_check_sample);
  g_test_add_func ("/cli/check/hand-written", test_check_hand_written);
  g_test_add_func ("/cli/check/counts", test_check_counts);
  g_test_add_func ("/cli/check/syntax-error", test_check_syntax_error);
  g_test_add_func ("/cli/check/bad-value", test_check_bad_value);
  g_test_add_func ("/cli/check/warnings", test_check_warnings);
  g_test_add_func ("/cli/check/many-warnings", test_check_many_warnings);
  g_test_add_func ("/cli/check/hundred-warnings", test_check_hundred_warnings);
  g_test_add_func ("/cli/check/missing-file", test_check_missing_file);
  g_test_add_func ("/cli/check/unreadable-file", test_check_unreadable_file);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/export/sample", test_export_sample);
  g_test_add_func ("/cli/export/options", test_export_options);
  g_test_add_func ("/cli/export/usage-errors", test_export_usage_errors);
  g_test_add_func ("/cli/export/failures", test_export_failures);

  return g_test_run ();
}
