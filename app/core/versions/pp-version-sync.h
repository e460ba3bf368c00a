/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-sync.h: PpVersionSync, bringing a portfolio file's versions
 * together with the repository they are shared through: fetch, then
 * (after the caller has merged the two copies, with its conflicts
 * settled by the user) commit the merge and push. */
#pragma once

#include "pp-version-store.h"

G_BEGIN_DECLS

typedef enum
{
  PP_SYNC_STATE_UNKNOWN,     /* not fetched yet */
  PP_SYNC_STATE_UP_TO_DATE,  /* both have the same versions */
  PP_SYNC_STATE_AHEAD,       /* only this copy has new versions: they are pushed */
  PP_SYNC_STATE_BEHIND,      /* only the other has: this copy takes them */
  PP_SYNC_STATE_DIVERGED,    /* both have: the two copies are merged */
} PpSyncState;

#define PP_TYPE_VERSION_SYNC (pp_version_sync_get_type ())

G_DECLARE_FINAL_TYPE (PpVersionSync, pp_version_sync, PP, VERSION_SYNC, GObject)

PpVersionSync *pp_version_sync_new           (PpVersionStore       *store,
                                              const char           *name,
                                              const char           *email);
PpSyncState    pp_version_sync_get_state     (PpVersionSync        *self);
double         pp_version_sync_get_progress  (PpVersionSync        *self);
const char    *pp_version_sync_get_remote    (PpVersionSync        *self);
GBytes        *pp_version_sync_get_base      (PpVersionSync        *self);
GBytes        *pp_version_sync_get_ours      (PpVersionSync        *self);
GBytes        *pp_version_sync_get_theirs    (PpVersionSync        *self);

void           pp_version_sync_fetch_async   (PpVersionSync        *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean       pp_version_sync_fetch_finish  (PpVersionSync        *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void           pp_version_sync_finish_async  (PpVersionSync        *self,
                                              GBytes               *merged,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean       pp_version_sync_finish_finish (PpVersionSync        *self,
                                              GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
