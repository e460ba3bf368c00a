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
