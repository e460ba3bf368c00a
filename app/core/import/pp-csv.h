/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-csv.h: registers kept as CSV or tab-separated text, in the encodings
 * spreadsheets and older office software write. */
#pragma once

#include "pp-sheet.h"

G_BEGIN_DECLS

char    *pp_csv_decode           (const char  *data,
                                  gsize        length,
                                  const char  *encoding,
                                  char       **detected,
                                  GError     **error);
char     pp_csv_detect_delimiter (const char  *text);
PpSheet *pp_csv_parse            (const char  *text,
                                  char         delimiter,
                                  const char  *name,
                                  GError     **error);

G_END_DECLS
