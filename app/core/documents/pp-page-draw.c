/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-draw.c: drawing the pieces that pp-page-layout.c put on a page,
 * with the running header and the "Page N of M" footer. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-page-charts.h"
#include "pp-page-layout-private.h"

static void
draw_heading (PpPageLayout  *self,
              cairo_t       *cr,
              const PpBlock *block,
              double         y)
{
  g_autoptr(PangoLayout) layout = pp_page_heading_layout (self, block);

  pp_page_set_color (cr, block->level == 3 ? INK : ACCENT, NULL);
  pp_page_show_text (cr, layout, MARGIN, y);
  if (block->level == 1)
    {
      pp_page_set_color (cr, RULE, NULL);
      cairo_rectangle (cr, MARGIN, y + pp_page_text_height (layout) + 2,
                       pp_page_body_width (self), 0.8);
      cairo_fill (cr);
    }
}

static void
draw_paragraph (PpPageLayout  *self,
                cairo_t       *cr,
                const PpBlock *block,
                const Piece   *piece)
{
  g_autoptr(PangoLayout) layout = pp_page_paragraph_layout (self, block);

  pp_page_set_color (cr, block->style == PP_STYLE_WARNING ? WARNING_INK
                         : block->style == PP_STYLE_MUTED ? MUTED : INK, NULL);
  pp_page_show_lines (cr, layout, MARGIN, piece->y, piece->first, piece->last);
}

/* The layers of a table's fills, from the bottom: each is filled as one
 * path at the end of the page (see pp-text-batch.c). */
enum
{
  LAYER_HEADER,
  LAYER_ZEBRA,
  LAYER_MARK,
  LAYER_RULE,
};

static gboolean
is_late (PpMark mark)
{
  return mark == PP_MARK_OVERDUE || mark == PP_MARK_EXPIRED;
}

/* A triangle in the margin beside a row with an overdue or expired cell,
 * the timeline's sign for it, found at a glance down the page's edge and
 * kept in grey printing. */
static void
draw_margin_sign (cairo_t *cr,
                  double   y)
{
  double x = MARGIN - MARK_MARGIN, size = 3.2;

  pp_page_set_color (cr, WARNING_INK, NULL);
  cairo_move_to (cr, x, y - size);
  cairo_line_to (cr, x + size, y + size * 0.8);
  cairo_line_to (cr, x - size, y + size * 0.8);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* One row of a table or fact list at @y; returns its height. Only the
 * cells that say a row is overdue or expired are marked, in red on pink,
 * so that a register where every row is overdue still shows where. */
static double
draw_row (PpPageLayout  *self,
          cairo_t       *cr,
          const PpBlock *block,
          guint          row,
          double         y)
{
  double height = pp_page_row_height (self, block, row);
  double width = pp_page_body_width (self);
  const double *widths = pp_page_column_widths (self, block);
  gboolean table = block->kind == PP_BLOCK_TABLE;
  gboolean marked = FALSE;
  double left = MARGIN;

  if (table && row == 0)
    pp_text_batch_fill (self->batch, cr, LAYER_HEADER, HEADER_FILL, MARGIN, y, width, height);
  else if (table && row % 2 == 0)
    pp_text_batch_fill (self->batch, cr, LAYER_ZEBRA, ZEBRA_FILL, MARGIN, y, width, height);

  for (guint column = 0; column < block->n_columns; column++)
    {
      double x;
      gboolean late = table && is_late (pp_block_get_cell_mark (block, row, column));

      if (late)
        pp_text_batch_fill (self->batch, cr, LAYER_MARK, MARK_FILL, left, y, widths[column],
                            height);
      pp_page_set_color (cr, late ? WARNING_INK
                             : block->kind == PP_BLOCK_FACTS && column == 0 ? MUTED : INK, NULL);
      if (pp_page_wrap_cell (self, block, row, column, &x))
        pp_text_wrap_show (self->wrap, cr, self->batch, x, y + CELL_PAD);
      else
        {
          g_autoptr(PangoLayout) layout = pp_page_cell_layout (self, block, row, column, &x);

          /* The row's background goes under it now. */
          pp_text_batch_flush_fills (self->batch, cr);
          pp_page_show_text (cr, layout, x, y + CELL_PAD);
        }
      marked = marked || late;
      left += widths[column];
    }
  if (marked)
    draw_margin_sign (cr, y + CELL_PAD + PP_PAGE_SMALL_SIZE * 0.6);
  pp_text_batch_fill (self->batch, cr, LAYER_RULE, RULE, MARGIN, y + height - 0.4, width, 0.4);
  return height;
}

static void
draw_rows (PpPageLayout  *self,
           cairo_t       *cr,
           const PpBlock *block,
           const Piece   *piece)
{
  double y = piece->y;

  if (piece->continued)
    {
      g_autoptr(PangoLayout) label = pp_page_continued_layout (self, block);

      pp_page_set_color (cr, INK, NULL);
      pp_page_show_text (cr, label, MARGIN, y);
      y += pp_page_continued_height (self, block);
    }
  if (block->kind == PP_BLOCK_TABLE)
    y += draw_row (self, cr, block, 0, y);
  for (guint row = piece->first; row < piece->last; row++)
    y += draw_row (self, cr, block, row, y);
}

static void
draw_bars (PpPageLayout  *self,
           cairo_t       *cr,
           const PpBlock *block,
           const Piece   *piece)
{
  double y = piece->y;
  double width = pp_page_body_width (self);

  if (piece->first == 0)
    {
      g_autoptr(PangoLayout) caption = pp_page_caption_layout (self, block);

      pp_page_set_color (cr, INK, NULL);
      pp_page_show_text (cr, caption, MARGIN, y);
      y += pp_page_text_height (caption) + 4;
    }
  for (guint i = piece->first; i < piece->last; i++)
    {
      const PpBar *bar = g_ptr_array_index (block->bars, i);

      pp_page_draw_bar (cr, self->context, bar, MARGIN, y, width);
      y += pp_page_bars_row_height (self->context, bar, width);
    }
}

static void
draw_piece (PpPageLayout *self,
            cairo_t      *cr,
            const Piece  *piece)
{
  const PpBlock *block = pp_page_get_block (self, piece->block);

  switch (block->kind)
    {
    case PP_BLOCK_COVER:
      pp_page_draw_cover (self, cr, block, piece->y);
      break;
    case PP_BLOCK_HEADING:
      draw_heading (self, cr, block, piece->y);
      break;
    case PP_BLOCK_PARAGRAPH:
      draw_paragraph (self, cr, block, piece);
      break;
    case PP_BLOCK_TABLE:
    case PP_BLOCK_FACTS:
      draw_rows (self, cr, block, piece);
      break;
    case PP_BLOCK_BARS:
      draw_bars (self, cr, block, piece);
      break;
    case PP_BLOCK_TIMELINE:
      pp_page_draw_timeline (cr, self->context, block, &self->document->today, MARGIN, piece->y,
                             pp_page_body_width (self));
      break;
    case PP_BLOCK_PAGE_BREAK:
    default:
      break;
    }
}

/* The running header's title, across the page or, beside a section's
 * name, half of it; laid out once. */
static PangoLayout *
title_layout (PpPageLayout *self,
              gboolean      half)
{
  double width = pp_page_body_width (self);

  if (self->titles[half] == NULL)
    {
      self->titles[half] = pp_page_text_new (self->context, self->document->title,
                                             PP_PAGE_SMALL_SIZE, FALSE,
                                             half ? width / 2 - 6 : width);
      pango_layout_set_ellipsize (self->titles[half], PANGO_ELLIPSIZE_END);
    }
  return self->titles[half];
}

/* A section's name in the running header, on the right; laid out once
 * for all the pages of the section. */
static PangoLayout *
section_layout (PpPageLayout *self,
                const char   *section)
{
  PangoLayout *name = g_hash_table_lookup (self->labels, section);

  if (name == NULL)
    {
      name = pp_page_text_new (self->context, section, PP_PAGE_SMALL_SIZE, FALSE,
                               pp_page_body_width (self) / 2 - 6);
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (name, PANGO_ALIGN_RIGHT);
      g_hash_table_insert (self->labels, (gpointer) section, name);
    }
  return name;
}

/* The footer of a left-to-right page from the cache of shaped words, on
 * one line at the right as the layout below sets it; %FALSE when it
 * needs that layout. */
static gboolean
show_footer (PpPageLayout *self,
             cairo_t      *cr,
             const char   *number)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  int width = (int) (pp_page_body_width (self) * PANGO_SCALE), n, start, line;

  if (pp_document_is_rtl (self->document))
    return FALSE;
  n = pp_text_cache_cut (self->text_cache, number, PP_PAGE_SMALL_SIZE, FALSE, words);
  if (n <= 0 ||
      !pp_text_cache_wrap_words (self->text_cache, self->wrap, number,
                                 (const gpointer *) words->pdata, n, PP_PAGE_SMALL_SIZE, FALSE,
                                 pp_page_body_width (self), self->height) ||
      pp_text_wrap_get_n_lines (self->wrap) != 1)
    return FALSE;
  pp_text_wrap_get_line (self->wrap, 0, &start, &line);
  pp_text_wrap_show (self->wrap, cr, self->batch, MARGIN + (double) (width - line) / PANGO_SCALE,
                     self->height - MARGIN - pp_text_wrap_get_height (self->wrap));
  return TRUE;
}

static void
draw_frame (PpPageLayout *self,
            cairo_t      *cr,
            guint         page,
            gboolean      cover)
{
  double width = pp_page_body_width (self);
  /* Translators: the footer of every page of an exported document, "Page 2 of 5"; the
   * plural follows the number of pages. The print preview says the same. */
  g_autofree char *number = g_strdup_printf (ngettext ("Page %u of %u", "Page %u of %u",
                                                       self->pages->len),
                                             page + 1, self->pages->len);
  g_autoptr(PangoLayout) footer = NULL;

  pp_page_set_color (cr, MUTED, NULL);
  if (!cover)
    {
      const char *section = pp_page_layout_get_section (self, page);
      PangoLayout *header = title_layout (self, section != NULL);

      pp_page_show_text (cr, header, MARGIN, MARGIN);
      /* A page that goes on with a section says which, on the right. */
      if (section != NULL)
        pp_page_show_text (cr, section_layout (self, section), MARGIN + width / 2 + 6, MARGIN);
      cairo_rectangle (cr, MARGIN, MARGIN + pp_page_text_height (header) + 3, width, 0.5);
      cairo_fill (cr);
    }
  if (show_footer (self, cr, number))
    return;
  footer = pp_page_text_new (self->context, number, PP_PAGE_SMALL_SIZE, FALSE, width);
  pango_layout_set_alignment (footer, PANGO_ALIGN_RIGHT);
  pango_layout_set_auto_dir (footer, FALSE);
  pp_page_show_text (cr, footer, MARGIN, self->height - MARGIN - pp_page_text_height (footer));
}

/**
 * pp_page_layout_draw_page:
 * @page: from 0, below the count pp_page_layout_paginate() returned
 */
void
pp_page_layout_draw_page (PpPageLayout *self,
                          cairo_t      *cr,
                          guint         page)
{
  GArray *pieces;
  gboolean cover;

  g_return_if_fail (self != NULL && self->context != NULL);
  g_return_if_fail (page < self->pages->len);

  /* Told of a change that is none, Pango would lay every kept layout out
   * again on every page. */
  if (pp_text_cache_update (self->text_cache, cr))
    pango_cairo_update_context (cr, self->context);
  pieces = g_ptr_array_index (self->pages, page);
  cover = pieces->len > 0 &&
          pp_page_get_block (self, g_array_index (pieces, Piece, 0).block)->kind == PP_BLOCK_COVER;
  cairo_save (cr);
  /* A right-to-left document is drawn left to right through a mirror, its
   * first column on the right and its bars growing leftwards;
   * pp_page_show_lines() puts the text unmirrored in the mirrored place. */
  if (pp_document_is_rtl (self->document))
    {
      cairo_translate (cr, self->width, 0);
      cairo_scale (cr, -1, 1);
    }
  draw_frame (self, cr, page, cover);
  for (guint i = 0; i < pieces->len; i++)
    draw_piece (self, cr, &g_array_index (pieces, Piece, i));
  /* The cells' text, gathered by font and ink, goes on last. */
  pp_text_batch_flush (self->batch, cr);
  cairo_restore (cr);
}
