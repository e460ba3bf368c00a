/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-conflict.h: PpConflict, one place where a three-way merge could not
 * decide, said in words, with the user's choice of either copy. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  PP_MERGE_CHOICE_OURS,
  PP_MERGE_CHOICE_THEIRS,
} PpMergeChoice;

typedef enum
{
  PP_CONFLICT_KIND_FIELD,       /* a field changed differently on both sides */
  PP_CONFLICT_KIND_REMOVED,     /* removed on one side, changed on the other */
  PP_CONFLICT_KIND_REFERENCE,   /* removed on one side, referred to on the other */
} PpConflictKind;

#define PP_TYPE_MERGE_CHOICE  (pp_merge_choice_get_type ())
#define PP_TYPE_CONFLICT_KIND (pp_conflict_kind_get_type ())
#define PP_TYPE_CONFLICT      (pp_conflict_get_type ())

GType pp_merge_choice_get_type  (void) G_GNUC_CONST;
GType pp_conflict_kind_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (PpConflict, pp_conflict, PP, CONFLICT, GObject)

const char     *pp_conflict_get_id          (PpConflict    *self);
PpConflictKind  pp_conflict_get_kind        (PpConflict    *self);
const char     *pp_conflict_get_item_kind   (PpConflict    *self);
const char     *pp_conflict_get_item_title  (PpConflict    *self);
const char     *pp_conflict_get_label       (PpConflict    *self);
const char     *pp_conflict_get_base_value  (PpConflict    *self);
const char     *pp_conflict_get_ours_value  (PpConflict    *self);
const char     *pp_conflict_get_theirs_value (PpConflict   *self);
const char     *pp_conflict_get_description (PpConflict    *self);
PpMergeChoice   pp_conflict_get_choice      (PpConflict    *self);
void            pp_conflict_set_choice      (PpConflict    *self,
                                             PpMergeChoice  choice);

/* For the merge. */
PpConflict     *_pp_conflict_new            (const char    *id,
                                             PpConflictKind kind,
                                             const char    *item_kind,
                                             const char    *item_title,
                                             const char    *label,
                                             const char    *values[3],
                                             const char    *description);
void            _pp_conflict_update         (PpConflict    *self,
                                             PpConflict    *from);

G_END_DECLS
