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

typedef struct _Parser Parser;

struct _Parser
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

  /* A large file is read by two threads (see pp-json-check.c): the first
   * stops at @split, where @rest, run by @thread, started. */
  const char *split;
  Parser *rest;
  GThread *thread;
  /* In @rest: the top-level member names it read (NameAt), its own
   * error, whether it finished, and whether the first asks it to stop. */
  GArray *names;
  GError *own_error;
  JsonArray *first_array;
  gboolean ok;
  gint stop;
};

/* A top-level member name the second thread read, and where. */
typedef struct
{
  char *name;
  const char *at;
} NameAt;

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
gboolean _pp_json_fail_twice      (Parser     *ps,
                                   const char *at,
                                   const char *name);
gboolean _pp_json_parse           (Parser     *ps);

/* pp-json-split.c */
const char *_pp_json_split_from   (Parser     *ps);
void        _pp_json_start_rest   (Parser      *ps,
                                   GThreadFunc  run);
gboolean    _pp_json_take_over    (Parser     *ps);
void        _pp_json_free_rest    (Parser     *ps);

G_END_DECLS
