/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-util.c: helpers shared by the tests. */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "pp-portfolio-io.h"
#include "pp-test-util.h"

PpPortfolio *
pp_test_load_sample (void)
{
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_portfolio_load_sample (&error);

  g_assert_no_error (error);
  return portfolio;
}

/* Loads tests/data/@name. */
PpPortfolio *
pp_test_load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_portfolio_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return portfolio;
}

/**
 * pp_test_run_reader:
 * @tool: a program the tests' environment names as PP_<TOOL> when it is
 *   installed (see tests/meson.build): "pdftotext", "unzip", "xmllint"…
 * @args: its arguments, where "{}" stands for the file
 * @want_errors: return what it writes on standard error rather than out
 *
 * Writes @data to a temporary file and runs @tool on it.
 *
 * Returns: its output, or %NULL with the test skipped when @tool is not
 *   installed
 */
char *
pp_test_run_reader (const char         *tool,
                    const char * const *args,
                    const void         *data,
                    gsize               length,
                    gboolean            want_errors)
{
  g_autofree char *upper = g_ascii_strup (tool, -1);
  g_autofree char *key = g_strconcat ("PP_", upper, NULL);
  const char *program = g_getenv (key);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  char *out = NULL, *err = NULL;
  int fd, status;

  if (program == NULL)
    {
      g_test_skip_printf ("%s is not installed", tool);
      return NULL;
    }
  fd = g_file_open_tmp ("pp-test-reader-XXXXXX", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, data, length, NULL));

  g_ptr_array_add (argv, (char *) program);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) (g_str_equal (args[i], "{}") ? path : args[i]));
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_unlink (path);
  if (want_errors)
    {
      g_free (out);
      return err;
    }
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_free (err);
  return out;
}

/* Removes the folder @path and everything in it, as a test's temporary
 * folder is left: a folder made read-only is opened again first, and a
 * symbolic link is removed, never followed. */
void
pp_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_chmod (path, 0755);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        pp_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/**
 * pp_test_git:
 * @folder: where git runs
 *
 * Runs the git command line, as a user would next to the app, failing the
 * test when git fails. Commits are signed by a fixed author.
 */
void
pp_test_git (const char *folder,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;
  va_list args;
  const char *arg;

  g_ptr_array_add (argv, "git");
  g_ptr_array_add (argv, "-c");
  g_ptr_array_add (argv, "user.name=Ayesha Khan");
  g_ptr_array_add (argv, "-c");
  g_ptr_array_add (argv, "user.email=ayesha@example.org");
  va_start (args, folder);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (folder, (char **) argv->pdata, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("git failed: %s", err);
}

/**
 * pp_test_isolate_git:
 *
 * Keeps the git config of the machine's user and system away from the
 * test (and from libgit2 in it): a home of the test's own. Call it before
 * anything reads a repository.
 *
 * Returns: (transfer full): the home, for pp_test_remove_tree() at the end
 */
char *
pp_test_isolate_git (void)
{
  char *home = g_dir_make_tmp ("pp-git-home-XXXXXX", NULL);

  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("GIT_CONFIG_NOSYSTEM", "1", TRUE);
  return home;
}
