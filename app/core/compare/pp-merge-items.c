/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-merge-items.c: the three-way merge of items and of their members.
 *
 * Every member merges on its own: a member changed on one side only takes
 * that change, the same change on both sides is no conflict, and a member
 * changed differently is a conflict whose choice (ours until the user says
 * otherwise) decides the value. Objects inside an item (an MoU's renewal,
 * a venture's budget) merge member by member too, and its lists element by
 * element, matched as pp-merge-lists.c says.
 */

#include "config.h"

#include "pp-merge-private.h"
#include "pp-tree-keys.h"

static gboolean
nodes_equal (JsonNode *a,
             JsonNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_node_equal (a, b);
}

/**
 * _pp_merge_conflict:
 *
 * Records a conflict of this run and tells which side the user chose for
 * it (in an earlier run of the same merge), ours when none.
 */
PpMergeChoice
_pp_merge_conflict (PpMergeRun      *run,
                    PpConflictFacts *facts)
{
  PpConflict *conflict = _pp_conflict_new_from_facts (run, facts);
  gpointer choice = g_hash_table_lookup (run->choices, facts->id);

  g_ptr_array_add (run->conflicts, conflict);
  if (choice == NULL)
    return PP_MERGE_CHOICE_OURS;
  return GPOINTER_TO_INT (choice) - 1;
}

static JsonNode *
member_of (JsonObject *object,
           const char *member)
{
  return object != NULL ? json_object_get_member (object, member) : NULL;
}

/* The names of the members of the three versions: ours in their order,
 * then those only theirs has. A member only the base has was removed on
 * both sides. */
static GPtrArray *
member_names (JsonObject *objects[N_SIDES])
{
  GPtrArray *names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint s = OURS; s <= THEIRS; s++)
    {
      g_autoptr(GList) members = objects[s] != NULL ? json_object_get_members (objects[s]) : NULL;

      for (GList *l = members; l != NULL; l = l->next)
        if (g_hash_table_add (seen, l->data))
          g_ptr_array_add (names, l->data);
    }
  return names;
}

static gboolean
all_objects (JsonNode *nodes[N_SIDES])
{
  for (guint s = 0; s < N_SIDES; s++)
    if (nodes[s] != NULL && !JSON_NODE_HOLDS_OBJECT (nodes[s]))
      return FALSE;
  return nodes[OURS] != NULL && nodes[THEIRS] != NULL;
}

static JsonObject *
object_of (JsonNode *node)
{
  return node != NULL ? json_node_get_object (node) : NULL;
}

static JsonArray *
array_of (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonNode *
merge_element (PpMergeRun *run,
               PpSection   section,
               const char *key,
               const char *member,
               const char *identity,
               JsonNode   *elements[N_SIDES])
{
  g_autofree char *prefix = g_strconcat (member, "/", identity, NULL);
  g_autofree char *id = NULL;
  const char *name = _pp_merge_element_name (section, member, elements);
  PpConflictFacts facts = {
    .section = section, .key = key, .element = name, .kind = PP_CONFLICT_KIND_REMOVED,
  };
  JsonNode *chosen;

  if (nodes_equal (elements[OURS], elements[THEIRS]) ||
      nodes_equal (elements[BASE], elements[THEIRS]))
    return elements[OURS] != NULL ? json_node_copy (elements[OURS]) : NULL;
  if (nodes_equal (elements[BASE], elements[OURS]))
    return elements[THEIRS] != NULL ? json_node_copy (elements[THEIRS]) : NULL;

  if (elements[OURS] != NULL && elements[THEIRS] != NULL &&
      JSON_NODE_HOLDS_OBJECT (elements[OURS]) && JSON_NODE_HOLDS_OBJECT (elements[THEIRS]))
    {
      JsonObject *objects[N_SIDES];
      JsonNode *node = json_node_new (JSON_NODE_OBJECT);

      for (guint s = 0; s < N_SIDES; s++)
        objects[s] = elements[s] != NULL ? json_node_get_object (elements[s]) : NULL;
      json_node_take_object (node, _pp_merge_object (run, section, key, prefix, name, objects));
      return node;
    }

  /* Removed on one side and changed on the other. */
  id = g_strdup_printf ("%s/%s/%s", pp_section_get_member (section), key, prefix);
  facts.id = id;
  facts.path = member;
  for (guint s = 0; s < N_SIDES; s++)
    facts.values[s] = elements[s];
  chosen = elements[_pp_merge_conflict (run, &facts) == PP_MERGE_CHOICE_OURS ? OURS : THEIRS];
  return chosen != NULL ? json_node_copy (chosen) : NULL;
}

/*
 *
 * Merges the list @member of the item @key, changed differently on the two
 * sides.
 *
 * The merged list is new. */
static JsonNode *
merge_list (PpMergeRun *run,
            PpSection   section,
            const char *key,
            const char *member,
            JsonNode   *nodes[N_SIDES])
{
  JsonArray *arrays[N_SIDES];
  GPtrArray *ids[N_SIDES];
  g_autoptr(GHashTable) merged = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) json_node_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = NULL;
  JsonArray *result;
  JsonNode *node;

  for (guint s = 0; s < N_SIDES; s++)
    arrays[s] = array_of (nodes[s]);
  if (pp_tree_list_rule (section, member, NULL) == PP_LIST_RULE_SET)
    return _pp_merge_set (arrays);

  for (guint s = 0; s < N_SIDES; s++)
    ids[s] = _pp_merge_identities (section, member, arrays[BASE], arrays[s], s == BASE);

  /* Each element once, in the order of the sides' lists. */
  for (guint s = OURS; s < N_SIDES + OURS; s++)
    for (guint i = 0; i < ids[s % N_SIDES]->len; i++)
      {
        const char *identity = ids[s % N_SIDES]->pdata[i];
        JsonNode *elements[N_SIDES];
        JsonNode *element;

        if (!g_hash_table_add (seen, (gpointer) identity))
          continue;
        for (guint t = 0; t < N_SIDES; t++)
          elements[t] = _pp_merge_element_at (arrays[t], ids[t], identity);
        element = merge_element (run, section, key, member, identity, elements);
        if (element != NULL)
          g_hash_table_insert (merged, (gpointer) identity, element);
      }

  order = _pp_merge_order (ids, merged);
  result = json_array_new ();
  for (guint i = 0; i < order->len; i++)
    json_array_add_element (result, json_node_ref (g_hash_table_lookup (merged, order->pdata[i])));
  g_clear_pointer (&merged, g_hash_table_unref);
  for (guint s = 0; s < N_SIDES; s++)
    g_ptr_array_unref (ids[s]);

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, result);
  return node;
}

/* Merges one member changed differently on the two sides. */
static JsonNode *
merge_changed_member (PpMergeRun *run,
                      PpSection   section,
                      const char *key,
                      const char *prefix,
                      const char *element,
                      const char *member,
                      JsonNode   *nodes[N_SIDES])
{
  g_autofree char *path = prefix != NULL ? g_strconcat (prefix, "/", member, NULL)
                                         : g_strdup (member);
  g_autofree char *id = NULL;
  PpConflictFacts facts = {
    .section = section, .key = key, .path = path, .element = element,
    .kind = PP_CONFLICT_KIND_FIELD,
  };
  PpMergeChoice choice;

  /* The lists of an item, which are not inside a list themselves. */
  if (prefix == NULL && pp_tree_list_rule (section, member, NULL) != PP_LIST_RULE_NONE)
    return merge_list (run, section, key, member, nodes);

  if (all_objects (nodes))
    {
      JsonObject *objects[N_SIDES] = {
        object_of (nodes[BASE]), object_of (nodes[OURS]), object_of (nodes[THEIRS]),
      };
      JsonObject *merged = _pp_merge_object (run, section, key, path, element, objects);
      JsonNode *node = json_node_new (JSON_NODE_OBJECT);

      json_node_take_object (node, merged);
      return node;
    }

  id = g_strdup_printf ("%s/%s/%s", pp_section_get_member (section), key, path);
  facts.id = id;
  for (guint s = 0; s < N_SIDES; s++)
    facts.values[s] = nodes[s];
  choice = _pp_merge_conflict (run, &facts);
  return nodes[choice == PP_MERGE_CHOICE_OURS ? OURS : THEIRS] != NULL
         ? json_node_copy (nodes[choice == PP_MERGE_CHOICE_OURS ? OURS : THEIRS])
         : NULL;
}

/**
 * _pp_merge_object:
 * @prefix: (nullable): the path of the object inside its item
 *   ("follow_ups/=2", "renewal"), %NULL for the item itself
 * @element: (nullable): the name of the list element the object is or is
 *   in, for the words of its conflicts
 * @objects: the three versions; the base may be %NULL (added on both sides)
 *
 * Returns: (transfer full): the merged object
 */
JsonObject *
_pp_merge_object (PpMergeRun  *run,
                  PpSection    section,
                  const char  *key,
                  const char  *prefix,
                  const char  *element,
                  JsonObject  *objects[N_SIDES])
{
  JsonObject *merged = json_object_new ();
  g_autoptr(GPtrArray) names = member_names (objects);

  for (guint i = 0; i < names->len; i++)
    {
      const char *member = names->pdata[i];
      JsonNode *nodes[N_SIDES];
      JsonNode *result;

      for (guint s = 0; s < N_SIDES; s++)
        nodes[s] = member_of (objects[s], member);

      if (nodes_equal (nodes[OURS], nodes[THEIRS]) || nodes_equal (nodes[BASE], nodes[THEIRS]))
        result = nodes[OURS] != NULL ? json_node_copy (nodes[OURS]) : NULL;
      else if (nodes_equal (nodes[BASE], nodes[OURS]))
        result = nodes[THEIRS] != NULL ? json_node_copy (nodes[THEIRS]) : NULL;
      else
        result = merge_changed_member (run, section, key, prefix, element, member, nodes);

      if (result != NULL)
        json_object_set_member (merged, member, result);
    }
  return merged;
}

static PpMergeEntry *
add_entry (PpMergeRun *run,
           PpSection   section,
           const char *key)
{
  PpMergeEntry *entry = g_new0 (PpMergeEntry, 1);

  entry->key = g_strdup (key);
  g_ptr_array_add (run->entries[section], entry);
  g_hash_table_insert (run->by_key[section], entry->key, entry);
  return entry;
}

static gboolean
items_equal (PpTreeItem *a,
             PpTreeItem *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return pp_tree_item_equal (a, b);
}

/* Removed on one side and changed on the other. */
static void
merge_removed_item (PpMergeRun   *run,
                    PpSection     section,
                    PpMergeEntry *entry,
                    PpTreeItem   *items[N_SIDES])
{
  g_autofree char *id = g_strdup_printf ("%s/%s", pp_section_get_member (section), entry->key);
  PpConflictFacts facts = {
    .id = id, .section = section, .key = entry->key, .kind = PP_CONFLICT_KIND_REMOVED,
  };
  JsonNode *nodes[N_SIDES] = { NULL, };
  PpMergeChoice choice;

  for (guint s = 0; s < N_SIDES; s++)
    if (items[s] != NULL)
      {
        nodes[s] = json_node_new (JSON_NODE_OBJECT);
        json_node_set_object (nodes[s], pp_tree_item_get_object (items[s]));
        facts.values[s] = nodes[s];
      }
  choice = _pp_merge_conflict (run, &facts);
  entry->item = items[choice == PP_MERGE_CHOICE_OURS ? OURS : THEIRS];
  entry->removed = entry->item == NULL;
  entry->chosen = TRUE;
  for (guint s = 0; s < N_SIDES; s++)
    g_clear_pointer (&nodes[s], json_node_unref);
}

static void
merge_item (PpMergeRun   *run,
            PpSection     section,
            PpMergeEntry *entry,
            PpTreeItem   *items[N_SIDES])
{
  JsonObject *objects[N_SIDES] = { NULL, };

  if (items_equal (items[OURS], items[THEIRS]) || items_equal (items[BASE], items[THEIRS]))
    entry->item = items[OURS];
  else if (items_equal (items[BASE], items[OURS]))
    entry->item = items[THEIRS];
  else if (items[OURS] != NULL && items[THEIRS] != NULL)
    {
      for (guint s = 0; s < N_SIDES; s++)
        objects[s] = items[s] != NULL ? pp_tree_item_get_object (items[s]) : NULL;
      entry->object = _pp_merge_object (run, section, entry->key, NULL, NULL, objects);
    }
  else
    {
      merge_removed_item (run, section, entry, items);
      return;
    }
  entry->removed = entry->item == NULL && entry->object == NULL;
}

/* Visits @key once, in the order ours, theirs, base. */
static void
visit_key (PpMergeRun *run,
           PpSection   section,
           const char *key)
{
  PpTreeItem *items[N_SIDES];
  PpMergeEntry *entry;

  if (g_hash_table_contains (run->by_key[section], key))
    return;
  for (guint s = 0; s < N_SIDES; s++)
    items[s] = pp_portfolio_tree_lookup (run->trees[s], section, key);
  entry = add_entry (run, section, key);
  merge_item (run, section, entry, items);
}

/**
 * _pp_merge_section:
 *
 * Merges every item of @section into the run's entries, in a fixed order
 * (ours, then what only theirs has, then what only the base had), so that
 * the conflicts come out the same every time.
 */
void
_pp_merge_section (PpMergeRun *run,
                   PpSection   section)
{
  static const guint side_order[] = { OURS, THEIRS, BASE };

  for (guint i = 0; i < G_N_ELEMENTS (side_order); i++)
    {
      PpPortfolioTree *tree = run->trees[side_order[i]];
      guint n = pp_portfolio_tree_get_n_items (tree, section);

      for (guint p = 0; p < n; p++)
        visit_key (run, section,
                   pp_tree_item_get_key (pp_portfolio_tree_get_item (tree, section, p)));
    }
}

/**
 * _pp_merge_entry_object:
 *
 * Returns: (transfer none): the entry's JSON object, parsed from its item
 *   when it was taken whole
 */
JsonObject *
_pp_merge_entry_object (PpMergeEntry *entry)
{
  if (entry->object != NULL)
    return entry->object;
  return pp_tree_item_get_object (entry->item);
}

/* A deep copy that may be changed: the tree's objects are sealed. */
JsonObject *
_pp_merge_mutable_copy (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) copy = NULL;

  json_node_set_object (node, object);
  text = json_to_string (node, FALSE);
  copy = json_from_string (text, NULL);
  return json_object_ref (json_node_get_object (copy));
}
