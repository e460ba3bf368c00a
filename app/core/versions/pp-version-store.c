/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-store.c: finding the git repository a portfolio file is in,
 * making one for it, and reading the file as a version had it.
 *
 * The store reads and writes only the one file: other files of the
 * repository are never committed, checked out or changed. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "pp-file-save.h"
#include "pp-portfolio-io.h"
#include "pp-version-store-private.h"

G_DEFINE_QUARK (pp-version-error, pp_version_error)

struct _PpVersionStore
{
  GObject parent_instance;

  git_repository *repo;
  GFile *file;
  GFile *folder;   /* the repository's work tree */
  char *path;      /* the file's path in it, with '/' between folders */
};

G_DEFINE_FINAL_TYPE (PpVersionStore, pp_version_store, G_TYPE_OBJECT)

static void
pp_version_store_finalize (GObject *object)
{
  PpVersionStore *self = PP_VERSION_STORE (object);

  g_clear_pointer (&self->repo, git_repository_free);
  g_clear_object (&self->file);
  g_clear_object (&self->folder);
  g_free (self->path);
  G_OBJECT_CLASS (pp_version_store_parent_class)->finalize (object);
}

static void
pp_version_store_class_init (PpVersionStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pp_version_store_finalize;
}

static void
pp_version_store_init (PpVersionStore *self)
{
  (void) self;
}

/* libgit2 is set up once and never shut down: the app may open stores
 * from any thread at any time. */
void
_pp_version_ensure_libgit2 (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      git_libgit2_init ();
      g_once_init_leave (&done, 1);
    }
}

gboolean
_pp_version_git_failed (int          code,
                        GError     **error,
                        const char  *doing)
{
  const git_error *git_error = git_error_last ();

  if (code >= 0)
    return FALSE;
  g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_FAILED,
               /* Translators: "%s: %s" is what failed, then git's own reason */
               _("%s: %s"), doing,
               git_error != NULL && git_error->message != NULL ? git_error->message
                                                               : _("git gave no reason"));
  return TRUE;
}

git_repository *
_pp_version_store_get_repository (PpVersionStore *self)
{
  return self->repo;
}

/* The folder's real path, so that a file reached through a symbolic link
 * is found at its place in the work tree. */
static char *
real_parent_path (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *parent_path = parent != NULL ? g_file_get_path (parent) : NULL;
  g_autofree char *real = parent_path != NULL ? realpath (parent_path, NULL) : NULL;

  return g_steal_pointer (&real);
}

static gboolean
set_path_in_work_tree (PpVersionStore *self,
                       GError        **error)
{
  g_autofree char *folder = real_parent_path (self->file);
  g_autofree char *base = g_file_get_basename (self->file);
  g_autofree char *work = NULL;
  g_autofree char *full = NULL;
  const char *workdir = git_repository_workdir (self->repo);

  work = workdir != NULL ? realpath (workdir, NULL) : NULL;
  full = folder != NULL ? g_build_filename (folder, base, NULL) : NULL;
  if (work == NULL || full == NULL || !g_str_has_prefix (full, work) ||
      full[strlen (work)] != G_DIR_SEPARATOR)
    {
      g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NO_REPOSITORY,
                   _("“%s” is not in a folder that keeps versions"), base);
      return FALSE;
    }
  self->path = g_strdup (full + strlen (work) + 1);
  self->folder = g_file_new_for_path (work);
  return TRUE;
}

/* The backup and the temporary files a save leaves beside the file are
 * never versions: they go in the repository's own list of files to
 * ignore (.git/info/exclude), which is shared with no other copy. That is
 * written when versions are first made here, or synced, not when they are
 * only read. */
void
_pp_version_store_ignore_save_files (PpVersionStore *self)
{
  g_autofree char *exclude = g_build_filename (git_repository_path (self->repo), "info",
                                               "exclude", NULL);
  g_autofree char *folder = g_path_get_dirname (exclude);
  g_autofree char *old = NULL;
  g_autofree char *line = g_strdup_printf ("/%s~", self->path);
  g_autoptr(GString) text = NULL;

  if (!g_file_get_contents (exclude, &old, NULL, NULL))
    old = g_strdup ("");
  if (strstr (old, line) != NULL)
    return;
  text = g_string_new (old);
  if (text->len > 0 && text->str[text->len - 1] != '\n')
    g_string_append_c (text, '\n');
  g_string_append_printf (text, "# Partnership Planner's backups and unfinished saves\n%s\n"
                          "*" PP_FILE_SAVE_TEMP_MARK "*\n*" PP_FILE_SAVE_BACKUP_MARK "*\n", line);
  g_mkdir_with_parents (folder, 0777);
  g_file_set_contents (exclude, text->str, text->len, NULL);
}

/**
 * pp_version_store_open:
 * @file: a portfolio file
 *
 * Finds the git repository that holds @file, looking upward from its
 * folder as git does.
 *
 * Returns: (transfer full): the store, or %NULL with
 *   %PP_VERSION_ERROR_NO_REPOSITORY when @file is in none
 */
PpVersionStore *
pp_version_store_open (GFile   *file,
                       GError **error)
{
  g_autoptr(PpVersionStore) self = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  git_buf root = GIT_BUF_INIT;
  int code;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  _pp_version_ensure_libgit2 ();
  folder = real_parent_path (file);
  base = g_file_get_basename (file);
  if (folder == NULL || git_repository_discover (&root, folder, 0, NULL) < 0)
    {
      g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NO_REPOSITORY,
                   _("“%s” is not in a folder that keeps versions"), base);
      return NULL;
    }

  self = g_object_new (PP_TYPE_VERSION_STORE, NULL);
  self->file = g_object_ref (file);
  code = git_repository_open (&self->repo, root.ptr);
  git_buf_dispose (&root);
  if (_pp_version_git_failed (code, error, _("Could not open the versions of the folder")))
    return NULL;
  if (git_repository_is_bare (self->repo) || !set_path_in_work_tree (self, error))
    {
      g_clear_error (error);
      g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NO_REPOSITORY,
                   _("“%s” is not in a folder that keeps versions"), base);
      return NULL;
    }
  return g_steal_pointer (&self);
}

GFile *
pp_version_store_get_file (PpVersionStore *self)
{
  g_return_val_if_fail (PP_IS_VERSION_STORE (self), NULL);
  return self->file;
}

/**
 * pp_version_store_get_path:
 *
 * Returns: the file's path in the repository ("plans/pk-by.json")
 */
const char *
pp_version_store_get_path (PpVersionStore *self)
{
  g_return_val_if_fail (PP_IS_VERSION_STORE (self), NULL);
  return self->path;
}

/**
 * pp_version_store_get_folder:
 *
 * Returns: (transfer none): the repository's top folder
 */
GFile *
pp_version_store_get_folder (PpVersionStore *self)
{
  g_return_val_if_fail (PP_IS_VERSION_STORE (self), NULL);
  return self->folder;
}

gboolean
pp_version_store_has_author (PpVersionStore *self)
{
  g_autoptr(git_signature) signature = NULL;

  g_return_val_if_fail (PP_IS_VERSION_STORE (self), FALSE);
  return git_signature_default (&signature, self->repo) == 0;
}

gboolean
pp_version_store_has_remote (PpVersionStore *self)
{
  git_strarray names = { NULL, 0 };
  gboolean has;

  g_return_val_if_fail (PP_IS_VERSION_STORE (self), FALSE);
  if (git_remote_list (&names, self->repo) < 0)
    return FALSE;
  has = names.count > 0;
  git_strarray_dispose (&names);
  return has;
}

/**
 * _pp_version_store_lookup:
 * @revision: anything git names a commit by: an id or its start, a tag,
 *   "HEAD~2"
 *
 * Returns: (transfer full): the commit, or %NULL with
 *   %PP_VERSION_ERROR_UNKNOWN_VERSION
 */
git_commit *
_pp_version_store_lookup (PpVersionStore *self,
                          const char     *revision,
                          GError        **error)
{
  g_autoptr(git_object) object = NULL;
  git_object *commit = NULL;

  if (git_revparse_single (&object, self->repo, revision) < 0 ||
      git_object_peel (&commit, object, GIT_OBJECT_COMMIT) < 0)
    {
      g_autofree char *base = g_file_get_basename (self->file);

      g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNKNOWN_VERSION,
                   _("There is no version “%s” of “%s”"), revision, base);
      return NULL;
    }
  return (git_commit *) commit;
}

/**
 * pp_version_store_read:
 *
 * Returns: (transfer full): the file's bytes as @revision had them, or
 *   %NULL with @error set
 */
GBytes *
pp_version_store_read (PpVersionStore *self,
                       const char     *revision,
                       GError        **error)
{
  g_autoptr(git_commit) commit = NULL;
  g_autoptr(git_tree) tree = NULL;
  g_autoptr(git_tree_entry) entry = NULL;
  g_autoptr(git_blob) blob = NULL;

  g_return_val_if_fail (PP_IS_VERSION_STORE (self), NULL);
  g_return_val_if_fail (revision != NULL, NULL);

  commit = _pp_version_store_lookup (self, revision, error);
  if (commit == NULL)
    return NULL;
  if (git_commit_tree (&tree, commit) < 0 ||
      git_tree_entry_bypath (&entry, tree, self->path) < 0 ||
      git_tree_entry_type (entry) != GIT_OBJECT_BLOB ||
      git_blob_lookup (&blob, self->repo, git_tree_entry_id (entry)) < 0)
    {
      g_autofree char *base = g_file_get_basename (self->file);

      g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NOT_IN_VERSION,
                   _("Version %.7s has no copy of “%s”"), git_oid_tostr_s (git_commit_id (commit)), base);
      return NULL;
    }
  if (git_blob_rawsize (blob) > PP_MAX_FILE_SIZE)
    {
      g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_LIMIT,
                   _("the file is larger than a portfolio may be (%d MiB)"),
                   PP_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  return g_bytes_new (git_blob_rawcontent (blob), git_blob_rawsize (blob));
}
