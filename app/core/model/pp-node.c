/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-node.c: ownership, change propagation and item lists for model objects. */

#include "config.h"

#include "pp-array-store.h"

#include <glib/gi18n-lib.h>

#include "pp-error.h"
#include "pp-node.h"

typedef struct
{
  char *id;
  PpNode *owner;      /* not a reference: the owner's list holds us */
  JsonObject *extra;  /* members the app does not know, or NULL */
} PpNodePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PpNode, pp_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_EXTRA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
check_id_unique (GListModel  *list,
                 PpNode      *item,
                 GError     **error)
{
  const char *id = pp_node_get_id (item);
  guint n = g_list_model_get_n_items (list);

  if (id == NULL)
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpNode) other = g_list_model_get_item (list, i);

      if (g_strcmp0 (pp_node_get_id (other), id) == 0)
        {
          g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_DUPLICATE_ID,
                       _("duplicate id “%s”"), id);
          return FALSE;
        }
    }
  return TRUE;
}

typedef struct
{
  PpNode *node;
  GError **error;
} CheckRefs;

static gboolean
check_one_reference (PpCollection  collection,
                     const char   *id,
                     const char   *member,
                     gpointer      user_data)
{
  CheckRefs *c = user_data;

  if (pp_node_check_reference (c->node, collection, id))
    return TRUE;

  pp_set_dangling_error (c->error, collection, member, id);
  return FALSE;
}

/**
 * pp_node_check_references:
 *
 * Checks that everything @item refers to exists in the portfolio that
 * holds @self.
 */
gboolean
pp_node_check_references (PpNode  *self,
                          PpNode  *item,
                          GError **error)
{
  CheckRefs c = { self, error };

  return pp_node_foreach_reference (item, check_one_reference, &c);
}

static gboolean
pp_node_real_validate_insert (PpNode      *self,
                              GListModel  *list,
                              PpNode      *item,
                              GError     **error)
{
  return check_id_unique (list, item, error) && pp_node_check_references (self, item, error);
}

static gboolean
pp_node_real_validate_remove (PpNode      *self,
                              GListModel  *list,
                              PpNode      *item,
                              GError     **error)
{
  return TRUE;
}

/* Items may outlive their owner (a view or the undo history still holds
 * them), so they must not keep pointing at it. */
static void
pp_node_dispose (GObject *object)
{
  PpNode *self = PP_NODE (object);
  PpNodeClass *klass = PP_NODE_GET_CLASS (self);
  const char *member;
  GListModel *list;

  for (guint i = 0; klass->get_list != NULL && (list = klass->get_list (self, i, &member)); i++)
    {
      guint n = g_list_model_get_n_items (list);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PpNode) item = g_list_model_get_item (list, j);

          pp_node_set_owner (item, NULL);
        }
    }

  G_OBJECT_CLASS (pp_node_parent_class)->dispose (object);
}

static void
pp_node_finalize (GObject *object)
{
  PpNodePrivate *priv = pp_node_get_instance_private (PP_NODE (object));

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->extra, json_object_unref);

  G_OBJECT_CLASS (pp_node_parent_class)->finalize (object);
}

static void
pp_node_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PpNodePrivate *priv = pp_node_get_instance_private (PP_NODE (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_EXTRA:
      g_value_set_boxed (value, priv->extra);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_node_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PpNodePrivate *priv = pp_node_get_instance_private (PP_NODE (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_free (priv->id);
      priv->id = g_value_dup_string (value);
      break;

    case PROP_EXTRA:
      if (g_value_get_boxed (value) == priv->extra)
        break;
      pp_node_take_extra (PP_NODE (object), g_value_dup_boxed (value));
      pp_node_changed (PP_NODE (object), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_node_class_init (PpNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pp_node_dispose;
  object_class->finalize = pp_node_finalize;
  object_class->get_property = pp_node_get_property;
  object_class->set_property = pp_node_set_property;

  klass->validate_insert = pp_node_real_validate_insert;
  klass->validate_remove = pp_node_real_validate_remove;

  /**
   * PpNode:id:
   *
   * The id other objects refer to this one by; fixed at construction, so
   * references never need rewriting. %NULL for items that have no id
   * (follow-ups, risks, partners, progress entries).
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PpNode:extra:
   *
   * The members the app does not know (see pp_node_get_extra()), as a
   * property so that the history can change them as one step like any
   * field, when a portfolio takes another's contents. The object is never
   * changed in place, so nodes may share it.
   */
  properties[PROP_EXTRA] =
    g_param_spec_boxed ("extra", NULL, NULL, JSON_TYPE_OBJECT,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_node_init (PpNode *self)
{
}

const char *
pp_node_get_id (PpNode *self)
{
  PpNodePrivate *priv = pp_node_get_instance_private (self);

  g_return_val_if_fail (PP_IS_NODE (self), NULL);

  return priv->id;
}

/**
 * pp_node_get_owner:
 *
 * Returns: (transfer none) (nullable): the node whose list holds @self.
 */
PpNode *
pp_node_get_owner (PpNode *self)
{
  PpNodePrivate *priv = pp_node_get_instance_private (self);

  g_return_val_if_fail (PP_IS_NODE (self), NULL);

  return priv->owner;
}

/**
 * pp_node_get_root:
 *
 * Returns: (transfer none): the topmost owner (usually the portfolio), or
 *   @self when it is not in any list.
 */
PpNode *
pp_node_get_root (PpNode *self)
{
  g_return_val_if_fail (PP_IS_NODE (self), NULL);

  while (pp_node_get_owner (self) != NULL)
    self = pp_node_get_owner (self);
  return self;
}

/**
 * pp_node_get_extra:
 *
 * Returns: (transfer none) (nullable): the members read from a file that the
 *   app does not know, in file order, each a string holding the JSON text of
 *   its value as the file had it (see pp-unknown-members.c), which saving
 *   writes back unchanged.
 */
JsonObject *
pp_node_get_extra (PpNode *self)
{
  PpNodePrivate *priv = pp_node_get_instance_private (self);

  g_return_val_if_fail (PP_IS_NODE (self), NULL);

  return priv->extra;
}

void
pp_node_take_extra (PpNode     *self,
                    JsonObject *extra)
{
  PpNodePrivate *priv = pp_node_get_instance_private (self);

  g_return_if_fail (PP_IS_NODE (self));

  g_clear_pointer (&priv->extra, json_object_unref);
  priv->extra = extra;
}

typedef struct
{
  PpReferenceFunc func;
  gpointer data;
  const char *list;
  guint index;
} Nested;

/* Prefixes the member of a reference made by an item of a list with the
 * list's place, giving "partners[1].organisation". */
static gboolean
nested_reference_cb (PpCollection  collection,
                     const char   *id,
                     const char   *member,
                     gpointer      user_data)
{
  Nested *n = user_data;
  g_autofree char *path = g_strdup_printf ("%s[%u].%s", n->list, n->index, member);

  return n->func (collection, id, path, n->data);
}

gboolean
pp_node_foreach_reference (PpNode          *self,
                           PpReferenceFunc  func,
                           gpointer         user_data)
{
  PpNodeClass *klass;
  GListModel *list;
  Nested nested = { func, user_data };

  g_return_val_if_fail (PP_IS_NODE (self), FALSE);

  klass = PP_NODE_GET_CLASS (self);
  if (klass->foreach_reference != NULL && !klass->foreach_reference (self, func, user_data))
    return FALSE;

  /* Items of our lists refer too (a venture's partners to organisations). */
  for (guint i = 0; klass->get_list != NULL && (list = klass->get_list (self, i, &nested.list)); i++)
    {
      guint n = g_list_model_get_n_items (list);

      for (nested.index = 0; nested.index < n; nested.index++)
        {
          g_autoptr(PpNode) item = g_list_model_get_item (list, nested.index);

          if (!pp_node_foreach_reference (item, nested_reference_cb, &nested))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * pp_node_lookup:
 *
 * Returns: (transfer none) (nullable): the item of @collection with @id
 *   among those @self indexes; %NULL also when @self indexes nothing (is not
 *   a portfolio).
 */
PpNode *
pp_node_lookup (PpNode       *self,
                PpCollection  collection,
                const char   *id)
{
  PpNodeClass *klass;

  g_return_val_if_fail (PP_IS_NODE (self), NULL);
  g_return_val_if_fail (collection < PP_N_COLLECTIONS, NULL);

  klass = PP_NODE_GET_CLASS (self);
  if (id == NULL || klass->lookup == NULL)
    return NULL;
  return klass->lookup (self, collection, id);
}

/**
 * pp_node_check_reference:
 *
 * Returns: whether @id names an item of @collection in the portfolio that
 *   holds @self; always %TRUE while @self is in no portfolio.
 */
gboolean
pp_node_check_reference (PpNode       *self,
                         PpCollection  collection,
                         const char   *id)
{
  PpNode *root = pp_node_get_root (self);

  /* Only a portfolio, the one root that indexes its items, can tell. */
  if (id == NULL || PP_NODE_GET_CLASS (root)->lookup == NULL)
    return TRUE;
  return pp_node_lookup (root, collection, id) != NULL;
}

/**
 * pp_node_changed:
 * @pspec: (nullable): the property that changed, or %NULL for a list
 *
 * Notifies @pspec and tells the root that something below it changed.
 */
void
pp_node_changed (PpNode     *self,
                 GParamSpec *pspec)
{
  PpNode *root;

  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);

  root = pp_node_get_root (self);
  if (PP_NODE_GET_CLASS (root)->descendant_changed != NULL)
    PP_NODE_GET_CLASS (root)->descendant_changed (root, self);
}

/**
 * pp_node_new_with_id:
 *
 * Creates a node of @type with @id, as g_object_new (type, "id", id, NULL)
 * does but without the property machinery, which the loader would pay for
 * every item of a large file.
 *
 * Returns: (transfer full): the new node
 */
gpointer
pp_node_new_with_id (GType       type,
                     const char *id)
{
  PpNode *self = g_object_new (type, NULL);
  PpNodePrivate *priv = pp_node_get_instance_private (self);

  priv->id = g_strdup (id);
  return self;
}

/* For an object that its owner holds outside any list (the country pair). */
void
pp_node_set_owner (PpNode *self,
                   PpNode *owner)
{
  PpNodePrivate *priv = pp_node_get_instance_private (self);

  priv->owner = owner;
}

/**
 * pp_node_insert_item:
 * @list: one of @self's item lists
 *
 * Inserts @item after checking that its id is new in @list and that what it
 * refers to exists in the portfolio. Takes a reference on @item.
 */
gboolean
pp_node_insert_item (PpNode      *self,
                     GListModel  *list,
                     guint        position,
                     PpNode      *item,
                     GError     **error)
{
  PpNodeClass *klass;

  g_return_val_if_fail (PP_IS_NODE (self), FALSE);
  g_return_val_if_fail (PP_IS_ARRAY_STORE (list), FALSE);
  g_return_val_if_fail (PP_IS_NODE (item), FALSE);
  g_return_val_if_fail (pp_node_get_owner (item) == NULL, FALSE);
  g_return_val_if_fail (g_type_is_a (G_OBJECT_TYPE (item), g_list_model_get_item_type (list)), FALSE);
  g_return_val_if_fail (position <= g_list_model_get_n_items (list), FALSE);

  klass = PP_NODE_GET_CLASS (self);
  if (!klass->validate_insert (self, list, item, error))
    return FALSE;

  pp_node_set_owner (item, self);
  pp_array_store_insert (PP_ARRAY_STORE (list), position, item);
  if (klass->item_added != NULL)
    klass->item_added (self, list, item);
  pp_node_changed (self, NULL);
  return TRUE;
}

gboolean
pp_node_append_item (PpNode      *self,
                     GListModel  *list,
                     PpNode      *item,
                     GError     **error)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (list), FALSE);

  return pp_node_insert_item (self, list, g_list_model_get_n_items (list), item, error);
}

/**
 * pp_node_remove_item:
 *
 * Removes the item at @position, unless something still refers to it (a
 * sector that MoUs belong to), which gives an error naming it.
 */
gboolean
pp_node_remove_item (PpNode      *self,
                     GListModel  *list,
                     guint        position,
                     GError     **error)
{
  g_autoptr(PpNode) item = NULL;
  PpNodeClass *klass;

  g_return_val_if_fail (PP_IS_NODE (self), FALSE);
  g_return_val_if_fail (PP_IS_ARRAY_STORE (list), FALSE);
  g_return_val_if_fail (position < g_list_model_get_n_items (list), FALSE);

  klass = PP_NODE_GET_CLASS (self);
  item = g_list_model_get_item (list, position);
  if (!klass->validate_remove (self, list, item, error))
    return FALSE;

  pp_array_store_remove (PP_ARRAY_STORE (list), position);
  pp_node_set_owner (item, NULL);
  if (klass->item_removed != NULL)
    klass->item_removed (self, list, item);
  pp_node_changed (self, NULL);
  return TRUE;
}

void
pp_node_move_item (PpNode     *self,
                   GListModel *list,
                   guint       from,
                   guint       to)
{
  g_autoptr(GObject) item = NULL;

  g_return_if_fail (PP_IS_NODE (self));
  g_return_if_fail (PP_IS_ARRAY_STORE (list));
  g_return_if_fail (from < g_list_model_get_n_items (list));
  g_return_if_fail (to < g_list_model_get_n_items (list));

  if (from == to)
    return;

  item = g_list_model_get_item (list, from);
  pp_array_store_remove (PP_ARRAY_STORE (list), from);
  pp_array_store_insert (PP_ARRAY_STORE (list), to, item);
  pp_node_changed (self, NULL);
}

/**
 * pp_node_adopt_items:
 *
 * Appends items that were already validated (by the loader) in one splice,
 * without emitting "changed".
 */
void
pp_node_adopt_items (PpNode      *self,
                     GListModel  *list,
                     PpNode     **items,
                     guint        n_items)
{
  PpNodeClass *klass = PP_NODE_GET_CLASS (self);

  for (guint i = 0; i < n_items; i++)
    pp_node_set_owner (items[i], self);
  pp_array_store_splice (PP_ARRAY_STORE (list), g_list_model_get_n_items (list), 0,
                       (gpointer *) items, n_items);
  if (klass->item_added != NULL)
    for (guint i = 0; i < n_items; i++)
      klass->item_added (self, list, items[i]);
}

/**
 * pp_node_copy:
 * @id: (nullable): the copy's id
 *
 * Copies every writable property and, recursively, the items of every list
 * and the unknown members. The copy belongs to no list yet.
 *
 * Returns: (transfer full): the copy
 */
PpNode *
pp_node_copy (PpNode     *self,
              const char *id)
{
  PpNodeClass *klass;
  PpNode *copy;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  const char *member;
  GListModel *list;
  PpNodePrivate *priv;

  g_return_val_if_fail (PP_IS_NODE (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), "id", id, NULL);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GValue value = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_WRITABLE) || (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
      g_value_unset (&value);
    }

  klass = PP_NODE_GET_CLASS (self);
  for (guint i = 0; klass->get_list != NULL && (list = klass->get_list (self, i, &member)); i++)
    {
      GListModel *copy_list = klass->get_list (copy, i, &member);
      guint n = g_list_model_get_n_items (list);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PpNode) item = g_list_model_get_item (list, j);
          g_autoptr(PpNode) item_copy = pp_node_copy (item, pp_node_get_id (item));

          pp_node_set_owner (item_copy, copy);
          pp_array_store_append (PP_ARRAY_STORE (copy_list), item_copy);
        }
    }

  priv = pp_node_get_instance_private (self);
  if (priv->extra != NULL)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonNode) node_copy = NULL;

      json_node_set_object (node, priv->extra);
      node_copy = json_node_copy (node);
      pp_node_take_extra (copy, json_object_ref (json_node_get_object (node_copy)));
    }
  return copy;
}
