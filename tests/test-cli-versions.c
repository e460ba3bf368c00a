/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-versions.c: `--history FILE` on a repository the test makes
 * with git: the versions newest first, one a line, with their fields
 * separated by tabs, and the errors of a file in no repository. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pp-test-cli.h"
#include "pp-test-util.h"

static void
write_version (const char *folder,
               const char *path,
               const char *title,
               const char *message)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                    "pakistan-belarus-2025.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("\"title\": \"[^\"]*\"", 0, 0, NULL);
  g_autofree char *changed = NULL;
  g_autofree char *replacement = g_strdup_printf ("\"title\": \"%s\"", title);

  g_assert_true (g_file_get_contents (sample, &contents, NULL, NULL));
  /* Every title changes with the partnership's, which keeps the file valid. */
  changed = g_regex_replace_literal (regex, contents, -1, 0, replacement, 0, NULL);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));
  pp_test_git (folder, "add", "pk-by.json", NULL);
  pp_test_git (folder, "commit", "-q", "-m", message, NULL);
}

static void
test_history_lines (void)
{
  g_autofree char *folder = g_dir_make_tmp ("pp-cli-versions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "pk-by.json", NULL);
  g_auto(PpTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) newest = NULL;
  g_auto(GStrv) older = NULL;

  pp_test_git (folder, "init", "-q", NULL);
  write_version (folder, path, "First", "The first draft");
  pp_test_git (folder, "tag", "-a", "-m", "JWG-3, Minsk, 12 Apr 2026", "jwg-3", NULL);
  write_version (folder, path, "Second", "The second draft\n\nWith a longer body.");

  pp_test_run_app (&run, "--history", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[2], ==, "");

  newest = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpuint (g_strv_length (newest), ==, 6);
  g_assert_cmpuint (strlen (newest[0]), ==, 7);
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$", newest[1], 0, 0));
  g_assert_cmpstr (newest[2], ==, "Ayesha Khan");
  g_assert_cmpstr (newest[3], ==, "The second draft");
  g_assert_cmpstr (newest[4], ==, "");
  /* What the version changed, from comparing it with the one before. */
  g_test_message ("summary: %s", newest[5]);
  g_assert_nonnull (strstr (newest[5], "changes"));

  older = g_strsplit (lines[1], "\t", -1);
  g_assert_cmpstr (older[3], ==, "The first draft");
  g_assert_cmpstr (older[4], ==, "JWG-3, Minsk, 12 Apr 2026");
  g_assert_cmpstr (older[5], ==, "First version");

  pp_test_remove_tree (folder);
}

static void
test_history_errors (void)
{
  g_autofree char *folder = g_dir_make_tmp ("pp-cli-versions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "pk-by.json", NULL);
  g_auto(PpTestRun) run = { 0 };
  g_auto(PpTestRun) usage = { 0 };

  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  pp_test_run_app (&run, "--history", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "pk-by.json"));

  pp_test_run_app (&usage, "--history", path, path, NULL);
  g_assert_cmpint (usage.status, ==, 2);

  pp_test_remove_tree (folder);
}

/* --diff reads FILE@VERSION as that version of the file. */
static void
test_diff_versions (void)
{
  g_autofree char *folder = g_dir_make_tmp ("pp-cli-versions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "pk-by.json", NULL);
  g_autofree char *older = g_strconcat (path, "@HEAD~1", NULL);
  g_autofree char *newer = g_strconcat (path, "@HEAD", NULL);
  g_autofree char *missing = g_strconcat (path, "@JWG-9", NULL);
  g_auto(PpTestRun) differ = { 0 };
  g_auto(PpTestRun) same = { 0 };
  g_auto(PpTestRun) unknown = { 0 };

  pp_test_git (folder, "init", "-q", NULL);
  write_version (folder, path, "First", "The first draft");
  write_version (folder, path, "Second", "The second draft");

  pp_test_run_app (&differ, "--diff", older, newer, NULL);
  g_assert_cmpint (differ.status, ==, 1);
  g_assert_nonnull (strstr (differ.out, "“Second”"));
  pp_test_run_app (&same, "--diff", newer, path, NULL);
  g_assert_cmpint (same.status, ==, 0);
  g_assert_cmpstr (same.out, ==, "");
  pp_test_run_app (&unknown, "--diff", missing, path, NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "JWG-9"));

  pp_test_remove_tree (folder);
}

/* --since names a version of the file being exported, by its tag: the
 * brief then opens with the changes since that meeting. */
static void
test_export_since_version (void)
{
  g_autofree char *folder = g_dir_make_tmp ("pp-cli-versions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "pk-by.json", NULL);
  g_autofree char *out = g_build_filename (folder, "brief.md", NULL);
  g_autofree char *text = NULL;
  g_auto(PpTestRun) run = { 0 };
  g_auto(PpTestRun) unknown = { 0 };

  pp_test_git (folder, "init", "-q", NULL);
  write_version (folder, path, "First", "The first draft");
  pp_test_git (folder, "tag", "-a", "-m", "JWG-3, Minsk, 12 Apr 2026", "jwg-3", NULL);
  write_version (folder, path, "Second", "The second draft");

  pp_test_run_app (&run, "--export", "md", "--output", out, "--since", "jwg-3", path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "Changes since JWG-3, Minsk, 12 Apr 2026"));

  pp_test_run_app (&unknown, "--export", "md", "--output", out, "--since", "jwg-9", path, NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "jwg-9"));

  pp_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = pp_test_isolate_git ();
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/history/lines", test_history_lines);
  g_test_add_func ("/cli/history/errors", test_history_errors);
  g_test_add_func ("/cli/diff/versions", test_diff_versions);
  g_test_add_func ("/cli/export/since-version", test_export_since_version);

  status = g_test_run ();
  pp_test_remove_tree (home);
  return status;
}
