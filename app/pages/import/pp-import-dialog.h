/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-dialog.h: PpImportDialog, where a register of MoUs kept in a
 * spreadsheet is read, its columns matched to MoU fields, and imported. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

#define PP_TYPE_IMPORT_DIALOG (pp_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PpImportDialog, pp_import_dialog, PP, IMPORT_DIALOG, AdwWindow)

PpImportDialog *pp_import_dialog_new (GtkWindow  *parent,
                                      PpHistory  *history,
                                      GFile      *file,
                                      GError    **error);

G_END_DECLS
