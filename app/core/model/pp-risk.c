/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-risk.c: PpRisk, a risk to a joint venture with its likelihood and impact.
 *
 * Also reads and writes its own JSON object, so the file format of this
 * type is described in one place.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-enum-types.h"
#include "pp-io-private.h"
#include "pp-risk.h"


struct _PpRisk
{
  PpNode parent_instance;

  char *title;
  PpLevel likelihood;
  PpLevel impact;
  char *mitigation;
};

G_DEFINE_FINAL_TYPE (PpRisk, pp_risk, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_LIKELIHOOD,
  PROP_IMPACT,
  PROP_MITIGATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "title", "likelihood", "impact", "mitigation", NULL
};

static void
pp_risk_finalize (GObject *object)
{
  PpRisk *self = PP_RISK (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->mitigation, g_free);

  G_OBJECT_CLASS (pp_risk_parent_class)->finalize (object);
}

static void
pp_risk_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PpRisk *self = PP_RISK (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, pp_risk_get_title (self));
      break;

    case PROP_LIKELIHOOD:
      g_value_set_enum (value, self->likelihood);
      break;

    case PROP_IMPACT:
      g_value_set_enum (value, self->impact);
      break;

    case PROP_MITIGATION:
      g_value_set_string (value, pp_risk_get_mitigation (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_risk_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PpRisk *self = PP_RISK (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pp_risk_set_title (self, g_value_get_string (value));
      break;

    case PROP_LIKELIHOOD:
      pp_risk_set_likelihood (self, g_value_get_enum (value));
      break;

    case PROP_IMPACT:
      pp_risk_set_impact (self, g_value_get_enum (value));
      break;

    case PROP_MITIGATION:
      pp_risk_set_mitigation (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_risk_class_init (PpRiskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PpNodeClass *node_class = PP_NODE_CLASS (klass);

  object_class->finalize = pp_risk_finalize;
  object_class->get_property = pp_risk_get_property;
  object_class->set_property = pp_risk_set_property;

  (void) node_class;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LIKELIHOOD] =
    g_param_spec_enum ("likelihood", NULL, NULL, PP_TYPE_LEVEL, PP_LEVEL_MEDIUM,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_IMPACT] =
    g_param_spec_enum ("impact", NULL, NULL, PP_TYPE_LEVEL, PP_LEVEL_MEDIUM,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MITIGATION] =
    g_param_spec_string ("mitigation", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_risk_init (PpRisk *self)
{
  self->likelihood = PP_LEVEL_MEDIUM;
  self->impact = PP_LEVEL_MEDIUM;
}

PpRisk *
pp_risk_new (void)
{
  return g_object_new (PP_TYPE_RISK, NULL);
}

const char *
pp_risk_get_title (PpRisk *self)
{
  g_return_val_if_fail (PP_IS_RISK (self), NULL);

  return self->title != NULL ? self->title : "";
}

void
pp_risk_set_title (PpRisk *self,
                   const char *title)
{
  g_return_if_fail (PP_IS_RISK (self));

  if (title != NULL && *title == '\0')
    title = NULL;
  pp_node_set_string (PP_NODE (self), &self->title, title, properties[PROP_TITLE]);
}

PpLevel
pp_risk_get_likelihood (PpRisk *self)
{
  g_return_val_if_fail (PP_IS_RISK (self), 0);

  return self->likelihood;
}

void
pp_risk_set_likelihood (PpRisk *self,
                        PpLevel likelihood)
{
  g_return_if_fail (PP_IS_RISK (self));

  if (self->likelihood == likelihood)
    return;
  self->likelihood = likelihood;
  pp_node_changed (PP_NODE (self), properties[PROP_LIKELIHOOD]);
}

PpLevel
pp_risk_get_impact (PpRisk *self)
{
  g_return_val_if_fail (PP_IS_RISK (self), 0);

  return self->impact;
}

void
pp_risk_set_impact (PpRisk *self,
                    PpLevel impact)
{
  g_return_if_fail (PP_IS_RISK (self));

  if (self->impact == impact)
    return;
  self->impact = impact;
  pp_node_changed (PP_NODE (self), properties[PROP_IMPACT]);
}

const char *
pp_risk_get_mitigation (PpRisk *self)
{
  g_return_val_if_fail (PP_IS_RISK (self), NULL);

  return self->mitigation != NULL ? self->mitigation : "";
}

void
pp_risk_set_mitigation (PpRisk *self,
                        const char *mitigation)
{
  g_return_if_fail (PP_IS_RISK (self));

  if (mitigation != NULL && *mitigation == '\0')
    mitigation = NULL;
  pp_node_set_string (PP_NODE (self), &self->mitigation, mitigation, properties[PROP_MITIGATION]);
}

PpNode *
_pp_risk_read (PpReader   *reader,
               JsonObject *object)
{
  g_autoptr(PpRisk) self = NULL;
  JsonObject *extra = NULL;

  self = pp_risk_new ();
  if (!pp_reader_string (reader, object, "title", TRUE, &self->title))
    return NULL;
  if (!pp_reader_enum (reader, object, "likelihood", PP_TYPE_LEVEL, (int *) &self->likelihood))
    return NULL;
  if (!pp_reader_enum (reader, object, "impact", PP_TYPE_LEVEL, (int *) &self->impact))
    return NULL;
  if (!pp_reader_string (reader, object, "mitigation", FALSE, &self->mitigation))
    return NULL;

  pp_reader_extra (reader, object, known_members, &extra);
  pp_node_take_extra (PP_NODE (self), extra);

  return PP_NODE (g_steal_pointer (&self));
}

void
_pp_risk_write (PpRisk *self,
                PpWriter *writer)
{
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "title");
  pp_writer_string (writer, pp_risk_get_title (self));
  pp_writer_member (writer, "likelihood");
  pp_writer_string (writer, pp_enum_get_nick (PP_TYPE_LEVEL, self->likelihood));
  pp_writer_member (writer, "impact");
  pp_writer_string (writer, pp_enum_get_nick (PP_TYPE_LEVEL, self->impact));
  pp_writer_member (writer, "mitigation");
  pp_writer_string (writer, pp_risk_get_mitigation (self));
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);
}
