/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-json-check.c: reads a file's JSON text into a json-glib tree in one
 * pass, refusing with its line:column whatever RFC 8259 does not allow.
 *
 * json-glib 1.6 is lenient where a portfolio must not be: it accepts single
 * quotes, comments, ".5", "1.", "\x41" and lone surrogates (whose raw bytes
 * then reach the model as invalid UTF-8), cuts strings at "\u0000", keeps
 * the last of two members of the same name (in quadratic time), recurses
 * once per nesting level and words its errors with tokens cut inside a
 * character. So the file's text is read here instead, in linear time: a
 * first scan counts the values without making any, then one pass from the
 * first byte to the last builds the tree with an explicit stack, checks
 * each member name against its object's own hash table, and refuses the
 * first thing that is not strict JSON. Limits on size, depth and the number
 * of values bound the memory and time of any load.
 *
 * The reader also notes where each object's text starts, so that members
 * the app does not know can be kept exactly as they were written. A large
 * file is read by two threads, each from one half (pp-json-split.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pp-error.h"
#include "pp-json-check-private.h"

/* Puts @node in the open container, or makes it the top level. */
static void
attach (Parser   *ps,
        JsonNode *node)
{
  Frame *top;

  if (ps->depth == 0)
    {
      ps->root = node;
      return;
    }
  top = &ps->stack[ps->depth - 1];
  if (top->array != NULL)
    json_array_add_element (top->array, node);
  else
    json_object_set_member (top->object, top->name->str, node);
}

static gboolean
open_container (Parser *ps,
                char    c)
{
  JsonNode *node;
  Frame *frame;

  if (ps->depth == PP_MAX_DEPTH)
    return _pp_json_fail_at (ps, ps->p, PP_PORTFOLIO_ERROR_LIMIT,
                             /* Translators: why a file cannot be opened: its objects and
                              * arrays are nested more than %d levels deep. */
                             ngettext ("nested more than %d level deep",
                                       "nested more than %d levels deep", PP_MAX_DEPTH),
                             PP_MAX_DEPTH);
  node = json_node_alloc ();
  frame = &ps->stack[ps->depth];
  if (c == '[')
    {
      frame->array = json_array_new ();
      frame->object = NULL;
      json_node_init_array (node, frame->array);
      json_array_unref (frame->array);
    }
  else
    {
      frame->array = NULL;
      frame->object = json_object_new ();
      json_node_init_object (node, frame->object);
      json_object_unref (frame->object);
      if (frame->name == NULL)
        frame->name = g_string_new (NULL);
    }
  frame->start = ps->p;
  attach (ps, node);
  ps->depth++;
  ps->p++;
  return TRUE;
}

static gboolean fail_too_many (Parser     *ps,
                               const char *at);

/* Reads the value at ps->p into the open container; opens a new one for
 * "[" and "{". */
static gboolean
read_value (Parser *ps)
{
  JsonNode *node = NULL;
  char c;

  if (ps->p >= ps->end)
    return _pp_json_fail_unexpected (ps, _("a value"));
  /* count_values has counted them already in valid text; this is a guard. */
  if (++ps->n_values > PP_MAX_VALUES)
    return fail_too_many (ps, ps->p);

  c = *ps->p;
  if (c == '[' || c == '{')
    return open_container (ps, c);
  if (c == '"')
    {
      if (!_pp_json_read_string (ps, ps->scratch))
        return FALSE;
      node = json_node_alloc ();
      json_node_init_string (node, ps->scratch->str);
    }
  else if (c == '-' || c == '.' || c == '+' || g_ascii_isdigit (c))
    {
      if (!_pp_json_read_number (ps, &node))
        {
          g_clear_pointer (&node, json_node_unref);
          return FALSE;
        }
    }
  else if (!_pp_json_read_literal (ps, &node))
    return FALSE;
  attach (ps, node);
  return TRUE;
}

/* Reads a member name and its colon, after "{" or ",". */
static gboolean
read_name (Parser  *ps,
           gboolean after_comma)
{
  Frame *top = &ps->stack[ps->depth - 1];

  _pp_json_skip_space (ps);
  if (ps->p < ps->end && *ps->p == '}' && after_comma)
    return _pp_json_fail_at (ps, ps->p, PP_PORTFOLIO_ERROR_SYNTAX,
                             _("a comma before “}”: JSON allows no comma after the last member"));
  if (ps->p >= ps->end || *ps->p != '"')
    return _pp_json_fail_unexpected (ps, _("a member name in double quotes"));
  {
    const char *at = ps->p;

    if (!_pp_json_read_string (ps, top->name))
      return FALSE;
    if (json_object_has_member (top->object, top->name->str))
      return _pp_json_fail_twice (ps, at, top->name->str);
    if (ps->names != NULL && ps->depth == 1)
      {
        NameAt name = { g_strdup (top->name->str), at };

        g_array_append_val (ps->names, name);
      }
  }
  _pp_json_skip_space (ps);
  if (ps->p >= ps->end || *ps->p != ':')
    return _pp_json_fail_unexpected (ps, _("“:” after the member name"));
  ps->p++;
  return TRUE;
}

/* After a value: reads "," and what follows it, or closes containers. */
static gboolean
read_after_value (Parser   *ps,
                  gboolean *more)
{
  while (ps->depth > 0)
    {
      Frame *top = &ps->stack[ps->depth - 1];
      char close = top->array != NULL ? ']' : '}';

      _pp_json_skip_space (ps);
      if (ps->p < ps->end && *ps->p == ',')
        {
          ps->p++;
          *more = TRUE;
          if (top->object != NULL)
            return read_name (ps, TRUE);
          _pp_json_skip_space (ps);
          if (ps->p < ps->end && *ps->p == ']')
            return _pp_json_fail_at (ps, ps->p, PP_PORTFOLIO_ERROR_SYNTAX,
                                     _("a comma before “]”: JSON allows no comma after the last "
                                       "element"));
          return TRUE;
        }
      if (ps->p >= ps->end || *ps->p != close)
        return _pp_json_fail_unexpected (ps, close == ']'
                                               ? _("“,” or “]” after an element of an array")
                                               : _("“,” or “}” after a member of an object"));
      ps->p++;
      ps->depth--;
    }
  *more = FALSE;
  return TRUE;
}

gboolean
_pp_json_parse (Parser *ps)
{
  gboolean more = TRUE;

  while (more)
    {
      guint depth = ps->depth;

      _pp_json_skip_space (ps);
      if (G_UNLIKELY (ps->p == ps->split) && ps->depth == 2 && ps->stack[0].object != NULL &&
          ps->stack[1].array != NULL)
        return _pp_json_take_over (ps);
      if (ps->names != NULL && g_atomic_int_get (&ps->stop))
        return FALSE;
      if (!read_value (ps))
        return FALSE;
      if (ps->depth > depth)
        {
          /* An array or object was opened: it may be empty. */
          Frame *top = &ps->stack[ps->depth - 1];

          _pp_json_skip_space (ps);
          if (ps->p < ps->end && *ps->p == (top->array != NULL ? ']' : '}'))
            {
              ps->p++;
              ps->depth--;
            }
          else if (top->object != NULL)
            {
              /* Only an object with members can have unknown ones. */
              if (ps->sources != NULL && ps->depth <= PP_JSON_SOURCE_DEPTH)
                g_hash_table_insert (ps->sources, top->object, (gpointer) top->start);
              if (!read_name (ps, FALSE))
                return FALSE;
              continue;
            }
          else
            continue;
        }
      if (!read_after_value (ps, &more))
        return FALSE;
    }

  _pp_json_skip_space (ps);
  if (ps->p < ps->end)
    return _pp_json_fail_at (ps, ps->p, PP_PORTFOLIO_ERROR_SYNTAX,
                             _("there is more text after the end of the JSON data"));
  return TRUE;
}

static gboolean
fail_too_many (Parser     *ps,
               const char *at)
{
  while (at < ps->end && (*at == ' ' || *at == '\n' || *at == '\r' || *at == '\t'))
    at++;
  return _pp_json_fail_at (ps, at, PP_PORTFOLIO_ERROR_LIMIT,
                           /* Translators: why a file cannot be opened; the values are the
                            * numbers, texts, lists and objects the file is made of. */
                           ngettext ("the file holds more than %d value, more than Partnership "
                                     "Planner opens",
                                     "the file holds more than %d values, more than Partnership "
                                     "Planner opens", PP_MAX_VALUES),
                           PP_MAX_VALUES);
}

/* Counts the values before making any of them, so that a file of millions
 * of "{}" is refused at once rather than after gigabytes. In JSON text there
 * is one value, one more after each comma and one more in each non-empty
 * array or object; strings are skipped whole. The same scan finds where a
 * second thread may start reading (ps->split): after the first comma from
 * @split_from on between elements of a list of the top-level object. */
static gboolean
count_values (Parser     *ps,
              const char *split_from)
{
  const char *p = ps->data, *end = ps->end;
  gboolean opened = FALSE;
  guint n = 1;
  int depth = 0;
  char kinds[2] = { 0, 0 };

  for (; p < end; p++)
    {
      char c = *p;

      if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
        continue;
      if (opened && c != ']' && c != '}' && ++n > PP_MAX_VALUES)
        return fail_too_many (ps, p);
      opened = FALSE;
      if (c == '"')
        {
          for (p++; p < end && *p != '"'; p++)
            if (*p == '\\')
              p++;
        }
      else if (c == '[' || c == '{')
        {
          opened = TRUE;
          if (depth >= 0 && depth < 2)
            kinds[depth] = c;
          depth++;
        }
      else if (c == ']' || c == '}')
        depth--;
      else if (c == ',')
        {
          if (++n > PP_MAX_VALUES)
            return fail_too_many (ps, p + 1);
          /* An element of an array that is a member of the top-level
           * object, as the app's lists are. */
          if (depth == 2 && split_from != NULL && p >= split_from && ps->split == NULL &&
              kinds[0] == '{' && kinds[1] == '[')
            ps->split = p + 1;
        }
    }
  return TRUE;
}

static gboolean
check_encoding (Parser *ps,
                gsize   len)
{
  const char *invalid = NULL;

  if (len > PP_MAX_FILE_SIZE)
    {
      g_set_error (ps->error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_LIMIT,
                   _("the file is too large (%llu MiB; the limit is %d MiB)"),
                   (unsigned long long) (len / (1024 * 1024)), PP_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }
  /* NUL bytes are refused too: text handed on as C strings would end there. */
  if (!g_utf8_validate_len (ps->data, len, &invalid))
    return _pp_json_fail_at (ps, invalid, PP_PORTFOLIO_ERROR_ENCODING,
                             (invalid < ps->end && *invalid == '\0')
                               ? _("the file contains a NUL byte")
                               : _("the file is not valid UTF-8 text"));

  ps->p = ps->data;
  _pp_json_skip_space (ps);
  if (ps->p == ps->end)
    {
      g_set_error_literal (ps->error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_EMPTY,
                           _("the file is empty"));
      return FALSE;
    }
  return TRUE;
}

/* The second thread of a large file (pp-json-split.c). */
static gpointer
rest_thread (gpointer data)
{
  Parser *rest = data;

  rest->ok = _pp_json_parse (rest);
  return NULL;
}

/**
 * pp_json_check_parse:
 * @sources: (out) (optional) (transfer full): where the text of each object
 *   (up to %PP_JSON_SOURCE_DEPTH deep) starts: #JsonObject to the "{" in @data
 *
 * Reads @data, which must be strict JSON (RFC 8259) in UTF-8 without NUL
 * characters, no duplicate member names, numbers json-glib can hold, at most
 * %PP_MAX_DEPTH levels and %PP_MAX_VALUES values.
 *
 * Returns: (transfer full): the tree, or %NULL with @error in
 *   %PP_PORTFOLIO_ERROR, its message starting with "line:column: "
 */
JsonNode *
pp_json_check_parse (const char  *data,
                     gsize        len,
                     GHashTable **sources,
                     GError     **error)
{
  Parser ps = { 0 };
  gboolean ok;

  ps.data = data;
  ps.end = data + len;
  ps.error = error;
  if (!check_encoding (&ps, len) || !count_values (&ps, _pp_json_split_from (&ps)))
    return NULL;

  ps.scratch = g_string_sized_new (256);
  if (sources != NULL)
    ps.sources = g_hash_table_new (NULL, NULL);
  if (ps.split != NULL)
    _pp_json_start_rest (&ps, rest_thread);
  ok = _pp_json_parse (&ps);
  _pp_json_free_rest (&ps);
  g_string_free (ps.scratch, TRUE);
  for (guint i = 0; i < PP_MAX_DEPTH; i++)
    if (ps.stack[i].name != NULL)
      g_string_free (ps.stack[i].name, TRUE);

  if (!ok)
    {
      g_clear_pointer (&ps.root, json_node_unref);
      g_clear_pointer (&ps.sources, g_hash_table_unref);
      return NULL;
    }
  if (sources != NULL)
    *sources = g_steal_pointer (&ps.sources);
  return ps.root;
}
