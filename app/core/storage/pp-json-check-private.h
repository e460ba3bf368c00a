/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-json-check-private.h: the state of the strict JSON reader, shared by
 * pp-json-check.c (arrays, objects, limits) and pp-json-scalars.c (strings,
 * numbers, literals and the wording of errors). */
#pragma once

#include "pp-json-check.h"
#include "pp-portfolio-io.h"

G_BEGIN_DECLS

/* An open array or object, and for an object the member read last. */
typedef struct
{
  JsonArray *array;
  JsonObject *object;
  GString *name;
  const char *start;     /* the "[" or "{" */
} Frame;

typedef struct
{
  const char *data;
  const char *end;
  const char *p;
  GError **error;
  JsonNode *root;
  GHashTable *sources;
  GString *scratch;
  guint n_values;
  guint depth;
  Frame stack[PP_MAX_DEPTH];
} Parser;

static inline void
_pp_json_skip_space (Parser *ps)
{
  while (ps->p < ps->end &&
         (*ps->p == ' ' || *ps->p == '\n' || *ps->p == '\r' || *ps->p == '\t'))
    ps->p++;
}

gboolean _pp_json_fail_at         (Parser      *ps,
                                  const char  *at,
                                  int          code,
                                  const char  *format,
                                  ...) G_GNUC_PRINTF (4, 5);
gboolean _pp_json_fail_unexpected (Parser     *ps,
                                   const char *expected);
gboolean _pp_json_read_string     (Parser     *ps,
                                   GString    *out);
gboolean _pp_json_read_number     (Parser     *ps,
                                   JsonNode  **out);
gboolean _pp_json_read_literal    (Parser     *ps,
                                   JsonNode  **out);

G_END_DECLS
