/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-register-file.h: the sheets of a register file, whatever it was kept in:
 * CSV or tab-separated text, an .xlsx workbook or an .ods spreadsheet. */
#pragma once

#include <gio/gio.h>

#include "pp-sheet.h"

G_BEGIN_DECLS

/* The largest register file read. */
#define PP_REGISTER_MAX_SIZE (256 * 1024 * 1024)

GBytes    *pp_register_file_load (GFile       *file,
                                  GError     **error);
GPtrArray *pp_register_file_read (GBytes      *bytes,
                                  const char  *name,
                                  const char  *encoding,
                                  char       **detected,
                                  GError     **error);

G_END_DECLS
