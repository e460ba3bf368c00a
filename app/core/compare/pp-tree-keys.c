/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-tree-keys.c: the keys of the elements of the lists inside items. */

#include "config.h"

#include <string.h>

#include "pp-tree-keys.h"

typedef struct
{
  PpSection section;
  const char *member;
  PpListRule rule;
  const char *key_member;
} ListRule;

/* Every list inside an item of the file format. A list not named here
 * (one of unknown members) is compared as one value. */
static const ListRule list_rules[] = {
  { PP_SECTION_ORGANISATIONS, "contacts", PP_LIST_RULE_NATURAL, "name" },
  { PP_SECTION_MOUS, "parties", PP_LIST_RULE_SET, NULL },
  { PP_SECTION_MOUS, "follow_ups", PP_LIST_RULE_NATURAL, "title" },
  { PP_SECTION_VENTURES, "partners", PP_LIST_RULE_MEMBER, "organisation" },
  { PP_SECTION_VENTURES, "mous", PP_LIST_RULE_SET, NULL },
  { PP_SECTION_VENTURES, "milestones", PP_LIST_RULE_ID, "id" },
  { PP_SECTION_VENTURES, "risks", PP_LIST_RULE_NATURAL, "title" },
  { PP_SECTION_COMMITMENTS, "progress", PP_LIST_RULE_NATURAL, "on" },
};

/**
 * pp_tree_list_rule:
 * @key_member: (out) (optional): the member of each element that keys it,
 *   for %PP_LIST_RULE_ID, %PP_LIST_RULE_MEMBER and %PP_LIST_RULE_NATURAL
 *
 * Returns: how the elements of the list @member of an item of @section are
 *   keyed; %PP_LIST_RULE_NONE when @member is not a list of the format
 */
PpListRule
pp_tree_list_rule (PpSection    section,
                   const char  *member,
                   const char **key_member)
{
  if (key_member != NULL)
    *key_member = NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (list_rules); i++)
    if (list_rules[i].section == section && g_strcmp0 (list_rules[i].member, member) == 0)
      {
        if (key_member != NULL)
          *key_member = list_rules[i].key_member;
        return list_rules[i].rule;
      }
  return PP_LIST_RULE_NONE;
}

/* The text that keys @node: a string as it is, anything else as compact
 * JSON (a progress entry with no date keys as "null"). */
static char *
node_key (JsonNode *node)
{
  if (node == NULL)
    return g_strdup ("");
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return json_to_string (node, FALSE);
}

static char *
element_base_key (JsonNode   *element,
                  PpListRule  rule,
                  const char *key_member)
{
  if (rule == PP_LIST_RULE_SET || !JSON_NODE_HOLDS_OBJECT (element))
    return node_key (element);
  return node_key (json_object_get_member (json_node_get_object (element), key_member));
}

/**
 * pp_tree_list_keys:
 *
 * The keys of the elements of @array, the list @member of an item of
 * @section: the element's key member (or, in a set, the element itself),
 * followed for the second and later elements with the same key by a unit
 * separator and the occurrence number ("Visit\x1f1"), so that every key of
 * one list is different.
 *
 * Returns: (transfer full) (element-type utf8): a key for each element
 */
GPtrArray *
pp_tree_list_keys (PpSection   section,
                   const char *member,
                   JsonArray  *array)
{
  const char *key_member;
  PpListRule rule = pp_tree_list_rule (section, member, &key_member);
  guint n = array != NULL ? json_array_get_length (array) : 0;
  GPtrArray *keys = g_ptr_array_new_full (n, g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      char *base = element_base_key (json_array_get_element (array, i), rule, key_member);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (seen, base));

      if (count == 0)
        g_ptr_array_add (keys, g_strdup (base));
      else
        g_ptr_array_add (keys, g_strdup_printf ("%s\x1f%u", base, count));
      g_hash_table_replace (seen, base, GUINT_TO_POINTER (count + 1));
    }
  return keys;
}

static GArray *
new_index_array (guint n)
{
  GArray *array = g_array_sized_new (FALSE, FALSE, sizeof (int), n);
  int none = -1;

  for (guint i = 0; i < n; i++)
    g_array_append_val (array, none);
  return array;
}

/* Pairs what matching by key left over, in order, so that an element
 * whose natural key was edited is the same element changed. */
static void
pair_leftovers (GArray *old_of_new,
                GArray *new_of_old)
{
  guint o = 0;

  for (guint n = 0; n < old_of_new->len; n++)
    {
      if (g_array_index (old_of_new, int, n) >= 0)
        continue;
      while (o < new_of_old->len && g_array_index (new_of_old, int, o) >= 0)
        o++;
      if (o == new_of_old->len)
        return;
      g_array_index (old_of_new, int, n) = o;
      g_array_index (new_of_old, int, o) = n;
    }
}

/**
 * pp_tree_match_list:
 * @old_of_new: (out) (element-type int): for each element of @new_array,
 *   the index of the same element in @old_array, or -1 for a new one
 * @new_of_old: (out) (element-type int): for each element of @old_array,
 *   its index in @new_array, or -1 for one removed
 *
 * Matches the elements of two versions of the list @member of an item of
 * @section by their keys; for a list of elements without id, the elements
 * left over are then paired in order.
 */
void
pp_tree_match_list (PpSection    section,
                    const char  *member,
                    JsonArray   *old_array,
                    JsonArray   *new_array,
                    GArray     **old_of_new,
                    GArray     **new_of_old)
{
  g_autoptr(GPtrArray) old_keys = pp_tree_list_keys (section, member, old_array);
  g_autoptr(GPtrArray) new_keys = pp_tree_list_keys (section, member, new_array);
  g_autoptr(GHashTable) old_index = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (old_of_new != NULL && new_of_old != NULL);

  *old_of_new = new_index_array (new_keys->len);
  *new_of_old = new_index_array (old_keys->len);
  for (guint o = 0; o < old_keys->len; o++)
    g_hash_table_insert (old_index, old_keys->pdata[o], GUINT_TO_POINTER (o + 1));
  for (guint n = 0; n < new_keys->len; n++)
    {
      guint o = GPOINTER_TO_UINT (g_hash_table_lookup (old_index, new_keys->pdata[n]));

      if (o == 0)
        continue;
      g_array_index (*old_of_new, int, n) = o - 1;
      g_array_index (*new_of_old, int, o - 1) = n;
    }
  if (pp_tree_list_rule (section, member, NULL) == PP_LIST_RULE_NATURAL)
    pair_leftovers (*old_of_new, *new_of_old);
}

/**
 * pp_tree_is_group:
 *
 * Returns: whether the member @member of an item of @section is an object
 *   whose members are compared one by one ("renewal", "budget")
 */
gboolean
pp_tree_is_group (PpSection   section,
                  const char *member)
{
  return (section == PP_SECTION_MOUS && g_strcmp0 (member, "renewal") == 0) ||
         (section == PP_SECTION_VENTURES && g_strcmp0 (member, "budget") == 0);
}

/**
 * pp_tree_element_name:
 *
 * Returns: (nullable): what a person calls @element of the list @member of
 *   an item of @section: its title or name, else its key member as text
 *   (a partner's organisation id, a progress entry's date)
 */
const char *
pp_tree_element_name (PpSection   section,
                      const char *member,
                      JsonObject *element)
{
  const char *key_member;
  static const char * const names[] = { "title", "name", NULL };

  g_return_val_if_fail (element != NULL, NULL);

  pp_tree_list_rule (section, member, &key_member);
  for (guint i = 0; names[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (element, names[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_STRING)
        return json_node_get_string (node);
    }
  if (key_member != NULL && json_object_has_member (element, key_member))
    {
      JsonNode *node = json_object_get_member (element, key_member);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        return json_node_get_string (node);
    }
  return NULL;
}
