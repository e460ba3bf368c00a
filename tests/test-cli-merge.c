/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-merge.c: `--merge BASE OURS THEIRS --output RESULT` on files,
 * and as the merge driver of a real git repository. */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "pp-portfolio-io.h"
#include "pp-test-cli.h"
#include "pp-test-util.h"

typedef struct
{
  char *dir;
  char *sample;     /* the sample's text */
} Folder;

static void
folder_set_up (Folder        *f,
               gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                  "pakistan-belarus-2025.json", NULL);
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pp-test-cli-merge-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &f->sample, NULL, NULL));
}

static void
folder_tear_down (Folder        *f,
                  gconstpointer  data)
{
  pp_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->sample);
}

/* Writes the sample into @name with @from replaced by @to (once). */
static char *
write_edited (Folder     *f,
              const char *name,
              const char *from,
              const char *to)
{
  char *path = g_build_filename (f->dir, name, NULL);
  const char *at = from != NULL ? strstr (f->sample, from) : NULL;
  g_autoptr(GString) text = g_string_new (f->sample);

  if (from != NULL)
    {
      g_assert_nonnull (at);
      g_string_erase (text, at - f->sample, strlen (from));
      g_string_insert (text, at - f->sample, to);
    }
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
  return path;
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* The first MoU's title and sector, on neighbouring lines: a merge of
 * lines would call changes of the two a conflict. */
#define TITLE  "\"title\": \"Agreement on sending 150,000 skilled Pakistani workers to Belarus\""
#define NEW_TITLE "\"title\": \"Agreement on 150,000 skilled workers\""
#define SECTOR "\"sector\": \"labour-mobility\",\n      \"status\": \"signed\""
#define NEW_SECTOR "\"sector\": \"migration\",\n      \"status\": \"signed\""
#define STATUS "\"status\": \"signed\""

static void
test_clean (Folder        *f,
            gconstpointer  data)
{
  g_autofree char *base = write_edited (f, "base.json", NULL, NULL);
  g_autofree char *ours = write_edited (f, "ours.json", TITLE, NEW_TITLE);
  g_autofree char *theirs = write_edited (f, "theirs.json", SECTOR, NEW_SECTOR);
  g_autofree char *result = g_build_filename (f->dir, "result.json", NULL);
  g_autofree char *text = NULL;
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--merge", base, ours, theirs, "--output", result, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  text = read_text (result);
  g_assert_nonnull (strstr (text, NEW_TITLE));
  g_assert_nonnull (strstr (text, "\"sector\": \"migration\""));
}

static void
test_conflict (Folder        *f,
               gconstpointer  data)
{
  g_autofree char *base = write_edited (f, "base.json", NULL, NULL);
  g_autofree char *ours = write_edited (f, "ours.json", STATUS, "\"status\": \"in-force\"");
  g_autofree char *theirs = write_edited (f, "theirs.json", STATUS, "\"status\": \"expired\"");
  g_autofree char *result = g_build_filename (f->dir, "result.json", NULL);
  g_autofree char *text = NULL;
  g_auto(PpTestRun) run = { 0 };
  g_auto(PpTestRun) check = { 0 };

  pp_test_run_app (&run, "--merge", base, ours, theirs, "--output", result, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "MoU “Agreement on sending 150,000 skilled Pakistani "
                                     "workers to Belarus”, Status: ours “In force”, theirs "
                                     "“Expired”, before “Signed”."));
  g_assert_nonnull (strstr (run.err, "1 conflict;"));
  text = read_text (result);
  g_assert_nonnull (strstr (text, "\"status\": \"in-force\""));

  pp_test_run_app (&check, "--check", result, NULL);
  g_assert_cmpint (check.status, ==, 0);
}

static void
test_bad_file (Folder        *f,
               gconstpointer  data)
{
  g_autofree char *base = write_edited (f, "base.json", NULL, NULL);
  g_autofree char *broken = write_edited (f, "broken.json", "\"mous\": [", "\"mous\": [[");
  g_autofree char *result = g_build_filename (f->dir, "result.json", NULL);
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--merge", base, base, broken, "--output", result, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, broken));
  g_assert_false (g_file_test (result, G_FILE_TEST_EXISTS));
}

static void
test_usage (Folder        *f,
            gconstpointer  data)
{
  g_autofree char *base = write_edited (f, "base.json", NULL, NULL);
  g_auto(PpTestRun) few = { 0 };
  g_auto(PpTestRun) no_output = { 0 };
  g_auto(PpTestRun) with_export = { 0 };

  pp_test_run_app (&few, "--merge", base, base, "--output", "x.json", NULL);
  g_assert_cmpint (few.status, ==, 2);
  g_assert_nonnull (strstr (few.err, "three files"));
  pp_test_run_app (&no_output, "--merge", base, base, base, NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  pp_test_run_app (&with_export, "--merge", "--export", "pdf", base, base, base, NULL);
  g_assert_cmpint (with_export.status, ==, 2);
}

/* Runs git in the test's repository; returns its exit status. */
static int
git (Folder     *f,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *arg = first;
  int wait_status;
  va_list args;

  g_ptr_array_add (argv, (char *) "git");
  va_start (args, first);
  for (; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* Nothing of the machine's or the user's git configuration. */
  envp = g_environ_setenv (envp, "HOME", f->dir, TRUE);
  envp = g_environ_setenv (envp, "GIT_CONFIG_NOSYSTEM", "1", TRUE);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_spawn_sync (f->dir, (char **) argv->pdata, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("git %s: %s%s", first, out, err);
  return WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

/* A repository with the sample committed, the driver set up as the README
 * says, and two branches from it: "ours" with @ours_edit, "theirs" with
 * @theirs_edit; "ours" checked out. */
static gboolean
make_repository (Folder      *f,
                 const char  *from_ours,
                 const char  *to_ours,
                 const char  *from_theirs,
                 const char  *to_theirs)
{
  g_autofree char *quoted = g_shell_quote (g_getenv ("PP_EXECUTABLE"));
  g_autofree char *driver = g_strdup_printf ("%s --merge %%O %%A %%B --output %%A", quoted);
  g_autofree char *attributes = g_build_filename (f->dir, ".gitattributes", NULL);
  g_autofree char *program = g_find_program_in_path ("git");

  if (program == NULL)
    {
      g_test_skip ("git is not installed");
      return FALSE;
    }
  g_assert_cmpint (git (f, "init", "-q", "-b", "main", NULL), ==, 0);
  g_assert_cmpint (git (f, "config", "user.name", "Test Officer", NULL), ==, 0);
  g_assert_cmpint (git (f, "config", "user.email", "officer@example.org", NULL), ==, 0);
  g_assert_cmpint (git (f, "config", "merge.partnership-planner.driver", driver, NULL), ==, 0);
  g_assert_true (g_file_set_contents (attributes, "*.json merge=partnership-planner\n", -1, NULL));
  g_free (write_edited (f, "portfolio.json", NULL, NULL));
  g_assert_cmpint (git (f, "add", ".", NULL), ==, 0);
  g_assert_cmpint (git (f, "commit", "-q", "-m", "The portfolio", NULL), ==, 0);

  g_assert_cmpint (git (f, "checkout", "-q", "-b", "theirs", NULL), ==, 0);
  g_free (write_edited (f, "portfolio.json", from_theirs, to_theirs));
  g_assert_cmpint (git (f, "commit", "-q", "-a", "-m", "Their change", NULL), ==, 0);
  g_assert_cmpint (git (f, "checkout", "-q", "main", NULL), ==, 0);
  g_assert_cmpint (git (f, "checkout", "-q", "-b", "ours", NULL), ==, 0);
  g_free (write_edited (f, "portfolio.json", from_ours, to_ours));
  g_assert_cmpint (git (f, "commit", "-q", "-a", "-m", "Our change", NULL), ==, 0);
  return TRUE;
}

static PpPortfolio *
load_merged (Folder *f)
{
  g_autofree char *path = g_build_filename (f->dir, "portfolio.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_portfolio_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return portfolio;
}

/* The driver leaves no backup or temporary file in the work tree. */
static void
assert_no_untracked (Folder *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_equal (name, ".git") && !g_str_equal (name, ".gitattributes") &&
        !g_str_equal (name, "portfolio.json"))
      g_error ("the merge left “%s” behind", name);
}

static void
test_git_clean (Folder        *f,
                gconstpointer  data)
{
  g_autoptr(PpPortfolio) merged = NULL;
  PpMou *mou;

  if (!make_repository (f, TITLE, NEW_TITLE, SECTOR, NEW_SECTOR))
    return;
  g_assert_cmpint (git (f, "merge", "-q", "--no-edit", "theirs", NULL), ==, 0);

  merged = load_merged (f);
  mou = PP_MOU (pp_portfolio_lookup (merged, PP_COLLECTION_MOUS, "skilled-workers"));
  g_assert_cmpstr (pp_mou_get_title (mou), ==, "Agreement on 150,000 skilled workers");
  g_assert_cmpstr (pp_mou_get_sector (mou), ==, "migration");
  /* Committed as a merge, with nothing left to resolve or lying about. */
  g_assert_cmpint (git (f, "diff", "--quiet", "HEAD", NULL), ==, 0);
  assert_no_untracked (f);
}

static void
test_git_conflict (Folder        *f,
                   gconstpointer  data)
{
  g_autoptr(PpPortfolio) merged = NULL;
  PpMou *mou;

  if (!make_repository (f, STATUS, "\"status\": \"in-force\"",
                        STATUS, "\"status\": \"expired\""))
    return;
  g_assert_cmpint (git (f, "merge", "-q", "--no-edit", "theirs", NULL), !=, 0);

  /* The file still loads, with our value, for the user to settle. */
  merged = load_merged (f);
  mou = PP_MOU (pp_portfolio_lookup (merged, PP_COLLECTION_MOUS, "skilled-workers"));
  g_assert_cmpint (pp_mou_get_status (mou), ==, PP_MOU_STATUS_IN_FORCE);
  assert_no_untracked (f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Folder, NULL, folder_set_up, func, folder_tear_down)

  ADD ("/cli/merge/clean", test_clean);
  ADD ("/cli/merge/conflict", test_conflict);
  ADD ("/cli/merge/bad-file", test_bad_file);
  ADD ("/cli/merge/usage", test_usage);
  ADD ("/cli/merge/git/clean", test_git_clean);
  ADD ("/cli/merge/git/conflict", test_git_conflict);

  return g_test_run ();
}
