/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-merge-lists.c: what the merge of lists needs: the identities of their
 * elements, the merge of a set, and the order of any merged list.
 *
 * Elements are matched with the keys of pp-tree-keys.h, the same the
 * comparison uses: an element matched to one of the base is that element
 * ("=3", by its place in the base), one that is not was added ("+Visit",
 * by its key, so that one added on both sides is one element). A set (an
 * MoU's parties) keeps what either side added and loses what either side
 * removed.
 */

#include "config.h"

#include "pp-merge-private.h"
#include "pp-tree-keys.h"

static gboolean
set_contains (JsonArray  *array,
              const char *id)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), id) == 0)
      return TRUE;
  return FALSE;
}

/* What either side added, less what either removed, in ours' order and
 * then theirs'. */
JsonNode *
_pp_merge_set (JsonArray *arrays[N_SIDES])
{
  JsonArray *merged = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint s = OURS; s <= THEIRS; s++)
    {
      guint other = s == OURS ? THEIRS : OURS;
      guint n = arrays[s] != NULL ? json_array_get_length (arrays[s]) : 0;

      for (guint i = 0; i < n; i++)
        {
          const char *id = json_array_get_string_element (arrays[s], i);
          gboolean in_base = set_contains (arrays[BASE], id);

          if (id == NULL || set_contains (merged, id))
            continue;
          if (set_contains (arrays[other], id) || !in_base)
            json_array_add_string_element (merged, id);
        }
    }
  json_node_take_array (node, merged);
  return node;
}

/* The identities of the elements of one side's list. */
GPtrArray *
_pp_merge_identities (PpSection   section,
                      const char *member,
                      JsonArray  *base,
                      JsonArray  *array,
                      gboolean    is_base)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;
  GPtrArray *ids = g_ptr_array_new_full (n, g_free);
  g_autoptr(GPtrArray) keys = pp_tree_list_keys (section, member, array);
  g_autoptr(GArray) base_of = NULL;
  g_autoptr(GArray) of_base = NULL;

  if (!is_base)
    pp_tree_match_list (section, member, base, array, &base_of, &of_base);
  for (guint i = 0; i < n; i++)
    {
      int b = is_base ? (int) i : g_array_index (base_of, int, i);

      if (b >= 0)
        g_ptr_array_add (ids, g_strdup_printf ("=%d", b));
      else
        g_ptr_array_add (ids, g_strconcat ("+", (char *) keys->pdata[i], NULL));
    }
  return ids;
}

JsonNode *
_pp_merge_element_at (JsonArray  *array,
                      GPtrArray  *ids,
                      const char *id)
{
  if (array == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    if (g_str_equal (ids->pdata[i], id))
      return json_array_get_element (array, i);
  return NULL;
}

const char *
_pp_merge_element_name (PpSection   section,
                        const char *member,
                        JsonNode   *elements[N_SIDES])
{
  /* The base's name first: the conflict may be about the name itself. */
  for (guint s = 0; s < N_SIDES; s++)
    {
      JsonNode *node = elements[s];

      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        return pp_tree_element_name (section, member, json_node_get_object (node));
    }
  return NULL;
}

/* Whether @order puts the elements it shares with @base in another order. */
static gboolean
reordered (GPtrArray *base,
           GPtrArray *order)
{
  g_autoptr(GHashTable) in_order = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) in_base = g_hash_table_new (g_str_hash, g_str_equal);
  guint j = 0;

  for (guint i = 0; i < order->len; i++)
    g_hash_table_add (in_order, order->pdata[i]);
  for (guint i = 0; i < base->len; i++)
    g_hash_table_add (in_base, base->pdata[i]);
  for (guint i = 0; i < base->len; i++)
    {
      if (!g_hash_table_contains (in_order, base->pdata[i]))
        continue;
      /* The next shared element of @order must be this one. */
      while (j < order->len && !g_hash_table_contains (in_base, order->pdata[j]))
        j++;
      if (j == order->len || !g_str_equal (order->pdata[j], base->pdata[i]))
        return TRUE;
      j++;
    }
  return FALSE;
}

/* The elements of @order that kept their places relative to each other
 * since @base: a longest run of them in the base's order (the others were
 * moved). What the other side added after one of them goes after it. */
static GHashTable *
unmoved (GPtrArray *base,
         GPtrArray *order)
{
  g_autoptr(GHashTable) base_position = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) tails = g_array_new (FALSE, FALSE, sizeof (guint));  /* index into order */
  g_autofree guint *previous = g_new (guint, order->len + 1);
  g_autofree guint *positions = g_new (guint, order->len + 1);
  g_autofree gpointer *ids = g_new (gpointer, order->len + 1);
  GHashTable *stable = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  for (guint i = 0; i < base->len; i++)
    g_hash_table_insert (base_position, base->pdata[i], GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < order->len; i++)
    {
      guint p = GPOINTER_TO_UINT (g_hash_table_lookup (base_position, order->pdata[i]));
      guint lo = 0, hi = tails->len;

      if (p == 0)
        {
          /* Not in the base: added there, never moved. */
          g_hash_table_add (stable, order->pdata[i]);
          continue;
        }
      positions[n] = p;
      /* Patience sorting: the first tail not below @p. */
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (positions[g_array_index (tails, guint, mid)] < p)
            lo = mid + 1;
          else
            hi = mid;
        }
      previous[n] = lo > 0 ? g_array_index (tails, guint, lo - 1) : G_MAXUINT;
      if (lo == tails->len)
        g_array_append_val (tails, n);
      else
        g_array_index (tails, guint, lo) = n;
      ids[n] = order->pdata[i];
      n++;
    }
  for (guint k = tails->len > 0 ? g_array_index (tails, guint, tails->len - 1) : G_MAXUINT;
       k != G_MAXUINT; k = previous[k])
    g_hash_table_add (stable, ids[k]);
  return stable;
}

/**
 * _pp_merge_order:
 * @orders: the identities of the elements of each side's list, in order
 * @kept: the identities the result keeps
 *
 * The order of a merged list: that of the side that reordered it (ours when
 * neither did, or both), with what only the other side has placed after the
 * element it follows there.
 *
 * Returns: (transfer container): the identities of @kept in order
 */
GPtrArray *
_pp_merge_order (GPtrArray  *orders[N_SIDES],
                 GHashTable *kept)
{
  guint primary = !reordered (orders[BASE], orders[OURS]) &&
                  reordered (orders[BASE], orders[THEIRS]) ? THEIRS : OURS;
  GPtrArray *other = orders[primary == OURS ? THEIRS : OURS];
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) stable = unmoved (orders[BASE], orders[primary]);
  GQueue queue = G_QUEUE_INIT;
  GList *anchor = NULL;
  GPtrArray *result;

  for (guint i = 0; i < orders[primary]->len; i++)
    if (g_hash_table_contains (kept, orders[primary]->pdata[i]))
      {
        g_queue_push_tail (&queue, orders[primary]->pdata[i]);
        g_hash_table_insert (placed, orders[primary]->pdata[i], queue.tail);
      }

  /* What only the other side has goes after what precedes it there. */
  for (guint i = 0; i < other->len; i++)
    {
      const char *id = other->pdata[i];
      GList *link = g_hash_table_lookup (placed, id);
      gboolean inserted = FALSE;

      if (link == NULL && g_hash_table_contains (kept, id))
        {
          inserted = TRUE;
          if (anchor != NULL)
            g_queue_insert_after (&queue, anchor, (gpointer) id);
          else
            g_queue_push_head (&queue, (gpointer) id);
          link = anchor != NULL ? anchor->next : queue.head;
          g_hash_table_insert (placed, (gpointer) id, link);
        }
      /* An element the primary side moved is no landmark for the rest. */
      if (link != NULL && (inserted || g_hash_table_contains (stable, id)))
        anchor = link;
    }

  result = g_ptr_array_sized_new (queue.length);
  for (GList *l = queue.head; l != NULL; l = l->next)
    g_ptr_array_add (result, l->data);
  g_queue_clear (&queue);
  return result;
}
