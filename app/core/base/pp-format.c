/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-format.c: formatting shared by the views and (later) the documents. */

#include "config.h"

#include <glib/gi18n.h>
#include <limits.h>
#include <locale.h>
#include <string.h>

#include "pp-format.h"

/* The size of the group of digits @index places left of the units' group
 * (0 for the first), from the locale's grouping: each byte is a group's
 * size, the last one repeats, and CHAR_MAX (or a byte <= 0) ends the
 * grouping. 0 means the rest of the digits go ungrouped. The grouping is
 * never empty here. */
static guint
group_size (const char *grouping,
            guint       index)
{
  for (guint i = 0;; i++)
    {
      if (grouping[i] == '\0')
        return (guint) grouping[i - 1];
      if (grouping[i] == CHAR_MAX || grouping[i] <= 0)
        return 0;
      if (i == index)
        return (guint) grouping[i];
    }
}

/**
 * pp_format_count:
 *
 * Groups the digits as the locale's LC_NUMERIC does: 190,000,000 in English,
 * 19,00,00,000 under en_IN and 190 000 000 under ru_RU (with the locale's
 * narrow no-break space, so a number never breaks across lines). The C
 * locale has no grouping, and there the digits go by threes with a comma,
 * which the documents compared byte for byte under C.UTF-8 rely on.
 *
 * Returns: (transfer full): the text
 */
char *
pp_format_count (gint64 value)
{
  const struct lconv *conv = localeconv ();
  const char *separator = conv->thousands_sep;
  const char *grouping = conv->grouping;
  guint64 magnitude = value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value;
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude);
  gsize len = strlen (digits);
  GString *text = g_string_new (NULL);
  guint group = 0;
  guint size;

  if (separator == NULL || *separator == '\0' || grouping == NULL || *grouping == '\0')
    {
      separator = ",";
      grouping = "\3";
    }
  /* The groups are counted from the units, so the text is built from its
   * end and the digits put in front. */
  size = group_size (grouping, 0);
  for (gsize i = len, in_group = 0; i > 0; i--, in_group++)
    {
      if (size > 0 && in_group == size)
        {
          g_string_prepend (text, separator);
          in_group = 0;
          size = group_size (grouping, ++group);
        }
      g_string_prepend_c (text, digits[i - 1]);
    }
  if (value < 0)
    g_string_prepend_c (text, '-');
  return g_string_free (text, FALSE);
}

/**
 * pp_format_amount:
 * @currency: (nullable): an ISO 4217 code; "" or %NULL for none
 *
 * An amount of money as the dashboard and the documents write it: the
 * currency's code, then the grouped digits ("USD 80,000,000"), or "(no
 * currency)" in its place.
 *
 * Returns: (transfer full): the text
 */
char *
pp_format_amount (gint64      amount,
                  const char *currency)
{
  g_autofree char *number = pp_format_count (amount);

  /* Translators: an amount with its currency, "USD 80,000,000" */
  return g_strdup_printf (_("%s %s"),
                          currency != NULL && *currency != '\0' ? currency : _("(no currency)"),
                          number);
}

/**
 * pp_parse_count:
 * @value: (out): the number read
 *
 * Reads a count written as pp_format_count() writes it, or without the
 * grouping: digits with the locale's separator (a comma where it has none)
 * or spaces between them, and perhaps a decimal part. An empty text is 0.
 *
 * Returns: whether @text is such a number
 */
gboolean
pp_parse_count (const char *text,
                double     *value)
{
  const struct lconv *conv = localeconv ();
  const char *separator = *conv->thousands_sep != '\0' ? conv->thousands_sep : ",";
  const char *point = *conv->decimal_point != '\0' ? conv->decimal_point : ".";
  g_autoptr(GString) number = g_string_new (NULL);
  char *end;

  for (const char *p = text; *p != '\0';)
    if (g_ascii_isdigit (*p) || (*p == '-' && number->len == 0))
      g_string_append_c (number, *p++);
    else if (g_str_has_prefix (p, separator))
      p += strlen (separator);
    else if (g_str_has_prefix (p, point))
      {
        g_string_append_c (number, '.');
        p += strlen (point);
      }
    else if (g_unichar_isspace (g_utf8_get_char (p)))
      p = g_utf8_next_char (p);
    else
      return FALSE;
  if (number->len == 0)
    {
      *value = 0;
      return TRUE;
    }
  *value = g_ascii_strtod (number->str, &end);
  return *end == '\0' && end != number->str;
}

/**
 * pp_language_is_rtl:
 * @language: a language code such as "ur" or "ru-RU"
 *
 * Whether the language is written from right to left (Urdu, Arabic,
 * Persian, Hebrew and their neighbours).
 */
gboolean
pp_language_is_rtl (const char *language)
{
  static const char *const rtl[] = { "ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur",
                                     "yi" };
  g_autofree char *primary = NULL;

  g_return_val_if_fail (language != NULL, FALSE);

  primary = g_strndup (language, strcspn (language, "-_"));
  for (guint i = 0; i < G_N_ELEMENTS (rtl); i++)
    if (g_ascii_strcasecmp (primary, rtl[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the sentences read right to left: -1 until known. */
static int sentences_rtl = -1;

/* The application sets the window's direction once GTK has chosen it. */
void
pp_format_set_rtl (gboolean rtl)
{
  sentences_rtl = rtl ? 1 : 0;
}

/* Until then, as on the command line, the sentences take the direction of
 * the language the messages are translated into, the documents' language. */
gboolean
pp_format_get_rtl (void)
{
  if (sentences_rtl < 0)
    sentences_rtl = pp_language_is_rtl (g_dpgettext2 (GETTEXT_PACKAGE, "document language",
                                                      "en"));
  return sentences_rtl == 1;
}

/* Whether the first letter of @format outside its conversions is of a
 * script written left to right: an English message that is not translated. */
static gboolean
starts_left_to_right (const char *format)
{
  for (const char *p = format; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeScript script = g_unichar_get_script (c);

      if (c == '%')
        {
          while (p[1] != '\0' && strchr ("0123456789$#-+ '.*hlLqjzt", p[1]) != NULL)
            p++;
          if (p[1] != '\0')
            p++;
          continue;
        }
      if (script == G_UNICODE_SCRIPT_ARABIC || script == G_UNICODE_SCRIPT_HEBREW ||
          script == G_UNICODE_SCRIPT_SYRIAC || script == G_UNICODE_SCRIPT_THAANA ||
          script == G_UNICODE_SCRIPT_NKO)
        return FALSE;
      if (g_unichar_isalpha (c) && script != G_UNICODE_SCRIPT_COMMON &&
          script != G_UNICODE_SCRIPT_INHERITED)
        return TRUE;
    }
  return FALSE;
}

/* @format with each of its conversions wrapped in FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE; "%%" stays as it is. A translated sentence
 * opens with a RIGHT-TO-LEFT MARK, since Pango and dir="auto" take a
 * paragraph's direction from its first letter, isolated or not, and an
 * Urdu sentence that starts with an English title would be laid out left
 * to right. */
static char *
isolate_conversions (const char *format)
{
  GString *out = g_string_sized_new (strlen (format) + 32);

  if (!starts_left_to_right (format))
    g_string_append (out, "\u200f");

  for (const char *p = format; *p != '\0'; p++)
    {
      const char *end = p + 1;

      if (*p != '%' || *end == '%' || *end == '\0')
        {
          g_string_append_c (out, *p);
          if (*p == '%' && *end == '%')
            g_string_append_c (out, *++p);
          continue;
        }
      /* Position, flags, width, precision and length, then the conversion. */
      while (*end != '\0' && strchr ("0123456789$#-+ '.*hlLqjzt", *end) != NULL)
        end++;
      if (*end == '\0')
        {
          g_string_append (out, p);
          break;
        }
      g_string_append (out, "\u2068");
      g_string_append_len (out, p, end - p + 1);
      g_string_append (out, "\u2069");
      p = end;
    }
  return g_string_free (out, FALSE);
}

/**
 * pp_sentence_new:
 * @format: a translated sentence with printf conversions
 *
 * Like g_strdup_printf(), for a translated sentence into which names, dates
 * and numbers are inserted. When the window reads right to left
 * (pp_format_set_rtl()) each inserted value is isolated (FSI … PDI), so
 * that an English MoU title or a figure keeps its own direction inside an
 * Urdu sentence, does not pull the punctuation around it along, and does
 * not turn a sentence that starts with it left to right. Left to right the
 * text is exactly what g_strdup_printf() makes.
 *
 * Returns: (transfer full): the sentence
 */
char *
pp_sentence_new (const char *format,
                 ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = pp_sentence_new_valist (pp_format_get_rtl (), format, args);
  va_end (args);
  return text;
}

/**
 * pp_sentence_new_in:
 * @rtl: whether the text it goes into reads right to left, as a document may
 *
 * pp_sentence_new() for text whose direction is not the window's.
 */
char *
pp_sentence_new_in (gboolean    rtl,
                    const char *format,
                    ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = pp_sentence_new_valist (rtl, format, args);
  va_end (args);
  return text;
}

char *
pp_sentence_new_valist (gboolean    rtl,
                        const char *format,
                        va_list     args)
{
  g_autofree char *isolated = NULL;

  if (!rtl)
    return g_strdup_vprintf (format, args);
  isolated = isolate_conversions (format);
  /* The format is the translated one, checked by the compiler through the
   * callers' attribute and by msgfmt --check; only isolates were added. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_vprintf (isolated, args);
#pragma GCC diagnostic pop
}
