/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-summary.h: what each version changed, in one line ("2 MoUs
 * signed, 1 milestone moved"), from comparing it with the file as the
 * commit before it had it. */
#pragma once

#include "pp-version-store.h"

G_BEGIN_DECLS

gboolean pp_version_store_summarize        (PpVersionStore       *self,
                                            GListModel           *versions,
                                            GCancellable         *cancellable,
                                            GError              **error);
void     pp_version_store_summarize_async  (PpVersionStore       *self,
                                            GListModel           *versions,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean pp_version_store_summarize_finish (PpVersionStore       *self,
                                            GAsyncResult         *result,
                                            GError              **error);

G_END_DECLS
