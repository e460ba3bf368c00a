/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-cover.c: the cover block on a page, measured for pagination and
 * drawn from the same layouts. */

#include "config.h"

#include "pp-page-layout-private.h"

/* The brief's cover fills its page; the other documents open with a
 * shorter title block on the first page. */
static gboolean
is_full_cover (PpPageLayout  *self,
               const PpBlock *block)
{
  const GPtrArray *blocks = self->document->blocks;

  for (guint i = 0; i + 1 < blocks->len; i++)
    if (g_ptr_array_index (blocks, i) == block)
      return ((PpBlock *) g_ptr_array_index (blocks, i + 1))->kind == PP_BLOCK_PAGE_BREAK;
  return FALSE;
}

typedef struct
{
  PangoLayout *title;
  PangoLayout *subtitle;
  PangoLayout *body;
  PangoLayout *note;
} Cover;

static void
cover_init (PpPageLayout  *self,
            const PpBlock *block,
            Cover         *cover,
            gboolean       full)
{
  double width = pp_page_body_width (self);

  cover->title = pp_page_text_new (self->context, block->text, full ? 26 : 18, TRUE, width);
  cover->subtitle = pp_page_text_new (self->context, block->subtitle, full ? 15 : 11, FALSE,
                                      width);
  cover->body = block->body != NULL ? pp_page_text_new (self->context, block->body,
                                                        PP_PAGE_TEXT_SIZE, FALSE, width)
                                    : NULL;
  cover->note = pp_page_text_new (self->context, block->note, full ? 11 : PP_PAGE_SMALL_SIZE,
                                  FALSE, width);
  if (cover->body != NULL)
    pango_layout_set_spacing (cover->body, 2 * PANGO_SCALE);
}

static void
cover_clear (Cover *cover)
{
  g_clear_object (&cover->title);
  g_clear_object (&cover->subtitle);
  g_clear_object (&cover->body);
  g_clear_object (&cover->note);
}

double
pp_page_cover_height (PpPageLayout  *self,
                      const PpBlock *block)
{
  Cover cover;
  double height;

  if (is_full_cover (self, block))
    return pp_page_body_bottom (self) - pp_page_body_top ();
  cover_init (self, block, &cover, FALSE);
  height = pp_page_text_height (cover.title) + 4 + pp_page_text_height (cover.subtitle) + 4 +
           pp_page_text_height (cover.note) + 12;
  cover_clear (&cover);
  return height;
}

void
pp_page_draw_cover (PpPageLayout  *self,
                    cairo_t       *cr,
                    const PpBlock *block,
                    double         y)
{
  gboolean full = is_full_cover (self, block);
  Cover cover;

  cover_init (self, block, &cover, full);
  if (full)
    y = self->height * 0.28;
  pp_page_set_color (cr, ACCENT, NULL);
  pp_page_show_text (cr, cover.title, MARGIN, y);
  y += pp_page_text_height (cover.title) + (full ? 10 : 4);
  pp_page_set_color (cr, INK, NULL);
  pp_page_show_text (cr, cover.subtitle, MARGIN, y);
  y += pp_page_text_height (cover.subtitle) + (full ? 14 : 4);
  pp_page_set_color (cr, ACCENT, NULL);
  cairo_rectangle (cr, MARGIN, y, full ? 120 : pp_page_body_width (self), full ? 3 : 1);
  cairo_fill (cr);
  y += full ? 18 : 5;
  if (full && cover.body != NULL)
    {
      pp_page_set_color (cr, INK, NULL);
      pp_page_show_text (cr, cover.body, MARGIN, y);
      y += pp_page_text_height (cover.body) + 18;
    }
  pp_page_set_color (cr, MUTED, NULL);
  if (full)
    y = MAX (y, pp_page_body_bottom (self) - pp_page_text_height (cover.note));
  pp_page_show_text (cr, cover.note, MARGIN, y);
  cover_clear (&cover);
}
