/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-merge-countries.c: keeping the sides of a merged portfolio among its
 * countries.
 *
 * A follow-up, a milestone or a commitment names the side (one of the two
 * countries) that carries it out, and the loader refuses a side that is
 * not one of the portfolio's countries. When one copy changed a country
 * (as the partnership dialog does, with every item that names it) and the
 * other added or changed an item with the old country as its side, the
 * merged item takes the new country in its place, as the dialog would have
 * done; a side that no version's pair maps is left empty.
 */

#include "config.h"

#include "pp-merge-private.h"

typedef struct
{
  PpSection section;
  const char *list;      /* the list whose elements have the side, or NULL */
} SidePlace;

static const SidePlace places[] = {
  { PP_SECTION_MOUS, "follow_ups" },
  { PP_SECTION_VENTURES, "milestones" },
  { PP_SECTION_COMMITMENTS, NULL },
};

/* Reads the two codes of a "countries" array into @codes; FALSE when the
 * array does not have two. */
static gboolean
read_pair (JsonObject *object,
           const char *codes[2])
{
  JsonNode *node = object != NULL ? json_object_get_member (object, "countries") : NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  if (json_array_get_length (array) != 2)
    return FALSE;
  codes[0] = json_array_get_string_element (array, 0);
  codes[1] = json_array_get_string_element (array, 1);
  return codes[0] != NULL && codes[1] != NULL;
}

/* Maps each code a version had in the place of a country of the result. */
static GHashTable *
country_map (PpMergeRun  *run,
             const char  *result[2])
{
  GHashTable *map = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint s = 0; s < N_SIDES; s++)
    {
      PpTreeItem *item = pp_portfolio_tree_lookup (run->trees[s], PP_SECTION_PORTFOLIO, "");
      const char *codes[2];

      if (item == NULL || !read_pair (pp_tree_item_get_object (item), codes))
        continue;
      for (guint i = 0; i < 2; i++)
        if (g_strcmp0 (codes[i], result[0]) != 0 && g_strcmp0 (codes[i], result[1]) != 0)
          g_hash_table_insert (map, (gpointer) codes[i], (gpointer) result[i]);
    }
  return map;
}

static gboolean
side_is_valid (JsonObject *object,
               const char *result[2])
{
  JsonNode *node = json_object_get_member (object, "side");
  const char *side;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return TRUE;
  side = json_node_get_string (node);
  return side == NULL || g_str_equal (side, result[0]) || g_str_equal (side, result[1]);
}

static void
fix_side (JsonObject *object,
          const char *result[2],
          GHashTable *map)
{
  const char *to;

  if (side_is_valid (object, result))
    return;
  to = g_hash_table_lookup (map, json_object_get_string_member (object, "side"));
  if (to != NULL)
    json_object_set_string_member (object, "side", to);
  else
    json_object_set_null_member (object, "side");
}

/* Whether @object, or an element of its list @list, has a side that is
 * not one of @result. */
static gboolean
needs_fixing (JsonObject *object,
              const char *list,
              const char *result[2])
{
  JsonArray *array;

  if (list == NULL)
    return !side_is_valid (object, result);
  if (!json_object_has_member (object, list) ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, list)))
    return FALSE;
  array = json_object_get_array_member (object, list);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (element) &&
          !side_is_valid (json_node_get_object (element), result))
        return TRUE;
    }
  return FALSE;
}

static void
fix_entry (PpMergeEntry    *entry,
           const SidePlace *place,
           const char      *result[2],
           GHashTable      *map)
{
  JsonObject *object = _pp_merge_mutable_copy (_pp_merge_entry_object (entry));
  JsonArray *array;

  if (place->list == NULL)
    fix_side (object, result, map);
  else
    {
      array = json_object_get_array_member (object, place->list);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (element))
            fix_side (json_node_get_object (element), result, map);
        }
    }
  g_clear_pointer (&entry->object, json_object_unref);
  entry->object = object;
  entry->item = NULL;
}

/**
 * _pp_merge_countries:
 *
 * Puts every side of the merged items among the merged countries.
 */
void
_pp_merge_countries (PpMergeRun *run)
{
  PpMergeEntry *portfolio = g_hash_table_lookup (run->by_key[PP_SECTION_PORTFOLIO], "");
  g_autoptr(GHashTable) map = NULL;
  const char *result[2];

  /* Without countries, the loader checks no side. */
  if (portfolio == NULL || !read_pair (_pp_merge_entry_object (portfolio), result))
    return;
  map = country_map (run, result);
  if (g_hash_table_size (map) == 0)
    return;

  for (guint p = 0; p < G_N_ELEMENTS (places); p++)
    {
      GPtrArray *entries = run->entries[places[p].section];

      for (guint i = 0; i < entries->len; i++)
        {
          PpMergeEntry *entry = entries->pdata[i];

          if (!entry->removed &&
              needs_fixing (_pp_merge_entry_object (entry), places[p].list, result))
            fix_entry (entry, &places[p], result, map);
        }
    }
}
