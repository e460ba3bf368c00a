/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-text-wrap.c: a cell's lines filled from the cache's shaped words
 * (pp-text-cache.c) as PangoLayout fills them, and drawn with Cairo one
 * glyph string to a line. */

#include "config.h"

#include <string.h>

#include "pp-text-cache-private.h"

typedef PpTextWord Word;
typedef PpTextRun Run;

typedef struct
{
  const Word *word;
  int offset;                 /* bytes from the start of the text */
} Piece;

typedef struct
{
  guint first;                /* pieces first to last - 1 */
  guint last;
  int width;
  int top;
  int baseline;
} Line;

struct _PpTextWrap
{
  const char *text;
  GArray *pieces;
  GArray *lines;
  int height;
  int tallest;                /* the tallest line's height */
  PangoGlyphString *glyphs;   /* scratch, for drawing a line */
  PangoItem *item;
};

static void
end_line (PpTextWrap *wrap,
          guint       first,
          guint       last,
          int         width)
{
  Line line = { first, last, width, wrap->height, 0 };
  int ascent = 0, descent = 0;

  for (guint i = first; i < last; i++)
    {
      const Word *word = g_array_index (wrap->pieces, Piece, i).word;

      ascent = MAX (ascent, word->ascent);
      descent = MAX (descent, word->descent);
    }
  line.baseline = line.top + ascent;
  wrap->height += ascent + descent;
  wrap->tallest = MAX (wrap->tallest, ascent + descent);
  g_array_append_val (wrap->lines, line);
}

/* Fills lines from the words as PangoLayout does: a line takes the next
 * word while the line's width without that word's final space fits, and
 * always takes one. A word wider than the line alone is broken inside by
 * Pango, which the cache does not do: it refuses. */
static gboolean
fill_lines (PpTextWrap *wrap,
            int         width)
{
  guint first = 0, n = wrap->pieces->len;

  while (first < n)
    {
      guint last = first;
      int used = 0;

      while (last < n)
        {
          const Word *word = g_array_index (wrap->pieces, Piece, last).word;

          if (used + word->width - word->trail > width)
            break;
          used += word->width;
          last++;
        }
      if (last == first)
        return FALSE;
      /* The space that ends a wrapped line takes no room. */
      if (last < n)
        used -= g_array_index (wrap->pieces, Piece, last - 1).word->trail;
      end_line (wrap, first, last, used);
      first = last;
    }
  return TRUE;
}

/**
 * pp_text_cache_wrap_words:
 * @text: the text pp_text_cache_cut() cut into @words
 * @width: points
 * @max_height: points: a layout of more lines than fit in it, which Pango
 *   would end with an ellipsis, is refused
 *
 * Wraps the words into @wrap as pp_page_text_new (@size, @bold, @width)
 * would wrap @text, or refuses. @text must stay as it is while @wrap is
 * used.
 *
 * Returns: whether it is wrapped
 */
gboolean
pp_text_cache_wrap_words (PpTextCache    *self,
                          PpTextWrap     *wrap,
                          const char     *text,
                          const gpointer *words,
                          int             n_words,
                          double          size,
                          gboolean        bold,
                          double          width,
                          double          max_height)
{
  int offset = 0;

  wrap->text = text != NULL ? text : "";
  wrap->height = 0;
  wrap->tallest = 0;
  g_array_set_size (wrap->lines, 0);
  g_array_set_size (wrap->pieces, 0);
  if (n_words < 0)
    return FALSE;
  if (n_words == 0)
    {
      wrap->height = pp_text_cache_empty_height (self, size, bold);
      return TRUE;
    }
  for (int i = 0; i < n_words; i++)
    {
      Piece piece = { words[i], offset };

      g_array_append_val (wrap->pieces, piece);
      offset += piece.word->length;
    }
  if (!fill_lines (wrap, (int) (width * PANGO_SCALE)))
    return FALSE;
  /* Pango ellipsizes the first line after which there is no room for two
   * more as tall as it. */
  return wrap->height + wrap->tallest <= max_height * PANGO_SCALE;
}

PpTextWrap *
pp_text_wrap_new (void)
{
  PpTextWrap *wrap = g_new0 (PpTextWrap, 1);

  wrap->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  wrap->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  wrap->glyphs = pango_glyph_string_new ();
  wrap->item = pango_item_new ();
  return wrap;
}

void
pp_text_wrap_free (PpTextWrap *wrap)
{
  if (wrap == NULL)
    return;
  g_array_unref (wrap->pieces);
  g_array_unref (wrap->lines);
  pango_glyph_string_free (wrap->glyphs);
  /* The item only borrowed its font from a word's. */
  wrap->item->analysis.font = NULL;
  wrap->item->analysis.extra_attrs = NULL;
  pango_item_free (wrap->item);
  g_free (wrap);
}

guint
pp_text_wrap_get_n_lines (const PpTextWrap *wrap)
{
  return wrap->lines->len;
}

/* Where line @line starts in the text, in bytes, and its width in Pango
 * units, as PangoLayoutLine's start_index and logical width. */
void
pp_text_wrap_get_line (const PpTextWrap *wrap,
                       guint             line,
                       int              *start_index,
                       int              *width)
{
  const Line *l = &g_array_index (wrap->lines, Line, line);

  *start_index = g_array_index (wrap->pieces, Piece, l->first).offset;
  *width = l->width;
}

/* The height in points, as pp_page_text_height() of the layout. */
double
pp_text_wrap_get_height (const PpTextWrap *wrap)
{
  return (double) wrap->height / PANGO_SCALE;
}

/* Appends a word's run to the line's glyphs, its clusters counted from
 * @start, the start of what is drawn at once. */
static void
append_run (PangoGlyphString *glyphs,
            const Run        *run,
            int               offset,
            int               start)
{
  int n = glyphs->num_glyphs, shift = offset + run->item->offset - start;

  pango_glyph_string_set_size (glyphs, n + run->glyphs->num_glyphs);
  memcpy (glyphs->glyphs + n, run->glyphs->glyphs,
          run->glyphs->num_glyphs * sizeof (PangoGlyphInfo));
  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    glyphs->log_clusters[n + i] = run->glyphs->log_clusters[i] + shift;
}

/* Draws what is gathered in @wrap's glyphs and item at @x (Pango units
 * from @origin) on the baseline @y, or hands it to @batch, and starts the
 * next gathering. */
static int
flush (PpTextWrap  *wrap,
       cairo_t     *cr,
       PpTextBatch *batch,
       double       origin,
       int          x,
       double       y)
{
  PangoGlyphItem glyph_item = { wrap->item, wrap->glyphs };
  int width;

  if (wrap->glyphs->num_glyphs == 0)
    return x;
  width = pango_glyph_string_get_width (wrap->glyphs);
  if (batch == NULL ||
      !pp_text_batch_add (batch, cr, wrap->item->analysis.font, wrap->text + wrap->item->offset,
                          wrap->item->length, wrap->glyphs, origin + (double) x / PANGO_SCALE,
                          y))
    {
      cairo_move_to (cr, origin + (double) x / PANGO_SCALE, y);
      pango_cairo_show_glyph_item (cr, wrap->text, &glyph_item);
    }
  pango_glyph_string_set_size (wrap->glyphs, 0);
  return x + width;
}

/* One line, its runs in one font drawn as one glyph string. */
static void
show_line (PpTextWrap  *wrap,
           cairo_t     *cr,
           PpTextBatch *batch,
           const Line  *line,
           gboolean     wrapped,
           double       x,
           double       y)
{
  double baseline = y + (double) line->baseline / PANGO_SCALE;
  int at = 0;

  pango_glyph_string_set_size (wrap->glyphs, 0);
  for (guint i = line->first; i < line->last; i++)
    {
      const Piece *piece = &g_array_index (wrap->pieces, Piece, i);

      for (guint r = 0; r < piece->word->n_runs; r++)
        {
          const Run *run = &piece->word->runs[r];
          int start = piece->offset + run->item->offset;

          if (wrap->glyphs->num_glyphs > 0 && wrap->item->analysis.font != run->item->analysis.font)
            at = flush (wrap, cr, batch, x, at, baseline);
          if (wrap->glyphs->num_glyphs == 0)
            {
              wrap->item->analysis = run->item->analysis;
              wrap->item->analysis.extra_attrs = NULL;
              wrap->item->offset = start;
              wrap->item->length = 0;
              wrap->item->num_chars = 0;
            }
          append_run (wrap->glyphs, run, piece->offset, wrap->item->offset);
          wrap->item->length = start + run->item->length - wrap->item->offset;
          wrap->item->num_chars += run->item->num_chars;
        }
    }
  if (wrapped && g_array_index (wrap->pieces, Piece, line->last - 1).word->trail > 0)
    {
      PangoGlyphInfo *last = &wrap->glyphs->glyphs[wrap->glyphs->num_glyphs - 1];

      last->geometry.width = 0;
      last->glyph = PANGO_GLYPH_EMPTY;
    }
  flush (wrap, cr, batch, x, at, baseline);
}

/**
 * pp_text_wrap_show:
 * @batch: (nullable): where to gather the lines, to be drawn at once
 *
 * Draws the lines with their top at @y, as pp_page_show_text() draws a
 * layout on an unmirrored page, or gathers them in @batch to be drawn so.
 */
void
pp_text_wrap_show (PpTextWrap  *wrap,
                   cairo_t     *cr,
                   PpTextBatch *batch,
                   double       x,
                   double       y)
{
  for (guint i = 0; i < wrap->lines->len; i++)
    show_line (wrap, cr, batch, &g_array_index (wrap->lines, Line, i),
               i + 1 < wrap->lines->len, x, y);
}
