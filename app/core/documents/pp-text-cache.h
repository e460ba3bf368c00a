/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-text-cache.h: short texts such as table cells wrapped and drawn from
 * a cache of shaped words, so that a register of many thousand rows
 * shapes each distinct word once instead of every cell twice. The lines
 * are the ones a PangoLayout from pp_page_text_new() would make; text the
 * cache cannot promise that for is left to such a layout. A batch gathers
 * a page's lines to draw them at once. */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct _PpTextCache PpTextCache;
typedef struct _PpTextWrap PpTextWrap;
typedef struct _PpTextBatch PpTextBatch;

#define PP_TEXT_BATCH_LAYERS 4

PpTextCache *pp_text_cache_new          (PangoContext     *context);
void         pp_text_cache_free         (PpTextCache      *self);
gboolean     pp_text_cache_update       (PpTextCache      *self,
                                         cairo_t          *cr);

PpTextWrap  *pp_text_wrap_new           (void);
void         pp_text_wrap_free          (PpTextWrap       *wrap);

int          pp_text_cache_cut          (PpTextCache      *self,
                                         const char       *text,
                                         double            size,
                                         gboolean          bold,
                                         GPtrArray        *words);
guint        pp_text_cache_get_generation (PpTextCache    *self);
double       pp_text_cache_widest       (const gpointer   *words,
                                         int               n_words);
gboolean     pp_text_cache_wrap_words   (PpTextCache      *self,
                                         PpTextWrap       *wrap,
                                         const char       *text,
                                         const gpointer   *words,
                                         int               n_words,
                                         double            size,
                                         gboolean          bold,
                                         double            width,
                                         double            max_height);

guint        pp_text_wrap_get_n_lines   (const PpTextWrap *wrap);
void         pp_text_wrap_get_line      (const PpTextWrap *wrap,
                                         guint             line,
                                         int              *start_index,
                                         int              *width);
double       pp_text_wrap_get_height    (const PpTextWrap *wrap);
void         pp_text_wrap_show          (PpTextWrap       *wrap,
                                         cairo_t          *cr,
                                         PpTextBatch      *batch,
                                         double            x,
                                         double            y);

PpTextBatch *pp_text_batch_new          (void);
void         pp_text_batch_free         (PpTextBatch      *batch);
gboolean     pp_text_batch_add          (PpTextBatch      *batch,
                                         cairo_t          *cr,
                                         PangoFont        *font,
                                         const char       *text,
                                         int               length,
                                         PangoGlyphString *glyphs,
                                         double            x,
                                         double            y);
void         pp_text_batch_fill         (PpTextBatch      *batch,
                                         cairo_t          *cr,
                                         guint             layer,
                                         const char       *color,
                                         double            x,
                                         double            y,
                                         double            width,
                                         double            height);
void         pp_text_batch_flush_fills  (PpTextBatch      *batch,
                                         cairo_t          *cr);
void         pp_text_batch_flush        (PpTextBatch      *batch,
                                         cairo_t          *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpTextCache, pp_text_cache_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpTextWrap, pp_text_wrap_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpTextBatch, pp_text_batch_free)

G_END_DECLS
