/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-file-save.c: replaces a file's contents safely, keeping "name~".
 *
 * GIO's g_file_replace() is not used for local files: in GLib 2.74 it
 * copies neither ACLs nor extended attributes to the new file, it removes
 * "name~" before linking the new backup (a kill in between leaves none), it
 * rewrites symlinked and hard-linked files in place after truncating them,
 * never fsyncs the folder and leaves a killed save's ".goutputstream-*"
 * files behind for ever. So a save here:
 *
 *  - writes the target of a symlink, with "target~" beside it;
 *  - writes a new file ".NAME.pp-save-XXXXXX" with the old file's owner,
 *    group, mode and extended attributes (ACLs are the
 *    system.posix_acl_access attribute), fsyncs it and renames it over the
 *    file, then fsyncs the folder;
 *  - keeps the old contents as ".NAME.pp-backup-XXXXXX" (a hard link, or a
 *    complete copy) until the new file is in place, and only then renames
 *    it over "name~", so "name~" is always there once made, and a refused
 *    save leaves no new one;
 *  - writes in place, after renaming a complete copy over "name~", a file
 *    with several hard links, or one whose owner or attributes a new file
 *    could not keep;
 *  - removes what a killed save left (see pp_file_remove_debris()).
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "pp-file-save.h"

#define MAX_SYMLINKS 40

/* What is known of the file a save replaces. */
typedef struct
{
  const char *shown;   /* the path as the caller gave it, for messages */
  char       *path;    /* the file written: a symlink's final target */
  char       *dir;
  char       *base;
  gboolean    exists;
  struct stat st;
  int         fd;      /* the old file, open for reading, or -1 */
} Target;

static void
target_clear (Target *t)
{
  g_free (t->path);
  g_free (t->dir);
  g_free (t->base);
  if (t->fd >= 0)
    close (t->fd);
}

/* Sets "Cannot save “path”: reason" from errno. */
static gboolean
set_errno_error (GError    **error,
                 int         saved_errno,
                 const char *path)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot save “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/* Follows symlinks to the file they name, which may not exist yet. */
static char *
resolve_symlinks (const char  *path,
                  GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_SYMLINKS; i++)
    {
      g_autofree char *dir = NULL;
      g_autofree char *link = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);
      link = g_file_read_link (current, NULL);
      if (link == NULL)
        return g_steal_pointer (&current);
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_canonicalize_filename (link, dir);
    }
  set_errno_error (error, ELOOP, path);
  return NULL;
}

static char *
temp_name (const Target *t,
           const char   *mark)
{
  static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  char suffix[7];

  for (guint i = 0; i < 6; i++)
    suffix[i] = chars[g_random_int_range (0, sizeof chars - 1)];
  suffix[6] = '\0';
  return g_strdup_printf ("%s/.%s%s%s", t->dir, t->base, mark, suffix);
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         len)
{
  while (len > 0)
    {
      gssize written = write (fd, data, len);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += written;
      len -= (gsize) written;
    }
  return TRUE;
}

/* Fsyncs and closes @fd, which is always closed; errno tells why not. */
static gboolean
sync_and_close (int      fd,
                gboolean ok)
{
  int saved = errno;

  if (ok && fsync (fd) != 0)
    {
      ok = FALSE;
      saved = errno;
    }
  if (close (fd) != 0 && ok)
    {
      ok = FALSE;
      saved = errno;
    }
  errno = saved;
  return ok;
}

static void
sync_folder (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  /* Some file systems cannot fsync a folder; the rename is done anyway. */
  if (fd >= 0)
    {
      (void) fsync (fd);
      close (fd);
    }
}

/* Opens the file to be replaced and checks that it is one. */
static gboolean
open_target (Target      *t,
             const char  *path,
             GError     **error)
{
  t->shown = path;
  t->fd = -1;
  t->path = resolve_symlinks (path, error);
  if (t->path == NULL)
    return FALSE;
  t->dir = g_path_get_dirname (t->path);
  t->base = g_path_get_basename (t->path);

  if (lstat (t->path, &t->st) != 0)
    return errno == ENOENT || set_errno_error (error, errno, path);
  t->exists = TRUE;
  if (S_ISDIR (t->st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Cannot save “%s”: it is a folder"), path);
      return FALSE;
    }
  if (!S_ISREG (t->st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Cannot save “%s”: it is not a regular file"), path);
      return FALSE;
    }
  /* A file made read-only stays as it is, as in GIO. */
  if (access (t->path, W_OK) != 0)
    return set_errno_error (error, errno, path);
  t->fd = g_open (t->path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0);
  if (t->fd >= 0)
    (void) fstat (t->fd, &t->st);
  return TRUE;
}

/* Copies one extended attribute; FALSE if it could not be kept. */
static gboolean
copy_xattr (int         from,
            int         to,
            const char *name)
{
  g_autofree char *value = NULL;
  gssize size = fgetxattr (from, name, NULL, 0);

  if (size >= 0)
    {
      value = g_malloc (MAX (size, 1));
      size = fgetxattr (from, name, value, size);
    }
  if (size < 0 || fsetxattr (to, name, value, size, 0) != 0)
    {
      /* Security labels and trusted attributes belong to the system, which
       * sets them for the new file; losing the user's would lose data. */
      return g_str_has_prefix (name, "security.") || g_str_has_prefix (name, "trusted.");
    }
  return TRUE;
}

static gboolean
copy_xattrs (int from,
             int to)
{
  g_autofree char *names = NULL;
  gssize len = flistxattr (from, NULL, 0);

  if (len <= 0)
    return len == 0 || errno == ENOTSUP;
  names = g_malloc (len);
  len = flistxattr (from, names, len);
  if (len < 0)
    return FALSE;
  for (const char *name = names; name < names + len; name += strlen (name) + 1)
    if (!copy_xattr (from, to, name))
      return FALSE;
  return TRUE;
}

/* Gives the new file @fd the old file's owner, group, mode and extended
 * attributes; FALSE if one of them could not be kept. */
static gboolean
copy_attributes (const Target *t,
                 int           fd)
{
  struct stat now;

  if (!t->exists)
    {
      mode_t mask = umask (0);

      umask (mask);
      return fchmod (fd, 0666 & ~mask) == 0;
    }
  if (t->fd < 0)
    return FALSE;
  if (fchown (fd, t->st.st_uid, t->st.st_gid) != 0)
    (void) fchown (fd, (uid_t) -1, t->st.st_gid);
  /* After fchown, which clears the setuid and setgid bits. */
  if (fchmod (fd, t->st.st_mode & 07777) != 0 || fstat (fd, &now) != 0)
    return FALSE;
  if (now.st_uid != t->st.st_uid || now.st_gid != t->st.st_gid)
    return FALSE;
  return copy_xattrs (t->fd, fd);
}

/* Copies what @from holds from its start to @to; errno tells why not. */
static gboolean
copy_data (int from,
           int to)
{
  char buffer[65536];
  gssize n;

  if (lseek (from, 0, SEEK_SET) != 0)
    return FALSE;
  while ((n = read (from, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 || !write_all (to, (const guint8 *) buffer, n))
        return FALSE;
    }
  return TRUE;
}

/* Copies the old file whole into a new temporary file, fsynced. */
static char *
copy_to_temp (const Target  *t,
              GError       **error)
{
  g_autofree char *tmp = temp_name (t, PP_FILE_SAVE_TEMP_MARK);
  int fd;

  if (t->fd < 0)
    {
      set_errno_error (error, EACCES, t->shown);
      return NULL;
    }
  fd = g_open (tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, t->st.st_mode & 0777);
  if (fd < 0)
    {
      set_errno_error (error, errno, t->shown);
      return NULL;
    }
  if (!sync_and_close (fd, copy_data (t->fd, fd)))
    {
      int saved = errno;

      g_unlink (tmp);
      set_errno_error (error, saved, t->shown);
      return NULL;
    }
  return g_steal_pointer (&tmp);
}

/* Keeps the old contents under a temporary name until the new file is in
 * place: a hard link where the file system allows one, else a copy. */
static char *
make_backup_temp (const Target  *t,
                  GError       **error)
{
  g_autofree char *copy = NULL;

  for (guint tries = 0; tries < 100; tries++)
    {
      g_autofree char *name = temp_name (t, PP_FILE_SAVE_BACKUP_MARK);

      if (link (t->path, name) == 0)
        return g_steal_pointer (&name);
      if (errno != EEXIST)
        break;
    }

  /* Only a complete copy gets the backup mark, which a later save may
   * rename over "name~". */
  copy = copy_to_temp (t, error);
  if (copy != NULL)
    {
      g_autofree char *name = temp_name (t, PP_FILE_SAVE_BACKUP_MARK);

      if (g_rename (copy, name) == 0)
        return g_steal_pointer (&name);
      set_errno_error (error, errno, t->shown);
      g_unlink (copy);
    }
  return NULL;
}

/* Renames the kept old contents over "name~", once the save is done. */
static void
keep_backup (const Target *t,
             const char   *backup_temp)
{
  g_autofree char *backup = g_strconcat (t->path, "~", NULL);

  /* The save itself succeeded; the previous "name~" stays if this fails. */
  if (g_rename (backup_temp, backup) != 0)
    g_unlink (backup_temp);
}

/* Writes a new file beside the old one and renames it over. Returns FALSE
 * with *@in_place set if the new file could not keep the old one's owner
 * or attributes, so that the caller writes in place instead. */
static gboolean
replace_by_rename (const Target  *t,
                   const guint8  *data,
                   gsize          len,
                   gboolean       make_backup,
                   gboolean      *in_place,
                   GError       **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *backup_temp = NULL;
  int fd;

  tmp = g_strdup_printf ("%s/.%s%sXXXXXX", t->dir, t->base, PP_FILE_SAVE_TEMP_MARK);
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_errno_error (error, errno, t->shown);
  if (!copy_attributes (t, fd))
    {
      close (fd);
      g_unlink (tmp);
      *in_place = TRUE;
      return FALSE;
    }
  if (!sync_and_close (fd, write_all (fd, data, len)))
    {
      int saved = errno;

      g_unlink (tmp);
      return set_errno_error (error, saved, t->shown);
    }

  if (make_backup && t->exists && (backup_temp = make_backup_temp (t, error)) == NULL)
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (g_rename (tmp, t->path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      if (backup_temp != NULL)
        g_unlink (backup_temp);
      return set_errno_error (error, saved, t->shown);
    }
  if (backup_temp != NULL)
    keep_backup (t, backup_temp);
  sync_folder (t->dir);
  return TRUE;
}

/* Rewrites the file itself, which keeps its hard links, owner and
 * attributes, after renaming a complete copy of it over "name~": the only
 * way that a kill in the middle cannot lose the old contents. */
static gboolean
replace_in_place (const Target  *t,
                  const guint8  *data,
                  gsize          len,
                  gboolean       make_backup,
                  GError       **error)
{
  int fd = g_open (t->path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0);

  if (fd < 0)
    return set_errno_error (error, errno, t->shown);
  if (make_backup)
    {
      g_autofree char *copy = copy_to_temp (t, error);
      g_autofree char *backup = g_strconcat (t->path, "~", NULL);

      if (copy == NULL || g_rename (copy, backup) != 0)
        {
          if (copy != NULL)
            {
              set_errno_error (error, errno, t->shown);
              g_unlink (copy);
            }
          close (fd);
          return FALSE;
        }
      sync_folder (t->dir);
    }
  if (sync_and_close (fd, write_all (fd, data, len) && ftruncate (fd, len) == 0))
    return TRUE;
  return set_errno_error (error, errno, t->shown);
}

static gboolean
replace_local (const char   *path,
               const guint8 *data,
               gsize         len,
               gboolean      make_backup,
               GError      **error)
{
  Target t = { 0 };
  gboolean in_place = FALSE;
  gboolean ok = FALSE;
  g_autoptr(GFile) real = NULL;

  if (open_target (&t, path, error))
    {
      real = g_file_new_for_path (t.path);
      pp_file_remove_debris (real);
      in_place = t.exists && t.st.st_nlink > 1;
      if (!in_place)
        ok = replace_by_rename (&t, data, len, make_backup, &in_place, error);
      if (in_place)
        ok = replace_in_place (&t, data, len, make_backup, error);
    }
  target_clear (&t);
  return ok;
}

/**
 * pp_file_replace_contents:
 * @make_backup: keep the previous contents as "name~"
 *
 * Writes @contents to a new file beside @file and renames it over @file, so
 * a failure at any point leaves the old file as it was; see the top of this
 * file for symlinks, hard links and what else is kept.
 */
gboolean
pp_file_replace_contents (GFile         *file,
                          GBytes        *contents,
                          gboolean       make_backup,
                          GCancellable  *cancellable,
                          GError       **error)
{
  gsize len;
  const guint8 *data = g_bytes_get_data (contents, &len);
  const char *path = g_file_peek_path (file);

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (data == NULL)
    data = (const guint8 *) "";

  if (path != NULL)
    return replace_local (path, data, len, make_backup, error);

  return g_file_replace_contents (file, (const char *) data, len, NULL, make_backup,
                                  G_FILE_CREATE_NONE, NULL, cancellable, error);
}

/* Whether @name is ".@base" + @mark + 6 characters. */
static gboolean
is_debris (const char *name,
           const char *base,
           const char *mark)
{
  gsize base_len = strlen (base);

  return name[0] == '.' && strncmp (name + 1, base, base_len) == 0
         && g_str_has_prefix (name + 1 + base_len, mark)
         && strlen (name + 1 + base_len + strlen (mark)) == 6;
}

static void
remove_one (const char        *dir,
            const char        *name,
            const char        *base,
            const struct stat *main_st)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GStatBuf st;

  if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return;
  /* A kept old version that a killed save did not rename over "name~"
   * yet is the newest backup; one still linked to the file is not. */
  if (is_debris (name, base, PP_FILE_SAVE_BACKUP_MARK)
      && (main_st == NULL || st.st_ino != main_st->st_ino || st.st_dev != main_st->st_dev))
    {
      g_autofree char *backup = g_strdup_printf ("%s/%s~", dir, base);

      if (g_rename (path, backup) == 0)
        return;
    }
  g_unlink (path);
}

/**
 * pp_file_remove_debris:
 * @file: a file that is saved with pp_file_replace_contents()
 *
 * Removes the temporary files that a save of @file killed midway left, and
 * keeps as "name~" an old version that it had not yet put there. Called
 * before every save and on opening; failures are ignored, as the folder
 * may be read-only.
 */
void
pp_file_remove_debris (GFile *file)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GDir) listing = NULL;
  struct stat main_st;
  gboolean have_main;
  const char *name;

  g_return_if_fail (G_IS_FILE (file));

  if (g_file_peek_path (file) == NULL
      || (path = resolve_symlinks (g_file_peek_path (file), NULL)) == NULL)
    return;
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  listing = g_dir_open (dir, 0, NULL);
  if (listing == NULL)
    return;
  have_main = stat (path, &main_st) == 0;
  while ((name = g_dir_read_name (listing)) != NULL)
    if (is_debris (name, base, PP_FILE_SAVE_TEMP_MARK)
        || is_debris (name, base, PP_FILE_SAVE_BACKUP_MARK))
      remove_one (dir, name, base, have_main ? &main_st : NULL);
}
