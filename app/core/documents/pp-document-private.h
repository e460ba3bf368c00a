/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-document-private.h: building blocks of a PpDocument, shared by the
 * files that write its parts. */

#pragma once

#include "pp-document.h"
#include "pp-summary.h"

G_BEGIN_DECLS

PpDocument *pp_document_new_empty (const char         *title,
                                   const GDate        *today);
PpBlock *pp_document_add_block      (PpDocument         *document,
                                     PpBlockKind         kind,
                                     const char         *text);
PpBlock *pp_document_add_heading    (PpDocument         *document,
                                     int                 level,
                                     const char         *text,
                                     const char         *anchor);
PpBlock *pp_document_add_paragraph  (PpDocument         *document,
                                     PpParagraphStyle    style,
                                     const char         *text);
PpBlock *pp_document_add_table      (PpDocument         *document,
                                     const char         *caption,
                                     guint               n_columns,
                                     const double       *widths,
                                     const char * const *headers);
void     pp_table_add_row           (PpBlock            *table,
                                     PpMark              mark,
                                     const char * const *cells);
PpBlock *pp_document_add_facts      (PpDocument         *document);
void     pp_facts_add               (PpBlock            *facts,
                                     const char         *label,
                                     const char         *value);
PpBlock *pp_document_add_bars       (PpDocument         *document,
                                     const char         *caption);
void     pp_bars_add                (PpBlock            *bars,
                                     const char         *label,
                                     const char         *caption,
                                     const char         *color,
                                     double              value,
                                     double              max,
                                     double              expected);
PpBlock *pp_document_add_timeline   (PpDocument         *document,
                                     const char         *caption,
                                     const GDate        *start,
                                     const GDate        *end);
void     pp_timeline_add_marker     (PpBlock            *timeline,
                                     const char         *label,
                                     const GDate        *date,
                                     PpMark              mark);
char    *pp_document_format_short_date (const GDate     *date);

/* The parts, in pp-document-parts.c and pp-document-venture.c. */
void     pp_document_add_summary     (PpDocument        *document,
                                      PpPortfolio       *portfolio,
                                      PpSummary         *summary);
void     pp_document_add_register    (PpDocument        *document,
                                      PpPortfolio       *portfolio,
                                      int                level);
void     pp_document_add_ventures    (PpDocument        *document,
                                      PpPortfolio       *portfolio,
                                      PpVenture         *only);
void     pp_document_add_commitments (PpDocument        *document,
                                      PpPortfolio       *portfolio);
void     pp_document_add_agenda      (PpDocument        *document,
                                      PpPortfolio       *portfolio,
                                      PpSummary         *summary);

G_END_DECLS
