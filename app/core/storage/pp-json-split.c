/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-json-split.c: reads a large file's JSON text in two threads, each
 * building its part of the one json-glib tree.
 *
 * The scan that counts the values (pp-json-check.c) also finds a place
 * about half way through the text between two elements of a list of the
 * top-level object, such as the MoUs. A second parser starts there in a
 * thread, as if the first had just read that comma: inside a list, inside
 * a top-level object of its own. It reads to the end of the text. The first
 * parser reads from the start; when it reaches that place in that state, it
 * waits for the second, then moves the second's elements into its list and
 * the second's top-level members into its object, in file order.
 *
 * What the reader says stays what one thread would say: the second's error
 * counts only when the first reached the place without one, and a
 * top-level member name that both read is refused where the second read it
 * (before any error of the second, which stopped at its first). The scan is
 * not strict, so the place is used only if the strict first parser reaches
 * it between two elements; otherwise the first reads everything and the
 * second's work is dropped.
 */

#include "config.h"

#include "pp-json-check-private.h"

/* Files smaller than this are read by one thread. */
#define SPLIT_MIN_SIZE (1024 * 1024)

/* What the tests set: split any text from this offset on. */
static gssize split_for_tests = -1;
/* How many texts were split, for the tests. */
static guint n_splits;

/**
 * _pp_json_check_set_split:
 * @from: split any text at the first place from this byte on, or -1 for
 *   the usual: files of at least 1 MiB, half way, with two processors
 *
 * For the tests only: makes small texts take the two-thread path.
 */
void
_pp_json_check_set_split (gssize from)
{
  split_for_tests = from;
}

/**
 * _pp_json_check_get_n_splits:
 *
 * For the tests only: how many texts were read in two threads so far.
 */
guint
_pp_json_check_get_n_splits (void)
{
  return g_atomic_int_get (&n_splits);
}

/* Where the scan looks for a place to split, or %NULL not to split. */
const char *
_pp_json_split_from (Parser *ps)
{
  gsize len = ps->end - ps->data;

  if (split_for_tests >= 0)
    return ps->data + MIN ((gsize) split_for_tests, len);
  if (len < SPLIT_MIN_SIZE || g_get_num_processors () < 2)
    return NULL;
  return ps->data + len / 2;
}

static void
clear_name (gpointer data)
{
  g_free (((NameAt *) data)->name);
}

/**
 * _pp_json_start_rest:
 * @run: the thread's function, which parses the text for its #Parser and
 *   sets its ok member
 *
 * Starts the second parser at @ps->split (just after a comma), unless an
 * element does not follow the comma there, which the first will refuse.
 */
void
_pp_json_start_rest (Parser      *ps,
                     GThreadFunc  run)
{
  Parser *rest;
  JsonObject *object;

  while (ps->split < ps->end &&
         (*ps->split == ' ' || *ps->split == '\n' || *ps->split == '\r' || *ps->split == '\t'))
    ps->split++;
  if (ps->split == ps->end || *ps->split == ']')
    {
      ps->split = NULL;
      return;
    }

  rest = g_new0 (Parser, 1);
  rest->data = ps->data;
  rest->end = ps->end;
  rest->p = ps->split;
  rest->error = &rest->own_error;
  rest->scratch = g_string_sized_new (256);
  if (ps->sources != NULL)
    rest->sources = g_hash_table_new (NULL, NULL);
  rest->names = g_array_new (FALSE, FALSE, sizeof (NameAt));
  g_array_set_clear_func (rest->names, clear_name);

  /* The state of a parser that has just read the comma. */
  object = json_object_new ();
  rest->root = json_node_alloc ();
  json_node_init_object (rest->root, object);
  json_object_unref (object);
  rest->stack[0].object = object;
  rest->stack[0].name = g_string_new (NULL);
  rest->stack[1].array = rest->first_array = json_array_new ();
  rest->depth = 2;

  ps->rest = rest;
  g_atomic_int_inc (&n_splits);
  ps->thread = g_thread_new ("pp-parse", run, rest);
}

static void
join_rest (Parser *ps)
{
  if (ps->thread == NULL)
    return;
  g_thread_join (ps->thread);
  ps->thread = NULL;
}

static void
move_rest (Parser *ps)
{
  Parser *rest = ps->rest;
  JsonArray *array = ps->stack[1].array;
  JsonObject *root = ps->stack[0].object;
  guint n = json_array_get_length (rest->first_array);

  for (guint i = 0; i < n; i++)
    json_array_add_element (array, json_node_ref (json_array_get_element (rest->first_array, i)));
  for (guint i = 0; i < rest->names->len; i++)
    {
      const char *name = g_array_index (rest->names, NameAt, i).name;
      JsonNode *member = json_object_get_member (rest->stack[0].object, name);

      json_object_set_member (root, name, json_node_ref (member));
    }
  if (rest->sources != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, rest->sources);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (ps->sources, key, value);
    }
}

/**
 * _pp_json_take_over:
 *
 * Called by the first parser at @ps->split between two elements of a list
 * of the top-level object: waits for the second and takes what it read.
 *
 * Returns: whether the whole text is valid; the first parser is then done
 */
gboolean
_pp_json_take_over (Parser *ps)
{
  Parser *rest = ps->rest;

  join_rest (ps);
  for (guint i = 0; i < rest->names->len; i++)
    {
      NameAt *name = &g_array_index (rest->names, NameAt, i);

      if (json_object_has_member (ps->stack[0].object, name->name))
        return _pp_json_fail_twice (ps, name->at, name->name);
    }
  if (!rest->ok)
    {
      g_propagate_error (ps->error, g_steal_pointer (&rest->own_error));
      return FALSE;
    }

  move_rest (ps);
  ps->depth = 0;
  ps->p = ps->end;
  return TRUE;
}

/* Stops the second parser, if it still runs, and frees what it made. */
void
_pp_json_free_rest (Parser *ps)
{
  Parser *rest = ps->rest;

  if (rest == NULL)
    return;
  g_atomic_int_set (&rest->stop, TRUE);
  join_rest (ps);

  g_string_free (rest->scratch, TRUE);
  for (guint i = 0; i < PP_MAX_DEPTH; i++)
    if (rest->stack[i].name != NULL)
      g_string_free (rest->stack[i].name, TRUE);
  g_array_unref (rest->names);
  g_clear_pointer (&rest->sources, g_hash_table_unref);
  json_node_unref (rest->root);
  json_array_unref (rest->first_array);
  g_clear_error (&rest->own_error);
  g_clear_pointer (&ps->rest, g_free);
}
