/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-json-check.h: the strict JSON reader of portfolio files (RFC 8259 and
 * our limits), which refuses what json-glib 1.6 would accept or mangle. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Files may hold this many values (scalars, arrays and objects) at most.
 * A file the app writes holds about 29,000 values a MiB, a compact one
 * about 42,000, so a real portfolio reaches the size limit first; the most
 * a file within both limits can take is about 3.7 GB (12 million empty
 * objects, 310 bytes each in json-glib's tree). */
#define PP_MAX_VALUES (12 * 1000 * 1000)

/* Objects up to this depth (the top level is 1) have their text recorded,
 * which is deeper than any object the model reads. */
#define PP_JSON_SOURCE_DEPTH 20

JsonNode *pp_json_check_parse   (const char  *data,
                                 gsize        len,
                                 GHashTable **sources,
                                 GError     **error);
char     *pp_json_check_excerpt (const char  *text,
                                 gssize       len,
                                 guint        max_chars);
/* For the tests only. */
void      _pp_json_check_set_split    (gssize from);
guint     _pp_json_check_get_n_splits (void);

G_END_DECLS
