/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-cli.c: running the app's command line as a process with no
 * display, for the command-line tests. */

#include "config.h"

#include <stdarg.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pp-test-cli.h"

void
pp_test_run_clear (PpTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs the app with @args (NULL-terminated) and no display at all. */
void
pp_test_run_app (PpTestRun *run,
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

char *
pp_test_write_temp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("pp-test-cli-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}
