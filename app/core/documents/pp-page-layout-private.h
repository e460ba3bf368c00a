/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-layout-private.h: what the page layout and its chart drawing share. */

#pragma once

#include <pango/pangocairo.h>

#include "pp-page-layout.h"

G_BEGIN_DECLS

#define MARGIN 56.0          /* about 2 cm */
#define HEADER 30.0          /* the running header above the body */
#define FOOTER 30.0
#define CELL_PAD 3.5
#define BLOCK_GAP 9.0
#define KEEP_WITH_NEXT 60.0  /* room a heading needs below it */

#define INK "#1a1a1a"
#define ACCENT "#1c3f6e"
#define MUTED "#5e6672"
#define WARNING_INK "#8a1c1c"
#define RULE "#b8c0cc"
#define HEADER_FILL "#e4e9f0"
#define ZEBRA_FILL "#f5f7fa"
#define MARK_FILL "#fbe9e7"

typedef struct
{
  guint block;
  guint first;         /* rows (tables, facts, bars) or lines (paragraphs) */
  guint last;
  double y;
} Piece;

struct _PpPageLayout
{
  const PpDocument *document;
  double width;
  double height;
  PangoContext *context;
  GPtrArray *pages;    /* of GArray of Piece */
  GHashTable *row_heights;  /* PpBlock * → GArray of double, -1 until measured */

  /* While paginating. */
  GArray *page;
  double y;
};

#define PP_PAGE_FONT "Noto Sans, Noto Naskh Arabic, DejaVu Sans, Sans"

/* Sizes in points. */
#define PP_PAGE_TEXT_SIZE 9.5
#define PP_PAGE_SMALL_SIZE 8.0

PangoLayout *pp_page_text_new      (PangoContext *context,
                                    const char   *text,
                                    double        size,
                                    gboolean      bold,
                                    double        width);
double       pp_page_text_height   (PangoLayout  *layout);
void         pp_page_show_text     (cairo_t      *cr,
                                    PangoLayout  *layout,
                                    double        x,
                                    double        y);
void         pp_page_set_color     (cairo_t      *cr,
                                    const char   *color,
                                    const char   *fallback);

double       pp_page_bars_row_height    (PangoContext  *context,
                                         const PpBar   *bar,
                                         double         width);
void         pp_page_draw_bar           (cairo_t       *cr,
                                         PangoContext  *context,
                                         const PpBar   *bar,
                                         double         x,
                                         double         y,
                                         double         width);
double       pp_page_timeline_height    (PangoContext  *context,
                                         const PpBlock *block,
                                         double         width);
void         pp_page_draw_timeline      (cairo_t       *cr,
                                         PangoContext  *context,
                                         const PpBlock *block,
                                         const GDate   *today,
                                         double         x,
                                         double         y,
                                         double         width);

extern const double pp_page_heading_sizes[4];

double         pp_page_body_width       (PpPageLayout  *self);
double         pp_page_body_top         (void);
double         pp_page_body_bottom      (PpPageLayout  *self);
const PpBlock *pp_page_get_block        (PpPageLayout  *self,
                                         guint          index);
PangoLayout   *pp_page_cell_layout      (PpPageLayout  *self,
                                         const PpBlock *block,
                                         guint          row,
                                         guint          column,
                                         double        *x);
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
void           pp_page_draw_piece       (PpPageLayout  *self,
                                         cairo_t       *cr,
                                         const Piece   *piece);
double         pp_page_cover_height     (PpPageLayout  *self,
                                         const PpBlock *block);

G_END_DECLS
