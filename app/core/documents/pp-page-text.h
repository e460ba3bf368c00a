/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-text.h: text and colour on printed pages: the documents' font
 * and sizes, the inks, and Pango layouts of text shown with Cairo. Sizes
 * are in points. */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* The inks, as "#rrggbb". */
#define INK "#1a1a1a"
#define ACCENT "#1c3f6e"
#define MUTED "#5e6672"
#define WARNING_INK "#8a1c1c"
#define RULE "#b8c0cc"
#define HEADER_FILL "#e4e9f0"
#define ZEBRA_FILL "#f5f7fa"
#define MARK_FILL "#fbe9e7"

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
void         pp_page_show_lines    (cairo_t      *cr,
                                    PangoLayout  *layout,
                                    double        x,
                                    double        y,
                                    guint         first,
                                    guint         last);
void         pp_page_set_color     (cairo_t      *cr,
                                    const char   *color,
                                    const char   *fallback);

G_END_DECLS
