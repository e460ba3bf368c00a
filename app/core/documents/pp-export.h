/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export.h: planning documents and data files written from a portfolio:
 * PDF, HTML and Markdown documents, CSV, iCalendar and XLSX data. */

#pragma once

#include <gio/gio.h>

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

/* Which planning document: the whole brief, one venture's plan (or every
 * venture's, when no venture is named), or the MoU register alone. The data
 * formats read it too: CSV writes the register, or milestones for "venture";
 * iCalendar writes every dated item, or one venture's milestones; XLSX always
 * writes every sheet. */
typedef enum
{
  PP_DOCUMENT_BRIEF,
  PP_DOCUMENT_VENTURE,
  PP_DOCUMENT_REGISTER,
} PpDocumentKind;

typedef enum
{
  PP_PAPER_A4,
  PP_PAPER_LETTER,
} PpPaper;

typedef struct
{
  PpDocumentKind document;
  char *venture_id;        /* owned; NULL for every venture */
  PpPaper paper;
  GDate today;             /* the export date: "as of" for overdue marks */
} PpExportOptions;

void            pp_export_options_init          (PpExportOptions   *options);
void            pp_export_options_clear         (PpExportOptions   *options);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PpExportOptions, pp_export_options_clear)

gboolean        pp_export_format_from_name      (const char        *name,
                                                 PpExportFormat    *format);
const char     *pp_export_format_get_name       (PpExportFormat     format);
const char     *pp_export_format_get_extension  (PpExportFormat     format);
const char     *pp_export_format_get_mime_type  (PpExportFormat     format);
const char     *pp_export_format_get_display_name (PpExportFormat   format);
gboolean        pp_export_format_has_paper      (PpExportFormat     format);

gboolean        pp_document_kind_from_name      (const char        *name,
                                                 PpDocumentKind    *kind);
const char     *pp_document_kind_get_name       (PpDocumentKind     kind);
gboolean        pp_paper_from_name              (const char        *name,
                                                 PpPaper           *paper);
void            pp_paper_get_size               (PpPaper            paper,
                                                 double            *width_pt,
                                                 double            *height_pt);

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
