/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-xlsx.h: reading the sheets of an .xlsx workbook. */
#pragma once

#include "pp-archive.h"
#include "pp-sheet.h"

G_BEGIN_DECLS

GPtrArray *pp_xlsx_read (GsfInfile  *archive,
                         GError    **error);

G_END_DECLS
