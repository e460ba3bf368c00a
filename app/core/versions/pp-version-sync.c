/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-sync.c: syncing a portfolio file's versions with the
 * repository they are shared through.
 *
 * Two steps, each in a worker thread on a repository handle of its own:
 * fetch (after saving what the file has that no version has, so nothing
 * local can be lost) finds whether the copies differ and reads the base,
 * ours and theirs; the caller merges them, with the user settling any
 * conflict; then finish commits the merge (or takes theirs when only they
 * changed), writes the file, and pushes. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-file-save.h"
#include "pp-version-remote.h"
#include "pp-version-store-private.h"
#include "pp-version-sync.h"

struct _PpVersionSync
{
  GObject parent_instance;

  PpVersionStore *store;
  char *repo_path;
  char *name;
  char *email;
  char *remote;
  char *branch;
  PpSyncState state;
  git_oid ours_id;
  git_oid theirs_id;
  GBytes *base;
  GBytes *ours;
  GBytes *theirs;
  double progress;
  GMainContext *context;
};

G_DEFINE_FINAL_TYPE (PpVersionSync, pp_version_sync, G_TYPE_OBJECT)

enum { PROP_0, PROP_PROGRESS, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
pp_version_sync_finalize (GObject *object)
{
  PpVersionSync *self = PP_VERSION_SYNC (object);

  g_clear_object (&self->store);
  g_free (self->repo_path);
  g_free (self->name);
  g_free (self->email);
  g_free (self->remote);
  g_free (self->branch);
  g_clear_pointer (&self->base, g_bytes_unref);
  g_clear_pointer (&self->ours, g_bytes_unref);
  g_clear_pointer (&self->theirs, g_bytes_unref);
  g_main_context_unref (self->context);
  G_OBJECT_CLASS (pp_version_sync_parent_class)->finalize (object);
}

static void
pp_version_sync_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PpVersionSync *self = PP_VERSION_SYNC (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_version_sync_class_init (PpVersionSyncClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pp_version_sync_finalize;
  object_class->get_property = pp_version_sync_get_property;
  /* How far the transfer under way is, 0…1; notified in the thread that
   * made the sync. */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_version_sync_init (PpVersionSync *self)
{
  self->context = g_main_context_ref_thread_default ();
}

/**
 * pp_version_sync_new:
 * @name: (nullable): the author of the versions syncing commits, or
 *   %NULL for the repository's git config
 *
 * Returns: (transfer full): a sync of @store's file, not started
 */
PpVersionSync *
pp_version_sync_new (PpVersionStore *store,
                     const char     *name,
                     const char     *email)
{
  PpVersionSync *self;

  g_return_val_if_fail (PP_IS_VERSION_STORE (store), NULL);

  self = g_object_new (PP_TYPE_VERSION_SYNC, NULL);
  self->store = g_object_ref (store);
  self->repo_path = g_strdup (git_repository_path (_pp_version_store_get_repository (store)));
  self->name = g_strdup (name);
  self->email = g_strdup (email);
  return self;
}

PpSyncState
pp_version_sync_get_state (PpVersionSync *self)
{
  g_return_val_if_fail (PP_IS_VERSION_SYNC (self), PP_SYNC_STATE_UNKNOWN);
  return self->state;
}

double
pp_version_sync_get_progress (PpVersionSync *self)
{
  g_return_val_if_fail (PP_IS_VERSION_SYNC (self), 0.0);
  return self->progress;
}

/**
 * pp_version_sync_get_remote:
 *
 * Returns: (nullable): the name of the remote synced with, once fetched
 */
const char *
pp_version_sync_get_remote (PpVersionSync *self)
{
  g_return_val_if_fail (PP_IS_VERSION_SYNC (self), NULL);
  return self->remote;
}

/**
 * pp_version_sync_get_base:
 *
 * Returns: (nullable): the file as the two copies' common version had it;
 *   %NULL when they share none that has it
 */
GBytes *
pp_version_sync_get_base (PpVersionSync *self)
{
  g_return_val_if_fail (PP_IS_VERSION_SYNC (self), NULL);
  return self->base;
}

GBytes *
pp_version_sync_get_ours (PpVersionSync *self)
{
  g_return_val_if_fail (PP_IS_VERSION_SYNC (self), NULL);
  return self->ours;
}

/**
 * pp_version_sync_get_theirs:
 *
 * Returns: (nullable): the file as the other copy's newest version has it
 */
GBytes *
pp_version_sync_get_theirs (PpVersionSync *self)
{
  g_return_val_if_fail (PP_IS_VERSION_SYNC (self), NULL);
  return self->theirs;
}

typedef struct
{
  PpVersionSync *self;
  double fraction;
} Progress;

static gboolean
notify_progress (gpointer data)
{
  Progress *progress = data;

  progress->self->progress = CLAMP (progress->fraction, 0.0, 1.0);
  g_object_notify_by_pspec (G_OBJECT (progress->self), properties[PROP_PROGRESS]);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->self);
  g_free (progress);
}

static void
report_progress (double   fraction,
                 gpointer data)
{
  PpVersionSync *self = data;
  Progress *progress = g_new (Progress, 1);

  progress->self = g_object_ref (self);
  progress->fraction = fraction;
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, notify_progress, progress,
                              progress_free);
}

/* The file as @commit has it, or %NULL. */
static GBytes *
read_file_at (git_repository *repo,
              const git_oid  *commit_id,
              const char     *path)
{
  g_autoptr(git_commit) commit = NULL;
  g_autoptr(git_tree) tree = NULL;
  g_autoptr(git_tree_entry) entry = NULL;
  g_autoptr(git_blob) blob = NULL;

  if (git_commit_lookup (&commit, repo, commit_id) < 0 || git_commit_tree (&tree, commit) < 0 ||
      git_tree_entry_bypath (&entry, tree, path) < 0 ||
      git_blob_lookup (&blob, repo, git_tree_entry_id (entry)) < 0)
    return NULL;
  return g_bytes_new (git_blob_rawcontent (blob), git_blob_rawsize (blob));
}

static gboolean
resolve (git_repository *repo,
         const char     *name,
         git_oid        *id)
{
  return git_reference_name_to_id (id, repo, name) == 0;
}

/* Where the two copies stand, once the other's versions are fetched. */
static void
find_state (PpVersionSync  *self,
            git_repository *repo)
{
  g_autofree char *theirs_ref = g_strdup_printf ("refs/remotes/%s/%s", self->remote, self->branch);
  const char *path = pp_version_store_get_path (self->store);
  git_oid base_id;

  resolve (repo, "HEAD", &self->ours_id);
  self->ours = read_file_at (repo, &self->ours_id, path);
  if (!resolve (repo, theirs_ref, &self->theirs_id))
    self->state = PP_SYNC_STATE_AHEAD;
  else if (git_oid_equal (&self->ours_id, &self->theirs_id))
    self->state = PP_SYNC_STATE_UP_TO_DATE;
  else if (git_graph_descendant_of (repo, &self->ours_id, &self->theirs_id) == 1)
    self->state = PP_SYNC_STATE_AHEAD;
  else if (git_graph_descendant_of (repo, &self->theirs_id, &self->ours_id) == 1)
    self->state = PP_SYNC_STATE_BEHIND;
  else
    self->state = PP_SYNC_STATE_DIVERGED;
  if (self->state == PP_SYNC_STATE_BEHIND || self->state == PP_SYNC_STATE_DIVERGED)
    self->theirs = read_file_at (repo, &self->theirs_id, path);
  if (self->state == PP_SYNC_STATE_DIVERGED &&
      git_merge_base (&base_id, repo, &self->ours_id, &self->theirs_id) == 0)
    self->base = read_file_at (repo, &base_id, path);
}

static void
fetch_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  PpVersionSync *self = source;
  g_autoptr(git_repository) repo = NULL;
  PpRemoteCallbacks callbacks = { cancellable, report_progress, self, 0, NULL };
  GError *error = NULL;

  if (_pp_version_git_failed (git_repository_open (&repo, self->repo_path), &error,
                              _("Could not open the versions of the folder")) ||
      !_pp_remote_find (repo, &self->remote, &self->branch, &error) ||
      !_pp_remote_fetch (repo, self->remote, &callbacks, &error))
    {
      g_free (callbacks.rejected);
      g_task_return_error (task, error);
      return;
    }
  find_state (self, repo);
  g_task_return_boolean (task, TRUE);
}

/* What the file has that its last version has not is saved as a version
 * first, so that syncing never loses a local change. */
static gboolean
save_local_changes (PpVersionSync *self,
                    GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PpVersion) version = NULL;

  version = pp_version_store_save (self->store, _("Changes before syncing"), self->name,
                                   self->email, &local_error);
  if (version != NULL || g_error_matches (local_error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNCHANGED))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * pp_version_sync_fetch_async:
 *
 * Saves a version of what the file has that no version has, fetches the
 * other copy's versions, and finds out how the two stand.
 */
void
pp_version_sync_fetch_async (PpVersionSync       *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (PP_IS_VERSION_SYNC (self));
  g_return_if_fail (self->state == PP_SYNC_STATE_UNKNOWN);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pp_version_sync_fetch_async);
  if (!save_local_changes (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, fetch_thread);
}

gboolean
pp_version_sync_fetch_finish (PpVersionSync *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Writes the file as the sync decided, safely, and stages it so that the
 * folder shows it as committed. */
static gboolean
write_file (PpVersionSync  *self,
            git_repository *repo,
            GBytes         *contents,
            GError        **error)
{
  g_autoptr(git_index) index = NULL;

  if (!pp_file_replace_contents (pp_version_store_get_file (self->store), contents, FALSE,
                                 NULL, error))
    return FALSE;
  if (git_repository_index (&index, repo) == 0 &&
      git_index_add_bypath (index, pp_version_store_get_path (self->store)) == 0)
    git_index_write (index);
  return TRUE;
}

/* Only the other copy has new versions: this branch moves to theirs. */
static gboolean
take_theirs (PpVersionSync  *self,
             git_repository *repo,
             GError        **error)
{
  g_autofree char *ref_name = g_strdup_printf ("refs/heads/%s", self->branch);
  g_autoptr(git_reference) ref = NULL;
  g_autoptr(git_reference) moved = NULL;
  const char *doing = _("Could not take the other copy's versions");

  if (_pp_version_git_failed (git_reference_lookup (&ref, repo, ref_name), error, doing) ||
      _pp_version_git_failed (git_reference_set_target (&moved, ref, &self->theirs_id,
                                                        "sync: fast-forward"),
                              error, doing))
    return FALSE;
  return self->theirs == NULL || write_file (self, repo, self->theirs, error);
}

/* The tree of the merge: git's merge of the two commits, with the file as
 * the caller merged it. Another file changed on both sides is left to git. */
static gboolean
merged_tree (PpVersionSync  *self,
             git_repository *repo,
             GBytes         *merged,
             git_oid        *tree_id,
             GError        **error)
{
  g_autoptr(git_commit) ours = NULL;
  g_autoptr(git_commit) theirs = NULL;
  g_autoptr(git_index) index = NULL;
  git_index_entry entry = { 0 };
  gsize size;
  const void *data = g_bytes_get_data (merged, &size);
  const char *doing = _("Could not merge the two copies");

  if (_pp_version_git_failed (git_commit_lookup (&ours, repo, &self->ours_id), error, doing) ||
      _pp_version_git_failed (git_commit_lookup (&theirs, repo, &self->theirs_id), error, doing) ||
      _pp_version_git_failed (git_merge_commits (&index, repo, ours, theirs, NULL), error, doing))
    return FALSE;
  entry.mode = GIT_FILEMODE_BLOB;
  entry.path = pp_version_store_get_path (self->store);
  git_index_conflict_remove (index, entry.path);
  /* The merge's index is in memory only: the blob is written first. */
  if (_pp_version_git_failed (git_blob_create_from_buffer (&entry.id, repo, data, size), error, doing) ||
      _pp_version_git_failed (git_index_add (index, &entry), error, doing))
    return FALSE;
  if (git_index_has_conflicts (index))
    {
      g_set_error_literal (error, PP_VERSION_ERROR, PP_VERSION_ERROR_FAILED,
                           _("Other files of the folder were changed in both copies. Bring them "
                             "together with git, then sync again."));
      return FALSE;
    }
  return !_pp_version_git_failed (git_index_write_tree_to (tree_id, index, repo), error, doing);
}

static gboolean
commit_merge (PpVersionSync  *self,
              git_repository *repo,
              GBytes         *merged,
              GError        **error)
{
  g_autoptr(git_signature) signature = NULL;
  g_autoptr(git_commit) ours = NULL;
  g_autoptr(git_commit) theirs = NULL;
  g_autoptr(git_tree) tree = NULL;
  g_autofree char *message = NULL;
  const git_commit *parents[2];
  git_oid tree_id, commit_id;
  const char *doing = _("Could not merge the two copies");

  if (!merged_tree (self, repo, merged, &tree_id, error) ||
      !_pp_version_signature (repo, self->name, self->email, &signature, error) ||
      _pp_version_git_failed (git_tree_lookup (&tree, repo, &tree_id), error, doing) ||
      _pp_version_git_failed (git_commit_lookup (&ours, repo, &self->ours_id), error, doing) ||
      _pp_version_git_failed (git_commit_lookup (&theirs, repo, &self->theirs_id), error, doing))
    return FALSE;
  parents[0] = ours;
  parents[1] = theirs;
  /* Translators: the message of the version a sync makes; %s is the remote's name */
  message = g_strdup_printf (_("Synced with %s"), self->remote);
  if (_pp_version_git_failed (git_commit_create (&commit_id, repo, "HEAD", signature, signature,
                                                 NULL, message, tree, 2, parents),
                              error, doing))
    return FALSE;
  return write_file (self, repo, merged, error);
}

static void
finish_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  PpVersionSync *self = source;
  GBytes *merged = task_data;
  g_autoptr(git_repository) repo = NULL;
  PpRemoteCallbacks callbacks = { cancellable, report_progress, self, 0, NULL };
  GError *error = NULL;
  gboolean ok;

  ok = !_pp_version_git_failed (git_repository_open (&repo, self->repo_path), &error,
                                _("Could not open the versions of the folder"));
  if (ok && self->state == PP_SYNC_STATE_BEHIND)
    ok = take_theirs (self, repo, &error);
  else if (ok && self->state == PP_SYNC_STATE_DIVERGED)
    ok = commit_merge (self, repo, merged, &error);
  if (ok && (self->state == PP_SYNC_STATE_AHEAD || self->state == PP_SYNC_STATE_DIVERGED))
    ok = _pp_remote_push (repo, self->remote, self->branch, &callbacks, &error);
  g_free (callbacks.rejected);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * pp_version_sync_finish_async:
 * @merged: (nullable): for %PP_SYNC_STATE_DIVERGED, the file as the two
 *   copies merged, with every conflict settled; else %NULL
 *
 * Commits the merge, or takes the other copy's versions, writes the file,
 * and pushes this copy's versions.
 */
void
pp_version_sync_finish_async (PpVersionSync       *self,
                              GBytes              *merged,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PP_IS_VERSION_SYNC (self));
  g_return_if_fail (self->state != PP_SYNC_STATE_UNKNOWN);
  g_return_if_fail (self->state != PP_SYNC_STATE_DIVERGED || merged != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pp_version_sync_finish_async);
  if (merged != NULL)
    g_task_set_task_data (task, g_bytes_ref (merged), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, finish_thread);
}

gboolean
pp_version_sync_finish_finish (PpVersionSync *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
