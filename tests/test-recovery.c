/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recovery.c: recovery files: kept in the data folder, offered only
 * once their process has gone (killed too), loaded, taken over and
 * removed; damaged ones and an unusable folder are refused in words. */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>

#include "pp-portfolio-io.h"
#include "pp-recovery.h"
#include "pp-test-util.h"

static char *data_home;
static char *self_path;

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "recovery", name, NULL);
}

/* Copies a fixture into the recovery folder as a file of a session that
 * has gone (no lock file). */
static char *
plant (const char *name,
       const char *as)
{
  g_autofree char *src = fixture (name);
  g_autofree char *folder = pp_recovery_get_folder ();
  g_autofree char *contents = NULL;
  gsize len;
  char *dst = g_build_filename (folder, as, NULL);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_get_contents (src, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (dst, contents, len, NULL));
  return dst;
}

static PpRecovery *
find_titled (GPtrArray  *list,
             const char *title)
{
  for (guint i = 0; i < list->len; i++)
    if (g_strcmp0 (pp_recovery_get_title (list->pdata[i]), title) == 0)
      return list->pdata[i];
  return NULL;
}

static GPtrArray *
list_left_over (void)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = pp_recovery_list_left_over (&error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

/* The child: keeps a copy titled argv[2] for argv[3] ("-" for a portfolio
 * never saved), says so, and runs until its input closes or it is killed. */
static int
run_child (char **argv)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();
  g_autoptr(PpRecovery) recovery = pp_recovery_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  char buf[16];

  pp_portfolio_set_title (portfolio, argv[2]);
  if (g_strcmp0 (argv[3], "-") != 0)
    file = g_file_new_for_path (argv[3]);
  if (!pp_recovery_save (recovery, portfolio, file, "etag:7", &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("kept\n");
  while (fgets (buf, sizeof buf, stdin) != NULL)
    ;
  return 0;
}

typedef struct
{
  GPid pid;
  int in;
} Child;

static void
start_child (Child      *child,
             const char *title,
             const char *file)
{
  const char *argv[] = { self_path, "--child", title, file, NULL };
  g_autoptr(GError) error = NULL;
  int out;
  char buf[16] = "";
  FILE *f;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                           G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &child->pid,
                                           &child->in, &out, NULL, &error));
  g_assert_no_error (error);
  f = fdopen (out, "r");
  g_assert_nonnull (fgets (buf, sizeof buf, f));
  g_assert_cmpstr (buf, ==, "kept\n");
  fclose (f);
}

static void
kill_child (Child *child)
{
  int status;

  kill (child->pid, SIGKILL);
  g_assert_cmpint (waitpid (child->pid, &status, 0), ==, child->pid);
  close (child->in);
  g_spawn_close_pid (child->pid);
}

/* A copy is not offered while its process runs; killed, it is, and it
 * loads; taken over, it is this process's and no longer offered; removed,
 * it is gone. */
static void
test_killed_process (void)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) claimed = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  PpRecovery *found;
  Child child;

  start_child (&child, "Killed Portfolio", "/somewhere/killed.json");
  before = list_left_over ();
  g_assert_null (find_titled (before, "Killed Portfolio"));

  kill_child (&child);
  after = list_left_over ();
  found = find_titled (after, "Killed Portfolio");
  g_assert_nonnull (found);
  g_assert_cmpstr (g_file_peek_path (pp_recovery_get_file (found)), ==, "/somewhere/killed.json");
  g_assert_cmpstr (pp_recovery_get_identity (found), ==, "etag:7");
  g_assert_nonnull (pp_recovery_get_saved_at (found));
  g_assert_true (g_str_has_prefix (pp_recovery_get_path (found), data_home));
  portfolio = pp_recovery_load (found, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), ==, "Killed Portfolio");

  g_assert_true (pp_recovery_claim (found, &error));
  g_assert_no_error (error);
  claimed = list_left_over ();
  g_assert_null (find_titled (claimed, "Killed Portfolio"));
  path = g_strdup (pp_recovery_get_path (found));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (pp_recovery_discard (found, &error));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A portfolio never saved has no file, and one ended normally without
 * removing its copy counts as gone too. */
static void
test_never_saved (void)
{
  g_autoptr(GPtrArray) list = NULL;
  PpRecovery *found;
  Child child;

  start_child (&child, "Never Saved", "-");
  close (child.in);
  waitpid (child.pid, NULL, 0);
  g_spawn_close_pid (child.pid);

  list = list_left_over ();
  found = find_titled (list, "Never Saved");
  g_assert_nonnull (found);
  g_assert_null (pp_recovery_get_file (found));
  g_assert_true (pp_recovery_discard (found, NULL));
}

/* This process's own copies are never offered to itself. */
static void
test_own_not_listed (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();
  g_autoptr(PpRecovery) recovery = pp_recovery_new ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  pp_portfolio_set_title (portfolio, "Mine");
  g_assert_true (pp_recovery_save (recovery, portfolio, NULL, NULL, &error));
  g_assert_no_error (error);
  /* Never next to the user's file: in the data folder. */
  g_assert_true (g_str_has_prefix (pp_recovery_get_path (recovery), data_home));
  g_assert_true (g_file_get_contents (pp_recovery_get_path (recovery), &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "partnership-planner-recovery 1 "));

  list = list_left_over ();
  g_assert_null (find_titled (list, "Mine"));
  g_assert_true (pp_recovery_discard (recovery, &error));
  g_assert_false (g_file_test (pp_recovery_get_path (recovery), G_FILE_TEST_EXISTS));
}

/* A copy left by an earlier version of this code (the fixture pins the
 * format) is offered and loads. */
static void
test_fixture_loads (void)
{
  g_autofree char *path = plant ("left-over.recovery", "1_00000000-1.recovery");
  g_autoptr(GPtrArray) list = list_left_over ();
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;
  PpRecovery *found = find_titled (list, "Left Over");

  g_assert_nonnull (found);
  g_assert_cmpstr (g_file_peek_path (pp_recovery_get_file (found)), ==,
                   "/nowhere/left-over.json");
  portfolio = pp_recovery_load (found, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), ==, "Left Over");
  g_assert_true (pp_recovery_discard (found, NULL));
}

/* Damaged copies are skipped by the listing and left alone; the one whose
 * portfolio is damaged is refused in words when loaded. */
static void
test_damaged (void)
{
  g_autofree char *cut = plant ("cut-short.recovery", "2_00000000-1.recovery");
  g_autofree char *other = plant ("not-recovery.recovery", "2_00000000-2.recovery");
  g_autofree char *bad = plant ("bad-portfolio.recovery", "2_00000000-3.recovery");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;
  PpRecovery *found;

  list = list_left_over ();
  g_assert_cmpuint (list->len, ==, 1);
  found = list->pdata[0];
  g_assert_cmpstr (pp_recovery_get_path (found), ==, bad);
  portfolio = pp_recovery_load (found, &error);
  g_assert_null (portfolio);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_true (g_str_has_prefix (error->message, "The recovery copy "));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_file_test (cut, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_unlink (cut);
  g_unlink (other);
  g_unlink (bad);
}

/* A data folder that cannot be made (a file is in its place; a read-only
 * folder would do, but the tests may run as root) is an error in words,
 * in a child with a data folder of its own. */
static void
test_unusable_folder (void)
{
  g_autofree char *home = g_build_filename (data_home, "blocked", NULL);
  g_autofree char *blocker = g_build_filename (home, "partnership-planner", NULL);
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", home, TRUE);
  const char *argv[] = { self_path, "--child", "Blocked", "-", NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_cmpint (g_mkdir_with_parents (home, 0700), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "not a folder", -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               &err, &status, &error));
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_str_has_prefix (err, "Cannot keep a recovery copy in the folder "));
  g_assert_nonnull (strstr (err, blocker));
}

static void
test_describe_time (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 12, 1, 15, 0, 0);
  g_autoptr(GDateTime) today = g_date_time_new (utc, 2026, 12, 1, 10, 42, 0);
  g_autoptr(GDateTime) yesterday = g_date_time_new (utc, 2026, 11, 30, 18, 5, 0);
  g_autoptr(GDateTime) earlier = g_date_time_new (utc, 2026, 11, 2, 9, 7, 0);
  g_autofree char *a = pp_recovery_describe_time (today, now);
  g_autofree char *b = pp_recovery_describe_time (yesterday, now);
  g_autofree char *c = pp_recovery_describe_time (earlier, now);

  g_assert_cmpstr (a, ==, "today at 10:42");
  g_assert_cmpstr (b, ==, "yesterday at 18:05");
  g_assert_cmpstr (c, ==, "2 November 2026 at 09:07");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (argc == 4 && g_strcmp0 (argv[1], "--child") == 0)
    return run_child (argv);

  /* The times are compared in UTC. */
  g_setenv ("TZ", "UTC", TRUE);
  data_home = g_dir_make_tmp ("pp-test-recovery-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  self_path = g_canonicalize_filename (argv[0], NULL);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/recovery/killed-process", test_killed_process);
  g_test_add_func ("/recovery/never-saved", test_never_saved);
  g_test_add_func ("/recovery/own-not-listed", test_own_not_listed);
  g_test_add_func ("/recovery/fixture-loads", test_fixture_loads);
  g_test_add_func ("/recovery/damaged", test_damaged);
  g_test_add_func ("/recovery/unusable-folder", test_unusable_folder);
  g_test_add_func ("/recovery/describe-time", test_describe_time);
  status = g_test_run ();

  pp_test_remove_tree (data_home);
  g_free (data_home);
  g_free (self_path);
  return status;
}
