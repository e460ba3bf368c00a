/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-mapping.h: which MoU field each column of a register holds,
 * guessed from its header in English or Russian, or chosen by the user. */
#pragma once

#include "pp-sheet.h"

G_BEGIN_DECLS

typedef enum
{
  PP_IMPORT_FIELD_IGNORE,
  PP_IMPORT_FIELD_TITLE,
  PP_IMPORT_FIELD_SECTOR,
  PP_IMPORT_FIELD_STATUS,
  PP_IMPORT_FIELD_PARTIES,
  PP_IMPORT_FIELD_SIGNED,
  PP_IMPORT_FIELD_EFFECTIVE,
  PP_IMPORT_FIELD_EXPIRES,
  PP_IMPORT_FIELD_RENEWAL,
  PP_IMPORT_FIELD_NOTICE,
  PP_IMPORT_FIELD_SUMMARY,
  PP_IMPORT_FIELD_FOLLOW_UP,
  PP_N_IMPORT_FIELDS,
} PpImportField;

const char *pp_import_field_get_nick         (PpImportField  field);
const char *pp_import_field_get_display_name (PpImportField  field);
gboolean    pp_import_field_from_nick        (const char    *nick,
                                              PpImportField *field);
PpImportField pp_import_guess_field          (const char    *header);
PpImportField *pp_import_guess_mapping       (PpSheet       *sheet);
gboolean    pp_import_find_column            (PpSheet       *sheet,
                                              const char    *name,
                                              guint         *column);

G_END_DECLS
