/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-ods.c: the sheets of an OpenDocument spreadsheet (.ods), as cell text.
 *
 * A sheet's rows and cells may be "repeated": LibreOffice writes the empty
 * rest of a sheet as one row repeated a million times. Empty rows and cells
 * are therefore only counted, and written out when something follows them,
 * so a sheet holds no more than its last filled row and column.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pp-ods.h"
#include "pp-xml.h"

#define NS_TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

static const char *content_path = "content.xml";

typedef struct
{
  xmlTextReaderPtr reader;
  GPtrArray *sheets;
  PpSheet *sheet;         /* the sheet being read */
  GPtrArray *row;         /* of char *, its row being read */
  guint blank_rows;       /* empty rows not yet written */
  guint blank_cells;      /* empty cells of the row not yet written */
} Reader;

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

static guint
repeated (Reader     *self,
          const char *name)
{
  g_autofree char *text = pp_xml_attribute_ns (self->reader, name, NS_TABLE);
  guint64 n = text != NULL ? g_ascii_strtoull (text, NULL, 10) : 1;

  /* Anything past the limits is refused later; keep the count in range. */
  return (guint) CLAMP (n, 1, (guint64) PP_SHEET_MAX_ROWS + 1);
}

/* The text of a cell's paragraphs, with their spaces, tabs and line breaks;
 * comments on the cell are left out. */
static char *
cell_text (Reader *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint paragraphs = 0;
  gboolean comment = FALSE;

  if (pp_xml_is_empty (self->reader))
    return g_strdup ("");
  while (xmlTextReaderRead (self->reader) == 1
         && !pp_xml_is_end (self->reader, "table-cell")
         && !pp_xml_is_end (self->reader, "covered-table-cell"))
    {
      int type = xmlTextReaderNodeType (self->reader);

      if (pp_xml_is_start (self->reader, "annotation"))
        comment = !pp_xml_is_empty (self->reader);
      else if (pp_xml_is_end (self->reader, "annotation"))
        comment = FALSE;
      else if (comment)
        continue;
      else if (pp_xml_is_start (self->reader, "p") && paragraphs++ > 0)
        g_string_append_c (text, '\n');
      else if (pp_xml_is_start (self->reader, "s"))
        {
          g_autofree char *count = pp_xml_attribute_ns (self->reader, "c", NS_TEXT);
          guint64 n = count != NULL ? g_ascii_strtoull (count, NULL, 10) : 1;

          for (guint64 i = 0; i < MIN (n, 1000); i++)
            g_string_append_c (text, ' ');
        }
      else if (pp_xml_is_start (self->reader, "tab"))
        g_string_append_c (text, '\t');
      else if (pp_xml_is_start (self->reader, "line-break"))
        g_string_append_c (text, '\n');
      else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE
               || type == XML_READER_TYPE_CDATA)
        g_string_append (text, (const char *) xmlTextReaderConstValue (self->reader));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A typed cell's value as the file stores it, which its text may only show
 * formatted ("12 April 2025", "1,5"). */
static char *
cell_value (Reader *self)
{
  g_autofree char *type = pp_xml_attribute_ns (self->reader, "value-type", NS_OFFICE);
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  if (g_strcmp0 (type, "date") == 0)
    value = pp_xml_attribute_ns (self->reader, "date-value", NS_OFFICE);
  else if (g_strcmp0 (type, "float") == 0 || g_strcmp0 (type, "percentage") == 0
           || g_strcmp0 (type, "currency") == 0)
    value = pp_xml_attribute_ns (self->reader, "value", NS_OFFICE);
  else if (g_strcmp0 (type, "boolean") == 0)
    value = pp_xml_attribute_ns (self->reader, "boolean-value", NS_OFFICE);
  text = cell_text (self);
  if (value == NULL)
    return g_steal_pointer (&text);
  if (g_strcmp0 (type, "date") == 0 && strlen (value) > 10)
    value[10] = '\0';
  return g_steal_pointer (&value);
}

static gboolean
add_cells (Reader      *self,
           const char  *text,
           guint        count,
           GError     **error)
{
  if (text[0] == '\0')
    {
      self->blank_cells += count;
      return TRUE;
    }
  if ((guint64) self->row->len + self->blank_cells + count > PP_SHEET_MAX_COLUMNS)
    return too_large (error);
  for (; self->blank_cells > 0; self->blank_cells--)
    g_ptr_array_add (self->row, g_strdup (""));
  for (guint i = 0; i < count; i++)
    g_ptr_array_add (self->row, g_strdup (text));
  return TRUE;
}

static gboolean
add_rows (Reader  *self,
          guint    count,
          GError **error)
{
  self->blank_cells = 0;
  if (self->row->len == 0)
    {
      self->blank_rows = MIN (self->blank_rows + count, PP_SHEET_MAX_ROWS + 1);
      return TRUE;
    }
  if ((guint64) pp_sheet_get_n_rows (self->sheet) + self->blank_rows + count
      > PP_SHEET_MAX_ROWS)
    return too_large (error);
  if ((guint64) self->row->len * count > PP_SHEET_MAX_CELLS)
    return too_large (error);
  for (; self->blank_rows > 0; self->blank_rows--)
    if (!pp_sheet_append_row (self->sheet, g_new0 (char *, 1), error))
      return FALSE;
  g_ptr_array_add (self->row, NULL);
  for (guint i = 1; i < count; i++)
    if (!pp_sheet_append_row (self->sheet, g_strdupv ((GStrv) self->row->pdata), error))
      return FALSE;
  return pp_sheet_append_row (self->sheet, (GStrv) g_ptr_array_steal (self->row, NULL), error);
}

static gboolean
read_row (Reader  *self,
          GError **error)
{
  guint count = repeated (self, "number-rows-repeated");

  if (!pp_xml_is_empty (self->reader))
    while (xmlTextReaderRead (self->reader) == 1 && !pp_xml_is_end (self->reader, "table-row"))
      if (pp_xml_is_start (self->reader, "table-cell")
          || pp_xml_is_start (self->reader, "covered-table-cell"))
        {
          guint cells = repeated (self, "number-columns-repeated");
          g_autofree char *text = cell_value (self);

          if (!add_cells (self, text, cells, error))
            return FALSE;
        }
  return add_rows (self, count, error);
}

static gboolean
read_content (Reader  *self,
              GError **error)
{
  int status;

  while ((status = xmlTextReaderRead (self->reader)) == 1)
    {
      if (pp_xml_is_start (self->reader, "table") && !pp_xml_is_empty (self->reader))
        {
          g_autofree char *name = pp_xml_attribute_ns (self->reader, "name", NS_TABLE);

          self->sheet = pp_sheet_new (name);
          self->blank_rows = 0;
          g_ptr_array_add (self->sheets, self->sheet);
        }
      else if (pp_xml_is_start (self->reader, "table-row") && self->sheet != NULL)
        {
          if (!read_row (self, error))
            return FALSE;
        }
      else if (pp_xml_is_end (self->reader, "table"))
        self->sheet = NULL;
    }
  return status == 0 || pp_xml_damaged (content_path, error);
}

/**
 * pp_ods_read:
 * @archive: an .ods spreadsheet, opened with pp_archive_open()
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type PpSheet): the spreadsheet's sheets
 *   in its order, or %NULL when it is damaged
 */
GPtrArray *
pp_ods_read (GsfInfile  *archive,
             GError    **error)
{
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_sheet_free);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) part = NULL;
  Reader self = { NULL, sheets, NULL, row, 0, 0 };
  gboolean ok;

  g_return_val_if_fail (GSF_IS_INFILE (archive), NULL);

  self.reader = pp_archive_open_xml (archive, content_path, &part, error);
  if (self.reader == NULL)
    return NULL;
  ok = read_content (&self, error);
  xmlFreeTextReader (self.reader);
  return ok ? g_steal_pointer (&sheets) : NULL;
}
