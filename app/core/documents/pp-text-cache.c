/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-text-cache.c: table cells wrapped from a cache of shaped words.
 *
 * Laying out a register's cells with a PangoLayout each shapes every word
 * of every cell several times (once to measure, again while breaking the
 * lines, again to draw), although a register repeats the same few
 * thousand words. Here a cell is cut where Pango may break a line
 * (pango_get_log_attrs(), or, in plain text, after each space and en
 * dash), each piece with the spaces after it (a "word")
 * is shaped once per font and size by a PangoLayout of its own and kept,
 * and the lines are filled from the words' widths the way PangoLayout
 * fills them: a line takes words while their width, less the space after
 * the last, fits; the space that ends a wrapped line is drawn as nothing.
 *
 * That is exact only where shaping a word alone gives the glyphs it gets
 * in the whole text: left-to-right text in one script (Latin or Cyrillic)
 * with the characters all scripts share, one line to a paragraph, single
 * spaces between words. Text with anything else (Urdu, a tab, a soft
 * hyphen, a word too wide for its column, which Pango breaks inside) is
 * refused, and the caller lays it out with a PangoLayout as before.
 */

#include "config.h"

#include <string.h>

#include "pp-page-text.h"
#include "pp-text-cache-private.h"

typedef PpTextWord Word;
typedef PpTextRun Run;

typedef struct
{
  int size;                   /* Pango units */
  gboolean bold;
  PangoLayout *shaper;
  int empty_ascent;
  int empty_height;
  GHashTable *words;          /* text → Word */
  GString *key;
} Variant;

struct _PpTextCache
{
  PangoContext *context;
  cairo_font_options_t *options;  /* what the words were shaped for */
  cairo_matrix_t matrix;
  PangoLanguage *language;
  GPtrArray *variants;
  guint generation;           /* counts the times the words were forgotten */
  PangoLogAttr *attrs;
  int n_attrs;
};

static void
word_free (Word *word)
{
  for (guint i = 0; i < word->n_runs; i++)
    {
      pango_item_free (word->runs[i].item);
      pango_glyph_string_free (word->runs[i].glyphs);
    }
  g_free (word);
}

static void
variant_free (Variant *variant)
{
  g_object_unref (variant->shaper);
  g_hash_table_unref (variant->words);
  g_string_free (variant->key, TRUE);
  g_free (variant);
}

PpTextCache *
pp_text_cache_new (PangoContext *context)
{
  PpTextCache *self = g_new0 (PpTextCache, 1);

  self->context = g_object_ref (context);
  self->language = pango_context_get_language (context);
  self->variants = g_ptr_array_new_with_free_func ((GDestroyNotify) variant_free);
  return self;
}

void
pp_text_cache_free (PpTextCache *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->context);
  g_clear_pointer (&self->options, cairo_font_options_destroy);
  g_ptr_array_unref (self->variants);
  g_free (self->attrs);
  g_free (self);
}

/**
 * pp_text_cache_update:
 * @cr: the context the text is measured or drawn on next, which the Pango
 *   context was just updated for
 *
 * Forgets the shaped words when @cr's font options or transformation
 * differ from those they were shaped for, since Pango may then pick other
 * fonts. (pango_cairo_update_context() tells every layout the context
 * changed whatever it finds, so its serial cannot say.)
 *
 * Returns: whether they differ, and the Pango context needs updating too
 */
gboolean
pp_text_cache_update (PpTextCache *self,
                      cairo_t     *cr)
{
  gboolean changed;
  cairo_font_options_t *options = cairo_font_options_create ();
  const cairo_font_options_t *own = pango_cairo_context_get_font_options (self->context);
  cairo_matrix_t matrix;

  cairo_surface_get_font_options (cairo_get_target (cr), options);
  if (own != NULL)
    cairo_font_options_merge (options, own);
  cairo_get_matrix (cr, &matrix);
  matrix.x0 = matrix.y0 = 0;
  changed = self->options == NULL || !cairo_font_options_equal (options, self->options) ||
            memcmp (&matrix, &self->matrix, sizeof matrix) != 0;
  if (changed)
    {
      g_ptr_array_set_size (self->variants, 0);
      self->generation++;
      self->language = pango_context_get_language (self->context);
      self->matrix = matrix;
      g_clear_pointer (&self->options, cairo_font_options_destroy);
      self->options = g_steal_pointer (&options);
    }
  g_clear_pointer (&options, cairo_font_options_destroy);
  return changed;
}

static Variant *
get_variant (PpTextCache *self,
             double       size,
             gboolean     bold)
{
  int units = (int) (size * PANGO_SCALE);
  Variant *variant;
  PangoRectangle logical;

  for (guint i = 0; i < self->variants->len; i++)
    {
      variant = g_ptr_array_index (self->variants, i);
      if (variant->size == units && variant->bold == bold)
        return variant;
    }
  variant = g_new0 (Variant, 1);
  variant->size = units;
  variant->bold = bold;
  variant->shaper = pp_page_text_new (self->context, "", size, bold, 0);
  pango_layout_get_extents (variant->shaper, NULL, &logical);
  variant->empty_height = logical.height;
  variant->empty_ascent = pango_layout_get_baseline (variant->shaper);
  variant->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) word_free);
  variant->key = g_string_new (NULL);
  g_ptr_array_add (self->variants, variant);
  return variant;
}

/* Shapes @text (@length bytes, one word and the spaces after it) with
 * the variant's own layout, which sets it as a cell's layout would. */
static Word *
shape_word (Variant    *variant,
            const char *text,
            int         length)
{
  PangoLayoutLine *line;
  PangoRectangle logical;
  guint n_runs;
  Word *word;
  guint i = 0;

  pango_layout_set_text (variant->shaper, text, length);
  line = pango_layout_get_line_readonly (variant->shaper, 0);
  n_runs = g_slist_length (line->runs);
  word = g_malloc0 (sizeof (Word) + n_runs * sizeof (Run));
  word->length = length;
  word->refused = pango_layout_get_line_count (variant->shaper) != 1;
  pango_layout_line_get_extents (line, NULL, &logical);
  word->width = logical.width;
  word->ascent = -logical.y;
  word->descent = logical.y + logical.height;
  for (GSList *l = line->runs; l != NULL; l = l->next, i++)
    {
      PangoGlyphItem *run = l->data;

      word->runs[i].item = pango_item_copy (run->item);
      word->runs[i].glyphs = pango_glyph_string_copy (run->glyphs);
      word->refused = word->refused || run->item->analysis.level % 2 != 0 ||
                      run->glyphs->num_glyphs == 0;
      /* A character no font has is drawn by Pango as a box of its code. */
      for (int g = 0; g < run->glyphs->num_glyphs; g++)
        word->refused = word->refused || (run->glyphs->glyphs[g].glyph & PANGO_GLYPH_UNKNOWN_FLAG);
    }
  word->n_runs = n_runs;
  word->refused = word->refused || n_runs == 0;
  /* The space that ends a wrapped line is its last glyph, a cluster of its
   * own, which PangoLayout draws as nothing. */
  if (!word->refused && text[length - 1] == ' ')
    {
      PangoGlyphString *glyphs = word->runs[n_runs - 1].glyphs;
      int last = glyphs->num_glyphs - 1;

      if (last > 0 && glyphs->log_clusters[last] == glyphs->log_clusters[last - 1])
        word->refused = TRUE;
      else
        word->trail = glyphs->glyphs[last].geometry.width;
    }
  return word;
}

static const Word *
lookup_word (Variant    *variant,
             const char *text,
             int         length)
{
  Word *word;

  /* Looked up by a copy in a buffer kept for it, as most words are found. */
  g_string_truncate (variant->key, 0);
  g_string_append_len (variant->key, text, length);
  word = g_hash_table_lookup (variant->words, variant->key->str);
  if (word == NULL)
    {
      word = shape_word (variant, text, length);
      g_hash_table_insert (variant->words, g_strndup (text, length), word);
    }
  return word;
}

/* Whether @text is one the words can be shaped alone for: see the top of
 * the file. Sets its length in bytes and characters. */
static gboolean
is_simple (const char *text,
           int        *length,
           int        *n_chars)
{
  GUnicodeScript script = G_UNICODE_SCRIPT_COMMON;
  const char *p = text;
  gunichar previous = 0;

  *n_chars = 0;
  if (*p == ' ')
    return FALSE;
  while (*p != '\0')
    {
      gunichar c = (guchar) *p;
      GUnicodeScript own;

      if (c < 0x80)
        {
          if (c < 0x20 || c == 0x7f || (c == ' ' && previous == ' '))
            return FALSE;
          own = g_ascii_isalpha (c) ? G_UNICODE_SCRIPT_LATIN : G_UNICODE_SCRIPT_COMMON;
          p++;
        }
      else
        {
          GUnicodeType type;

          c = g_utf8_get_char (p);
          type = g_unichar_type (c);
          if (type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT ||
              type == G_UNICODE_UNASSIGNED || type == G_UNICODE_PRIVATE_USE ||
              type == G_UNICODE_SURROGATE || type == G_UNICODE_SPACE_SEPARATOR ||
              type == G_UNICODE_LINE_SEPARATOR || type == G_UNICODE_PARAGRAPH_SEPARATOR ||
              c == 0x2027)
            return FALSE;
          own = g_unichar_get_script (c);
          if (own != G_UNICODE_SCRIPT_LATIN && own != G_UNICODE_SCRIPT_CYRILLIC &&
              own != G_UNICODE_SCRIPT_COMMON && own != G_UNICODE_SCRIPT_INHERITED)
            return FALSE;
          p = g_utf8_next_char (p);
        }
      if (own == G_UNICODE_SCRIPT_LATIN || own == G_UNICODE_SCRIPT_CYRILLIC)
        {
          if (script != G_UNICODE_SCRIPT_COMMON && script != own)
            return FALSE;
          script = own;
        }
      previous = c;
      (*n_chars)++;
    }
  *length = p - text;
  return previous != ' ';
}

#define EN_DASH "\xe2\x80\x93"
#define EM_DASH "\xe2\x80\x94"

/* Whether the places a line of @text (@length bytes) may break can be
 * told without Pango's rules of line breaking (UAX #14): after each space
 * or en dash and nowhere else, as in ASCII letters, digits and single
 * spaces, with , . : ; ! ? ) only at a word's end, ( only at its start
 * and an en dash only between letters or digits ("Lahore–Minsk"); or a
 * lone em dash, which says a cell has nothing. */
static gboolean
breaks_simply (const char *text,
               int         length)
{
  if (length == 3 && memcmp (text, EM_DASH, 3) == 0)
    return TRUE;
  for (int i = 0; i < length; i++)
    {
      char c = text[i], next = i + 1 < length ? text[i + 1] : ' ';

      if (g_ascii_isalnum (c) || c == ' ')
        continue;
      if (strchr (",.:;!?)", c) != NULL && i > 0 && text[i - 1] != ' ' && next == ' ')
        continue;
      if (c == '(' && (i == 0 || text[i - 1] == ' ') && g_ascii_isalnum (next))
        continue;
      if (memcmp (text + i, EN_DASH, MIN (3, length - i)) == 0 && i > 0 &&
          g_ascii_isalnum (text[i - 1]) && i + 3 < length && g_ascii_isalnum (text[i + 3]))
        {
          i += 2;
          continue;
        }
      return FALSE;
    }
  return TRUE;
}

/* Whether a line may break before character @i of @text, at byte
 * @offset. */
static gboolean
is_line_break (PpTextCache *self,
               gboolean     simply,
               const char  *text,
               int          offset,
               int          i)
{
  if (!simply)
    return self->attrs[i].is_line_break;
  return text[offset - 1] == ' ' || (offset >= 3 && memcmp (text + offset - 3, EN_DASH, 3) == 0);
}

/* Appends @text's words to @words, cut at the places a line may break;
 * returns how many, or -1 when the text is refused. */
static int
cut_words (PpTextCache *self,
           Variant     *variant,
           const char  *text,
           GPtrArray   *words)
{
  int length, n_chars, start = 0, offset = 0;
  const char *p = text;
  guint first = words->len;

  gboolean simply;

  if (!is_simple (text, &length, &n_chars))
    return -1;
  simply = breaks_simply (text, length);
  if (!simply)
    {
      if (n_chars + 1 > self->n_attrs)
        {
          self->n_attrs = MAX (n_chars + 1, 2 * self->n_attrs);
          self->attrs = g_renew (PangoLogAttr, self->attrs, self->n_attrs);
        }
      pango_get_log_attrs (text, length, 0, self->language, self->attrs, n_chars + 1);
    }
  for (int i = 1; i <= n_chars; i++)
    {
      p = g_utf8_next_char (p);
      offset = p - text;
      if (i == n_chars || is_line_break (self, simply, text, offset, i))
        {
          const Word *word = lookup_word (variant, text + start, offset - start);

          if (word->refused)
            {
              g_ptr_array_set_size (words, first);
              return -1;
            }
          g_ptr_array_add (words, (gpointer) word);
          start = offset;
        }
    }
  return words->len - first;
}

/**
 * pp_text_cache_cut:
 * @words: where the words are appended
 *
 * Cuts @text into the words that pp_text_cache_wrap_words() wraps, set in
 * @size and @bold, each shaped once for all the texts that have it. They
 * stay valid until pp_text_cache_update() forgets them, which changes
 * pp_text_cache_get_generation().
 *
 * Returns: how many words were appended, or -1 when the cache cannot
 *   promise Pango's lines for the text (see the top of the file)
 */
int
pp_text_cache_cut (PpTextCache *self,
                   const char  *text,
                   double       size,
                   gboolean     bold,
                   GPtrArray   *words)
{
  if (text == NULL || *text == '\0')
    return 0;
  return cut_words (self, get_variant (self, size, bold), text, words);
}

guint
pp_text_cache_get_generation (PpTextCache *self)
{
  return self->generation;
}

/* The width in points of the widest of @n_words words, as a layout one
 * unit wide that breaks at every chance measures it. */
double
pp_text_cache_widest (const gpointer *words,
                      int             n_words)
{
  int widest = 0;

  for (int i = 0; i < n_words; i++)
    {
      const Word *word = words[i];

      widest = MAX (widest, word->width - word->trail);
    }
  return (double) widest / PANGO_SCALE;
}

/* The height in Pango units of a layout of no text. */
int
pp_text_cache_empty_height (PpTextCache *self,
                            double       size,
                            gboolean     bold)
{
  return get_variant (self, size, bold)->empty_height;
}
