/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-markdown.c: a planning document as CommonMark, with the pipe
 * tables of GitHub Flavored Markdown.
 *
 * Text from the data is escaped so that it reads as written, with a
 * backslash (always allowed before punctuation) on the characters that
 * mean something anywhere in a line, on "&" where it would start an entity,
 * and on what would start a heading, a list or a rule at the beginning of
 * a line; other punctuation is left alone so the file still reads well as
 * plain text. A pipe is escaped everywhere, as a table needs. In a table
 * cell, a heading or a list item a line break in the data becomes <br>:
 * a GFM cell cannot hold a real one, and a space would run two lines (two
 * parties, two lines of an address) into one. Elsewhere it ends the line
 * with a hard break. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-export-private.h"

typedef enum
{
  ESCAPE_TEXT,      /* a line break in the data ends the line */
  ESCAPE_INLINE,    /* one line (a cell, a list item): a line break becomes <br> */
  ESCAPE_HEADING,   /* one line, where a '#' anywhere could close the heading */
} EscapeMode;

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

static gboolean
needs_escape (const char *line,
              const char *p,
              EscapeMode  mode)
{
  /* What means something anywhere in a line. */
  if (strchr ("\\`*_[]<>|~", *p) != NULL)
    return TRUE;
  /* An entity or character reference: "&copy;", "&#169;". */
  if (*p == '&')
    return g_ascii_isalnum (p[1]) || p[1] == '#';
  if (*p == '#' && mode == ESCAPE_HEADING)
    return TRUE;
  return starts_block (line, p);
}

static void
append_escaped (GString    *out,
                const char *text,
                EscapeMode  mode)
{
  const char *line = text != NULL ? text : "";

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '\r')
        continue;
      if (*p == '\n')
        {
          g_string_append (out, mode == ESCAPE_TEXT ? "  \n" : "<br>");
          line = p + 1;
          continue;
        }
      /* Spaces that start a line would make an indented code block of a
       * paragraph, or hide a list marker from needs_escape(); Markdown
       * drops them from what it shows anyway. */
      if ((*p == ' ' || *p == '\t') && p == line)
        {
          line = p + 1;
          continue;
        }
      if (needs_escape (line, p, mode))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* Makes sure a blank line comes before what follows, which a thematic
 * break needs so that it is not read as the underline of a heading. */
static void
end_block (GString *out)
{
  if (out->len == 0)
    return;
  if (out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
  if (out->len < 2 || out->str[out->len - 2] != '\n')
    g_string_append_c (out, '\n');
}

static void
append_title (GString    *out,
              int         level,
              const char *text)
{
  for (int i = 0; i < level; i++)
    g_string_append_c (out, '#');
  g_string_append_c (out, ' ');
  append_escaped (out, text, ESCAPE_HEADING);
  g_string_append (out, "\n\n");
}

static void
append_cover (GString          *out,
              const PpDocument *document,
              const PpBlock    *block)
{
  append_title (out, 1, block->text);
  if (block->subtitle != NULL && *block->subtitle != '\0')
    {
      g_string_append (out, "**");
      append_escaped (out, block->subtitle, ESCAPE_INLINE);
      g_string_append (out, "**\n\n");
    }
  if (block->body != NULL && *block->body != '\0')
    {
      append_escaped (out, block->body, ESCAPE_TEXT);
      g_string_append (out, "\n\n");
    }
  if (block->note != NULL && *block->note != '\0')
    {
      g_string_append_c (out, '_');
      append_escaped (out, block->note, ESCAPE_INLINE);
      g_string_append (out, "_\n\n");
    }
}

/* The cover is the only level-1 heading; the document's levels 1 to 3 are
 * "##" to "####". */
static void
append_heading (GString          *out,
                const PpDocument *document,
                const PpBlock    *block)
{
  append_title (out, CLAMP (block->level, 1, 3) + 1, block->text);
}

/* A warning says so in words; a muted paragraph is in italics, on one line
 * so that the emphasis holds. */
static void
append_paragraph (GString          *out,
                  const PpDocument *document,
                  const PpBlock    *block)
{
  gboolean muted = block->style == PP_STYLE_MUTED;

  if (block->text == NULL || *block->text == '\0')
    return;
  if (block->style == PP_STYLE_WARNING)
    /* Translators: before a warning in a Markdown export */
    g_string_append (out, _("**Warning:** "));
  if (muted)
    g_string_append_c (out, '_');
  append_escaped (out, block->text, muted ? ESCAPE_INLINE : ESCAPE_TEXT);
  if (muted)
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
      append_escaped (out, pp_block_get_cell (block, row, column), ESCAPE_INLINE);
      g_string_append (out, " |");
    }
  g_string_append_c (out, '\n');
}

/* A pipe table. A row's mark is not drawn: the builder has put it into the
 * row's text ("31 Jul 2025 (overdue)"), which reads the same everywhere. */
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

/* Facts as a two-column table whose header is empty: GFM requires one. */
static void
append_facts (GString          *out,
              const PpDocument *document,
              const PpBlock    *block)
{
  guint n_rows = pp_block_get_n_rows (block);

  if (n_rows == 0)
    return;
  g_string_append (out, "| | |\n| --- | --- |\n");
  for (guint row = 0; row < n_rows; row++)
    {
      g_string_append (out, "| **");
      append_escaped (out, pp_block_get_cell (block, row, 0), ESCAPE_INLINE);
      g_string_append (out, "** | ");
      append_escaped (out, pp_block_get_cell (block, row, 1), ESCAPE_INLINE);
      g_string_append (out, " |\n");
    }
  g_string_append_c (out, '\n');
}

static void
append_caption (GString    *out,
                const char *caption)
{
  g_string_append (out, "**");
  append_escaped (out, caption, ESCAPE_INLINE);
  g_string_append (out, "**\n\n");
}

/* A chart as a list: each bar's label and value in words, and a bar of
 * characters to see the proportions at a glance. */
static void
append_bars (GString          *out,
             const PpDocument *document,
             const PpBlock    *block)
{
  const guint length = 20;

  append_caption (out, block->text);
  for (guint i = 0; i < block->bars->len; i++)
    {
      const PpBar *bar = g_ptr_array_index (block->bars, i);
      double share = bar->max > 0 ? bar->value / bar->max : 0;
      guint filled = isfinite (share) ? (guint) (length * CLAMP (share, 0, 1) + 0.5) : 0;

      g_string_append (out, "- ");
      append_escaped (out, bar->label, ESCAPE_INLINE);
      g_string_append (out, ": `");
      for (guint j = 0; j < length; j++)
        g_string_append (out, j < filled ? "█" : "░");
      g_string_append (out, "` ");
      append_escaped (out, bar->caption, ESCAPE_INLINE);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

/* A marker's state in words as well as in its symbol. */
static char *
describe_marker (const PpTimelineMarker *marker)
{
  switch (marker->mark)
    {
    case PP_MARK_OVERDUE:
      /* Translators: a milestone of a timeline, "Select farms (overdue)" */
      return g_strdup_printf (_("%s (overdue)"), marker->label);
    case PP_MARK_EXPIRED:
      return g_strdup_printf (_("%s (expired)"), marker->label);
    case PP_MARK_DONE:
      /* Translators: a milestone of a timeline, "Select farms (done)" */
      return g_strdup_printf (_("%s (done)"), marker->label);
    case PP_MARK_NONE:
    default:
      return g_strdup (marker->label);
    }
}

/* A timeline as a list of its markers by date; the shapes are those of
 * the PDF's and the HTML's timelines. */
static void
append_timeline (GString          *out,
                 const PpDocument *document,
                 const PpBlock    *block)
{
  append_caption (out, block->text);
  for (guint i = 0; i < block->markers->len; i++)
    {
      const PpTimelineMarker *marker = &g_array_index (block->markers, PpTimelineMarker, i);
      g_autofree char *date = pp_document_format_date (&marker->date);
      g_autofree char *text = describe_marker (marker);
      gboolean late = marker->mark == PP_MARK_OVERDUE || marker->mark == PP_MARK_EXPIRED;

      g_string_append (out, "- ");
      append_escaped (out, date, ESCAPE_INLINE);
      g_string_append (out, late ? " ▲ " : marker->mark == PP_MARK_DONE ? " ● " : " ◆ ");
      append_escaped (out, text, ESCAPE_INLINE);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
append_page_break (GString          *out,
                   const PpDocument *document,
                   const PpBlock    *block)
{
  end_block (out);
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

  g_return_val_if_fail (document != NULL, NULL);

  pp_document_write (document, &writer, out);
  return g_string_free_to_bytes (out);
}
