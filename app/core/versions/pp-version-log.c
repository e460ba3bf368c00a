/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-log.c: the versions of one file, newest first, as git's log
 * of that path shows them: each commit in which the file differs from
 * the commit before, with the meetings tagged on it. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-version-store-private.h"

PpVersion *
_pp_version_from_commit (git_commit *commit)
{
  const git_signature *author = git_commit_author (commit);
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) time = NULL;
  const char *message = git_commit_message (commit);
  g_autofree char *trimmed = g_strchomp (g_strdup (message != NULL ? message : ""));

  zone = g_time_zone_new_offset (author->when.offset * 60);
  utc = g_date_time_new_from_unix_utc (author->when.time);
  time = g_date_time_to_timezone (utc, zone);
  return pp_version_new (git_oid_tostr_s (git_commit_id (commit)), time,
                         author->name, author->email, trimmed);
}

/* Whether @tree holds @path, and the id of what it holds there. */
static gboolean
blob_at (git_tree   *tree,
         const char *path,
         git_oid    *id)
{
  g_autoptr(git_tree_entry) entry = NULL;

  if (git_tree_entry_bypath (&entry, tree, path) < 0)
    return FALSE;
  git_oid_cpy (id, git_tree_entry_id (entry));
  return TRUE;
}

static gboolean
commit_blob (git_commit *commit,
             const char *path,
             git_oid    *id)
{
  g_autoptr(git_tree) tree = NULL;

  return git_commit_tree (&tree, commit) == 0 && blob_at (tree, path, id);
}

/* A commit is a version of the file when the file is in it and differs
 * from what the commit before had. For a merge that is its first parent,
 * the copy it was made in: a sync that kept this copy's file as it was is
 * not a version of its own, but one that took the other copy's file (all
 * its conflicts settled their way) is, since the file changed here. */
static gboolean
is_version (git_commit *commit,
            const char *path)
{
  g_autoptr(git_commit) parent = NULL;
  git_oid id, parent_id;

  if (!commit_blob (commit, path, &id))
    return FALSE;
  return git_commit_parentcount (commit) == 0 || git_commit_parent (&parent, commit, 0) != 0 ||
         !commit_blob (parent, path, &parent_id) || !git_oid_equal (&id, &parent_id);
}

typedef struct
{
  git_repository *repo;
  GHashTable *labels;   /* commit id → GPtrArray of labels */
} TagScan;

/* A tag made by the app is annotated, and its message is the meeting's
 * name; any other tag is shown by its own name. */
static int
add_tag (const char *name,
         git_oid    *oid,
         void       *data)
{
  TagScan *scan = data;
  g_autoptr(git_object) object = NULL;
  g_autoptr(git_object) target = NULL;
  g_autofree char *label = NULL;
  GPtrArray *labels;

  if (git_object_lookup (&object, scan->repo, oid, GIT_OBJECT_ANY) < 0 ||
      git_object_peel (&target, object, GIT_OBJECT_COMMIT) < 0)
    return 0;
  if (git_object_type (object) == GIT_OBJECT_TAG &&
      git_tag_message ((git_tag *) object) != NULL)
    label = g_strstrip (g_strdup (git_tag_message ((git_tag *) object)));
  if (label == NULL || *label == '\0')
    {
      g_free (label);
      label = g_strdup (g_str_has_prefix (name, "refs/tags/") ? name + 10 : name);
    }
  labels = g_hash_table_lookup (scan->labels, git_oid_tostr_s (git_object_id (target)));
  if (labels == NULL)
    {
      labels = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (scan->labels, g_strdup (git_oid_tostr_s (git_object_id (target))), labels);
    }
  g_ptr_array_add (labels, g_steal_pointer (&label));
  return 0;
}

static GHashTable *
scan_tags (git_repository *repo)
{
  TagScan scan = { repo, NULL };

  scan.labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
  git_tag_foreach (repo, add_tag, &scan);
  return scan.labels;
}

static void
attach_tags (PpVersion  *version,
             GHashTable *labels)
{
  GPtrArray *found = g_hash_table_lookup (labels, pp_version_get_id (version));

  for (guint i = 0; found != NULL && i < found->len; i++)
    pp_version_add_tag (version, g_ptr_array_index (found, i));
}

/**
 * pp_version_store_list:
 *
 * Returns: (transfer full): the versions of the file, newest first, as
 *   #PpVersion; empty when none was saved yet
 */
GListModel *
pp_version_store_list (PpVersionStore *self,
                       GError        **error)
{
  git_repository *repo = _pp_version_store_get_repository (self);
  const char *path = pp_version_store_get_path (self);
  g_autoptr(GListStore) store = g_list_store_new (PP_TYPE_VERSION);
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(git_revwalk) walk = NULL;
  g_autoptr(GHashTable) labels = NULL;
  git_oid oid;

  g_return_val_if_fail (PP_IS_VERSION_STORE (self), NULL);

  if (git_repository_head_unborn (repo) == 1)
    return G_LIST_MODEL (g_steal_pointer (&store));
  if (_pp_version_git_failed (git_revwalk_new (&walk, repo), error, _("Could not read the versions")) ||
      _pp_version_git_failed (git_revwalk_push_head (walk), error, _("Could not read the versions")))
    return NULL;
  git_revwalk_sorting (walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
  labels = scan_tags (repo);

  while (git_revwalk_next (&oid, walk) == 0)
    {
      g_autoptr(git_commit) commit = NULL;
      PpVersion *version;

      if (git_commit_lookup (&commit, repo, &oid) < 0 || !is_version (commit, path))
        continue;
      version = _pp_version_from_commit (commit);
      attach_tags (version, labels);
      g_ptr_array_add (versions, version);
    }
  g_list_store_splice (store, 0, 0, versions->pdata, versions->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * pp_version_store_find:
 *
 * Returns: (transfer full): the version @revision names, or %NULL with
 *   @error set
 */
PpVersion *
pp_version_store_find (PpVersionStore *self,
                       const char     *revision,
                       GError        **error)
{
  g_autoptr(git_commit) commit = NULL;
  g_autoptr(GHashTable) labels = NULL;
  PpVersion *version;

  g_return_val_if_fail (PP_IS_VERSION_STORE (self), NULL);
  g_return_val_if_fail (revision != NULL, NULL);

  commit = _pp_version_store_lookup (self, revision, error);
  if (commit == NULL)
    return NULL;
  version = _pp_version_from_commit (commit);
  labels = scan_tags (_pp_version_store_get_repository (self));
  attach_tags (version, labels);
  return version;
}
