/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-change-entry.h: PpChangeEntry, one line of the changes view: a
 * section's heading, an item's heading or one change. */
#pragma once

#include "pp-change.h"

G_BEGIN_DECLS

typedef enum
{
  PP_CHANGE_ENTRY_SECTION,
  PP_CHANGE_ENTRY_ITEM,
  PP_CHANGE_ENTRY_CHANGE,
} PpChangeEntryLevel;

/* What the view's filter shows; a moved item counts as changed. */
typedef enum
{
  PP_CHANGE_FILTER_ALL,
  PP_CHANGE_FILTER_ADDED,
  PP_CHANGE_FILTER_REMOVED,
  PP_CHANGE_FILTER_CHANGED,
} PpChangeFilter;

#define PP_TYPE_CHANGE_ENTRY (pp_change_entry_get_type ())

G_DECLARE_FINAL_TYPE (PpChangeEntry, pp_change_entry, PP, CHANGE_ENTRY, GObject)

PpChangeEntryLevel  pp_change_entry_get_level   (PpChangeEntry  *self);
PpChange           *pp_change_entry_get_change  (PpChangeEntry  *self);
gboolean            pp_change_entry_get_present (PpChangeEntry  *self);

gboolean            pp_change_filter_accepts    (PpChangeFilter  filter,
                                                 PpChangeKind    kind);
GPtrArray          *pp_change_entries_build     (GListModel     *changes,
                                                 PpChangeFilter  filter);

G_END_DECLS
