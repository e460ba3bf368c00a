/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-cells.c: the cells of tables and fact lists on pages: their
 * columns' widths, the rows' heights, and each cell wrapped from the cache
 * of shaped words (pp-text-cache.c) where it can be, else by a PangoLayout
 * of its own. Each cell is cut into words once per layout: the widths of
 * its columns, pagination and drawing all reuse the cut. */

#include "config.h"

#include "pp-page-charts.h"
#include "pp-page-layout-private.h"

typedef struct
{
  guint start;                /* in the block's words */
  int n;                      /* -1: refused, -2: not cut yet */
} CellWords;

struct _PpPageCells
{
  guint generation;           /* the cache's, when the words were cut */
  GPtrArray *words;           /* every cell's words, one cell after another */
  GArray *cells;              /* of CellWords, row by row */
};

void
pp_page_cells_free (PpPageCells *cells)
{
  g_ptr_array_unref (cells->words);
  g_array_unref (cells->cells);
  g_free (cells);
}

/* A table's cells are small print, its header row bold; a fact list's
 * are text size, its labels bold. */
static double
cell_font (const PpBlock *block,
           guint          row,
           guint          column,
           gboolean      *bold)
{
  *bold = (block->kind == PP_BLOCK_TABLE && row == 0) ||
          (block->kind == PP_BLOCK_FACTS && column == 0);
  return block->kind == PP_BLOCK_TABLE ? PP_PAGE_SMALL_SIZE : PP_PAGE_TEXT_SIZE;
}

/* Where a cell's text goes and how wide it is. */
static double
cell_place (PpPageLayout  *self,
            const PpBlock *block,
            guint          column,
            double        *x)
{
  const double *widths = pp_page_column_widths (self, block);
  double offset = 0;

  for (guint i = 0; i < column; i++)
    offset += widths[i];
  *x = MARGIN + offset + CELL_PAD;
  return widths[column] - 2 * CELL_PAD;
}

/* A cell never grows taller than a page, so every row fits on one. */
static double
cell_max_height (PpPageLayout *self)
{
  return pp_page_body_bottom (self) - pp_page_body_top () - 80;
}

/* The layout of a table or fact cell; @row 0 of a table is its header. */
PangoLayout *
pp_page_cell_layout (PpPageLayout  *self,
                     const PpBlock *block,
                     guint          row,
                     guint          column,
                     double        *x)
{
  double width = cell_place (self, block, column, x), size;
  gboolean bold;
  PangoLayout *layout;

  size = cell_font (block, row, column, &bold);
  layout = pp_page_text_new (self->context, pp_block_get_cell (block, row, column), size, bold,
                             width);
  pango_layout_set_height (layout, (int) (cell_max_height (self) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

/* The words of a cell, cut the first time they are asked for. Returns
 * how many (-1: refused) and sets @words to them. A right-to-left
 * document's cells are all refused: Pango aligns their lines by their
 * own direction, which the cache does not do. */
static int
cell_words (PpPageLayout    *self,
            const PpBlock   *block,
            guint            row,
            guint            column,
            const gpointer **words)
{
  PpPageCells *cells = g_hash_table_lookup (self->cells, block);
  guint generation = pp_text_cache_get_generation (self->text_cache);
  CellWords *cell;

  if (pp_document_is_rtl (self->document))
    return -1;
  if (cells == NULL || cells->generation != generation)
    {
      guint n = pp_block_get_n_rows (block) * block->n_columns;

      cells = g_new0 (PpPageCells, 1);
      cells->generation = generation;
      cells->words = g_ptr_array_new ();
      cells->cells = g_array_sized_new (FALSE, FALSE, sizeof (CellWords), n);
      g_array_set_size (cells->cells, n);
      for (guint i = 0; i < n; i++)
        g_array_index (cells->cells, CellWords, i).n = -2;
      g_hash_table_replace (self->cells, (gpointer) block, cells);
    }
  cell = &g_array_index (cells->cells, CellWords, row * block->n_columns + column);
  if (cell->n == -2)
    {
      gboolean bold;
      double size = cell_font (block, row, column, &bold);

      cell->start = cells->words->len;
      cell->n = pp_text_cache_cut (self->text_cache, pp_block_get_cell (block, row, column),
                                   size, bold, cells->words);
    }
  *words = (const gpointer *) cells->words->pdata + cell->start;
  return cell->n;
}

/**
 * pp_page_cell_widest_word:
 * @width: (out): points
 *
 * The width of the widest word of a cell, from the cache, or %FALSE when
 * the cache refuses the cell and a layout must measure it.
 */
gboolean
pp_page_cell_widest_word (PpPageLayout  *self,
                          const PpBlock *block,
                          guint          row,
                          guint          column,
                          double        *width)
{
  const gpointer *words;
  int n = cell_words (self, block, row, column, &words);

  if (n < 0)
    return FALSE;
  *width = pp_text_cache_widest (words, n);
  return TRUE;
}

/**
 * pp_page_wrap_cell:
 *
 * Wraps a cell into self->wrap from the cache of shaped words, which
 * gives the lines pp_page_cell_layout() would at a fraction of the time,
 * or returns %FALSE when the cell needs that layout (see pp-text-cache.c
 * for which text does).
 */
gboolean
pp_page_wrap_cell (PpPageLayout  *self,
                   const PpBlock *block,
                   guint          row,
                   guint          column,
                   double        *x)
{
  double width = cell_place (self, block, column, x), size;
  const gpointer *words;
  gboolean bold;
  int n = cell_words (self, block, row, column, &words);

  size = cell_font (block, row, column, &bold);
  return n >= 0 &&
         pp_text_cache_wrap_words (self->text_cache, self->wrap,
                                   pp_block_get_cell (block, row, column), words, n, size, bold,
                                   width, cell_max_height (self));
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
        {
          double width;

          if (!pp_page_cell_widest_word (self, block, row, column, &width))
            width = widest_word (row == 0 ? header : body, pp_block_get_cell (block, row, column));
          least[column] = MAX (least[column], width);
        }
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
    if (pp_page_wrap_cell (self, block, row, column, &x))
      height = MAX (height, pp_text_wrap_get_height (self->wrap));
    else
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
