/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-save.c: saving a version of the one file (a commit of that
 * file alone, whatever else the folder holds or has staged), tagging a
 * version with a meeting, and the folders where versions may start. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pp-version-store-private.h"

/**
 * _pp_version_signature:
 * @name: (nullable): the author's name, or %NULL for the repository's
 *   git config
 *
 * Returns: whether @out is set; else %PP_VERSION_ERROR_NO_AUTHOR
 */
gboolean
_pp_version_signature (git_repository  *repo,
                       const char      *name,
                       const char      *email,
                       git_signature  **out,
                       GError         **error)
{
  int code;

  if (name != NULL && *name != '\0')
    code = git_signature_now (out, name, email != NULL ? email : "");
  else
    code = git_signature_default (out, repo);
  if (code == 0)
    return TRUE;
  g_set_error_literal (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NO_AUTHOR,
                       _("Saving a version needs your name and e-mail address"));
  return FALSE;
}

/* The tree of HEAD (an empty one when nothing was committed yet) with the
 * file's new contents in place. */
static gboolean
updated_tree (PpVersionStore *self,
              git_commit     *head,
              git_oid        *tree_id,
              GError        **error)
{
  git_repository *repo = _pp_version_store_get_repository (self);
  g_autoptr(git_tree) base = NULL;
  g_autofree char *disk_path = g_file_get_path (pp_version_store_get_file (self));
  git_tree_update update = { GIT_TREE_UPDATE_UPSERT, { { 0 } }, GIT_FILEMODE_BLOB,
                             pp_version_store_get_path (self) };
  const char *doing = _("Could not save the version");

  if (_pp_version_git_failed (git_blob_create_from_disk (&update.id, repo, disk_path), error, doing))
    return FALSE;
  if (head != NULL)
    {
      if (_pp_version_git_failed (git_commit_tree (&base, head), error, doing))
        return FALSE;
    }
  else
    {
      git_treebuilder *builder = NULL;
      git_oid empty;
      int code = git_treebuilder_new (&builder, repo, NULL);

      if (code == 0)
        code = git_treebuilder_write (&empty, builder);
      git_treebuilder_free (builder);
      if (_pp_version_git_failed (code, error, doing) ||
          _pp_version_git_failed (git_tree_lookup (&base, repo, &empty), error, doing))
        return FALSE;
    }
  return !_pp_version_git_failed (git_tree_create_updated (tree_id, repo, base, 1, &update),
                                  error, doing);
}

/* Stages what was committed, so that `git status` shows the file as
 * saved; what else the index holds is left as it was. */
static void
stage_file (PpVersionStore *self)
{
  g_autoptr(git_index) index = NULL;

  if (git_repository_index (&index, _pp_version_store_get_repository (self)) == 0 &&
      git_index_add_bypath (index, pp_version_store_get_path (self)) == 0)
    git_index_write (index);
}

static git_commit *
head_commit (git_repository *repo)
{
  g_autoptr(git_reference) head = NULL;
  git_object *commit = NULL;

  if (git_repository_head (&head, repo) < 0 ||
      git_reference_peel (&commit, head, GIT_OBJECT_COMMIT) < 0)
    return NULL;
  return (git_commit *) commit;
}

/**
 * pp_version_store_save:
 * @message: what the version is, in the user's words
 * @name: (nullable): the author, or %NULL for the repository's git config
 *
 * Commits the file as it is on disk, and only it, on the current branch.
 *
 * Returns: (transfer full): the new version, or %NULL with @error set
 *   (%PP_VERSION_ERROR_UNCHANGED when the last version is the same)
 */
PpVersion *
pp_version_store_save (PpVersionStore *self,
                       const char     *message,
                       const char     *name,
                       const char     *email,
                       GError        **error)
{
  git_repository *repo;
  g_autoptr(git_commit) head = NULL;
  g_autoptr(git_commit) commit = NULL;
  g_autoptr(git_tree) tree = NULL;
  g_autoptr(git_signature) signature = NULL;
  git_oid tree_id, commit_id;
  const git_commit *parents[1];
  const char *doing = _("Could not save the version");

  g_return_val_if_fail (PP_IS_VERSION_STORE (self), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  repo = _pp_version_store_get_repository (self);
  _pp_version_store_ignore_save_files (self);
  head = head_commit (repo);
  if (!_pp_version_signature (repo, name, email, &signature, error) ||
      !updated_tree (self, head, &tree_id, error))
    return NULL;
  if (head != NULL && git_oid_equal (&tree_id, git_commit_tree_id (head)))
    {
      g_set_error_literal (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNCHANGED,
                           _("The file is the same as its last saved version"));
      return NULL;
    }
  parents[0] = head;
  if (_pp_version_git_failed (git_tree_lookup (&tree, repo, &tree_id), error, doing) ||
      _pp_version_git_failed (git_commit_create (&commit_id, repo, "HEAD", signature, signature,
                                                 NULL, message, tree, head != NULL ? 1 : 0,
                                                 parents),
                              error, doing) ||
      _pp_version_git_failed (git_commit_lookup (&commit, repo, &commit_id), error, doing))
    return NULL;
  stage_file (self);
  return _pp_version_from_commit (commit);
}

/* A tag's name from the meeting's label: git's names allow no spaces, so
 * "JWG-3, Minsk, 12 Apr 2026" becomes "JWG-3-Minsk-12-Apr-2026"; a label
 * with no Latin letters or digits is named by the date. The label itself
 * is the tag's message, and what the app shows. */
static char *
tag_name (const char *label)
{
  g_autofree char *ascii = g_str_to_ascii (label, "C");
  GString *name = g_string_new ("");

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p) || *p == '.' || *p == '_')
        g_string_append_c (name, *p);
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  while (name->len > 0 && (name->str[name->len - 1] == '-' || name->str[name->len - 1] == '.'))
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");

      g_string_printf (name, "meeting-%s", stamp);
    }
  return g_string_free (name, FALSE);
}

/* The first free name of @base, @base-2, @base-3…, so that two meetings
 * of the same label both keep their tags. */
static char *
free_tag_name (git_repository *repo,
               const char     *base)
{
  char *name = g_strdup (base);

  for (guint i = 2; ; i++)
    {
      g_autofree char *ref = g_strconcat ("refs/tags/", name, NULL);
      g_autoptr(git_reference) existing = NULL;

      if (git_reference_lookup (&existing, repo, ref) == GIT_ENOTFOUND)
        return name;
      g_free (name);
      name = g_strdup_printf ("%s-%u", base, i);
    }
}

/**
 * pp_version_store_tag:
 * @label: the meeting's name, as the user wrote it
 *
 * Tags @revision with @label (an annotated tag whose message is @label).
 */
gboolean
pp_version_store_tag (PpVersionStore *self,
                      const char     *revision,
                      const char     *label,
                      const char     *name,
                      const char     *email,
                      GError        **error)
{
  git_repository *repo;
  g_autoptr(git_commit) commit = NULL;
  g_autoptr(git_signature) signature = NULL;
  g_autofree char *base = NULL;
  g_autofree char *free_name = NULL;
  g_autofree char *message = NULL;
  git_oid tag_id;

  g_return_val_if_fail (PP_IS_VERSION_STORE (self), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);

  repo = _pp_version_store_get_repository (self);
  message = g_strstrip (g_strdup (label));
  if (*message == '\0')
    {
      g_set_error_literal (error, PP_VERSION_ERROR, PP_VERSION_ERROR_FAILED,
                           _("A meeting's tag needs a name"));
      return FALSE;
    }
  commit = _pp_version_store_lookup (self, revision, error);
  if (commit == NULL || !_pp_version_signature (repo, name, email, &signature, error))
    return FALSE;
  base = tag_name (message);
  free_name = free_tag_name (repo, base);
  return !_pp_version_git_failed (git_tag_create (&tag_id, repo, free_name, (git_object *) commit,
                                                  signature, message, 0),
                                  error, _("Could not tag the version"));
}
