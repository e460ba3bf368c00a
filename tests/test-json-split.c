/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-json-split.c: reading a text in two threads gives what one thread
 * gives, wherever the split falls: the same tree, the same text of unknown
 * members, and for a refused text the same first error at the same place. */

#include "config.h"

#include <string.h>

#include "pp-error.h"
#include "pp-json-check.h"
#include "pp-portfolio-io.h"

#define HEADER "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\""

/* Lists of the top-level object, where the split falls, with the ways a
 * text can go wrong before, at or after the place. */
static const char * const texts[] = {
  HEADER ", \"sectors\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"},"
  " {\"id\": \"c\", \"name\": \"C\", \"x-kept\": [1.50, {\"d\": -0}]}],"
  " \"mous\": [{\"id\": \"m\", \"title\": \"M\", \"sector\": \"b\"},\n"
  "  {\"id\": \"n\", \"title\": \"N\", \"follow_ups\": [{\"id\": \"f\", \"title\": \"F\"}]}],"
  " \"x-after\": {\"e\": [1, 2, 3]}}",
  /* A member after the lists that was there before them. */
  HEADER ", \"sectors\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}],"
  " \"title\": \"again\"}",
  /* The same member twice after the lists, and an error after that. */
  HEADER ", \"sectors\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}],"
  " \"x\": 1, \"x\": 2, \"y\": tru}",
  /* An error then a member seen before. */
  HEADER ", \"sectors\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}],"
  " \"x\": nul, \"title\": \"T\"}",
  /* Errors in elements, commas where an element should be. */
  HEADER ", \"sectors\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": 'B'},"
  " {\"id\": \"c\", \"name\": \"C\"}]}",
  HEADER ", \"sectors\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"},]}",
  HEADER ", \"sectors\": [{\"id\": \"a\"}, , {\"id\": \"b\"}]}",
  HEADER ", \"sectors\": [{\"id\": \"a\"}, {\"id\": \"b\"}]} trailing",
  HEADER ", \"sectors\": [{\"id\": \"a\"}, {\"id\": \"b\"}]",
  HEADER ", \"sectors\": [{\"id\": \"a\"}, {\"id\": \"b\"}",
  HEADER ", \"sectors\": [{\"id\": \"a\"}, {\"id\": \"b\"}]]}",
  /* Brackets in strings, which the scan must skip. */
  HEADER ", \"x\": [\"],\\\"[\", \"{,}\", [1, [2, 3]], {\"a\": [4, 5]}], \"y\": [6, 7]}",
  /* Not a portfolio, and not an object at the top. */
  "[[1, 2], [3, 4], {\"a\": [5, 6]}]",
  "{\"a\": {\"b\": [1, 2, 3]}, \"c\": [4, 5]}",
};

typedef struct
{
  JsonNode *tree;
  GHashTable *sources;
  GError *error;
} Parsed;

static void
parsed_clear (Parsed *p)
{
  g_clear_pointer (&p->tree, json_node_unref);
  g_clear_pointer (&p->sources, g_hash_table_unref);
  g_clear_error (&p->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parsed, parsed_clear)

static void
parse (const char *text,
       gssize      split,
       Parsed     *out)
{
  _pp_json_check_set_split (split);
  out->tree = pp_json_check_parse (text, strlen (text), &out->sources, &out->error);
  _pp_json_check_set_split (-1);
}

/* The portfolio saved, which holds the unknown members' text as read. */
static char *
load_and_save (const char *text,
               gssize      split)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;

  _pp_json_check_set_split (split);
  portfolio = pp_portfolio_load_from_bytes (bytes, &error);
  _pp_json_check_set_split (-1);
  if (portfolio == NULL)
    return g_strdup_printf ("refused: %s", error->message);
  saved = pp_portfolio_save_to_bytes (portfolio);
  return g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
}

static void
test_every_place (gconstpointer data)
{
  const char *text = data;
  g_auto(Parsed) whole = { NULL };
  g_autofree char *saved = load_and_save (text, -1);
  guint splits = _pp_json_check_get_n_splits ();

  parse (text, -1, &whole);
  g_assert_cmpuint (_pp_json_check_get_n_splits (), ==, splits);
  for (gsize from = 0; from <= strlen (text); from++)
    {
      g_auto(Parsed) split = { NULL };
      g_autofree char *saved_split = NULL;

      parse (text, from, &split);
      g_assert_cmpstr (split.error != NULL ? split.error->message : NULL, ==,
                       whole.error != NULL ? whole.error->message : NULL);
      g_assert_true ((split.tree == NULL) == (whole.tree == NULL));
      if (whole.tree != NULL)
        {
          g_assert_true (json_node_equal (split.tree, whole.tree));
          g_assert_cmpuint (g_hash_table_size (split.sources), ==,
                            g_hash_table_size (whole.sources));
        }
      saved_split = load_and_save (text, from);
      g_assert_cmpstr (saved_split, ==, saved);
    }
}

/* The tests above would pass if the text were never split. */
static void
test_splits (void)
{
  Parsed parsed = { NULL };
  guint before = _pp_json_check_get_n_splits ();

  parse (texts[0], 0, &parsed);
  g_assert_no_error (parsed.error);
  g_assert_cmpuint (_pp_json_check_get_n_splits (), ==, before + 1);
  parsed_clear (&parsed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/json-split/every-place/%" G_GSIZE_FORMAT, i);

      g_test_add_data_func (path, texts[i], test_every_place);
    }
  g_test_add_func ("/json-split/splits", test_splits);

  return g_test_run ();
}
