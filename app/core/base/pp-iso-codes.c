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
