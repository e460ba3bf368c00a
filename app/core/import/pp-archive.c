/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-archive.c: opening a workbook's zip container and reading its parts. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-archive.h"
#include "pp-sheet.h"

/**
 * pp_archive_open:
 * @bytes: the file's bytes, kept alive by the archive
 * @error: return location for an error
 *
 * Returns: (transfer full): the archive, or %NULL when @bytes is no zip file
 */
GsfInfile *
pp_archive_open (GBytes  *bytes,
                 GError **error)
{
  g_autoptr(GsfInput) input = NULL;
  g_autoptr(GError) local = NULL;
  GsfInfile *archive;
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  input = gsf_input_memory_new (data, length, FALSE);
  /* The memory input does not own the bytes: tie them to it. */
  g_object_set_data_full (G_OBJECT (input), "pp-bytes", g_bytes_ref (bytes),
                          (GDestroyNotify) g_bytes_unref);
  archive = gsf_infile_zip_new (input, &local);
  if (archive == NULL)
    {
      g_set_error_literal (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_SYNTAX,
                           _("The workbook is damaged: its zip container cannot be read"));
      return NULL;
    }
  return archive;
}

static GsfInput *
find_part (GsfInfile  *archive,
           const char *path)
{
  g_auto(GStrv) names = g_strsplit (path, "/", -1);
  GsfInput *input = g_object_ref (GSF_INPUT (archive));

  for (guint i = 0; names[i] != NULL && input != NULL; i++)
    {
      GsfInput *child = NULL;

      if (GSF_IS_INFILE (input))
        child = gsf_infile_child_by_name (GSF_INFILE (input), names[i]);
      g_object_unref (input);
      input = child;
    }
  return input;
}

gboolean
pp_archive_has_part (GsfInfile  *archive,
                     const char *path)
{
  g_autoptr(GsfInput) input = find_part (archive, path);

  return input != NULL;
}

/**
 * pp_archive_read_part:
 * @archive: an archive from pp_archive_open()
 * @path: the part's path inside it ("xl/workbook.xml")
 * @error: return location for an error
 *
 * Returns: (transfer full): the part's bytes, or %NULL when it is missing,
 *   damaged or larger than %PP_ARCHIVE_MAX_PART
 */
GBytes *
pp_archive_read_part (GsfInfile   *archive,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(GsfInput) input = find_part (archive, path);
  g_autofree guint8 *data = NULL;
  gsf_off_t size;

  if (input == NULL || (GSF_IS_INFILE (input) && gsf_infile_num_children (GSF_INFILE (input)) >= 0))
    {
      g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_SYNTAX,
                   _("The workbook is damaged: it has no “%s”"), path);
      return NULL;
    }
  size = gsf_input_size (input);
  if (size < 0 || size > PP_ARCHIVE_MAX_PART)
    {
      g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_LIMIT,
                   _("The workbook’s “%s” is larger than a register can be"), path);
      return NULL;
    }
  data = g_malloc ((gsize) size + 1);
  if (size > 0 && gsf_input_read (input, (size_t) size, data) == NULL)
    {
      g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_SYNTAX,
                   _("The workbook is damaged: “%s” cannot be unpacked"), path);
      return NULL;
    }
  data[size] = '\0';
  return g_bytes_new_take (g_steal_pointer (&data), (gsize) size);
}

/**
 * pp_archive_open_xml:
 * @archive: an archive from pp_archive_open()
 * @path: the part's path inside it
 * @part: (out) (transfer full): the part's bytes, to be kept until the
 *   reader is freed
 * @error: return location for an error
 *
 * Opens a part to be read as XML, without fetching anything from the network
 * and without printing libxml2's complaints: a damaged part shows as a failed
 * read.
 *
 * Returns: (transfer full): the reader, or %NULL
 */
xmlTextReaderPtr
pp_archive_open_xml (GsfInfile   *archive,
                     const char  *path,
                     GBytes     **part,
                     GError     **error)
{
  gsize length = 0;
  const char *data;
  xmlTextReaderPtr reader;

  *part = pp_archive_read_part (archive, path, error);
  if (*part == NULL)
    return NULL;
  data = g_bytes_get_data (*part, &length);
  reader = xmlReaderForMemory (data, (int) length, path, NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (reader == NULL)
    {
      g_clear_pointer (part, g_bytes_unref);
      g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_SYNTAX,
                   _("The workbook is damaged: “%s” cannot be read"), path);
    }
  return reader;
}
