/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou.c: PpMou, a memorandum of understanding or agreement between parties.
 *
 * Also reads and writes its own JSON object, so the file format of this
 * type is described in one place.
 */

#include "config.h"

#include "pp-array-store.h"

#include <glib/gi18n-lib.h>

#include "pp-enum-types.h"
#include "pp-io-private.h"
#include "pp-mou.h"

#include "pp-follow-up.h"

struct _PpMou
{
  PpNode parent_instance;

  char *title;
  char *sector;
  PpMouStatus status;
  char **parties;
  GDate signed_on;
  GDate effective_on;
  GDate expires_on;
  gboolean renewal_automatic;
  gint64 renewal_notice_days;
  char *summary;
  PpArrayStore *follow_ups;
  JsonObject *renewal_extra;  /* unknown members of "renewal" */
};

G_DEFINE_FINAL_TYPE (PpMou, pp_mou, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SECTOR,
  PROP_STATUS,
  PROP_PARTIES,
  PROP_SIGNED_ON,
  PROP_EFFECTIVE_ON,
  PROP_EXPIRES_ON,
  PROP_RENEWAL_AUTOMATIC,
  PROP_RENEWAL_NOTICE_DAYS,
  PROP_SUMMARY,
  PROP_FOLLOW_UPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "id", "title", "sector", "status", "parties", "signed_on", "effective_on", "expires_on", "renewal", "summary", "follow_ups", NULL
};

static const char * const renewal_members[] = { "automatic", "notice_days", NULL };

static GListModel *
pp_mou_get_list (PpNode      *node,
                 guint        index,
                 const char **member)
{
  PpMou *self = PP_MOU (node);

  switch (index)
    {
    case 0:
      *member = "follow_ups";
      return G_LIST_MODEL (self->follow_ups);
    default:
      return NULL;
    }
}

static gboolean
pp_mou_foreach_reference (PpNode          *node,
                          PpReferenceFunc  func,
                          gpointer         user_data)
{
  PpMou *self = PP_MOU (node);

  if (self->sector != NULL && !func (PP_COLLECTION_SECTORS, self->sector, "sector", user_data))
    return FALSE;
  for (guint i = 0; self->parties[i] != NULL; i++)
    {
      char member[32];

      g_snprintf (member, sizeof member, "parties[%u]", i);
      if (!func (PP_COLLECTION_ORGANISATIONS, self->parties[i], member, user_data))
        return FALSE;
    }
  return TRUE;
}

static void
pp_mou_finalize (GObject *object)
{
  PpMou *self = PP_MOU (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->sector, g_free);
  g_clear_pointer (&self->parties, g_strfreev);
  g_clear_pointer (&self->summary, g_free);
  g_clear_object (&self->follow_ups);
  g_clear_pointer (&self->renewal_extra, json_object_unref);

  G_OBJECT_CLASS (pp_mou_parent_class)->finalize (object);
}

static void
pp_mou_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  PpMou *self = PP_MOU (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, pp_mou_get_title (self));
      break;

    case PROP_SECTOR:
      g_value_set_string (value, self->sector);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_PARTIES:
      g_value_set_boxed (value, self->parties);
      break;

    case PROP_SIGNED_ON:
      g_value_set_boxed (value, pp_date_or_null (&self->signed_on));
      break;

    case PROP_EFFECTIVE_ON:
      g_value_set_boxed (value, pp_date_or_null (&self->effective_on));
      break;

    case PROP_EXPIRES_ON:
      g_value_set_boxed (value, pp_date_or_null (&self->expires_on));
      break;

    case PROP_RENEWAL_AUTOMATIC:
      g_value_set_boolean (value, self->renewal_automatic);
      break;

    case PROP_RENEWAL_NOTICE_DAYS:
      g_value_set_int (value, (int) self->renewal_notice_days);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, pp_mou_get_summary (self));
      break;

    case PROP_FOLLOW_UPS:
      g_value_set_object (value, self->follow_ups);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_mou_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  PpMou *self = PP_MOU (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pp_mou_set_title (self, g_value_get_string (value));
      break;

    case PROP_SECTOR:
      pp_mou_set_sector (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      pp_mou_set_status (self, g_value_get_enum (value));
      break;

    case PROP_PARTIES:
      pp_mou_set_parties (self, g_value_get_boxed (value));
      break;

    case PROP_SIGNED_ON:
      pp_mou_set_signed_on (self, g_value_get_boxed (value));
      break;

    case PROP_EFFECTIVE_ON:
      pp_mou_set_effective_on (self, g_value_get_boxed (value));
      break;

    case PROP_EXPIRES_ON:
      pp_mou_set_expires_on (self, g_value_get_boxed (value));
      break;

    case PROP_RENEWAL_AUTOMATIC:
      pp_mou_set_renewal_automatic (self, g_value_get_boolean (value));
      break;

    case PROP_RENEWAL_NOTICE_DAYS:
      pp_mou_set_renewal_notice_days (self, g_value_get_int (value));
      break;

    case PROP_SUMMARY:
      pp_mou_set_summary (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_mou_class_init (PpMouClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PpNodeClass *node_class = PP_NODE_CLASS (klass);

  object_class->finalize = pp_mou_finalize;
  object_class->get_property = pp_mou_get_property;
  object_class->set_property = pp_mou_set_property;

  node_class->get_list = pp_mou_get_list;
  node_class->foreach_reference = pp_mou_foreach_reference;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECTOR] =
    g_param_spec_string ("sector", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, PP_TYPE_MOU_STATUS, PP_MOU_STATUS_DRAFT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARTIES] =
    g_param_spec_boxed ("parties", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SIGNED_ON] =
    g_param_spec_boxed ("signed-on", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EFFECTIVE_ON] =
    g_param_spec_boxed ("effective-on", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EXPIRES_ON] =
    g_param_spec_boxed ("expires-on", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RENEWAL_AUTOMATIC] =
    g_param_spec_boolean ("renewal-automatic", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RENEWAL_NOTICE_DAYS] =
    g_param_spec_int ("renewal-notice-days", NULL, NULL, 0, 3650, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FOLLOW_UPS] =
    g_param_spec_object ("follow-ups", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_mou_init (PpMou *self)
{
  self->status = PP_MOU_STATUS_DRAFT;
  self->parties = g_new0 (char *, 1);
  g_date_clear (&self->signed_on, 1);
  g_date_clear (&self->effective_on, 1);
  g_date_clear (&self->expires_on, 1);
  self->follow_ups = pp_array_store_new (PP_TYPE_FOLLOW_UP);
}

PpMou *
pp_mou_new (const char *id)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return pp_node_new_with_id (PP_TYPE_MOU, id);
}

const char *
pp_mou_get_title (PpMou *self)
{
  g_return_val_if_fail (PP_IS_MOU (self), NULL);

  return self->title != NULL ? self->title : "";
}

void
pp_mou_set_title (PpMou *self,
                  const char *title)
{
  g_return_if_fail (PP_IS_MOU (self));

  if (title != NULL && *title == '\0')
    title = NULL;
  pp_node_set_string (PP_NODE (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
pp_mou_get_sector (PpMou *self)
{
  g_return_val_if_fail (PP_IS_MOU (self), NULL);

  return self->sector;
}

void
pp_mou_set_sector (PpMou *self,
                   const char *sector)
{
  g_return_if_fail (PP_IS_MOU (self));

  g_return_if_fail (pp_node_check_reference (PP_NODE (self), PP_COLLECTION_SECTORS, sector));

  pp_node_set_string (PP_NODE (self), &self->sector, sector, properties[PROP_SECTOR]);
}

PpMouStatus
pp_mou_get_status (PpMou *self)
{
  g_return_val_if_fail (PP_IS_MOU (self), 0);

  return self->status;
}

void
pp_mou_set_status (PpMou *self,
                   PpMouStatus status)
{
  g_return_if_fail (PP_IS_MOU (self));

  if (self->status == status)
    return;
  self->status = status;
  pp_node_changed (PP_NODE (self), properties[PROP_STATUS]);
}

const char * const *
pp_mou_get_parties (PpMou *self)
{
  g_return_val_if_fail (PP_IS_MOU (self), NULL);

  return (const char * const *) self->parties;
}

void
pp_mou_set_parties (PpMou *self,
                    const char * const *parties)
{
  g_return_if_fail (PP_IS_MOU (self));

  for (guint i = 0; parties != NULL && parties[i] != NULL; i++)
    g_return_if_fail (pp_node_check_reference (PP_NODE (self), PP_COLLECTION_ORGANISATIONS, parties[i]));

  pp_node_set_strv (PP_NODE (self), &self->parties, parties, properties[PROP_PARTIES]);
}

const GDate *
pp_mou_get_signed_on (PpMou *self)
{
  g_return_val_if_fail (PP_IS_MOU (self), NULL);

  return pp_date_or_null (&self->signed_on);
}

void
pp_mou_set_signed_on (PpMou *self,
                      const GDate *signed_on)
{
  g_return_if_fail (PP_IS_MOU (self));

  pp_node_set_date (PP_NODE (self), &self->signed_on, signed_on, properties[PROP_SIGNED_ON]);
}

const GDate *
pp_mou_get_effective_on (PpMou *self)
{
  g_return_val_if_fail (PP_IS_MOU (self), NULL);

  return pp_date_or_null (&self->effective_on);
}

void
pp_mou_set_effective_on (PpMou *self,
                         const GDate *effective_on)
{
  g_return_if_fail (PP_IS_MOU (self));

  pp_node_set_date (PP_NODE (self), &self->effective_on, effective_on, properties[PROP_EFFECTIVE_ON]);
}

const GDate *
pp_mou_get_expires_on (PpMou *self)
{
  g_return_val_if_fail (PP_IS_MOU (self), NULL);

  return pp_date_or_null (&self->expires_on);
}

void
pp_mou_set_expires_on (PpMou *self,
                       const GDate *expires_on)
{
  g_return_if_fail (PP_IS_MOU (self));

  pp_node_set_date (PP_NODE (self), &self->expires_on, expires_on, properties[PROP_EXPIRES_ON]);
}

gboolean
pp_mou_get_renewal_automatic (PpMou *self)
{
  g_return_val_if_fail (PP_IS_MOU (self), 0);

  return self->renewal_automatic;
}

void
pp_mou_set_renewal_automatic (PpMou *self,
                              gboolean renewal_automatic)
{
  g_return_if_fail (PP_IS_MOU (self));

  pp_node_set_boolean (PP_NODE (self), &self->renewal_automatic, renewal_automatic, properties[PROP_RENEWAL_AUTOMATIC]);
}

int
pp_mou_get_renewal_notice_days (PpMou *self)
{
  g_return_val_if_fail (PP_IS_MOU (self), 0);

  return (int) self->renewal_notice_days;
}

void
pp_mou_set_renewal_notice_days (PpMou *self,
                                int renewal_notice_days)
{
  g_return_if_fail (PP_IS_MOU (self));

  g_return_if_fail (renewal_notice_days >= 0);

  pp_node_set_int64 (PP_NODE (self), &self->renewal_notice_days, renewal_notice_days, properties[PROP_RENEWAL_NOTICE_DAYS]);
}

const char *
pp_mou_get_summary (PpMou *self)
{
  g_return_val_if_fail (PP_IS_MOU (self), NULL);

  return self->summary != NULL ? self->summary : "";
}

void
pp_mou_set_summary (PpMou *self,
                    const char *summary)
{
  g_return_if_fail (PP_IS_MOU (self));

  if (summary != NULL && *summary == '\0')
    summary = NULL;
  pp_node_set_string (PP_NODE (self), &self->summary, summary, properties[PROP_SUMMARY]);
}

/**
 * pp_mou_get_follow_ups:
 *
 * Returns: (transfer none): the list of follow up items; change it with
 *   pp_node_insert_item() and friends so the change is checked and recorded.
 */
GListModel *
pp_mou_get_follow_ups (PpMou *self)
{
  g_return_val_if_fail (PP_IS_MOU (self), NULL);

  return G_LIST_MODEL (self->follow_ups);
}

PpNode *
_pp_mou_read (PpReader   *reader,
              JsonObject *object)
{
  g_autoptr(PpMou) self = NULL;
  JsonObject *group;
  JsonObject *extra = NULL;
  g_autofree char *id = NULL;

  if (!pp_reader_string (reader, object, "id", TRUE, &id))
    return NULL;
  self = pp_mou_new (id);
  if (!pp_reader_string (reader, object, "title", TRUE, &self->title))
    return NULL;
  if (!pp_reader_reference (reader, object, "sector", PP_COLLECTION_SECTORS, &self->sector))
    return NULL;
  if (!pp_reader_enum (reader, object, "status", PP_TYPE_MOU_STATUS, (int *) &self->status))
    return NULL;
  if (!pp_reader_references (reader, object, "parties", PP_COLLECTION_ORGANISATIONS, &self->parties))
    return NULL;
  if (!pp_reader_date (reader, object, "signed_on", FALSE, &self->signed_on))
    return NULL;
  if (!pp_reader_date (reader, object, "effective_on", FALSE, &self->effective_on))
    return NULL;
  if (!pp_reader_date (reader, object, "expires_on", FALSE, &self->expires_on))
    return NULL;

  group = pp_reader_member_object (reader, object, "renewal");
  if (reader->error != NULL)
    return NULL;
  if (group != NULL)
    {
      gsize mark = pp_reader_push (reader, "renewal");

      if (!pp_reader_boolean (reader, group, "automatic", &self->renewal_automatic))
        return NULL;
      if (!pp_reader_int64 (reader, group, "notice_days", FALSE, 0, 3650, &self->renewal_notice_days))
        return NULL;
      pp_reader_extra (reader, group, renewal_members, &self->renewal_extra);
      pp_reader_pop (reader, mark);
    }

  if (!pp_reader_string (reader, object, "summary", FALSE, &self->summary))
    return NULL;
  if (!pp_reader_items (reader, object, "follow_ups", PP_NODE (self),
                        G_LIST_MODEL (self->follow_ups), _pp_follow_up_read))
    return NULL;

  pp_reader_extra (reader, object, known_members, &extra);
  pp_node_take_extra (PP_NODE (self), extra);

  return PP_NODE (g_steal_pointer (&self));
}

void
_pp_mou_write (PpMou *self,
               PpWriter *writer)
{
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "id");
  pp_writer_string (writer, pp_node_get_id (PP_NODE (self)));
  pp_writer_member (writer, "title");
  pp_writer_string (writer, pp_mou_get_title (self));
  pp_writer_member (writer, "sector");
  pp_writer_string (writer, self->sector);
  pp_writer_member (writer, "status");
  pp_writer_string (writer, pp_enum_get_nick (PP_TYPE_MOU_STATUS, self->status));
  pp_writer_member (writer, "parties");
  pp_writer_strv (writer, (const char * const *) self->parties);
  pp_writer_member (writer, "signed_on");
  pp_writer_date (writer, &self->signed_on);
  pp_writer_member (writer, "effective_on");
  pp_writer_date (writer, &self->effective_on);
  pp_writer_member (writer, "expires_on");
  pp_writer_date (writer, &self->expires_on);
  pp_writer_member (writer, "renewal");
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "automatic");
  pp_writer_boolean (writer, self->renewal_automatic);
  pp_writer_member (writer, "notice_days");
  pp_writer_int64 (writer, self->renewal_notice_days);
  pp_writer_extra (writer, self->renewal_extra);
  pp_writer_end_object (writer);
  pp_writer_member (writer, "summary");
  pp_writer_string (writer, pp_mou_get_summary (self));
  pp_writer_member (writer, "follow_ups");
  pp_writer_begin_array (writer);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->follow_ups)); i++)
    {
      g_autoptr(PpFollowUp) item = g_list_model_get_item (G_LIST_MODEL (self->follow_ups), i);

      _pp_follow_up_write (item, writer);
    }
  pp_writer_end_array (writer);
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);
}
