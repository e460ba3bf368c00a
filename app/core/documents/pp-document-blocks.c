/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-document-blocks.c: a planning document's blocks: adding each kind,
 * reading tables and timelines back, walking them for a text writer, and
 * the dates as documents show them. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-document-blocks.h"
#include "pp-format.h"

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
  PpTimelineMarker *marker = data;

  g_free (marker->label);
}

static void
block_free (gpointer data)
{
  PpBlock *block = data;

  g_free (block->text);
  g_free (block->subtitle);
  g_free (block->body);
  g_free (block->note);
  g_free (block->anchor);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_clear_pointer (&block->widths, g_array_unref);
  g_clear_pointer (&block->marks, g_array_unref);
  g_clear_pointer (&block->cell_marks, g_array_unref);
  g_clear_pointer (&block->bars, g_ptr_array_unref);
  g_clear_pointer (&block->markers, g_array_unref);
  g_free (block);
}

PpBlock *
pp_document_add_block (PpDocument  *document,
                       PpBlockKind  kind,
                       const char  *text)
{
  PpBlock *block = g_new0 (PpBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  g_date_clear (&block->start, 1);
  g_date_clear (&block->end, 1);
  g_ptr_array_add (document->blocks, block);
  return block;
}

/**
 * pp_document_new_empty:
 *
 * A document with no blocks yet, as of @today, in the language its fixed
 * texts are translated into (English under the C locale, where the tests
 * build documents this way, block by block).
 */
PpDocument *
pp_document_new_empty (const char  *title,
                       const GDate *today)
{
  PpDocument *document = g_new0 (PpDocument, 1);

  document->title = g_strdup (title);
  /* Translators: the BCP 47 code of the language you translate into, such
   * as "ru" or "ur": exported documents say they are written in it (the
   * HTML lang attribute), and a right-to-left one is laid out so. */
  document->language = g_strdup (C_("document language", "en"));
  document->today = *today;
  document->blocks = g_ptr_array_new_with_free_func (block_free);
  return document;
}

/**
 * pp_document_is_rtl:
 *
 * Whether the document's language is written from right to left (Urdu,
 * Arabic, Persian, Hebrew and their neighbours), so that HTML says
 * dir="rtl" and the pages are laid out mirrored.
 */
gboolean
pp_document_is_rtl (const PpDocument *document)
{
  g_return_val_if_fail (document != NULL, FALSE);

  return pp_language_is_rtl (document->language);
}

void
pp_document_free (PpDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->title);
  g_free (document->language);
  g_clear_pointer (&document->blocks, g_ptr_array_unref);
  g_clear_pointer (&document->changed, g_hash_table_unref);
  g_free (document);
}

/* Rows of a table or fact list, the header row included. */
guint
pp_block_get_n_rows (const PpBlock *block)
{
  if (block->cells == NULL || block->n_columns == 0)
    return 0;
  return block->cells->len / block->n_columns;
}

const char *
pp_block_get_cell (const PpBlock *block,
                   guint          row,
                   guint          column)
{
  g_return_val_if_fail (column < block->n_columns, NULL);
  g_return_val_if_fail (row < pp_block_get_n_rows (block), NULL);

  return g_ptr_array_index (block->cells, row * block->n_columns + column);
}

/**
 * pp_block_get_cell_mark:
 * @row: a body row of a table, from 1 (0 is the header)
 *
 * The mark of one cell: what pp_table_mark_cell() set, or, in a marked row
 * none of whose cells was marked, the row's mark on its first cell.
 */
PpMark
pp_block_get_cell_mark (const PpBlock *block,
                        guint          row,
                        guint          column)
{
  PpMark row_mark;
  gboolean any = FALSE;

  g_return_val_if_fail (column < block->n_columns, PP_MARK_NONE);
  if (block->kind != PP_BLOCK_TABLE || row == 0 || block->marks == NULL ||
      row - 1 >= block->marks->len)
    return PP_MARK_NONE;
  row_mark = g_array_index (block->marks, PpMark, row - 1);
  if (block->cell_marks != NULL && row * block->n_columns <= block->cell_marks->len)
    for (guint i = 0; i < block->n_columns; i++)
      {
        PpMark mark = g_array_index (block->cell_marks, PpMark,
                                     (row - 1) * block->n_columns + i);

        if (mark != PP_MARK_NONE && i == column)
          return mark;
        any = any || mark != PP_MARK_NONE;
      }
  return !any && column == 0 ? row_mark : PP_MARK_NONE;
}

/**
 * pp_document_write:
 *
 * Writes each block of @document to @out with @writer's function for its
 * kind.
 */
void
pp_document_write (const PpDocument    *document,
                   const PpBlockWriter *writer,
                   GString             *out)
{
  for (guint i = 0; i < document->blocks->len; i++)
    {
      const PpBlock *block = g_ptr_array_index (document->blocks, i);
      PpBlockWriteFunc write;

      switch (block->kind)
        {
        case PP_BLOCK_COVER:
          write = writer->cover;
          break;
        case PP_BLOCK_HEADING:
          write = writer->heading;
          break;
        case PP_BLOCK_PARAGRAPH:
          write = writer->paragraph;
          break;
        case PP_BLOCK_FACTS:
          write = writer->facts;
          break;
        case PP_BLOCK_TABLE:
          write = writer->table;
          break;
        case PP_BLOCK_BARS:
          write = writer->bars;
          break;
        case PP_BLOCK_TIMELINE:
          write = writer->timeline;
          break;
        case PP_BLOCK_PAGE_BREAK:
        default:
          write = writer->page_break;
          break;
        }
      write (out, document, block);
    }
}

/**
 * pp_block_get_timeline_range:
 *
 * The dates a timeline spans: the venture's, widened to its milestones,
 * with half a month to spare at each end so markers at the edges show
 * whole.
 *
 * Returns: %FALSE when the timeline has no date at all
 */
gboolean
pp_block_get_timeline_range (const PpBlock *block,
                             GDate         *start,
                             GDate         *end)
{
  g_return_val_if_fail (block->kind == PP_BLOCK_TIMELINE, FALSE);

  *start = block->start;
  *end = block->end;
  for (guint i = 0; i < block->markers->len; i++)
    {
      const GDate *date = &g_array_index (block->markers, PpTimelineMarker, i).date;

      if (!g_date_valid (start) || g_date_compare (date, start) < 0)
        *start = *date;
      if (!g_date_valid (end) || g_date_compare (date, end) > 0)
        *end = *date;
    }
  if (!g_date_valid (start) || !g_date_valid (end))
    return FALSE;
  pp_date_add_days_within (start, -15);
  pp_date_add_days_within (end, 15);
  return TRUE;
}

/* Dates as a reader expects them in a document: "12 April 2025". */
char *
pp_document_format_date (const GDate *date)
{
  char buf[128];

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("—");
  /* Translators: the date format of exported documents, see strftime(3) */
  if (g_date_strftime (buf, sizeof buf, _("%-d %B %Y"), date) == 0)
    return pp_date_to_iso (date);
  return g_strdup (buf);
}

/* Dates in tables, where space is short: "12 Apr 2025". */
char *
pp_document_format_short_date (const GDate *date)
{
  char buf[128];

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("—");
  /* Translators: the short date format of tables in exported documents, see strftime(3) */
  if (g_date_strftime (buf, sizeof buf, _("%-d %b %Y"), date) == 0)
    return pp_date_to_iso (date);
  return g_strdup (buf);
}

/**
 * pp_document_add_table:
 * @widths: each column's share of the width
 * @headers: the header row
 *
 * Returns: (transfer none): a table with only its header row
 */
PpBlock *
pp_document_add_table (PpDocument        *document,
                       const char        *caption,
                       guint              n_columns,
                       const double      *widths,
                       const char * const *headers)
{
  PpBlock *block = pp_document_add_block (document, PP_BLOCK_TABLE, caption);

  block->n_columns = n_columns;
  block->cells = g_ptr_array_new_with_free_func (g_free);
  block->widths = g_array_sized_new (FALSE, FALSE, sizeof (double), n_columns);
  block->marks = g_array_new (FALSE, FALSE, sizeof (PpMark));
  block->cell_marks = g_array_new (FALSE, TRUE, sizeof (PpMark));
  g_array_append_vals (block->widths, widths, n_columns);
  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (block->cells, g_strdup (headers[i]));
  return block;
}

/* Adds a body row; NULL cells become empty. */
void
pp_table_add_row (PpBlock            *table,
                  PpMark              mark,
                  const char * const *cells)
{
  for (guint i = 0; i < table->n_columns; i++)
    g_ptr_array_add (table->cells, g_strdup (cells[i] != NULL ? cells[i] : ""));
  g_array_append_val (table->marks, mark);
  g_array_set_size (table->cell_marks, table->cell_marks->len + table->n_columns);
}

/* Marks one cell of the row added last: the one whose text says why the
 * row is marked, so paged documents can mark that cell and not the whole
 * row, which says nothing when every row is marked. */
void
pp_table_mark_cell (PpBlock *table,
                    guint    column,
                    PpMark   mark)
{
  guint n_rows;

  g_return_if_fail (table->kind == PP_BLOCK_TABLE && column < table->n_columns);
  n_rows = table->marks->len;
  g_return_if_fail (n_rows > 0);
  g_array_index (table->cell_marks, PpMark, (n_rows - 1) * table->n_columns + column) = mark;
}

PpBlock *
pp_document_add_facts (PpDocument *document)
{
  PpBlock *block = pp_document_add_block (document, PP_BLOCK_FACTS, NULL);

  block->n_columns = 2;
  block->cells = g_ptr_array_new_with_free_func (g_free);
  return block;
}

void
pp_facts_add (PpBlock    *facts,
              const char *label,
              const char *value)
{
  g_ptr_array_add (facts->cells, g_strdup (label));
  g_ptr_array_add (facts->cells, g_strdup (value != NULL && *value != '\0' ? value : "—"));
}

PpBlock *
pp_document_add_bars (PpDocument *document,
                      const char *caption)
{
  PpBlock *block = pp_document_add_block (document, PP_BLOCK_BARS, caption);

  block->bars = g_ptr_array_new_with_free_func (bar_free);
  return block;
}

void
pp_bars_add (PpBlock    *bars,
             const char *label,
             const char *caption,
             const char *color,
             double      value,
             double      max,
             double      expected)
{
  PpBar *bar = g_new0 (PpBar, 1);

  bar->label = g_strdup (label);
  bar->caption = g_strdup (caption);
  bar->color = g_strdup (color);
  bar->value = value;
  bar->max = max;
  bar->expected = expected;
  g_ptr_array_add (bars->bars, bar);
}

PpBlock *
pp_document_add_timeline (PpDocument  *document,
                          const char  *caption,
                          const GDate *start,
                          const GDate *end)
{
  PpBlock *block = pp_document_add_block (document, PP_BLOCK_TIMELINE, caption);

  if (start != NULL && g_date_valid (start))
    block->start = *start;
  if (end != NULL && g_date_valid (end))
    block->end = *end;
  block->markers = g_array_new (FALSE, TRUE, sizeof (PpTimelineMarker));
  g_array_set_clear_func (block->markers, marker_clear);
  return block;
}

void
pp_timeline_add_marker (PpBlock     *timeline,
                        const char  *label,
                        const GDate *date,
                        PpMark       mark)
{
  PpTimelineMarker marker = { g_strdup (label), *date, mark };

  g_array_append_val (timeline->markers, marker);
}

PpBlock *
pp_document_add_heading (PpDocument *document,
                         int         level,
                         const char *text,
                         const char *anchor)
{
  PpBlock *block = pp_document_add_block (document, PP_BLOCK_HEADING, text);

  block->level = level;
  block->anchor = g_strdup (anchor);
  return block;
}

PpBlock *
pp_document_add_paragraph (PpDocument       *document,
                           PpParagraphStyle  style,
                           const char       *text)
{
  PpBlock *block = pp_document_add_block (document, PP_BLOCK_PARAGRAPH, text);

  block->style = style;
  return block;
}
