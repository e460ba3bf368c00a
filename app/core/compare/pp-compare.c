/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-compare.c: compares two versions of a portfolio, item by item.
 *
 * Items are matched by their keys (pp-tree-keys.h); two items with the
 * same text are equal and not looked into, so comparing two large
 * portfolios costs little more than writing them. The changes come in a
 * fixed order: sections in file order, items in the new version's order,
 * each removed item after the item before it in the old version (or at
 * the end when none of those is left). An item that keeps its neighbours
 * but for some that moved is not moved itself: the moved items are those
 * outside a longest run that kept its order.
 */

#include "config.h"

#include <string.h>

#include "pp-change-words.h"
#include "pp-compare.h"
#include "pp-tree-keys.h"

typedef struct
{
  PpChangeWords words;
  GPtrArray *changes;
  PpSection section;
  PpTreeItem *item;  /* the top-level item, in the newer version it is in; its
                      * name is looked up (so it is parsed) only for a change */
} Walk;

typedef void (*PairFunc) (Walk     *walk,
                          int       old_index,
                          int       new_index,
                          gboolean  moved,
                          gpointer  data);

static void compare_members (Walk       *walk,
                             const char *path,
                             const char *context,
                             const char *element_name,
                             JsonObject *old_object,
                             JsonObject *new_object);

static void
emit (Walk         *walk,
      PpChangeKind  kind,
      const char   *path,
      const char   *member,
      JsonNode     *old_value,
      JsonNode     *new_value,
      char         *description)
{
  g_ptr_array_add (walk->changes, pp_change_new (kind, walk->section,
                                                 pp_tree_item_get_key (walk->item),
                                                 pp_tree_item_get_name (walk->item), path,
                                                 member, old_value, new_value, description));
  g_free (description);
}

static JsonNode *
object_node (JsonObject *object)
{
  return json_node_init_object (json_node_alloc (), object);
}

/* Marks the elements (by new index) outside a longest run of matched
 * elements whose old indexes rise: those are the ones that moved. */
static gboolean *
find_moved (GArray *old_of_new)
{
  guint n = old_of_new->len;
  gboolean *moved = g_new0 (gboolean, n + 1);
  g_autofree int *tails = g_new (int, n + 1);     /* new index ending a run of length i+1 */
  g_autofree int *before = g_new (int, n + 1);    /* the element before, in its run */
  guint length = 0;

  for (guint j = 0; j < n; j++)
    {
      int o = g_array_index (old_of_new, int, j);
      guint lo = 0, hi = length;

      if (o < 0)
        continue;
      moved[j] = TRUE;
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (g_array_index (old_of_new, int, tails[mid]) < o)
            lo = mid + 1;
          else
            hi = mid;
        }
      before[j] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = j;
      if (lo == length)
        length++;
    }
  for (int j = length > 0 ? tails[length - 1] : -1; j >= 0; j = before[j])
    moved[j] = FALSE;
  return moved;
}

/* Calls @func for each pair of a matched, added or removed element in the
 * order the changes are listed in. */
static void
walk_pairs (Walk     *walk,
            GArray   *old_of_new,
            GArray   *new_of_old,
            PairFunc  func,
            gpointer  data)
{
  guint n_new = old_of_new->len;
  guint n_old = new_of_old->len;
  g_autofree gboolean *moved = find_moved (old_of_new);
  g_autofree int *head = g_new (int, n_new + 1);   /* removed elements after new j */
  g_autofree int *tail = g_new (int, n_new + 1);
  g_autofree int *next = g_new (int, n_old + 1);
  guint anchor = n_new;

  for (guint j = 0; j <= n_new; j++)
    head[j] = tail[j] = -1;
  for (guint o = 0; o < n_old; o++)
    {
      int n = g_array_index (new_of_old, int, o);

      if (n >= 0)
        {
          anchor = n;
          continue;
        }
      next[o] = -1;
      if (tail[anchor] < 0)
        head[anchor] = o;
      else
        next[tail[anchor]] = o;
      tail[anchor] = o;
    }
  for (guint j = 0; j <= n_new; j++)
    {
      if (j < n_new)
        func (walk, g_array_index (old_of_new, int, j), j, moved[j], data);
      for (int o = head[j]; o >= 0; o = next[o])
        func (walk, o, -1, FALSE, data);
    }
}

/* A key of a list, as a path shows it: an occurrence number after "#". */
static char *
element_path (const char *list,
              const char *key)
{
  g_autofree char *shown = g_strdup (key);
  char *separator = strchr (shown, '\x1f');

  if (separator != NULL)
    {
      guint occurrence = (guint) g_ascii_strtoull (separator + 1, NULL, 10);

      *separator = '\0';
      return g_strdup_printf ("%s/%s#%u", list, shown, occurrence + 1);
    }
  return g_strdup_printf ("%s/%s", list, shown);
}

typedef struct
{
  const char *list;
  JsonArray *old_array;
  JsonArray *new_array;
  GPtrArray *old_keys;
  GPtrArray *new_keys;
} ListPair;

static void
visit_element (Walk     *walk,
               int       o,
               int       n,
               gboolean  moved,
               gpointer  data)
{
  ListPair *pair = data;
  JsonNode *old_element = o >= 0 ? json_array_get_element (pair->old_array, o) : NULL;
  JsonNode *new_element = n >= 0 ? json_array_get_element (pair->new_array, n) : NULL;
  g_autofree char *path = element_path (pair->list, n >= 0 ? pair->new_keys->pdata[n]
                                                           : pair->old_keys->pdata[o]);
  g_autofree char *name = NULL;

  if (new_element == NULL || old_element == NULL)
    {
      PpChangeKind kind = new_element == NULL ? PP_CHANGE_REMOVED : PP_CHANGE_ADDED;

      emit (walk, kind, path, NULL, old_element, new_element,
            pp_change_words_element (&walk->words, kind, walk->section, pair->list,
                                     new_element != NULL ? new_element : old_element,
                                     new_element == NULL, 0));
      return;
    }
  if (moved)
    emit (walk, PP_CHANGE_MOVED, path, NULL, old_element, new_element,
          pp_change_words_element (&walk->words, PP_CHANGE_MOVED, walk->section, pair->list,
                                   new_element, FALSE, n));
  if (json_node_equal (old_element, new_element))
    return;
  if (!JSON_NODE_HOLDS_OBJECT (old_element) || !JSON_NODE_HOLDS_OBJECT (new_element))
    {
      emit (walk, PP_CHANGE_CHANGED, path, NULL, old_element, new_element,
            pp_change_words_field (&walk->words, walk->section, pair->list, NULL, "", old_element,
                                   new_element));
      return;
    }
  name = pp_change_words_element_name (&walk->words, walk->section, pair->list,
                                       json_node_get_object (new_element), FALSE);
  compare_members (walk, path, pair->list, name != NULL ? name : "",
                   json_node_get_object (old_element), json_node_get_object (new_element));
}

/* A set of ids: what is in one and not the other, in the set's order. */
static void
compare_set (Walk       *walk,
             const char *list,
             JsonArray  *a,
             JsonArray  *b,
             JsonArray  *in,
             PpChangeKind kind)
{
  g_autoptr(GHashTable) others = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (in); i++)
    {
      const char *id = json_node_get_string (json_array_get_element (in, i));

      if (id != NULL)
        g_hash_table_add (others, (gpointer) id);
    }
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *element = json_array_get_element (a, i);
      const char *id = json_node_get_string (element);
      g_autofree char *path = NULL;

      if (id == NULL || g_hash_table_contains (others, id))
        continue;
      path = g_strdup_printf ("%s/%s", list, id);
      emit (walk, kind, path, NULL, kind == PP_CHANGE_REMOVED ? element : NULL,
            kind == PP_CHANGE_ADDED ? element : NULL,
            pp_change_words_element (&walk->words, kind, walk->section, list, element,
                                     kind == PP_CHANGE_REMOVED, 0));
    }
  (void) b;
}

static void
compare_list (Walk       *walk,
              const char *list,
              JsonArray  *old_array,
              JsonArray  *new_array)
{
  g_autoptr(GArray) old_of_new = NULL;
  g_autoptr(GArray) new_of_old = NULL;
  g_autoptr(GPtrArray) old_keys = NULL;
  g_autoptr(GPtrArray) new_keys = NULL;
  ListPair pair = { list, old_array, new_array };

  if (pp_tree_list_rule (walk->section, list, NULL) == PP_LIST_RULE_SET)
    {
      compare_set (walk, list, new_array, NULL, old_array, PP_CHANGE_ADDED);
      compare_set (walk, list, old_array, NULL, new_array, PP_CHANGE_REMOVED);
      return;
    }
  old_keys = pp_tree_list_keys (walk->section, list, old_array);
  new_keys = pp_tree_list_keys (walk->section, list, new_array);
  pair.old_keys = old_keys;
  pair.new_keys = new_keys;
  pp_tree_match_list (walk->section, list, old_array, new_array, &old_of_new, &new_of_old);
  walk_pairs (walk, old_of_new, new_of_old, visit_element, &pair);
}

/* The value a commitment has reached: that of its latest progress entry,
 * as pp_commitment_get_achieved() counts, but with no "today". */
static gint64
reached (JsonArray *progress)
{
  const char *latest = NULL;
  gint64 value = 0;

  for (guint i = 0; i < json_array_get_length (progress); i++)
    {
      JsonNode *node = json_array_get_element (progress, i);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *on;

      if (entry == NULL)
        continue;
      on = json_object_get_string_member_with_default (entry, "on", "");
      if (latest == NULL || strcmp (on, latest) >= 0)
        {
          latest = on;
          value = json_object_get_int_member_with_default (entry, "value", 0);
        }
    }
  return value;
}

/* A commitment's progress is one change when the value reached moved,
 * else its entries are compared one by one. */
static void
compare_progress (Walk       *walk,
                  JsonNode   *old_value,
                  JsonNode   *new_value,
                  JsonObject *new_object)
{
  JsonArray *old_array = json_node_get_array (old_value);
  JsonArray *new_array = json_node_get_array (new_value);
  gint64 before = reached (old_array);
  gint64 after = reached (new_array);

  if (before == after)
    {
      compare_list (walk, "progress", old_array, new_array);
      return;
    }
  emit (walk, PP_CHANGE_CHANGED, NULL, "progress", old_value, new_value,
        pp_change_words_progress (before, after,
                                  json_object_get_int_member_with_default (new_object, "target",
                                                                           0),
                                  json_object_get_string_member_with_default (new_object, "unit",
                                                                              "")));
}

static void
compare_member (Walk       *walk,
                const char *path,
                const char *context,
                const char *element_name,
                const char *member,
                JsonObject *new_object,
                JsonNode   *old_value,
                JsonNode   *new_value)
{
  if (old_value != NULL && new_value != NULL && json_node_equal (old_value, new_value))
    return;
  if (context == NULL && old_value != NULL && new_value != NULL)
    {
      gboolean arrays = JSON_NODE_HOLDS_ARRAY (old_value) && JSON_NODE_HOLDS_ARRAY (new_value);

      if (arrays && walk->section == PP_SECTION_COMMITMENTS && strcmp (member, "progress") == 0)
        {
          compare_progress (walk, old_value, new_value, new_object);
          return;
        }
      if (arrays && pp_tree_list_rule (walk->section, member, NULL) != PP_LIST_RULE_NONE)
        {
          compare_list (walk, member, json_node_get_array (old_value),
                        json_node_get_array (new_value));
          return;
        }
      if (JSON_NODE_HOLDS_OBJECT (old_value) && JSON_NODE_HOLDS_OBJECT (new_value) &&
          pp_tree_is_group (walk->section, member))
        {
          compare_members (walk, member, member, NULL, json_node_get_object (old_value),
                           json_node_get_object (new_value));
          return;
        }
    }
  emit (walk, PP_CHANGE_CHANGED, path, member, old_value, new_value,
        pp_change_words_field (&walk->words, walk->section, context, element_name, member,
                               old_value, new_value));
}

/* Compares the members of an item, of an element of a list (@context is
 * the list) or of a group (@context is the group), in the new version's
 * order, then those only the old version has. */
static void
compare_members (Walk       *walk,
                 const char *path,
                 const char *context,
                 const char *element_name,
                 JsonObject *old_object,
                 JsonObject *new_object)
{
  GList *new_members = json_object_get_members (new_object);
  GList *old_members = json_object_get_members (old_object);

  for (GList *l = new_members; l != NULL; l = l->next)
    compare_member (walk, path, context, element_name, l->data, new_object,
                    json_object_get_member (old_object, l->data),
                    json_object_get_member (new_object, l->data));
  for (GList *l = old_members; l != NULL; l = l->next)
    if (!json_object_has_member (new_object, l->data))
      compare_member (walk, path, context, element_name, l->data, new_object,
                      json_object_get_member (old_object, l->data), NULL);
  g_list_free (new_members);
  g_list_free (old_members);
}

static void
visit_item (Walk     *walk,
            int       o,
            int       n,
            gboolean  moved,
            gpointer  data)
{
  PpTreeItem *old_item = o >= 0 ? pp_portfolio_tree_get_item (walk->words.old_tree,
                                                              walk->section, o) : NULL;
  PpTreeItem *new_item = n >= 0 ? pp_portfolio_tree_get_item (walk->words.new_tree,
                                                              walk->section, n) : NULL;
  PpTreeItem *item = new_item != NULL ? new_item : old_item;
  g_autoptr(JsonNode) old_node = NULL;
  g_autoptr(JsonNode) new_node = NULL;

  walk->item = item;
  if (old_item == NULL || new_item == NULL)
    {
      PpChangeKind kind = new_item == NULL ? PP_CHANGE_REMOVED : PP_CHANGE_ADDED;
      g_autoptr(JsonNode) node = object_node (pp_tree_item_get_object (item));

      emit (walk, kind, NULL, NULL, old_item != NULL ? node : NULL,
            new_item != NULL ? node : NULL,
            pp_change_words_item (kind, walk->section, pp_tree_item_get_name (item), 0));
      return;
    }
  if (moved)
    emit (walk, PP_CHANGE_MOVED, NULL, NULL, NULL, NULL,
          pp_change_words_item (PP_CHANGE_MOVED, walk->section, pp_tree_item_get_name (item), n));
  if (!pp_tree_item_equal (old_item, new_item))
    compare_members (walk, NULL, NULL, NULL, pp_tree_item_get_object (old_item),
                     pp_tree_item_get_object (new_item));
}

static void
compare_section (Walk      *walk,
                 PpSection  section)
{
  PpPortfolioTree *old_tree = walk->words.old_tree;
  PpPortfolioTree *new_tree = walk->words.new_tree;
  guint n_old = pp_portfolio_tree_get_n_items (old_tree, section);
  guint n_new = pp_portfolio_tree_get_n_items (new_tree, section);
  g_autoptr(GArray) old_of_new = g_array_sized_new (FALSE, FALSE, sizeof (int), n_new);
  g_autoptr(GArray) new_of_old = g_array_sized_new (FALSE, FALSE, sizeof (int), n_old);

  walk->section = section;
  g_array_set_size (new_of_old, n_old);
  if (n_old > 0)
    memset (new_of_old->data, 0xff, n_old * sizeof (int));
  for (guint j = 0; j < n_new; j++)
    {
      PpTreeItem *item = pp_portfolio_tree_get_item (new_tree, section, j);
      PpTreeItem *old = pp_portfolio_tree_lookup (old_tree, section, pp_tree_item_get_key (item));
      int o = old != NULL ? (int) pp_tree_item_get_position (old) : -1;

      g_array_append_val (old_of_new, o);
      if (o >= 0)
        g_array_index (new_of_old, int, o) = j;
    }
  walk_pairs (walk, old_of_new, new_of_old, visit_item, NULL);
}

/**
 * pp_portfolio_tree_compare:
 *
 * Returns: (transfer full): a list of #PpChange from @old_tree to
 *   @new_tree, empty when they are the same
 */
GListModel *
pp_portfolio_tree_compare (PpPortfolioTree *old_tree,
                           PpPortfolioTree *new_tree)
{
  GListStore *store;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_object_unref);
  Walk walk = { { old_tree, new_tree }, changes };

  g_return_val_if_fail (old_tree != NULL && new_tree != NULL, NULL);

  for (guint i = 0; i < PP_N_SECTIONS; i++)
    compare_section (&walk, pp_section_at (i));

  store = g_list_store_new (PP_TYPE_CHANGE);
  g_list_store_splice (store, 0, 0, changes->pdata, changes->len);
  return G_LIST_MODEL (store);
}

/**
 * pp_portfolio_compare:
 *
 * Returns: (transfer full): a list of #PpChange from @old_portfolio to
 *   @new_portfolio, empty when they are the same
 */
GListModel *
pp_portfolio_compare (PpPortfolio *old_portfolio,
                      PpPortfolio *new_portfolio)
{
  g_autoptr(PpPortfolioTree) old_tree = NULL;
  g_autoptr(PpPortfolioTree) new_tree = NULL;

  g_return_val_if_fail (PP_IS_PORTFOLIO (old_portfolio), NULL);
  g_return_val_if_fail (PP_IS_PORTFOLIO (new_portfolio), NULL);

  old_tree = pp_portfolio_tree_new (old_portfolio);
  new_tree = pp_portfolio_tree_new (new_portfolio);
  return pp_portfolio_tree_compare (old_tree, new_tree);
}
