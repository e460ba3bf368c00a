/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-array-store.c: PpArrayStore, the portfolio's lists.
 *
 * GListStore keeps its items in a balanced tree, so looking an item up by
 * position costs a walk down the tree unless it is next to the last one
 * looked up. The views look the portfolio's lists up all over the place:
 * a sorted register of 100,000 MoUs asks for its items in sorted order,
 * which is random order in the store, and reading them took 100 ms. An
 * array answers at once; inserting or removing moves the pointers after
 * the place, which for 100,000 items is a fraction of a millisecond. */

#include "config.h"

#include <string.h>

#include "pp-array-store.h"

struct _PpArrayStore
{
  GObject parent_instance;

  GType item_type;
  GPtrArray *items;
};

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void pp_array_store_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PpArrayStore, pp_array_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      pp_array_store_list_model_init))

static GType
get_item_type (GListModel *model)
{
  return PP_ARRAY_STORE (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return PP_ARRAY_STORE (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PpArrayStore *self = PP_ARRAY_STORE (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
pp_array_store_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
pp_array_store_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PpArrayStore *self = PP_ARRAY_STORE (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      self->item_type = g_value_get_gtype (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_array_store_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PpArrayStore *self = PP_ARRAY_STORE (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_array_store_finalize (GObject *object)
{
  PpArrayStore *self = PP_ARRAY_STORE (object);

  g_ptr_array_unref (self->items);
  G_OBJECT_CLASS (pp_array_store_parent_class)->finalize (object);
}

static void
pp_array_store_class_init (PpArrayStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pp_array_store_finalize;
  object_class->get_property = pp_array_store_get_property;
  object_class->set_property = pp_array_store_set_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_array_store_init (PpArrayStore *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

PpArrayStore *
pp_array_store_new (GType item_type)
{
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  return g_object_new (PP_TYPE_ARRAY_STORE, "item-type", item_type, NULL);
}

/**
 * pp_array_store_splice:
 * @additions: (array length=n_additions): items to insert, not taken
 *
 * Removes @n_removals items at @position and inserts @additions there, as
 * one change.
 */
void
pp_array_store_splice (PpArrayStore *self,
                       guint         position,
                       guint         n_removals,
                       gpointer     *additions,
                       guint         n_additions)
{
  g_return_if_fail (PP_IS_ARRAY_STORE (self));
  g_return_if_fail (position + n_removals <= self->items->len);
  for (guint i = 0; i < n_additions; i++)
    g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (additions[i], self->item_type));

  if (n_removals > 0)
    g_ptr_array_remove_range (self->items, position, n_removals);
  if (n_additions > 0)
    {
      guint old_len = self->items->len;

      g_ptr_array_set_size (self->items, old_len + n_additions);
      memmove (self->items->pdata + position + n_additions, self->items->pdata + position,
               (old_len - position) * sizeof (gpointer));
      for (guint i = 0; i < n_additions; i++)
        self->items->pdata[position + i] = g_object_ref (additions[i]);
    }
  if (n_removals > 0 || n_additions > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
}

void
pp_array_store_insert (PpArrayStore *self,
                       guint         position,
                       gpointer      item)
{
  g_return_if_fail (PP_IS_ARRAY_STORE (self));
  g_return_if_fail (position <= self->items->len);

  pp_array_store_splice (self, position, 0, &item, 1);
}

void
pp_array_store_append (PpArrayStore *self,
                       gpointer      item)
{
  g_return_if_fail (PP_IS_ARRAY_STORE (self));

  pp_array_store_splice (self, self->items->len, 0, &item, 1);
}

void
pp_array_store_remove (PpArrayStore *self,
                       guint         position)
{
  g_return_if_fail (PP_IS_ARRAY_STORE (self));
  g_return_if_fail (position < self->items->len);

  pp_array_store_splice (self, position, 1, NULL, 0);
}
