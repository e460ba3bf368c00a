/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-text-cache.c: cells wrapped from the cache of shaped words break
 * where a PangoLayout of the same cell breaks, are as wide and as tall,
 * and have the same glyphs; what the cache cannot promise that for (a
 * word wider than its column, Urdu, right-to-left documents) it refuses,
 * so that the cell is laid out by Pango as before. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "bench-generate.h"
#include "pp-document.h"
#include "pp-export.h"
#include "pp-page-layout-private.h"
#include "pp-portfolio-io.h"
#include "pp-test-util.h"

#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89

static PpPageLayout *
paginate (const PpDocument *document,
          double            width,
          double            height)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  PpPageLayout *layout = pp_page_layout_new (document, width, height);

  pp_page_layout_paginate (layout, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return layout;
}

static PpDocument *
build (PpPortfolio    *portfolio,
       PpDocumentKind  kind)
{
  g_auto(PpExportOptions) options;
  g_autoptr(GError) error = NULL;
  PpDocument *document;

  pp_export_options_init (&options);
  options.document = kind;
  g_date_set_dmy (&options.today, 1, G_DATE_JUNE, 2025);
  document = pp_document_new (portfolio, &options, &error);
  g_assert_no_error (error);
  return document;
}

static double
cell_left (PpPageLayout  *self,
           const PpBlock *block,
           guint          column)
{
  double left = MARGIN;

  for (guint i = 0; i < column; i++)
    left += pp_page_column_widths (self, block)[i];
  return left;
}

/* Sets the layout's Pango context and cache back to unscaled points, as
 * they were for pagination. */
static void
restore_context (PpPageLayout *self)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  pango_cairo_update_context (cr, self->context);
  pp_text_cache_update (self->text_cache, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

typedef enum
{
  DRAW_PANGO,     /* the cell's PangoLayout */
  DRAW_CACHED,    /* the cache's lines, one by one */
  DRAW_BATCHED,   /* the cache's lines, gathered and drawn at once */
} Draw;

/* Draws the cell at scale 3 as @how says; returns the image. */
static cairo_surface_t *
draw_cell (PpPageLayout  *self,
           const PpBlock *block,
           guint          row,
           guint          column,
           Draw           how)
{
  const double scale = 3;
  double width = pp_page_column_widths (self, block)[column];
  double height = pp_page_row_height (self, block, row);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) (width * scale) + 1,
                                                         (int) (height * scale) + 1);
  cairo_t *cr = cairo_create (surface);
  double x;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  pango_cairo_update_context (cr, self->context);
  pp_text_cache_update (self->text_cache, cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (how != DRAW_PANGO)
    {
      g_autoptr(PpTextBatch) batch = how == DRAW_BATCHED ? pp_text_batch_new () : NULL;

      g_assert_true (pp_page_wrap_cell (self, block, row, column, &x));
      pp_text_wrap_show (self->wrap, cr, batch, x - cell_left (self, block, column), 0);
      if (batch != NULL)
        pp_text_batch_flush (batch, cr);
    }
  else
    {
      g_autoptr(PangoLayout) layout = pp_page_cell_layout (self, block, row, column, &x);

      pp_page_show_text (cr, layout, x - cell_left (self, block, column), 0);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  restore_context (self);
  return surface;
}

static void
check_pixels (PpPageLayout  *self,
              const PpBlock *block,
              guint          row,
              guint          column)
{
  cairo_surface_t *pango = draw_cell (self, block, row, column, DRAW_PANGO);
  gsize size = (gsize) cairo_image_surface_get_stride (pango) *
               cairo_image_surface_get_height (pango);

  for (Draw how = DRAW_CACHED; how <= DRAW_BATCHED; how++)
    {
      cairo_surface_t *ours = draw_cell (self, block, row, column, how);

      const guchar *a = cairo_image_surface_get_data (ours);
      const guchar *b = cairo_image_surface_get_data (pango);
      gsize n_diff = 0;
      guint most = 0;

      for (gsize i = 0; i < size; i++)
        if (a[i] != b[i])
          {
            n_diff++;
            most = MAX (most, (guint) ABS ((int) a[i] - (int) b[i]));
          }
      /* Drawn at once, the glyphs of two lines that touch at a pixel are
       * blended in one mask, which may round a shade of that pixel
       * otherwise; drawn line by line, every pixel is Pango's. */
      if (how == DRAW_CACHED ? n_diff > 0 : n_diff > size / 1000 || most > 8)
        g_error ("“%s” is drawn otherwise than Pango draws it%s: %" G_GSIZE_FORMAT
                 " bytes differ, by up to %u", pp_block_get_cell (block, row, column),
                 how == DRAW_BATCHED ? " (batched)" : "", n_diff, most);
      cairo_surface_destroy (ours);
    }
  cairo_surface_destroy (pango);
}

/* Checks one cell the cache wrapped against its PangoLayout. */
static void
check_cell (PpPageLayout  *self,
            const PpBlock *block,
            guint          row,
            guint          column)
{
  double x;
  g_autoptr(PangoLayout) layout = pp_page_cell_layout (self, block, row, column, &x);
  const char *text = pango_layout_get_text (layout);
  guint n_lines = pp_text_wrap_get_n_lines (self->wrap);

  if (*text == '\0')
    g_assert_cmpuint (n_lines, ==, 0);
  else
    g_assert_cmpuint (n_lines, ==, pango_layout_get_line_count (layout));
  g_assert_cmpfloat (pp_text_wrap_get_height (self->wrap), ==, pp_page_text_height (layout));
  for (guint i = 0; i < n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);
      PangoRectangle logical;
      int start, width;

      pp_text_wrap_get_line (self->wrap, i, &start, &width);
      pango_layout_line_get_extents (line, NULL, &logical);
      if (start != line->start_index || width != logical.width)
        g_error ("“%s” line %u: the cache starts it at %d, %d wide; Pango at %d, %d wide", text,
                 i, start, width, line->start_index, logical.width);
    }
}

/* Every cell of every table and fact list of @document the cache wraps
 * is wrapped as Pango wraps it, and every @nth of them drawn the same;
 * returns how many it wrapped, of @n_cells. */
static guint
check_document (const PpDocument *document,
                guint             nth,
                guint            *n_cells)
{
  g_autoptr(PpPageLayout) self = paginate (document, A4_WIDTH, A4_HEIGHT);
  guint wrapped = 0;

  *n_cells = 0;
  for (guint i = 0; i < document->blocks->len; i++)
    {
      const PpBlock *block = g_ptr_array_index (document->blocks, i);

      if (block->kind != PP_BLOCK_TABLE && block->kind != PP_BLOCK_FACTS)
        continue;
      for (guint row = 0; row < pp_block_get_n_rows (block); row++)
        for (guint column = 0; column < block->n_columns; column++)
          {
            double x;

            (*n_cells)++;
            if (!pp_page_wrap_cell (self, block, row, column, &x))
              continue;
            check_cell (self, block, row, column);
            if (wrapped++ % nth == 0)
              check_pixels (self, block, row, column);
          }
    }
  return wrapped;
}

/* A generated brief of 2,000 MoUs: the register, the ventures' plans and
 * the commitments, nearly all of it wrapped by the cache, as Pango would. */
static void
test_generated (void)
{
  g_autoptr(GBytes) text = bench_generate (2000);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (text, &error);
  g_autoptr(PpDocument) document = NULL;
  guint n_cells, wrapped;

  g_assert_no_error (error);
  document = build (portfolio, PP_DOCUMENT_BRIEF);
  wrapped = check_document (document, 97, &n_cells);
  g_test_message ("%u of %u cells wrapped by the cache", wrapped, n_cells);
  g_assert_cmpuint (wrapped, >, n_cells * 9 / 10);
}

static const char * const cells[][3] = {
  { "Меморандум о сотрудничестве в области энергетики", "Подписан", "1 июня 2025 г." },
  { "Memorandum of understanding on trade, standards and certification (2025–2030)",
    "In negotiation", "31 Jul 2024 (overdue)" },
  { "Well-known long-standing co-operation: e.g. 1.5 % of costs/year, “quoted”", "—", "" },
  { "Supercalifragilistic", "A B C D E F G H", "12345678901234567890" },
  { "مفاہمتی یادداشت برائے توانائی", "Urdu اردو", "Смешанный text" },
  { "Two  spaces", " leading", "trailing " },
  { "Agreement (draft), signed: yes; filed! now? ok. (2025) 12 Mar 2025 (overdue)",
    "A (b c) d, e. f", "x ;y (z" },
  { "Research agreement: Mining (Islamabad–Brest) and Lahore–Minsk", "—", "a –b c– d–" },
};

static PpDocument *
scripts_document (void)
{
  static const double widths[] = { 0.5, 0.2, 0.3 };
  const char *headers[] = { "Title", "Status", "Заголовок" };
  GDate today;
  PpDocument *document;
  PpBlock *table;

  g_date_set_dmy (&today, 1, G_DATE_JUNE, 2025);
  document = pp_document_new_empty ("Scripts", &today);
  table = pp_document_add_table (document, "Cells", 3, widths, headers);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    pp_table_add_row (table, PP_MARK_NONE, cells[i]);
  /* A word wider than the page, which no column can be widened to hold. */
  table = pp_document_add_table (document, "Long", 3, widths, headers);
  pp_table_add_row (table, PP_MARK_NONE, (const char *[]) {
    "Supercalifragilisticexpialidocious" "Supercalifragilisticexpialidocious"
    "Supercalifragilisticexpialidocious" "Supercalifragilisticexpialidocious", "Short",
    "Two words" });
  return document;
}

/* Cyrillic, punctuation, hyphens, dashes and numbers are wrapped as Pango
 * wraps them and drawn the same (plain text cut at its spaces and en
 * dashes without Pango's rules of line breaking too); what the cache cannot wrap as Pango
 * would it refuses: Urdu, text that mixes scripts, two spaces, a space at
 * either end, and a word too wide for its column, which Pango breaks
 * inside (and still does, with no hyphen). */
static void
test_scripts (void)
{
  g_autoptr(PpDocument) document = scripts_document ();
  g_autoptr(PpPageLayout) self = paginate (document, A4_WIDTH, A4_HEIGHT);
  const PpBlock *table = g_ptr_array_index (document->blocks, 0);
  const PpBlock *long_table = g_ptr_array_index (document->blocks, 1);
  guint n_cells;
  double x;

  g_assert_cmpuint (check_document (document, 1, &n_cells), >, 0);
  for (guint row = 0; row <= 4; row++)
    for (guint column = 0; column < 3; column++)
      if (!pp_page_wrap_cell (self, table, row, column, &x))
        g_error ("“%s” is not wrapped by the cache", pp_block_get_cell (table, row, column));
  for (guint column = 0; column < 3; column++)
    g_assert_false (pp_page_wrap_cell (self, table, 5, column, &x));
  for (guint column = 0; column < 3; column++)
    g_assert_false (pp_page_wrap_cell (self, table, 6, column, &x));
  for (guint row = 7; row <= 8; row++)
    for (guint column = 0; column < 3; column++)
      g_assert_true (pp_page_wrap_cell (self, table, row, column, &x));
  /* The long word is left to Pango, which breaks it inside. */
  g_assert_false (pp_page_wrap_cell (self, long_table, 1, 0, &x));
  {
    g_autoptr(PangoLayout) layout = pp_page_cell_layout (self, long_table, 1, 0, &x);

    g_assert_cmpint (pango_layout_get_line_count (layout), >, 1);
  }
}

/* A right-to-left document is laid out by Pango alone: its lines are
 * aligned by their own direction, which the cache does not do. */
static void
test_right_to_left (void)
{
  g_autoptr(PpDocument) document = scripts_document ();
  g_autoptr(PpPageLayout) self = NULL;
  const PpBlock *table = g_ptr_array_index (document->blocks, 0);
  double x;

  g_free (document->language);
  document->language = g_strdup ("ur");
  g_assert_true (pp_document_is_rtl (document));
  self = paginate (document, A4_WIDTH, A4_HEIGHT);
  for (guint row = 0; row < pp_block_get_n_rows (table); row++)
    for (guint column = 0; column < 3; column++)
      g_assert_false (pp_page_wrap_cell (self, table, row, column, &x));
}

/* The darkest pixel of the box at (@x, @y), @width × @height points, of
 * an image drawn at @scale pixels a point, as 0xrrggbb. */
static guint32
darkest (cairo_surface_t *surface,
         double           scale,
         double           x,
         double           y,
         double           width,
         double           height)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 found = 0xffffff;
  guint least = G_MAXUINT;

  for (int row = (int) (y * scale); row < (int) ((y + height) * scale); row++)
    for (int column = (int) (x * scale); column < (int) ((x + width) * scale); column++)
      {
        guint32 pixel = *(guint32 *) (void *) (data + row * stride + column * 4) & 0xffffff;
        guint sum = (pixel >> 16) + ((pixel >> 8) & 0xff) + (pixel & 0xff);

        if (sum < least)
          {
            least = sum;
            found = pixel;
          }
      }
  return found;
}

/* Cells Pango lays out itself, in a striped row and on a marked cell's
 * pink, are drawn in their own ink, over the backgrounds gathered before
 * them: black, and red on the marked cell. */
static void
test_ink (gconstpointer data)
{
  gboolean rtl = GPOINTER_TO_INT (data);
  const double scale = 3;
  static const double widths[] = { 0.5, 0.5 };
  const char *headers[] = { "What", "Next follow-up" };
  g_autoptr(PpDocument) document = NULL;
  g_autoptr(PpPageLayout) self = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  PpBlock *table;
  GDate today;
  double top, height, left;
  guint32 ink, late;

  g_date_set_dmy (&today, 1, G_DATE_JUNE, 2025);
  document = pp_document_new_empty ("Ink", &today);
  if (rtl)
    {
      g_free (document->language);
      document->language = g_strdup ("ur");
    }
  table = pp_document_add_table (document, "Follow-ups", 2, widths, headers);
  pp_table_add_row (table, PP_MARK_NONE, (const char *[]) { "Plain", "Plain" });
  pp_table_add_row (table, PP_MARK_OVERDUE, (const char *[]) { "مفاہمتی یادداشت", "پروگرام" });
  pp_table_mark_cell (table, 1, PP_MARK_OVERDUE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (A4_WIDTH * scale),
                                        (int) (A4_HEIGHT * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  self = pp_page_layout_new (document, A4_WIDTH, A4_HEIGHT);
  g_assert_cmpuint (pp_page_layout_paginate (self, cr), ==, 1);
  pp_page_layout_draw_page (self, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* The second body row, striped, its second cell marked. */
  top = ((const Piece *) ((GArray *) g_ptr_array_index (self->pages, 0))->data)->y +
        pp_page_row_height (self, table, 0) + pp_page_row_height (self, table, 1);
  height = pp_page_row_height (self, table, 2);
  left = pp_page_column_widths (self, table)[0];
  ink = darkest (surface, scale, rtl ? MARGIN + left : MARGIN, top, left, height);
  late = darkest (surface, scale, rtl ? MARGIN : MARGIN + left, top,
                  pp_page_column_widths (self, table)[1], height);
  cairo_surface_destroy (surface);
  g_assert_cmpuint ((ink >> 16) + ((ink >> 8) & 0xff) + (ink & 0xff), <, 3 * 0x50);
  g_assert_cmpuint (late >> 16, >, ((late >> 8) & 0xff) + 0x30);
  g_assert_cmpuint ((late >> 8) & 0xff, <, 0x50);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text-cache/generated", test_generated);
  g_test_add_func ("/text-cache/scripts", test_scripts);
  g_test_add_func ("/text-cache/right-to-left", test_right_to_left);
  g_test_add_data_func ("/text-cache/ink", GINT_TO_POINTER (FALSE), test_ink);
  g_test_add_data_func ("/text-cache/ink/right-to-left", GINT_TO_POINTER (TRUE), test_ink);
  return g_test_run ();
}
