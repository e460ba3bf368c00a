/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-iso-codes.c: reads iso-codes' JSON tables once, on first use.
 *
 * The data directory is where iso-codes was found at build time; the
 * environment variable PP_ISO_CODES_DIR overrides it (for tests of a missing
 * table). Names are translated through the iso_3166-1 and iso_4217 gettext
 * domains that iso-codes installs.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "pp-iso-codes.h"

typedef struct
{
  const char *file;      /* file name under the data directory */
  const char *table;     /* the top-level member holding the list */
  const char *code;      /* the member holding the code */
  const char *domain;    /* the gettext domain of the names */
  GHashTable *names;     /* code → English name */
  char *error;
} IsoTable;

static IsoTable countries = { "iso_3166-1.json", "3166-1", "alpha_2", "iso_3166-1" };
static IsoTable currencies = { "iso_4217.json", "4217", "alpha_3", "iso_4217" };

static void
load_table (IsoTable *t)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *dir = g_getenv ("PP_ISO_CODES_DIR");
  g_autofree char *path = NULL;
  JsonNode *root;
  JsonArray *list = NULL;

  if (dir == NULL)
    dir = ISO_CODES_PREFIX "/share/iso-codes/json";
  path = g_build_filename (dir, t->file, NULL);

  t->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!json_parser_load_from_file (parser, path, &error))
    {
      t->error = g_strdup_printf (_("Cannot read the ISO code table %s: %s"),
                                  path, error->message);
      g_warning ("%s", t->error);
      return;
    }

  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonNode *node = json_object_get_member (json_node_get_object (root), t->table);
      if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
        list = json_node_get_array (node);
    }
  if (list == NULL)
    {
      t->error = g_strdup_printf (_("The ISO code table %s has no “%s” list"),
                                  path, t->table);
      g_warning ("%s", t->error);
      return;
    }

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *entry = json_array_get_object_element (list, i);
      const char *code, *name;

      if (entry == NULL)
        continue;
      code = json_object_get_string_member_with_default (entry, t->code, NULL);
      name = json_object_get_string_member_with_default (entry, "name", NULL);
      if (code != NULL && name != NULL)
        g_hash_table_insert (t->names, g_strdup (code), g_strdup (name));
    }
}

static IsoTable *
ensure (IsoTable *t)
{
  static GMutex lock;

  g_mutex_lock (&lock);
  if (t->names == NULL)
    load_table (t);
  g_mutex_unlock (&lock);
  return t;
}

static const char *
lookup (IsoTable   *t,
        const char *code)
{
  const char *name;

  if (code == NULL)
    return NULL;
  name = g_hash_table_lookup (ensure (t)->names, code);
  return name != NULL ? g_dgettext (t->domain, name) : NULL;
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

typedef struct
{
  const char *code;
  char *key;             /* the collation key of the localized name */
} SortEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *x = a, *y = b;
  int order = strcmp (x->key, y->key);

  return order != 0 ? order : strcmp (x->code, y->code);
}

/* The codes in the order of their localized names, as a person looks for
 * a country in a list ("Pakistan" near "Palau", not near "PL"). */
static GPtrArray *
list_by_name (IsoTable *t)
{
  GHashTable *names = ensure (t)->names;
  guint n = g_hash_table_size (names);
  g_autofree SortEntry *entries = g_new (SortEntry, n);
  GPtrArray *codes = g_ptr_array_sized_new (n);
  GHashTableIter iter;
  gpointer key, value;
  guint i = 0;

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      entries[i].code = key;
      entries[i].key = g_utf8_collate_key (g_dgettext (t->domain, value), -1);
      i++;
    }
  qsort (entries, n, sizeof (SortEntry), compare_entries);
  for (i = 0; i < n; i++)
    {
      g_ptr_array_add (codes, (gpointer) entries[i].code);
      g_free (entries[i].key);
    }
  return codes;
}

/* Whether @query finds @code: the code itself, or the start of a word of
 * its localized or English name, ignoring case and accents ("bel" finds
 * Belarus and Belgium, "cote" finds Côte d'Ivoire). */
static gboolean
matches (IsoTable   *t,
         const char *code,
         const char *query)
{
  const char *english;

  english = code != NULL ? g_hash_table_lookup (ensure (t)->names, code) : NULL;
  if (english == NULL)
    return FALSE;
  if (query == NULL || *query == '\0')
    return TRUE;
  if (g_ascii_strcasecmp (query, code) == 0)
    return TRUE;
  return g_str_match_string (query, g_dgettext (t->domain, english), TRUE) ||
         g_str_match_string (query, english, TRUE);
}

static GPtrArray *
list_codes (IsoTable *t)
{
  GHashTable *names = ensure (t)->names;
  GPtrArray *codes = g_ptr_array_sized_new (g_hash_table_size (names));
  GHashTableIter iter;
  gpointer key;

  /* The array points into the table, which lives as long as the process,
   * so it frees nothing. */
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (codes, key);
  g_ptr_array_sort (codes, compare_codes);
  return codes;
}

gboolean
pp_iso_country_is_valid (const char *alpha_2)
{
  return alpha_2 != NULL && g_hash_table_contains (ensure (&countries)->names, alpha_2);
}

/**
 * pp_iso_country_get_name:
 *
 * Returns: the localized name of the country ("Pakistan"), or %NULL.
 */
const char *
pp_iso_country_get_name (const char *alpha_2)
{
  return lookup (&countries, alpha_2);
}

/**
 * pp_iso_country_get_english_name:
 *
 * Returns: the country's name in English, as iso-codes writes it, or %NULL.
 */
const char *
pp_iso_country_get_english_name (const char *alpha_2)
{
  return alpha_2 != NULL ? g_hash_table_lookup (ensure (&countries)->names, alpha_2) : NULL;
}

/**
 * pp_iso_country_list_codes:
 *
 * Returns: (transfer container): the known alpha-2 codes, sorted.
 */
GPtrArray *
pp_iso_country_list_codes (void)
{
  return list_codes (&countries);
}

/**
 * pp_iso_country_list_by_name:
 *
 * Returns: (transfer container): the known alpha-2 codes, sorted by their
 *   localized names
 */
GPtrArray *
pp_iso_country_list_by_name (void)
{
  return list_by_name (&countries);
}

/**
 * pp_iso_country_matches:
 * @query: (nullable): what the user typed
 *
 * Returns: whether a search for @query should show the country @alpha_2:
 *   the code, or words of its name that start with @query, in either the
 *   user’s language or English; every known country matches an empty @query
 */
gboolean
pp_iso_country_matches (const char *alpha_2,
                        const char *query)
{
  return matches (&countries, alpha_2, query);
}

gboolean
pp_iso_currency_is_valid (const char *alpha_3)
{
  return alpha_3 != NULL && g_hash_table_contains (ensure (&currencies)->names, alpha_3);
}

const char *
pp_iso_currency_get_name (const char *alpha_3)
{
  return lookup (&currencies, alpha_3);
}

GPtrArray *
pp_iso_currency_list_codes (void)
{
  return list_codes (&currencies);
}

GPtrArray *
pp_iso_currency_list_by_name (void)
{
  return list_by_name (&currencies);
}

gboolean
pp_iso_currency_matches (const char *alpha_3,
                         const char *query)
{
  return matches (&currencies, alpha_3, query);
}

/**
 * pp_iso_codes_get_error:
 *
 * Returns: why a table could not be read, or %NULL when both were.
 */
const char *
pp_iso_codes_get_error (void)
{
  if (ensure (&countries)->error != NULL)
    return countries.error;
  return ensure (&currencies)->error;
}
