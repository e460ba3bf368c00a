/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-writer.c: a streaming JSON writer with two-space indentation.
 *
 * The layout is the common one (also Python's json.tool): one member or
 * element per line, empty containers as [] and {}, a newline at the end.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "pp-date.h"
#include "pp-writer.h"

#define MAX_DEPTH 128

struct _PpWriter
{
  GString *out;
  guint depth;
  gboolean after_member;           /* a member name was written, its value is next */
  gboolean compact;                /* no line breaks or indentation */
  gboolean has_items[MAX_DEPTH];   /* whether the open container has an item yet */
};

PpWriter *
pp_writer_new (gsize size_hint)
{
  PpWriter *self = g_new0 (PpWriter, 1);

  self->out = g_string_sized_new (MAX (size_hint, 256));
  return self;
}

void
pp_writer_free (PpWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_free (self);
}

GBytes *
pp_writer_free_to_bytes (PpWriter *self)
{
  GBytes *bytes;

  g_return_val_if_fail (self->depth == 0, NULL);

  g_string_append_c (self->out, '\n');
  bytes = g_string_free_to_bytes (self->out);
  g_free (self);
  return bytes;
}

/**
 * pp_writer_set_compact:
 *
 * Writes the rest with no line breaks or indentation, for a file that
 * indented would be larger than a file may be.
 */
void
pp_writer_set_compact (PpWriter *self,
                       gboolean  compact)
{
  self->compact = compact;
}

static void
newline_indent (PpWriter *self)
{
  if (self->compact)
    return;
  g_string_append_c (self->out, '\n');
  for (guint i = 0; i < self->depth; i++)
    g_string_append_len (self->out, "  ", 2);
}

/* Writes what goes before a value: nothing after a member name, else the
 * separator and the line of a new array element. */
static void
before_item (PpWriter *self)
{
  if (self->after_member)
    {
      self->after_member = FALSE;
      return;
    }
  if (self->depth > 0)
    {
      if (self->has_items[self->depth])
        g_string_append_c (self->out, ',');
      self->has_items[self->depth] = TRUE;
      newline_indent (self);
    }
}

static void
open_container (PpWriter *self,
                char      c)
{
  before_item (self);
  g_string_append_c (self->out, c);
  g_assert (self->depth + 1 < MAX_DEPTH);
  self->depth++;
  self->has_items[self->depth] = FALSE;
}

static void
close_container (PpWriter *self,
                 char      c)
{
  gboolean had_items = self->has_items[self->depth];

  g_assert (self->depth > 0);
  self->depth--;
  if (had_items)
    newline_indent (self);
  g_string_append_c (self->out, c);
}

void
pp_writer_begin_object (PpWriter *self)
{
  open_container (self, '{');
}

void
pp_writer_end_object (PpWriter *self)
{
  close_container (self, '}');
}

void
pp_writer_begin_array (PpWriter *self)
{
  open_container (self, '[');
}

void
pp_writer_end_array (PpWriter *self)
{
  close_container (self, ']');
}

static void
append_escaped (GString    *out,
                const char *s)
{
  const char *run = s;

  g_string_append_c (out, '"');
  for (; *s != '\0'; s++)
    {
      guchar c = (guchar) *s;
      const char *esc = NULL;
      char buf[8];

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      switch (c)
        {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default:
          g_snprintf (buf, sizeof buf, "\\u%04x", c);
          esc = buf;
        }
      g_string_append_len (out, run, s - run);
      g_string_append (out, esc);
      run = s + 1;
    }
  g_string_append_len (out, run, s - run);
  g_string_append_c (out, '"');
}

void
pp_writer_member (PpWriter   *self,
                  const char *name)
{
  g_assert (!self->after_member);
  before_item (self);
  append_escaped (self->out, name);
  if (self->compact)
    g_string_append_c (self->out, ':');
  else
    g_string_append_len (self->out, ": ", 2);
  self->after_member = TRUE;
}

void
pp_writer_string (PpWriter   *self,
                  const char *value)
{
  if (value == NULL)
    {
      pp_writer_null (self);
      return;
    }
  before_item (self);
  append_escaped (self->out, value);
}

void
pp_writer_int64 (PpWriter *self,
                 gint64    value)
{
  char buf[24];
  int len = g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);

  before_item (self);
  g_string_append_len (self->out, buf, len);
}

/* Writes the shortest of %.15g and %.17g that reads back as the same double,
 * so 33.5 stays "33.5" and nothing is lost. Integral values keep a ".0" so
 * they read back as numbers with a fraction part. */
void
pp_writer_double (PpWriter *self,
                  double    value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  before_item (self);
  if (!isfinite (value))
    {
      g_string_append (self->out, "null");
      return;
    }
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);
  g_string_append (self->out, buf);
  if (strpbrk (buf, ".eEn") == NULL)
    g_string_append (self->out, ".0");
}

void
pp_writer_boolean (PpWriter *self,
                   gboolean  value)
{
  before_item (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
pp_writer_null (PpWriter *self)
{
  before_item (self);
  g_string_append_len (self->out, "null", 4);
}

void
pp_writer_date (PpWriter    *self,
                const GDate *date)
{
  char buf[11];

  if (date == NULL || !g_date_valid (date))
    {
      pp_writer_null (self);
      return;
    }
  pp_date_format_iso (date, buf);
  pp_writer_string (self, buf);
}

void
pp_writer_strv (PpWriter           *self,
                const char * const *strv)
{
  pp_writer_begin_array (self);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    pp_writer_string (self, strv[i]);
  pp_writer_end_array (self);
}

/* Writes @text, which must be one JSON value, as it is. */
void
pp_writer_raw (PpWriter   *self,
               const char *text)
{
  before_item (self);
  g_string_append (self->out, text);
}

/**
 * pp_writer_extra:
 * @extra: (nullable): unknown members as pp_reader_extra() keeps them: each
 *   a string holding the JSON text of its value
 *
 * Writes the members back as they were in the file they came from.
 */
void
pp_writer_extra (PpWriter   *self,
                 JsonObject *extra)
{
  g_autoptr(GList) members = NULL;

  if (extra == NULL)
    return;

  /* json_object_get_members keeps the order the members were read in. */
  members = json_object_get_members (extra);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (extra, l->data);

      pp_writer_member (self, l->data);
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        pp_writer_raw (self, json_node_get_string (node));
      else
        {
          g_autofree char *text = json_to_string (node, FALSE);

          pp_writer_raw (self, text);
        }
    }
}
