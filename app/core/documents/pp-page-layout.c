/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-layout.c: a planning document on pages.
 *
 * Pagination walks the blocks once, measuring them with Pango, and cuts
 * the document into pieces: a heading, some lines of a paragraph, a run of
 * table rows under a repeated header row. Table rows are never cut across
 * pages; a heading is never left alone at the foot of a page. The
 * measures come from pp-page-measure.c, pp-page-cover.c and
 * pp-page-charts.c. Drawing a page (pp-page-draw.c) lays out its pieces
 * again on the Cairo context it is given, which is a PDF surface when
 * exporting and the printer's when printing.
 */

#include "config.h"

#include "pp-page-charts.h"
#include "pp-page-layout-private.h"

static void
start_page (PpPageLayout *self)
{
  self->page = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (self->pages, self->page);
  self->y = pp_page_body_top ();
}

static gboolean
page_is_empty (PpPageLayout *self)
{
  return self->page->len == 0;
}

/* Starts a new page unless @height still fits on this one (or this one is
 * empty, when nothing would be gained). */
static void
make_room (PpPageLayout *self,
           double        height)
{
  if (!page_is_empty (self) && self->y + height > pp_page_body_bottom (self))
    start_page (self);
}

static void
place (PpPageLayout *self,
       guint         block,
       guint         first,
       guint         last,
       double        height)
{
  Piece piece = { block, first, last, self->y };

  g_array_append_val (self->page, piece);
  self->y += height;
}

static void
paginate_paragraph (PpPageLayout *self,
                    guint         index)
{
  g_autoptr(PangoLayout) layout = pp_page_paragraph_layout (self, pp_page_get_block (self, index));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  guint first = 0, line = 0;
  double top = 0;

  /* Lines go on the page while they fit; the rest flows to the next. */
  do
    {
      PangoRectangle extents;
      double line_top, line_bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &extents);
      line_top = (double) extents.y / PANGO_SCALE;
      line_bottom = (double) (extents.y + extents.height) / PANGO_SCALE;
      if (self->y + line_bottom - top > pp_page_body_bottom (self))
        {
          if (line > first)
            {
              place (self, index, first, line, line_top - top);
              first = line;
              top = line_top;
            }
          if (!page_is_empty (self))
            start_page (self);
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  place (self, index, first, line, pp_page_text_height (layout) - top);
}

/* Rows of a table (under its header), a fact list or a bar chart (under
 * its caption), as many per page as fit, never cut. */
static void
paginate_rows (PpPageLayout *self,
               guint         index)
{
  const PpBlock *block = pp_page_get_block (self, index);
  gboolean table = block->kind == PP_BLOCK_TABLE;
  guint n = block->kind == PP_BLOCK_BARS ? block->bars->len : pp_block_get_n_rows (block);
  guint row = table ? 1 : 0;
  double head = 0;

  if (table)
    head = pp_page_row_height (self, block, 0);
  else if (block->kind == PP_BLOCK_BARS)
    {
      g_autoptr(PangoLayout) caption = pp_page_caption_layout (self, block);
      head = pp_page_text_height (caption) + 4;
    }

  while (row < n)
    {
      double height = pp_page_row_height (self, block, row);
      guint first = row;
      double used = head + height;

      make_room (self, used);
      row++;
      while (row < n)
        {
          height = pp_page_row_height (self, block, row);
          if (self->y + used + height > pp_page_body_bottom (self))
            break;
          used += height;
          row++;
        }
      place (self, index, first, row, used);
      if (row < n)
        start_page (self);
      /* Only tables repeat their header on the next page. */
      if (!table)
        head = 0;
    }
}

static void
paginate_block (PpPageLayout *self,
                guint         index)
{
  const PpBlock *block = pp_page_get_block (self, index);
  double height;

  switch (block->kind)
    {
    case PP_BLOCK_PAGE_BREAK:
      if (!page_is_empty (self))
        start_page (self);
      return;
    case PP_BLOCK_COVER:
      height = pp_page_cover_height (self, block);
      make_room (self, height);
      place (self, index, 0, 0, height);
      break;
    case PP_BLOCK_HEADING:
      height = pp_page_heading_height (self, block);
      make_room (self, height + KEEP_WITH_NEXT);
      place (self, index, 0, 0, height);
      return;
    case PP_BLOCK_PARAGRAPH:
      paginate_paragraph (self, index);
      break;
    case PP_BLOCK_TIMELINE:
      height = pp_page_timeline_height (self->context, block, pp_page_body_width (self));
      make_room (self, height);
      place (self, index, 0, 0, height);
      break;
    case PP_BLOCK_TABLE:
    case PP_BLOCK_FACTS:
    case PP_BLOCK_BARS:
    default:
      paginate_rows (self, index);
      break;
    }
  self->y += BLOCK_GAP;
}

PpPageLayout *
pp_page_layout_new (const PpDocument *document,
                    double            width,
                    double            height)
{
  PpPageLayout *self;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (width > 4 * MARGIN && height > 4 * MARGIN, NULL);

  self = g_new0 (PpPageLayout, 1);
  self->document = document;
  self->width = width;
  self->height = height;
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->row_heights = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  self->column_widths = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  return self;
}

void
pp_page_layout_free (PpPageLayout *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->context);
  g_ptr_array_unref (self->pages);
  g_hash_table_unref (self->row_heights);
  g_hash_table_unref (self->column_widths);
  g_free (self);
}

/* A Pango context for @cr whose sizes are points, with metrics that do not
 * depend on the device, so a layout measured once draws the same on a PDF
 * surface and on a printer. */
static void
update_context (PpPageLayout *self,
                cairo_t      *cr)
{
  if (self->context == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      self->context = pango_cairo_create_context (cr);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (self->context, options);
      cairo_font_options_destroy (options);
      pango_cairo_context_set_resolution (self->context, 72.0);
      pango_context_set_round_glyph_positions (self->context, FALSE);
    }
  else
    pango_cairo_update_context (cr, self->context);
}

/**
 * pp_page_layout_paginate:
 * @cr: a context on the target surface, its unit a point
 *
 * Returns: the number of pages
 */
guint
pp_page_layout_paginate (PpPageLayout *self,
                         cairo_t      *cr)
{
  g_return_val_if_fail (self != NULL, 0);

  update_context (self, cr);
  g_ptr_array_set_size (self->pages, 0);
  g_hash_table_remove_all (self->row_heights);
  g_hash_table_remove_all (self->column_widths);
  start_page (self);
  for (guint i = 0; i < self->document->blocks->len; i++)
    paginate_block (self, i);
  /* A page break at the very end leaves an empty page behind. */
  if (self->pages->len > 1 && page_is_empty (self))
    g_ptr_array_set_size (self->pages, self->pages->len - 1);
  self->page = NULL;
  return self->pages->len;
}

guint
pp_page_layout_get_n_pages (PpPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}
