/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-csv.c: decoding and splitting CSV and tab-separated registers.
 *
 * Offices keep registers in whatever their spreadsheet wrote: UTF-8 with or
 * without a byte order mark, UTF-16 ("Unicode text" in Excel), or, from older
 * Russian- and English-language Windows, Windows-1251 and Windows-1252. The
 * fields follow RFC 4180: a quoted field may hold delimiters, doubled quotes
 * and line breaks.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pp-csv.h"

/* Lines looked at to choose the delimiter. */
#define SNIFF_LINES 20

static char *
convert (const char  *data,
         gsize        length,
         const char  *encoding,
         GError     **error)
{
  g_autoptr(GError) local = NULL;
  gsize written = 0;
  char *text = g_convert (data, length, "UTF-8", encoding, NULL, &written, &local);

  if (text == NULL)
    {
      g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_ENCODING,
                   _("The file is not text in the %s encoding"), encoding);
      return NULL;
    }
  if (memchr (text, '\0', written) != NULL)
    {
      g_free (text);
      g_set_error_literal (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_ENCODING,
                           _("The file holds zero bytes, so it is not a text file"));
      return NULL;
    }
  return text;
}

/* Cyrillic words in Windows-1251 are runs of bytes from 0xC0 up; accented
 * letters of Western languages in Windows-1252 mostly stand alone between
 * ASCII letters ("Müller", "café"). */
static const char *
guess_single_byte (const guint8 *data,
                   gsize         length)
{
  gsize high = 0;
  gsize in_runs = 0;

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] < 0xC0)
        continue;
      high++;
      if ((i > 0 && data[i - 1] >= 0xC0) || (i + 1 < length && data[i + 1] >= 0xC0))
        in_runs++;
    }
  return in_runs * 2 > high ? "WINDOWS-1251" : "WINDOWS-1252";
}

static const char *
sniff_encoding (const guint8 *data,
                gsize         length,
                gsize        *skip)
{
  *skip = 0;
  if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    {
      *skip = 3;
      return "UTF-8";
    }
  if (length >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    {
      *skip = 2;
      return "UTF-16LE";
    }
  if (length >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    {
      *skip = 2;
      return "UTF-16BE";
    }
  if (g_utf8_validate_len ((const char *) data, length, NULL))
    return "UTF-8";
  return guess_single_byte (data, length);
}

/**
 * pp_csv_decode:
 * @data: the file's bytes
 * @length: how many
 * @encoding: (nullable): the encoding the user chose, or %NULL to detect it
 * @detected: (out) (optional) (transfer full): the encoding used
 * @error: return location for an error
 *
 * Returns: (transfer full): the text as UTF-8 without a byte order mark, or
 *   %NULL when it cannot be read in that encoding or holds zero bytes
 */
char *
pp_csv_decode (const char  *data,
               gsize        length,
               const char  *encoding,
               char       **detected,
               GError     **error)
{
  const char *used = encoding;
  gsize skip = 0;
  char *text;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  /* An empty GBytes has no data at all, and NULL + 0 is undefined. */
  if (data == NULL)
    data = "";
  if (used == NULL)
    used = sniff_encoding ((const guint8 *) data, length, &skip);
  text = convert (data + skip, length - skip, used, error);
  if (text == NULL && encoding == NULL && g_str_has_prefix (used, "WINDOWS-"))
    {
      /* A byte the guess cannot hold: the other one may. */
      const char *other = g_str_equal (used, "WINDOWS-1251") ? "WINDOWS-1252" : "WINDOWS-1251";

      g_clear_error (error);
      used = other;
      text = convert (data, length, used, error);
    }
  if (text == NULL)
    return NULL;
  /* A byte order mark written inside the text, as a chosen encoding leaves it. */
  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    memmove (text, text + 3, strlen (text + 3) + 1);
  if (detected != NULL)
    *detected = g_strdup (used);
  return text;
}

/* Counts @delimiter outside quotes on each of the first lines that are not
 * blank; returns how many lines it looked at. */
static guint
count_lines (const char *text,
             char        delimiter,
             guint       counts[SNIFF_LINES])
{
  gboolean quoted = FALSE;
  gboolean blank = TRUE;
  guint line = 0;

  memset (counts, 0, sizeof (guint) * SNIFF_LINES);
  for (const char *p = text; *p != '\0' && line < SNIFF_LINES; p++)
    {
      if (!quoted && (*p == '\n' || *p == '\r'))
        {
          line += !blank;
          blank = TRUE;
          continue;
        }
      blank = FALSE;
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == delimiter)
        counts[line]++;
    }
  return line + !blank;
}

/**
 * pp_csv_detect_delimiter:
 * @text: the decoded text
 *
 * Chooses among comma, semicolon (what spreadsheets write where the comma is
 * the decimal separator) and tab the one that splits the most lines into the
 * same number of cells; on a tie, the one least likely to stand in a title:
 * tab, then semicolon.
 *
 * Returns: the delimiter; a comma when nothing tells
 */
char
pp_csv_detect_delimiter (const char *text)
{
  static const char candidates[] = { '\t', ';', ',' };
  char best = ',';
  guint best_lines = 0;
  guint best_count = 0;

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      guint counts[SNIFF_LINES];
      guint n_lines = count_lines (text, candidates[c], counts);
      guint same = 0;

      for (guint i = 0; i < n_lines; i++)
        same += counts[i] == counts[0];
      if (counts[0] == 0)
        continue;
      if (same > best_lines || (same == best_lines && counts[0] > best_count))
        {
          best = candidates[c];
          best_lines = same;
          best_count = counts[0];
        }
    }
  return best;
}

typedef struct
{
  PpSheet *sheet;
  GPtrArray *row;     /* of char *, the cells of the row being read */
  GString *cell;
  guint n_rows;
} Parser;

static gboolean
end_cell (Parser  *parser,
          GError **error)
{
  if (parser->row->len >= PP_SHEET_MAX_COLUMNS)
    {
      g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_LIMIT,
                   /* Translators: "Row 12 has more than 1000 columns"; the first
                    * number says which row, the plural follows the columns. */
                   ngettext ("Row %u has more than %d column", "Row %u has more than %d columns",
                             PP_SHEET_MAX_COLUMNS),
                   parser->n_rows + 1, PP_SHEET_MAX_COLUMNS);
      return FALSE;
    }
  g_ptr_array_add (parser->row, g_strndup (parser->cell->str, parser->cell->len));
  g_string_truncate (parser->cell, 0);
  return TRUE;
}

static gboolean
end_row (Parser  *parser,
         GError **error)
{
  if (!end_cell (parser, error))
    return FALSE;
  parser->n_rows++;
  g_ptr_array_add (parser->row, NULL);
  return pp_sheet_append_row (parser->sheet, (GStrv) g_ptr_array_steal (parser->row, NULL),
                              error);
}

/* Reads a quoted field from just after its opening quote; returns where the
 * text goes on after the closing quote, or NULL when the quote never closes. */
static const char *
read_quoted (Parser     *parser,
             const char *p)
{
  for (;;)
    {
      const char *quote = strchr (p, '"');

      if (quote == NULL)
        return NULL;
      g_string_append_len (parser->cell, p, quote - p);
      if (quote[1] != '"')
        return quote + 1;
      g_string_append_c (parser->cell, '"');
      p = quote + 2;
    }
}

static gboolean
parse_text (Parser      *parser,
            const char  *text,
            char         delimiter,
            GError     **error)
{
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"' && parser->cell->len == 0)
        {
          p = read_quoted (parser, p + 1);
          if (p == NULL)
            {
              g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_SYNTAX,
                           _("Row %u has a quote that is never closed"), parser->n_rows + 1);
              return FALSE;
            }
          continue;
        }
      if (*p == delimiter)
        {
          if (!end_cell (parser, error))
            return FALSE;
        }
      else if (*p == '\r' || *p == '\n')
        {
          if (*p == '\r' && p[1] == '\n')
            p++;
          if (!end_row (parser, error))
            return FALSE;
        }
      else
        g_string_append_c (parser->cell, *p);
      p++;
    }
  /* The last line may end without a line break. */
  if (parser->cell->len > 0 || parser->row->len > 0)
    return end_row (parser, error);
  return TRUE;
}

/**
 * pp_csv_parse:
 * @text: decoded text (see pp_csv_decode())
 * @delimiter: the delimiter, or 0 to detect it
 * @name: (nullable): the sheet's name, usually the file's
 * @error: return location for an error
 *
 * Returns: (transfer full): the rows, blank ones included so that row numbers
 *   are those a spreadsheet shows; %NULL when a quote is never closed, the
 *   file is too large or holds no rows
 */
PpSheet *
pp_csv_parse (const char  *text,
              char         delimiter,
              const char  *name,
              GError     **error)
{
  g_autoptr(PpSheet) sheet = pp_sheet_new (name);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  Parser parser = { sheet, row, cell, 0 };

  g_return_val_if_fail (text != NULL, NULL);

  if (delimiter == 0)
    delimiter = pp_csv_detect_delimiter (text);
  if (!parse_text (&parser, text, delimiter, error))
    return NULL;
  if (pp_sheet_get_n_rows (sheet) == 0)
    {
      g_set_error_literal (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_EMPTY,
                           _("The file has no rows"));
      return NULL;
    }
  return g_steal_pointer (&sheet);
}
