/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-columns.h: PpImportColumns, the second step of the Import
 * dialog: the MoU field of each column, with the first rows as they will be
 * imported. */
#pragma once

#include <adwaita.h>

#include "pp-import-mapping.h"
#include "pp-import-values.h"

G_BEGIN_DECLS

#define PP_TYPE_IMPORT_COLUMNS (pp_import_columns_get_type ())

G_DECLARE_FINAL_TYPE (PpImportColumns, pp_import_columns, PP, IMPORT_COLUMNS, AdwBin)

void                 pp_import_columns_set_sheet      (PpImportColumns *self,
                                                       PpSheet         *sheet);
void                 pp_import_columns_reload_sheet   (PpImportColumns *self,
                                                       PpSheet         *sheet);
void                 pp_import_columns_set_date_order (PpImportColumns *self,
                                                       PpDateOrder      order);
const PpImportField *pp_import_columns_get_mapping    (PpImportColumns *self);
GListModel          *pp_import_columns_get_preview    (PpImportColumns *self);

G_END_DECLS
