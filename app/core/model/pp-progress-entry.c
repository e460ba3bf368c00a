/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-progress-entry.c: PpProgressEntry, the cumulative value achieved for a commitment as of a date,
 * with an optional note saying where the figure came from ("customs figures").
 *
 * Also reads and writes its own JSON object, so the file format of this
 * type is described in one place.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-enum-types.h"
#include "pp-io-private.h"
#include "pp-progress-entry.h"


struct _PpProgressEntry
{
  PpNode parent_instance;

  GDate on;
  gint64 value;
  char *note;   /* NULL when there is none */
};

G_DEFINE_FINAL_TYPE (PpProgressEntry, pp_progress_entry, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_ON,
  PROP_VALUE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "on", "value", "note", NULL
};

static void
pp_progress_entry_finalize (GObject *object)
{
  PpProgressEntry *self = PP_PROGRESS_ENTRY (object);

  g_clear_pointer (&self->note, g_free);
  G_OBJECT_CLASS (pp_progress_entry_parent_class)->finalize (object);
}

static void
pp_progress_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PpProgressEntry *self = PP_PROGRESS_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ON:
      g_value_set_boxed (value, pp_date_or_null (&self->on));
      break;

    case PROP_VALUE:
      g_value_set_int64 (value, self->value);
      break;

    case PROP_NOTE:
      g_value_set_string (value, pp_progress_entry_get_note (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_progress_entry_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PpProgressEntry *self = PP_PROGRESS_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ON:
      pp_progress_entry_set_on (self, g_value_get_boxed (value));
      break;

    case PROP_VALUE:
      pp_progress_entry_set_value (self, g_value_get_int64 (value));
      break;

    case PROP_NOTE:
      pp_progress_entry_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_progress_entry_class_init (PpProgressEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PpNodeClass *node_class = PP_NODE_CLASS (klass);

  object_class->finalize = pp_progress_entry_finalize;
  object_class->get_property = pp_progress_entry_get_property;
  object_class->set_property = pp_progress_entry_set_property;

  (void) node_class;

  properties[PROP_ON] =
    g_param_spec_boxed ("on", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VALUE] =
    g_param_spec_int64 ("value", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Where the figure came from; "" when nothing is said. */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_progress_entry_init (PpProgressEntry *self)
{
  g_date_clear (&self->on, 1);
}

PpProgressEntry *
pp_progress_entry_new (void)
{
  return g_object_new (PP_TYPE_PROGRESS_ENTRY, NULL);
}

const GDate *
pp_progress_entry_get_on (PpProgressEntry *self)
{
  g_return_val_if_fail (PP_IS_PROGRESS_ENTRY (self), NULL);

  return pp_date_or_null (&self->on);
}

void
pp_progress_entry_set_on (PpProgressEntry *self,
                          const GDate *on)
{
  g_return_if_fail (PP_IS_PROGRESS_ENTRY (self));

  pp_node_set_date (PP_NODE (self), &self->on, on, properties[PROP_ON]);
}

gint64
pp_progress_entry_get_value (PpProgressEntry *self)
{
  g_return_val_if_fail (PP_IS_PROGRESS_ENTRY (self), 0);

  return self->value;
}

void
pp_progress_entry_set_value (PpProgressEntry *self,
                             gint64 value)
{
  g_return_if_fail (PP_IS_PROGRESS_ENTRY (self));

  g_return_if_fail (value >= 0);

  pp_node_set_int64 (PP_NODE (self), &self->value, value, properties[PROP_VALUE]);
}

const char *
pp_progress_entry_get_note (PpProgressEntry *self)
{
  g_return_val_if_fail (PP_IS_PROGRESS_ENTRY (self), NULL);

  return self->note != NULL ? self->note : "";
}

void
pp_progress_entry_set_note (PpProgressEntry *self,
                            const char      *note)
{
  g_return_if_fail (PP_IS_PROGRESS_ENTRY (self));

  if (note != NULL && *note == '\0')
    note = NULL;
  pp_node_set_string (PP_NODE (self), &self->note, note, properties[PROP_NOTE]);
}

PpNode *
_pp_progress_entry_read (PpReader   *reader,
                         JsonObject *object)
{
  g_autoptr(PpProgressEntry) self = NULL;
  JsonObject *extra = NULL;

  self = pp_progress_entry_new ();
  if (!pp_reader_date (reader, object, "on", TRUE, &self->on))
    return NULL;
  if (!pp_reader_int64 (reader, object, "value", TRUE, 0, G_MAXINT64, &self->value))
    return NULL;
  if (!pp_reader_nullable_string (reader, object, "note", &self->note))
    return NULL;
  if (self->note != NULL && *self->note == '\0')
    g_clear_pointer (&self->note, g_free);

  pp_reader_extra (reader, object, known_members, &extra);
  pp_node_take_extra (PP_NODE (self), extra);

  return PP_NODE (g_steal_pointer (&self));
}

void
_pp_progress_entry_write (PpProgressEntry *self,
                          PpWriter *writer)
{
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "on");
  pp_writer_date (writer, &self->on);
  pp_writer_member (writer, "value");
  pp_writer_int64 (writer, self->value);
  if (self->note != NULL)
    {
      pp_writer_member (writer, "note");
      pp_writer_string (writer, self->note);
    }
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);
}
