/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-settled-model.c: PpSettledModel, the items of a GtkSortListModel in
 * the order it last finished sorting them.
 *
 * An incremental sort of a long list reorders it step by step, and every
 * step tells the view that most of the list changed: the view rebuilds its
 * visible rows each time, which costs far more than the sorting, and the
 * rows jump about for seconds. This model keeps showing the previous order
 * while a sort runs, then changes once when it is done. Items added or
 * removed meanwhile are not held back: the model catches up with the sort
 * as it stands at once, so it never shows an item that is gone.
 *
 * It can also show the order reversed, which the register uses for
 * sorting down: GTK 4.8's sorters with keys only sort text up.
 */

#include "config.h"

#include "pp-settled-model.h"

#include <string.h>

struct _PpSettledModel
{
  GObject parent_instance;

  GtkSortListModel *sorted;
  GPtrArray *items;     /* the order shown, with a reference to each item */
  gboolean behind;      /* the sorted model has moved on since */
  gboolean reversed;    /* the items are shown last first */
  gboolean want_reversed;  /* ... once the sort running is done */
  guint catch_up_source;
};

static void pp_settled_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PpSettledModel, pp_settled_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      pp_settled_model_list_model_init))

static GType
get_item_type (GListModel *model)
{
  PpSettledModel *self = PP_SETTLED_MODEL (model);

  return g_list_model_get_item_type (G_LIST_MODEL (self->sorted));
}

static guint
get_n_items (GListModel *model)
{
  return PP_SETTLED_MODEL (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PpSettledModel *self = PP_SETTLED_MODEL (model);

  if (position >= self->items->len)
    return NULL;
  if (self->reversed)
    position = self->items->len - 1 - position;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
pp_settled_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* Copies @n items of the sorted model from @position into ours. */
static void
copy_items (PpSettledModel *self,
            guint           position,
            guint           n)
{
  GListModel *sorted = G_LIST_MODEL (self->sorted);

  for (guint i = 0; i < n; i++)
    self->items->pdata[position + i] = g_list_model_get_item (sorted, position + i);
}

/* Replaces @removed items at @position with @added from the sorted model,
 * moving the items after them once (inserting one by one would move them
 * once per item: 20 ms for a thousand items in the middle of 100,000). */
static void
splice (PpSettledModel *self,
        guint           position,
        guint           removed,
        guint           added)
{
  guint old_n = self->items->len;

  for (guint i = 0; i < removed; i++)
    g_clear_object (&self->items->pdata[position + i]);
  if (added > removed)
    g_ptr_array_set_size (self->items, old_n + added - removed);
  memmove (self->items->pdata + position + added, self->items->pdata + position + removed,
           (old_n - position - removed) * sizeof (gpointer));
  if (added < removed)
    {
      /* The tail now holds copies of the pointers moved down: drop it
       * without unreffing them. */
      g_ptr_array_set_free_func (self->items, NULL);
      g_ptr_array_set_size (self->items, old_n + added - removed);
      g_ptr_array_set_free_func (self->items, g_object_unref);
    }
  copy_items (self, position, added);
}

/* Takes the sorted model's order as it is now, in one change. */
static void
catch_up (PpSettledModel *self)
{
  guint removed = self->items->len;
  guint added = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_set_size (self->items, added);
  copy_items (self, 0, added);
  self->behind = FALSE;
  self->reversed = self->want_reversed;
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, added);
}

/* Whether the sorted model has the items we show at @position; its last
 * step may report a change that catching up has already taken in. */
static gboolean
same_items (PpSettledModel *self,
            guint           position,
            guint           n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), position + i);

      if (item != g_ptr_array_index (self->items, position + i))
        return FALSE;
    }
  return TRUE;
}

static void
sorted_items_changed_cb (GListModel     *sorted,
                         guint           position,
                         guint           removed,
                         guint           added,
                         PpSettledModel *self)
{
  guint old_n;

  /* A step of the sort only reorders; hold it back until the last one. */
  if (removed == added && gtk_sort_list_model_get_pending (self->sorted) > 0)
    {
      self->behind = TRUE;
      return;
    }
  if (self->behind)
    {
      catch_up (self);
      return;
    }

  if (removed == added && same_items (self, position, added))
    return;
  old_n = self->items->len;
  /* Never trust a change that does not fit what we hold: start over. */
  if (position > old_n || removed > old_n - position ||
      old_n - removed + added != g_list_model_get_n_items (sorted))
    {
      catch_up (self);
      return;
    }
  splice (self, position, removed, added);
  if (self->reversed)
    position = old_n - position - removed;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static gboolean
catch_up_idle (gpointer user_data)
{
  PpSettledModel *self = user_data;

  self->catch_up_source = 0;
  if (self->behind && gtk_sort_list_model_get_pending (self->sorted) == 0)
    catch_up (self);
  return G_SOURCE_REMOVE;
}

/* The sort is done: catch up, from an idle rather than here, because GTK
 * 4.8's sort model also says so in the middle of taking in an added item,
 * when it counts the item but does not have it yet. Before drawing. */
static void
sorted_pending_cb (PpSettledModel *self)
{
  if (self->behind && gtk_sort_list_model_get_pending (self->sorted) == 0 &&
      self->catch_up_source == 0)
    self->catch_up_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, catch_up_idle, self, NULL);
}

static void
pp_settled_model_dispose (GObject *object)
{
  PpSettledModel *self = PP_SETTLED_MODEL (object);

  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  g_clear_handle_id (&self->catch_up_source, g_source_remove);
  g_clear_object (&self->sorted);
  g_ptr_array_set_size (self->items, 0);
  G_OBJECT_CLASS (pp_settled_model_parent_class)->dispose (object);
}

static void
pp_settled_model_finalize (GObject *object)
{
  PpSettledModel *self = PP_SETTLED_MODEL (object);

  g_ptr_array_unref (self->items);
  G_OBJECT_CLASS (pp_settled_model_parent_class)->finalize (object);
}

static void
pp_settled_model_class_init (PpSettledModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pp_settled_model_dispose;
  object_class->finalize = pp_settled_model_finalize;
}

static void
pp_settled_model_init (PpSettledModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * pp_settled_model_new:
 * @sorted: (transfer full): the sorted list to follow
 */
PpSettledModel *
pp_settled_model_new (GtkSortListModel *sorted)
{
  PpSettledModel *self;

  g_return_val_if_fail (GTK_IS_SORT_LIST_MODEL (sorted), NULL);

  self = g_object_new (PP_TYPE_SETTLED_MODEL, NULL);
  self->sorted = sorted;
  g_signal_connect (sorted, "items-changed", G_CALLBACK (sorted_items_changed_cb), self);
  g_signal_connect_swapped (sorted, "notify::pending", G_CALLBACK (sorted_pending_cb), self);
  g_ptr_array_set_size (self->items, g_list_model_get_n_items (G_LIST_MODEL (sorted)));
  copy_items (self, 0, self->items->len);
  return self;
}

/**
 * pp_settled_model_set_reversed:
 *
 * Shows the items last first, or first first again; while a sort runs,
 * from when it is done, so the old order does not flip over meanwhile.
 */
void
pp_settled_model_set_reversed (PpSettledModel *self,
                               gboolean        reversed)
{
  g_return_if_fail (PP_IS_SETTLED_MODEL (self));

  self->want_reversed = reversed;
  if (self->reversed == reversed)
    return;
  if (gtk_sort_list_model_get_pending (self->sorted) > 0)
    {
      self->behind = TRUE;
      return;
    }
  self->reversed = reversed;
  if (self->items->len > 1)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, self->items->len, self->items->len);
}
