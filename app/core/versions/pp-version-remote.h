/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-remote.h: fetching from and pushing to the repository a
 * portfolio's versions are shared through, with errors in words. Run in
 * a worker thread, on a repository handle of its own. */
#pragma once

#include <gio/gio.h>
#include <git2.h>

G_BEGIN_DECLS

typedef struct
{
  GCancellable *cancellable;
  /* Called in the worker thread with how far the transfer is, 0…1. */
  void        (*progress) (double   fraction,
                           gpointer data);
  gpointer      data;
  guint         tries;   /* of signing in, so a refused key is not offered forever */
  char         *rejected;
} PpRemoteCallbacks;

gboolean _pp_remote_find  (git_repository     *repo,
                           char              **remote_name,
                           char              **branch,
                           GError            **error);
gboolean _pp_remote_fetch (git_repository     *repo,
                           const char         *remote_name,
                           PpRemoteCallbacks  *callbacks,
                           GError            **error);
gboolean _pp_remote_push  (git_repository     *repo,
                           const char         *remote_name,
                           const char         *branch,
                           PpRemoteCallbacks  *callbacks,
                           GError            **error);

G_END_DECLS
