/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-xlsx.c: the sheets of an Office Open XML workbook (.xlsx), as cell text.
 *
 * Reads the parts a register needs and nothing else: the list of sheets, the
 * shared strings, which cell styles are dates, and each sheet's cells. Date
 * cells become ISO dates; formulas give the value the spreadsheet last
 * worked out; everything else is its text.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pp-archive.h"
#include "pp-import-values.h"
#include "pp-xml.h"
#include "pp-xlsx.h"

typedef struct
{
  GsfInfile *archive;
  GPtrArray *strings;     /* the shared strings */
  GArray *date_styles;    /* of gboolean, per cell style */
} Workbook;

/* Shared strings are <si> items of <t> runs; <rPh> holds phonetic guides,
 * which are not part of the text. */
static gboolean
read_strings (Workbook  *book,
              GError   **error)
{
  static const char *path = "xl/sharedStrings.xml";
  g_autoptr(GBytes) part = NULL;
  g_autoptr(GString) item = NULL;
  xmlTextReaderPtr reader;
  gboolean phonetic = FALSE;
  int status;

  if (!pp_archive_has_part (book->archive, path))
    return TRUE;
  reader = pp_archive_open_xml (book->archive, path, &part, error);
  if (reader == NULL)
    return FALSE;
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (pp_xml_is_start (reader, "si"))
        item = g_string_new (NULL);
      else if (pp_xml_is_start (reader, "rPh"))
        phonetic = !pp_xml_is_empty (reader);
      else if (pp_xml_is_end (reader, "rPh"))
        phonetic = FALSE;
      else if (pp_xml_is_start (reader, "t") && item != NULL && !phonetic)
        {
          g_autofree char *text = pp_xml_text (reader);

          g_string_append (item, text);
        }
      else if (pp_xml_is_end (reader, "si") && item != NULL)
        g_ptr_array_add (book->strings, g_string_free (g_steal_pointer (&item), FALSE));
      if (pp_xml_is_start (reader, "si") && pp_xml_is_empty (reader))
        g_ptr_array_add (book->strings, g_string_free (g_steal_pointer (&item), FALSE));
    }
  xmlFreeTextReader (reader);
  return status == 0 || pp_xml_damaged (path, error);
}

/* Whether a number format shows a date: the built-in ones, or a code with
 * day, month or year letters outside quotes and brackets. */
static gboolean
format_is_date (guint       id,
                const char *code)
{
  gboolean quoted = FALSE;
  int bracket = 0;

  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
    return TRUE;
  if (code == NULL)
    return FALSE;
  for (const char *p = code; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == '[')
        bracket++;
      else if (*p == ']' && bracket > 0)
        bracket--;
      else if (*p == '\\' && p[1] != '\0')
        p++;
      else if (!quoted && bracket == 0 && strchr ("dDmMyY", *p) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
read_styles (Workbook  *book,
             GError   **error)
{
  static const char *path = "xl/styles.xml";
  g_autoptr(GBytes) part = NULL;
  g_autoptr(GHashTable) codes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  xmlTextReaderPtr reader;
  gboolean in_cell_xfs = FALSE;
  int status;

  if (!pp_archive_has_part (book->archive, path))
    return TRUE;
  reader = pp_archive_open_xml (book->archive, path, &part, error);
  if (reader == NULL)
    return FALSE;
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (pp_xml_is_start (reader, "numFmt"))
        {
          g_autofree char *id = pp_xml_attribute (reader, "numFmtId");

          g_hash_table_insert (codes, GUINT_TO_POINTER (atoi (id != NULL ? id : "0")),
                               pp_xml_attribute (reader, "formatCode"));
        }
      else if (pp_xml_is_start (reader, "cellXfs"))
        in_cell_xfs = !pp_xml_is_empty (reader);
      else if (pp_xml_is_end (reader, "cellXfs"))
        in_cell_xfs = FALSE;
      else if (in_cell_xfs && pp_xml_is_start (reader, "xf"))
        {
          g_autofree char *text = pp_xml_attribute (reader, "numFmtId");
          guint id = (guint) atoi (text != NULL ? text : "0");
          gboolean date = format_is_date (id, g_hash_table_lookup (codes, GUINT_TO_POINTER (id)));

          g_array_append_val (book->date_styles, date);
        }
    }
  xmlFreeTextReader (reader);
  return status == 0 || pp_xml_damaged (path, error);
}


/* "C12" is column 2; %G_MAXUINT for a reference with no letters. */
static guint
column_of (const char *reference)
{
  guint column = 0;
  const char *p = reference;

  for (; p != NULL && g_ascii_isalpha (*p) && column <= PP_SHEET_MAX_COLUMNS; p++)
    column = column * 26 + (guint) (g_ascii_toupper (*p) - 'A' + 1);
  return p == reference || p == NULL ? G_MAXUINT : column - 1;
}

typedef struct
{
  Workbook *book;
  const char *path;
  PpSheet *sheet;
  GPtrArray *row;   /* of char *, the cells of the row being read */
} SheetReader;

static gboolean
too_large (GError **error)
{
  /* Translators: "1000 columns", put into "The sheet has more than 1000000 rows or
   * 1000 columns": write the form that follows "more than". */
  g_autofree char *columns = g_strdup_printf (ngettext ("%d column", "%d columns",
                                                        PP_SHEET_MAX_COLUMNS),
                                              PP_SHEET_MAX_COLUMNS);

  g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_LIMIT,
               /* Translators: why a workbook cannot be imported, "The sheet has more than
                * 1000000 rows or 1000 columns"; %s is the number of columns ("1000
                * columns"). */
               ngettext ("The sheet has more than %d row or %s",
                         "The sheet has more than %d rows or %s", PP_SHEET_MAX_ROWS),
               PP_SHEET_MAX_ROWS, columns);
  return FALSE;
}

static gboolean
end_row (SheetReader  *self,
         GError      **error)
{
  g_ptr_array_add (self->row, NULL);
  return pp_sheet_append_row (self->sheet, (GStrv) g_ptr_array_steal (self->row, NULL), error);
}

/* A row numbered past the one expected means the rows between are blank. */
static gboolean
begin_row (SheetReader       *self,
           xmlTextReaderPtr   reader,
           GError           **error)
{
  g_autofree char *number = pp_xml_attribute (reader, "r");
  guint64 wanted = number != NULL ? g_ascii_strtoull (number, NULL, 10) : 0;

  if (wanted > PP_SHEET_MAX_ROWS)
    return too_large (error);
  while (wanted > pp_sheet_get_n_rows (self->sheet) + 1)
    if (!end_row (self, error))
      return FALSE;
  return TRUE;
}

static char *
cell_value (SheetReader *self,
            const char  *type,
            const char  *style,
            const char  *value)
{
  guint64 index;
  GDate date;

  if (g_strcmp0 (type, "s") == 0)
    {
      index = g_ascii_strtoull (value, NULL, 10);
      if (index < self->book->strings->len)
        return g_strdup (g_ptr_array_index (self->book->strings, index));
      return g_strdup ("");
    }
  if (g_strcmp0 (type, "d") == 0)
    return g_strndup (value, 10);
  if (type == NULL || g_str_equal (type, "n"))
    {
      guint64 s = style != NULL ? g_ascii_strtoull (style, NULL, 10) : 0;

      if (s < self->book->date_styles->len && g_array_index (self->book->date_styles, gboolean, s)
          && pp_import_date_serial (g_ascii_strtod (value, NULL), &date))
        return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                                g_date_get_month (&date), g_date_get_day (&date));
    }
  return g_strdup (value);
}

/* Reads a <c> element up to its end: its value, or its inline string. */
static gboolean
read_cell (SheetReader       *self,
           xmlTextReaderPtr   reader,
           GError           **error)
{
  g_autofree char *reference = pp_xml_attribute (reader, "r");
  g_autofree char *type = pp_xml_attribute (reader, "t");
  g_autofree char *style = pp_xml_attribute (reader, "s");
  g_autoptr(GString) text = g_string_new (NULL);
  guint column = reference != NULL ? column_of (reference) : self->row->len;

  if (column == G_MAXUINT)
    column = self->row->len;
  if (column >= PP_SHEET_MAX_COLUMNS)
    return too_large (error);
  if (!pp_xml_is_empty (reader))
    while (xmlTextReaderRead (reader) == 1 && !pp_xml_is_end (reader, "c"))
      if (pp_xml_is_start (reader, "v") || pp_xml_is_start (reader, "t"))
        {
          g_autofree char *part = pp_xml_text (reader);

          g_string_append (text, part);
        }
  while (self->row->len < column)
    g_ptr_array_add (self->row, g_strdup (""));
  if (column < self->row->len)
    {
      /* A cell given twice: the later one stands. */
      g_free (self->row->pdata[column]);
      self->row->pdata[column] = cell_value (self, type, style, text->str);
    }
  else
    g_ptr_array_add (self->row, cell_value (self, type, style, text->str));
  return TRUE;
}

static gboolean
read_sheet_data (SheetReader       *self,
                 xmlTextReaderPtr   reader,
                 GError           **error)
{
  int status;

  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (pp_xml_is_start (reader, "row"))
        {
          if (!begin_row (self, reader, error)
              || (pp_xml_is_empty (reader) && !end_row (self, error)))
            return FALSE;
        }
      else if (pp_xml_is_end (reader, "row") && !end_row (self, error))
        return FALSE;
      else if (pp_xml_is_start (reader, "c") && !read_cell (self, reader, error))
        return FALSE;
    }
  return status == 0 || pp_xml_damaged (self->path, error);
}

static PpSheet *
read_sheet (Workbook    *book,
            const char  *name,
            const char  *path,
            GError     **error)
{
  g_autoptr(GBytes) part = NULL;
  g_autoptr(PpSheet) sheet = pp_sheet_new (name);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  SheetReader self = { book, path, sheet, row };
  xmlTextReaderPtr reader = pp_archive_open_xml (book->archive, path, &part, error);
  gboolean ok;

  if (reader == NULL)
    return NULL;
  ok = read_sheet_data (&self, reader, error);
  xmlFreeTextReader (reader);
  return ok ? g_steal_pointer (&sheet) : NULL;
}

/* Maps each relationship id of the workbook to the part it names. */
static GHashTable *
read_relationships (Workbook  *book,
                    GError   **error)
{
  static const char *path = "xl/_rels/workbook.xml.rels";
  g_autoptr(GBytes) part = NULL;
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  xmlTextReaderPtr reader = pp_archive_open_xml (book->archive, path, &part, error);
  int status;

  if (reader == NULL)
    return NULL;
  while ((status = xmlTextReaderRead (reader)) == 1)
    if (pp_xml_is_start (reader, "Relationship"))
      {
        g_autofree char *id = pp_xml_attribute (reader, "Id");
        g_autofree char *target = pp_xml_attribute (reader, "Target");

        if (id == NULL || target == NULL)
          continue;
        g_hash_table_insert (targets, g_steal_pointer (&id),
                             target[0] == '/' ? g_strdup (target + 1)
                                              : g_strconcat ("xl/", target, NULL));
      }
  xmlFreeTextReader (reader);
  if (status != 0)
    {
      pp_xml_damaged (path, error);
      return NULL;
    }
  return g_steal_pointer (&targets);
}

static gboolean
read_sheets (Workbook   *book,
             GHashTable *targets,
             GPtrArray  *sheets,
             GError    **error)
{
  static const char *path = "xl/workbook.xml";
  g_autoptr(GBytes) part = NULL;
  xmlTextReaderPtr reader = pp_archive_open_xml (book->archive, path, &part, error);
  gboolean ok = TRUE;
  int status = 0;

  if (reader == NULL)
    return FALSE;
  while (ok && (status = xmlTextReaderRead (reader)) == 1)
    if (pp_xml_is_start (reader, "sheet"))
      {
        g_autofree char *name = pp_xml_attribute (reader, "name");
        g_autofree char *id = pp_xml_attribute (reader, "r:id");
        const char *target = id != NULL ? g_hash_table_lookup (targets, id) : NULL;
        PpSheet *sheet;

        if (target == NULL)
          continue;
        sheet = read_sheet (book, name, target, error);
        ok = sheet != NULL;
        if (ok)
          g_ptr_array_add (sheets, sheet);
      }
  xmlFreeTextReader (reader);
  if (ok && status != 0)
    return pp_xml_damaged (path, error);
  return ok;
}

/**
 * pp_xlsx_read:
 * @archive: an .xlsx workbook, opened with pp_archive_open()
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type PpSheet): the workbook's sheets in
 *   its order, or %NULL when a part is missing or damaged
 */
GPtrArray *
pp_xlsx_read (GsfInfile  *archive,
              GError    **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) date_styles = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_sheet_free);
  g_autoptr(GHashTable) targets = NULL;
  Workbook book = { archive, strings, date_styles };

  g_return_val_if_fail (GSF_IS_INFILE (archive), NULL);

  if (!read_strings (&book, error) || !read_styles (&book, error))
    return NULL;
  targets = read_relationships (&book, error);
  if (targets == NULL || !read_sheets (&book, targets, sheets, error))
    return NULL;
  return g_steal_pointer (&sheets);
}
