/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-timeline-scale.c: dates to positions and back, and axis ticks at the
 * start of each month, quarter or year, whichever leaves room for labels. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-timeline-scale.h"

/**
 * pp_timeline_scale_init:
 *
 * Maps @start..@end onto 0..@width. The range is widened to at least one
 * day, so a venture that starts and ends on one day still has a place.
 */
void
pp_timeline_scale_init (PpTimelineScale *scale,
                        const GDate     *start,
                        const GDate     *end,
                        double           width)
{
  g_return_if_fail (start != NULL && g_date_valid (start));
  g_return_if_fail (end != NULL && g_date_valid (end));

  scale->start = MIN (g_date_get_julian (start), g_date_get_julian (end));
  scale->end = MAX (g_date_get_julian (start), g_date_get_julian (end));
  if (scale->end == scale->start)
    scale->end++;
  scale->width = MAX (width, 1.0);
}

double
pp_timeline_scale_to_x (const PpTimelineScale *scale,
                        const GDate           *date)
{
  double day = (double) g_date_get_julian (date);

  return (day - scale->start) / (scale->end - scale->start) * scale->width;
}

/* The day at @x, clamped to the dates a GDate can hold. */
void
pp_timeline_scale_to_date (const PpTimelineScale *scale,
                           double                 x,
                           GDate                 *date)
{
  double day = scale->start + x / scale->width * (scale->end - scale->start);

  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) CLAMP (day + 0.5, 1.0, (double) G_MAXINT32));
}

/* The finest unit whose ticks are at least @min_spacing apart. */
PpTimelineUnit
pp_timeline_scale_choose_unit (const PpTimelineScale *scale,
                               double                 min_spacing)
{
  double per_day = scale->width / (scale->end - scale->start);

  if (per_day * 30.4 >= min_spacing)
    return PP_TIMELINE_MONTHS;
  if (per_day * 91.3 >= min_spacing)
    return PP_TIMELINE_QUARTERS;
  return PP_TIMELINE_YEARS;
}

/**
 * pp_timeline_scale_ticks:
 *
 * Returns: (transfer full) (element-type GDate): the first day of each
 *   month, quarter or year within the scale's range, in order
 */
GArray *
pp_timeline_scale_ticks (const PpTimelineScale *scale,
                         PpTimelineUnit         unit)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (GDate));
  guint months = unit == PP_TIMELINE_MONTHS ? 1 : unit == PP_TIMELINE_QUARTERS ? 3 : 12;
  GDate date;
  guint month;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, scale->start);
  /* Back to the start of the unit that holds the first day. */
  month = g_date_get_month (&date) - 1;
  month -= month % months;
  g_date_set_dmy (&date, 1, (GDateMonth) (month + 1), g_date_get_year (&date));
  if (g_date_get_julian (&date) < scale->start)
    g_date_add_months (&date, months);

  while (g_date_get_julian (&date) <= scale->end)
    {
      g_array_append_val (ticks, date);
      g_date_add_months (&date, months);
    }
  return ticks;
}

/* "Jan 2026", "Q1 2026" or "2026". */
char *
pp_timeline_format_tick (const GDate    *date,
                         PpTimelineUnit  unit)
{
  char buf[64];

  switch (unit)
    {
    case PP_TIMELINE_MONTHS:
      /* Translators: a month on a timeline's axis, see strftime */
      g_date_strftime (buf, sizeof buf, _("%b %Y"), date);
      return g_strdup (buf);

    case PP_TIMELINE_QUARTERS:
      /* Translators: a quarter on a timeline's axis, "Q1 2026" */
      return g_strdup_printf (_("Q%u %u"), (g_date_get_month (date) - 1) / 3 + 1,
                              (guint) g_date_get_year (date));

    case PP_TIMELINE_YEARS:
    default:
      return g_strdup_printf ("%u", (guint) g_date_get_year (date));
    }
}
