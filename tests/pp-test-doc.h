/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-doc.h: what the HTML and Markdown export tests share: documents
 * built by hand, so that they check the writers whatever the builder puts
 * in, and the sample exported as text. */

#pragma once

#include "pp-document.h"
#include "pp-export.h"

G_BEGIN_DECLS

/* Text that every writer must escape: markup, quotes, a pipe and a line
 * break. */
#define PP_TEST_HOSTILE "<script>alert(1)</script> & \"quoted\" 'single' | pipe\nsecond line"

PpDocument *pp_test_document_new     (const char         *title);
PpBlock    *pp_test_add_block        (PpDocument         *document,
                                      PpBlockKind         kind,
                                      const char         *text);
PpBlock    *pp_test_add_cells        (PpDocument         *document,
                                      PpBlockKind         kind,
                                      guint               n_columns,
                                      const char * const *cells);
void        pp_test_set_mark         (PpBlock            *table,
                                      guint               body_row,
                                      PpMark              mark);
void        pp_test_add_bar          (PpBlock            *block,
                                      const char         *label,
                                      const char         *color,
                                      double              value,
                                      double              expected);
void        pp_test_add_marker       (PpBlock            *block,
                                      const char         *label,
                                      const char         *date,
                                      PpMark              mark);
PpBlock    *pp_test_add_timeline     (PpDocument         *document,
                                      const char         *caption);
PpDocument *pp_test_hostile_document (void);
char       *pp_test_write_document   (const PpDocument   *document,
                                      PpExportFormat      format);

PpPortfolio *pp_test_load_hostile    (void);
char        *pp_test_export_text     (PpPortfolio        *portfolio,
                                      PpExportFormat      format);

G_END_DECLS
