/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-follow-up.c: PpFollowUp, a dated task arising from an MoU.
 *
 * Also reads and writes its own JSON object, so the file format of this
 * type is described in one place.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-enum-types.h"
#include "pp-io-private.h"
#include "pp-follow-up.h"


struct _PpFollowUp
{
  PpNode parent_instance;

  char *title;
  GDate due_on;
  gboolean done;
  char *side;
};

G_DEFINE_FINAL_TYPE (PpFollowUp, pp_follow_up, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DUE_ON,
  PROP_DONE,
  PROP_SIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "title", "due_on", "done", "side", NULL
};

static void
pp_follow_up_finalize (GObject *object)
{
  PpFollowUp *self = PP_FOLLOW_UP (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->side, g_free);

  G_OBJECT_CLASS (pp_follow_up_parent_class)->finalize (object);
}

static void
pp_follow_up_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PpFollowUp *self = PP_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, pp_follow_up_get_title (self));
      break;

    case PROP_DUE_ON:
      g_value_set_boxed (value, pp_date_or_null (&self->due_on));
      break;

    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;

    case PROP_SIDE:
      g_value_set_string (value, self->side);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_follow_up_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PpFollowUp *self = PP_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pp_follow_up_set_title (self, g_value_get_string (value));
      break;

    case PROP_DUE_ON:
      pp_follow_up_set_due_on (self, g_value_get_boxed (value));
      break;

    case PROP_DONE:
      pp_follow_up_set_done (self, g_value_get_boolean (value));
      break;

    case PROP_SIDE:
      pp_follow_up_set_side (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_follow_up_class_init (PpFollowUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PpNodeClass *node_class = PP_NODE_CLASS (klass);

  object_class->finalize = pp_follow_up_finalize;
  object_class->get_property = pp_follow_up_get_property;
  object_class->set_property = pp_follow_up_set_property;

  (void) node_class;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DUE_ON] =
    g_param_spec_boxed ("due-on", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SIDE] =
    g_param_spec_string ("side", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_follow_up_init (PpFollowUp *self)
{
  g_date_clear (&self->due_on, 1);
}

PpFollowUp *
pp_follow_up_new (void)
{
  return g_object_new (PP_TYPE_FOLLOW_UP, NULL);
}

const char *
pp_follow_up_get_title (PpFollowUp *self)
{
  g_return_val_if_fail (PP_IS_FOLLOW_UP (self), NULL);

  return self->title != NULL ? self->title : "";
}

void
pp_follow_up_set_title (PpFollowUp *self,
                        const char *title)
{
  g_return_if_fail (PP_IS_FOLLOW_UP (self));

  if (title != NULL && *title == '\0')
    title = NULL;
  pp_node_set_string (PP_NODE (self), &self->title, title, properties[PROP_TITLE]);
}

const GDate *
pp_follow_up_get_due_on (PpFollowUp *self)
{
  g_return_val_if_fail (PP_IS_FOLLOW_UP (self), NULL);

  return pp_date_or_null (&self->due_on);
}

void
pp_follow_up_set_due_on (PpFollowUp *self,
                         const GDate *due_on)
{
  g_return_if_fail (PP_IS_FOLLOW_UP (self));

  pp_node_set_date (PP_NODE (self), &self->due_on, due_on, properties[PROP_DUE_ON]);
}

gboolean
pp_follow_up_get_done (PpFollowUp *self)
{
  g_return_val_if_fail (PP_IS_FOLLOW_UP (self), 0);

  return self->done;
}

void
pp_follow_up_set_done (PpFollowUp *self,
                       gboolean done)
{
  g_return_if_fail (PP_IS_FOLLOW_UP (self));

  pp_node_set_boolean (PP_NODE (self), &self->done, done, properties[PROP_DONE]);
}

const char *
pp_follow_up_get_side (PpFollowUp *self)
{
  g_return_val_if_fail (PP_IS_FOLLOW_UP (self), NULL);

  return self->side;
}

void
pp_follow_up_set_side (PpFollowUp *self,
                       const char *side)
{
  g_return_if_fail (PP_IS_FOLLOW_UP (self));

  g_return_if_fail (side == NULL || pp_iso_country_is_valid (side));

  pp_node_set_string (PP_NODE (self), &self->side, side, properties[PROP_SIDE]);
}

PpNode *
_pp_follow_up_read (PpReader   *reader,
                    JsonObject *object)
{
  g_autoptr(PpFollowUp) self = NULL;
  JsonObject *extra = NULL;

  self = pp_follow_up_new ();
  if (!pp_reader_string (reader, object, "title", TRUE, &self->title))
    return NULL;
  if (!pp_reader_date (reader, object, "due_on", FALSE, &self->due_on))
    return NULL;
  if (!pp_reader_boolean (reader, object, "done", &self->done))
    return NULL;
  if (!pp_reader_side (reader, object, "side", &self->side))
    return NULL;

  pp_reader_extra (reader, object, known_members, &extra);
  pp_node_take_extra (PP_NODE (self), extra);

  return PP_NODE (g_steal_pointer (&self));
}

void
_pp_follow_up_write (PpFollowUp *self,
                     PpWriter *writer)
{
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "title");
  pp_writer_string (writer, pp_follow_up_get_title (self));
  pp_writer_member (writer, "due_on");
  pp_writer_date (writer, &self->due_on);
  pp_writer_member (writer, "done");
  pp_writer_boolean (writer, self->done);
  pp_writer_member (writer, "side");
  pp_writer_string (writer, self->side);
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);
}
