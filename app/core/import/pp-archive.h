/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-archive.h: the parts of a zip archive (a workbook), read with libgsf,
 * each within a size limit so that a hostile file cannot fill memory. */
#pragma once

#include <gsf/gsf.h>
#include <libxml/xmlreader.h>

G_BEGIN_DECLS

/* libgsf 1.14 declares no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

/* The most a part of a workbook may unpack to. */
#define PP_ARCHIVE_MAX_PART (256 * 1024 * 1024)

GsfInfile *pp_archive_open      (GBytes      *bytes,
                                 GError     **error);
GBytes    *pp_archive_read_part (GsfInfile   *archive,
                                 const char  *path,
                                 GError     **error);
gboolean   pp_archive_has_part  (GsfInfile   *archive,
                                 const char  *path);
xmlTextReaderPtr pp_archive_open_xml (GsfInfile   *archive,
                                      const char  *path,
                                      GBytes     **part,
                                      GError     **error);


G_END_DECLS
