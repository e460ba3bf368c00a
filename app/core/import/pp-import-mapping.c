/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-mapping.c: the MoU fields a register's columns can hold, and the
 * guess of each column's field from its header. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pp-import-mapping.h"
#include "pp-import-values.h"

typedef struct
{
  const char *nick;            /* for --map COLUMN=FIELD */
  const char *display_name;
  const char *headers[16];     /* folded (see pp_import_fold()), NULL-terminated */
} FieldInfo;

static const FieldInfo fields[PP_N_IMPORT_FIELDS] = {
  [PP_IMPORT_FIELD_IGNORE] = { "ignore", N_("Ignore"), { NULL } },
  [PP_IMPORT_FIELD_TITLE] = { "title", N_("Title"),
    { "title", "name", "subject", "agreement", "memorandum", "mou", "document",
      "наименование", "название", "тема", "предмет", "документ", "соглашение", NULL } },
  [PP_IMPORT_FIELD_SECTOR] = { "sector", N_("Sector"),
    { "sector", "area", "field", "industry", "отрасль", "сектор", "сфера", "направление",
      NULL } },
  [PP_IMPORT_FIELD_STATUS] = { "status", N_("Status"),
    { "status", "state", "stage", "статус", "состояние", "стадия", NULL } },
  [PP_IMPORT_FIELD_PARTIES] = { "parties", N_("Parties"),
    { "parties", "party", "organisations", "organizations", "signatories", "counterparts",
      "стороны", "участники", "организации", "подписанты", "стороны соглашения", NULL } },
  [PP_IMPORT_FIELD_SIGNED] = { "signed", N_("Signed"),
    { "signed", "signed on", "date signed", "date of signing", "signing date", "signature date",
      "дата подписания", "подписан", "подписано", "дата", NULL } },
  [PP_IMPORT_FIELD_EFFECTIVE] = { "effective", N_("In force from"),
    { "effective", "effective on", "effective from", "in force from", "entry into force",
      "date of entry into force", "вступление в силу", "дата вступления в силу",
      "действует с", "вступил в силу", NULL } },
  [PP_IMPORT_FIELD_EXPIRES] = { "expires", N_("Expires"),
    { "expires", "expires on", "expiry", "expiry date", "expiration", "expiration date",
      "valid until", "end date", "срок действия", "действует до", "дата окончания",
      "истекает", "окончание", NULL } },
  [PP_IMPORT_FIELD_RENEWAL] = { "renewal", N_("Renews automatically"),
    { "renewal", "automatic renewal", "auto renewal", "renews automatically", "пролонгация",
      "автоматическое продление", "продление", "автопролонгация", NULL } },
  [PP_IMPORT_FIELD_NOTICE] = { "notice", N_("Notice (days)"),
    { "notice", "notice days", "notice period", "notice period days",
      "срок уведомления", "уведомление", "уведомление дней", NULL } },
  [PP_IMPORT_FIELD_SUMMARY] = { "summary", N_("Summary"),
    { "summary", "description", "notes", "note", "comments", "content", "описание",
      "содержание", "примечание", "примечания", "комментарий", NULL } },
  [PP_IMPORT_FIELD_FOLLOW_UP] = { "follow-up", N_("Next follow-up"),
    { "next follow up", "follow up", "next step", "next action", "next steps",
      "следующий шаг", "контроль", "мероприятие", "следующие шаги", NULL } },
};

const char *
pp_import_field_get_nick (PpImportField field)
{
  g_return_val_if_fail (field < PP_N_IMPORT_FIELDS, NULL);

  return fields[field].nick;
}

const char *
pp_import_field_get_display_name (PpImportField field)
{
  g_return_val_if_fail (field < PP_N_IMPORT_FIELDS, NULL);

  return _(fields[field].display_name);
}

gboolean
pp_import_field_from_nick (const char    *nick,
                           PpImportField *field)
{
  g_return_val_if_fail (nick != NULL, FALSE);

  for (guint i = 0; i < PP_N_IMPORT_FIELDS; i++)
    if (g_ascii_strcasecmp (nick, fields[i].nick) == 0)
      {
        *field = i;
        return TRUE;
      }
  return FALSE;
}

static PpImportField
find_whole (const char *folded)
{
  for (guint i = 0; i < PP_N_IMPORT_FIELDS; i++)
    for (guint j = 0; fields[i].headers[j] != NULL; j++)
      if (g_str_equal (folded, fields[i].headers[j]))
        return i;
  return PP_IMPORT_FIELD_IGNORE;
}

/* The field of the longest name that @folded contains, so that "Дата
 * вступления в силу (план)" is the date in force and not the plain "дата". */
static PpImportField
find_within (const char *folded)
{
  PpImportField best = PP_IMPORT_FIELD_IGNORE;
  gsize best_length = 0;

  for (guint i = 0; i < PP_N_IMPORT_FIELDS; i++)
    for (guint j = 0; fields[i].headers[j] != NULL; j++)
      {
        const char *header = fields[i].headers[j];
        gsize length = strlen (header);

        if (length > best_length && g_utf8_strlen (header, -1) >= 4
            && strstr (folded, header) != NULL)
          {
            best = i;
            best_length = length;
          }
      }
  return best;
}

/**
 * pp_import_guess_field:
 * @header: a column's header ("Date of signing", "Наименование:", …)
 *
 * Returns: the field a header of that name usually holds; a header that
 *   names none exactly is matched by the longer names it contains
 *   ("Дата подписания (факт)")
 */
PpImportField
pp_import_guess_field (const char *header)
{
  g_autofree char *folded = NULL;
  PpImportField field;

  g_return_val_if_fail (header != NULL, PP_IMPORT_FIELD_IGNORE);

  folded = pp_import_fold (header);
  if (folded[0] == '\0')
    return PP_IMPORT_FIELD_IGNORE;
  field = find_whole (folded);
  if (field == PP_IMPORT_FIELD_IGNORE)
    field = find_within (folded);
  return field;
}

/**
 * pp_import_guess_mapping:
 * @sheet: a sheet whose first row holds the headers
 *
 * Guesses each column's field from its header; a field goes to the first
 * column that names it, and later ones are ignored.
 *
 * Returns: (transfer full) (array): one field per column of @sheet
 */
PpImportField *
pp_import_guess_mapping (PpSheet *sheet)
{
  guint n_columns = pp_sheet_get_n_columns (sheet);
  PpImportField *mapping = g_new0 (PpImportField, MAX (n_columns, 1));
  gboolean taken[PP_N_IMPORT_FIELDS] = { FALSE };

  if (pp_sheet_get_n_rows (sheet) == 0)
    return mapping;
  for (guint column = 0; column < n_columns; column++)
    {
      PpImportField field = pp_import_guess_field (pp_sheet_get_cell (sheet, 0, column));

      if (field != PP_IMPORT_FIELD_IGNORE && !taken[field])
        {
          mapping[column] = field;
          taken[field] = TRUE;
        }
    }
  return mapping;
}

/* "C" is column 2, "AA" column 26; %FALSE for anything but letters. */
static gboolean
column_from_letters (const char *name,
                     guint      *column)
{
  guint value = 0;

  if (name[0] == '\0' || strlen (name) > 3)
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    {
      if (!g_ascii_isalpha (*p))
        return FALSE;
      value = value * 26 + (guint) (g_ascii_toupper (*p) - 'A' + 1);
    }
  *column = value - 1;
  return TRUE;
}

/**
 * pp_import_find_column:
 * @sheet: a sheet whose first row holds the headers
 * @name: a column's header (compared as pp_import_fold() does), else its
 *   letter as a spreadsheet shows it ("C"), else its number from 1
 * @column: (out): the column, from 0
 *
 * Returns: whether @sheet has such a column
 */
gboolean
pp_import_find_column (PpSheet    *sheet,
                       const char *name,
                       guint      *column)
{
  g_autofree char *folded = pp_import_fold (name);
  guint n_columns = pp_sheet_get_n_columns (sheet);
  char *end = NULL;
  guint64 number;

  for (guint i = 0; i < n_columns && pp_sheet_get_n_rows (sheet) > 0; i++)
    {
      g_autofree char *header = pp_import_fold (pp_sheet_get_cell (sheet, 0, i));

      if (folded[0] != '\0' && g_str_equal (header, folded))
        {
          *column = i;
          return TRUE;
        }
    }
  if (column_from_letters (name, column))
    return *column < n_columns;
  number = g_ascii_strtoull (name, &end, 10);
  if (end == name || *end != '\0' || number == 0 || number > n_columns)
    return FALSE;
  *column = (guint) number - 1;
  return TRUE;
}
