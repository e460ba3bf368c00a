/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-locale.c: numbers and dates as the locale writes them (en_IN, ru_RU),
 * and unchanged under C.UTF-8, where the documents are compared. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "pp-date.h"
#include "pp-error.h"
#include "pp-format.h"

/* Switches every category to @name, or skips the test when the machine has
 * not generated that locale (.ci/install-deps does). */
static gboolean
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) == NULL)
    {
      g_autofree char *message = g_strdup_printf ("the locale %s is not installed", name);

      g_test_skip (message);
      return FALSE;
    }
  return TRUE;
}

static void
restore_locale (void)
{
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_grouping_c (void)
{
  g_autofree char *big = pp_format_count (190000000);
  g_autofree char *amount = pp_format_amount (80000000, "USD");

  g_assert_cmpstr (big, ==, "190,000,000");
  g_assert_cmpstr (amount, ==, "USD 80,000,000");
}

/* India groups by lakhs and crores after the first three digits. */
static void
test_grouping_en_in (void)
{
  g_autofree char *big = NULL;
  g_autofree char *small = NULL;
  g_autofree char *negative = NULL;
  double value;

  if (!use_locale ("en_IN.UTF-8"))
    return;
  big = pp_format_count (190000000);
  small = pp_format_count (1000);
  negative = pp_format_count (-1234567);
  g_assert_cmpstr (big, ==, "19,00,00,000");
  g_assert_cmpstr (small, ==, "1,000");
  g_assert_cmpstr (negative, ==, "-12,34,567");
  g_assert_true (pp_parse_count ("19,00,00,000", &value));
  g_assert_cmpfloat (value, ==, 190000000);
  restore_locale ();
}

/* Russian groups by threes with a narrow no-break space, so a number never
 * breaks across lines, and reads back what it writes. */
static void
test_grouping_ru_ru (void)
{
  g_autofree char *big = NULL;
  double value;

  if (!use_locale ("ru_RU.UTF-8"))
    return;
  big = pp_format_count (190000000);
  g_assert_cmpstr (big, ==, "190\u202f000\u202f000");
  g_assert_true (pp_parse_count (big, &value));
  g_assert_cmpfloat (value, ==, 190000000);
  g_assert_true (pp_parse_count ("190 000 000", &value));
  g_assert_cmpfloat (value, ==, 190000000);
  restore_locale ();
}

/* The C locale's %m/%d/%y is nobody's convention: the window shows ISO. */
static void
test_date_c (void)
{
  g_autofree char *text = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, G_DATE_APRIL, 2025);
  text = pp_date_to_display (&date);
  g_assert_cmpstr (text, ==, "2025-04-12");
  g_assert_true (pp_date_parse_local (" 2025-04-12 ", &date, NULL));
  g_assert_false (pp_date_parse_local ("04/12/25", &date, NULL));
}

static void
test_date_ru_ru (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GDate date;

  if (!use_locale ("ru_RU.UTF-8"))
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, G_DATE_APRIL, 2025);
  text = pp_date_to_display (&date);
  g_assert_cmpstr (text, ==, "12.04.2025");

  g_assert_true (pp_date_parse_local ("3.5.2026", &date, NULL));
  g_assert_cmpuint (g_date_get_day (&date), ==, 3);
  g_assert_cmpuint (g_date_get_month (&date), ==, G_DATE_MAY);
  g_assert_cmpuint (g_date_get_year (&date), ==, 2026);
  g_assert_true (pp_date_parse_local ("2026-05-04", &date, NULL));
  g_assert_cmpuint (g_date_get_day (&date), ==, 4);

  g_assert_false (pp_date_parse_local ("30.02.2025", &date, &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (pp_date_parse_local ("12.04.25", &date, &error));
  g_assert_nonnull (strstr (error->message, "25.04.2025"));
  g_clear_error (&error);
  /* Files still take ISO only. */
  g_assert_false (pp_date_parse ("12.04.2025", &date, NULL));
  restore_locale ();
}

/* en_IN writes a two-digit year; the window widens it, a plan runs for
 * decades. */
static void
test_date_en_in (void)
{
  g_autofree char *text = NULL;
  GDate date;

  if (!use_locale ("en_IN.UTF-8"))
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_DECEMBER, 2026);
  text = pp_date_to_display (&date);
  g_assert_cmpstr (text, ==, "01/12/2026");
  g_assert_true (pp_date_parse_local (text, &date, NULL));
  g_assert_cmpuint (g_date_get_month (&date), ==, G_DATE_DECEMBER);
  restore_locale ();
}

/* Right to left, the values inserted into a sentence are isolated, so that
 * an English title keeps its own direction inside Urdu, and a translated
 * sentence opens with a right-to-left mark, so that one starting with an
 * English title is still laid out right to left. Left to right nothing is
 * added. */
static void
test_sentence_isolated (void)
{
  g_autofree char *ltr = pp_sentence_new_in (FALSE, "%s: %u of %.1f %%", "Agreement", 7, 2.5);
  g_autofree char *urdu = pp_sentence_new_in (TRUE, "%2$s میں سے %1$u", 7, "MoU");
  g_autofree char *title = pp_sentence_new_in (TRUE, "%s: %s", "Agreement", "میعاد ختم");
  g_autofree char *english = pp_sentence_new_in (TRUE, "Deleted “%s”", "Agreement");
  g_autofree char *window = pp_sentence_new ("%s: %u", "Agreement", 7);

  g_assert_cmpstr (ltr, ==, "Agreement: 7 of 2.5 %");
  g_assert_cmpstr (urdu, ==, "\u200f\u2068MoU\u2069 میں سے \u20687\u2069");
  g_assert_cmpstr (title, ==, "\u200f\u2068Agreement\u2069: \u2068میعاد ختم\u2069");
  /* A message left in English keeps its direction. */
  g_assert_cmpstr (english, ==, "Deleted “\u2068Agreement\u2069”");
  /* Under C.UTF-8 the messages, and so the sentences, are left to right. */
  g_assert_false (pp_format_get_rtl ());
  g_assert_cmpstr (window, ==, "Agreement: 7");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/locale/grouping/c", test_grouping_c);
  g_test_add_func ("/locale/grouping/en-in", test_grouping_en_in);
  g_test_add_func ("/locale/grouping/ru-ru", test_grouping_ru_ru);
  g_test_add_func ("/locale/date/c", test_date_c);
  g_test_add_func ("/locale/date/ru-ru", test_date_ru_ru);
  g_test_add_func ("/locale/date/en-in", test_date_en_in);
  g_test_add_func ("/locale/sentence/isolated", test_sentence_isolated);

  return g_test_run ();
}
