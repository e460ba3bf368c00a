/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-conflict-words.c: a conflict of the merge in the words a user reads:
 * what kind of item and which one, the field's label, and each copy's
 * value, with dates in the locale's format, the names of the closed value
 * sets translated and references given as the names they point at. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-enums.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-merge-private.h"

typedef struct
{
  const char *member;      /* the path inside the item or element */
  const char *label;
} Label;

static const Label labels[] = {
  { "title", N_("Title") },
  { "name", N_("Name") },
  { "description", N_("Description") },
  { "currency", N_("Currency") },
  { "countries", N_("Countries") },
  { "color", N_("Colour") },
  { "country", N_("Country") },
  { "kind", N_("Kind") },
  { "contacts", N_("Contacts") },
  { "role", N_("Role") },
  { "email", N_("Email") },
  { "phone", N_("Phone") },
  { "sector", N_("Sector") },
  { "status", N_("Status") },
  { "parties", N_("Parties") },
  { "signed_on", N_("Signed") },
  { "effective_on", N_("Effective") },
  { "expires_on", N_("Expires") },
  { "renewal/automatic", N_("Renews automatically") },
  { "renewal/notice_days", N_("Notice (days)") },
  { "summary", N_("Summary") },
  { "follow_ups", N_("Follow-ups") },
  { "due_on", N_("Due") },
  { "done", N_("Done") },
  { "side", N_("Side") },
  { "stage", N_("Stage") },
  { "partners", N_("Partners") },
  { "organisation", N_("Organisation") },
  { "share_percent", N_("Share") },
  { "mous", N_("MoUs") },
  { "budget/amount", N_("Budget") },
  { "budget/currency", N_("Currency") },
  { "jobs", N_("Jobs") },
  { "start_on", N_("Start") },
  { "end_on", N_("End") },
  { "objectives", N_("Objectives") },
  { "milestones", N_("Milestones") },
  { "owner", N_("Owner") },
  { "risks", N_("Risks") },
  { "likelihood", N_("Likelihood") },
  { "impact", N_("Impact") },
  { "mitigation", N_("Mitigation") },
  { "unit", N_("Unit") },
  { "target", N_("Target") },
  { "mou", N_("MoU") },
  { "progress", N_("Progress") },
  { "on", N_("Date") },
  { "value", N_("Value") },
  { "note", N_("Note") },
};

/* The members whose strings are names of a closed value set. */
static GType
enum_of (PpSection   section,
         const char *list,
         const char *member)
{
  if (g_str_equal (member, "kind") && section == PP_SECTION_ORGANISATIONS)
    return PP_TYPE_ORGANISATION_KIND;
  if (g_str_equal (member, "status"))
    return g_strcmp0 (list, "milestones") == 0 ? PP_TYPE_MILESTONE_STATUS : PP_TYPE_MOU_STATUS;
  if (g_str_equal (member, "stage"))
    return PP_TYPE_VENTURE_STAGE;
  if (g_str_equal (member, "likelihood") || g_str_equal (member, "impact"))
    return PP_TYPE_LEVEL;
  return G_TYPE_INVALID;
}

/* The collection a member's ids name, or PP_N_COLLECTIONS. */
static PpCollection
reference_of (PpSection   section,
              const char *member)
{
  if (section == PP_SECTION_SECTORS || section == PP_SECTION_PORTFOLIO)
    return PP_N_COLLECTIONS;
  if (g_str_equal (member, "sector"))
    return PP_COLLECTION_SECTORS;
  if (g_str_equal (member, "organisation") || g_str_equal (member, "parties"))
    return PP_COLLECTION_ORGANISATIONS;
  if (g_str_equal (member, "mou") || g_str_equal (member, "mous"))
    return PP_COLLECTION_MOUS;
  return PP_N_COLLECTIONS;
}

static const char *
item_kind (PpSection section)
{
  static const char * const kinds[PP_N_SECTIONS] = {
    [PP_SECTION_SECTORS] = N_("Sector"),
    [PP_SECTION_ORGANISATIONS] = N_("Organisation"),
    [PP_SECTION_MOUS] = N_("MoU"),
    [PP_SECTION_VENTURES] = N_("Venture"),
    [PP_SECTION_COMMITMENTS] = N_("Commitment"),
    [PP_SECTION_PORTFOLIO] = N_("Portfolio"),
  };

  return _(kinds[section]);
}

/* The label of @path ("follow_ups/=2/due_on" gives "Due"); a member of
 * an object inside an item ("renewal/notice_days") has a label of its own. */
static const char *
label_of (const char *path)
{
  const char *slash = path != NULL ? strrchr (path, '/') : NULL;
  const char *last = slash != NULL ? slash + 1 : path;

  if (path == NULL)
    return "";
  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    if (strchr (labels[i].member, '/') != NULL && g_str_has_suffix (path, labels[i].member))
      return _(labels[i].label);
  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].member, last))
      return _(labels[i].label);
  return last;
}

/* The member of @path that a value belongs to, and the list it is in. */
static void
split_path (const char  *path,
            char       **list,
            const char **member)
{
  const char *slash = path != NULL ? strchr (path, '/') : NULL;
  const char *last = path != NULL ? strrchr (path, '/') : NULL;

  *list = slash != NULL && slash[1] == '=' ? g_strndup (path, slash - path) :
          slash != NULL && slash[1] == '+' ? g_strndup (path, slash - path) : NULL;
  *member = last != NULL ? last + 1 : path;
}

static char *
string_words (PpMergeRun *run,
              guint       side,
              PpSection   section,
              const char *list,
              const char *member,
              const char *text)
{
  GType type = enum_of (section, list, member);
  PpCollection collection = reference_of (section, member);
  int value;
  GDate date;

  if (type != G_TYPE_INVALID && pp_enum_from_nick (type, text, &value))
    return g_strdup (pp_enum_get_display_name (type, value));
  if (collection < PP_N_COLLECTIONS)
    {
      const char *name = pp_portfolio_tree_get_name_of (run->trees[side], collection, text);

      /* An id the side lacks: the others may still name it. */
      for (guint s = 0; s < N_SIDES && g_strcmp0 (name, text) == 0; s++)
        name = pp_portfolio_tree_get_name_of (run->trees[s], collection, text);
      return g_strdup (name);
    }
  /* Countries by their names in the user's language; "side" is one too. */
  if ((g_str_equal (member, "countries") || g_str_equal (member, "country") ||
       g_str_equal (member, "side")) && pp_iso_country_is_valid (text))
    return g_strdup (pp_iso_country_get_name (text));
  if ((g_str_has_suffix (member, "_on") || g_str_equal (member, "on")) &&
      pp_date_parse (text, &date, NULL))
    return pp_date_to_display (&date);
  return g_strdup (text);
}

static char *
value_words (PpMergeRun *run,
             guint       side,
             PpSection   section,
             const char *path,
             JsonNode   *node)
{
  g_autofree char *list = NULL;
  const char *member;

  split_path (path, &list, &member);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup (_("None"));
  if (JSON_NODE_HOLDS_ARRAY (node) && (reference_of (section, member) < PP_N_COLLECTIONS ||
                                       g_str_equal (member, "countries")))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *id = json_array_get_string_element (array, i);

          if (id != NULL)
            g_ptr_array_add (names, string_words (run, side, section, list, member, id));
        }
      g_ptr_array_add (names, NULL);
      /* Translators: between the names of a list of parties or MoUs, or
       * of the two countries. */
      return names->len > 1 ? g_strjoinv (_(", "), (char **) names->pdata)
                            : g_strdup (_("None"));
    }
  if (!JSON_NODE_HOLDS_VALUE (node))
    return json_to_string (node, FALSE);

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return string_words (run, side, section, list, member, json_node_get_string (node));
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? _("Yes") : _("No"));
    case G_TYPE_INT64:
      return pp_format_count (json_node_get_int (node));
    default:
      return g_strdup_printf ("%.4g", json_node_get_double (node));
    }
}

/* A whole item or list element: what each copy did with it. */
static char *
item_words (JsonNode *node,
            JsonNode *base)
{
  if (node == NULL)
    return g_strdup (_("Removed"));
  if (base == NULL)
    return g_strdup (_("Added"));
  return g_strdup (json_node_equal (node, base) ? _("Unchanged") : _("Changed"));
}

static const char *
item_title (PpMergeRun      *run,
            PpConflictFacts *facts)
{
  static const guint sides[] = { OURS, THEIRS, BASE };

  if (facts->section == PP_SECTION_PORTFOLIO)
    {
      PpTreeItem *item = pp_portfolio_tree_lookup (run->trees[OURS], facts->section, "");

      return pp_tree_item_get_name (item);
    }
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      PpTreeItem *item = pp_portfolio_tree_lookup (run->trees[sides[i]], facts->section,
                                                   facts->key);

      if (item != NULL)
        return pp_tree_item_get_name (item);
    }
  return facts->key;
}

static char *
field_label (PpConflictFacts *facts)
{
  const char *label = label_of (facts->path);

  if (facts->element == NULL)
    return g_strdup (label);
  if (facts->kind == PP_CONFLICT_KIND_REMOVED)
    /* Translators: a list of an item and one of its elements ("Follow-ups:
     * “Visit Minsk”"), the place of a conflict. */
    return pp_sentence_new (_("%s: “%s”"), label, facts->element);
  /* Translators: a field of an element of a list ("“Visit Minsk”: Due"). */
  return pp_sentence_new (_("“%s”: %s"), facts->element, label);
}

static char *
description (PpMergeRun      *run,
             PpConflictFacts *facts)
{
  const char *referrer;

  switch (facts->kind)
    {
    case PP_CONFLICT_KIND_FIELD:
      if (facts->values[BASE] == NULL)
        return g_strdup (_("Both copies added this with different values."));
      return g_strdup (_("Both copies changed this, differently."));

    case PP_CONFLICT_KIND_REMOVED:
      if (facts->values[OURS] == NULL)
        return g_strdup (_("Our copy removed this, and their copy changed it."));
      return g_strdup (_("Their copy removed this, and our copy changed it."));

    case PP_CONFLICT_KIND_REFERENCE:
    default:
      referrer = pp_portfolio_tree_get_name_of (run->trees[OURS],
                                                (PpCollection) facts->referrer_section,
                                                facts->referrer_key);
      if (g_strcmp0 (referrer, facts->referrer_key) == 0)
        referrer = pp_portfolio_tree_get_name_of (run->trees[THEIRS],
                                                  (PpCollection) facts->referrer_section,
                                                  facts->referrer_key);
      if (pp_portfolio_tree_lookup (run->trees[OURS], facts->section, facts->key) == NULL)
        return pp_sentence_new (_("Our copy removed this, but “%s” refers to it in their copy."),
                                referrer);
      return pp_sentence_new (_("Their copy removed this, but “%s” refers to it in our copy."),
                              referrer);
    }
}

/**
 * _pp_conflict_new_from_facts:
 *
 * Returns: (transfer full): the conflict @facts describe, in words
 */
PpConflict *
_pp_conflict_new_from_facts (PpMergeRun      *run,
                             PpConflictFacts *facts)
{
  char *words[N_SIDES] = { NULL, };
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  PpConflict *conflict;

  for (guint s = 0; s < N_SIDES; s++)
    {
      if (facts->kind == PP_CONFLICT_KIND_REFERENCE)
        words[s] = s == BASE ? g_strdup (item_title (run, facts))
                             : pp_portfolio_tree_lookup (run->trees[s], facts->section,
                                                         facts->key) != NULL
                               ? g_strdup (_("Kept")) : g_strdup (_("Removed"));
      else if (facts->kind == PP_CONFLICT_KIND_REMOVED)
        words[s] = s == BASE ? g_strdup (facts->values[BASE] != NULL ? _("As it was") : _("None"))
                             : item_words (facts->values[s], facts->values[BASE]);
      else
        words[s] = value_words (run, s, facts->section, facts->path, facts->values[s]);
    }
  if (facts->kind == PP_CONFLICT_KIND_REFERENCE)
    label = g_strdup (_("Removal"));
  else if (facts->kind == PP_CONFLICT_KIND_REMOVED && facts->path == NULL)
    label = g_strdup (item_kind (facts->section));
  else
    label = field_label (facts);
  text = description (run, facts);

  conflict = _pp_conflict_new (facts->id, facts->kind, item_kind (facts->section),
                               item_title (run, facts), label,
                               (const char *[]) { words[BASE], words[OURS], words[THEIRS] },
                               text);
  for (guint s = 0; s < N_SIDES; s++)
    g_free (words[s]);
  return conflict;
}
