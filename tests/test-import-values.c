/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import-values.c: the values of a register's cells: dates, statuses in
 * English and Russian, parties, yes and no. */

#include "config.h"

#include "pp-import-values.h"
#include "pp-sheet.h"

static void
assert_date (const char  *text,
             PpDateOrder  order,
             guint        day,
             guint        month,
             guint        year)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_assert_true (pp_import_parse_date (text, order, &date, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_date_get_day (&date), ==, day);
  g_assert_cmpuint (g_date_get_month (&date), ==, month);
  g_assert_cmpuint (g_date_get_year (&date), ==, year);
}

static void
assert_not_date (const char *text,
                 PpDateOrder order,
                 int         code)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_assert_false (pp_import_parse_date (text, order, &date, &error));
  g_assert_error (error, PP_IMPORT_ERROR, code);
}

static void
test_dates (void)
{
  assert_date ("2025-04-12", PP_DATE_ORDER_UNKNOWN, 12, 4, 2025);
  assert_date (" 2025-4-2T00:00:00 ", PP_DATE_ORDER_UNKNOWN, 2, 4, 2025);
  assert_date ("12.04.2025", PP_DATE_ORDER_UNKNOWN, 12, 4, 2025);
  assert_date ("12.04.25 10:30", PP_DATE_ORDER_UNKNOWN, 12, 4, 2025);
  assert_date ("13/04/2025", PP_DATE_ORDER_UNKNOWN, 13, 4, 2025);
  assert_date ("04/13/2025", PP_DATE_ORDER_UNKNOWN, 13, 4, 2025);
  assert_date ("05/05/2025", PP_DATE_ORDER_UNKNOWN, 5, 5, 2025);
  assert_date ("04/05/2025", PP_DATE_ORDER_DAY_FIRST, 4, 5, 2025);
  assert_date ("04/05/2025", PP_DATE_ORDER_MONTH_FIRST, 5, 4, 2025);
  /* Serial numbers, as a date cell or a number. */
  assert_date ("45759", PP_DATE_ORDER_UNKNOWN, 12, 4, 2025);
  assert_date ("45759.5", PP_DATE_ORDER_UNKNOWN, 12, 4, 2025);
}

static void
test_dates_refused (void)
{
  assert_not_date ("04/05/2025", PP_DATE_ORDER_UNKNOWN, PP_IMPORT_ERROR_AMBIGUOUS);
  assert_not_date ("31.02.2025", PP_DATE_ORDER_UNKNOWN, PP_IMPORT_ERROR_VALUE);
  assert_not_date ("2025-13-01", PP_DATE_ORDER_UNKNOWN, PP_IMPORT_ERROR_VALUE);
  assert_not_date ("spring 2025", PP_DATE_ORDER_UNKNOWN, PP_IMPORT_ERROR_VALUE);
  assert_not_date ("12.04.2025.1", PP_DATE_ORDER_UNKNOWN, PP_IMPORT_ERROR_VALUE);
  assert_not_date ("", PP_DATE_ORDER_UNKNOWN, PP_IMPORT_ERROR_VALUE);
  assert_not_date ("99999999", PP_DATE_ORDER_UNKNOWN, PP_IMPORT_ERROR_VALUE);
  /* A year alone is no day of 1905. */
  assert_not_date ("2025", PP_DATE_ORDER_UNKNOWN, PP_IMPORT_ERROR_VALUE);
  assert_not_date ("123456.04.2025", PP_DATE_ORDER_UNKNOWN, PP_IMPORT_ERROR_VALUE);
}

static void
test_serials (void)
{
  GDate date;

  g_assert_true (pp_import_date_serial (1, &date));
  g_assert_cmpuint (g_date_get_year (&date), ==, 1900);
  g_assert_cmpuint (g_date_get_day (&date), ==, 1);
  g_assert_true (pp_import_date_serial (61, &date));
  g_assert_cmpuint (g_date_get_month (&date), ==, 3);
  g_assert_cmpuint (g_date_get_day (&date), ==, 1);
  /* The 29th of February 1900 that spreadsheets count is no day. */
  g_assert_false (pp_import_date_serial (60, &date));
  g_assert_false (pp_import_date_serial (0, &date));
  g_assert_false (pp_import_date_serial (-3, &date));
  g_assert_false (pp_import_date_serial (1e12, &date));
}

static void
assert_status (const char *text,
               PpMouStatus expected)
{
  PpMouStatus status = PP_MOU_STATUS_DRAFT;

  g_assert_true (pp_import_match_status (text, &status));
  g_assert_cmpint (status, ==, expected);
}

static void
test_statuses (void)
{
  assert_status ("Signed", PP_MOU_STATUS_SIGNED);
  assert_status ("подписан", PP_MOU_STATUS_SIGNED);
  assert_status ("Подписано", PP_MOU_STATUS_SIGNED);
  assert_status ("in-force", PP_MOU_STATUS_IN_FORCE);
  assert_status ("In  force", PP_MOU_STATUS_IN_FORCE);
  assert_status ("В силе", PP_MOU_STATUS_IN_FORCE);
  assert_status ("действует", PP_MOU_STATUS_IN_FORCE);
  assert_status ("Истёк", PP_MOU_STATUS_EXPIRED);
  assert_status ("утратил силу", PP_MOU_STATUS_EXPIRED);
  assert_status ("DRAFT", PP_MOU_STATUS_DRAFT);
  assert_status ("проект", PP_MOU_STATUS_DRAFT);
  assert_status ("на согласовании", PP_MOU_STATUS_NEGOTIATION);
  assert_status ("in negotiation", PP_MOU_STATUS_NEGOTIATION);
  assert_status ("денонсировано", PP_MOU_STATUS_TERMINATED);
  assert_status ("Terminated", PP_MOU_STATUS_TERMINATED);
}

static void
test_statuses_unknown (void)
{
  PpMouStatus status = PP_MOU_STATUS_DRAFT;

  g_assert_false (pp_import_match_status ("sgned", &status));
  g_assert_false (pp_import_match_status ("", &status));
  g_assert_cmpint (status, ==, PP_MOU_STATUS_DRAFT);
}

static void
test_parties (void)
{
  g_auto(GStrv) parties = pp_import_split_parties (" Ministry of Industry ;\nBelAZ\r\n;; ");
  g_auto(GStrv) none = pp_import_split_parties ("  ");

  g_assert_cmpuint (g_strv_length (parties), ==, 2);
  g_assert_cmpstr (parties[0], ==, "Ministry of Industry");
  g_assert_cmpstr (parties[1], ==, "BelAZ");
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static void
test_booleans (void)
{
  gboolean value = FALSE;

  g_assert_true (pp_import_parse_boolean ("Yes", &value));
  g_assert_true (value);
  g_assert_true (pp_import_parse_boolean ("нет", &value));
  g_assert_false (value);
  g_assert_true (pp_import_parse_boolean ("Да", &value));
  g_assert_true (value);
  g_assert_true (pp_import_parse_boolean ("", &value));
  g_assert_false (value);
  g_assert_false (pp_import_parse_boolean ("perhaps", &value));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/values/dates", test_dates);
  g_test_add_func ("/import/values/dates-refused", test_dates_refused);
  g_test_add_func ("/import/values/serials", test_serials);
  g_test_add_func ("/import/values/statuses", test_statuses);
  g_test_add_func ("/import/values/statuses-unknown", test_statuses_unknown);
  g_test_add_func ("/import/values/parties", test_parties);
  g_test_add_func ("/import/values/booleans", test_booleans);

  return g_test_run ();
}
