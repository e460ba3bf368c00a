/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-values.c: reading the values of a register's cells. */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pp-enum-types.h"
#include "pp-import-values.h"
#include "pp-sheet.h"

/* The largest serial number a spreadsheet gives a date: 9999-12-31. */
#define MAX_SERIAL 2958465
/* Numbers written as text are taken for serial dates from 1910 on, so that a
 * year alone ("2025") is refused rather than read as a day of 1905. */
#define MIN_TEXT_SERIAL 3654

typedef struct
{
  const char *word;
  PpMouStatus status;
} StatusWord;

/* Compared after folding case and "ё" to "е"; the words a register in
 * English or Russian uses, whatever the language of the window. */
static const StatusWord status_words[] = {
  { "draft", PP_MOU_STATUS_DRAFT },
  { "проект", PP_MOU_STATUS_DRAFT },
  { "черновик", PP_MOU_STATUS_DRAFT },
  { "in negotiation", PP_MOU_STATUS_NEGOTIATION },
  { "negotiation", PP_MOU_STATUS_NEGOTIATION },
  { "under negotiation", PP_MOU_STATUS_NEGOTIATION },
  { "на согласовании", PP_MOU_STATUS_NEGOTIATION },
  { "согласование", PP_MOU_STATUS_NEGOTIATION },
  { "переговоры", PP_MOU_STATUS_NEGOTIATION },
  { "signed", PP_MOU_STATUS_SIGNED },
  { "подписан", PP_MOU_STATUS_SIGNED },
  { "подписано", PP_MOU_STATUS_SIGNED },
  { "подписана", PP_MOU_STATUS_SIGNED },
  { "in force", PP_MOU_STATUS_IN_FORCE },
  { "in-force", PP_MOU_STATUS_IN_FORCE },
  { "active", PP_MOU_STATUS_IN_FORCE },
  { "в силе", PP_MOU_STATUS_IN_FORCE },
  { "действует", PP_MOU_STATUS_IN_FORCE },
  { "действующий", PP_MOU_STATUS_IN_FORCE },
  { "вступил в силу", PP_MOU_STATUS_IN_FORCE },
  { "вступило в силу", PP_MOU_STATUS_IN_FORCE },
  { "expired", PP_MOU_STATUS_EXPIRED },
  { "истек", PP_MOU_STATUS_EXPIRED },
  { "истекло", PP_MOU_STATUS_EXPIRED },
  { "истек срок", PP_MOU_STATUS_EXPIRED },
  { "утратил силу", PP_MOU_STATUS_EXPIRED },
  { "утратило силу", PP_MOU_STATUS_EXPIRED },
  { "terminated", PP_MOU_STATUS_TERMINATED },
  { "прекращено", PP_MOU_STATUS_TERMINATED },
  { "прекращен", PP_MOU_STATUS_TERMINATED },
  { "денонсировано", PP_MOU_STATUS_TERMINATED },
  { "денонсирован", PP_MOU_STATUS_TERMINATED },
  { "расторгнуто", PP_MOU_STATUS_TERMINATED },
};

static gboolean
fail_date (const char  *text,
           GError     **error)
{
  g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_VALUE,
               _("“%s” is not a date (write it as 2025-04-12 or 12.04.2025)"), text);
  return FALSE;
}

/* Reads up to three numbers separated by @separator; returns how many. */
static guint
read_parts (const char *text,
            char        separator,
            guint       parts[3],
            guint       widths[3])
{
  const char *p = text;
  guint n = 0;

  while (n < 3)
    {
      const char *start = p;
      guint64 value = 0;

      while (g_ascii_isdigit (*p) && p - start < 4)
        value = value * 10 + (guint64) (*p++ - '0');
      if (p == start)
        return 0;
      parts[n] = (guint) value;
      widths[n++] = (guint) (p - start);
      if (*p == '\0')
        break;
      if (*p != separator || n == 3)
        return 0;
      p++;
    }
  return n;
}

static guint
full_year (guint year,
           guint width)
{
  /* Two-digit years: 25 is 2025, 99 is 1999. */
  if (width == 2)
    return year < 70 ? 2000 + year : 1900 + year;
  return width == 4 ? year : 0;
}

static gboolean
set_dmy (const char  *text,
         guint        day,
         guint        month,
         guint        year,
         GDate       *date,
         GError     **error)
{
  if (year == 0 || day > 31 || month > 12 || !g_date_valid_dmy (day, month, year))
    return fail_date (text, error);
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
parse_slashed (const char  *text,
               guint        parts[3],
               guint        widths[3],
               PpDateOrder  order,
               GDate       *date,
               GError     **error)
{
  guint year = full_year (parts[2], widths[2]);
  gboolean day_first;

  if (parts[0] > 12)
    day_first = TRUE;
  else if (parts[1] > 12)
    day_first = FALSE;
  else if (parts[0] == parts[1] || order != PP_DATE_ORDER_UNKNOWN)
    day_first = order != PP_DATE_ORDER_MONTH_FIRST;
  else
    {
      g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_AMBIGUOUS,
                   _("“%s” could be day first or month first: say which the register uses"),
                   text);
      return FALSE;
    }
  if (day_first)
    return set_dmy (text, parts[0], parts[1], year, date, error);
  return set_dmy (text, parts[1], parts[0], year, date, error);
}

static gboolean
parse_serial (const char  *text,
              GDate       *date)
{
  char *end = NULL;
  double serial;

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  serial = g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0' && serial >= MIN_TEXT_SERIAL
         && pp_import_date_serial (serial, date);
}

/**
 * pp_import_parse_date:
 * @text: a cell's text: "2025-04-12", "12.04.2025", "12/04/2025", "45759",
 *   with or without a time after it
 * @order: how to read a slashed date whose first two numbers are both 12 or less
 * @date: (out caller-allocates): the date
 * @error: return location for an error, %PP_IMPORT_ERROR_AMBIGUOUS when
 *   @order is %PP_DATE_ORDER_UNKNOWN and the date reads either way
 *
 * Returns: whether @text is a date
 */
gboolean
pp_import_parse_date (const char   *text,
                      PpDateOrder   order,
                      GDate        *date,
                      GError      **error)
{
  g_autofree char *day = g_strstrip (g_strdup (text));
  guint parts[3];
  guint widths[3];

  g_return_val_if_fail (text != NULL, FALSE);

  /* The time a spreadsheet writes after the date is of no use here. */
  day[strcspn (day, " T")] = '\0';
  if (parse_serial (day, date))
    return TRUE;
  if (read_parts (day, '-', parts, widths) == 3 && widths[0] == 4)
    return set_dmy (text, parts[2], parts[1], parts[0], date, error);
  if (read_parts (day, '.', parts, widths) == 3)
    return set_dmy (text, parts[0], parts[1], full_year (parts[2], widths[2]), date, error);
  if (read_parts (day, '/', parts, widths) == 3)
    return parse_slashed (text, parts, widths, order, date, error);
  return fail_date (text, error);
}

/**
 * pp_import_date_serial:
 * @serial: a spreadsheet's serial number of a day (1 is 1900-01-01)
 * @date: (out caller-allocates): the date
 *
 * Counts as spreadsheets do, with the 29th of February 1900 that never was
 * (serial 60), so that every later serial lands on the day a spreadsheet shows.
 *
 * Returns: whether @serial is a day a spreadsheet can show
 */
gboolean
pp_import_date_serial (double  serial,
                       GDate  *date)
{
  guint days;

  if (!(serial >= 1 && serial < MAX_SERIAL + 1) || (guint) serial == 60)
    return FALSE;
  days = (guint) serial;
  g_date_clear (date, 1);
  g_date_set_dmy (date, 31, 12, 1899);
  g_date_add_days (date, days < 60 ? days : days - 1);
  return TRUE;
}

/**
 * pp_import_fold:
 * @text: a cell's or a header's text
 *
 * Folds the differences that do not matter when matching words a register
 * writes: case, "ё" for "е", and how many spaces or underscores stand between
 * words.
 *
 * Returns: (transfer full): the folded text
 */
char *
pp_import_fold (const char *text)
{
  g_autofree char *down = g_utf8_casefold (text, -1);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = NULL;
  g_auto(GStrv) kept = NULL;

  for (const char *p = down; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x0451)
        c = 0x0435;
      if (g_unichar_isspace (c) || g_unichar_ispunct (c))
        c = ' ';
      g_string_append_unichar (out, c);
    }
  words = g_strsplit (out->str, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (builder, words[i]);
  kept = g_strv_builder_end (builder);
  return g_strjoinv (" ", kept);
}

/**
 * pp_import_match_status:
 * @text: a cell's text: "Signed", "в силе", "in-force", …
 * @status: (out): the status it names
 *
 * Returns: whether @text names a status, in English, Russian or as the file
 *   format writes it
 */
gboolean
pp_import_match_status (const char  *text,
                        PpMouStatus *status)
{
  g_autofree char *folded = NULL;
  int value;

  g_return_val_if_fail (text != NULL, FALSE);

  folded = pp_import_fold (text);
  if (pp_enum_from_nick (PP_TYPE_MOU_STATUS, folded, &value))
    {
      *status = value;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (status_words); i++)
    if (g_str_equal (folded, status_words[i].word))
      {
        *status = status_words[i].status;
        return TRUE;
      }
  return FALSE;
}

/**
 * pp_import_split_parties:
 * @text: a cell naming one party or several, split by ";" or line breaks
 *
 * Returns: (transfer full): the names, trimmed, without empty ones
 */
GStrv
pp_import_split_parties (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = g_strsplit_set (text, ";\n\r", -1);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_strstrip (names[i]);
      if (names[i][0] != '\0')
        g_strv_builder_add (builder, names[i]);
    }
  return g_strv_builder_end (builder);
}

/**
 * pp_import_parse_boolean:
 * @text: "yes", "no", "да", "нет", "true", "1", …; blank is no
 * @value: (out): what it says
 *
 * Returns: whether @text says yes or no
 */
gboolean
pp_import_parse_boolean (const char *text,
                         gboolean   *value)
{
  static const char *yes[] = { "yes", "y", "true", "1", "x", "да", "automatic", "автоматически" };
  static const char *no[] = { "", "no", "n", "false", "0", "нет", "manual", "вручную" };
  g_autofree char *folded = pp_import_fold (text);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (folded, yes[i]))
      {
        *value = TRUE;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (folded, no[i]))
      {
        *value = FALSE;
        return TRUE;
      }
  return FALSE;
}
