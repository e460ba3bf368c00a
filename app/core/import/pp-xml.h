/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-xml.h: what the workbook readers ask of libxml2's streaming reader. */
#pragma once

#include <glib.h>
#include <libxml/xmlreader.h>

G_BEGIN_DECLS

gboolean  pp_xml_is_start     (xmlTextReaderPtr  reader,
                               const char       *name);
gboolean  pp_xml_is_end       (xmlTextReaderPtr  reader,
                               const char       *name);
gboolean  pp_xml_is_empty     (xmlTextReaderPtr  reader);
char     *pp_xml_attribute    (xmlTextReaderPtr  reader,
                               const char       *name);
char     *pp_xml_attribute_ns (xmlTextReaderPtr  reader,
                               const char       *name,
                               const char       *ns);
char     *pp_xml_text         (xmlTextReaderPtr  reader);
gboolean  pp_xml_damaged      (const char       *path,
                               GError          **error);

G_END_DECLS
