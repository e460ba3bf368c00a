/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-document.h: the planning document that the export options choose (a
 * brief, a venture plan or the register), built from a portfolio; the
 * document itself is the list of blocks of pp-document-blocks.h. */

#pragma once

#include "pp-document-blocks.h"
#include "pp-export-options.h"

G_BEGIN_DECLS

PpDocument *pp_document_new          (PpPortfolio           *portfolio,
                                      const PpExportOptions *options,
                                      GError               **error);

G_END_DECLS
