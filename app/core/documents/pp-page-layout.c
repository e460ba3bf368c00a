/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-layout.c: a planning document on pages.
 *
 * Pagination walks the blocks once, measuring them with Pango, and cuts
 * the document into pieces: a heading, some lines of a paragraph, a run of
 * table rows under a repeated header row and the table's name. Table rows
 * are never cut across pages, and small tables never split; a long table
 * leaves no lone row at either side of a page break; a heading, and a
 * line that introduces a table, never end a page. The
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
  Piece piece = { block, first, last, self->y, FALSE };

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

static guint
count_rows (const PpBlock *block)
{
  return block->kind == PP_BLOCK_BARS ? block->bars->len : pp_block_get_n_rows (block);
}

/* What goes above a block's rows: a table's header row, a chart's caption. */
static double
rows_head (PpPageLayout  *self,
           const PpBlock *block)
{
  if (block->kind == PP_BLOCK_TABLE)
    return pp_page_row_height (self, block, 0);
  if (block->kind == PP_BLOCK_BARS)
    {
      g_autoptr(PangoLayout) caption = pp_page_caption_layout (self, block);

      return pp_page_text_height (caption) + 4;
    }
  return 0;
}

static double
rows_height (PpPageLayout  *self,
             const PpBlock *block,
             guint          first,
             guint          last)
{
  double height = 0;

  for (guint row = first; row < last; row++)
    height += pp_page_row_height (self, block, row);
  return height;
}

/* Whether a block of rows is kept whole: a few rows that fit on a page
 * are never split, so no page holds one stray row of them. */
static gboolean
keeps_whole (PpPageLayout  *self,
             const PpBlock *block)
{
  guint first = block->kind == PP_BLOCK_TABLE ? 1 : 0, n = count_rows (block);

  return n - first <= SMALL_ROWS &&
         rows_head (self, block) + rows_height (self, block, first, n) <=
         pp_page_body_bottom (self) - pp_page_body_top ();
}

/* How many rows from @row fit above the page's foot (at least one, so a
 * row taller than the room left still goes on an empty page). */
static guint
rows_that_fit (PpPageLayout  *self,
               const PpBlock *block,
               guint          row,
               double         used)
{
  guint n = count_rows (block), last = row + 1;

  used += pp_page_row_height (self, block, row);
  while (last < n && self->y + used + pp_page_row_height (self, block, last) <=
                     pp_page_body_bottom (self))
    used += pp_page_row_height (self, block, last++);
  return last;
}

/* Whether the paragraph at @index comes between a heading and what it
 * heads: a table, a list of facts or a chart. */
static gboolean
introduces (PpPageLayout *self,
            guint         index)
{
  PpBlockKind next;

  if (index == 0 || index + 1 >= self->document->blocks->len ||
      pp_page_get_block (self, index - 1)->kind != PP_BLOCK_HEADING)
    return FALSE;
  next = pp_page_get_block (self, index + 1)->kind;
  return next == PP_BLOCK_TABLE || next == PP_BLOCK_FACTS || next == PP_BLOCK_BARS ||
         next == PP_BLOCK_TIMELINE;
}

/* The height the start of a block needs on the page it starts on: all of
 * a small block, the head and first rows of a long one, two lines of a
 * paragraph; a heading, and an introduction of a line or two under one,
 * need what follows them too, so neither ends a page. */
/* A heading's height, measured once: its block and the one before ask. */
static double
heading_height (PpPageLayout *self,
                guint         index)
{
  double *height = &g_array_index (self->heading_heights, double, index);

  if (*height < 0)
    *height = pp_page_heading_height (self, pp_page_get_block (self, index));
  return *height;
}

static double measure_keep (PpPageLayout *self,
                            guint         index);

/* keep_height() depends on the blocks alone, not on where they go, and
 * each block asks for it, as do the heading and introduction before it:
 * it is measured once. */
static double
keep_height (PpPageLayout *self,
             guint         index)
{
  double *keep;

  if (index >= self->document->blocks->len)
    return 0;
  keep = &g_array_index (self->keeps, double, index);
  if (*keep < 0)
    *keep = measure_keep (self, index);
  return *keep;
}

static double
measure_keep (PpPageLayout *self,
              guint         index)
{
  const PpBlock *block;
  guint first;

  block = pp_page_get_block (self, index);
  switch (block->kind)
    {
    case PP_BLOCK_HEADING:
      return heading_height (self, index) + keep_height (self, index + 1);
    case PP_BLOCK_PARAGRAPH:
      {
        g_autoptr(PangoLayout) layout = pp_page_paragraph_layout (self, block);
        PangoRectangle extents;
        int lines = pango_layout_get_line_count (layout);

        if (lines <= 2 && introduces (self, index))
          return pp_page_text_height (layout) + BLOCK_GAP + keep_height (self, index + 1);
        pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, MIN (lines, 2) - 1),
                                       NULL, &extents);
        return MIN (pp_page_text_height (layout), 2 * (double) extents.height / PANGO_SCALE);
      }
    case PP_BLOCK_COVER:
      return pp_page_cover_height (self, block);
    case PP_BLOCK_TIMELINE:
      return pp_page_timeline_height (self->context, block, pp_page_body_width (self));
    case PP_BLOCK_TABLE:
    case PP_BLOCK_FACTS:
    case PP_BLOCK_BARS:
      first = block->kind == PP_BLOCK_TABLE ? 1 : 0;
      if (keeps_whole (self, block))
        return rows_head (self, block) + rows_height (self, block, first, count_rows (block));
      return rows_head (self, block) +
             rows_height (self, block, first, MIN (first + MIN_ROWS, count_rows (block)));
    case PP_BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

/* Rows of a table (under its header), a fact list or a bar chart (under
 * its caption), never cut. A small block stays whole; a long one leaves
 * at least MIN_ROWS rows at the foot of a page and carries at least as
 * many to the next, where a table repeats its header under its name. */
static void
paginate_rows (PpPageLayout *self,
               guint         index)
{
  const PpBlock *block = pp_page_get_block (self, index);
  gboolean table = block->kind == PP_BLOCK_TABLE;
  guint n = count_rows (block);
  guint row = table ? 1 : 0;
  double head = rows_head (self, block);
  gboolean continued = FALSE;

  make_room (self, keep_height (self, index));
  while (row < n)
    {
      guint last = rows_that_fit (self, block, row, head);
      double used;

      /* Leave no lone row at the foot of the page: start on the next. */
      if (last < n && last - row < MIN_ROWS && !page_is_empty (self))
        {
          start_page (self);
          continue;
        }
      /* Nor alone at the head of the next: take rows along with it. */
      if (last < n && n - last < MIN_ROWS)
        last = MAX (row + MIN (MIN_ROWS, last - row), n - MIN_ROWS);
      used = head + rows_height (self, block, row, last);
      place (self, index, row, last, used);
      g_array_index (self->page, Piece, self->page->len - 1).continued = continued;
      row = last;
      if (row < n)
        {
          start_page (self);
          /* Only tables repeat their header, under "Risks (continued)". */
          continued = table;
          head = table ? pp_page_continued_height (self, block) + rows_head (self, block) : 0;
        }
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
      height = heading_height (self, index);
      make_room (self, keep_height (self, index));
      place (self, index, 0, 0, height);
      return;
    case PP_BLOCK_PARAGRAPH:
      make_room (self, keep_height (self, index));
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
  self->cells = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) pp_page_cells_free);
  self->keeps = g_array_new (FALSE, FALSE, sizeof (double));
  self->labels = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->heading_heights = g_array_new (FALSE, FALSE, sizeof (double));
  return self;
}

void
pp_page_layout_free (PpPageLayout *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->wrap, pp_text_wrap_free);
  g_clear_pointer (&self->batch, pp_text_batch_free);
  g_clear_pointer (&self->text_cache, pp_text_cache_free);
  g_clear_object (&self->context);
  g_ptr_array_unref (self->pages);
  g_hash_table_unref (self->row_heights);
  g_hash_table_unref (self->column_widths);
  g_hash_table_unref (self->cells);
  g_array_unref (self->keeps);
  g_hash_table_unref (self->labels);
  g_clear_object (&self->titles[0]);
  g_clear_object (&self->titles[1]);
  g_array_unref (self->heading_heights);
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
      /* Text with no letters of its own direction (a number, a date)
       * takes the document's; the pages are mirrored when it is RTL. */
      pango_context_set_base_dir (self->context, pp_document_is_rtl (self->document)
                                                 ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
      self->text_cache = pp_text_cache_new (self->context);
      pp_text_cache_update (self->text_cache, cr);
      self->wrap = pp_text_wrap_new ();
      self->batch = pp_text_batch_new ();
    }
  else if (pp_text_cache_update (self->text_cache, cr))
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
  g_hash_table_remove_all (self->cells);
  g_array_set_size (self->keeps, self->document->blocks->len);
  g_array_set_size (self->heading_heights, self->document->blocks->len);
  for (guint i = 0; i < self->document->blocks->len; i++)
    g_array_index (self->keeps, double, i) = g_array_index (self->heading_heights, double, i) = -1;
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

/**
 * pp_page_layout_get_section:
 * @page: from 0
 *
 * The section a page goes on with, for its running header: the last part
 * or venture heading before it, when the page does not start with a part
 * or venture of its own.
 *
 * Returns: (nullable): the heading's text
 */
const char *
pp_page_layout_get_section (PpPageLayout *self,
                            guint         page)
{
  GArray *pieces;
  guint first;

  g_return_val_if_fail (self != NULL && page < self->pages->len, NULL);

  pieces = g_ptr_array_index (self->pages, page);
  if (pieces->len == 0)
    return NULL;
  first = g_array_index (pieces, Piece, 0).block;
  if (pp_page_get_block (self, first)->kind == PP_BLOCK_HEADING &&
      pp_page_get_block (self, first)->level <= 2)
    return NULL;
  for (guint i = first; i-- > 0;)
    {
      const PpBlock *block = pp_page_get_block (self, i);

      if (block->kind == PP_BLOCK_COVER)
        return NULL;
      if (block->kind == PP_BLOCK_HEADING && block->level <= 2)
        return block->text;
    }
  return NULL;
}
