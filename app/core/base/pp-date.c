/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-date.c: strict parsing and formatting of YYYY-MM-DD dates, and the
 * locale's own format for the window. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>

#include "pp-date.h"
#include "pp-error.h"

static int
digits (const char *s,
        guint       n)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return -1;
      v = v * 10 + (s[i] - '0');
    }
  return v;
}

/**
 * pp_date_parse:
 * @text: a date such as "2025-04-12"
 * @date: (out caller-allocates): where to store it
 *
 * Accepts exactly YYYY-MM-DD for a day that exists (so "2025-02-30" is
 * refused). The message does not name the place: callers prefix it.
 */
gboolean
pp_date_parse (const char  *text,
               GDate       *date,
               GError     **error)
{
  int y, m, d;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      (y = digits (text, 4)) < 0 || (m = digits (text + 5, 2)) < 0 ||
      (d = digits (text + 8, 2)) < 0)
    {
      g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_VALUE,
                   _("“%s” is not a date (expected YYYY-MM-DD)"), text);
      return FALSE;
    }

  if (y < 1 || m < 1 || m > 12 || d < 1 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    {
      g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_VALUE,
                   _("impossible date “%s”"), text);
      return FALSE;
    }

  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

/* The locale's order of day, month and year (its D_FMT), with a four-digit
 * year: a two-digit one (en_IN's %y) is ambiguous in a plan that runs for
 * decades. NULL for the C locale, whose %m/%d/%y is nobody's convention, and
 * for any format that is not made of day, month, year and separators: the
 * window keeps ISO dates there. */
static char *
local_format (void)
{
  const char *fmt = nl_langinfo (D_FMT);
  g_autoptr(GString) out = g_string_new (NULL);

  if (fmt == NULL || *fmt == '\0' || g_str_equal (fmt, "%m/%d/%y"))
    return NULL;
  for (const char *p = fmt; *p != '\0'; p++)
    if (*p != '%')
      g_string_append_c (out, *p);
    else if (p[1] == 'd' || p[1] == 'e' || p[1] == 'm' || p[1] == 'Y' || p[1] == 'y')
      {
        p++;
        g_string_append_c (out, '%');
        g_string_append_c (out, *p == 'y' ? 'Y' : *p == 'e' ? 'd' : *p);
      }
    else
      return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Reads @text in @fmt (as local_format() gives it): one or two digits for
 * the day and month, four for the year, the separators as written. */
static gboolean
parse_in_format (const char *text,
                 const char *fmt,
                 int        *y,
                 int        *m,
                 int        *d)
{
  const char *p = text;

  *y = *m = *d = -1;
  for (const char *f = fmt; *f != '\0'; f++)
    {
      int *field = NULL;
      guint n = 0;

      if (*f != '%')
        {
          if (*p++ != *f)
            return FALSE;
          continue;
        }
      f++;
      field = *f == 'Y' ? y : *f == 'm' ? m : d;
      while (g_ascii_isdigit (p[n]) && n < 4)
        n++;
      if (*f == 'Y' ? n != 4 : (n < 1 || n > 2))
        return FALSE;
      *field = digits (p, n);
      p += n;
    }
  return *p == '\0' && *y >= 0 && *m >= 0 && *d >= 0;
}

/**
 * pp_date_parse_local:
 * @text: a date as a user types it: "2025-04-12", or under ru_RU "12.04.2025"
 * @date: (out caller-allocates): where to store it
 *
 * What the window's date entries accept: ISO, or the locale's own format
 * as pp_date_to_display() writes it. Files keep pp_date_parse(), which
 * takes ISO only. The message is a whole sentence, which the window shows
 * as it is.
 */
gboolean
pp_date_parse_local (const char  *text,
                     GDate       *date,
                     GError     **error)
{
  g_autofree char *fmt = local_format ();
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *example = NULL;
  gboolean shaped;
  int y, m, d;

  g_return_val_if_fail (text != NULL, FALSE);

  if (pp_date_parse (stripped, date, NULL))
    return TRUE;
  g_date_clear (date, 1);
  /* A text shaped as ISO is read as ISO, even where the locale's own
   * format also uses hyphens. */
  shaped = fmt != NULL && parse_in_format (stripped, fmt, &y, &m, &d);
  if (!shaped && strlen (stripped) == 10 && stripped[4] == '-' && stripped[7] == '-')
    shaped = (y = digits (stripped, 4)) >= 0 && (m = digits (stripped + 5, 2)) >= 0 &&
             (d = digits (stripped + 8, 2)) >= 0;
  if (shaped && y >= 1 && m >= 1 && m <= 12 && d >= 1 &&
      g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    {
      g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
      return TRUE;
    }
  if (shaped)
    {
      g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_VALUE,
                   /* Translators: a date typed into the window, such as 30.02.2025 */
                   _("There is no day “%s” in the calendar."), text);
      return FALSE;
    }
  example = pp_date_example ();
  g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_VALUE,
               /* Translators: the second %s is 25 April 2025 in the locale's own
                * format, such as 25.04.2025 */
               _("“%s” is not a date. Type one such as %s."), text, example);
  return FALSE;
}

/**
 * pp_date_to_display:
 *
 * A date as the window shows it: in the locale's order and separators with
 * a four-digit year (12.04.2025 under ru_RU, 12/04/2025 under ur_PK), ISO
 * under the C locale. pp_date_parse_local() reads it back.
 *
 * Returns: (transfer full) (nullable): the text, %NULL for no date
 */
char *
pp_date_to_display (const GDate *date)
{
  g_autofree char *fmt = NULL;
  char buf[64];

  if (date == NULL || !g_date_valid (date))
    return NULL;
  fmt = local_format ();
  if (fmt == NULL || g_date_strftime (buf, sizeof buf, fmt, date) == 0)
    return pp_date_to_iso (date);
  return g_strdup (buf);
}

/**
 * pp_date_example:
 *
 * A date for the hints of date entries: 25 April 2025 as the window shows
 * it, whose day past the twelfth tells the day from the month
 * (25.04.2025 under ru_RU, 2025-04-25 under the C locale).
 *
 * Returns: (transfer full): the text
 */
char *
pp_date_example (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 25, G_DATE_APRIL, 2025);
  return pp_date_to_display (&date);
}

void
pp_date_format_iso (const GDate *date,
                    char         buf[11])
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  g_snprintf (buf, 11, "%04u-%02u-%02u",
              (guint) g_date_get_year (date),
              (guint) g_date_get_month (date),
              (guint) g_date_get_day (date));
}

char *
pp_date_to_iso (const GDate *date)
{
  char buf[11];

  if (date == NULL || !g_date_valid (date))
    return NULL;
  pp_date_format_iso (date, buf);
  return g_strdup (buf);
}

/* Orders unset dates after every set one, as a planner expects "no date"
 * to sort last. */
int
pp_date_compare (const GDate *a,
                 const GDate *b)
{
  gboolean va = a != NULL && g_date_valid (a);
  gboolean vb = b != NULL && g_date_valid (b);

  if (va && vb)
    return g_date_compare (a, b);
  return (int) vb - (int) va;
}

/**
 * pp_date_add_days_within:
 * @days: how many days later, or earlier if negative
 *
 * Moves @date by @days, stopping at 0001-01-01 and 9999-12-31, the first and
 * last dates a file can hold: g_date_subtract_days() fails with a critical
 * before the first, and a year past 9999 has no YYYY-MM-DD.
 */
void
pp_date_add_days_within (GDate *date,
                         int    days)
{
  GDate last;
  gint64 julian;

  g_return_if_fail (date != NULL && g_date_valid (date));

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 9999);
  julian = (gint64) g_date_get_julian (date) + days;
  g_date_set_julian (date, (guint32) CLAMP (julian, 1, (gint64) g_date_get_julian (&last)));
}

/**
 * pp_date_get_today:
 *
 * The one place that says what "today" is. Tests fix it with the
 * environment variable PP_TODAY=YYYY-MM-DD, so they do not depend on the
 * day they run.
 */
void
pp_date_get_today (GDate *date)
{
  const char *fixed = g_getenv ("PP_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (fixed != NULL && pp_date_parse (fixed, date, NULL))
    return;

  now = g_date_time_new_now_local ();
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}
