/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-reader.c: typed access to the members of a parsed portfolio file. */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "pp-date.h"
#include "pp-enums.h"
#include "pp-error.h"
#include "pp-iso-codes.h"
#include "pp-reader.h"
#include "pp-unknown-members.h"

void
pp_reader_init (PpReader *self,
                PpNode   *portfolio)
{
  memset (self, 0, sizeof *self);
  self->portfolio = portfolio;
}

void
pp_reader_clear (PpReader *self)
{
  g_clear_error (&self->error);
  g_clear_pointer (&self->countries[0], g_free);
  g_clear_pointer (&self->countries[1], g_free);
}

static char *
format_path (PpReader *self)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < self->depth; i++)
    {
      if (self->steps[i].member == NULL)
        g_string_append_printf (path, "[%u]", self->steps[i].index);
      else if (path->len > 0)
        g_string_append_printf (path, ".%s", self->steps[i].member);
      else
        g_string_append (path, self->steps[i].member);
    }
  return g_string_free (path, FALSE);
}

static gboolean fail_valist (PpReader   *self,
                             const char *member,
                             int         code,
                             const char *format,
                             va_list     args) G_GNUC_PRINTF (4, 0);

static gboolean
fail_valist (PpReader   *self,
             const char *member,
             int         code,
             const char *format,
             va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  gsize mark = member != NULL ? pp_reader_push (self, member) : self->depth;
  g_autofree char *path = format_path (self);

  g_assert (self->error == NULL);
  if (*path != '\0')
    self->error = g_error_new (PP_PORTFOLIO_ERROR, code, "%s: %s", path, message);
  else
    self->error = g_error_new_literal (PP_PORTFOLIO_ERROR, code, message);
  pp_reader_pop (self, mark);
  return FALSE;
}

/* Sets the error at the current path; returns FALSE for "return pp_reader_fail (...)". */
gboolean
pp_reader_fail (PpReader   *self,
                int         code,
                const char *format,
                ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (self, NULL, code, format, args);
  va_end (args);
  return FALSE;
}

gboolean
pp_reader_fail_member (PpReader   *self,
                       const char *member,
                       int         code,
                       const char *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (self, member, code, format, args);
  va_end (args);
  return FALSE;
}

/* Takes @error's code and message, placing it at @member. */
gboolean
pp_reader_fail_error (PpReader   *self,
                      const char *member,
                      GError     *error)
{
  return pp_reader_fail_member (self, member, error->code, "%s", error->message);
}

gsize
pp_reader_push (PpReader   *self,
                const char *member)
{
  g_assert (self->depth < PP_READER_MAX_DEPTH);
  self->steps[self->depth].member = member;
  return self->depth++;
}

gsize
pp_reader_push_index (PpReader *self,
                      guint     index)
{
  g_assert (self->depth < PP_READER_MAX_DEPTH);
  self->steps[self->depth].member = NULL;
  self->steps[self->depth].index = index;
  return self->depth++;
}

void
pp_reader_pop (PpReader *self,
               gsize     mark)
{
  self->depth = (guint) mark;
}

static const char *
node_kind (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
        case G_TYPE_DOUBLE:
          return _("a number");
        case G_TYPE_BOOLEAN:
          return _("a boolean");
        default:
          return _("a string");
        }
    }
}

/* Sets "member: expected …, found …" for a value of the wrong JSON type. */
gboolean
pp_reader_wrong_type (PpReader   *self,
                      const char *member,
                      const char *expected,
                      JsonNode   *node)
{
  /* Translators: "expected a string, found a number" */
  return pp_reader_fail_member (self, member, PP_PORTFOLIO_ERROR_TYPE,
                                _("expected %s, found %s"), expected, node_kind (node));
}

/**
 * pp_reader_array:
 * @expected: what the array should hold, for the message ("an array of ids")
 * @out: (out) (transfer none): the array, or %NULL when the member is absent
 *
 * Returns: %FALSE, with the error set, when the member is not an array
 */
gboolean
pp_reader_array (PpReader    *self,
                 JsonObject  *object,
                 const char  *member,
                 const char  *expected,
                 JsonArray  **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return pp_reader_wrong_type (self, member, expected, node);
  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
missing (PpReader   *self,
         const char *member)
{
  return pp_reader_fail_member (self, member, PP_PORTFOLIO_ERROR_MISSING,
                                _("required member is missing"));
}

JsonObject *
pp_reader_object (PpReader *self,
                  JsonNode *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      pp_reader_wrong_type (self, NULL, _("an object"), node);
      return NULL;
    }
  return json_node_get_object (node);
}

/* Returns the object member @member, or NULL when it is absent, null, or
 * (with the error set) not an object. */
JsonObject *
pp_reader_member_object (PpReader   *self,
                         JsonObject *object,
                         const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      pp_reader_wrong_type (self, member, _("an object"), node);
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Reads a string member that may not be null. An absent optional member
 * leaves *out as it is (the default). */
gboolean
pp_reader_string (PpReader    *self,
                  JsonObject  *object,
                  const char  *member,
                  gboolean     required,
                  char       **out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return required ? missing (self, member) : TRUE;
  if (!is_string (node))
    return pp_reader_wrong_type (self, member, _("a string"), node);
  if (required && json_node_get_string (node)[0] == '\0')
    return pp_reader_fail_member (self, member, PP_PORTFOLIO_ERROR_VALUE,
                                  _("must not be empty"));
  g_free (*out);
  /* The model holds an empty text as NULL. */
  *out = json_node_get_string (node)[0] != '\0' ? json_node_dup_string (node) : NULL;
  return TRUE;
}

gboolean
pp_reader_nullable_string (PpReader    *self,
                           JsonObject  *object,
                           const char  *member,
                           char       **out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  return pp_reader_string (self, object, member, FALSE, out);
}

gboolean
pp_reader_int64 (PpReader   *self,
                 JsonObject *object,
                 const char *member,
                 gboolean    required,
                 gint64      min,
                 gint64      max,
                 gint64     *out)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL)
    return required ? missing (self, member) : TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
        return pp_reader_fail_member (self, member, PP_PORTFOLIO_ERROR_TYPE,
                                      _("expected a whole number, found %g"),
                                      json_node_get_double (node));
      return pp_reader_wrong_type (self, member, _("a whole number"), node);
    }
  value = json_node_get_int (node);
  if (value < min || value > max)
    return pp_reader_fail_member (self, member, PP_PORTFOLIO_ERROR_VALUE,
                                  _("%lld is out of range (%lld to %lld)"),
                                  (long long) value, (long long) min, (long long) max);
  *out = value;
  return TRUE;
}

gboolean
pp_reader_double (PpReader   *self,
                  JsonObject *object,
                  const char *member,
                  double      min,
                  double      max,
                  double     *out)
{
  JsonNode *node = json_object_get_member (object, member);
  double value;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return pp_reader_wrong_type (self, member, _("a number"), node);
  value = json_node_get_double (node);
  if (!isfinite (value) || value < min || value > max)
    return pp_reader_fail_member (self, member, PP_PORTFOLIO_ERROR_VALUE,
                                  _("%g is out of range (%g to %g)"), value, min, max);
  *out = value;
  return TRUE;
}

gboolean
pp_reader_boolean (PpReader   *self,
                   JsonObject *object,
                   const char *member,
                   gboolean   *out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return pp_reader_wrong_type (self, member, _("true or false"), node);
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
pp_reader_date (PpReader   *self,
                JsonObject *object,
                const char *member,
                gboolean    required,
                GDate      *out)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GError) error = NULL;

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    return required ? missing (self, member) : TRUE;
  if (!is_string (node))
    return pp_reader_wrong_type (self, member, _("a date (YYYY-MM-DD)"), node);
  if (!pp_date_parse (json_node_get_string (node), out, &error))
    return pp_reader_fail_error (self, member, error);
  return TRUE;
}

gboolean
pp_reader_enum (PpReader   *self,
                JsonObject *object,
                const char *member,
                GType       enum_type,
                int        *out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;
  if (!is_string (node))
    return pp_reader_wrong_type (self, member, _("a string"), node);
  if (!pp_enum_from_nick (enum_type, json_node_get_string (node), out))
    /* Translators: e.g. unknown status “sgned”; the first %s is the member */
    return pp_reader_fail_member (self, member, PP_PORTFOLIO_ERROR_VALUE,
                                  _("unknown %s “%s”"), member, json_node_get_string (node));
  return TRUE;
}

static gboolean
read_code (PpReader    *self,
           JsonObject  *object,
           const char  *member,
           gboolean     currency,
           char       **out)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *code;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!is_string (node))
    return pp_reader_wrong_type (self, member, _("a string"), node);
  code = json_node_get_string (node);
  if (currency && !pp_iso_currency_is_valid (code))
    return pp_reader_fail_member (self, member, PP_PORTFOLIO_ERROR_VALUE,
                                  _("“%s” is not an ISO 4217 currency code"), code);
  if (!currency && !pp_iso_country_is_valid (code))
    return pp_reader_fail_member (self, member, PP_PORTFOLIO_ERROR_VALUE,
                                  _("“%s” is not an ISO 3166-1 alpha-2 country code"), code);
  g_free (*out);
  *out = g_strdup (code);
  return TRUE;
}

gboolean
pp_reader_country (PpReader    *self,
                   JsonObject  *object,
                   const char  *member,
                   char       **out)
{
  return read_code (self, object, member, FALSE, out);
}

gboolean
pp_reader_currency (PpReader    *self,
                    JsonObject  *object,
                    const char  *member,
                    char       **out)
{
  return read_code (self, object, member, TRUE, out);
}

gboolean
pp_reader_side (PpReader    *self,
                JsonObject  *object,
                const char  *member,
                char       **out)
{
  if (!pp_reader_country (self, object, member, out))
    return FALSE;
  if (*out == NULL || self->countries[0] == NULL)
    return TRUE;
  if (g_strcmp0 (*out, self->countries[0]) != 0 && g_strcmp0 (*out, self->countries[1]) != 0)
    return pp_reader_fail_member (self, member, PP_PORTFOLIO_ERROR_VALUE,
                                  _("“%s” is not one of the portfolio’s countries (%s, %s)"),
                                  *out, self->countries[0], self->countries[1]);
  return TRUE;
}

gboolean
pp_reader_color (PpReader    *self,
                 JsonObject  *object,
                 const char  *member,
                 char       **out)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *s;

  if (node == NULL)
    return TRUE;
  if (!is_string (node))
    return pp_reader_wrong_type (self, member, _("a colour (#rrggbb)"), node);
  s = json_node_get_string (node);
  if (strlen (s) != 7 || s[0] != '#')
    goto bad;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (s[i]))
      goto bad;
  g_free (*out);
  *out = g_ascii_strdown (s, -1);
  return TRUE;

bad:
  return pp_reader_fail_member (self, member, PP_PORTFOLIO_ERROR_VALUE,
                                _("“%s” is not a colour (expected #rrggbb)"), s);
}

static gboolean
check_reference (PpReader     *self,
                 const char   *member,
                 PpCollection  collection,
                 const char   *id)
{
  g_autoptr(GError) error = NULL;

  if (pp_node_lookup (self->portfolio, collection, id) != NULL)
    return TRUE;
  pp_set_dangling_error (&error, collection, NULL, id);
  return pp_reader_fail_error (self, member, error);
}

gboolean
pp_reader_reference (PpReader     *self,
                     JsonObject   *object,
                     const char   *member,
                     PpCollection  collection,
                     char        **out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!is_string (node))
    return pp_reader_wrong_type (self, member, _("an id (a string)"), node);
  if (!check_reference (self, member, collection, json_node_get_string (node)))
    return FALSE;
  g_free (*out);
  *out = json_node_dup_string (node);
  return TRUE;
}

gboolean
pp_reader_references (PpReader      *self,
                      JsonObject    *object,
                      const char    *member,
                      PpCollection   collection,
                      char        ***out)
{
  JsonArray *array;
  guint n;
  gsize mark;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (!pp_reader_array (self, object, member, _("an array of ids"), &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  builder = g_strv_builder_new ();
  mark = pp_reader_push (self, member);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gsize item_mark = pp_reader_push_index (self, i);

      if (!is_string (element))
        return pp_reader_wrong_type (self, NULL, _("an id (a string)"), element);
      if (!check_reference (self, NULL, collection, json_node_get_string (element)))
        return FALSE;
      g_strv_builder_add (builder, json_node_get_string (element));
      pp_reader_pop (self, item_mark);
    }
  pp_reader_pop (self, mark);

  g_strfreev (*out);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

/* Reads elements [start, end) of @array into @items at their index. */
static gboolean
read_range (PpReader   *self,
            JsonArray  *array,
            PpReadFunc  read_item,
            guint       start,
            guint       end,
            PpNode    **items)
{
  for (guint i = start; i < end; i++)
    {
      gsize item_mark = pp_reader_push_index (self, i);
      JsonObject *element = pp_reader_object (self, json_array_get_element (array, i));

      if (element == NULL || (items[i] = read_item (self, element)) == NULL)
        return FALSE;
      pp_reader_pop (self, item_mark);
    }
  return TRUE;
}

typedef struct
{
  PpReader reader;       /* a copy of the caller's, with its own error */
  JsonArray *array;
  PpReadFunc read_item;
  guint start;
  guint end;
  PpNode **items;
  gboolean ok;
} Range;

static gpointer
read_range_thread (gpointer data)
{
  Range *range = data;

  range->ok = read_range (&range->reader, range->array, range->read_item,
                          range->start, range->end, range->items);
  return NULL;
}

/* Lists this long are read by two threads. Reading only looks at the parse
 * tree and at indexes of lists read before, so the halves are independent;
 * the first error in file order is the one reported. */
#define PARALLEL_MIN_ITEMS 4096

static gboolean
read_all (PpReader   *self,
          JsonArray  *array,
          PpReadFunc  read_item,
          guint       n,
          PpNode    **items)
{
  Range range;
  GThread *thread;
  gboolean ok;

  if (n < PARALLEL_MIN_ITEMS || g_get_num_processors () < 2)
    return read_range (self, array, read_item, 0, n, items);

  range.reader = *self;
  range.reader.error = NULL;
  range.array = array;
  range.read_item = read_item;
  range.start = n / 2;
  range.end = n;
  range.items = items;
  thread = g_thread_new ("pp-read", read_range_thread, &range);
  ok = read_range (self, array, read_item, 0, n / 2, items);
  g_thread_join (thread);

  if (ok && !range.ok)
    {
      self->error = g_steal_pointer (&range.reader.error);
      return FALSE;
    }
  g_clear_error (&range.reader.error);
  return ok;
}

static void
unref_item (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

/**
 * pp_reader_items:
 *
 * Reads an array of objects into @list of @owner, refusing duplicate ids.
 */
gboolean
pp_reader_items (PpReader    *self,
                 JsonObject  *object,
                 const char  *member,
                 PpNode      *owner,
                 GListModel  *list,
                 PpReadFunc   read_item)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) ids = NULL;
  JsonArray *array;
  guint n;
  gsize mark;

  if (!pp_reader_array (self, object, member, _("an array"), &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  items = g_ptr_array_new_full (n, unref_item);
  g_ptr_array_set_size (items, n);
  mark = pp_reader_push (self, member);
  if (!read_all (self, array, read_item, n, (PpNode **) items->pdata))
    return FALSE;

  ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      const char *id = pp_node_get_id (items->pdata[i]);

      if (id != NULL && !g_hash_table_add (ids, (gpointer) id))
        {
          pp_reader_push_index (self, i);
          return pp_reader_fail_member (self, "id", PP_PORTFOLIO_ERROR_DUPLICATE_ID,
                                        _("duplicate id “%s”"), id);
        }
    }
  pp_reader_pop (self, mark);

  pp_node_adopt_items (owner, list, (PpNode **) items->pdata, items->len);
  return TRUE;
}

/**
 * pp_reader_extra:
 * @known: (array zero-terminated=1): the members the app reads
 * @out: (out) (transfer full): the other members, or %NULL: each a string
 *   holding the JSON text of its value as the file has it
 */
gboolean
pp_reader_extra (PpReader            *self,
                 JsonObject          *object,
                 const char * const  *known,
                 JsonObject         **out)
{
  guint n_known = 0;

  /* Most objects hold only known members: count them by lookup rather than
   * listing every member. */
  for (guint i = 0; known[i] != NULL; i++)
    n_known += json_object_has_member (object, known[i]);
  if (n_known == json_object_get_size (object))
    {
      *out = NULL;
      return TRUE;
    }

  *out = pp_unknown_members_read (object,
                                  self->sources != NULL
                                    ? g_hash_table_lookup (self->sources, object) : NULL,
                                  known);
  return TRUE;
}
