/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-page-layout.c: planning documents laid out on pages: tables kept
 * with their headings and never split into lone rows, continued tables
 * named, marks on the cells that say them, and words kept whole. */

#include "config.h"

#include <string.h>

#include "bench-generate.h"
#include "pp-date.h"
#include "pp-document.h"
#include "pp-enum-types.h"
#include "pp-enums.h"
#include "pp-export.h"
#include "pp-page-layout-private.h"
#include "pp-portfolio-io.h"
#include "pp-test-util.h"

#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89
#define A5_WIDTH 419.528
#define A5_HEIGHT 595.276

/* Lays @document out on pages of @width × @height points, measured on a
 * recording surface as on a PDF's. */
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

static const Piece *
get_piece (PpPageLayout *layout,
           guint         page,
           guint         i)
{
  GArray *pieces = g_ptr_array_index (layout->pages, page);

  return &g_array_index (pieces, Piece, i);
}

static guint
get_n_pieces (PpPageLayout *layout,
              guint         page)
{
  return ((GArray *) g_ptr_array_index (layout->pages, page))->len;
}

/* What every laid-out document must hold to: no page ends with a heading
 * (but the last), no table of SMALL_ROWS rows or fewer is split, no piece
 * of a split table or list holds fewer than MIN_ROWS rows, and each row
 * is on exactly one page, in order. */
static void
check_keeps (const PpDocument *document,
             PpPageLayout     *layout)
{
  guint n_pages = pp_page_layout_get_n_pages (layout);
  g_autofree guint *next_row = g_new0 (guint, document->blocks->len);

  for (guint page = 0; page < n_pages; page++)
    {
      guint n = get_n_pieces (layout, page);

      for (guint i = 0; i < n; i++)
        {
          const Piece *piece = get_piece (layout, page, i);
          const PpBlock *block = g_ptr_array_index (document->blocks, piece->block);
          guint first, n_rows;

          if (block->kind == PP_BLOCK_HEADING)
            {
              if (i == n - 1 && piece->block + 1 < document->blocks->len)
                g_error ("page %u ends with the heading “%s”", page + 1, block->text);
              continue;
            }
          if (block->kind != PP_BLOCK_TABLE && block->kind != PP_BLOCK_FACTS)
            continue;
          first = block->kind == PP_BLOCK_TABLE ? 1 : 0;
          n_rows = pp_block_get_n_rows (block) - first;
          if (next_row[piece->block] == 0)
            next_row[piece->block] = first;
          g_assert_cmpuint (piece->first, ==, next_row[piece->block]);
          next_row[piece->block] = piece->last;
          if (n_rows <= SMALL_ROWS)
            {
              if (piece->first != first || piece->last != first + n_rows)
                g_error ("page %u holds rows %u to %u of “%s”, a table of %u rows",
                         page + 1, piece->first, piece->last - 1, block->text, n_rows);
            }
          else if (piece->last - piece->first < MIN_ROWS)
            g_error ("page %u holds %u row of “%s” alone", page + 1,
                     piece->last - piece->first, block->text);
        }
    }
}

/* A document whose venture section starts lower on the page each time,
 * so that every way a page can end under a heading or inside a table
 * comes up. */
static PpDocument *
build_sections (guint filler_lines)
{
  GDate today;
  g_autoptr(PpDocument) document = NULL;
  g_autoptr(GString) filler = g_string_new (NULL);
  static const double widths[] = { 0.5, 0.5 };
  const char *headers[] = { "Risk", "Mitigation" };
  PpBlock *table;

  g_date_set_dmy (&today, 1, G_DATE_JUNE, 2025);
  document = pp_document_new_empty ("Sections", &today);
  for (guint i = 0; i < filler_lines; i++)
    g_string_append (filler, i > 0 ? "\nA line of filler" : "A line of filler");
  pp_document_add_heading (document, 1, "Joint ventures", NULL);
  if (filler_lines > 0)
    pp_document_add_paragraph (document, PP_STYLE_NORMAL, filler->str);
  pp_document_add_heading (document, 2, "Electric bus manufacturing", NULL);
  pp_document_add_heading (document, 3, "Risks", NULL);
  table = pp_document_add_table (document, "Risks", 2, widths, headers);
  pp_table_add_row (table, PP_MARK_NONE, (const char *[]) { "Batteries", "Test them" });
  pp_table_add_row (table, PP_MARK_NONE, (const char *[]) { "Operators", "Lease the buses" });
  pp_document_add_heading (document, 3, "Milestones", NULL);
  pp_document_add_paragraph (document, PP_STYLE_NORMAL, "What is planned, in order.");
  table = pp_document_add_table (document, "Milestones", 2, widths, headers);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *title = g_strdup_printf ("Milestone %u", i + 1);

      pp_table_add_row (table, PP_MARK_NONE,
                        (const char *[]) { title, i % 3 == 0 ? "Two\nlines" : "One" });
    }
  return g_steal_pointer (&document);
}

static void
test_keep_sections (void)
{
  /* From the top of the page to below its foot, a line at a time. */
  for (guint lines = 0; lines < 70; lines++)
    {
      g_autoptr(PpDocument) document = build_sections (lines);
      g_autoptr(PpPageLayout) layout = paginate (document, A4_WIDTH, A4_HEIGHT);

      check_keeps (document, layout);
    }
}

static PpDocument *
build_brief (PpPortfolio *portfolio,
             const char  *today)
{
  g_auto(PpExportOptions) options;
  g_autoptr(GError) error = NULL;
  PpDocument *document;

  pp_export_options_init (&options);
  g_assert_true (pp_date_parse (today, &options.today, NULL));
  document = pp_document_new (portfolio, &options, &error);
  g_assert_no_error (error);
  return document;
}

static PpPortfolio *
load_generated (guint n_mous)
{
  g_autoptr(GBytes) text = bench_generate (n_mous);
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_portfolio_load_from_bytes (text, &error);

  g_assert_no_error (error);
  return portfolio;
}

/* The sample's brief, on A4, Letter and A5, and a brief of 300 MoUs. */
static void
test_keep_brief (void)
{
  g_autoptr(PpPortfolio) sample = pp_test_load_sample ();
  g_autoptr(PpPortfolio) large = load_generated (300);
  g_autoptr(PpDocument) brief = build_brief (sample, "2026-12-01");
  g_autoptr(PpDocument) long_brief = build_brief (large, "2026-12-01");
  const double sizes[][2] = {
    { A4_WIDTH, A4_HEIGHT }, { 612, 792 }, { A5_WIDTH, A5_HEIGHT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(PpPageLayout) layout = paginate (brief, sizes[i][0], sizes[i][1]);
      g_autoptr(PpPageLayout) long_layout = paginate (long_brief, sizes[i][0], sizes[i][1]);

      check_keeps (brief, layout);
      check_keeps (long_brief, long_layout);
    }
}

/* A table that goes on to another page repeats its header under its name
 * ("Milestones (continued)"), and the page's running header names the
 * venture it goes on with. */
static void
test_continued (void)
{
  g_autoptr(PpDocument) document = build_sections (5);
  g_autoptr(PpPageLayout) layout = paginate (document, A4_WIDTH, A4_HEIGHT);
  guint n_pages = pp_page_layout_get_n_pages (layout), n_continued = 0;

  g_assert_cmpuint (n_pages, >, 1);
  g_assert_null (pp_page_layout_get_section (layout, 0));
  for (guint page = 1; page < n_pages; page++)
    {
      const Piece *piece = get_piece (layout, page, 0);
      const PpBlock *block = g_ptr_array_index (document->blocks, piece->block);

      g_assert_cmpint (block->kind, ==, PP_BLOCK_TABLE);
      g_assert_cmpstr (block->text, ==, "Milestones");
      g_assert_true (piece->continued);
      g_assert_cmpuint (piece->first, >, 1);
      g_assert_cmpstr (pp_page_layout_get_section (layout, page), ==,
                       "Electric bus manufacturing");
      n_continued++;
      {
        g_autoptr(PangoLayout) label = pp_page_continued_layout (layout, block);

        g_assert_cmpstr (pango_layout_get_text (label), ==, "Milestones (continued)");
      }
    }
  g_assert_cmpuint (n_continued, ==, n_pages - 1);
  /* The first piece of the table is not marked as going on. */
  for (guint i = 0; i < get_n_pieces (layout, 0); i++)
    g_assert_false (get_piece (layout, 0, i)->continued);
}

/* Whether each line of @layout after the first starts where a line may
 * break (between words, or after a newline), not inside a word. */
static gboolean
breaks_between_words (PangoLayout *layout,
                      char       **bad_line)
{
  const char *text = pango_layout_get_text (layout);
  int n_attrs;
  const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);

  for (int i = 1; i < pango_layout_get_line_count (layout); i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);
      glong offset = g_utf8_pointer_to_offset (text, text + line->start_index);

      if (offset < n_attrs && !attrs[offset].is_line_break)
        {
          *bad_line = g_strndup (text, line->start_index);
          return FALSE;
        }
    }
  return TRUE;
}

static void
check_words_whole (PpPageLayout *layout)
{
  const PpDocument *document = layout->document;

  for (guint i = 0; i < document->blocks->len; i++)
    {
      const PpBlock *block = g_ptr_array_index (document->blocks, i);

      if (block->kind != PP_BLOCK_TABLE)
        continue;
      for (guint row = 0; row < pp_block_get_n_rows (block); row++)
        for (guint column = 0; column < block->n_columns; column++)
          {
            double x;
            g_autoptr(PangoLayout) cell = pp_page_cell_layout (layout, block, row, column, &x);
            g_autofree char *bad = NULL;

            if (!breaks_between_words (cell, &bad))
              g_error ("“%s” of “%s” breaks inside a word after “%s”",
                       pango_layout_get_text (cell), block->text, bad);
          }
    }
}

/* The register of the sample with its MoUs in every status, as of a day
 * when some have expired: every cell breaks between words only, and the
 * status column is wide enough for the widest status. */
static void
test_words_whole (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  GListModel *mous = pp_portfolio_get_mous (portfolio);
  g_autoptr(PpDocument) document = NULL;
  g_autoptr(PpPageLayout) layout = NULL;
  g_autoptr(GEnumClass) statuses = g_type_class_ref (PP_TYPE_MOU_STATUS);
  const PpBlock *register_table = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);

      pp_mou_set_status (mou, statuses->values[i % statuses->n_values].value);
    }
  document = build_brief (portfolio, "2030-05-01");
  layout = paginate (document, A4_WIDTH, A4_HEIGHT);
  check_words_whole (layout);

  for (guint i = 0; i < document->blocks->len && register_table == NULL; i++)
    {
      const PpBlock *block = g_ptr_array_index (document->blocks, i);

      if (block->kind == PP_BLOCK_TABLE && g_strcmp0 (block->text, "MoU register") == 0)
        register_table = block;
    }
  g_assert_nonnull (register_table);
  g_assert_cmpstr (pp_block_get_cell (register_table, 0, 2), ==, "Status");
  for (guint i = 0; i < statuses->n_values; i++)
    {
      const char *name = pp_enum_get_display_name (PP_TYPE_MOU_STATUS,
                                                   statuses->values[i].value);
      g_auto(GStrv) words = g_strsplit (name, " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autoptr(PangoLayout) word = pp_page_text_new (layout->context, words[w],
                                                          PP_PAGE_SMALL_SIZE, FALSE, 0);
          int width;

          pango_layout_get_size (word, &width, NULL);
          g_assert_cmpfloat (pp_page_column_widths (layout, register_table)[2] - 2 * CELL_PAD,
                             >=, (double) width / PANGO_SCALE);
        }
    }
}

/* A long register on narrow paper, where not every word can fit: the
 * columns still fill the body, and Pango inserts no hyphen where it has
 * to break a word. */
static void
test_narrow (void)
{
  g_autoptr(PpPortfolio) portfolio = load_generated (40);
  g_autoptr(PpDocument) document = build_brief (portfolio, "2026-12-01");
  g_autoptr(PpPageLayout) layout = paginate (document, A5_WIDTH, A5_HEIGHT);
  g_autoptr(PangoLayout) text = pp_page_text_new (layout->context, "negotiation", 8, FALSE, 20);
  PangoAttrList *attributes = pango_layout_get_attributes (text);
  PangoAttrIterator *iter;
  PangoAttrInt *hyphens;

  g_assert_nonnull (attributes);
  iter = pango_attr_list_get_iterator (attributes);
  hyphens = (PangoAttrInt *) pango_attr_iterator_get (iter, PANGO_ATTR_INSERT_HYPHENS);
  g_assert_nonnull (hyphens);
  g_assert_false (hyphens->value);
  pango_attr_iterator_destroy (iter);

  for (guint i = 0; i < document->blocks->len; i++)
    {
      const PpBlock *block = g_ptr_array_index (document->blocks, i);
      double sum = 0;

      if (block->kind != PP_BLOCK_TABLE)
        continue;
      for (guint column = 0; column < block->n_columns; column++)
        {
          double width = pp_page_column_widths (layout, block)[column];

          g_assert_cmpfloat (width, >, 2 * CELL_PAD);
          sum += width;
        }
      g_assert_cmpfloat_with_epsilon (sum, pp_page_body_width (layout), 0.01);
    }
}

/* The colour at (@x, @y) points of an image drawn at @scale pixels a
 * point, as "#rrggbb". */
static char *
pixel_at (cairo_surface_t *surface,
          double           scale,
          double           x,
          double           y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(guint32 *) (void *) (data + (int) (y * scale) * stride +
                                         (int) (x * scale) * 4);

  return g_strdup_printf ("#%02x%02x%02x", (pixel >> 16) & 0xff, (pixel >> 8) & 0xff,
                          pixel & 0xff);
}

/* An overdue row is marked on the cell that says so and by a sign in the
 * margin; its other cells, and the rows that are not overdue, keep their
 * plain background. */
static void
test_marked_cell (void)
{
  const double scale = 3;
  GDate today;
  g_autoptr(PpDocument) document = NULL;
  g_autoptr(PpPageLayout) layout = NULL;
  static const double widths[] = { 0.5, 0.5 };
  const char *headers[] = { "What", "Next follow-up" };
  cairo_surface_t *surface;
  cairo_t *cr;
  PpBlock *table;
  double top, second, column;
  char *color;

  g_date_set_dmy (&today, 1, G_DATE_JUNE, 2025);
  document = pp_document_new_empty ("Marks", &today);
  table = pp_document_add_table (document, "Follow-ups", 2, widths, headers);
  pp_table_add_row (table, PP_MARK_OVERDUE,
                    (const char *[]) { "Agree the programme", "31 Jul 2024 (overdue)" });
  pp_table_mark_cell (table, 1, PP_MARK_OVERDUE);
  pp_table_add_row (table, PP_MARK_NONE, (const char *[]) { "Hold a forum", "30 Nov 2025" });

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (A4_WIDTH * scale),
                                        (int) (A4_HEIGHT * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  layout = pp_page_layout_new (document, A4_WIDTH, A4_HEIGHT);
  g_assert_cmpuint (pp_page_layout_paginate (layout, cr), ==, 1);
  pp_page_layout_draw_page (layout, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  top = get_piece (layout, 0, 0)->y + pp_page_row_height (layout, table, 0);
  second = top + pp_page_row_height (layout, table, 1);
  column = pp_page_column_widths (layout, table)[0];

  /* In the pad above the text: the first cell is plain, the second marked. */
  color = pixel_at (surface, scale, MARGIN + 20, top + 1.5);
  g_assert_cmpstr (color, ==, "#ffffff");
  g_free (color);
  color = pixel_at (surface, scale, MARGIN + column + 20, top + 1.5);
  g_assert_cmpstr (color, ==, MARK_FILL);
  g_free (color);
  /* The sign in the margin, by the marked row only. */
  color = pixel_at (surface, scale, MARGIN - MARK_MARGIN,
                    top + CELL_PAD + PP_PAGE_SMALL_SIZE * 0.6);
  g_assert_cmpstr (color, ==, WARNING_INK);
  g_free (color);
  color = pixel_at (surface, scale, MARGIN - MARK_MARGIN,
                    second + CELL_PAD + PP_PAGE_SMALL_SIZE * 0.6);
  g_assert_cmpstr (color, ==, "#ffffff");
  g_free (color);
  /* Nothing marks the unmarked row. */
  color = pixel_at (surface, scale, MARGIN + column + 20, second + 1.5);
  g_assert_cmpstr (color, !=, MARK_FILL);
  g_free (color);
  cairo_surface_destroy (surface);
}


/* An Urdu document is laid out mirrored: the first column on the right,
 * so the marked second one on the left, and the sign in the right margin. */
static void
test_marked_cell_rtl (void)
{
  const double scale = 3;
  GDate today;
  g_autoptr(PpDocument) document = NULL;
  g_autoptr(PpPageLayout) layout = NULL;
  static const double widths[] = { 0.5, 0.5 };
  const char *headers[] = { "کیا", "اگلی پیروی" };
  cairo_surface_t *surface;
  cairo_t *cr;
  PpBlock *table;
  double top;
  char *color;

  g_date_set_dmy (&today, 1, G_DATE_JUNE, 2025);
  document = pp_document_new_empty ("Marks", &today);
  g_free (document->language);
  document->language = g_strdup ("ur");
  table = pp_document_add_table (document, "پیروی", 2, widths, headers);
  pp_table_add_row (table, PP_MARK_OVERDUE, (const char *[]) { "پروگرام", "31/07/2024" });
  pp_table_mark_cell (table, 1, PP_MARK_OVERDUE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (A4_WIDTH * scale),
                                        (int) (A4_HEIGHT * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  layout = pp_page_layout_new (document, A4_WIDTH, A4_HEIGHT);
  g_assert_cmpuint (pp_page_layout_paginate (layout, cr), ==, 1);
  pp_page_layout_draw_page (layout, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  top = get_piece (layout, 0, 0)->y + pp_page_row_height (layout, table, 0);
  color = pixel_at (surface, scale, MARGIN + 20, top + 1.5);
  g_assert_cmpstr (color, ==, MARK_FILL);
  g_free (color);
  color = pixel_at (surface, scale, A4_WIDTH - MARGIN - 20, top + 1.5);
  g_assert_cmpstr (color, ==, "#ffffff");
  g_free (color);
  color = pixel_at (surface, scale, A4_WIDTH - MARGIN + MARK_MARGIN,
                    top + CELL_PAD + PP_PAGE_SMALL_SIZE * 0.6);
  g_assert_cmpstr (color, ==, WARNING_INK);
  g_free (color);
  cairo_surface_destroy (surface);
}

/* The register as of a day when every MoU is overdue, and most expired:
 * its rows mark the status that says "expired" and the follow-up that says
 * "overdue", never the title. */
static void
test_register_cells (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(PpDocument) document = build_brief (portfolio, "2031-01-01");
  guint n_marked = 0;

  for (guint i = 0; i < document->blocks->len; i++)
    {
      const PpBlock *block = g_ptr_array_index (document->blocks, i);

      if (block->kind != PP_BLOCK_TABLE || g_strcmp0 (block->text, "MoU register") != 0)
        continue;
      for (guint row = 1; row < pp_block_get_n_rows (block); row++)
        {
          PpMark status = pp_block_get_cell_mark (block, row, 2);

          g_assert_cmpint (pp_block_get_cell_mark (block, row, 0), ==, PP_MARK_NONE);
          g_assert_cmpint (pp_block_get_cell_mark (block, row, 6), ==, PP_MARK_OVERDUE);
          g_assert_true (status == PP_MARK_NONE || status == PP_MARK_EXPIRED);
          g_assert_true ((status == PP_MARK_EXPIRED) ==
                         (strstr (pp_block_get_cell (block, row, 2), "xpired") != NULL));
          n_marked++;
        }
    }
  g_assert_cmpuint (n_marked, ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page-layout/keep/sections", test_keep_sections);
  g_test_add_func ("/page-layout/keep/brief", test_keep_brief);
  g_test_add_func ("/page-layout/continued", test_continued);
  g_test_add_func ("/page-layout/words/whole", test_words_whole);
  g_test_add_func ("/page-layout/words/narrow", test_narrow);
  g_test_add_func ("/page-layout/marks/cell", test_marked_cell);
  g_test_add_func ("/page-layout/marks/right-to-left", test_marked_cell_rtl);
  g_test_add_func ("/page-layout/marks/register", test_register_cells);

  return g_test_run ();
}
