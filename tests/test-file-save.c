/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-file-save.c: saving keeps what the file was (its symlink, hard
 * links, owner, group, mode, ACL and extended attributes) and its backup
 * "name~", refuses cleanly, and leaves nothing behind, even when killed. */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "pp-portfolio-io.h"
#include "pp-test-util.h"

#define NOBODY 65534

typedef struct
{
  char *dir;
  char *path;
  char *backup;
} Folder;

static void
folder_set_up (Folder        *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pp-test-save-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "portfolio.json", NULL);
  f->backup = g_strconcat (f->path, "~", NULL);
}

static void
folder_tear_down (Folder        *f,
                  gconstpointer  data)
{
  pp_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->backup);
}

static char *
portfolio_text (const char *title)
{
  return g_strdup_printf ("{\"format\": \"partnership-planner\", \"version\": 1, "
                          "\"title\": \"%s\"}", title);
}

static void
write_portfolio (const char *path,
                 const char *title)
{
  g_autofree char *text = portfolio_text (title);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* Saves a portfolio titled @title to @path; returns the error, if any. */
static GError *
save_titled (const char *path,
             const char *title)
{
  g_autofree char *text = portfolio_text (title);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (bytes, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  g_assert_nonnull (portfolio);
  pp_portfolio_save_to_file (portfolio, file, NULL, &error);
  return error;
}

static void
save_ok (const char *path,
         const char *title)
{
  g_autoptr(GError) error = save_titled (path, title);

  g_assert_no_error (error);
}

/* The title of the portfolio in @path, or NULL if it does not load. */
static char *
title_of (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_file (file, NULL, NULL);

  return portfolio != NULL ? g_strdup (pp_portfolio_get_title (portfolio)) : NULL;
}

static void
assert_title (const char *path,
              const char *title)
{
  g_autofree char *now = title_of (path);

  g_assert_cmpstr (now, ==, title);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined by spaces. */
static char *
list_folder (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (names, (char *) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_folder (const char *dir,
               const char *listing)
{
  g_autofree char *now = list_folder (dir);

  g_assert_cmpstr (now, ==, listing);
}

static void
test_symlink (Folder        *f,
              gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->dir, "real.json", NULL);
  GStatBuf st;

  write_portfolio (target, "Old");
  g_assert_cmpint (symlink ("real.json", f->path), ==, 0);

  save_ok (f->path, "New");
  g_assert_cmpint (g_lstat (f->path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  assert_title (target, "New");
  /* The backup is the target's, beside it, and a file of its own. */
  assert_folder (f->dir, "portfolio.json real.json real.json~");
  g_assert_cmpint (g_lstat (f->dir, &st), ==, 0);
  assert_title (target, "New");
  {
    g_autofree char *backup = g_strconcat (target, "~", NULL);

    g_assert_cmpint (g_lstat (backup, &st), ==, 0);
    g_assert_true (S_ISREG (st.st_mode));
    assert_title (backup, "Old");
  }
}

static void
test_hard_link (Folder        *f,
                gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.json", NULL);
  GStatBuf a, b;

  write_portfolio (f->path, "Old");
  g_assert_cmpint (link (f->path, other), ==, 0);

  save_ok (f->path, "New");
  assert_title (other, "New");
  g_assert_cmpint (g_stat (f->path, &a), ==, 0);
  g_assert_cmpint (g_stat (other, &b), ==, 0);
  g_assert_cmpuint (a.st_ino, ==, b.st_ino);
  g_assert_cmpuint (a.st_nlink, ==, 2);
  assert_title (f->backup, "Old");
  assert_folder (f->dir, "other.json portfolio.json portfolio.json~");
}

static void
test_mode (Folder        *f,
           gconstpointer  data)
{
  mode_t mask = umask (002);
  GStatBuf st;

  write_portfolio (f->path, "Old");
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);
  save_ok (f->path, "New");
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0644);

  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
  save_ok (f->path, "Newer");
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  umask (mask);
}

static void
test_owner_and_group (Folder        *f,
                      gconstpointer  data)
{
  GStatBuf st;

  if (geteuid () != 0)
    {
      g_test_skip ("giving a file to another user needs root");
      return;
    }
  write_portfolio (f->path, "Old");
  g_assert_cmpint (chown (f->path, NOBODY, NOBODY), ==, 0);
  save_ok (f->path, "New");
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpuint (st.st_uid, ==, NOBODY);
  g_assert_cmpuint (st.st_gid, ==, NOBODY);
  assert_title (f->path, "New");
}

/* An access ACL, as the kernel stores it: user::rw- user:65534:rw-
 * group::r-- mask::rw- other::r--. */
static const guint8 acl_value[] = {
  2, 0, 0, 0,
  0x01, 0, 6, 0, 0xff, 0xff, 0xff, 0xff,
  0x02, 0, 6, 0, 0xfe, 0xff, 0, 0,
  0x04, 0, 4, 0, 0xff, 0xff, 0xff, 0xff,
  0x10, 0, 6, 0, 0xff, 0xff, 0xff, 0xff,
  0x20, 0, 4, 0, 0xff, 0xff, 0xff, 0xff,
};

static void
assert_xattr_kept (Folder     *f,
                   const char *name,
                   const void *value,
                   gsize       size)
{
  char now[256];
  gssize len;

  write_portfolio (f->path, "Old");
  if (setxattr (f->path, name, value, size, 0) != 0)
    {
      g_autofree char *why = g_strdup_printf ("cannot set %s here: %s", name,
                                              g_strerror (errno));

      g_test_skip (why);
      return;
    }
  save_ok (f->path, "New");
  len = getxattr (f->path, name, now, sizeof now);
  g_assert_cmpint (len, ==, size);
  g_assert_cmpmem (now, len, value, size);
  assert_title (f->path, "New");
}

static void
test_acl (Folder        *f,
          gconstpointer  data)
{
  GStatBuf st;

  assert_xattr_kept (f, "system.posix_acl_access", acl_value, sizeof acl_value);
  /* The group bits show the ACL's mask, rw-. */
  if (getxattr (f->path, "system.posix_acl_access", NULL, 0) > 0)
    {
      g_assert_cmpint (g_stat (f->path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0664);
    }
}

static void
test_xattr (Folder        *f,
            gconstpointer  data)
{
  assert_xattr_kept (f, "user.pp-test", "kept", 4);
}

/* In a subprocess: becomes "nobody" if the tests run as root, who could
 * write anywhere. */
static void
as_nobody (void)
{
  if (geteuid () == 0 && (setgid (NOBODY) != 0 || setuid (NOBODY) != 0))
    g_error ("cannot drop privileges");
}

static void
test_read_only_folder (Folder        *f,
                       gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;

      as_nobody ();
      error = save_titled (g_getenv ("PP_TEST_PATH"), "New");
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      return;
    }
  write_portfolio (f->path, "Old");
  write_portfolio (f->backup, "Older");
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_setenv ("PP_TEST_PATH", f->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  assert_title (f->path, "Old");
  assert_title (f->backup, "Older");
  assert_folder (f->dir, "portfolio.json portfolio.json~");
}

/* What a subprocess of the sticky-folder test does, as "nobody". */
static void
sticky_subprocess (void)
{
  const char *dir = g_getenv ("PP_TEST_DIR");
  g_autofree char *mine = g_build_filename (dir, "portfolio.json", NULL);
  g_autofree char *shared = g_build_filename (dir, "shared.json", NULL);
  g_autoptr(GError) refused = NULL;
  g_autoptr(GError) no_backup = NULL;

  as_nobody ();
  if (g_strcmp0 (g_getenv ("PP_TEST_STAGE"), "in-place") == 0)
    {
      save_ok (shared, "Mine");
      return;
    }
  refused = save_titled (mine, "New");
  g_assert_error (refused, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  no_backup = save_titled (shared, "New");
  g_assert_error (no_backup, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
}

static void
run_sticky_stage (const char *dir,
                  const char *stage)
{
  g_setenv ("PP_TEST_DIR", dir, TRUE);
  g_setenv ("PP_TEST_STAGE", stage, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* In a sticky folder such as /tmp, a file of someone else that this user
 * may not write is refused before anything is made, with no "name~"; one
 * they may write is written in place, keeping its owner, unless its
 * backup, also someone else's, cannot be replaced. */
static void
test_sticky_folder (Folder        *f,
                    gconstpointer  data)
{
  g_autofree char *shared = g_build_filename (f->dir, "shared.json", NULL);
  g_autofree char *shared_backup = g_strconcat (shared, "~", NULL);
  GStatBuf st;

  if (g_test_subprocess ())
    {
      sticky_subprocess ();
      return;
    }
  if (geteuid () != 0)
    {
      g_test_skip ("files of another user need root");
      return;
    }
  write_portfolio (f->path, "Old");
  write_portfolio (shared, "Shared");
  write_portfolio (shared_backup, "Shared before");
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (shared, 0666), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 01777), ==, 0);

  run_sticky_stage (f->dir, "refuse");
  assert_title (f->path, "Old");
  assert_title (shared, "Shared");
  assert_title (shared_backup, "Shared before");
  assert_folder (f->dir, "portfolio.json shared.json shared.json~");

  g_assert_cmpint (g_unlink (shared_backup), ==, 0);
  run_sticky_stage (f->dir, "in-place");
  assert_title (shared, "Mine");
  assert_title (shared_backup, "Shared");
  g_assert_cmpint (g_stat (shared, &st), ==, 0);
  g_assert_cmpuint (st.st_uid, ==, 0);
  assert_folder (f->dir, "portfolio.json shared.json shared.json~");
}

static void
test_debris (Folder        *f,
             gconstpointer  data)
{
  g_autofree char *partial = g_build_filename (f->dir, ".portfolio.json.pp-save-Ab12Cd", NULL);
  g_autofree char *linked = g_build_filename (f->dir, ".portfolio.json.pp-backup-Ef34Gh", NULL);
  g_autofree char *kept = g_build_filename (f->dir, ".portfolio.json.pp-backup-Ij56Kl", NULL);
  g_autofree char *other = g_build_filename (f->dir, ".other.json.pp-save-Mn78Op", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);

  /* A save killed while writing, one killed after linking the old file,
   * and one killed after the rename but before renaming the old version
   * over "name~": that one is kept as the backup. */
  write_portfolio (f->path, "Current");
  write_portfolio (f->backup, "Oldest");
  g_assert_true (g_file_set_contents (partial, "{\"format\": \"partner", -1, NULL));
  g_assert_cmpint (link (f->path, linked), ==, 0);
  write_portfolio (kept, "Previous");
  g_assert_true (g_file_set_contents (other, "another file's", -1, NULL));

  assert_title (f->path, "Current");
  assert_folder (f->dir, ".other.json.pp-save-Mn78Op portfolio.json portfolio.json~");
  assert_title (f->backup, "Previous");

  /* The next save cleans up too. */
  g_assert_true (g_file_set_contents (partial, "{", -1, NULL));
  save_ok (f->path, "New");
  assert_folder (f->dir, ".other.json.pp-save-Mn78Op portfolio.json portfolio.json~");
  assert_title (f->backup, "Current");
}

static void
test_not_regular (Folder        *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (f->path, 0600), ==, 0);
  error = save_titled (f->path, "New");
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_true (g_str_has_suffix (error->message, "portfolio.json”: it is not a regular file"));
  assert_folder (f->dir, "portfolio.json");
}

/* Saves @path over and over, alternating two large portfolios. */
G_GNUC_NORETURN static void
save_forever (const char *path)
{
  g_autofree char *a = g_strnfill (2 * 1024 * 1024, 'a');
  g_autofree char *b = g_strnfill (3 * 1024 * 1024, 'b');
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();

  for (guint i = 0;; i++)
    {
      pp_portfolio_set_title (portfolio, i % 2 ? a : b);
      if (!pp_portfolio_save_to_file (portfolio, file, NULL, NULL))
        _exit (1);
    }
}

static void
test_kill_loop (Folder        *f,
                gconstpointer  data)
{
  guint interrupted = 0;

  save_ok (f->path, "First");
  save_ok (f->path, "Second");
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *backup_title = NULL;
      g_autofree char *listing = NULL;
      int status;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        save_forever (f->path);
      g_usleep (g_test_rand_int_range (5000, 60000));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));

      listing = list_folder (f->dir);
      if (g_strcmp0 (listing, "portfolio.json portfolio.json~") != 0)
        interrupted++;
      /* Read "name~" first: opening the file puts a kept old version
       * there. */
      backup_title = title_of (f->backup);
      title = title_of (f->path);
      g_assert_nonnull (title);
      g_assert_nonnull (backup_title);
      save_ok (f->path, "After");
      assert_folder (f->dir, "portfolio.json portfolio.json~");
    }
  g_test_message ("%u of 40 kills left a save's files to clean up", interrupted);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/file-save/" path, Folder, NULL, folder_set_up, func, folder_tear_down)
  ADD ("symlink", test_symlink);
  ADD ("hard-link", test_hard_link);
  ADD ("mode", test_mode);
  ADD ("owner-and-group", test_owner_and_group);
  ADD ("acl", test_acl);
  ADD ("xattr", test_xattr);
  ADD ("read-only-folder", test_read_only_folder);
  ADD ("sticky-folder", test_sticky_folder);
  ADD ("debris", test_debris);
  ADD ("not-regular", test_not_regular);
  ADD ("kill-loop", test_kill_loop);
#undef ADD

  return g_test_run ();
}
