/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import-csv.c: reading registers kept as CSV or tab-separated text:
 * encodings, delimiters, quoted cells, and the files that cannot be read. */

#include "config.h"

#include <string.h>

#include "pp-csv.h"

static char *
decode (const char  *data,
        gsize        length,
        const char  *encoding,
        char       **detected)
{
  g_autoptr(GError) error = NULL;
  char *text = pp_csv_decode (data, length, encoding, detected, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static PpSheet *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  PpSheet *sheet = pp_csv_parse (text, 0, "register", &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

static void
test_decode_utf8 (void)
{
  g_autofree char *detected = NULL;
  g_autofree char *text = decode ("Title\nМинск", strlen ("Title\nМинск"), NULL, &detected);

  g_assert_cmpstr (detected, ==, "UTF-8");
  g_assert_cmpstr (text, ==, "Title\nМинск");
}

static void
test_decode_utf8_bom (void)
{
  static const char data[] = "\xEF\xBB\xBFTitle,Signed\n";
  g_autofree char *detected = NULL;
  g_autofree char *text = decode (data, sizeof data - 1, NULL, &detected);

  g_assert_cmpstr (detected, ==, "UTF-8");
  g_assert_cmpstr (text, ==, "Title,Signed\n");
}

static void
test_decode_utf16 (void)
{
  /* "Т\tA\n" as Excel's "Unicode text" writes it: little-endian with a mark. */
  static const char data[] = "\xFF\xFE\x22\x04\x09\x00\x41\x00\x0A\x00";
  g_autofree char *detected = NULL;
  g_autofree char *text = decode (data, sizeof data - 1, NULL, &detected);

  g_assert_cmpstr (detected, ==, "UTF-16LE");
  g_assert_cmpstr (text, ==, "Т\tA\n");
}

static void
test_decode_windows_1251 (void)
{
  /* "Минск;Брест" in Windows-1251. */
  static const char data[] = "\xCC\xE8\xED\xF1\xEA;\xC1\xF0\xE5\xF1\xF2";
  g_autofree char *detected = NULL;
  g_autofree char *text = decode (data, sizeof data - 1, NULL, &detected);

  g_assert_cmpstr (detected, ==, "WINDOWS-1251");
  g_assert_cmpstr (text, ==, "Минск;Брест");
}

static void
test_decode_windows_1252 (void)
{
  /* "Müller,Zürich café" in Windows-1252. */
  static const char data[] = "M\xFCller,Z\xFCrich caf\xE9";
  g_autofree char *detected = NULL;
  g_autofree char *text = decode (data, sizeof data - 1, NULL, &detected);

  g_assert_cmpstr (detected, ==, "WINDOWS-1252");
  g_assert_cmpstr (text, ==, "Müller,Zürich café");
}

static void
test_decode_chosen (void)
{
  /* The user's choice wins over the guess. */
  static const char data[] = "M\xFCller";
  g_autofree char *text = decode (data, sizeof data - 1, "WINDOWS-1251", NULL);

  g_assert_cmpstr (text, ==, "Mьller");
}

static void
test_decode_zero_byte (void)
{
  static const char data[] = "Title\0rest";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = pp_csv_decode (data, sizeof data - 1, NULL, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_ENCODING);
}

static void
test_decode_wrong_chosen (void)
{
  static const char data[] = "\xFF\xFF\xFF";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = pp_csv_decode (data, sizeof data - 1, "UTF-8", NULL, &error);

  g_assert_null (text);
  g_assert_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "UTF-8"));
}

static void
test_delimiter (void)
{
  g_assert_cmpint (pp_csv_detect_delimiter ("a,b,c\n1,2,3\n"), ==, ',');
  g_assert_cmpint (pp_csv_detect_delimiter ("a;b;c\n1,5;2;3\n"), ==, ';');
  g_assert_cmpint (pp_csv_detect_delimiter ("a\tb, c\n1\t2, 3\n"), ==, '\t');
  /* Commas inside quotes do not count. */
  g_assert_cmpint (pp_csv_detect_delimiter ("\"a,b,c\";d\n\"1,2\";3\n"), ==, ';');
  g_assert_cmpint (pp_csv_detect_delimiter ("title\n"), ==, ',');
}

static void
test_parse_quoted (void)
{
  g_autoptr(PpSheet) sheet = parse ("Title,Summary\r\n"
                                    "\"Mining, Minsk\",\"Line one\nline \"\"two\"\"\"\r\n"
                                    "=1+1,\n");

  g_assert_cmpuint (pp_sheet_get_n_rows (sheet), ==, 3);
  g_assert_cmpuint (pp_sheet_get_n_columns (sheet), ==, 2);
  g_assert_cmpstr (pp_sheet_get_name (sheet), ==, "register");
  g_assert_cmpstr (pp_sheet_get_cell (sheet, 1, 0), ==, "Mining, Minsk");
  g_assert_cmpstr (pp_sheet_get_cell (sheet, 1, 1), ==, "Line one\nline \"two\"");
  /* A formula is text to us, never worked out. */
  g_assert_cmpstr (pp_sheet_get_cell (sheet, 2, 0), ==, "=1+1");
  g_assert_cmpstr (pp_sheet_get_cell (sheet, 2, 1), ==, "");
  g_assert_cmpstr (pp_sheet_get_cell (sheet, 2, 5), ==, "");
}

static void
test_parse_blank_rows_kept (void)
{
  /* Row numbers must stay those the spreadsheet shows. */
  g_autoptr(PpSheet) sheet = parse ("Title\n\nSecond\rThird");

  g_assert_cmpuint (pp_sheet_get_n_rows (sheet), ==, 4);
  g_assert_cmpstr (pp_sheet_get_cell (sheet, 1, 0), ==, "");
  g_assert_cmpstr (pp_sheet_get_cell (sheet, 2, 0), ==, "Second");
  g_assert_cmpstr (pp_sheet_get_cell (sheet, 3, 0), ==, "Third");
}

static void
test_parse_open_quote (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpSheet) sheet = pp_csv_parse ("Title\nok\n\"never closed\n", 0, NULL, &error);

  g_assert_null (sheet);
  g_assert_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "Row 3"));
}

static void
test_parse_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpSheet) sheet = pp_csv_parse ("", 0, NULL, &error);

  g_assert_null (sheet);
  g_assert_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_EMPTY);
}

static void
test_parse_too_many_columns (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpSheet) sheet = NULL;

  for (guint i = 0; i <= PP_SHEET_MAX_COLUMNS; i++)
    g_string_append (text, "x,");
  sheet = pp_csv_parse (text->str, ',', NULL, &error);
  g_assert_null (sheet);
  g_assert_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_LIMIT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/csv/decode/utf8", test_decode_utf8);
  g_test_add_func ("/import/csv/decode/utf8-bom", test_decode_utf8_bom);
  g_test_add_func ("/import/csv/decode/utf16", test_decode_utf16);
  g_test_add_func ("/import/csv/decode/windows-1251", test_decode_windows_1251);
  g_test_add_func ("/import/csv/decode/windows-1252", test_decode_windows_1252);
  g_test_add_func ("/import/csv/decode/chosen", test_decode_chosen);
  g_test_add_func ("/import/csv/decode/zero-byte", test_decode_zero_byte);
  g_test_add_func ("/import/csv/decode/wrong-chosen", test_decode_wrong_chosen);
  g_test_add_func ("/import/csv/delimiter", test_delimiter);
  g_test_add_func ("/import/csv/parse/quoted", test_parse_quoted);
  g_test_add_func ("/import/csv/parse/blank-rows-kept", test_parse_blank_rows_kept);
  g_test_add_func ("/import/csv/parse/open-quote", test_parse_open_quote);
  g_test_add_func ("/import/csv/parse/empty", test_parse_empty);
  g_test_add_func ("/import/csv/parse/too-many-columns", test_parse_too_many_columns);

  return g_test_run ();
}
