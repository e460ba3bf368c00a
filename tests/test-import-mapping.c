/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import-mapping.c: guessing which MoU field a register's column holds
 * from its header, in English and Russian. */

#include "config.h"

#include "pp-csv.h"
#include "pp-import-mapping.h"

static void
test_guess_english (void)
{
  g_assert_cmpint (pp_import_guess_field ("Title"), ==, PP_IMPORT_FIELD_TITLE);
  g_assert_cmpint (pp_import_guess_field ("NAME"), ==, PP_IMPORT_FIELD_TITLE);
  g_assert_cmpint (pp_import_guess_field ("Date of signing"), ==, PP_IMPORT_FIELD_SIGNED);
  g_assert_cmpint (pp_import_guess_field ("Signed:"), ==, PP_IMPORT_FIELD_SIGNED);
  g_assert_cmpint (pp_import_guess_field ("Entry into force"), ==, PP_IMPORT_FIELD_EFFECTIVE);
  g_assert_cmpint (pp_import_guess_field ("Valid until"), ==, PP_IMPORT_FIELD_EXPIRES);
  g_assert_cmpint (pp_import_guess_field ("Next follow-up"), ==, PP_IMPORT_FIELD_FOLLOW_UP);
  g_assert_cmpint (pp_import_guess_field ("Notice period (days)"), ==, PP_IMPORT_FIELD_NOTICE);
  g_assert_cmpint (pp_import_guess_field ("Party name"), ==, PP_IMPORT_FIELD_PARTIES);
  g_assert_cmpint (pp_import_guess_field ("Budget"), ==, PP_IMPORT_FIELD_IGNORE);
  g_assert_cmpint (pp_import_guess_field (""), ==, PP_IMPORT_FIELD_IGNORE);
}

static void
test_guess_russian (void)
{
  g_assert_cmpint (pp_import_guess_field ("Наименование"), ==, PP_IMPORT_FIELD_TITLE);
  g_assert_cmpint (pp_import_guess_field ("Дата подписания"), ==, PP_IMPORT_FIELD_SIGNED);
  g_assert_cmpint (pp_import_guess_field ("Дата вступления в силу (план)"), ==,
                   PP_IMPORT_FIELD_EFFECTIVE);
  g_assert_cmpint (pp_import_guess_field ("Срок действия"), ==, PP_IMPORT_FIELD_EXPIRES);
  g_assert_cmpint (pp_import_guess_field ("СТОРОНЫ"), ==, PP_IMPORT_FIELD_PARTIES);
  g_assert_cmpint (pp_import_guess_field ("Отрасль"), ==, PP_IMPORT_FIELD_SECTOR);
  g_assert_cmpint (pp_import_guess_field ("Статус"), ==, PP_IMPORT_FIELD_STATUS);
  g_assert_cmpint (pp_import_guess_field ("Примечание"), ==, PP_IMPORT_FIELD_SUMMARY);
}

static void
test_guess_mapping (void)
{
  g_autoptr(PpSheet) sheet = pp_csv_parse ("№;Наименование;Дата подписания;Title;Стороны\n"
                                           "1;Меморандум;12.04.2025;x;BelAZ\n",
                                           0, NULL, NULL);
  g_autofree PpImportField *mapping = pp_import_guess_mapping (sheet);

  g_assert_cmpint (mapping[0], ==, PP_IMPORT_FIELD_IGNORE);
  g_assert_cmpint (mapping[1], ==, PP_IMPORT_FIELD_TITLE);
  g_assert_cmpint (mapping[2], ==, PP_IMPORT_FIELD_SIGNED);
  /* A second title column is left out rather than overwriting the first. */
  g_assert_cmpint (mapping[3], ==, PP_IMPORT_FIELD_IGNORE);
  g_assert_cmpint (mapping[4], ==, PP_IMPORT_FIELD_PARTIES);
}

static void
test_find_column (void)
{
  g_autoptr(PpSheet) sheet = pp_csv_parse ("Title,Date of signing,C\nx,y,z\n", 0, NULL, NULL);
  guint column = G_MAXUINT;

  g_assert_true (pp_import_find_column (sheet, "date  of SIGNING", &column));
  g_assert_cmpuint (column, ==, 1);
  /* A header wins over a column letter of the same name. */
  g_assert_true (pp_import_find_column (sheet, "c", &column));
  g_assert_cmpuint (column, ==, 2);
  g_assert_true (pp_import_find_column (sheet, "B", &column));
  g_assert_cmpuint (column, ==, 1);
  g_assert_true (pp_import_find_column (sheet, "1", &column));
  g_assert_cmpuint (column, ==, 0);
  g_assert_false (pp_import_find_column (sheet, "D", &column));
  g_assert_false (pp_import_find_column (sheet, "4", &column));
  g_assert_false (pp_import_find_column (sheet, "0", &column));
  g_assert_false (pp_import_find_column (sheet, "Budget", &column));
}

static void
test_field_nicks (void)
{
  PpImportField field = PP_IMPORT_FIELD_IGNORE;

  for (guint i = 0; i < PP_N_IMPORT_FIELDS; i++)
    {
      g_assert_true (pp_import_field_from_nick (pp_import_field_get_nick (i), &field));
      g_assert_cmpint (field, ==, i);
      g_assert_nonnull (pp_import_field_get_display_name (i));
    }
  g_assert_true (pp_import_field_from_nick ("Follow-Up", &field));
  g_assert_cmpint (field, ==, PP_IMPORT_FIELD_FOLLOW_UP);
  g_assert_false (pp_import_field_from_nick ("budget", &field));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/mapping/guess-english", test_guess_english);
  g_test_add_func ("/import/mapping/guess-russian", test_guess_russian);
  g_test_add_func ("/import/mapping/guess-mapping", test_guess_mapping);
  g_test_add_func ("/import/mapping/find-column", test_find_column);
  g_test_add_func ("/import/mapping/field-nicks", test_field_nicks);

  return g_test_run ();
}
