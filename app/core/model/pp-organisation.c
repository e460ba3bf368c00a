/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-organisation.c: PpOrganisation, a ministry, agency, company or other party of either country.
 *
 * Also reads and writes its own JSON object, so the file format of this
 * type is described in one place.
 */

#include "config.h"

#include "pp-array-store.h"

#include <glib/gi18n-lib.h>

#include "pp-contact.h"

#include "pp-enum-types.h"
#include "pp-io-private.h"
#include "pp-organisation.h"


struct _PpOrganisation
{
  PpNode parent_instance;

  char *name;
  char *country;
  PpOrganisationKind kind;
  PpArrayStore *contacts;
};

G_DEFINE_FINAL_TYPE (PpOrganisation, pp_organisation, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COUNTRY,
  PROP_KIND,
  PROP_CONTACTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "id", "name", "country", "kind", "contacts", NULL
};

static GListModel *
pp_organisation_get_list (PpNode      *node,
                          guint        index,
                          const char **member)
{
  PpOrganisation *self = PP_ORGANISATION (node);

  if (index != 0)
    return NULL;
  *member = "contacts";
  return G_LIST_MODEL (self->contacts);
}

static void
pp_organisation_finalize (GObject *object)
{
  PpOrganisation *self = PP_ORGANISATION (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_object (&self->contacts);

  G_OBJECT_CLASS (pp_organisation_parent_class)->finalize (object);
}

static void
pp_organisation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PpOrganisation *self = PP_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, pp_organisation_get_name (self));
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_CONTACTS:
      g_value_set_object (value, self->contacts);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_organisation_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PpOrganisation *self = PP_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pp_organisation_set_name (self, g_value_get_string (value));
      break;

    case PROP_COUNTRY:
      pp_organisation_set_country (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      pp_organisation_set_kind (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_organisation_class_init (PpOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PpNodeClass *node_class = PP_NODE_CLASS (klass);

  object_class->finalize = pp_organisation_finalize;
  object_class->get_property = pp_organisation_get_property;
  object_class->set_property = pp_organisation_set_property;

  node_class->get_list = pp_organisation_get_list;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PP_TYPE_ORGANISATION_KIND, PP_ORGANISATION_KIND_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONTACTS] =
    g_param_spec_object ("contacts", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_organisation_init (PpOrganisation *self)
{
  self->kind = PP_ORGANISATION_KIND_OTHER;
  self->contacts = pp_array_store_new (PP_TYPE_CONTACT);
}

PpOrganisation *
pp_organisation_new (const char *id)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return pp_node_new_with_id (PP_TYPE_ORGANISATION, id);
}

const char *
pp_organisation_get_name (PpOrganisation *self)
{
  g_return_val_if_fail (PP_IS_ORGANISATION (self), NULL);

  return self->name != NULL ? self->name : "";
}

void
pp_organisation_set_name (PpOrganisation *self,
                          const char *name)
{
  g_return_if_fail (PP_IS_ORGANISATION (self));

  if (name != NULL && *name == '\0')
    name = NULL;
  pp_node_set_string (PP_NODE (self), &self->name, name, properties[PROP_NAME]);
}

const char *
pp_organisation_get_country (PpOrganisation *self)
{
  g_return_val_if_fail (PP_IS_ORGANISATION (self), NULL);

  return self->country;
}

void
pp_organisation_set_country (PpOrganisation *self,
                             const char *country)
{
  g_return_if_fail (PP_IS_ORGANISATION (self));

  g_return_if_fail (country == NULL || pp_iso_country_is_valid (country));

  pp_node_set_string (PP_NODE (self), &self->country, country, properties[PROP_COUNTRY]);
}

PpOrganisationKind
pp_organisation_get_kind (PpOrganisation *self)
{
  g_return_val_if_fail (PP_IS_ORGANISATION (self), 0);

  return self->kind;
}

void
pp_organisation_set_kind (PpOrganisation *self,
                          PpOrganisationKind kind)
{
  g_return_if_fail (PP_IS_ORGANISATION (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  pp_node_changed (PP_NODE (self), properties[PROP_KIND]);
}

/**
 * pp_organisation_get_contacts:
 *
 * Returns: (transfer none): the organisation's contacts (PpContact), in
 *   file order; change it with pp_history_insert() and pp_history_remove()
 */
GListModel *
pp_organisation_get_contacts (PpOrganisation *self)
{
  g_return_val_if_fail (PP_IS_ORGANISATION (self), NULL);

  return G_LIST_MODEL (self->contacts);
}

/**
 * pp_organisation_describe_contacts:
 *
 * Returns: (transfer full) (nullable): the organisation's contacts, one a
 *   line as pp_contact_describe() gives them, or %NULL when it has none
 */
char *
pp_organisation_describe_contacts (PpOrganisation *self)
{
  GListModel *contacts;
  GString *text;

  g_return_val_if_fail (PP_IS_ORGANISATION (self), NULL);

  contacts = G_LIST_MODEL (self->contacts);
  if (g_list_model_get_n_items (contacts) == 0)
    return NULL;
  text = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(PpContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *line = pp_contact_describe (contact);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
  return g_string_free (text, FALSE);
}

PpNode *
_pp_organisation_read (PpReader   *reader,
                       JsonObject *object)
{
  g_autoptr(PpOrganisation) self = NULL;
  JsonObject *extra = NULL;
  g_autofree char *id = NULL;

  if (!pp_reader_string (reader, object, "id", TRUE, &id))
    return NULL;
  self = pp_organisation_new (id);
  if (!pp_reader_string (reader, object, "name", TRUE, &self->name))
    return NULL;
  if (!pp_reader_country (reader, object, "country", &self->country))
    return NULL;
  if (!pp_reader_enum (reader, object, "kind", PP_TYPE_ORGANISATION_KIND, (int *) &self->kind))
    return NULL;
  if (!pp_reader_items (reader, object, "contacts", PP_NODE (self),
                        G_LIST_MODEL (self->contacts), _pp_contact_read))
    return NULL;

  pp_reader_extra (reader, object, known_members, &extra);
  pp_node_take_extra (PP_NODE (self), extra);

  return PP_NODE (g_steal_pointer (&self));
}

void
_pp_organisation_write (PpOrganisation *self,
                        PpWriter *writer)
{
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "id");
  pp_writer_string (writer, pp_node_get_id (PP_NODE (self)));
  pp_writer_member (writer, "name");
  pp_writer_string (writer, pp_organisation_get_name (self));
  pp_writer_member (writer, "country");
  pp_writer_string (writer, self->country);
  pp_writer_member (writer, "kind");
  pp_writer_string (writer, pp_enum_get_nick (PP_TYPE_ORGANISATION_KIND, self->kind));
  /* Only when there are any, so files without contacts save as before. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) > 0)
    {
      pp_writer_member (writer, "contacts");
      pp_writer_begin_array (writer);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->contacts)); i++)
        {
          g_autoptr(PpContact) contact = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);

          _pp_contact_write (contact, writer);
        }
      pp_writer_end_array (writer);
    }
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);
}
