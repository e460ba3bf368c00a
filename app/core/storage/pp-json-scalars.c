/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-json-scalars.c: the strings, numbers and literals of the strict JSON
 * reader (see pp-json-check.c), and the wording of its errors.
 *
 * Only whole characters other than NUL enter the model: a "\\u" escape of
 * half a UTF-16 pair or of NUL is refused, as the bytes json-glib made of
 * them were invalid UTF-8 or cut the text. Messages quote the file only
 * through pp_json_check_excerpt(), so they are valid UTF-8 whatever the
 * file holds.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pp-error.h"
#include "pp-json-check-private.h"

/* Sets an error at "line:column" of the text for the byte at @at. */
gboolean
_pp_json_fail_at (Parser     *ps,
                  const char *at,
                  int         code,
                  const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  guint line = 1, column = 1;
  va_list args;

  for (const char *q = ps->data; q < at; q++)
    {
      if (*q == '\n')
        {
          line++;
          column = 1;
        }
      else if (((guchar) *q & 0xC0) != 0x80)
        column++;
    }
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (ps->error, PP_PORTFOLIO_ERROR, code, "%u:%u: %s", line, column, message);
  return FALSE;
}

/* A member name that its object already has. */
gboolean
_pp_json_fail_twice (Parser     *ps,
                     const char *at,
                     const char *name)
{
  g_autofree char *shown = pp_json_check_excerpt (name, -1, 40);

  return _pp_json_fail_at (ps, at, PP_PORTFOLIO_ERROR_SYNTAX,
                           _("the member “%s” appears twice in the same object"), shown);
}

/* Appends the character at @s, made safe to show: escapes for control
 * and other invisible characters, the character itself otherwise. */
static void
append_safe_char (GString    *out,
                  const char *s)
{
  gunichar c = g_utf8_get_char (s);

  if (c == '\n')
    g_string_append (out, "\\n");
  else if (c == '\t')
    g_string_append (out, "\\t");
  else if (c == '\r')
    g_string_append (out, "\\r");
  else if (!g_unichar_isprint (c) && c != ' ')
    g_string_append_printf (out, "U+%04X", c);
  else
    g_string_append_len (out, s, g_utf8_next_char (s) - s);
}

/* Returns up to @max_chars characters of @text (@len bytes, or up to a NUL
 * when -1), valid UTF-8 whatever @text holds, with invisible characters
 * written out and "…" when cut, for quoting in a message. */
char *
pp_json_check_excerpt (const char *text,
                       gssize      len,
                       guint       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text, len);
  GString *out = g_string_new (NULL);
  const char *s = valid;

  for (guint n = 0; *s != '\0'; n++, s = g_utf8_next_char (s))
    {
      if (n == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      append_safe_char (out, s);
    }
  return g_string_free (out, FALSE);
}

/* The word at @at, for "found “…”": up to the next delimiter. */
static char *
token_at (Parser     *ps,
          const char *at)
{
  const char *q = at;

  if (q < ps->end && *q == '"')
    {
      /* A string, up to its closing quote. */
      for (q++; q < ps->end && q - at < 40 && *q != '"' && *q != '\n'; q++)
        ;
      if (q < ps->end && *q == '"')
        q++;
    }
  else if (q < ps->end && strchr (",:[]{}", *q) != NULL)
    q++;
  else
    while (q < ps->end && q - at < 80 && strchr (" \t\r\n,:[]{}\"", *q) == NULL)
      q++;
  /* Cut at a character boundary, not inside one. */
  while (q > at + 1 && q < ps->end && ((guchar) *q & 0xC0) == 0x80)
    q--;
  return pp_json_check_excerpt (at, MAX (q - at, 1), 20);
}

gboolean
_pp_json_fail_unexpected (Parser     *ps,
                          const char *expected)
{
  g_autofree char *token = NULL;

  if (ps->p >= ps->end)
    return _pp_json_fail_at (ps, ps->p, PP_PORTFOLIO_ERROR_SYNTAX,
                             _("the file ends before its JSON text is complete"));
  if (*ps->p == '\'')
    return _pp_json_fail_at (ps, ps->p, PP_PORTFOLIO_ERROR_SYNTAX,
                             _("JSON puts text and member names in double quotes (\"), not "
                               "single quotes"));
  if (*ps->p == '/' && ps->p + 1 < ps->end && (ps->p[1] == '*' || ps->p[1] == '/'))
    return _pp_json_fail_at (ps, ps->p, PP_PORTFOLIO_ERROR_SYNTAX,
                             _("JSON does not allow comments"));
  token = token_at (ps, ps->p);
  /* Translators: "expected a value, found “tru”" */
  return _pp_json_fail_at (ps, ps->p, PP_PORTFOLIO_ERROR_SYNTAX, _("expected %s, found “%s”"),
                           expected, token);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits of "\uXXXX" at @at (the backslash). */
static gboolean
read_hex4 (Parser     *ps,
           const char *at,
           gunichar   *out)
{
  gunichar c = 0;

  if (ps->end - at < 6 || at[1] != 'u')
    return FALSE;
  for (guint i = 2; i < 6; i++)
    {
      int v = hex_value (at[i]);

      if (v < 0)
        return FALSE;
      c = c * 16 + (gunichar) v;
    }
  *out = c;
  return TRUE;
}

/* Reads "\uXXXX" (with its low half when it is a high surrogate) at the
 * backslash; only whole characters other than NUL may enter the model. */
static gboolean
read_unicode_escape (Parser  *ps,
                     GString *out)
{
  const char *at = ps->p;
  gunichar c, low;
  char buf[6];

  if (!read_hex4 (ps, at, &c))
    return _pp_json_fail_at (ps, at, PP_PORTFOLIO_ERROR_SYNTAX,
                             _("“\\u” in a string must be followed by four hexadecimal digits"));
  if (c == 0)
    return _pp_json_fail_at (ps, at, PP_PORTFOLIO_ERROR_ENCODING,
                             _("a string holds “\\u0000”, a NUL character, which text may "
                               "not contain"));
  if (c >= 0xDC00 && c <= 0xDFFF)
    return _pp_json_fail_at (ps, at, PP_PORTFOLIO_ERROR_ENCODING,
                             _("“%.6s” is half of a character: the second half of a UTF-16 pair "
                               "without its first half"), at);
  if (c >= 0xD800 && c <= 0xDBFF)
    {
      if (!read_hex4 (ps, at + 6, &low) || at[6] != '\\' || low < 0xDC00 || low > 0xDFFF)
        return _pp_json_fail_at (ps, at, PP_PORTFOLIO_ERROR_ENCODING,
                                 _("“%.6s” is half of a character: the first half of a UTF-16 "
                                   "pair without its second half"), at);
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
      ps->p += 6;
    }
  ps->p += 6;
  g_string_append_len (out, buf, g_unichar_to_utf8 (c, buf));
  return TRUE;
}

static gboolean
read_escape (Parser  *ps,
             GString *out)
{
  static const char from[] = "\"\\/bfnrt";
  static const char to[] = "\"\\/\b\f\n\r\t";
  const char *at = ps->p;
  const char *found;
  g_autofree char *what = NULL;

  if (at + 1 >= ps->end)
    return FALSE;
  if (at[1] == 'u')
    return read_unicode_escape (ps, out);
  found = at[1] != '\0' ? strchr (from, at[1]) : NULL;
  if (found != NULL)
    {
      g_string_append_c (out, to[found - from]);
      ps->p += 2;
      return TRUE;
    }
  what = pp_json_check_excerpt (at + 1, g_utf8_next_char (at + 1) - (at + 1), 1);
  return _pp_json_fail_at (ps, at, PP_PORTFOLIO_ERROR_SYNTAX,
                           _("“\\%s” is not an escape JSON allows in a string"), what);
}

/* Reads the string at ps->p (its opening quote) into @out. */
gboolean
_pp_json_read_string (Parser  *ps,
                      GString *out)
{
  const char *start = ps->p;

  g_string_truncate (out, 0);
  ps->p++;
  for (;;)
    {
      const char *run = ps->p;
      guchar c = 0;

      while (ps->p < ps->end && (c = (guchar) *ps->p) != '"' && c != '\\' && c >= 0x20)
        ps->p++;
      g_string_append_len (out, run, ps->p - run);
      if (ps->p >= ps->end)
        break;
      if (c == '"')
        {
          ps->p++;
          return TRUE;
        }
      if (c == '\\')
        {
          if (!read_escape (ps, out))
            {
              if (ps->p + 1 >= ps->end)
                break;
              return FALSE;
            }
          continue;
        }
      if (c == '\n' || c == '\r')
        return _pp_json_fail_at (ps, start, PP_PORTFOLIO_ERROR_SYNTAX,
                                 _("the string is not closed on its line (a line break in a "
                                   "string is written \\n)"));
      return _pp_json_fail_at (ps, ps->p, PP_PORTFOLIO_ERROR_SYNTAX,
                               _("control character U+%04X must be written as an escape in a "
                                 "string"),
                               c);
    }
  return _pp_json_fail_at (ps, start, PP_PORTFOLIO_ERROR_SYNTAX, _("the string is not closed"));
}

/* Whether the integer of @digits digits at @s is beyond a gint64. */
static gboolean
integer_too_large (const char *s,
                   gsize       digits,
                   gboolean    negative)
{
  if (digits != 19)
    return digits > 19;
  return strncmp (s, negative ? "9223372036854775808" : "9223372036854775807", 19) > 0;
}

static const char *
skip_digits (const char *p,
             const char *end)
{
  while (p < end && g_ascii_isdigit (*p))
    p++;
  return p;
}

/* Reads a number as RFC 8259 writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
gboolean
_pp_json_read_number (Parser    *ps,
                      JsonNode **out)
{
  const char *start = ps->p, *end = ps->end;
  const char *first = *start == '-' ? start + 1 : start;
  const char *p = first;
  gboolean fraction = FALSE;

  if (p < end && *p == '0')
    p++;
  else if (p < end && g_ascii_isdigit (*p))
    p = skip_digits (p, end);
  else
    goto bad;
  if (p < end && *p == '.')
    {
      fraction = TRUE;
      if (p + 1 >= end || !g_ascii_isdigit (p[1]))
        goto bad;
      p = skip_digits (p + 1, end);
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      fraction = TRUE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        goto bad;
      p = skip_digits (p, end);
    }
  /* "0123" (which json-glib reads as octal), "0x10", "1.2.3", "1e5e". */
  if (p < end && (g_ascii_isalnum (*p) || *p == '.' || *p == '+' || *p == '-'))
    goto bad;

  ps->p = p;
  *out = json_node_alloc ();
  if (!fraction)
    {
      guint64 v = 0;

      if (integer_too_large (first, p - first, first != start))
        return _pp_json_fail_at (ps, start, PP_PORTFOLIO_ERROR_LIMIT,
                                 _("the number is too large"));
      for (const char *q = first; q < p; q++)
        v = v * 10 + (guint64) (*q - '0');
      json_node_init_int (*out, first == start ? (gint64) v
                                               : v > (guint64) G_MAXINT64 ? G_MININT64
                                                                          : -(gint64) v);
      return TRUE;
    }
  g_string_truncate (ps->scratch, 0);
  g_string_append_len (ps->scratch, start, p - start);
  json_node_init_double (*out, g_ascii_strtod (ps->scratch->str, NULL));
  return TRUE;

bad:
  return _pp_json_fail_at (ps, start, PP_PORTFOLIO_ERROR_SYNTAX, _("not a valid JSON number"));
}

/* Reads true, false or null. */
gboolean
_pp_json_read_literal (Parser    *ps,
                       JsonNode **out)
{
  static const char * const words[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i]);

      if ((gsize) (ps->end - ps->p) < n || memcmp (ps->p, words[i], n) != 0 ||
          (ps->p + n < ps->end && g_ascii_isalnum (ps->p[n])))
        continue;
      ps->p += n;
      *out = json_node_alloc ();
      if (i == 2)
        json_node_init_null (*out);
      else
        json_node_init_boolean (*out, i == 0);
      return TRUE;
    }
  return _pp_json_fail_unexpected (ps, _("a value"));
}

