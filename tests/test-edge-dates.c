/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-edge-dates.c: dates at the edges of what a file holds, 0001-01-01
 * and 9999-12-31, export and sum up with no GLib-CRITICAL (the tests run
 * with criticals fatal). */

#include "config.h"

#include "pp-date.h"
#include "pp-export.h"
#include "pp-summary.h"
#include "pp-test-util.h"

static void
test_add_days_within (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 10, G_DATE_JANUARY, 1);
  pp_date_add_days_within (&date, -15);
  g_assert_cmpuint (g_date_get_julian (&date), ==, 1);

  g_date_set_dmy (&date, 20, G_DATE_DECEMBER, 9999);
  pp_date_add_days_within (&date, 15);
  g_assert_cmpuint (g_date_get_year (&date), ==, 9999);
  g_assert_cmpuint (g_date_get_day (&date), ==, 31);

  g_date_set_dmy (&date, 1, G_DATE_MARCH, 2024);
  pp_date_add_days_within (&date, -1);
  g_assert_cmpuint (g_date_get_day (&date), ==, 29);
}

static void
test_export (gconstpointer data)
{
  PpExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(PpPortfolio) portfolio = pp_test_load_fixture ("dates/edge-dates.json");
  g_auto(PpExportOptions) options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  pp_export_options_init (&options);
  bytes = pp_export_to_bytes (portfolio, format, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
}

static void
test_summary (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_fixture ("dates/edge-dates.json");
  g_autoptr(PpSummary) summary = NULL;

  g_setenv ("PP_TODAY", "0001-01-01", TRUE);
  summary = pp_summary_new (portfolio);
  g_assert_nonnull (pp_summary_get_agenda (summary));
  g_unsetenv ("PP_TODAY");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/edge-dates/add-days-within", test_add_days_within);
  g_test_add_data_func ("/edge-dates/export/html", GINT_TO_POINTER (PP_EXPORT_FORMAT_HTML),
                        test_export);
  g_test_add_data_func ("/edge-dates/export/pdf", GINT_TO_POINTER (PP_EXPORT_FORMAT_PDF),
                        test_export);
  g_test_add_data_func ("/edge-dates/export/markdown",
                        GINT_TO_POINTER (PP_EXPORT_FORMAT_MARKDOWN), test_export);
  g_test_add_func ("/edge-dates/summary", test_summary);

  return g_test_run ();
}
