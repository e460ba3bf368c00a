/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-portfolio-tree.c: a snapshot of a portfolio as keyed JSON items.
 *
 * Each item is written with the model's own writer, compactly, so that its
 * text is the same bytes for the same item in any two portfolios: comparing
 * two 10,000-MoU portfolios then mostly compares texts, and parses only the
 * few items that differ.
 */

#include "config.h"

#include <string.h>

#include "pp-io-private.h"
#include "pp-portfolio-tree.h"

struct _PpTreeItem
{
  PpSection section;
  guint position;
  char *key;
  GBytes *text;
  JsonObject *object;  /* parsed on first use */
};

struct _PpPortfolioTree
{
  GPtrArray *items[PP_N_SECTIONS];   /* of PpTreeItem, in file order */
  GHashTable *by_key[PP_N_SECTIONS]; /* key → PpTreeItem */
};

/* The order of the sections in the file: the portfolio's own fields come
 * before its collections. */
static const PpSection section_order[PP_N_SECTIONS] = {
  PP_SECTION_PORTFOLIO, PP_SECTION_SECTORS, PP_SECTION_ORGANISATIONS, PP_SECTION_MOUS,
  PP_SECTION_VENTURES, PP_SECTION_COMMITMENTS,
};

typedef void (*WriteFunc) (gpointer item, PpWriter *writer);

static const WriteFunc writers[PP_N_COLLECTIONS] = {
  (WriteFunc) _pp_sector_write,
  (WriteFunc) _pp_organisation_write,
  (WriteFunc) _pp_mou_write,
  (WriteFunc) _pp_venture_write,
  (WriteFunc) _pp_commitment_write,
};

/**
 * pp_section_at:
 *
 * Returns: the section at @index (below %PP_N_SECTIONS) in file order
 */
PpSection
pp_section_at (guint index)
{
  g_return_val_if_fail (index < PP_N_SECTIONS, PP_SECTION_PORTFOLIO);

  return section_order[index];
}

/**
 * pp_section_get_member:
 *
 * Returns: the member of the file that holds @section ("mous"), or "" for
 *   the portfolio's own fields, which are members of the file's top level
 */
const char *
pp_section_get_member (PpSection section)
{
  g_return_val_if_fail (section < PP_N_SECTIONS, "");

  if (section == PP_SECTION_PORTFOLIO)
    return "";
  return pp_collection_get_member ((PpCollection) section);
}

static void
item_free (gpointer data)
{
  PpTreeItem *item = data;

  g_free (item->key);
  g_bytes_unref (item->text);
  g_clear_pointer (&item->object, json_object_unref);
  g_free (item);
}

static void
add_item (PpPortfolioTree *self,
          PpSection        section,
          const char      *key,
          PpWriter        *writer)
{
  PpTreeItem *item = g_new0 (PpTreeItem, 1);

  item->section = section;
  item->position = self->items[section]->len;
  item->key = g_strdup (key);
  item->text = pp_writer_free_to_bytes (writer);
  g_ptr_array_add (self->items[section], item);
  g_hash_table_insert (self->by_key[section], item->key, item);
}

/* The portfolio's own fields, as the file has them but for the format and
 * version, which every portfolio of this version shares. */
static void
add_portfolio_item (PpPortfolioTree *self,
                    PpPortfolio     *portfolio)
{
  PpWriter *writer = pp_writer_new (1024);
  PpCountryPair *countries = pp_portfolio_get_countries (portfolio);

  pp_writer_set_compact (writer, TRUE);
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "title");
  pp_writer_string (writer, pp_portfolio_get_title (portfolio));
  pp_writer_member (writer, "countries");
  pp_writer_begin_array (writer);
  if (pp_country_pair_is_set (countries))
    {
      pp_writer_string (writer, pp_country_pair_get_first (countries));
      pp_writer_string (writer, pp_country_pair_get_second (countries));
    }
  pp_writer_end_array (writer);
  pp_writer_member (writer, "description");
  pp_writer_string (writer, pp_portfolio_get_description (portfolio));
  pp_writer_member (writer, "currency");
  pp_writer_string (writer, pp_portfolio_get_currency (portfolio));
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (portfolio)));
  pp_writer_end_object (writer);
  add_item (self, PP_SECTION_PORTFOLIO, "", writer);
}

static void
add_collection (PpPortfolioTree *self,
                PpPortfolio     *portfolio,
                PpCollection     collection)
{
  GListModel *list = pp_portfolio_get_collection (portfolio, collection);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpNode) node = g_list_model_get_item (list, i);
      PpWriter *writer = pp_writer_new (1024);

      pp_writer_set_compact (writer, TRUE);
      writers[collection] (node, writer);
      add_item (self, (PpSection) collection, pp_node_get_id (node), writer);
    }
}

/**
 * pp_portfolio_tree_new:
 *
 * Takes a snapshot of @portfolio: later edits of it do not reach the tree.
 *
 * Returns: (transfer full): the tree
 */
PpPortfolioTree *
pp_portfolio_tree_new (PpPortfolio *portfolio)
{
  PpPortfolioTree *self;

  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), NULL);

  self = g_new0 (PpPortfolioTree, 1);
  for (guint s = 0; s < PP_N_SECTIONS; s++)
    {
      self->items[s] = g_ptr_array_new_with_free_func (item_free);
      self->by_key[s] = g_hash_table_new (g_str_hash, g_str_equal);
    }
  add_portfolio_item (self, portfolio);
  for (guint c = 0; c < PP_N_COLLECTIONS; c++)
    add_collection (self, portfolio, c);
  return self;
}

void
pp_portfolio_tree_free (PpPortfolioTree *self)
{
  if (self == NULL)
    return;
  for (guint s = 0; s < PP_N_SECTIONS; s++)
    {
      g_hash_table_unref (self->by_key[s]);
      g_ptr_array_unref (self->items[s]);
    }
  g_free (self);
}

guint
pp_portfolio_tree_get_n_items (PpPortfolioTree *self,
                               PpSection        section)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (section < PP_N_SECTIONS, 0);

  return self->items[section]->len;
}

/**
 * pp_portfolio_tree_get_item:
 *
 * Returns: (transfer none): the item at @position of @section
 */
PpTreeItem *
pp_portfolio_tree_get_item (PpPortfolioTree *self,
                            PpSection        section,
                            guint            position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (section < PP_N_SECTIONS, NULL);
  g_return_val_if_fail (position < self->items[section]->len, NULL);

  return g_ptr_array_index (self->items[section], position);
}

/**
 * pp_portfolio_tree_lookup:
 *
 * Returns: (transfer none) (nullable): the item of @section whose key (its
 *   id; "" for the portfolio's own fields) is @key
 */
PpTreeItem *
pp_portfolio_tree_lookup (PpPortfolioTree *self,
                          PpSection        section,
                          const char      *key)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (section < PP_N_SECTIONS, NULL);

  if (key == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_key[section], key);
}

/**
 * pp_portfolio_tree_get_name_of:
 *
 * Returns: the name (or title) of the item @id of @collection, or @id
 *   itself when the tree has no such item
 */
const char *
pp_portfolio_tree_get_name_of (PpPortfolioTree *self,
                               PpCollection     collection,
                               const char      *id)
{
  PpTreeItem *item;

  g_return_val_if_fail (collection < PP_N_COLLECTIONS, id);

  item = pp_portfolio_tree_lookup (self, (PpSection) collection, id);
  if (item == NULL)
    return id;
  return pp_tree_item_get_name (item);
}

PpSection
pp_tree_item_get_section (PpTreeItem *item)
{
  g_return_val_if_fail (item != NULL, PP_SECTION_PORTFOLIO);

  return item->section;
}

const char *
pp_tree_item_get_key (PpTreeItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);

  return item->key;
}

/**
 * pp_tree_item_get_position:
 *
 * Returns: the item's place in its section, from 0
 */
guint
pp_tree_item_get_position (PpTreeItem *item)
{
  g_return_val_if_fail (item != NULL, 0);

  return item->position;
}

/**
 * pp_tree_item_get_text:
 * @length: (out) (optional): the length of the text
 *
 * Returns: the item's compact JSON text (an object), NUL-terminated
 */
const char *
pp_tree_item_get_text (PpTreeItem *item,
                       gsize      *length)
{
  gsize size;
  const char *data;

  g_return_val_if_fail (item != NULL, NULL);

  /* The writer ends its text with a newline, and the bytes of a GString
   * keep the NUL after it. */
  data = g_bytes_get_data (item->text, &size);
  if (length != NULL)
    *length = size - 1;
  return data;
}

/**
 * pp_tree_item_equal:
 *
 * Returns: whether the two items have the same text, and so are the same
 */
gboolean
pp_tree_item_equal (PpTreeItem *a,
                    PpTreeItem *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_bytes_equal (a->text, b->text);
}

/**
 * pp_tree_item_get_object:
 *
 * Parses the item on first use.
 *
 * Returns: (transfer none): the item as a JSON object, owned by the tree
 */
JsonObject *
pp_tree_item_get_object (PpTreeItem *item)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  gsize length;

  g_return_val_if_fail (item != NULL, NULL);

  if (item->object != NULL)
    return item->object;

  text = pp_tree_item_get_text (item, &length);
  parser = json_parser_new_immutable ();
  /* The text is the model's own writing, so it always parses. */
  if (!json_parser_load_from_data (parser, text, length, &error))
    g_error ("an item written by the model does not parse: %s", error->message);
  item->object = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
  return item->object;
}

/**
 * pp_tree_item_get_name:
 *
 * Returns: the item's title or name, as a person knows it
 */
const char *
pp_tree_item_get_name (PpTreeItem *item)
{
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (item != NULL, "");

  object = pp_tree_item_get_object (item);
  node = json_object_get_member (object, "title");
  if (node == NULL)
    node = json_object_get_member (object, "name");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return item->key;
  return json_node_get_string (node);
}
