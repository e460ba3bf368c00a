/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-unknown-members.c: keeps the members of a file the app does not know
 * as the JSON text they were written in.
 *
 * A member written by a newer version or another program must come back
 * from a save exactly as it was: json-glib's tree has lost the text of its
 * numbers (1e400 would come back as null, -0 as 0, 1.50 as 1.5), and
 * writing a large unknown member out again with our indentation could make
 * a file that loads save into one over the size limit (a 4.8 MB array of
 * 2.5 million zeros 62 levels deep became 307 MiB). So each unknown member
 * keeps the text of its value, cut from the file, and the writer puts it
 * back as it was: never larger, never nested deeper, byte for byte.
 */

#include "config.h"

#include <string.h>

#include "pp-unknown-members.h"

/* The text given here has been checked as strict JSON and each object's
 * text ends with its "}", so the scans below cannot run past it. */

static const char *
skip_space (const char *p)
{
  while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
    p++;
  return p;
}

/* Returns the byte after the string that starts at @p. */
static const char *
skip_string (const char *p)
{
  for (p++; *p != '"'; p++)
    if (*p == '\\')
      p++;
  return p + 1;
}

/* Returns the byte after the value that starts at @p. */
static const char *
skip_value (const char *p)
{
  guint depth = 0;

  if (*p == '"')
    return skip_string (p);
  if (*p != '[' && *p != '{')
    {
      while (*p != ',' && *p != '}' && *p != ']' &&
             *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
        p++;
      return p;
    }
  do
    {
      if (*p == '"')
        {
          p = skip_string (p);
          continue;
        }
      if (*p == '[' || *p == '{')
        depth++;
      else if (*p == ']' || *p == '}')
        depth--;
      p++;
    }
  while (depth > 0);
  return p;
}

/* Whether the quoted name from @start to @end (after its closing quote) is
 * @name; a name written with escapes is taken to be. */
static gboolean
same_name (const char *start,
           const char *end,
           const char *name)
{
  gsize len = end - start - 2;

  if (memchr (start + 1, '\\', len) != NULL)
    return TRUE;
  return strlen (name) == len && memcmp (start + 1, name, len) == 0;
}

/* Sets @name in @extra to the JSON text of @node, when there is no file
 * text to keep (an object made in memory). */
static void
set_from_node (JsonObject *extra,
               const char *name,
               JsonNode   *node)
{
  g_autofree char *text = json_to_string (node, FALSE);

  json_object_set_string_member (extra, name, text);
}

/**
 * pp_unknown_members_read:
 * @text: (nullable): the text of @object in the file, from its "{"
 * @known: (array zero-terminated=1): the members the app reads
 *
 * Returns: (transfer full) (nullable): the members of @object not in @known,
 *   in file order, each a string: the text of its value as written
 */
JsonObject *
pp_unknown_members_read (JsonObject         *object,
                         const char         *text,
                         const char * const *known)
{
  g_autoptr(GList) names = json_object_get_members (object);
  JsonObject *extra = NULL;
  const char *p = text != NULL ? text + 1 : NULL;

  /* The object holds no two members of the same name, so its members are
   * in the order of the file, one for each name in @text. */
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *value = NULL, *value_end = NULL;

      if (p != NULL)
        {
          const char *name = skip_space (p);
          const char *name_end = skip_string (name);

          /* Were the members not in the order of the file after all, keep
           * what the tree has rather than the text of another member. */
          if (same_name (name, name_end, l->data))
            {
              value = skip_space (skip_space (name_end) + 1);
              value_end = skip_value (value);
              p = skip_space (value_end);
              if (*p == ',')
                p++;
            }
          else
            {
              g_warn_if_reached ();
              p = NULL;
            }
        }
      if (g_strv_contains (known, l->data))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      if (value == NULL)
        set_from_node (extra, l->data, json_object_get_member (object, l->data));
      else
        {
          g_autofree char *copy = g_strndup (value, value_end - value);

          json_object_set_string_member (extra, l->data, copy);
        }
    }
  return extra;
}
