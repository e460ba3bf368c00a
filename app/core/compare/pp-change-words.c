/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-change-words.c: puts changes into words.
 *
 * Every phrase is a whole translatable sentence per kind of item, so that
 * a translator can make nouns and verbs agree; values are shown as the app
 * shows them elsewhere, and an id never reaches the reader when the item
 * it names can be found in either version.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-change-words.h"
#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-enums.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-tree-keys.h"

typedef enum
{
  VALUE_TEXT,
  VALUE_NUMBER,
  VALUE_PERCENT,
  VALUE_DATE,
  VALUE_ENUM,
  VALUE_REFERENCE,
  VALUE_COUNTRY,
  VALUE_COUNTRIES,
  VALUE_SIDE,
  VALUE_BOOLEAN,
  VALUE_LONG,
  VALUE_IDENTITY,   /* an id: it keys the item, so it never changes */
} ValueKind;

typedef struct
{
  PpSection section;
  const char *context;   /* the list or group the member is in, or NULL */
  const char *member;
  ValueKind kind;
  const char *label;     /* for a long text, the whole "… changed" */
  GType (*enum_type) (void);
  PpCollection collection;
} Field;

#define S(x) PP_SECTION_##x

/* Every member of the file format that is not a list of items. */
static const Field fields[] = {
  { S(PORTFOLIO), NULL, "title", VALUE_TEXT, N_("Title") },
  { S(PORTFOLIO), NULL, "countries", VALUE_COUNTRIES, N_("Countries") },
  { S(PORTFOLIO), NULL, "description", VALUE_LONG, N_("Description changed") },
  { S(PORTFOLIO), NULL, "currency", VALUE_TEXT, N_("Currency") },
  { S(SECTORS), NULL, "id", VALUE_IDENTITY },
  { S(SECTORS), NULL, "name", VALUE_TEXT, N_("Name") },
  { S(SECTORS), NULL, "color", VALUE_TEXT, N_("Colour") },
  { S(SECTORS), NULL, "description", VALUE_LONG, N_("Description changed") },
  { S(ORGANISATIONS), NULL, "id", VALUE_IDENTITY },
  { S(ORGANISATIONS), NULL, "name", VALUE_TEXT, N_("Name") },
  { S(ORGANISATIONS), NULL, "country", VALUE_COUNTRY, N_("Country") },
  { S(ORGANISATIONS), NULL, "kind", VALUE_ENUM, N_("Kind"), pp_organisation_kind_get_type },
  { S(ORGANISATIONS), "contacts", "name", VALUE_TEXT, N_("Name") },
  { S(ORGANISATIONS), "contacts", "role", VALUE_TEXT, N_("Role") },
  { S(ORGANISATIONS), "contacts", "email", VALUE_TEXT, N_("Email") },
  { S(ORGANISATIONS), "contacts", "phone", VALUE_TEXT, N_("Phone") },
  { S(MOUS), NULL, "id", VALUE_IDENTITY },
  { S(MOUS), NULL, "title", VALUE_TEXT, N_("Title") },
  { S(MOUS), NULL, "sector", VALUE_REFERENCE, N_("Sector"), NULL, PP_COLLECTION_SECTORS },
  { S(MOUS), NULL, "status", VALUE_ENUM, N_("Status"), pp_mou_status_get_type },
  { S(MOUS), NULL, "signed_on", VALUE_DATE, N_("Signed on") },
  { S(MOUS), NULL, "effective_on", VALUE_DATE, N_("Effective") },
  { S(MOUS), NULL, "expires_on", VALUE_DATE, N_("Expires on") },
  { S(MOUS), "renewal", "automatic", VALUE_BOOLEAN, N_("Renews automatically") },
  { S(MOUS), "renewal", "notice_days", VALUE_NUMBER, N_("Notice period") },
  { S(MOUS), NULL, "summary", VALUE_LONG, N_("Summary changed") },
  { S(MOUS), "follow_ups", "title", VALUE_TEXT, N_("Title") },
  { S(MOUS), "follow_ups", "due_on", VALUE_DATE, N_("Due on") },
  { S(MOUS), "follow_ups", "done", VALUE_BOOLEAN, N_("Done") },
  { S(MOUS), "follow_ups", "side", VALUE_SIDE, N_("Side") },
  { S(VENTURES), NULL, "id", VALUE_IDENTITY },
  { S(VENTURES), NULL, "name", VALUE_TEXT, N_("Name") },
  { S(VENTURES), NULL, "sector", VALUE_REFERENCE, N_("Sector"), NULL, PP_COLLECTION_SECTORS },
  { S(VENTURES), NULL, "stage", VALUE_ENUM, N_("Stage"), pp_venture_stage_get_type },
  { S(VENTURES), "partners", "organisation", VALUE_REFERENCE, N_("Organisation"), NULL,
    PP_COLLECTION_ORGANISATIONS },
  { S(VENTURES), "partners", "share_percent", VALUE_PERCENT, N_("Share") },
  { S(VENTURES), "budget", "amount", VALUE_NUMBER, N_("Budget") },
  { S(VENTURES), "budget", "currency", VALUE_TEXT, N_("Currency") },
  { S(VENTURES), NULL, "jobs", VALUE_NUMBER, N_("Jobs") },
  { S(VENTURES), NULL, "start_on", VALUE_DATE, N_("Start") },
  { S(VENTURES), NULL, "end_on", VALUE_DATE, N_("End") },
  { S(VENTURES), NULL, "objectives", VALUE_LONG, N_("Objectives changed") },
  { S(VENTURES), "milestones", "id", VALUE_IDENTITY },
  { S(VENTURES), "milestones", "title", VALUE_TEXT, N_("Title") },
  { S(VENTURES), "milestones", "due_on", VALUE_DATE, N_("Due on") },
  { S(VENTURES), "milestones", "status", VALUE_ENUM, N_("Status"), pp_milestone_status_get_type },
  { S(VENTURES), "milestones", "owner", VALUE_TEXT, N_("Owner") },
  { S(VENTURES), "milestones", "side", VALUE_SIDE, N_("Side") },
  { S(VENTURES), "risks", "title", VALUE_TEXT, N_("Title") },
  { S(VENTURES), "risks", "likelihood", VALUE_ENUM, N_("Likelihood"), pp_level_get_type },
  { S(VENTURES), "risks", "impact", VALUE_ENUM, N_("Impact"), pp_level_get_type },
  { S(VENTURES), "risks", "mitigation", VALUE_LONG, N_("Mitigation changed") },
  { S(COMMITMENTS), NULL, "id", VALUE_IDENTITY },
  { S(COMMITMENTS), NULL, "title", VALUE_TEXT, N_("Title") },
  { S(COMMITMENTS), NULL, "sector", VALUE_REFERENCE, N_("Sector"), NULL,
    PP_COLLECTION_SECTORS },
  { S(COMMITMENTS), NULL, "unit", VALUE_TEXT, N_("Unit") },
  { S(COMMITMENTS), NULL, "target", VALUE_NUMBER, N_("Target") },
  { S(COMMITMENTS), NULL, "due_on", VALUE_DATE, N_("Due on") },
  { S(COMMITMENTS), NULL, "mou", VALUE_REFERENCE, N_("MoU"), NULL, PP_COLLECTION_MOUS },
  { S(COMMITMENTS), NULL, "side", VALUE_SIDE, N_("Side") },
  { S(COMMITMENTS), "progress", "on", VALUE_DATE, N_("Date") },
  { S(COMMITMENTS), "progress", "value", VALUE_NUMBER, N_("Achieved") },
  { S(COMMITMENTS), "progress", "note", VALUE_TEXT, N_("Note") },
};

#undef S

/* The phrases of a top-level item, by section. */
typedef struct
{
  const char *heading;
  const char *added;
  const char *removed;
  const char *moved;
} ItemWords;

static const ItemWords item_words[PP_N_SECTIONS] = {
  [PP_SECTION_SECTORS] = { N_("Sector “%s”"), N_("Sector “%s” added"),
                           N_("Sector “%s” removed"), N_("Sector “%s” moved to place %s") },
  [PP_SECTION_ORGANISATIONS] = { N_("Organisation “%s”"), N_("Organisation “%s” added"),
                                 N_("Organisation “%s” removed"),
                                 N_("Organisation “%s” moved to place %s") },
  [PP_SECTION_MOUS] = { N_("MoU “%s”"), N_("MoU “%s” added"), N_("MoU “%s” removed"),
                        N_("MoU “%s” moved to place %s") },
  [PP_SECTION_VENTURES] = { N_("Venture “%s”"), N_("Venture “%s” added"),
                            N_("Venture “%s” removed"), N_("Venture “%s” moved to place %s") },
  [PP_SECTION_COMMITMENTS] = { N_("Commitment “%s”"), N_("Commitment “%s” added"),
                               N_("Commitment “%s” removed"),
                               N_("Commitment “%s” moved to place %s") },
  [PP_SECTION_PORTFOLIO] = { N_("Portfolio “%s”") },
};

/* The phrases of an element of a list inside an item: "in" prefixes a
 * change of one of its fields ("Milestone “Survey”: Status: …"). */
typedef struct
{
  PpSection section;
  const char *list;
  const char *added;
  const char *removed;
  const char *moved;
  const char *in;
} ElementWords;

static const ElementWords element_words[] = {
  { PP_SECTION_ORGANISATIONS, "contacts", N_("Contact “%s” added"), N_("Contact “%s” removed"),
    N_("Contact “%s” moved to place %s"), N_("Contact “%s”: %s") },
  { PP_SECTION_MOUS, "parties", N_("Party “%s” added"), N_("Party “%s” removed") },
  { PP_SECTION_MOUS, "follow_ups", N_("Follow-up “%s” added"), N_("Follow-up “%s” removed"),
    N_("Follow-up “%s” moved to place %s"), N_("Follow-up “%s”: %s") },
  { PP_SECTION_VENTURES, "partners", N_("Partner “%s” added"), N_("Partner “%s” removed"),
    N_("Partner “%s” moved to place %s"), N_("Partner “%s”: %s") },
  { PP_SECTION_VENTURES, "mous", N_("Linked MoU “%s” added"), N_("Linked MoU “%s” removed") },
  { PP_SECTION_VENTURES, "milestones", N_("Milestone “%s” added"), N_("Milestone “%s” removed"),
    N_("Milestone “%s” moved to place %s"), N_("Milestone “%s”: %s") },
  { PP_SECTION_VENTURES, "risks", N_("Risk “%s” added"), N_("Risk “%s” removed"),
    N_("Risk “%s” moved to place %s"), N_("Risk “%s”: %s") },
  { PP_SECTION_COMMITMENTS, "progress", N_("Progress entry of %s added"),
    N_("Progress entry of %s removed"), N_("Progress entry of %s moved to place %s"),
    N_("Progress entry of %s: %s") },
};

/* The phrases of the tables above are formats chosen at run time. Each
 * takes one or two strings; a format that uses only the first ignores the
 * second, as C allows. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static char *
phrase (const char *format,
        const char *first,
        const char *second)
{
  return pp_sentence_new (format, first, second);
}
#pragma GCC diagnostic pop

static const Field *
find_field (PpSection   section,
            const char *context,
            const char *member)
{
  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].section == section && g_strcmp0 (fields[i].context, context) == 0 &&
        g_strcmp0 (fields[i].member, member) == 0)
      return &fields[i];
  return NULL;
}

static const ElementWords *
find_element_words (PpSection   section,
                    const char *list)
{
  for (gsize i = 0; i < G_N_ELEMENTS (element_words); i++)
    if (element_words[i].section == section && g_strcmp0 (element_words[i].list, list) == 0)
      return &element_words[i];
  return NULL;
}

static const char *
node_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static char *
compact_json (JsonNode *node)
{
  if (node == NULL)
    return g_strdup (_("None"));
  return json_to_string (node, FALSE);
}

static char *
format_date (JsonNode *node)
{
  GDate date;
  const char *text = node_string (node);

  g_date_clear (&date, 1);
  if (text == NULL || !pp_date_parse (text, &date, NULL))
    return compact_json (node);
  return pp_date_to_display (&date);
}

static char *
format_number (JsonNode   *node,
               ValueKind   kind)
{
  GType type = json_node_get_value_type (node);

  if (kind == VALUE_PERCENT)
    /* Translators: an equity share, "51 %" */
    return pp_sentence_new (_("%g %%"), json_node_get_double (node));
  if (type == G_TYPE_INT64)
    return pp_format_count (json_node_get_int (node));
  return g_strdup_printf ("%g", json_node_get_double (node));
}

static char *
format_enum (const Field *field,
             JsonNode    *node)
{
  int value;
  const char *nick = node_string (node);

  if (nick == NULL || !pp_enum_from_nick (field->enum_type (), nick, &value))
    return compact_json (node);
  return g_strdup (pp_enum_get_display_name (field->enum_type (), value));
}

/* The name of the item @id refers to, in the version the value is from,
 * else in the other (an MoU's new sector may only be in the new one). */
static char *
format_reference (PpChangeWords *words,
                  PpCollection   collection,
                  const char    *id,
                  gboolean       old)
{
  PpPortfolioTree *first = old ? words->old_tree : words->new_tree;
  PpPortfolioTree *second = old ? words->new_tree : words->old_tree;

  if (pp_portfolio_tree_lookup (first, (PpSection) collection, id) != NULL)
    return g_strdup (pp_portfolio_tree_get_name_of (first, collection, id));
  return g_strdup (pp_portfolio_tree_get_name_of (second, collection, id));
}

static char *
format_country (const char *code)
{
  const char *name = pp_iso_country_get_name (code);

  return g_strdup (name != NULL ? name : code);
}

static char *
format_countries (JsonNode *node)
{
  g_autoptr(GString) out = g_string_new (NULL);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return compact_json (node);
  array = json_node_get_array (node);
  if (json_array_get_length (array) == 0)
    return g_strdup (_("None"));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *name = format_country (json_array_get_string_element (array, i));

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, name);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
format_value (PpChangeWords *words,
              const Field   *field,
              JsonNode      *node,
              gboolean       old)
{
  if (field->kind == VALUE_SIDE && (node == NULL || JSON_NODE_HOLDS_NULL (node)))
    return g_strdup (_("Both sides"));
  if (field->kind == VALUE_COUNTRIES)
    return format_countries (node);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup (_("None"));
  if (!JSON_NODE_HOLDS_VALUE (node))
    return compact_json (node);

  switch (field->kind)
    {
    case VALUE_NUMBER:
    case VALUE_PERCENT:
      return format_number (node, field->kind);
    case VALUE_DATE:
      return format_date (node);
    case VALUE_ENUM:
      return format_enum (field, node);
    case VALUE_REFERENCE:
      return format_reference (words, field->collection, json_node_get_string (node), old);
    case VALUE_COUNTRY:
    case VALUE_SIDE:
      return format_country (json_node_get_string (node));
    case VALUE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? C_("value", "yes") : C_("value", "no"));
    case VALUE_TEXT:
      /* Translators: a text value quoted in a change, "Title: “Old” → “New”" */
      return pp_sentence_new (_("“%s”"), json_node_get_string (node));
    default:
      return compact_json (node);
    }
}

/**
 * pp_change_words_heading:
 *
 * Returns: (transfer full): what a person calls the item: "MoU “…”"
 */
char *
pp_change_words_heading (PpSection   section,
                         const char *name)
{
  g_return_val_if_fail (section < PP_N_SECTIONS, NULL);

  return phrase (_(item_words[section].heading), name, NULL);
}

/**
 * pp_change_words_item:
 * @place: the new place (from 0) of a moved item
 *
 * Returns: (transfer full): "MoU “…” added", "Organisation “…” removed"
 */
char *
pp_change_words_item (PpChangeKind  kind,
                      PpSection     section,
                      const char   *name,
                      guint         place)
{
  const ItemWords *w;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (section < PP_SECTION_PORTFOLIO, NULL);

  w = &item_words[section];
  if (kind == PP_CHANGE_ADDED)
    return phrase (_(w->added), name, NULL);
  if (kind == PP_CHANGE_REMOVED)
    return phrase (_(w->removed), name, NULL);
  shown = pp_format_count (place + 1);
  return phrase (_(w->moved), name, shown);
}

/**
 * pp_change_words_element_name:
 *
 * Returns: (transfer full): what a person calls @element of @list: a
 *   follow-up's title, a partner's organisation's name, the date of a
 *   progress entry
 */
char *
pp_change_words_element_name (PpChangeWords *words,
                              PpSection      section,
                              const char    *list,
                              JsonObject    *element,
                              gboolean       old)
{
  if (section == PP_SECTION_VENTURES && g_strcmp0 (list, "partners") == 0)
    return format_reference (words, PP_COLLECTION_ORGANISATIONS,
                             json_object_get_string_member_with_default (element, "organisation",
                                                                         ""),
                             old);
  if (section == PP_SECTION_COMMITMENTS && g_strcmp0 (list, "progress") == 0)
    return format_date (json_object_get_member (element, "on"));
  return g_strdup (pp_tree_element_name (section, list, element));
}

/**
 * pp_change_words_element:
 * @element: the element of @list, an object or (in a set) an id
 * @old: whether @element is from the old version
 *
 * Returns: (transfer full): "Follow-up “…” added", "Party “…” removed"
 */
char *
pp_change_words_element (PpChangeWords *words,
                         PpChangeKind   kind,
                         PpSection      section,
                         const char    *list,
                         JsonNode      *element,
                         gboolean       old,
                         guint          place)
{
  const ElementWords *w = find_element_words (section, list);
  g_autofree char *name = NULL;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (w != NULL, NULL);

  if (JSON_NODE_HOLDS_OBJECT (element))
    name = pp_change_words_element_name (words, section, list, json_node_get_object (element),
                                         old);
  else
    name = format_reference (words, section == PP_SECTION_MOUS ? PP_COLLECTION_ORGANISATIONS
                                                                : PP_COLLECTION_MOUS,
                             node_string (element), old);
  if (name == NULL)
    name = compact_json (element);
  if (kind == PP_CHANGE_ADDED)
    return phrase (_(w->added), name, NULL);
  if (kind == PP_CHANGE_REMOVED)
    return phrase (_(w->removed), name, NULL);
  shown = pp_format_count (place + 1);
  return phrase (_(w->moved), name, shown);
}

/* The words for a member the app does not know, compared as JSON. */
static char *
unknown_words (const char *member,
               JsonNode   *old_value,
               JsonNode   *new_value)
{
  g_autofree char *before = compact_json (old_value);
  g_autofree char *after = compact_json (new_value);

  if (old_value == NULL)
    /* Translators: a member of the file this version does not know */
    return pp_sentence_new (_("Other field “%s” added: %s"), member, after);
  if (new_value == NULL)
    return pp_sentence_new (_("Other field “%s” removed"), member);
  return pp_sentence_new (_("Other field “%s”: %s → %s"), member, before, after);
}

/* The few changes said in a sentence of their own. */
static char *
special_words (PpChangeWords *words,
               const Field   *field,
               const char    *element_name,
               JsonNode      *old_value,
               JsonNode      *new_value)
{
  if (field->section == PP_SECTION_VENTURES && g_strcmp0 (field->context, "milestones") == 0 &&
      g_strcmp0 (field->member, "due_on") == 0 && node_string (old_value) != NULL &&
      node_string (new_value) != NULL)
    {
      g_autofree char *before = format_date (old_value);
      g_autofree char *after = format_date (new_value);

      return pp_sentence_new (_("Milestone “%s” moved from %s to %s"), element_name, before,
                              after);
    }
  if (field->section == PP_SECTION_MOUS && g_strcmp0 (field->context, "follow_ups") == 0 &&
      g_strcmp0 (field->member, "done") == 0 && new_value != NULL &&
      JSON_NODE_HOLDS_VALUE (new_value) && json_node_get_value_type (new_value) == G_TYPE_BOOLEAN)
    {
      if (json_node_get_boolean (new_value))
        return pp_sentence_new (_("Follow-up “%s” done"), element_name);
      return pp_sentence_new (_("Follow-up “%s” reopened"), element_name);
    }
  return NULL;
}

/**
 * pp_change_words_field:
 * @context: (nullable): the list or group the member is in ("milestones",
 *   "renewal"), %NULL for a member of the item itself
 * @element_name: (nullable): the element's name, for a member of an element
 *   of a list
 * @old_value: (nullable): %NULL when the member is new
 * @new_value: (nullable): %NULL when the member was removed
 *
 * Returns: (transfer full): "Status: Signed → In force", "Milestone “First
 *   sailing” moved from 30 Jun 2027 to 15 Sep 2027", "Summary changed"
 */
char *
pp_change_words_field (PpChangeWords *words,
                       PpSection      section,
                       const char    *context,
                       const char    *element_name,
                       const char    *member,
                       JsonNode      *old_value,
                       JsonNode      *new_value)
{
  const Field *field = find_field (section, context, member);
  const ElementWords *element = element_name != NULL ? find_element_words (section, context)
                                                     : NULL;
  g_autofree char *text = NULL;
  char *special;

  if (field == NULL || field->kind == VALUE_IDENTITY)
    text = unknown_words (member, old_value, new_value);
  else if ((special = special_words (words, field, element_name, old_value, new_value)) != NULL)
    return special;
  else if (field->kind == VALUE_LONG)
    text = g_strdup (_(field->label));
  else
    {
      g_autofree char *before = format_value (words, field, old_value, TRUE);
      g_autofree char *after = format_value (words, field, new_value, FALSE);

      /* Translators: a field that changed, "Status: Signed → In force" */
      text = pp_sentence_new (_("%s: %s → %s"), _(field->label), before, after);
    }
  if (element == NULL || element->in == NULL)
    return g_steal_pointer (&text);
  return phrase (_(element->in), element_name, text);
}

/**
 * pp_change_words_progress:
 *
 * Returns: (transfer full): "Progress: 0 → 12,500 of 150,000 workers"
 */
char *
pp_change_words_progress (gint64      old_value,
                          gint64      new_value,
                          gint64      target,
                          const char *unit)
{
  g_autofree char *before = pp_format_count (old_value);
  g_autofree char *after = pp_format_count (new_value);
  g_autofree char *of = pp_format_count (target);

  /* Translators: a commitment's progress between two versions, "Progress:
   * 0 → 12,500 of 150,000 workers"; the last is the unit */
  return pp_sentence_new (_("Progress: %s → %s of %s %s"), before, after, of,
                          unit != NULL ? unit : "");
}
