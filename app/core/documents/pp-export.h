/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export.h: planning documents and data files written from a portfolio:
 * PDF, HTML and Markdown documents, CSV, iCalendar and XLSX data. The
 * options of an export are in pp-export-options.h. */

#pragma once

#include <gio/gio.h>

#include "pp-export-options.h"
#include "pp-portfolio.h"

G_BEGIN_DECLS

typedef enum
{
  PP_EXPORT_FORMAT_PDF,
  PP_EXPORT_FORMAT_HTML,
  PP_EXPORT_FORMAT_MARKDOWN,
  PP_EXPORT_FORMAT_CSV,
  PP_EXPORT_FORMAT_ICS,
  PP_EXPORT_FORMAT_XLSX,
} PpExportFormat;

#define PP_N_EXPORT_FORMATS 6

gboolean        pp_export_format_from_name      (const char        *name,
                                                 PpExportFormat    *format);
const char     *pp_export_format_get_name       (PpExportFormat     format);
const char     *pp_export_format_get_extension  (PpExportFormat     format);
const char     *pp_export_format_get_mime_type  (PpExportFormat     format);
const char     *pp_export_format_get_display_name (PpExportFormat   format);
gboolean        pp_export_format_has_paper      (PpExportFormat     format);

GBytes         *pp_export_to_bytes              (PpPortfolio           *portfolio,
                                                 PpExportFormat         format,
                                                 const PpExportOptions *options,
                                                 GError               **error);
gboolean        pp_export_to_file               (PpPortfolio           *portfolio,
                                                 PpExportFormat         format,
                                                 const PpExportOptions *options,
                                                 GFile                 *file,
                                                 GCancellable          *cancellable,
                                                 GError               **error);

void            pp_export_to_file_async         (PpPortfolio           *portfolio,
                                                 PpExportFormat         format,
                                                 const PpExportOptions *options,
                                                 GFile                 *file,
                                                 GCancellable          *cancellable,
                                                 GAsyncReadyCallback    callback,
                                                 gpointer               user_data);
gboolean        pp_export_to_file_finish        (GAsyncResult          *result,
                                                 GError               **error);

G_END_DECLS
