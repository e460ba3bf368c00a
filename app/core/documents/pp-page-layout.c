/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-layout.c: a planning document on pages.
 *
 * Pagination walks the blocks once, measuring them with Pango, and cuts
 * the document into pieces: a heading, some lines of a paragraph, a run of
 * table rows under a repeated header row. Table rows are never cut across
 * pages; a heading is never left alone at the foot of a page. Drawing a
 * page lays out its pieces again on the Cairo context it is given, which
 * is a PDF surface when exporting and the printer's when printing.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "pp-page-layout-private.h"

PangoLayout *
pp_page_text_new (PangoContext *context,
                  const char   *text,
                  double        size,
                  gboolean      bold,
                  double        width)
{
  static PangoFontDescription *base;
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = NULL;

  if (g_once_init_enter (&base))
    g_once_init_leave (&base, pango_font_description_from_string (PP_PAGE_FONT));
  font = pango_font_description_copy_static (base);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
pp_page_text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

void
pp_page_show_text (cairo_t     *cr,
                   PangoLayout *layout,
                   double       x,
                   double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Sets a "#rrggbb" colour, or @fallback when @color is not one. */
void
pp_page_set_color (cairo_t    *cr,
                   const char *color,
                   const char *fallback)
{
  guint r, g, b;

  if (color == NULL || strlen (color) != 7 ||
      sscanf (color, "#%02x%02x%02x", &r, &g, &b) != 3)
    {
      g_assert (fallback != NULL);
      sscanf (fallback, "#%02x%02x%02x", &r, &g, &b);
    }
  cairo_set_source_rgb (cr, r / 255.0, g / 255.0, b / 255.0);
}

double
pp_page_body_width (PpPageLayout *self)
{
  return self->width - 2 * MARGIN;
}

double
pp_page_body_top (void)
{
  return MARGIN + HEADER;
}

double
pp_page_body_bottom (PpPageLayout *self)
{
  return self->height - MARGIN - FOOTER;
}

const PpBlock *
pp_page_get_block (PpPageLayout *self,
           guint         index)
{
  return g_ptr_array_index (self->document->blocks, index);
}

/* The layout of a table or fact cell; @row 0 of a table is its header. */
PangoLayout *
pp_page_cell_layout (PpPageLayout  *self,
             const PpBlock *block,
             guint          row,
             guint          column,
             double        *x)
{
  double width = pp_page_body_width (self), offset = 0, share;
  gboolean bold;
  PangoLayout *layout;

  if (block->kind == PP_BLOCK_FACTS)
    share = column == 0 ? 0.34 : 0.66;
  else
    share = g_array_index (block->widths, double, column);
  for (guint i = 0; i < column; i++)
    offset += block->kind == PP_BLOCK_FACTS ? 0.34 : g_array_index (block->widths, double, i);
  *x = MARGIN + offset * width + CELL_PAD;
  bold = (block->kind == PP_BLOCK_TABLE && row == 0) ||
         (block->kind == PP_BLOCK_FACTS && column == 0);
  layout = pp_page_text_new (self->context, pp_block_get_cell (block, row, column),
                             block->kind == PP_BLOCK_TABLE ? PP_PAGE_SMALL_SIZE : PP_PAGE_TEXT_SIZE,
                             bold, share * width - 2 * CELL_PAD);
  /* A cell never grows taller than a page, so every row fits on one. */
  pango_layout_set_height (layout, (int) ((pp_page_body_bottom (self) - pp_page_body_top () - 80) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static double
measure_row (PpPageLayout  *self,
             const PpBlock *block,
             guint          row)
{
  double height = 0, x;

  if (block->kind == PP_BLOCK_BARS)
    return pp_page_bars_row_height (self->context, g_ptr_array_index (block->bars, row),
                                    pp_page_body_width (self));
  for (guint column = 0; column < block->n_columns; column++)
    {
      g_autoptr(PangoLayout) layout = pp_page_cell_layout (self, block, row, column, &x);

      height = MAX (height, pp_page_text_height (layout));
    }
  return height + 2 * CELL_PAD;
}

/* Row heights are measured once, while paginating, and drawing reuses
 * them: measuring is most of the time an export takes. */
double
pp_page_row_height (PpPageLayout  *self,
                    const PpBlock *block,
                    guint          row)
{
  GArray *heights = g_hash_table_lookup (self->row_heights, block);
  double *height;

  if (heights == NULL)
    {
      guint n = block->kind == PP_BLOCK_BARS ? block->bars->len : pp_block_get_n_rows (block);

      heights = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
      g_array_set_size (heights, n);
      for (guint i = 0; i < n; i++)
        g_array_index (heights, double, i) = -1;
      g_hash_table_insert (self->row_heights, (gpointer) block, heights);
    }
  height = &g_array_index (heights, double, row);
  if (*height < 0)
    *height = measure_row (self, block, row);
  return *height;
}

PangoLayout *
pp_page_paragraph_layout (PpPageLayout  *self,
                  const PpBlock *block)
{
  PangoLayout *layout = pp_page_text_new (self->context, block->text, PP_PAGE_TEXT_SIZE,
                                          block->style == PP_STYLE_WARNING, pp_page_body_width (self));

  pango_layout_set_spacing (layout, (int) (2 * PANGO_SCALE));
  return layout;
}

PangoLayout *
pp_page_heading_layout (PpPageLayout  *self,
                const PpBlock *block)
{
  return pp_page_text_new (self->context, block->text, pp_page_heading_sizes[CLAMP (block->level, 1, 3)],
                           TRUE, pp_page_body_width (self));
}

double
pp_page_heading_height (PpPageLayout  *self,
                const PpBlock *block)
{
  g_autoptr(PangoLayout) layout = pp_page_heading_layout (self, block);

  return pp_page_text_height (layout) + (block->level == 1 ? 8 : 2);
}

PangoLayout *
pp_page_caption_layout (PpPageLayout  *self,
                const PpBlock *block)
{
  return pp_page_text_new (self->context, block->text, PP_PAGE_TEXT_SIZE, TRUE, pp_page_body_width (self));
}


const double pp_page_heading_sizes[4] = { 0, 17.0, 13.5, 10.5 };

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
