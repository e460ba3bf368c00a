/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-due-item.h: PpDueItem, one dated thing to do on the agenda: a
 * follow-up, a milestone, an expiry, a last day to give notice, a
 * commitment's deadline. */
#pragma once

#include "pp-enums.h"
#include "pp-node.h"

G_BEGIN_DECLS

#define PP_TYPE_DUE_ITEM (pp_due_item_get_type ())

G_DECLARE_FINAL_TYPE (PpDueItem, pp_due_item, PP, DUE_ITEM, GObject)

PpDueItem   *pp_due_item_new          (PpDueKind    kind,
                                       const GDate *date,
                                       const char  *title,
                                       PpNode      *node,
                                       const char  *side,
                                       gboolean     overdue);
PpDueKind    pp_due_item_get_kind     (PpDueItem   *self);
const GDate *pp_due_item_get_date     (PpDueItem   *self);
const char  *pp_due_item_get_title    (PpDueItem   *self);
PpNode      *pp_due_item_get_node     (PpDueItem   *self);
void         pp_due_item_set_subject  (PpDueItem   *self,
                                       PpNode      *subject);
PpNode      *pp_due_item_get_subject  (PpDueItem   *self);
const char  *pp_due_item_get_owner_name (PpDueItem *self);
const char  *pp_due_item_get_side     (PpDueItem   *self);
gboolean     pp_due_item_get_overdue  (PpDueItem   *self);
int          pp_due_item_compare      (gconstpointer a,
                                       gconstpointer b,
                                       gpointer      user_data);

int          pp_due_item_compare_indirect (gconstpointer a,
                                           gconstpointer b,
                                           gpointer      user_data);

G_END_DECLS
