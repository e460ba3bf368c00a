/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-file-read.c: reads a whole document file, refusing what is not one.
 *
 * A named pipe with no writer blocks a plain open or read forever, a device
 * never ends and a file of /proc says it is empty but is not: none of them
 * is a document, so each is refused in words before anything is read. The
 * type is checked again on the opened descriptor, which is what is read, so
 * a file swapped for a pipe in between is refused too.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/magic.h>
#include <sys/vfs.h>
#endif

#include "pp-file-read.h"

/* GIO's messages repeat the file name, which callers already show; keep the
 * code and say only the reason. */
static void
set_errno_error (GError **error,
                 int      saved_errno)
{
  const char *reason;

  switch (saved_errno)
    {
    case ENOENT:
    case ENOTDIR:
      reason = _("no such file");
      break;
    case EACCES:
    case EPERM:
      reason = _("permission denied: the file cannot be read");
      break;
    default:
      reason = g_strerror (saved_errno);
      break;
    }
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), reason);
}

static gboolean
check_type (mode_t   mode,
            GError **error)
{
  const char *reason;

  if (S_ISREG (mode))
    return TRUE;
  if (S_ISDIR (mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("it is a folder, not a file"));
      return FALSE;
    }
  if (S_ISFIFO (mode))
    reason = _("it is a named pipe, not a file");
  else if (S_ISCHR (mode) || S_ISBLK (mode))
    reason = _("it is a device, not a file");
  else if (S_ISSOCK (mode))
    reason = _("it is a socket, not a file");
  else
    reason = _("it is not a regular file");
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, reason);
  return FALSE;
}

/* The files of /proc, /sys and their kind say they are empty and are made
 * up as they are read. */
static gboolean
check_file_system (int      fd,
                   GError **error)
{
#ifdef __linux__
  static const long system_types[] = {
    PROC_SUPER_MAGIC, SYSFS_MAGIC, DEBUGFS_MAGIC, TRACEFS_MAGIC, SECURITYFS_MAGIC,
    CGROUP_SUPER_MAGIC, CGROUP2_SUPER_MAGIC, BPF_FS_MAGIC,
  };
  struct statfs fs;

  if (fstatfs (fd, &fs) != 0)
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (system_types); i++)
    if ((long) fs.f_type == system_types[i])
      {
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                             _("it is a file of the system’s status, not a document"));
        return FALSE;
      }
#endif
  return TRUE;
}

static gboolean
check_size (goffset  size,
            goffset  max_size,
            GError **error)
{
  if (size <= max_size)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               _("the file is too large (%lld MiB; the limit is %lld MiB)"),
               (long long) (size / (1024 * 1024)), (long long) (max_size / (1024 * 1024)));
  return FALSE;
}

static GBytes *
map_descriptor (int      fd,
                GError **error)
{
  g_autoptr(GError) local = NULL;
  GMappedFile *mapped;
  GBytes *bytes;

  /* Mapping a local file is faster than reading it into a buffer. */
  mapped = g_mapped_file_new_from_fd (fd, FALSE, &local);
  if (mapped == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_file_error (local->code),
                           local->message);
      return NULL;
    }
  bytes = g_mapped_file_get_bytes (mapped);
  g_mapped_file_unref (mapped);
  return bytes;
}

static GBytes *
read_local (const char  *path,
            goffset      max_size,
            GError     **error)
{
  GStatBuf st;
  GBytes *bytes = NULL;
  int fd;

  if (g_stat (path, &st) != 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }
  if (!check_type (st.st_mode, error))
    return NULL;

  /* Not blocking on open matters only if a pipe took the file's place. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    set_errno_error (error, errno);
  else if (check_type (st.st_mode, error) && check_file_system (fd, error)
           && check_size (st.st_size, max_size, error))
    bytes = st.st_size == 0 ? g_bytes_new (NULL, 0) : map_descriptor (fd, error);
  close (fd);
  return bytes;
}

static GBytes *
read_remote (GFile         *file,
             goffset        max_size,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (info == NULL)
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        set_errno_error (error, ENOENT);
      else
        g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      gboolean folder = g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY;

      check_type (folder ? S_IFDIR : 0, error);
      return NULL;
    }
  if (!check_size (g_file_info_get_size (info), max_size, error))
    return NULL;
  return g_file_load_bytes (file, cancellable, NULL, error);
}

/**
 * pp_file_read_regular:
 * @file: a file to read whole
 * @max_size: the largest size accepted, in bytes
 *
 * Reads @file if it is a regular file of at most @max_size bytes, without
 * blocking on a pipe or reading a device. The errors are %G_IO_ERROR with a
 * message that gives only the reason, for callers that name the file:
 * %G_IO_ERROR_NOT_REGULAR_FILE for a pipe, device, socket or system file,
 * %G_IO_ERROR_IS_DIRECTORY for a folder, %G_IO_ERROR_MESSAGE_TOO_LARGE
 * for a file over @max_size, or what reading it gave.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
pp_file_read_regular (GFile         *file,
                      goffset        max_size,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_file_peek_path (file) != NULL)
    return read_local (g_file_peek_path (file), max_size, error);
  return read_remote (file, max_size, cancellable, error);
}

/**
 * pp_file_same:
 *
 * Whether @a and @b are one file: the same device and inode, whatever the
 * path, symlinks or hard links that lead to it.
 *
 * Returns: %TRUE if both exist and are the same file
 */
gboolean
pp_file_same (GFile *a,
              GFile *b)
{
  GStatBuf st_a, st_b;

  g_return_val_if_fail (G_IS_FILE (a) && G_IS_FILE (b), FALSE);

  if (g_file_peek_path (a) == NULL || g_file_peek_path (b) == NULL)
    return g_file_equal (a, b);
  if (g_stat (g_file_peek_path (a), &st_a) != 0 || g_stat (g_file_peek_path (b), &st_b) != 0)
    return FALSE;
  return st_a.st_dev == st_b.st_dev && st_a.st_ino == st_b.st_ino;
}

/**
 * pp_file_query_identity:
 * @file: (nullable): a file
 *
 * What tells one version of @file from another without reading it: its
 * etag (the time it was last written) and its size.
 *
 * Returns: (transfer full) (nullable): "etag:size", or %NULL when @file is
 *   %NULL or cannot be asked (removed, unreadable)
 */
char *
pp_file_query_identity (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;
  const char *etag;

  if (file == NULL)
    return NULL;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;
  etag = g_file_info_get_etag (info);
  return g_strdup_printf ("%s:%" G_GOFFSET_FORMAT, etag != NULL ? etag : "",
                          g_file_info_get_size (info));
}
