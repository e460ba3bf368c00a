/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-tree-builder.c: joins items into the text of a file and loads it.
 *
 * The items are joined as text, not as one JsonNode tree, since most of
 * them arrive as the texts of a PpPortfolioTree and need no parsing.
 */

#include "config.h"

#include <string.h>

#include "pp-portfolio-io.h"
#include "pp-tree-builder.h"

struct _PpTreeBuilder
{
  GString *fields;                    /* the portfolio's members, without braces */
  GString *items[PP_N_COLLECTIONS];   /* each collection's elements, comma-separated */
};

/**
 * pp_tree_builder_new:
 *
 * Returns: (transfer full): a builder with no items and no portfolio
 *   fields; the loader refuses a portfolio without a title, so add the
 *   item of %PP_SECTION_PORTFOLIO before finishing
 */
PpTreeBuilder *
pp_tree_builder_new (void)
{
  PpTreeBuilder *self = g_new0 (PpTreeBuilder, 1);

  self->fields = g_string_new (NULL);
  for (guint c = 0; c < PP_N_COLLECTIONS; c++)
    self->items[c] = g_string_new (NULL);
  return self;
}

void
pp_tree_builder_free (PpTreeBuilder *self)
{
  if (self == NULL)
    return;
  g_string_free (self->fields, TRUE);
  for (guint c = 0; c < PP_N_COLLECTIONS; c++)
    g_string_free (self->items[c], TRUE);
  g_free (self);
}

/* Keeps the members of the object @text, whose braces are dropped. */
static void
set_fields (PpTreeBuilder *self,
            const char    *text,
            gsize          length)
{
  const char *start = memchr (text, '{', length);
  const char *end = text + length;

  g_string_truncate (self->fields, 0);
  if (start == NULL)
    return;
  while (end > start && end[-1] != '}')
    end--;
  if (end <= start + 1)
    return;
  g_string_append_len (self->fields, start + 1, end - 1 - (start + 1));
  g_strstrip (self->fields->str);
  self->fields->len = strlen (self->fields->str);
}

/**
 * pp_tree_builder_add_text:
 * @text: an item as a JSON object
 * @length: the length of @text, or -1 when it is NUL-terminated
 *
 * Appends the item to its collection; for %PP_SECTION_PORTFOLIO, sets the
 * portfolio's own fields (title, countries, …) instead.
 */
void
pp_tree_builder_add_text (PpTreeBuilder *self,
                          PpSection      section,
                          const char    *text,
                          gssize         length)
{
  GString *out;

  g_return_if_fail (self != NULL);
  g_return_if_fail (section < PP_N_SECTIONS);
  g_return_if_fail (text != NULL);

  if (length < 0)
    length = strlen (text);
  if (section == PP_SECTION_PORTFOLIO)
    {
      set_fields (self, text, length);
      return;
    }
  out = self->items[section];
  if (out->len > 0)
    g_string_append_c (out, ',');
  g_string_append_len (out, text, length);
}

void
pp_tree_builder_add_object (PpTreeBuilder *self,
                            PpSection      section,
                            JsonObject    *object)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *text = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (object != NULL);

  json_node_set_object (node, object);
  text = json_to_string (node, FALSE);
  pp_tree_builder_add_text (self, section, text, -1);
}

void
pp_tree_builder_add_item (PpTreeBuilder *self,
                          PpTreeItem    *item)
{
  const char *text;
  gsize length;

  g_return_if_fail (self != NULL);
  g_return_if_fail (item != NULL);

  text = pp_tree_item_get_text (item, &length);
  pp_tree_builder_add_text (self, pp_tree_item_get_section (item), text, length);
}

/**
 * pp_tree_builder_to_bytes:
 *
 * Returns: (transfer full): the text of the file the items make, compact
 */
GBytes *
pp_tree_builder_to_bytes (PpTreeBuilder *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_sized_new (4096);
  g_string_append_printf (out, "{\"format\":\"%s\",\"version\":%d", PP_FORMAT_NAME,
                          PP_FORMAT_VERSION);
  if (self->fields->len > 0)
    {
      g_string_append_c (out, ',');
      g_string_append_len (out, self->fields->str, self->fields->len);
    }
  for (guint c = 0; c < PP_N_COLLECTIONS; c++)
    {
      g_string_append_printf (out, ",\"%s\":[", pp_collection_get_member (c));
      g_string_append_len (out, self->items[c]->str, self->items[c]->len);
      g_string_append_c (out, ']');
    }
  g_string_append (out, "}\n");
  return g_string_free_to_bytes (out);
}

/**
 * pp_tree_builder_finish:
 *
 * Returns: (transfer full): the portfolio the items make, or %NULL with
 *   @error set by the loader when they do not make one it accepts (an MoU
 *   whose party is not among the organisations, two items with one id)
 */
PpPortfolio *
pp_tree_builder_finish (PpTreeBuilder  *self,
                        GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  bytes = pp_tree_builder_to_bytes (self);
  return pp_portfolio_load_from_bytes (bytes, error);
}
