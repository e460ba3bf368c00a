/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-charts.h: the charts of printed documents, labelled bars and a
 * venture's timeline: their heights at a width, and drawing them. */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "pp-document-blocks.h"

G_BEGIN_DECLS

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

G_END_DECLS
