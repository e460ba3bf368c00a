/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-merge-references.c: keeping the references of a merged portfolio
 * valid.
 *
 * Each side was a valid portfolio, so a reference of the result can only
 * name an item that the merge removed: one side removed it, and the other
 * made an item refer to it (a new party of an MoU). That is a conflict of
 * its own, whose choice keeps the item or its removal; the removal then
 * takes the references to it away (a party less, a sector left empty),
 * as it does without a question when the user chose the removal in an
 * earlier conflict.
 */

#include "config.h"

#include <string.h>

#include "pp-merge-private.h"

typedef enum
{
  ONE,       /* the member is one id */
  SET,       /* an array of ids */
  ELEMENTS,  /* an array of objects, each with the id in a member */
} RefShape;

typedef struct
{
  PpSection section;
  const char *member;
  PpCollection collection;
  RefShape shape;
  const char *element_member;
} RefRule;

/* Every reference of the file format (see the model's foreach_reference). */
static const RefRule ref_rules[] = {
  { PP_SECTION_MOUS, "sector", PP_COLLECTION_SECTORS, ONE, NULL },
  { PP_SECTION_MOUS, "parties", PP_COLLECTION_ORGANISATIONS, SET, NULL },
  { PP_SECTION_VENTURES, "sector", PP_COLLECTION_SECTORS, ONE, NULL },
  { PP_SECTION_VENTURES, "partners", PP_COLLECTION_ORGANISATIONS, ELEMENTS, "organisation" },
  { PP_SECTION_VENTURES, "mous", PP_COLLECTION_MOUS, SET, NULL },
  { PP_SECTION_COMMITMENTS, "sector", PP_COLLECTION_SECTORS, ONE, NULL },
  { PP_SECTION_COMMITMENTS, "mou", PP_COLLECTION_MOUS, ONE, NULL },
};

static const char *
string_of (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* Calls @func for each id @rule finds in @object, with its node's place. */
typedef gboolean (*RefFunc) (const char *id,
                             gpointer    user_data);

static gboolean
foreach_ref (JsonObject    *object,
             const RefRule *rule,
             RefFunc        func,
             gpointer       user_data)
{
  JsonNode *node = json_object_get_member (object, rule->member);
  JsonArray *array;

  if (rule->shape == ONE)
    return string_of (node) == NULL || func (string_of (node), user_data);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return TRUE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *id = NULL;

      if (rule->shape == SET)
        id = string_of (element);
      else if (JSON_NODE_HOLDS_OBJECT (element))
        id = string_of (json_object_get_member (json_node_get_object (element),
                                                rule->element_member));
      if (id != NULL && !func (id, user_data))
        return FALSE;
    }
  return TRUE;
}

/* An entry whose text has none of the removed ids in quotes refers to
 * none of them: most entries of a large merge need no parsing. */
static gboolean
may_refer (PpMergeEntry *entry,
           GPtrArray    *removed)
{
  const char *text;
  gsize length;

  if (entry->item == NULL || removed->len > 64)
    return TRUE;
  text = pp_tree_item_get_text (entry->item, &length);
  for (guint i = 0; i < removed->len; i++)
    {
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", (char *) removed->pdata[i]);

      if (g_strstr_len (text, length, quoted) != NULL)
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  PpMergeRun *run;
  PpCollection collection;
  const char *dangling;     /* the first id found that the result lacks */
} Find;

static gboolean
find_dangling_cb (const char *id,
                  gpointer    user_data)
{
  Find *find = user_data;
  PpMergeEntry *target = g_hash_table_lookup (find->run->by_key[find->collection], id);

  if (target == NULL || !target->removed)
    return TRUE;
  find->dangling = id;
  return FALSE;
}

/* Takes the reference to @id out of the entry, which becomes merged. */
static void
drop_reference (PpMergeEntry  *entry,
                const RefRule *rule,
                const char    *id)
{
  JsonObject *object = _pp_merge_mutable_copy (_pp_merge_entry_object (entry));
  JsonNode *node = json_object_get_member (object, rule->member);

  if (rule->shape == ONE)
    json_object_set_null_member (object, rule->member);
  else
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = json_array_get_length (array); i > 0; i--)
        {
          JsonNode *element = json_array_get_element (array, i - 1);

          if (rule->shape == SET && g_strcmp0 (string_of (element), id) == 0)
            json_array_remove_element (array, i - 1);
          else if (rule->shape == ELEMENTS && JSON_NODE_HOLDS_OBJECT (element) &&
                   g_strcmp0 (string_of (json_object_get_member (json_node_get_object (element),
                                                                 rule->element_member)),
                              id) == 0)
            json_object_set_null_member (json_node_get_object (element), rule->element_member);
        }
    }
  g_clear_pointer (&entry->object, json_object_unref);
  entry->object = object;
  entry->item = NULL;
}

/* The side that still has the item the merge removed. */
static guint
keeping_side (PpMergeRun   *run,
              PpCollection  collection,
              const char   *id)
{
  return pp_portfolio_tree_lookup (run->trees[OURS], (PpSection) collection, id) != NULL
         ? OURS : THEIRS;
}

/* Asks once per removed item whether to keep it; keeping it brings the
 * version of the side that kept it back. */
static gboolean
keep_referred (PpMergeRun   *run,
               PpMergeEntry *referrer,
               PpSection     section,
               PpCollection  collection,
               const char   *id)
{
  PpMergeEntry *target = g_hash_table_lookup (run->by_key[collection], id);
  g_autofree char *conflict_id = g_strdup_printf ("references/%s/%s",
                                                  pp_collection_get_member (collection), id);
  guint keeper = keeping_side (run, collection, id);
  PpConflictFacts facts = {
    .id = conflict_id, .section = (PpSection) collection, .key = id,
    .kind = PP_CONFLICT_KIND_REFERENCE, .referrer_section = section,
    .referrer_key = referrer->key,
  };
  PpMergeChoice choice;

  if (target->chosen)
    return FALSE;
  choice = _pp_merge_conflict (run, &facts);
  target->chosen = TRUE;
  if ((choice == PP_MERGE_CHOICE_OURS) != (keeper == OURS))
    return FALSE;
  target->item = pp_portfolio_tree_lookup (run->trees[keeper], (PpSection) collection, id);
  target->removed = FALSE;
  return TRUE;
}

/* Checks the references of one entry; returns whether an item came back. */
static gboolean
check_entry (PpMergeRun   *run,
             PpSection     section,
             PpMergeEntry *entry,
             GPtrArray    *removed)
{
  gboolean restored = FALSE;

  if (entry->removed || !may_refer (entry, removed))
    return FALSE;
  for (guint r = 0; r < G_N_ELEMENTS (ref_rules); r++)
    {
      Find find = { run, ref_rules[r].collection, NULL };

      if (ref_rules[r].section != section)
        continue;
      while (!foreach_ref (_pp_merge_entry_object (entry), &ref_rules[r], find_dangling_cb, &find))
        {
          g_autofree char *id = g_strdup (find.dangling);

          if (keep_referred (run, entry, section, find.collection, id))
            restored = TRUE;
          else
            drop_reference (entry, &ref_rules[r], id);
          find.dangling = NULL;
        }
    }
  return restored;
}

static GPtrArray *
removed_ids (PpMergeRun *run)
{
  GPtrArray *removed = g_ptr_array_new ();

  for (guint c = PP_COLLECTION_SECTORS; c <= PP_COLLECTION_MOUS; c++)
    for (guint i = 0; i < run->entries[c]->len; i++)
      {
        PpMergeEntry *entry = run->entries[c]->pdata[i];

        if (entry->removed)
          g_ptr_array_add (removed, entry->key);
      }
  return removed;
}

/**
 * _pp_merge_references:
 *
 * Finds the references of the merged items that name removed items, and
 * settles each (a conflict, or the removal chosen before). An item kept
 * for its references may refer to removed items in turn, so it repeats
 * until nothing comes back.
 */
void
_pp_merge_references (PpMergeRun *run)
{
  static const PpSection referring[] = {
    PP_SECTION_COMMITMENTS, PP_SECTION_VENTURES, PP_SECTION_MOUS,
  };
  gboolean again = TRUE;

  while (again)
    {
      g_autoptr(GPtrArray) removed = removed_ids (run);

      again = FALSE;
      if (removed->len == 0)
        return;
      for (guint s = 0; s < G_N_ELEMENTS (referring); s++)
        for (guint i = 0; i < run->entries[referring[s]]->len; i++)
          if (check_entry (run, referring[s], run->entries[referring[s]]->pdata[i], removed))
            again = TRUE;
    }
}
