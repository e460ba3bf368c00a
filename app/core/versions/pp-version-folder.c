/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-folder.c: where versions may start. A repository takes in
 * its whole folder, so it is not made where that folder is a home, the
 * system's, or holds other people's files. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pp-version-store-private.h"

static const char * const system_folders[] = {
  "/bin", "/boot", "/dev", "/etc", "/lib", "/opt", "/proc", "/run", "/sbin", "/srv",
  "/sys", "/usr", "/var", NULL,
};

static gboolean
is_system_folder (const char *path)
{
  if (strcmp (path, "/") == 0 || strcmp (path, "/home") == 0 || strcmp (path, "/tmp") == 0)
    return TRUE;
  for (guint i = 0; system_folders[i] != NULL; i++)
    {
      gsize n = strlen (system_folders[i]);

      if (strncmp (path, system_folders[i], n) == 0 && (path[n] == '\0' || path[n] == '/'))
        return TRUE;
    }
  return FALSE;
}

/* The first of the folder's own entries that another user owns. */
static char *
other_users_file (GFile *folder)
{
  g_autoptr(GFileEnumerator) children = NULL;
  guint32 me = (guint32) getuid ();
  GFileInfo *info;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                                        G_FILE_ATTRIBUTE_UNIX_UID,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;

      if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_UID) &&
          g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_UID) != me)
        return g_strdup (g_file_info_get_display_name (info));
    }
  return NULL;
}

/**
 * pp_version_store_check_folder:
 *
 * Returns: whether versions may start in @folder; else
 *   %PP_VERSION_ERROR_UNSAFE_FOLDER saying why and what to do
 */
gboolean
pp_version_store_check_folder (GFile   *folder,
                               GError **error)
{
  g_autofree char *path = g_file_get_path (folder);
  g_autofree char *real = path != NULL ? realpath (path, NULL) : NULL;
  g_autofree char *home = realpath (g_get_home_dir (), NULL);
  g_autofree char *name = g_file_get_parse_name (folder);
  g_autofree char *other = NULL;

  if (real == NULL)
    g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNSAFE_FOLDER,
                 _("The folder “%s” cannot be found on this computer"), name);
  else if (home != NULL && strcmp (real, home) == 0)
    g_set_error_literal (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNSAFE_FOLDER,
                         _("Versions are not kept in your home folder itself, where they would "
                           "take in all your files. Move the portfolio into a folder of its "
                           "own, then start keeping versions."));
  else if (is_system_folder (real))
    g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNSAFE_FOLDER,
                 _("“%s” is a folder of the system, not yours. Move the portfolio into a "
                   "folder of its own, then start keeping versions."), name);
  else if ((other = other_users_file (folder)) != NULL)
    g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNSAFE_FOLDER,
                 _("“%s” holds other people's files (“%s” for one), which its versions "
                   "would take in. Move the portfolio into a folder of its own, then start "
                   "keeping versions."), name, other);
  else
    return TRUE;
  return FALSE;
}

/**
 * pp_version_store_create:
 * @file: a portfolio file in no repository
 *
 * Makes a git repository in @file's folder, after
 * pp_version_store_check_folder() agrees, and opens it. Nothing is
 * committed yet.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
PpVersionStore *
pp_version_store_create (GFile   *file,
                         GError **error)
{
  g_autoptr(GFile) parent = NULL;
  PpVersionStore *store;
  g_autofree char *path = NULL;
  g_autoptr(git_repository) repo = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  _pp_version_ensure_libgit2 ();
  parent = g_file_get_parent (file);
  path = parent != NULL ? g_file_get_path (parent) : NULL;
  if (path == NULL)
    {
      g_set_error_literal (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNSAFE_FOLDER,
                           _("Versions can only be kept for a file in a folder on this computer"));
      return NULL;
    }
  if (!pp_version_store_check_folder (parent, error))
    return NULL;
  if (_pp_version_git_failed (git_repository_init (&repo, path, 0), error,
                              _("Could not start keeping versions")))
    return NULL;
  store = pp_version_store_open (file, error);
  if (store != NULL)
    _pp_version_store_ignore_save_files (store);
  return store;
}
