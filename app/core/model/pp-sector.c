/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sector.c: PpSector, a field of cooperation (agriculture, mining) with its colour.
 *
 * Also reads and writes its own JSON object, so the file format of this
 * type is described in one place.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-enum-types.h"
#include "pp-io-private.h"
#include "pp-sector.h"


struct _PpSector
{
  PpNode parent_instance;

  char *name;
  char *color;
  char *description;
};

G_DEFINE_FINAL_TYPE (PpSector, pp_sector, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COLOR,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "id", "name", "color", "description", NULL
};

static void
pp_sector_finalize (GObject *object)
{
  PpSector *self = PP_SECTOR (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (pp_sector_parent_class)->finalize (object);
}

static void
pp_sector_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PpSector *self = PP_SECTOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, pp_sector_get_name (self));
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, pp_sector_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_sector_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PpSector *self = PP_SECTOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pp_sector_set_name (self, g_value_get_string (value));
      break;

    case PROP_COLOR:
      pp_sector_set_color (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      pp_sector_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_sector_class_init (PpSectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PpNodeClass *node_class = PP_NODE_CLASS (klass);

  object_class->finalize = pp_sector_finalize;
  object_class->get_property = pp_sector_get_property;
  object_class->set_property = pp_sector_set_property;

  (void) node_class;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, "#808080",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_sector_init (PpSector *self)
{
  self->color = g_strdup ("#808080");
}

PpSector *
pp_sector_new (const char *id)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return pp_node_new_with_id (PP_TYPE_SECTOR, id);
}

const char *
pp_sector_get_name (PpSector *self)
{
  g_return_val_if_fail (PP_IS_SECTOR (self), NULL);

  return self->name != NULL ? self->name : "";
}

void
pp_sector_set_name (PpSector *self,
                    const char *name)
{
  g_return_if_fail (PP_IS_SECTOR (self));

  if (name != NULL && *name == '\0')
    name = NULL;
  pp_node_set_string (PP_NODE (self), &self->name, name, properties[PROP_NAME]);
}

const char *
pp_sector_get_color (PpSector *self)
{
  g_return_val_if_fail (PP_IS_SECTOR (self), NULL);

  return self->color;
}

void
pp_sector_set_color (PpSector *self,
                     const char *color)
{
  g_return_if_fail (PP_IS_SECTOR (self));

  g_return_if_fail (color != NULL && color[0] == '#' && strlen (color) == 7);

  pp_node_set_string (PP_NODE (self), &self->color, color, properties[PROP_COLOR]);
}

const char *
pp_sector_get_description (PpSector *self)
{
  g_return_val_if_fail (PP_IS_SECTOR (self), NULL);

  return self->description != NULL ? self->description : "";
}

void
pp_sector_set_description (PpSector *self,
                           const char *description)
{
  g_return_if_fail (PP_IS_SECTOR (self));

  if (description != NULL && *description == '\0')
    description = NULL;
  pp_node_set_string (PP_NODE (self), &self->description, description, properties[PROP_DESCRIPTION]);
}

PpNode *
_pp_sector_read (PpReader   *reader,
                 JsonObject *object)
{
  g_autoptr(PpSector) self = NULL;
  JsonObject *extra = NULL;
  g_autofree char *id = NULL;

  if (!pp_reader_string (reader, object, "id", TRUE, &id))
    return NULL;
  self = pp_sector_new (id);
  if (!pp_reader_string (reader, object, "name", TRUE, &self->name))
    return NULL;
  if (!pp_reader_color (reader, object, "color", &self->color))
    return NULL;
  if (!pp_reader_string (reader, object, "description", FALSE, &self->description))
    return NULL;

  pp_reader_extra (reader, object, known_members, &extra);
  pp_node_take_extra (PP_NODE (self), extra);

  return PP_NODE (g_steal_pointer (&self));
}

void
_pp_sector_write (PpSector *self,
                  PpWriter *writer)
{
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "id");
  pp_writer_string (writer, pp_node_get_id (PP_NODE (self)));
  pp_writer_member (writer, "name");
  pp_writer_string (writer, pp_sector_get_name (self));
  pp_writer_member (writer, "color");
  pp_writer_string (writer, self->color);
  pp_writer_member (writer, "description");
  pp_writer_string (writer, pp_sector_get_description (self));
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);
}
