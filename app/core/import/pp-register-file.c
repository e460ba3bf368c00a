/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-register-file.c: choosing the reader of a register file by its bytes,
 * not its name, since registers travel by mail under any name. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pp-csv.h"
#include "pp-file-read.h"
#include "pp-ods.h"
#include "pp-register-file.h"
#include "pp-xlsx.h"

static GPtrArray *
read_workbook (GBytes  *bytes,
               GError **error)
{
  g_autoptr(GsfInfile) archive = pp_archive_open (bytes, error);

  if (archive == NULL)
    return NULL;
  if (pp_archive_has_part (archive, "xl/workbook.xml"))
    return pp_xlsx_read (archive, error);
  if (pp_archive_has_part (archive, "content.xml"))
    return pp_ods_read (archive, error);
  g_set_error_literal (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_SYNTAX,
                       _("The file is a zip archive but no workbook: "
                         "save the register as XLSX, ODS or CSV"));
  return NULL;
}

static GPtrArray *
read_text (GBytes      *bytes,
           const char  *name,
           const char  *encoding,
           char       **detected,
           GError     **error)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *text = pp_csv_decode (data, length, encoding, detected, error);
  g_autoptr(GPtrArray) sheets = NULL;
  PpSheet *sheet;

  if (text == NULL)
    return NULL;
  sheet = pp_csv_parse (text, 0, name, error);
  if (sheet == NULL)
    return NULL;
  sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_sheet_free);
  g_ptr_array_add (sheets, sheet);
  return g_steal_pointer (&sheets);
}

/**
 * pp_register_file_read:
 * @bytes: the file's bytes
 * @name: the name of the sheet of a text file, usually the file's name
 * @encoding: (nullable): the encoding of a text file, or %NULL to detect it
 * @detected: (out) (optional) (transfer full): the encoding a text file was
 *   read in; %NULL for a workbook
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type PpSheet): the sheets, at least one,
 *   or %NULL with @error saying why the file cannot be read
 */
GPtrArray *
pp_register_file_read (GBytes      *bytes,
                       const char  *name,
                       const char  *encoding,
                       char       **detected,
                       GError     **error)
{
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GPtrArray) sheets = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (detected != NULL)
    *detected = NULL;
  if (length > PP_REGISTER_MAX_SIZE)
    {
      g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_LIMIT,
                   _("The file is larger than %d MiB, more than a register can be"),
                   PP_REGISTER_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    sheets = read_workbook (bytes, error);
  else if (length >= 4 && memcmp (data, "\xD0\xCF\x11\xE0", 4) == 0)
    g_set_error_literal (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_SYNTAX,
                         _("The file is an old Excel workbook (.xls): "
                           "save it as XLSX, ODS or CSV first"));
  else
    sheets = read_text (bytes, name, encoding, detected, error);
  if (sheets != NULL && sheets->len == 0)
    {
      g_set_error_literal (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_EMPTY,
                           _("The workbook has no sheets"));
      return NULL;
    }
  return g_steal_pointer (&sheets);
}

/**
 * pp_register_file_load:
 * @file: a register file
 * @error: return location for an error
 *
 * Reads @file, refusing one larger than %PP_REGISTER_MAX_SIZE before reading
 * it, and a pipe, device or other thing that is not a regular file, in the
 * words of pp_file_read_regular().
 *
 * Returns: (transfer full): the file's bytes, for pp_register_file_read()
 */
GBytes *
pp_register_file_load (GFile   *file,
                       GError **error)
{
  g_autoptr(GError) local = NULL;
  GBytes *bytes = pp_file_read_regular (file, PP_REGISTER_MAX_SIZE, NULL, &local);

  if (bytes != NULL)
    return bytes;
  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_LIMIT,
                 _("The file is larger than %d MiB, more than a register can be"),
                 PP_REGISTER_MAX_SIZE / (1024 * 1024));
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}
