/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-measure.c: the page's body, and each block's text laid out at
 * its width: what pagination measures and drawing draws, so the two agree
 * to the point. Row heights are kept once measured. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-page-charts.h"
#include "pp-page-layout-private.h"

/* Heading sizes by level, from 1. */
static const double pp_page_heading_sizes[4] = { 0, 17.0, 13.5, 10.5 };

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

/* A layout one unit wide, which breaks at every chance it has, so the
 * widest line of a text set in it is the text's widest word. */
static PangoLayout *
word_layout (PpPageLayout *self,
             gboolean      bold)
{
  PangoLayout *layout = pp_page_text_new (self->context, NULL, PP_PAGE_SMALL_SIZE, bold, 0);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_width (layout, 1);
  return layout;
}

static double
widest_word (PangoLayout *layout,
             const char  *text)
{
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/* Gives the columns that need it their widest word, and the rest of the
 * width to the others by their shares, until every column has enough. */
static void
share_out (const PpBlock *block,
           const double  *least,
           double         total,
           double        *widths)
{
  guint n = block->n_columns;
  g_autofree gboolean *fixed = g_new0 (gboolean, n);
  gboolean changed = TRUE;

  while (changed)
    {
      double room = total, shares = 0;

      changed = FALSE;
      for (guint i = 0; i < n; i++)
        if (fixed[i])
          room -= least[i];
        else
          shares += g_array_index (block->widths, double, i);
      for (guint i = 0; i < n; i++)
        {
          double share = g_array_index (block->widths, double, i);

          widths[i] = fixed[i] ? least[i] : shares > 0 ? room * share / shares : room / n;
          if (!fixed[i] && widths[i] < least[i])
            changed = fixed[i] = TRUE;
        }
    }
}

/* A table's columns in points: their shares of the body, widened where a
 * word would not fit whole (a status such as "In negotiation" is never
 * broken inside a word), with the room taken from the columns that have
 * some to spare. When even the words do not fit, as on narrow paper, each
 * column gets room in proportion to its widest word. */
static GArray *
fit_columns (PpPageLayout  *self,
             const PpBlock *block)
{
  guint n = block->n_columns, n_rows = pp_block_get_n_rows (block);
  double total = pp_page_body_width (self), sum = 0;
  g_autofree double *least = g_new0 (double, n);
  g_autoptr(PangoLayout) header = word_layout (self, TRUE);
  g_autoptr(PangoLayout) body = word_layout (self, FALSE);
  GArray *widths = g_array_sized_new (FALSE, TRUE, sizeof (double), n);

  g_array_set_size (widths, n);
  for (guint column = 0; column < n; column++)
    {
      for (guint row = 0; row < n_rows; row++)
        least[column] = MAX (least[column], widest_word (row == 0 ? header : body,
                                                         pp_block_get_cell (block, row, column)));
      least[column] += 2 * CELL_PAD + 0.5;
      sum += least[column];
    }
  if (sum >= total)
    for (guint i = 0; i < n; i++)
      g_array_index (widths, double, i) = least[i] * total / sum;
  else
    share_out (block, least, total, (double *) (void *) widths->data);
  return widths;
}

/* Each column's width in points; facts give a third to their labels. */
const double *
pp_page_column_widths (PpPageLayout  *self,
                       const PpBlock *block)
{
  GArray *widths = g_hash_table_lookup (self->column_widths, block);

  if (widths == NULL)
    {
      if (block->kind == PP_BLOCK_TABLE && block->widths != NULL &&
          block->widths->len == block->n_columns)
        widths = fit_columns (self, block);
      else
        {
          double total = pp_page_body_width (self);

          widths = g_array_sized_new (FALSE, TRUE, sizeof (double), block->n_columns);
          for (guint i = 0; i < block->n_columns; i++)
            {
              double width = block->n_columns == 2 ? (i == 0 ? 0.34 : 0.66) * total
                                                   : total / block->n_columns;

              g_array_append_val (widths, width);
            }
        }
      g_hash_table_insert (self->column_widths, (gpointer) block, widths);
    }
  return (const double *) (void *) widths->data;
}

/* The layout of a table or fact cell; @row 0 of a table is its header. */
PangoLayout *
pp_page_cell_layout (PpPageLayout  *self,
                     const PpBlock *block,
                     guint          row,
                     guint          column,
                     double        *x)
{
  const double *widths = pp_page_column_widths (self, block);
  double offset = 0;
  gboolean bold;
  PangoLayout *layout;

  for (guint i = 0; i < column; i++)
    offset += widths[i];
  *x = MARGIN + offset + CELL_PAD;
  bold = (block->kind == PP_BLOCK_TABLE && row == 0) ||
         (block->kind == PP_BLOCK_FACTS && column == 0);
  layout = pp_page_text_new (self->context, pp_block_get_cell (block, row, column),
                             block->kind == PP_BLOCK_TABLE ? PP_PAGE_SMALL_SIZE : PP_PAGE_TEXT_SIZE,
                             bold, widths[column] - 2 * CELL_PAD);
  /* A cell never grows taller than a page, so every row fits on one. */
  pango_layout_set_height (layout,
                           (int) ((pp_page_body_bottom (self) - pp_page_body_top () - 80)
                                  * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

/* "Risks (continued)", above the rows of a table that go on from the page
 * before, with the header row repeated under it. */
PangoLayout *
pp_page_continued_layout (PpPageLayout  *self,
                          const PpBlock *block)
{
  /* Translators: above a table that goes on from the page before, "Risks (continued)" */
  g_autofree char *text = g_strdup_printf (_("%s (continued)"), block->text);

  return pp_page_text_new (self->context, text, PP_PAGE_TEXT_SIZE, TRUE,
                           pp_page_body_width (self));
}

double
pp_page_continued_height (PpPageLayout  *self,
                          const PpBlock *block)
{
  g_autoptr(PangoLayout) layout = pp_page_continued_layout (self, block);

  return pp_page_text_height (layout) + 4;
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
                                          block->style == PP_STYLE_WARNING,
                                          pp_page_body_width (self));

  pango_layout_set_spacing (layout, (int) (2 * PANGO_SCALE));
  return layout;
}

PangoLayout *
pp_page_heading_layout (PpPageLayout  *self,
                        const PpBlock *block)
{
  return pp_page_text_new (self->context, block->text,
                           pp_page_heading_sizes[CLAMP (block->level, 1, 3)],
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
  return pp_page_text_new (self->context, block->text, PP_PAGE_TEXT_SIZE, TRUE,
                           pp_page_body_width (self));
}
