/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-change.h: PpChange, one difference between two versions of a
 * portfolio, with the words a person reads for it. */
#pragma once

#include "pp-portfolio-tree.h"

G_BEGIN_DECLS

typedef enum
{
  PP_CHANGE_ADDED,
  PP_CHANGE_REMOVED,
  PP_CHANGE_CHANGED,
  PP_CHANGE_MOVED,
} PpChangeKind;

#define PP_TYPE_CHANGE (pp_change_get_type ())

G_DECLARE_FINAL_TYPE (PpChange, pp_change, PP, CHANGE, GObject)

PpChange     *pp_change_new             (PpChangeKind  kind,
                                         PpSection     section,
                                         const char   *id,
                                         const char   *name,
                                         const char   *path,
                                         const char   *member,
                                         JsonNode     *old_value,
                                         JsonNode     *new_value,
                                         const char   *description);
PpChangeKind  pp_change_get_kind        (PpChange     *self);
PpSection     pp_change_get_section     (PpChange     *self);
const char   *pp_change_get_id          (PpChange     *self);
const char   *pp_change_get_name        (PpChange     *self);
const char   *pp_change_get_path        (PpChange     *self);
const char   *pp_change_get_member      (PpChange     *self);
JsonNode     *pp_change_get_old_value   (PpChange     *self);
JsonNode     *pp_change_get_new_value   (PpChange     *self);
const char   *pp_change_get_description (PpChange     *self);

const char   *pp_change_kind_to_string    (PpChangeKind  kind);
const char   *pp_section_to_string        (PpSection     section);

G_END_DECLS
