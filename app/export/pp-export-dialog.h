/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-dialog.h: PpExportDialog, where one chooses a document, a
 * format, a paper size and an earlier copy to compare with, and exports or
 * prints. */

#pragma once

#include <adwaita.h>

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_EXPORT_DIALOG (pp_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PpExportDialog, pp_export_dialog, PP, EXPORT_DIALOG, AdwWindow)

PpExportDialog *pp_export_dialog_new       (GtkWindow      *parent,
                                            PpPortfolio    *portfolio,
                                            GFile          *file,
                                            GSettings      *settings);
void            pp_export_dialog_export_to (PpExportDialog *self,
                                            GFile          *file);
void            pp_export_dialog_set_baseline_file (PpExportDialog *self,
                                                    GFile          *file);

G_END_DECLS
