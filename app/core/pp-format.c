/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-format.c: formatting shared by the views and (later) the documents. */

#include "config.h"

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
