/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-timeline.c: the timeline's mapping of dates to positions and its
 * axis ticks. */

#include "config.h"

#include "pp-date.h"
#include "pp-timeline-scale.h"

static GDate
date (const char *text)
{
  GDate d;

  g_assert_true (pp_date_parse (text, &d, NULL));
  return d;
}

static void
test_mapping (void)
{
  GDate start = date ("2025-01-01"), end = date ("2025-12-31"), mid = date ("2025-07-02");
  PpTimelineScale scale;
  GDate back;

  pp_timeline_scale_init (&scale, &start, &end, 364);
  g_assert_cmpfloat (pp_timeline_scale_to_x (&scale, &start), ==, 0);
  g_assert_cmpfloat (pp_timeline_scale_to_x (&scale, &end), ==, 364);
  g_assert_cmpfloat (pp_timeline_scale_to_x (&scale, &mid), ==, 182);

  /* Back from a position to the nearest day. */
  pp_timeline_scale_to_date (&scale, 182.4, &back);
  g_assert_cmpint (g_date_compare (&back, &mid), ==, 0);

  /* Dates outside the range map outside 0..width, not onto its ends. */
  {
    GDate before = date ("2024-12-31");
    g_assert_cmpfloat (pp_timeline_scale_to_x (&scale, &before), <, 0);
  }
}

static void
test_one_day (void)
{
  GDate day = date ("2025-04-12");
  PpTimelineScale scale;

  /* A range of one day still has a width, and reversed ends are put in order. */
  pp_timeline_scale_init (&scale, &day, &day, 100);
  g_assert_cmpfloat (pp_timeline_scale_to_x (&scale, &day), ==, 0);
  g_assert_cmpuint (scale.end, ==, scale.start + 1);
}

static void
assert_ticks (GArray             *ticks,
              const char * const *expected)
{
  g_assert_cmpuint (ticks->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < ticks->len; i++)
    {
      g_autofree char *iso = pp_date_to_iso (&g_array_index (ticks, GDate, i));
      g_assert_cmpstr (iso, ==, expected[i]);
    }
}

static void
test_ticks (void)
{
  GDate start = date ("2025-01-15"), end = date ("2025-04-10");
  GDate long_end = date ("2027-03-01");
  PpTimelineScale scale;
  g_autoptr(GArray) months = NULL;
  g_autoptr(GArray) quarters = NULL;
  g_autoptr(GArray) years = NULL;
  const char *expected_months[] = { "2025-02-01", "2025-03-01", "2025-04-01", NULL };
  const char *expected_quarters[] = { "2025-04-01", "2025-07-01", "2025-10-01", "2026-01-01",
                                      "2026-04-01", "2026-07-01", "2026-10-01", "2027-01-01",
                                      NULL };
  const char *expected_years[] = { "2026-01-01", "2027-01-01", NULL };

  pp_timeline_scale_init (&scale, &start, &end, 800);
  months = pp_timeline_scale_ticks (&scale, PP_TIMELINE_MONTHS);
  assert_ticks (months, expected_months);

  pp_timeline_scale_init (&scale, &start, &long_end, 800);
  quarters = pp_timeline_scale_ticks (&scale, PP_TIMELINE_QUARTERS);
  assert_ticks (quarters, expected_quarters);
  years = pp_timeline_scale_ticks (&scale, PP_TIMELINE_YEARS);
  assert_ticks (years, expected_years);
}

static void
test_choose_unit (void)
{
  GDate start = date ("2025-01-01"), end = date ("2029-12-31");
  PpTimelineScale scale;

  /* Five years: months need 60 px each, quarters 20, years 4. */
  pp_timeline_scale_init (&scale, &start, &end, 3650);
  g_assert_cmpint (pp_timeline_scale_choose_unit (&scale, 50), ==, PP_TIMELINE_MONTHS);
  pp_timeline_scale_init (&scale, &start, &end, 1200);
  g_assert_cmpint (pp_timeline_scale_choose_unit (&scale, 50), ==, PP_TIMELINE_QUARTERS);
  pp_timeline_scale_init (&scale, &start, &end, 400);
  g_assert_cmpint (pp_timeline_scale_choose_unit (&scale, 50), ==, PP_TIMELINE_YEARS);
}

static void
test_format (void)
{
  GDate d = date ("2026-05-01");
  g_autofree char *month = pp_timeline_format_tick (&d, PP_TIMELINE_MONTHS);
  g_autofree char *quarter = pp_timeline_format_tick (&d, PP_TIMELINE_QUARTERS);
  g_autofree char *year = pp_timeline_format_tick (&d, PP_TIMELINE_YEARS);

  g_assert_cmpstr (month, ==, "May 2026");
  g_assert_cmpstr (quarter, ==, "Q2 2026");
  g_assert_cmpstr (year, ==, "2026");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/mapping", test_mapping);
  g_test_add_func ("/timeline/one-day", test_one_day);
  g_test_add_func ("/timeline/ticks", test_ticks);
  g_test_add_func ("/timeline/choose-unit", test_choose_unit);
  g_test_add_func ("/timeline/format", test_format);

  return g_test_run ();
}
