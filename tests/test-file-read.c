/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-file-read.c: opening what is not a regular file (a named pipe, with
 * or without a writer, a device, a file of /proc) is refused in words, at
 * once, for a portfolio and for a register alike. */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pp-portfolio-io.h"
#include "pp-register-file.h"

/* Long enough for a slow machine, short enough not to wait for ever on a
 * pipe, which is what this guards against. */
#define TIMEOUT_USEC (20 * G_USEC_PER_SEC)

static void
assert_refused (const char *path,
                int         code,
                const char *reason)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) register_error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_file (file, NULL, &error);
  g_autoptr(GBytes) bytes = pp_register_file_load (file, &register_error);

  g_assert_null (portfolio);
  g_assert_error (error, G_IO_ERROR, code);
  g_assert_cmpstr (error->message, ==, reason);
  g_assert_null (bytes);
  g_assert_error (register_error, G_IO_ERROR, code);
  g_assert_cmpstr (register_error->message, ==, reason);
}

static char *
make_fifo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pp-test-read-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, "pipe.json", NULL);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  return path;
}

static void
remove_fifo (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

/* Runs the test in a subprocess, failing it if it hangs. */
static gboolean
in_subprocess (void)
{
  if (g_test_subprocess ())
    return TRUE;
  g_test_trap_subprocess (NULL, TIMEOUT_USEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  return FALSE;
}

static void
test_fifo_without_writer (void)
{
  g_autofree char *path = NULL;

  if (!in_subprocess ())
    return;
  path = make_fifo ();
  assert_refused (path, G_IO_ERROR_NOT_REGULAR_FILE, "it is a named pipe, not a file");
  remove_fifo (path);
}

static void
test_fifo_with_writer (void)
{
  g_autofree char *path = NULL;
  int writer;

  if (!in_subprocess ())
    return;
  path = make_fifo ();
  /* Open for reading and writing, which does not wait for a reader. */
  writer = g_open (path, O_RDWR, 0);
  g_assert_cmpint (writer, >=, 0);
  g_assert_cmpint (write (writer, "{}", 2), ==, 2);
  assert_refused (path, G_IO_ERROR_NOT_REGULAR_FILE, "it is a named pipe, not a file");
  close (writer);
  remove_fifo (path);
}

static void
test_devices (void)
{
  if (!in_subprocess ())
    return;
  assert_refused ("/dev/null", G_IO_ERROR_NOT_REGULAR_FILE, "it is a device, not a file");
  assert_refused ("/dev/zero", G_IO_ERROR_NOT_REGULAR_FILE, "it is a device, not a file");
}

static void
test_proc_file (void)
{
  if (!in_subprocess ())
    return;
  assert_refused ("/proc/self/status", G_IO_ERROR_NOT_REGULAR_FILE,
                  "it is a file of the system’s status, not a document");
}

static void
test_folder (void)
{
  assert_refused ("/", G_IO_ERROR_IS_DIRECTORY, "it is a folder, not a file");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-read/fifo-without-writer", test_fifo_without_writer);
  g_test_add_func ("/file-read/fifo-with-writer", test_fifo_with_writer);
  g_test_add_func ("/file-read/devices", test_devices);
  g_test_add_func ("/file-read/proc-file", test_proc_file);
  g_test_add_func ("/file-read/folder", test_folder);

  return g_test_run ();
}
