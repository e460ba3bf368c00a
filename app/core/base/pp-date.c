/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-date.c: strict parsing and formatting of YYYY-MM-DD dates. */

#include "config.h"

#include <glib/gi18n-lib.h>

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
