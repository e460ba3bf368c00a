/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-document.c: the blocks of a planning document, built from a portfolio. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-document.h"
#include "pp-export-private.h"

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
  g_clear_pointer (&block->bars, g_ptr_array_unref);
  g_clear_pointer (&block->markers, g_array_unref);
  g_free (block);
}

static PpBlock *
add_block (PpDocument  *document,
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

void
pp_document_free (PpDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->title);
  g_free (document->language);
  g_ptr_array_unref (document->blocks);
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

PpDocument *
pp_document_new (PpPortfolio           *portfolio,
                 const PpExportOptions *options,
                 GError               **error)
{
  g_autoptr(PpDocument) document = g_new0 (PpDocument, 1);
  PpBlock *cover;

  document->title = g_strdup (pp_portfolio_get_title (portfolio));
  document->language = g_strdup ("en");
  document->today = options->today;
  document->blocks = g_ptr_array_new_with_free_func (block_free);

  cover = add_block (document, PP_BLOCK_COVER, document->title);
  cover->body = g_strdup (pp_portfolio_get_description (portfolio));
  (void) marker_clear;
  (void) bar_free;
  return g_steal_pointer (&document);
}
