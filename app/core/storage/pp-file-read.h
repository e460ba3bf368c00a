/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-file-read.h: reading a whole document file, refusing what is not one. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes *pp_file_read_regular (GFile         *file,
                              goffset        max_size,
                              GCancellable  *cancellable,
                              GError       **error);
gboolean pp_file_same         (GFile         *a,
                              GFile         *b);
char    *pp_file_query_identity (GFile       *file);

G_END_DECLS
