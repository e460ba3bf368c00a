/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-options.h: what an export is asked for (which document, which
 * venture, which paper, as of which day), read by the document builder,
 * the page layout and every writer alike. */

#pragma once

#include <glib.h>

#include "pp-portfolio.h"

G_BEGIN_DECLS

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
  PpPortfolio *baseline;   /* owned; an earlier version the brief says what changed
                            * since, or NULL */
  char *baseline_name;     /* owned; how the brief names it: its file's name */
} PpExportOptions;

void            pp_export_options_init          (PpExportOptions   *options);
void            pp_export_options_clear         (PpExportOptions   *options);
void            pp_export_options_copy          (PpExportOptions       *dest,
                                                 const PpExportOptions *src);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PpExportOptions, pp_export_options_clear)

gboolean        pp_document_kind_from_name      (const char        *name,
                                                 PpDocumentKind    *kind);
const char     *pp_document_kind_get_name       (PpDocumentKind     kind);
gboolean        pp_paper_from_name              (const char        *name,
                                                 PpPaper           *paper);
void            pp_paper_get_size               (PpPaper            paper,
                                                 double            *width_pt,
                                                 double            *height_pt);

/* Finds the venture that @options name, setting a REFERENCE error naming
 * the id when there is none; *venture is NULL when no venture is named. */
gboolean        pp_export_find_venture          (PpPortfolio           *portfolio,
                                                 const PpExportOptions *options,
                                                 PpVenture            **venture,
                                                 GError               **error);

G_END_DECLS
