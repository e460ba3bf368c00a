/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-source.h: PpImportSource, the first step of the Import dialog:
 * which sheet of the register, in which text encoding, and how its dates
 * are written. */
#pragma once

#include <adwaita.h>

#include "pp-import-values.h"
#include "pp-sheet.h"

G_BEGIN_DECLS

#define PP_TYPE_IMPORT_SOURCE (pp_import_source_get_type ())

G_DECLARE_FINAL_TYPE (PpImportSource, pp_import_source, PP, IMPORT_SOURCE, AdwBin)

void         pp_import_source_set_register  (PpImportSource *self,
                                             const char     *name,
                                             GBytes         *bytes,
                                             GPtrArray      *sheets,
                                             const char     *detected);
GPtrArray   *pp_import_source_reload        (PpImportSource *self,
                                             GBytes         *bytes,
                                             GError        **error);
PpSheet     *pp_import_source_get_sheet     (PpImportSource *self);
gboolean     pp_import_source_is_workbook   (PpImportSource *self);
PpDateOrder  pp_import_source_get_date_order (PpImportSource *self);

G_END_DECLS
