/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c: the headless command line, run as a process with no display:
 * exit statuses and what it prints. */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the app with @args (NULL-terminated) and no display at all. */
static void
run_app (Run *run,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("PP_EXECUTABLE");
  const char *arg;
  int wait_status;
  va_list args;

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (char *) exe);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
write_temp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("pp-test-cli-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
test_check_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                  "pakistan-belarus-2025.json", NULL);
  g_auto(Run) run = { 0 };

  run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "ok: "));
  g_assert_nonnull (strstr (run.out, " ventures, 1 commitment\n"));
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_check_hand_written (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "every-member.json", NULL);
  g_auto(Run) run = { 0 };

  run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "ok: "));
}

static void
test_check_counts (void)
{
  g_autofree char *path = write_temp (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"sectors\": [{\"id\": \"s\", \"name\": \"S\"}, {\"id\": \"t\", \"name\": \"T\"}],"
    " \"organisations\": [{\"id\": \"o\", \"name\": \"O\"}],"
    " \"commitments\": [{\"id\": \"c\", \"title\": \"C\"}]}");
  g_auto(Run) run = { 0 };

  run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "ok: 2 sectors, 1 organisation, 0 MoUs, 0 ventures, 1 commitment\n");
  g_unlink (path);
}

static void
test_check_syntax_error (void)
{
  g_autofree char *path = write_temp ("{\"format\": \"partnership-planner\",\n \"version\": tru}");
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  /* json-glib places the error at the end of the bad token. */
  expected = g_strdup_printf ("%s:2:15: unexpected identifier", path);
  g_assert_true (g_str_has_prefix (run.err, expected));
  g_unlink (path);
}

static void
test_check_bad_value (void)
{
  g_autofree char *path = write_temp (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"mous\": [{\"id\": \"m\", \"title\": \"M\", \"status\": \"sgned\"}]}");
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  expected = g_strdup_printf ("%s: mous[0].status: unknown status “sgned”\n", path);
  g_assert_cmpstr (run.err, ==, expected);
  g_unlink (path);
}

static void
test_check_warnings (void)
{
  g_autofree char *path = write_temp (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"mous\": [{\"id\": \"m\", \"title\": \"M\", \"signed_on\": \"2025-04-12\","
    "             \"expires_on\": \"2025-01-01\"}]}");
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  /* Inconsistent but well-formed data passes, with a warning. */
  run_app (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  expected = g_strdup_printf ("%s: warning: mous[0]: expires on 2025-01-01, before it was "
                              "signed on 2025-04-12\n", path);
  g_assert_cmpstr (run.err, ==, expected);
  g_unlink (path);
}

static void
test_check_missing_file (void)
{
  g_auto(Run) run = { 0 };

  run_app (&run, "--check", "/nonexistent/portfolio.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "/nonexistent/portfolio.json: no such file\n");
}

static void
test_check_unreadable_file (void)
{
  g_auto(Run) run = { 0 };

  /* A folder cannot be read as a portfolio. */
  run_app (&run, "--check", "/", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "/: it is a folder, not a file\n");
}

static void
test_usage_errors (void)
{
  g_auto(Run) missing = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) two = { 0 };

  run_app (&missing, "--check", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "--check"));

  run_app (&unknown, "--no-such-option", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "--no-such-option"));

  run_app (&two, "--check", "a.json", "b.json", NULL);
  g_assert_cmpint (two.status, ==, 2);
}

static void
test_version_and_help (void)
{
  g_auto(Run) version = { 0 };
  g_auto(Run) help = { 0 };

  run_app (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "partnership-planner " PACKAGE_VERSION "\n");

  run_app (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--check=FILE"));
  g_assert_nonnull (strstr (help.out, "--version"));
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
  g_test_add_func ("/cli/check/missing-file", test_check_missing_file);
  g_test_add_func ("/cli/check/unreadable-file", test_check_unreadable_file);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);

  return g_test_run ();
}
