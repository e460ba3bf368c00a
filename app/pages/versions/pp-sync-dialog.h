/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sync-dialog.h: PpSyncDialog, a portfolio file's sync with its shared
 * repository under way: what it is doing, how far, and Cancel. */
#pragma once

#include <adwaita.h>

#include "pp-merge.h"
#include "pp-version-sync.h"

G_BEGIN_DECLS

#define PP_TYPE_SYNC_DIALOG (pp_sync_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PpSyncDialog, pp_sync_dialog, PP, SYNC_DIALOG, AdwWindow)

PpSyncDialog *pp_sync_dialog_new (GtkWindow      *parent,
                                  PpVersionStore *store,
                                  const char     *name,
                                  const char     *email);
void          pp_sync_dialog_settle                  (PpSyncDialog *self,
                                                      gboolean      settled);
gboolean      pp_sync_dialog_get_merged_without_base (PpSyncDialog *self);

G_END_DECLS
