/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-format.c: formatting shared by the views and (later) the documents. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "pp-format.h"

/**
 * pp_format_count:
 *
 * Groups the digits as the locale does (150,000), with a comma where the
 * locale has no grouping of its own (the C locale).
 *
 * Returns: (transfer full): the text
 */
char *
pp_format_count (gint64 value)
{
  const char *separator = localeconv ()->thousands_sep;
  guint64 magnitude = value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value;
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude);
  GString *text = g_string_new (value < 0 ? "-" : "");
  gsize len = strlen (digits);

  if (separator == NULL || *separator == '\0')
    separator = ",";
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (text, separator);
      g_string_append_c (text, digits[i]);
    }
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
