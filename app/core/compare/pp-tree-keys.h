/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-tree-keys.h: how the lists inside a portfolio's items are keyed, in
 * one place for comparing and merging.
 *
 * Milestones are keyed by their "id", venture partners by their
 * "organisation"; an MoU's "parties" and a venture's "mous" are sets of
 * ids. Lists whose elements have no id (follow-ups, risks, contacts,
 * progress entries) are keyed by a natural key (the title, a contact's
 * name, a progress entry's date) with an occurrence number for duplicates;
 * the elements left over when two versions are matched by key are then
 * paired by position, so that an edited title reads as a change rather
 * than a removal and an addition.
 *
 * An MoU's "renewal" and a venture's "budget" are groups: objects whose
 * members are compared (and merged) one by one.
 */
#pragma once

#include "pp-portfolio-tree.h"

G_BEGIN_DECLS

typedef enum
{
  PP_LIST_RULE_NONE,     /* not a list of items: compared as one value */
  PP_LIST_RULE_ID,       /* objects keyed by their "id" */
  PP_LIST_RULE_MEMBER,   /* objects keyed by a reference ("organisation") */
  PP_LIST_RULE_SET,      /* strings (ids) whose order does not matter */
  PP_LIST_RULE_NATURAL,  /* objects without id: a natural key, then position */
} PpListRule;

PpListRule   pp_tree_list_rule     (PpSection     section,
                                    const char   *member,
                                    const char  **key_member);
GPtrArray   *pp_tree_list_keys     (PpSection     section,
                                    const char   *member,
                                    JsonArray    *array);
void         pp_tree_match_list    (PpSection     section,
                                    const char   *member,
                                    JsonArray    *old_array,
                                    JsonArray    *new_array,
                                    GArray      **old_of_new,
                                    GArray      **new_of_old);
gboolean     pp_tree_is_group      (PpSection     section,
                                    const char   *member);
const char  *pp_tree_element_name  (PpSection     section,
                                    const char   *member,
                                    JsonObject   *element);


G_END_DECLS
