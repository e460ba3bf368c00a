/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-private.h: the writers behind pp_export_to_bytes(), one file each. */

#pragma once

#include "pp-document-blocks.h"
#include "pp-export-options.h"

G_BEGIN_DECLS

/* Documents, rendered from the blocks of a PpDocument. */
GBytes *pp_export_pdf      (const PpDocument      *document,
                            PpPaper                paper,
                            GError               **error);
GBytes *pp_export_html     (const PpDocument      *document,
                            GError               **error);
GBytes *pp_export_markdown (const PpDocument      *document,
                            GError               **error);

/* Data files, written from the portfolio itself. */
GBytes *pp_export_csv      (PpPortfolio           *portfolio,
                            const PpExportOptions *options,
                            GError               **error);
GBytes *pp_export_ics      (PpPortfolio           *portfolio,
                            const PpExportOptions *options,
                            GError               **error);
GBytes *pp_export_xlsx     (PpPortfolio           *portfolio,
                            const PpExportOptions *options,
                            GError               **error);
char   *pp_export_xlsx_sheet_name (const char     *name);

G_END_DECLS
