/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-merge-private.h: what the files of the three-way merge share: one run
 * of the merge over three keyed trees, with the choices made so far. */
#pragma once

#include "pp-conflict.h"
#include "pp-portfolio-tree.h"

G_BEGIN_DECLS

/* The three versions, in this order everywhere. */
enum { BASE, OURS, THEIRS, N_SIDES };

/* An item of the result: taken whole from one side (its text), or merged. */
typedef struct
{
  char *key;
  PpTreeItem *item;      /* not owned; NULL when merged or removed */
  JsonObject *object;    /* merged, or changed by the reference checks */
  gboolean removed;
  gboolean chosen;       /* removed or kept by the choice of a conflict */
} PpMergeEntry;

typedef struct
{
  PpPortfolioTree *trees[N_SIDES];
  GHashTable *choices;                    /* conflict id → PpMergeChoice + 1 */
  GPtrArray *conflicts;                   /* of PpConflict, in the order found */
  GPtrArray *entries[PP_N_SECTIONS];      /* of PpMergeEntry, in no order yet */
  GHashTable *by_key[PP_N_SECTIONS];      /* key → PpMergeEntry */
} PpMergeRun;

/* What a conflict says, before it is put into words. */
typedef struct
{
  const char *id;
  PpSection section;
  const char *key;         /* the item's */
  const char *path;        /* the member's, "renewal/notice_days"; NULL for a whole item */
  const char *element;     /* the name of the list element it is in, or NULL */
  JsonNode *values[N_SIDES];
  PpConflictKind kind;
  PpSection referrer_section;   /* for PP_CONFLICT_KIND_REFERENCE */
  const char *referrer_key;
} PpConflictFacts;

/* pp-merge-items.c */
void           _pp_merge_section       (PpMergeRun        *run,
                                        PpSection          section);
PpMergeChoice  _pp_merge_conflict      (PpMergeRun        *run,
                                        PpConflictFacts   *facts);
JsonObject    *_pp_merge_object        (PpMergeRun        *run,
                                        PpSection          section,
                                        const char        *key,
                                        const char        *prefix,
                                        const char        *element,
                                        JsonObject        *objects[N_SIDES]);
JsonObject    *_pp_merge_entry_object  (PpMergeEntry      *entry);
JsonObject    *_pp_merge_mutable_copy  (JsonObject        *object);

/* pp-merge-lists.c */
JsonNode      *_pp_merge_set           (JsonArray         *arrays[N_SIDES]);
GPtrArray     *_pp_merge_identities    (PpSection          section,
                                        const char        *member,
                                        JsonArray         *base,
                                        JsonArray         *array,
                                        gboolean           is_base);
JsonNode      *_pp_merge_element_at    (JsonArray         *array,
                                        GPtrArray         *ids,
                                        const char        *id);
const char    *_pp_merge_element_name  (PpSection          section,
                                        const char        *member,
                                        JsonNode          *elements[N_SIDES]);
GPtrArray     *_pp_merge_order         (GPtrArray         *orders[N_SIDES],
                                        GHashTable        *kept);

/* pp-merge-references.c, pp-merge-countries.c */
void           _pp_merge_references    (PpMergeRun        *run);
void           _pp_merge_countries     (PpMergeRun        *run);

/* pp-conflict-words.c */
PpConflict    *_pp_conflict_new_from_facts (PpMergeRun      *run,
                                            PpConflictFacts *facts);

G_END_DECLS
