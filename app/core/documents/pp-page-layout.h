/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-layout.h: a PpDocument laid out on pages with Pango and drawn
 * with Cairo. The PDF writer and the app's printing both use it, so the
 * printed pages and the PDF are one layout. Units are points (1/72 inch). */

#pragma once

#include <cairo.h>

#include "pp-document-blocks.h"

G_BEGIN_DECLS

typedef struct _PpPageLayout PpPageLayout;

PpPageLayout *pp_page_layout_new        (const PpDocument *document,
                                         double            width,
                                         double            height);
void          pp_page_layout_free       (PpPageLayout     *self);
guint         pp_page_layout_paginate   (PpPageLayout     *self,
                                         cairo_t          *cr);
guint         pp_page_layout_get_n_pages (PpPageLayout    *self);
void          pp_page_layout_draw_page  (PpPageLayout     *self,
                                         cairo_t          *cr,
                                         guint             page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpPageLayout, pp_page_layout_free)

G_END_DECLS
