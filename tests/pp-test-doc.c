/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-doc.c: documents built by hand for the export tests, and the
 * sample exported as text. */

#include "config.h"

#include "pp-date.h"
#include "pp-document-private.h"
#include "pp-export-private.h"
#include "pp-test-doc.h"
#include "pp-test-util.h"

/* Documents built by hand; they own everything they point to. */

static void
bar_free (gpointer data)
{
  PpBar *bar = data;

  g_free (bar->label);
  g_free (bar->caption);
  g_free (bar->color);
  g_free (bar);
}

static void
marker_clear (gpointer data)
{
  g_free (((PpTimelineMarker *) data)->label);
}

PpDocument *
pp_test_document_new (const char *title)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 28, G_DATE_NOVEMBER, 2026);
  return pp_document_new_empty (title, &today);
}

PpBlock *
pp_test_add_block (PpDocument  *document,
                   PpBlockKind  kind,
                   const char  *text)
{
  PpBlock *block = pp_document_add_block (document, kind, text);

  block->level = 1;
  block->bars = g_ptr_array_new_with_free_func (bar_free);
  block->markers = g_array_new (FALSE, TRUE, sizeof (PpTimelineMarker));
  g_array_set_clear_func (block->markers, marker_clear);
  return block;
}

/* A table (its header row first) or a fact list, from NULL-terminated
 * @cells; every body row of a table is unmarked until pp_test_set_mark(). */
PpBlock *
pp_test_add_cells (PpDocument         *document,
                   PpBlockKind         kind,
                   guint               n_columns,
                   const char * const *cells)
{
  PpBlock *block = pp_test_add_block (document, kind,
                                      kind == PP_BLOCK_TABLE ? "Caption" : NULL);
  PpMark none = PP_MARK_NONE;

  block->n_columns = n_columns;
  block->cells = g_ptr_array_new_with_free_func (g_free);
  block->widths = g_array_new (FALSE, FALSE, sizeof (double));
  block->marks = g_array_new (FALSE, FALSE, sizeof (PpMark));
  for (guint i = 0; cells[i] != NULL; i++)
    g_ptr_array_add (block->cells, g_strdup (cells[i]));
  for (guint i = 0; i < n_columns; i++)
    g_array_append_vals (block->widths, (double[]) { 1.0 / n_columns }, 1);
  for (guint i = kind == PP_BLOCK_TABLE ? 1 : 0; i < pp_block_get_n_rows (block); i++)
    g_array_append_val (block->marks, none);
  return block;
}

void
pp_test_set_mark (PpBlock *table,
                  guint    body_row,
                  PpMark   mark)
{
  g_array_index (table->marks, PpMark, body_row) = mark;
}

void
pp_test_add_bar (PpBlock    *block,
                 const char *label,
                 const char *color,
                 double      value,
                 double      expected)
{
  PpBar *bar = g_new0 (PpBar, 1);

  bar->label = g_strdup (label);
  bar->caption = g_strdup_printf ("%s of 10", label);
  bar->color = g_strdup (color);
  bar->value = value;
  bar->max = 10;
  bar->expected = expected;
  g_ptr_array_add (block->bars, bar);
}

void
pp_test_add_marker (PpBlock    *block,
                    const char *label,
                    const char *date,
                    PpMark      mark)
{
  PpTimelineMarker marker = { g_strdup (label), { 0 }, mark };

  g_assert_true (pp_date_parse (date, &marker.date, NULL));
  g_array_append_val (block->markers, marker);
}

/* A timeline from 1 January 2026 to 31 December 2027, today inside it. */
PpBlock *
pp_test_add_timeline (PpDocument *document,
                      const char *caption)
{
  PpBlock *block = pp_test_add_block (document, PP_BLOCK_TIMELINE, caption);

  g_date_set_dmy (&block->start, 1, G_DATE_JANUARY, 2026);
  g_date_set_dmy (&block->end, 31, G_DATE_DECEMBER, 2027);
  return block;
}

/* Every kind of block, with hostile text in every string of the data. */
PpDocument *
pp_test_hostile_document (void)
{
  PpDocument *document = pp_test_document_new (PP_TEST_HOSTILE);
  PpBlock *block = pp_test_add_block (document, PP_BLOCK_COVER, PP_TEST_HOSTILE);
  const char *cells[] = {
    PP_TEST_HOSTILE, PP_TEST_HOSTILE, PP_TEST_HOSTILE, PP_TEST_HOSTILE, NULL
  };

  block->subtitle = g_strdup (PP_TEST_HOSTILE);
  block->body = g_strdup (PP_TEST_HOSTILE);
  block->note = g_strdup (PP_TEST_HOSTILE);
  pp_test_add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
  block = pp_test_add_block (document, PP_BLOCK_HEADING, PP_TEST_HOSTILE);
  block->anchor = g_strdup (PP_TEST_HOSTILE);
  pp_test_add_block (document, PP_BLOCK_PARAGRAPH, PP_TEST_HOSTILE)->style = PP_STYLE_WARNING;
  pp_test_add_cells (document, PP_BLOCK_FACTS, 2, cells);
  block = pp_test_add_cells (document, PP_BLOCK_TABLE, 2, cells);
  g_free (block->text);
  block->text = g_strdup (PP_TEST_HOSTILE);
  pp_test_set_mark (block, 0, PP_MARK_OVERDUE);
  block = pp_test_add_block (document, PP_BLOCK_BARS, PP_TEST_HOSTILE);
  pp_test_add_bar (block, PP_TEST_HOSTILE, "red\" onload=\"x", 5, 7);
  block = pp_test_add_timeline (document, PP_TEST_HOSTILE);
  pp_test_add_marker (block, PP_TEST_HOSTILE, "2026-03-31", PP_MARK_OVERDUE);
  return document;
}

char *
pp_test_write_document (const PpDocument *document,
                        PpExportFormat    format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (format == PP_EXPORT_FORMAT_HTML)
    bytes = pp_export_html (document, &error);
  else
    bytes = pp_export_markdown (document, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The sample with hostile text in an MoU's title and a sector's colour. */
PpPortfolio *
pp_test_load_hostile (void)
{
  PpPortfolio *portfolio = pp_test_load_sample ();
  g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 0);
  g_autoptr(PpSector) sector = g_list_model_get_item (pp_portfolio_get_sectors (portfolio), 0);

  pp_mou_set_title (mou, PP_TEST_HOSTILE);
  /* Seven characters that start with "#", as the setter requires. */
  pp_sector_set_color (sector, "#\"><b>x");
  return portfolio;
}

char *
pp_test_export_text (PpPortfolio    *portfolio,
                     PpExportFormat  format)
{
  PpExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  pp_export_options_init (&options);
  g_assert_true (pp_date_parse ("2026-11-28", &options.today, NULL));
  bytes = pp_export_to_bytes (portfolio, format, &options, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}
