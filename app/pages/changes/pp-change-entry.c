/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-change-entry.c: the lines of the changes view. The changes come
 * grouped by section and by item, in the file's order; the view shows a
 * heading before each section and each item, which GTK 4.8's list views
 * cannot do by themselves (sections came in 4.12), so the headings are
 * lines of the list too. */

#include "config.h"

#include "pp-change-entry.h"

struct _PpChangeEntry
{
  GObject parent_instance;

  PpChangeEntryLevel level;
  PpChange *change;   /* a heading's: the first change of its group */
  gboolean present;   /* its item is in the portfolio compared to */
};

G_DEFINE_FINAL_TYPE (PpChangeEntry, pp_change_entry, G_TYPE_OBJECT)

static void
pp_change_entry_finalize (GObject *object)
{
  PpChangeEntry *self = PP_CHANGE_ENTRY (object);

  g_clear_object (&self->change);

  G_OBJECT_CLASS (pp_change_entry_parent_class)->finalize (object);
}

static void
pp_change_entry_class_init (PpChangeEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pp_change_entry_finalize;
}

static void
pp_change_entry_init (PpChangeEntry *self)
{
}

static PpChangeEntry *
entry_new (PpChangeEntryLevel  level,
           PpChange           *change)
{
  PpChangeEntry *self = g_object_new (PP_TYPE_CHANGE_ENTRY, NULL);

  self->level = level;
  self->change = g_object_ref (change);
  self->present = TRUE;
  return self;
}

PpChangeEntryLevel
pp_change_entry_get_level (PpChangeEntry *self)
{
  g_return_val_if_fail (PP_IS_CHANGE_ENTRY (self), PP_CHANGE_ENTRY_CHANGE);

  return self->level;
}

/**
 * pp_change_entry_get_change:
 *
 * Returns: (transfer none): the change, or for a heading the first change
 *   of its section or item (which gives their section, id and name)
 */
PpChange *
pp_change_entry_get_change (PpChangeEntry *self)
{
  g_return_val_if_fail (PP_IS_CHANGE_ENTRY (self), NULL);

  return self->change;
}

/**
 * pp_change_entry_get_present:
 *
 * Returns: whether the entry's item is in the newer portfolio, so that it
 *   can be shown there: %FALSE for an item that was removed
 */
gboolean
pp_change_entry_get_present (PpChangeEntry *self)
{
  g_return_val_if_fail (PP_IS_CHANGE_ENTRY (self), FALSE);

  return self->present;
}

gboolean
pp_change_filter_accepts (PpChangeFilter filter,
                          PpChangeKind   kind)
{
  switch (filter)
    {
    case PP_CHANGE_FILTER_ADDED:
      return kind == PP_CHANGE_ADDED;
    case PP_CHANGE_FILTER_REMOVED:
      return kind == PP_CHANGE_REMOVED;
    case PP_CHANGE_FILTER_CHANGED:
      return kind == PP_CHANGE_CHANGED || kind == PP_CHANGE_MOVED;
    case PP_CHANGE_FILTER_ALL:
    default:
      return TRUE;
    }
}

/* Whether @change removes its whole item, which is then not there to show. */
static gboolean
removes_item (PpChange *change)
{
  return pp_change_get_kind (change) == PP_CHANGE_REMOVED && pp_change_get_path (change) == NULL &&
         pp_change_get_member (change) == NULL;
}

static gboolean
same_item (PpChange *a,
           PpChange *b)
{
  return a != NULL && pp_change_get_section (a) == pp_change_get_section (b) &&
         g_strcmp0 (pp_change_get_id (a), pp_change_get_id (b)) == 0;
}

/**
 * pp_change_entries_build:
 * @changes: the #PpChange list, grouped by section and item
 *
 * Returns: (transfer full) (element-type PpChangeEntry): the lines that
 *   show the changes @filter accepts, each section and item with a
 *   heading; the portfolio's own fields are one item with no heading of
 *   its own
 */
GPtrArray *
pp_change_entries_build (GListModel     *changes,
                         PpChangeFilter  filter)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (changes);
  g_autoptr(PpChange) last = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpChange) change = g_list_model_get_item (changes, i);
      PpSection section = pp_change_get_section (change);
      gboolean present = !removes_item (change);
      PpChangeEntry *entry;

      if (!pp_change_filter_accepts (filter, pp_change_get_kind (change)))
        continue;
      if (last == NULL || pp_change_get_section (last) != section)
        g_ptr_array_add (entries, entry_new (PP_CHANGE_ENTRY_SECTION, change));
      /* The portfolio's own fields are one item under its section's
       * heading already. */
      if (!same_item (last, change) && section != PP_SECTION_PORTFOLIO)
        {
          entry = entry_new (PP_CHANGE_ENTRY_ITEM, change);
          entry->present = present;
          g_ptr_array_add (entries, entry);
        }
      entry = entry_new (PP_CHANGE_ENTRY_CHANGE, change);
      entry->present = present;
      g_ptr_array_add (entries, entry);
      g_set_object (&last, change);
    }
  return entries;
}
