/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-ods.h: reading the sheets of an .ods spreadsheet. */
#pragma once

#include "pp-archive.h"
#include "pp-sheet.h"

G_BEGIN_DECLS

GPtrArray *pp_ods_read (GsfInfile  *archive,
                        GError    **error);

G_END_DECLS
