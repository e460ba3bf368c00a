/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-document-private.h: the parts of a planning document, written in
 * pp-document-parts.c, pp-document-venture.c and pp-document-changes.c with the blocks of
 * pp-document-blocks.h, which pp_document_new() puts in order. */

#pragma once

#include "pp-document-blocks.h"
#include "pp-export-options.h"
#include "pp-portfolio.h"
#include "pp-summary.h"

G_BEGIN_DECLS

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

/* What changed since a baseline, in pp-document-changes.c. */
void     pp_document_add_changes     (PpDocument            *document,
                                      PpPortfolio           *portfolio,
                                      const PpExportOptions *options,
                                      gboolean               with_section);
char    *pp_document_mark_text       (const PpDocument      *document,
                                      const char            *key,
                                      const char            *text);

G_END_DECLS
