/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-writer.h: writes the pretty-printed JSON of the file format.
 *
 * Written by hand rather than through a JsonNode tree, so saving needs no
 * second copy of the portfolio and the output is the same bytes every time.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _PpWriter PpWriter;

PpWriter *pp_writer_new          (gsize               size_hint);
GBytes   *pp_writer_free_to_bytes (PpWriter          *self);
void      pp_writer_free         (PpWriter           *self);
void      pp_writer_set_compact  (PpWriter           *self,
                                  gboolean            compact);

void      pp_writer_begin_object (PpWriter           *self);
void      pp_writer_end_object   (PpWriter           *self);
void      pp_writer_begin_array  (PpWriter           *self);
void      pp_writer_end_array    (PpWriter           *self);
void      pp_writer_member       (PpWriter           *self,
                                  const char         *name);

void      pp_writer_string       (PpWriter           *self,
                                  const char         *value);
void      pp_writer_int64        (PpWriter           *self,
                                  gint64              value);
void      pp_writer_double       (PpWriter           *self,
                                  double              value);
void      pp_writer_boolean      (PpWriter           *self,
                                  gboolean            value);
void      pp_writer_null         (PpWriter           *self);
void      pp_writer_date         (PpWriter           *self,
                                  const GDate        *date);
void      pp_writer_strv         (PpWriter           *self,
                                  const char * const *strv);
void      pp_writer_raw          (PpWriter           *self,
                                  const char         *text);
void      pp_writer_extra        (PpWriter           *self,
                                  JsonObject         *extra);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpWriter, pp_writer_free)

G_END_DECLS
