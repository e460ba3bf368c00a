/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-references.c: who refers to an item of a portfolio, said in words,
 * and moving every reference from one item to another through the history.
 *
 * Deleting a sector or an organisation that is used, or merging two
 * organisations that are the same body, first moves what refers to it, so
 * the portfolio never holds a reference to nothing; each is one step. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-references.h"

typedef struct
{
  PpCollection collection;
  const char *id;          /* NULL: every item of @collection */
  PpNode *item;
  PpNode *holder;
  GPtrArray *found;        /* of PpReference, or NULL */
  GHashTable *seen;        /* ids named by @item, when counting */
} Walk;

static void
reference_free (gpointer data)
{
  PpReference *reference = data;

  g_clear_object (&reference->item);
  g_clear_object (&reference->holder);
  g_free (reference->member);
  g_free (reference);
}

static gboolean
reference_cb (PpCollection  collection,
              const char   *id,
              const char   *member,
              gpointer      user_data)
{
  Walk *walk = user_data;
  PpReference *reference;

  if (collection != walk->collection || (walk->id != NULL && g_strcmp0 (id, walk->id) != 0))
    return TRUE;
  if (walk->seen != NULL)
    {
      g_hash_table_add (walk->seen, (gpointer) id);
      return TRUE;
    }
  reference = g_new0 (PpReference, 1);
  reference->item = g_object_ref (walk->item);
  reference->holder = g_object_ref (walk->holder);
  reference->member = g_strdup (member);
  g_ptr_array_add (walk->found, reference);
  return TRUE;
}

/* Unlike pp_node_foreach_reference(), keeps the node that holds each
 * reference, which is what a replacement changes. */
static void
walk_node (Walk   *walk,
           PpNode *node)
{
  PpNodeClass *klass = PP_NODE_GET_CLASS (node);
  const char *member;
  GListModel *list;

  walk->holder = node;
  if (klass->foreach_reference != NULL)
    klass->foreach_reference (node, reference_cb, walk);
  for (guint i = 0; klass->get_list != NULL && (list = klass->get_list (node, i, &member)); i++)
    for (guint j = 0; j < g_list_model_get_n_items (list); j++)
      {
        g_autoptr(PpNode) child = g_list_model_get_item (list, j);

        walk_node (walk, child);
      }
}

static void
walk_portfolio (Walk        *walk,
                PpPortfolio *portfolio,
                GHashTable  *counts)
{
  for (guint i = 0; i < PP_N_COLLECTIONS; i++)
    {
      GListModel *list = pp_portfolio_get_collection (portfolio, i);

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(PpNode) item = g_list_model_get_item (list, j);
          GHashTableIter iter;
          gpointer id;

          walk->item = item;
          walk_node (walk, item);
          if (counts == NULL)
            continue;
          g_hash_table_iter_init (&iter, walk->seen);
          while (g_hash_table_iter_next (&iter, &id, NULL))
            {
              guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, id));

              g_hash_table_insert (counts, g_strdup (id), GUINT_TO_POINTER (n + 1));
            }
          g_hash_table_remove_all (walk->seen);
        }
    }
}

/**
 * pp_references_find:
 *
 * Returns: (transfer full) (element-type PpReference): every reference to
 *   the item @id of @collection, in file order
 */
GPtrArray *
pp_references_find (PpPortfolio  *portfolio,
                    PpCollection  collection,
                    const char   *id)
{
  Walk walk = { collection, id, NULL, NULL, NULL, NULL };

  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  walk.found = g_ptr_array_new_with_free_func (reference_free);
  walk_portfolio (&walk, portfolio, NULL);
  return walk.found;
}

/**
 * pp_references_count_all:
 *
 * Counts, in one pass, how many items (MoUs, ventures, …) use each item of
 * @collection, for lists that show every sector's use at once.
 *
 * Returns: (transfer full) (element-type utf8 guint): id → number of items
 *   that refer to it; ids nothing refers to are absent
 */
GHashTable *
pp_references_count_all (PpPortfolio  *portfolio,
                         PpCollection  collection)
{
  Walk walk = { collection, NULL, NULL, NULL, NULL, NULL };
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), counts);

  walk.seen = g_hash_table_new (g_str_hash, g_str_equal);
  walk_portfolio (&walk, portfolio, counts);
  g_hash_table_unref (walk.seen);
  return counts;
}

/* The items of @references, each once, in order. */
static GPtrArray *
distinct_items (GPtrArray *references)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < references->len; i++)
    {
      PpReference *reference = references->pdata[i];

      if (!g_ptr_array_find (items, reference->item, NULL))
        g_ptr_array_add (items, reference->item);
    }
  return items;
}

guint
pp_references_count_items (GPtrArray *references)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (references != NULL, 0);

  items = distinct_items (references);
  return items->len;
}

/* Joins "a", "b", "c" into "a, b and c". */
static char *
join_phrases (GPtrArray *phrases)
{
  g_autofree char *text = NULL;

  if (phrases->len == 0)
    return g_strdup ("");
  text = g_strdup (phrases->pdata[0]);
  for (guint i = 1; i < phrases->len; i++)
    {
      char *longer;

      if (i + 1 < phrases->len)
        /* Translators: joins the items of a list but the last: "2 MoUs, 1 venture" */
        longer = g_strdup_printf (_("%s, %s"), text, (char *) phrases->pdata[i]);
      else
        /* Translators: joins the last item of a list: "2 MoUs and 1 venture" */
        longer = g_strdup_printf (_("%s and %s"), text, (char *) phrases->pdata[i]);
      g_free (text);
      text = longer;
    }
  return g_steal_pointer (&text);
}

/**
 * pp_references_summarize:
 *
 * Returns: (transfer full): how many items of each kind refer, in words:
 *   "2 MoUs and 1 venture"
 */
char *
pp_references_summarize (GPtrArray *references)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) phrases = g_ptr_array_new_with_free_func (g_free);
  guint mous = 0, ventures = 0, commitments = 0;

  g_return_val_if_fail (references != NULL, NULL);

  items = distinct_items (references);
  for (guint i = 0; i < items->len; i++)
    {
      if (PP_IS_MOU (items->pdata[i]))
        mous++;
      else if (PP_IS_VENTURE (items->pdata[i]))
        ventures++;
      else
        commitments++;
    }
  if (mous > 0)
    g_ptr_array_add (phrases, g_strdup_printf (ngettext ("%u MoU", "%u MoUs", mous), mous));
  if (ventures > 0)
    g_ptr_array_add (phrases, g_strdup_printf (ngettext ("%u venture", "%u ventures", ventures),
                                               ventures));
  if (commitments > 0)
    g_ptr_array_add (phrases, g_strdup_printf (ngettext ("%u commitment", "%u commitments",
                                                         commitments), commitments));
  return join_phrases (phrases);
}

static const char *
item_name (PpNode *item)
{
  if (PP_IS_MOU (item))
    return pp_mou_get_title (PP_MOU (item));
  if (PP_IS_VENTURE (item))
    return pp_venture_get_name (PP_VENTURE (item));
  if (PP_IS_COMMITMENT (item))
    return pp_commitment_get_title (PP_COMMITMENT (item));
  return pp_node_get_id (item);
}

/**
 * pp_references_list_names:
 * @max_names: how many names to give before "and 3 others"
 *
 * Returns: (transfer full): the referring items by title, quoted:
 *   "“Mining MoU”, “Tractor plant” and 3 others"
 */
char *
pp_references_list_names (GPtrArray *references,
                          guint      max_names)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) phrases = g_ptr_array_new_with_free_func (g_free);
  guint rest;

  g_return_val_if_fail (references != NULL, NULL);

  items = distinct_items (references);
  /* "and 1 other" would take the place of the name it hides. */
  if (items->len == max_names + 1)
    max_names++;
  for (guint i = 0; i < items->len && i < max_names; i++)
    /* Translators: a title, quoted */
    g_ptr_array_add (phrases, g_strdup_printf (_("“%s”"), item_name (items->pdata[i])));
  rest = items->len > max_names ? items->len - max_names : 0;
  if (rest > 0)
    g_ptr_array_add (phrases, g_strdup_printf (ngettext ("%u other", "%u others", rest), rest));
  return join_phrases (phrases);
}

/**
 * pp_references_new_id:
 *
 * Returns: (transfer full): an id for a new item of @collection made from
 *   its @name ("Mining & energy" → "mining-energy"), which no item has yet
 */
char *
pp_references_new_id (PpPortfolio  *portfolio,
                      PpCollection  collection,
                      const char   *name)
{
  g_autofree char *ascii = g_str_to_ascii (name != NULL ? name : "", "C");
  g_autoptr(GString) slug = g_string_new (NULL);
  char *id;

  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), NULL);

  /* Ids stay short enough to read in a file. */
  for (const char *p = ascii; *p != '\0' && slug->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "item");

  id = g_strdup (slug->str);
  for (guint i = 2; pp_portfolio_lookup (portfolio, collection, id) != NULL; i++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", slug->str, i);
    }
  return id;
}

/* The list of its owner that holds @node, and its position there. */
static GListModel *
list_holding (PpNode *node,
              guint  *position)
{
  PpNode *owner = pp_node_get_owner (node);
  PpNodeClass *klass = PP_NODE_GET_CLASS (owner);
  const char *member;
  GListModel *list;

  for (guint i = 0; klass->get_list != NULL && (list = klass->get_list (owner, i, &member)); i++)
    for (guint j = 0; j < g_list_model_get_n_items (list); j++)
      {
        g_autoptr(PpNode) item = g_list_model_get_item (list, j);

        if (item == node)
          {
            *position = j;
            return list;
          }
      }
  g_return_val_if_reached (NULL);
}

/* A list of ids ("parties") names @to instead of @from, once. */
static void
replace_in_list (PpHistory  *history,
                 PpNode     *holder,
                 const char *property,
                 const char *from,
                 const char *to)
{
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) replaced = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean has_to;

  g_object_get (holder, property, &ids, NULL);
  has_to = to == NULL || (ids != NULL && g_strv_contains ((const char * const *) ids, to));
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (g_strcmp0 (ids[i], from) != 0)
        g_strv_builder_add (builder, ids[i]);
      else if (!has_to)
        {
          g_strv_builder_add (builder, to);
          has_to = TRUE;
        }
    }
  replaced = g_strv_builder_end (builder);
  pp_history_set (history, holder, property, replaced, NULL);
}

/* A venture partner must name an organisation: without a replacement it
 * leaves the venture, and when the replacement is already a partner, the
 * two become one with both shares. */
static void
replace_partner (PpHistory        *history,
                 PpVenturePartner *partner,
                 const char       *to)
{
  PpNode *owner = pp_node_get_owner (PP_NODE (partner));
  guint position = 0;
  GListModel *list = list_holding (PP_NODE (partner), &position);

  if (to != NULL)
    {
      g_autoptr(PpVenturePartner) same = NULL;
      double share;

      for (guint i = 0; same == NULL && i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(PpVenturePartner) other = g_list_model_get_item (list, i);

          if (other != partner && g_strcmp0 (pp_venture_partner_get_organisation (other), to) == 0)
            same = g_steal_pointer (&other);
        }
      if (same == NULL)
        {
          pp_history_set (history, PP_NODE (partner), "organisation", to, NULL);
          return;
        }
      share = MIN (100.0, pp_venture_partner_get_share_percent (same) +
                          pp_venture_partner_get_share_percent (partner));
      pp_history_set (history, PP_NODE (same), "share-percent", share, NULL);
    }
  pp_history_remove (history, owner, list, position, NULL);
}

/* "parties[1]" is the property "parties"; "share_percent" is "share-percent". */
static char *
property_of_member (const char *member)
{
  char *property = g_strndup (member, strcspn (member, "["));

  g_strdelimit (property, "_", '-');
  return property;
}

/**
 * pp_references_replace:
 * @to: (nullable): the item that takes the place of @from, or %NULL to
 *   leave the items that referred to @from without one (an MoU without a
 *   sector, a venture without that partner)
 *
 * Makes everything that refers to @from refer to @to, as one undoable step.
 */
void
pp_references_replace (PpHistory    *history,
                       PpCollection  collection,
                       const char   *from,
                       const char   *to)
{
  g_autoptr(GPtrArray) references = NULL;

  g_return_if_fail (PP_IS_HISTORY (history));
  g_return_if_fail (from != NULL);

  if (g_strcmp0 (from, to) == 0)
    return;
  references = pp_references_find (pp_history_get_portfolio (history), collection, from);
  pp_history_begin_group (history);
  for (guint i = 0; i < references->len; i++)
    {
      PpReference *reference = references->pdata[i];
      g_autofree char *property = property_of_member (reference->member);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (reference->holder),
                                                        property);

      g_assert (pspec != NULL);
      if (PP_IS_VENTURE_PARTNER (reference->holder))
        replace_partner (history, PP_VENTURE_PARTNER (reference->holder), to);
      else if (pspec->value_type == G_TYPE_STRV)
        replace_in_list (history, reference->holder, property, from, to);
      else
        pp_history_set (history, reference->holder, property, to, NULL);
    }
  pp_history_end_group (history);
}

static gboolean
find_position (GListModel *list,
               const char *id,
               guint      *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpNode) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (pp_node_get_id (item), id) == 0)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * pp_references_delete:
 * @replacement: (nullable): the item that takes the place of @id wherever
 *   it is used, or %NULL to leave those places empty
 *
 * Deletes the item @id of @collection after moving what refers to it, as
 * one undoable step.
 */
gboolean
pp_references_delete (PpHistory     *history,
                      PpCollection   collection,
                      const char    *id,
                      const char    *replacement,
                      GError       **error)
{
  PpPortfolio *portfolio;
  GListModel *list;
  guint position = 0;

  g_return_val_if_fail (PP_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (g_strcmp0 (id, replacement) != 0, FALSE);

  portfolio = pp_history_get_portfolio (history);
  list = pp_portfolio_get_collection (portfolio, collection);
  g_return_val_if_fail (find_position (list, id, &position), FALSE);

  pp_history_begin_group (history);
  pp_references_replace (history, collection, id, replacement);
  if (!pp_history_remove (history, PP_NODE (portfolio), list, position, error))
    {
      pp_history_cancel_group (history);
      return FALSE;
    }
  pp_history_end_group (history);
  return TRUE;
}

static void
copy_contacts (PpHistory      *history,
               PpOrganisation *keep,
               PpOrganisation *drop)
{
  GListModel *contacts = pp_organisation_get_contacts (drop);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(PpNode) contact = g_list_model_get_item (contacts, i);
      g_autoptr(PpNode) copy = pp_node_copy (contact, NULL);

      pp_history_append (history, PP_NODE (keep), pp_organisation_get_contacts (keep), copy, NULL);
    }
}

/**
 * pp_references_merge:
 *
 * Makes @keep and @drop, two items of @collection that are the same (one
 * body entered twice), one: everything that referred to @drop refers to
 * @keep, an organisation's contacts join those of @keep, and @drop is
 * deleted; as one undoable step.
 */
gboolean
pp_references_merge (PpHistory     *history,
                     PpCollection   collection,
                     const char    *keep,
                     const char    *drop,
                     GError       **error)
{
  PpPortfolio *portfolio;
  PpNode *kept, *dropped;

  g_return_val_if_fail (PP_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (g_strcmp0 (keep, drop) != 0, FALSE);

  portfolio = pp_history_get_portfolio (history);
  kept = pp_portfolio_lookup (portfolio, collection, keep);
  dropped = pp_portfolio_lookup (portfolio, collection, drop);
  g_return_val_if_fail (kept != NULL && dropped != NULL, FALSE);

  pp_history_begin_group (history);
  if (PP_IS_ORGANISATION (kept))
    copy_contacts (history, PP_ORGANISATION (kept), PP_ORGANISATION (dropped));
  if (!pp_references_delete (history, collection, drop, keep, error))
    {
      /* Takes back the contacts too: the inner group only counted. */
      pp_history_cancel_group (history);
      return FALSE;
    }
  pp_history_end_group (history);
  return TRUE;
}
