/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-files.c: the command line refuses to write over its input, by
 * whatever path it is named, and to read what is not a regular file. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pp-test-cli.h"

typedef struct
{
  char *dir;
  char *path;      /* a copy of the sample */
  char *original;  /* its contents */
} Folder;

static void
folder_set_up (Folder        *f,
               gconstpointer  data)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                    "pakistan-belarus-2025.json", NULL);
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pp-test-cli-files-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "same.json", NULL);
  g_assert_true (g_file_get_contents (sample, &f->original, NULL, NULL));
  g_assert_true (g_file_set_contents (f->path, f->original, -1, NULL));
}

static void
folder_tear_down (Folder        *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) listing = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->original);
}

/* Exports @f's file to @output, which is the same file, and checks that
 * nothing was written. */
static void
assert_export_refused (Folder     *f,
                       const char *output)
{
  g_auto(PpTestRun) run = { 0 };
  g_autofree char *now = NULL;
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autofree char *expected = g_strdup_printf ("--output “%s” is the portfolio being exported; "
                                               "give another file", output);

  pp_test_run_app (&run, "--export", "html", "--output", output, f->path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, expected));
  g_assert_true (g_file_get_contents (f->path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, f->original);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
test_export_over_input (Folder        *f,
                        gconstpointer  data)
{
  g_autofree char *dotted = g_build_filename (f->dir, ".", "same.json", NULL);
  g_autofree char *soft = g_build_filename (f->dir, "link.json", NULL);
  g_autofree char *hard = g_build_filename (f->dir, "hard.json", NULL);

  assert_export_refused (f, f->path);
  assert_export_refused (f, dotted);
  g_assert_cmpint (symlink ("same.json", soft), ==, 0);
  assert_export_refused (f, soft);
  g_assert_cmpint (link (f->path, hard), ==, 0);
  assert_export_refused (f, hard);
}

static void
test_export_elsewhere (Folder        *f,
                       gconstpointer  data)
{
  g_autofree char *output = g_build_filename (f->dir, "brief.html", NULL);
  g_auto(PpTestRun) run = { 0 };

  pp_test_run_app (&run, "--export", "html", "--output", output, f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));
}

static void
test_import_into_register (Folder        *f,
                           gconstpointer  data)
{
  g_autofree char *link = g_build_filename (f->dir, "register.csv", NULL);
  g_autofree char *expected = g_strdup_printf ("--into “%s” is the register being imported",
                                               f->path);
  g_auto(PpTestRun) run = { 0 };

  g_assert_cmpint (symlink ("same.json", link), ==, 0);
  pp_test_run_app (&run, "--import", link, "--into", f->path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, expected));
}

/* A pipe with no writer made --check wait for ever. */
static void
test_check_fifo (Folder        *f,
                 gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "pipe.json", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: it is a named pipe, not a file\n", fifo);
  g_auto(PpTestRun) run = { 0 };
  g_auto(PpTestRun) device = { 0 };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  pp_test_run_app (&run, "--check", fifo, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);

  pp_test_run_app (&device, "--check", "/dev/zero", NULL);
  g_assert_cmpint (device.status, ==, 1);
  g_assert_cmpstr (device.err, ==, "/dev/zero: it is a device, not a file\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/files/" path, Folder, NULL, folder_set_up, func, folder_tear_down)
  ADD ("export-over-input", test_export_over_input);
  ADD ("export-elsewhere", test_export_elsewhere);
  ADD ("import-into-register", test_import_into_register);
  ADD ("check-fifo", test_check_fifo);
#undef ADD

  return g_test_run ();
}
