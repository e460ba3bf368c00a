/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-summary.c: a line for each version saying what it changed.
 *
 * A version is compared with the file as its commit's first parent had
 * it (for a sync's merge, what the other copy brought in). The versions
 * are gone through oldest first, and a portfolio loaded for one version
 * serves as the "before" of the next whenever the bytes are the same, so
 * most versions cost one load. The work runs on a repository handle of
 * its own, so it can run in a thread while the window reads the store. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-change-summary.h"
#include "pp-compare.h"
#include "pp-portfolio-io.h"
#include "pp-version-summary.h"

typedef struct
{
  GBytes *bytes;
  PpPortfolio *portfolio;
} Loaded;

static void
loaded_clear (Loaded *loaded)
{
  g_clear_pointer (&loaded->bytes, g_bytes_unref);
  g_clear_object (&loaded->portfolio);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loaded, loaded_clear)

/* The portfolio of @bytes, taken from @cache when it holds the same. */
static PpPortfolio *
load_cached (Loaded *cache,
             GBytes *bytes)
{
  if (cache->bytes != NULL && g_bytes_equal (cache->bytes, bytes))
    return g_object_ref (cache->portfolio);
  return pp_portfolio_load_from_bytes (bytes, NULL);
}

static char *
summarize_one (PpVersionStore *store,
               PpVersion      *version,
               Loaded         *previous)
{
  g_autofree char *parent = g_strconcat (pp_version_get_id (version), "^1", NULL);
  g_autoptr(GBytes) bytes = pp_version_store_read (store, pp_version_get_id (version), NULL);
  g_autoptr(GBytes) before_bytes = pp_version_store_read (store, parent, NULL);
  g_autoptr(PpPortfolio) now = NULL;
  g_autoptr(PpPortfolio) before = NULL;
  g_autoptr(GListModel) changes = NULL;
  PpChangeSummary summary = { 0 };

  now = bytes != NULL ? load_cached (previous, bytes) : NULL;
  if (now == NULL)
    return g_strdup (_("Does not open as a portfolio"));
  before = before_bytes != NULL ? load_cached (previous, before_bytes) : NULL;
  loaded_clear (previous);
  previous->bytes = g_bytes_ref (bytes);
  previous->portfolio = g_object_ref (now);
  if (before == NULL)
    return g_strdup (before_bytes == NULL ? _("First version") : _("The version before does not open"));
  changes = pp_portfolio_compare (before, now);
  if (g_list_model_get_n_items (changes) == 0)
    return g_strdup (_("No change to the portfolio"));
  pp_change_summary_count (&summary, changes);
  return pp_change_summary_to_text (&summary);
}

/* The summaries of @versions (newest first), in the same order. */
static GStrv
summarize_all (GFile        *file,
               GPtrArray    *versions,
               GCancellable *cancellable,
               GError      **error)
{
  g_autoptr(PpVersionStore) store = pp_version_store_open (file, error);
  g_auto(Loaded) previous = { NULL, NULL };
  GStrv lines;

  if (store == NULL)
    return NULL;
  lines = g_new0 (char *, versions->len + 1);
  for (guint i = versions->len; i-- > 0;)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_strfreev (lines);
          return NULL;
        }
      lines[i] = summarize_one (store, g_ptr_array_index (versions, i), &previous);
    }
  return lines;
}

static GPtrArray *
versions_array (GListModel *versions)
{
  guint n = g_list_model_get_n_items (versions);
  GPtrArray *array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (versions, i));
  return array;
}

static void
apply (GPtrArray  *versions,
       GStrv       lines)
{
  for (guint i = 0; i < versions->len; i++)
    pp_version_set_summary (g_ptr_array_index (versions, i), lines[i]);
}

/**
 * pp_version_store_summarize:
 * @versions: what pp_version_store_list() gave
 *
 * Sets the summary of each of @versions.
 */
gboolean
pp_version_store_summarize (PpVersionStore *self,
                            GListModel     *versions,
                            GCancellable   *cancellable,
                            GError        **error)
{
  g_autoptr(GPtrArray) array = NULL;
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (PP_IS_VERSION_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (versions), FALSE);

  array = versions_array (versions);
  lines = summarize_all (pp_version_store_get_file (self), array, cancellable, error);
  if (lines == NULL)
    return FALSE;
  apply (array, lines);
  return TRUE;
}

static void
summarize_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  GStrv lines = summarize_all (pp_version_store_get_file (source), task_data, cancellable, &error);

  if (lines != NULL)
    g_task_return_pointer (task, lines, (GDestroyNotify) g_strfreev);
  else
    g_task_return_error (task, error);
}

/**
 * pp_version_store_summarize_async:
 *
 * Works out the summaries in a thread; they are set on @versions, in the
 * caller's thread, when it finishes.
 */
void
pp_version_store_summarize_async (PpVersionStore      *self,
                                  GListModel          *versions,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PP_IS_VERSION_STORE (self));
  g_return_if_fail (G_IS_LIST_MODEL (versions));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pp_version_store_summarize_async);
  g_task_set_task_data (task, versions_array (versions), (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, summarize_thread);
}

gboolean
pp_version_store_summarize_finish (PpVersionStore *self,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  lines = g_task_propagate_pointer (G_TASK (result), error);
  if (lines == NULL)
    return FALSE;
  apply (g_task_get_task_data (G_TASK (result)), lines);
  return TRUE;
}
