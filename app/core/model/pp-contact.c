/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-contact.c: PpContact, a person to reach at an organisation: a name,
 * and optionally a role, an email address and a telephone number.
 *
 * Also reads and writes its own JSON object, so the file format of this
 * type is described in one place. Only the name is required; the other
 * members are written only when set, so a contact reads as it was typed.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-contact.h"
#include "pp-io-private.h"

struct _PpContact
{
  PpNode parent_instance;

  char *name;
  char *role;
  char *email;
  char *phone;
};

G_DEFINE_FINAL_TYPE (PpContact, pp_contact, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ROLE,
  PROP_EMAIL,
  PROP_PHONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "name", "role", "email", "phone", NULL
};

static void
pp_contact_finalize (GObject *object)
{
  PpContact *self = PP_CONTACT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);

  G_OBJECT_CLASS (pp_contact_parent_class)->finalize (object);
}

static void
pp_contact_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PpContact *self = PP_CONTACT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, pp_contact_get_name (self));
      break;

    case PROP_ROLE:
      g_value_set_string (value, pp_contact_get_role (self));
      break;

    case PROP_EMAIL:
      g_value_set_string (value, pp_contact_get_email (self));
      break;

    case PROP_PHONE:
      g_value_set_string (value, pp_contact_get_phone (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_contact_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PpContact *self = PP_CONTACT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pp_contact_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      pp_contact_set_role (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      pp_contact_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      pp_contact_set_phone (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_contact_class_init (PpContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pp_contact_finalize;
  object_class->get_property = pp_contact_get_property;
  object_class->set_property = pp_contact_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_contact_init (PpContact *self)
{
}

PpContact *
pp_contact_new (void)
{
  return g_object_new (PP_TYPE_CONTACT, NULL);
}

/* The model holds an empty text as NULL, and hands it out as "". */
static void
set_text (PpContact   *self,
          char       **field,
          const char  *value,
          guint        prop)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  pp_node_set_string (PP_NODE (self), field, value, properties[prop]);
}

const char *
pp_contact_get_name (PpContact *self)
{
  g_return_val_if_fail (PP_IS_CONTACT (self), NULL);

  return self->name != NULL ? self->name : "";
}

void
pp_contact_set_name (PpContact  *self,
                     const char *name)
{
  g_return_if_fail (PP_IS_CONTACT (self));

  set_text (self, &self->name, name, PROP_NAME);
}

const char *
pp_contact_get_role (PpContact *self)
{
  g_return_val_if_fail (PP_IS_CONTACT (self), NULL);

  return self->role != NULL ? self->role : "";
}

void
pp_contact_set_role (PpContact  *self,
                     const char *role)
{
  g_return_if_fail (PP_IS_CONTACT (self));

  set_text (self, &self->role, role, PROP_ROLE);
}

const char *
pp_contact_get_email (PpContact *self)
{
  g_return_val_if_fail (PP_IS_CONTACT (self), NULL);

  return self->email != NULL ? self->email : "";
}

void
pp_contact_set_email (PpContact  *self,
                      const char *email)
{
  g_return_if_fail (PP_IS_CONTACT (self));

  set_text (self, &self->email, email, PROP_EMAIL);
}

const char *
pp_contact_get_phone (PpContact *self)
{
  g_return_val_if_fail (PP_IS_CONTACT (self), NULL);

  return self->phone != NULL ? self->phone : "";
}

void
pp_contact_set_phone (PpContact  *self,
                      const char *phone)
{
  g_return_if_fail (PP_IS_CONTACT (self));

  set_text (self, &self->phone, phone, PROP_PHONE);
}

/**
 * pp_contact_describe:
 *
 * Returns: (transfer full): the contact on one line, as lists show it:
 *   "Ayesha Khan, Director · a.khan@example.org · +92 51 000 0000"
 */
char *
pp_contact_describe (PpContact *self)
{
  const char *name;
  GString *text;

  g_return_val_if_fail (PP_IS_CONTACT (self), NULL);

  name = self->name != NULL ? self->name : _("Unnamed contact");
  text = g_string_new (name);
  if (self->role != NULL)
    /* Translators: a contact's name, then their role: "Ayesha Khan, Director" */
    g_string_printf (text, _("%s, %s"), name, self->role);
  if (self->email != NULL)
    g_string_append_printf (text, " · %s", self->email);
  if (self->phone != NULL)
    g_string_append_printf (text, " · %s", self->phone);
  return g_string_free (text, FALSE);
}

PpNode *
_pp_contact_read (PpReader   *reader,
                  JsonObject *object)
{
  g_autoptr(PpContact) self = pp_contact_new ();
  JsonObject *extra = NULL;

  if (!pp_reader_string (reader, object, "name", TRUE, &self->name))
    return NULL;
  if (!pp_reader_nullable_string (reader, object, "role", &self->role))
    return NULL;
  if (!pp_reader_nullable_string (reader, object, "email", &self->email))
    return NULL;
  if (!pp_reader_nullable_string (reader, object, "phone", &self->phone))
    return NULL;

  pp_reader_extra (reader, object, known_members, &extra);
  pp_node_take_extra (PP_NODE (self), extra);

  return PP_NODE (g_steal_pointer (&self));
}

static void
write_optional (PpWriter   *writer,
                const char *member,
                const char *value)
{
  if (value == NULL)
    return;
  pp_writer_member (writer, member);
  pp_writer_string (writer, value);
}

void
_pp_contact_write (PpContact *self,
                   PpWriter  *writer)
{
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "name");
  pp_writer_string (writer, pp_contact_get_name (self));
  write_optional (writer, "role", self->role);
  write_optional (writer, "email", self->email);
  write_optional (writer, "phone", self->phone);
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);
}
