/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-reader.h: reads members of a parsed portfolio, naming the JSON path of
 * every problem ("mous[3].status: unknown status “sgned”"). */
#pragma once

#include <json-glib/json-glib.h>

#include "pp-node.h"

G_BEGIN_DECLS

typedef struct _PpReader PpReader;

typedef PpNode * (*PpReadFunc) (PpReader   *reader,
                                JsonObject *object);

#define PP_READER_MAX_DEPTH 16

/* One step of the path to the value being read: a member, or an index. */
typedef struct
{
  const char *member;    /* not copied: a literal or a member name in the tree */
  guint index;
} PpReaderStep;

struct _PpReader
{
  /* The path is kept as steps and only written out for an error, as most
   * values are fine. */
  PpReaderStep steps[PP_READER_MAX_DEPTH];
  guint depth;
  GError *error;
  PpNode *portfolio;
  char *countries[2];    /* the portfolio's two countries, for "side" */
  /* Where each object's text starts in the file (JsonObject to its "{"), so
   * unknown members are kept as written; set by the loader, or NULL. */
  GHashTable *sources;
};

void        pp_reader_init            (PpReader    *self,
                                       PpNode      *portfolio);
void        pp_reader_clear           (PpReader    *self);

gboolean    pp_reader_fail            (PpReader    *self,
                                       int          code,
                                       const char  *format,
                                       ...) G_GNUC_PRINTF (3, 4);
gboolean    pp_reader_fail_member     (PpReader    *self,
                                       const char  *member,
                                       int          code,
                                       const char  *format,
                                       ...) G_GNUC_PRINTF (4, 5);
gboolean    pp_reader_wrong_type      (PpReader    *self,
                                       const char  *member,
                                       const char  *expected,
                                       JsonNode    *node);
gboolean    pp_reader_fail_error      (PpReader    *self,
                                       const char  *member,
                                       GError      *error);
gsize       pp_reader_push            (PpReader    *self,
                                       const char  *member);
gsize       pp_reader_push_index      (PpReader    *self,
                                       guint        index);
void        pp_reader_pop             (PpReader    *self,
                                       gsize        mark);

JsonObject *pp_reader_object          (PpReader    *self,
                                       JsonNode    *node);
JsonObject *pp_reader_member_object   (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member);
gboolean    pp_reader_array           (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       const char  *expected,
                                       JsonArray  **out);
gboolean    pp_reader_string          (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       gboolean     required,
                                       char       **out);
gboolean    pp_reader_nullable_string (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       char       **out);
gboolean    pp_reader_int64           (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       gboolean     required,
                                       gint64       min,
                                       gint64       max,
                                       gint64      *out);
gboolean    pp_reader_double          (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       double       min,
                                       double       max,
                                       double      *out);
gboolean    pp_reader_boolean         (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       gboolean    *out);
gboolean    pp_reader_date            (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       gboolean     required,
                                       GDate       *out);
gboolean    pp_reader_enum            (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       GType        enum_type,
                                       int         *out);
gboolean    pp_reader_country         (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       char       **out);
gboolean    pp_reader_side            (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       char       **out);
gboolean    pp_reader_currency        (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       char       **out);
gboolean    pp_reader_color           (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       char       **out);
gboolean    pp_reader_reference       (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       PpCollection collection,
                                       char       **out);
gboolean    pp_reader_references      (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       PpCollection collection,
                                       char      ***out);
gboolean    pp_reader_items           (PpReader    *self,
                                       JsonObject  *object,
                                       const char  *member,
                                       PpNode      *owner,
                                       GListModel  *list,
                                       PpReadFunc   read_item);
gboolean    pp_reader_extra           (PpReader           *self,
                                       JsonObject         *object,
                                       const char * const *known,
                                       JsonObject        **out);

G_END_DECLS
