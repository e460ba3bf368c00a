/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-xml.c: elements, attributes and text of a workbook part, read by
 * libxml2's streaming reader, which needs no tree of a whole sheet. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-sheet.h"
#include "pp-xml.h"

/* Whether the reader is on the start of an element named @name, in any
 * namespace. */
gboolean
pp_xml_is_start (xmlTextReaderPtr  reader,
                 const char       *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT
         && g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

gboolean
pp_xml_is_end (xmlTextReaderPtr  reader,
               const char       *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT
         && g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

/* Whether the element the reader is on has no content and so no end. */
gboolean
pp_xml_is_empty (xmlTextReaderPtr reader)
{
  return xmlTextReaderIsEmptyElement (reader) == 1;
}

static char *
take (xmlChar *value)
{
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

char *
pp_xml_attribute (xmlTextReaderPtr  reader,
                  const char       *name)
{
  return take (xmlTextReaderGetAttribute (reader, (const xmlChar *) name));
}

char *
pp_xml_attribute_ns (xmlTextReaderPtr  reader,
                     const char       *name,
                     const char       *ns)
{
  return take (xmlTextReaderGetAttributeNs (reader, (const xmlChar *) name,
                                            (const xmlChar *) ns));
}

/* The text of the element the reader is on, through all its children. */
char *
pp_xml_text (xmlTextReaderPtr reader)
{
  char *text = take (xmlTextReaderReadString (reader));

  return text != NULL ? text : g_strdup ("");
}

/**
 * pp_xml_damaged:
 * @path: the part being read
 * @error: return location for an error
 *
 * Returns: %FALSE, having set @error to say that @path is damaged
 */
gboolean
pp_xml_damaged (const char  *path,
                GError     **error)
{
  g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_SYNTAX,
               _("The workbook is damaged: “%s” is not well-formed XML"), path);
  return FALSE;
}
