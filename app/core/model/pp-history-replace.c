/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-history-replace.c: turning a portfolio into another's contents as one
 * undo step (a merge, or the restore of an old version).
 *
 * The change is made in place with the history's own steps, so that what
 * stays stays the same object: an item whose id is in both portfolios is
 * updated field by field, and an editor open on it keeps working. Items
 * are added before any is removed, and the collections are visited in the
 * order their references point (MoUs refer to sectors and organisations,
 * ventures to those and to MoUs, commitments to sectors and MoUs), so every
 * step passes the model's reference checks.
 */

#include "config.h"

#include "pp-history-private.h"

/* Unknown members are the same when they have the same names in the same
 * order (the order they are written back in) and the same values. */
static gboolean
extras_equal (JsonObject *a,
              JsonObject *b)
{
  g_autoptr(GList) names_a = NULL;
  g_autoptr(GList) names_b = NULL;
  GList *x, *y;

  if (a == b)
    return TRUE;
  names_a = a != NULL ? json_object_get_members (a) : NULL;
  names_b = b != NULL ? json_object_get_members (b) : NULL;
  for (x = names_a, y = names_b; x != NULL && y != NULL; x = x->next, y = y->next)
    if (g_strcmp0 (x->data, y->data) != 0 ||
        !json_node_equal (json_object_get_member (a, x->data),
                          json_object_get_member (b, y->data)))
      return FALSE;
  return x == NULL && y == NULL;
}

/* Sets every field of @node that differs from @target's; the history
 * itself skips a value that is already the same. */
static void
replace_fields (PpHistory *history,
                PpNode    *node,
                PpNode    *target)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (target), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      GValue value = G_VALUE_INIT;

      if (!(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;
      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (target), pspec->name, &value);
      if (pspec->value_type == JSON_TYPE_OBJECT)
        {
          GValue own = G_VALUE_INIT;
          gboolean same;

          /* Boxed values compare by pointer, unknown members by contents. */
          g_value_init (&own, pspec->value_type);
          g_object_get_property (G_OBJECT (node), pspec->name, &own);
          same = extras_equal (g_value_get_boxed (&own), g_value_get_boxed (&value));
          g_value_unset (&own);
          if (same)
            {
              g_value_unset (&value);
              continue;
            }
        }
      pp_history_set_value (history, node, pspec->name, &value, FALSE);
      g_value_unset (&value);
    }
}

static gboolean replace_node (PpHistory  *history,
                              PpNode     *node,
                              PpNode     *target,
                              GError    **error);

/* Finds the item with @id at @from or after it. */
static guint
find_id (GListModel *list,
         guint       from,
         const char *id)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = from; i < n; i++)
    {
      g_autoptr(PpNode) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (pp_node_get_id (item), id) == 0)
        return i;
    }
  return G_MAXUINT;
}

static gboolean
has_ids (GListModel *list)
{
  g_autoptr(PpNode) first = g_list_model_get_item (list, 0);

  return first != NULL && pp_node_get_id (first) != NULL;
}

/* Updates the items of @list whose id @target_list has too and adds copies
 * of the ones it lacks, at the end; removing and ordering come later. Items
 * without ids are matched by position. */
static gboolean
update_and_add (PpHistory   *history,
                PpNode      *owner,
                GListModel  *list,
                GListModel  *target_list,
                GHashTable  *by_id,
                GError     **error)
{
  guint n = g_list_model_get_n_items (target_list);
  gboolean ids = has_ids (target_list) || has_ids (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpNode) wanted = g_list_model_get_item (target_list, i);
      g_autoptr(PpNode) item = NULL;
      g_autoptr(PpNode) copy = NULL;

      if (ids)
        item = g_hash_table_lookup (by_id, pp_node_get_id (wanted));
      else
        item = g_list_model_get_item (list, i);
      if (ids && item != NULL)
        g_object_ref (item);

      if (item != NULL)
        {
          if (!replace_node (history, item, wanted, error))
            return FALSE;
          continue;
        }
      copy = pp_node_copy (wanted, pp_node_get_id (wanted));
      if (!pp_history_append (history, owner, list, copy, error))
        return FALSE;
    }
  return TRUE;
}

/* Removes, from the end, the items of @list that @target_list lacks. */
static gboolean
remove_missing (PpHistory   *history,
                PpNode      *owner,
                GListModel  *list,
                GListModel  *target_list,
                GHashTable  *target_ids,
                GError     **error)
{
  guint n = g_list_model_get_n_items (list);
  guint n_target = g_list_model_get_n_items (target_list);
  gboolean ids = has_ids (list);

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(PpNode) item = g_list_model_get_item (list, i - 1);
      gboolean keep = ids ? g_hash_table_contains (target_ids, pp_node_get_id (item))
                          : i - 1 < n_target;

      if (!keep && !pp_history_remove (history, owner, list, i - 1, error))
        return FALSE;
    }
  return TRUE;
}

/* Moves the items of @list, which now has the ids of @target_list, into
 * its order. */
static void
order_as (PpHistory  *history,
          PpNode     *owner,
          GListModel *list,
          GListModel *target_list)
{
  guint n = g_list_model_get_n_items (target_list);

  if (!has_ids (target_list))
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpNode) wanted = g_list_model_get_item (target_list, i);
      guint from = find_id (list, i, pp_node_get_id (wanted));

      g_assert (from != G_MAXUINT);
      pp_history_move (history, owner, list, from, i);
    }
}

static GHashTable *
index_ids (GListModel *list)
{
  GHashTable *by_id = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpNode) item = g_list_model_get_item (list, i);

      /* The list holds the item, so the table need not. */
      if (pp_node_get_id (item) != NULL)
        g_hash_table_insert (by_id, (gpointer) pp_node_get_id (item), item);
    }
  return by_id;
}

/* A list below the top level: nothing refers to its items, so it can be
 * updated, trimmed and ordered at once. */
static gboolean
replace_list (PpHistory   *history,
              PpNode      *owner,
              GListModel  *list,
              GListModel  *target_list,
              GError     **error)
{
  g_autoptr(GHashTable) by_id = index_ids (list);
  g_autoptr(GHashTable) target_ids = index_ids (target_list);

  if (!update_and_add (history, owner, list, target_list, by_id, error) ||
      !remove_missing (history, owner, list, target_list, target_ids, error))
    return FALSE;
  order_as (history, owner, list, target_list);
  return TRUE;
}

static gboolean
replace_node (PpHistory  *history,
              PpNode     *node,
              PpNode     *target,
              GError    **error)
{
  PpNodeClass *klass = PP_NODE_GET_CLASS (node);
  const char *member;
  GListModel *list;

  g_assert (G_OBJECT_TYPE (node) == G_OBJECT_TYPE (target));

  replace_fields (history, node, target);
  for (guint i = 0; klass->get_list != NULL && (list = klass->get_list (node, i, &member)); i++)
    if (!replace_list (history, node, list, klass->get_list (target, i, &member), error))
      return FALSE;
  return TRUE;
}

static gboolean
replace_portfolio (PpHistory    *history,
                   PpPortfolio  *portfolio,
                   PpPortfolio  *target,
                   GError      **error)
{
  GHashTable *target_ids[PP_N_COLLECTIONS] = { NULL, };
  gboolean ok = TRUE;

  replace_fields (history, PP_NODE (portfolio), PP_NODE (target));
  replace_fields (history, PP_NODE (pp_portfolio_get_countries (portfolio)),
                  PP_NODE (pp_portfolio_get_countries (target)));

  /* What is referred to is added first, and removed last. */
  for (guint c = 0; ok && c < PP_N_COLLECTIONS; c++)
    {
      GListModel *list = pp_portfolio_get_collection (portfolio, c);
      g_autoptr(GHashTable) by_id = index_ids (list);

      target_ids[c] = index_ids (pp_portfolio_get_collection (target, c));
      ok = update_and_add (history, PP_NODE (portfolio), list,
                           pp_portfolio_get_collection (target, c), by_id, error);
    }
  for (guint c = PP_N_COLLECTIONS; ok && c > 0; c--)
    ok = remove_missing (history, PP_NODE (portfolio),
                         pp_portfolio_get_collection (portfolio, c - 1),
                         pp_portfolio_get_collection (target, c - 1), target_ids[c - 1], error);
  for (guint c = 0; ok && c < PP_N_COLLECTIONS; c++)
    order_as (history, PP_NODE (portfolio), pp_portfolio_get_collection (portfolio, c),
              pp_portfolio_get_collection (target, c));

  for (guint c = 0; c < PP_N_COLLECTIONS; c++)
    g_clear_pointer (&target_ids[c], g_hash_table_unref);
  return ok;
}

/**
 * pp_history_replace_contents:
 * @target: the portfolio whose contents the history's portfolio takes; it
 *   is read, not changed, and no item of it is taken over
 *
 * Makes the history's portfolio save into the same file as @target, as
 * one undo step: items whose id both have are updated where they are,
 * items of @target's that are new are added as copies, the rest removed,
 * and the lists put in @target's order. Items without ids (follow-ups,
 * partners, risks, progress entries, contacts) are matched by position.
 * Call it outside any group of the caller's, so that a failure can take
 * back what was done.
 *
 * Returns: %TRUE on success; on failure the portfolio is as it was and
 *   nothing is recorded
 */
gboolean
pp_history_replace_contents (PpHistory    *self,
                             PpPortfolio  *target,
                             GError      **error)
{
  g_return_val_if_fail (PP_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (PP_IS_PORTFOLIO (target), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (_pp_history_refuse (self, error))
    return FALSE;
  pp_history_begin_group (self);
  if (!replace_portfolio (self, pp_history_get_portfolio (self), target, error))
    {
      pp_history_cancel_group (self);
      return FALSE;
    }
  pp_history_end_group (self);
  return TRUE;
}
