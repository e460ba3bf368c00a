/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-markdown.c: a planning document as CommonMark, with the pipe
 * tables of GitHub Flavored Markdown.
 *
 * Text from the data is escaped so that it reads as written, with a
 * backslash (always allowed before punctuation) on the characters that
 * mean something anywhere in a line, on "&" where it would start an entity,
 * and on what would start a heading, a list or a rule at the beginning of
 * a line; other punctuation is left alone so the file still reads well as
 * plain text. In table cells a pipe is escaped too and a line break becomes
 * <br>, the one way a GFM cell holds several lines; elsewhere a line break
 * in the data ends the line. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-export-private.h"

/* Whether the punctuation at @p would start a block (a heading, a list, a
 * quote, a rule) at the beginning of a line. */
static gboolean
starts_block (const char *line,
              const char *p)
{
  if (p == line)
    return strchr ("#-+=", *p) != NULL;
  /* "1." or "12)" begins an ordered list. */
  for (const char *q = line; q < p; q++)
    if (!g_ascii_isdigit (*q))
      return FALSE;
  return *p == '.' || *p == ')';
}

static void
append_escaped (GString    *out,
                const char *text,
                gboolean    in_cell)
{
  const char *line = text != NULL ? text : "";

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '\r')
        continue;
      if (*p == '\n')
        {
          g_string_append (out, in_cell ? "<br>" : "  \n");
          line = p + 1;
          continue;
        }
      /* The characters that mean something anywhere in a line, an entity
       * reference ("&copy;"), and what would start a block. */
      if (strchr ("\\`*_[]<>|~", *p) != NULL ||
          (*p == '&' && (g_ascii_isalnum (p[1]) || p[1] == '#')) ||
          starts_block (line, p))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
append_title (GString    *out,
              int         level,
              const char *text)
{
  for (int i = 0; i < CLAMP (level, 1, 6); i++)
    g_string_append_c (out, '#');
  g_string_append_c (out, ' ');
  append_escaped (out, text, TRUE);
  g_string_append (out, "\n\n");
}

static void
append_cover (GString          *out,
              const PpDocument *document,
              const PpBlock    *block)
{
  append_title (out, 1, block->text);
  if (block->subtitle != NULL)
    {
      g_string_append (out, "**");
      append_escaped (out, block->subtitle, TRUE);
      g_string_append (out, "**\n\n");
    }
  if (block->body != NULL && *block->body != '\0')
    {
      append_escaped (out, block->body, FALSE);
      g_string_append (out, "\n\n");
    }
  if (block->note != NULL)
    {
      g_string_append_c (out, '_');
      append_escaped (out, block->note, TRUE);
      g_string_append (out, "_\n\n");
    }
}

static void
append_paragraph (GString          *out,
                  const PpDocument *document,
                  const PpBlock    *block)
{
  if (block->style == PP_STYLE_WARNING)
    /* Translators: before a warning in a Markdown export */
    g_string_append (out, _("**Warning:** "));
  if (block->style == PP_STYLE_MUTED)
    g_string_append_c (out, '_');
  append_escaped (out, block->text, block->style == PP_STYLE_MUTED);
  if (block->style == PP_STYLE_MUTED)
    g_string_append_c (out, '_');
  g_string_append (out, "\n\n");
}

static void
append_row (GString       *out,
            const PpBlock *block,
            guint          row)
{
  g_string_append (out, "|");
  for (guint column = 0; column < block->n_columns; column++)
    {
      g_string_append_c (out, ' ');
      append_escaped (out, pp_block_get_cell (block, row, column), TRUE);
      g_string_append (out, " |");
    }
  g_string_append_c (out, '\n');
}

static void
append_table (GString          *out,
              const PpDocument *document,
              const PpBlock    *block)
{
  guint n_rows = pp_block_get_n_rows (block);

  if (n_rows == 0)
    return;
  append_row (out, block, 0);
  g_string_append (out, "|");
  for (guint column = 0; column < block->n_columns; column++)
    g_string_append (out, " --- |");
  g_string_append_c (out, '\n');
  for (guint row = 1; row < n_rows; row++)
    append_row (out, block, row);
  g_string_append_c (out, '\n');
}

/* Facts as a two-column table without a visible header. */
static void
append_facts (GString          *out,
              const PpDocument *document,
              const PpBlock    *block)
{
  guint n_rows = pp_block_get_n_rows (block);

  g_string_append (out, "| | |\n| --- | --- |\n");
  for (guint row = 0; row < n_rows; row++)
    {
      g_string_append (out, "| **");
      append_escaped (out, pp_block_get_cell (block, row, 0), TRUE);
      g_string_append (out, "** | ");
      append_escaped (out, pp_block_get_cell (block, row, 1), TRUE);
      g_string_append (out, " |\n");
    }
  g_string_append_c (out, '\n');
}

/* A chart as a list: each bar's label and value in words, and a bar of
 * characters to see the proportions at a glance. */
static void
append_bars (GString          *out,
             const PpDocument *document,
             const PpBlock    *block)
{
  g_string_append (out, "**");
  append_escaped (out, block->text, TRUE);
  g_string_append (out, "**\n\n");
  for (guint i = 0; i < block->bars->len; i++)
    {
      const PpBar *bar = g_ptr_array_index (block->bars, i);
      guint filled = bar->max > 0 ? (guint) (20 * CLAMP (bar->value / bar->max, 0, 1) + 0.5) : 0;

      g_string_append (out, "- ");
      append_escaped (out, bar->label, TRUE);
      g_string_append (out, ": `");
      for (guint j = 0; j < 20; j++)
        g_string_append (out, j < filled ? "█" : "░");
      g_string_append (out, "` ");
      append_escaped (out, bar->caption, TRUE);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
append_timeline (GString          *out,
                 const PpDocument *document,
                 const PpBlock    *block)
{
  g_string_append (out, "**");
  append_escaped (out, block->text, TRUE);
  g_string_append (out, "**\n\n");
  for (guint i = 0; i < block->markers->len; i++)
    {
      const PpTimelineMarker *marker = &g_array_index (block->markers, PpTimelineMarker, i);
      g_autofree char *date = pp_document_format_date (&marker->date);

      g_string_append (out, "- ");
      append_escaped (out, date, TRUE);
      g_string_append (out, marker->mark == PP_MARK_OVERDUE ? " ▲ " :
                            marker->mark == PP_MARK_DONE ? " ● " : " ◆ ");
      append_escaped (out, marker->label, TRUE);
      if (marker->mark == PP_MARK_OVERDUE)
        g_string_append_printf (out, " (%s)", _("overdue"));
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

/* The cover is the only level-1 heading. */
static void
append_heading (GString          *out,
                const PpDocument *document,
                const PpBlock    *block)
{
  append_title (out, block->level + 1, block->text);
}

static void
append_page_break (GString          *out,
                   const PpDocument *document,
                   const PpBlock    *block)
{
  g_string_append (out, "---\n\n");
}

static const PpBlockWriter writer = {
  append_cover, append_heading, append_paragraph, append_facts, append_table, append_bars,
  append_timeline, append_page_break,
};

GBytes *
pp_export_markdown (const PpDocument *document,
                    GError          **error)
{
  GString *out = g_string_new (NULL);

  pp_document_write (document, &writer, out);
  return g_string_free_to_bytes (out);
}
