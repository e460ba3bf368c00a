/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-layout-private.h: the page layout's internals, shared by the
 * files that measure blocks (pp-page-measure.c, pp-page-cover.c), cut them
 * into pages (pp-page-layout.c) and draw them (pp-page-draw.c). */

#pragma once

#include "pp-page-layout.h"
#include "pp-page-text.h"
#include "pp-text-cache.h"

G_BEGIN_DECLS

#define MARGIN 56.0          /* about 2 cm */
#define HEADER 30.0          /* the running header above the body */
#define FOOTER 30.0
#define CELL_PAD 3.5
#define BLOCK_GAP 9.0
#define MIN_ROWS 2           /* rows a split table keeps at a page's foot and at its head */
#define SMALL_ROWS 5         /* blocks of up to this many rows are not split */
#define MARK_MARGIN 9.0      /* where a marked row's sign sits, left of the body */

typedef struct
{
  guint block;
  guint first;         /* rows (tables, facts, bars) or lines (paragraphs) */
  guint last;
  double y;
  gboolean continued;  /* a table's rows after a page break, under "Risks (continued)" */
} Piece;

typedef struct _PpPageCells PpPageCells;

struct _PpPageLayout
{
  const PpDocument *document;
  double width;
  double height;
  PangoContext *context;
  PpTextCache *text_cache;  /* the cells' words, shaped once */
  PpTextWrap *wrap;         /* the cell pp_page_wrap_cell() wrapped last */
  PpTextBatch *batch;       /* the cells' lines of the page being drawn */
  GPtrArray *pages;    /* of GArray of Piece */
  GHashTable *row_heights;  /* PpBlock * → GArray of double, -1 until measured */
  GHashTable *column_widths;  /* PpBlock * → GArray of double, points, once measured */
  GHashTable *cells;          /* PpBlock * → PpPageCells, their words once cut */
  GHashTable *labels;         /* PpBlock * or its text → PangoLayout: a table's
                               * "continued" label, a page's section, laid out once */
  PangoLayout *titles[2];     /* the running header's title, across the page and half */
  GArray *keeps;              /* of double: each block's keep_height(), -1 until measured */
  GArray *heading_heights;    /* of double: each heading's height, -1 until measured */

  /* While paginating. */
  GArray *page;
  double y;
};

/* The body and the blocks' layouts, in pp-page-measure.c (and the cells'
 * in pp-page-cells.c). */
double         pp_page_body_width       (PpPageLayout  *self);
double         pp_page_body_top         (void);
double         pp_page_body_bottom      (PpPageLayout  *self);
const PpBlock *pp_page_get_block        (PpPageLayout  *self,
                                         guint          index);
const double  *pp_page_column_widths    (PpPageLayout  *self,
                                         const PpBlock *block);
PangoLayout   *pp_page_cell_layout      (PpPageLayout  *self,
                                         const PpBlock *block,
                                         guint          row,
                                         guint          column,
                                         double        *x);
void           pp_page_cells_free       (PpPageCells   *cells);
gboolean       pp_page_cell_widest_word (PpPageLayout  *self,
                                         const PpBlock *block,
                                         guint          row,
                                         guint          column,
                                         double        *width);
gboolean       pp_page_wrap_cell        (PpPageLayout  *self,
                                         const PpBlock *block,
                                         guint          row,
                                         guint          column,
                                         double        *x);
PangoLayout   *pp_page_continued_layout (PpPageLayout  *self,
                                         const PpBlock *block);
double         pp_page_continued_height (PpPageLayout  *self,
                                         const PpBlock *block);
double         pp_page_row_height       (PpPageLayout  *self,
                                         const PpBlock *block,
                                         guint          row);
PangoLayout   *pp_page_paragraph_layout (PpPageLayout  *self,
                                         const PpBlock *block);
PangoLayout   *pp_page_heading_layout   (PpPageLayout  *self,
                                         const PpBlock *block);
double         pp_page_heading_height   (PpPageLayout  *self,
                                         const PpBlock *block);
PangoLayout   *pp_page_caption_layout   (PpPageLayout  *self,
                                         const PpBlock *block);

/* The running header's section, in pp-page-layout.c. */
const char    *pp_page_layout_get_section (PpPageLayout *self,
                                           guint         page);

/* The cover, in pp-page-cover.c. */
double         pp_page_cover_height     (PpPageLayout  *self,
                                         const PpBlock *block);
void           pp_page_draw_cover       (PpPageLayout  *self,
                                         cairo_t       *cr,
                                         const PpBlock *block,
                                         double         y);

G_END_DECLS
