/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-venture-partner.c: PpVenturePartner, an organisation’s equity share in a joint venture.
 *
 * Also reads and writes its own JSON object, so the file format of this
 * type is described in one place.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-enum-types.h"
#include "pp-io-private.h"
#include "pp-venture-partner.h"


struct _PpVenturePartner
{
  PpNode parent_instance;

  char *organisation;
  double share_percent;
};

G_DEFINE_FINAL_TYPE (PpVenturePartner, pp_venture_partner, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_ORGANISATION,
  PROP_SHARE_PERCENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "organisation", "share_percent", NULL
};

static gboolean
pp_venture_partner_foreach_reference (PpNode          *node,
                                      PpReferenceFunc  func,
                                      gpointer         user_data)
{
  PpVenturePartner *self = PP_VENTURE_PARTNER (node);

  if (self->organisation != NULL && !func (PP_COLLECTION_ORGANISATIONS, self->organisation, "organisation", user_data))
    return FALSE;
  return TRUE;
}

static void
pp_venture_partner_finalize (GObject *object)
{
  PpVenturePartner *self = PP_VENTURE_PARTNER (object);

  g_clear_pointer (&self->organisation, g_free);

  G_OBJECT_CLASS (pp_venture_partner_parent_class)->finalize (object);
}

static void
pp_venture_partner_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PpVenturePartner *self = PP_VENTURE_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;

    case PROP_SHARE_PERCENT:
      g_value_set_double (value, self->share_percent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_venture_partner_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PpVenturePartner *self = PP_VENTURE_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION:
      pp_venture_partner_set_organisation (self, g_value_get_string (value));
      break;

    case PROP_SHARE_PERCENT:
      pp_venture_partner_set_share_percent (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_venture_partner_class_init (PpVenturePartnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PpNodeClass *node_class = PP_NODE_CLASS (klass);

  object_class->finalize = pp_venture_partner_finalize;
  object_class->get_property = pp_venture_partner_get_property;
  object_class->set_property = pp_venture_partner_set_property;

  node_class->foreach_reference = pp_venture_partner_foreach_reference;

  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SHARE_PERCENT] =
    g_param_spec_double ("share-percent", NULL, NULL, 0.0, 100.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_venture_partner_init (PpVenturePartner *self)
{
}

PpVenturePartner *
pp_venture_partner_new (void)
{
  return g_object_new (PP_TYPE_VENTURE_PARTNER, NULL);
}

const char *
pp_venture_partner_get_organisation (PpVenturePartner *self)
{
  g_return_val_if_fail (PP_IS_VENTURE_PARTNER (self), NULL);

  return self->organisation;
}

void
pp_venture_partner_set_organisation (PpVenturePartner *self,
                                     const char *organisation)
{
  g_return_if_fail (PP_IS_VENTURE_PARTNER (self));

  g_return_if_fail (pp_node_check_reference (PP_NODE (self), PP_COLLECTION_ORGANISATIONS, organisation));

  pp_node_set_string (PP_NODE (self), &self->organisation, organisation, properties[PROP_ORGANISATION]);
}

double
pp_venture_partner_get_share_percent (PpVenturePartner *self)
{
  g_return_val_if_fail (PP_IS_VENTURE_PARTNER (self), 0);

  return self->share_percent;
}

void
pp_venture_partner_set_share_percent (PpVenturePartner *self,
                                      double share_percent)
{
  g_return_if_fail (PP_IS_VENTURE_PARTNER (self));

  g_return_if_fail (share_percent >= 0.0 && share_percent <= 100.0);

  if (self->share_percent == share_percent)
    return;
  self->share_percent = share_percent;
  pp_node_changed (PP_NODE (self), properties[PROP_SHARE_PERCENT]);
}

PpNode *
_pp_venture_partner_read (PpReader   *reader,
                          JsonObject *object)
{
  g_autoptr(PpVenturePartner) self = NULL;
  JsonObject *extra = NULL;

  self = pp_venture_partner_new ();
  if (!(pp_reader_string (reader, object, "organisation", TRUE, &self->organisation) &&
        pp_reader_reference (reader, object, "organisation", PP_COLLECTION_ORGANISATIONS, &self->organisation)))
    return NULL;
  if (!pp_reader_double (reader, object, "share_percent", 0.0, 100.0, &self->share_percent))
    return NULL;

  pp_reader_extra (reader, object, known_members, &extra);
  pp_node_take_extra (PP_NODE (self), extra);

  return PP_NODE (g_steal_pointer (&self));
}

void
_pp_venture_partner_write (PpVenturePartner *self,
                           PpWriter *writer)
{
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "organisation");
  pp_writer_string (writer, self->organisation);
  pp_writer_member (writer, "share_percent");
  pp_writer_double (writer, self->share_percent);
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);
}
