/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-diff.c: `--diff OLD NEW`, run as a process with no display: the
 * exit statuses, the lines grouped by item, and the JSON list; and
 * `--export --since OLD`, the brief that says what changed. */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "pp-test-cli.h"

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                "pakistan-belarus-2025.json", NULL);
}

/* The sample with its first MoU in force and a follow-up of the second
 * done, written to a temporary file. */
static char *
write_edited (void)
{
  g_autofree char *path = sample_path ();
  g_autofree char *text = NULL;
  g_autoptr(GString) edited = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, "\"status\": \"signed\"",
                                      "\"status\": \"in-force\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "\"title\": \"Propose a yearly plan",
                                      "\"title\": \"Propose a plan", 1), ==, 1);
  return pp_test_write_temp (edited->str);
}

static void
test_same (void)
{
  g_autofree char *path = sample_path ();
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--diff", path, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_text (void)
{
  g_autofree char *old_path = sample_path ();
  g_autofree char *new_path = write_edited ();
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--diff", old_path, new_path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out,
                                   "MoU “Agreement on sending 150,000 skilled Pakistani workers "
                                   "to Belarus”\n"
                                   "  Status: Signed → In force\n"
                                   "MoU “MoU on defense cooperation”\n"
                                   "  Follow-up “Propose a plan"));
  g_unlink (new_path);
}

/* An item added or removed is one line, with no heading repeating it. */
static void
test_whole_items (void)
{
  g_autofree char *old_path = sample_path ();
  g_autofree char *new_path = g_test_build_filename (G_TEST_DIST, "data", "every-member.json",
                                                     NULL);
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--diff", old_path, new_path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.out, "Portfolio “Kenya–Norway test portfolio”\n"
                                            "  Title: “Pakistan–Belarus Partnership 2025” → "
                                            "“Kenya–Norway test portfolio”\n"));
  g_assert_nonnull (strstr (run.out, "\nSector “Renewable energy” added\n"
                                     "Sector “Skilled workers & labour mobility” removed\n"));
  g_assert_null (strstr (run.out, "\nSector “Renewable energy”\n"));
}

static void
test_json (void)
{
  g_autofree char *old_path = sample_path ();
  g_autofree char *new_path = write_edited ();
  g_auto(PpTestRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *changes;
  JsonObject *first;

  pp_test_run_app (&run, "--diff", old_path, new_path, "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, NULL));
  changes = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (changes), ==, 2);
  first = json_array_get_object_element (changes, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "kind"), ==, "changed");
  g_assert_cmpstr (json_object_get_string_member (first, "section"), ==, "mous");
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "skilled-workers");
  g_assert_true (json_object_get_null_member (first, "path"));
  g_assert_cmpstr (json_object_get_string_member (first, "member"), ==, "status");
  g_assert_cmpstr (json_object_get_string_member (first, "old"), ==, "signed");
  g_assert_cmpstr (json_object_get_string_member (first, "new"), ==, "in-force");
  g_assert_cmpstr (json_object_get_string_member (first, "description"), ==,
                   "Status: Signed → In force");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (
                                     json_array_get_object_element (changes, 1), "path"),
                                   "follow_ups/"));
  g_unlink (new_path);
}

/* The same in Russian: the words are translated, the JSON members not. */
static void
test_translated (void)
{
  g_autofree char *old_path = sample_path ();
  g_autofree char *new_path = write_edited ();
  g_auto(PpTestRun) run = { 0 };

  g_setenv ("LANGUAGE", "ru", TRUE);
  g_setenv ("LC_ALL", "ru_RU.UTF-8", TRUE);
  pp_test_run_app (&run, "--diff", old_path, new_path, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  g_assert_cmpint (run.status, ==, 1);
  if (strstr (run.out, "Статус") == NULL)
    {
      g_test_skip ("the Russian locale is not installed");
      g_unlink (new_path);
      return;
    }
  g_assert_nonnull (strstr (run.out, "Меморандум «Agreement on sending"));
  g_unlink (new_path);
}

static void
test_usage (void)
{
  g_autofree char *path = sample_path ();
  g_auto(PpTestRun) one = { 0 };
  g_auto(PpTestRun) three = { 0 };
  g_auto(PpTestRun) format = { 0 };
  g_auto(PpTestRun) alone = { 0 };

  pp_test_run_app (&one, "--diff", path, NULL);
  g_assert_cmpint (one.status, ==, 2);
  g_assert_nonnull (strstr (one.err, "--diff takes two FILEs"));
  pp_test_run_app (&three, "--diff", path, path, path, NULL);
  g_assert_cmpint (three.status, ==, 2);
  pp_test_run_app (&format, "--diff", path, path, "--format", "xml", NULL);
  g_assert_cmpint (format.status, ==, 2);
  g_assert_nonnull (strstr (format.err, "Unknown --format “xml”"));
  pp_test_run_app (&alone, "--format", "json", path, NULL);
  g_assert_cmpint (alone.status, ==, 2);
  g_assert_nonnull (strstr (alone.err, "--format goes with --diff"));
}

/* A file that does not load is an error, not a difference, and the
 * loader's message names it. */
static void
test_bad_file (void)
{
  g_autofree char *path = sample_path ();
  g_autofree char *bad = pp_test_write_temp ("{\"format\": \"partnership-planner\",\n"
                                             " \"version\": tru}");
  g_autofree char *expected = g_strdup_printf ("%s:2:13: expected a value, found “tru”\n", bad);
  g_auto(PpTestRun) run = { 0 };
  g_auto(PpTestRun) missing = { 0 };

  pp_test_run_app (&run, "--diff", path, bad, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, expected);
  pp_test_run_app (&missing, "--diff", "/nonexistent/old.json", path, NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_true (g_str_has_prefix (missing.err, "/nonexistent/old.json: "));
  g_unlink (bad);
}

static void
test_export_since (void)
{
  g_autofree char *old_path = sample_path ();
  g_autofree char *new_path = write_edited ();
  g_autofree char *output = g_build_filename (g_get_tmp_dir (), "pp-test-since.md", NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_auto(PpTestRun) run = { 0 };
  g_auto(PpTestRun) bad = { 0 };
  g_auto(PpTestRun) alone = { 0 };

  pp_test_run_app (&run, "--export", "md", "--since", old_path, "-o", output, new_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (output, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "## Changes since pakistan-belarus-2025.json\n"));
  g_assert_nonnull (strstr (text, "Agreement on sending 150,000 skilled Pakistani workers to "
                                  "Belarus (changed)"));
  g_unlink (output);

  /* A baseline that does not load writes nothing. */
  pp_test_run_app (&bad, "--export", "md", "--since", "/nonexistent/old.json", "-o", output,
                   new_path, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_true (g_str_has_prefix (bad.err, "/nonexistent/old.json: "));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  pp_test_run_app (&alone, "--since", old_path, new_path, NULL);
  g_assert_cmpint (alone.status, ==, 2);
  expected = g_strdup ("--output, --document, --venture, --paper and --since go with --export");
  g_assert_nonnull (strstr (alone.err, expected));
  g_unlink (new_path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/diff/same", test_same);
  g_test_add_func ("/cli/diff/text", test_text);
  g_test_add_func ("/cli/diff/whole-items", test_whole_items);
  g_test_add_func ("/cli/diff/json", test_json);
  g_test_add_func ("/cli/diff/translated", test_translated);
  g_test_add_func ("/cli/diff/usage", test_usage);
  g_test_add_func ("/cli/diff/bad-file", test_bad_file);
  g_test_add_func ("/cli/export/since", test_export_since);

  return g_test_run ();
}
