/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-milestone.c: PpMilestone, a dated step in a joint venture’s plan.
 *
 * Also reads and writes its own JSON object, so the file format of this
 * type is described in one place.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-enum-types.h"
#include "pp-io-private.h"
#include "pp-milestone.h"


struct _PpMilestone
{
  PpNode parent_instance;

  char *title;
  GDate due_on;
  PpMilestoneStatus status;
  char *owner;
  char *side;
};

G_DEFINE_FINAL_TYPE (PpMilestone, pp_milestone, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DUE_ON,
  PROP_STATUS,
  PROP_OWNER,
  PROP_SIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "id", "title", "due_on", "status", "owner", "side", NULL
};

static void
pp_milestone_finalize (GObject *object)
{
  PpMilestone *self = PP_MILESTONE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->side, g_free);

  G_OBJECT_CLASS (pp_milestone_parent_class)->finalize (object);
}

static void
pp_milestone_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PpMilestone *self = PP_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, pp_milestone_get_title (self));
      break;

    case PROP_DUE_ON:
      g_value_set_boxed (value, pp_date_or_null (&self->due_on));
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_OWNER:
      g_value_set_string (value, pp_milestone_get_owner (self));
      break;

    case PROP_SIDE:
      g_value_set_string (value, self->side);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_milestone_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PpMilestone *self = PP_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pp_milestone_set_title (self, g_value_get_string (value));
      break;

    case PROP_DUE_ON:
      pp_milestone_set_due_on (self, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      pp_milestone_set_status (self, g_value_get_enum (value));
      break;

    case PROP_OWNER:
      pp_milestone_set_owner (self, g_value_get_string (value));
      break;

    case PROP_SIDE:
      pp_milestone_set_side (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_milestone_class_init (PpMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PpNodeClass *node_class = PP_NODE_CLASS (klass);

  object_class->finalize = pp_milestone_finalize;
  object_class->get_property = pp_milestone_get_property;
  object_class->set_property = pp_milestone_set_property;

  (void) node_class;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DUE_ON] =
    g_param_spec_boxed ("due-on", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, PP_TYPE_MILESTONE_STATUS, PP_MILESTONE_STATUS_PLANNED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SIDE] =
    g_param_spec_string ("side", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_milestone_init (PpMilestone *self)
{
  g_date_clear (&self->due_on, 1);
  self->status = PP_MILESTONE_STATUS_PLANNED;
}

PpMilestone *
pp_milestone_new (const char *id)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return pp_node_new_with_id (PP_TYPE_MILESTONE, id);
}

const char *
pp_milestone_get_title (PpMilestone *self)
{
  g_return_val_if_fail (PP_IS_MILESTONE (self), NULL);

  return self->title != NULL ? self->title : "";
}

void
pp_milestone_set_title (PpMilestone *self,
                        const char *title)
{
  g_return_if_fail (PP_IS_MILESTONE (self));

  if (title != NULL && *title == '\0')
    title = NULL;
  pp_node_set_string (PP_NODE (self), &self->title, title, properties[PROP_TITLE]);
}

const GDate *
pp_milestone_get_due_on (PpMilestone *self)
{
  g_return_val_if_fail (PP_IS_MILESTONE (self), NULL);

  return pp_date_or_null (&self->due_on);
}

void
pp_milestone_set_due_on (PpMilestone *self,
                         const GDate *due_on)
{
  g_return_if_fail (PP_IS_MILESTONE (self));

  pp_node_set_date (PP_NODE (self), &self->due_on, due_on, properties[PROP_DUE_ON]);
}

PpMilestoneStatus
pp_milestone_get_status (PpMilestone *self)
{
  g_return_val_if_fail (PP_IS_MILESTONE (self), 0);

  return self->status;
}

void
pp_milestone_set_status (PpMilestone *self,
                         PpMilestoneStatus status)
{
  g_return_if_fail (PP_IS_MILESTONE (self));

  if (self->status == status)
    return;
  self->status = status;
  pp_node_changed (PP_NODE (self), properties[PROP_STATUS]);
}

const char *
pp_milestone_get_owner (PpMilestone *self)
{
  g_return_val_if_fail (PP_IS_MILESTONE (self), NULL);

  return self->owner != NULL ? self->owner : "";
}

void
pp_milestone_set_owner (PpMilestone *self,
                        const char *owner)
{
  g_return_if_fail (PP_IS_MILESTONE (self));

  if (owner != NULL && *owner == '\0')
    owner = NULL;
  pp_node_set_string (PP_NODE (self), &self->owner, owner, properties[PROP_OWNER]);
}

const char *
pp_milestone_get_side (PpMilestone *self)
{
  g_return_val_if_fail (PP_IS_MILESTONE (self), NULL);

  return self->side;
}

void
pp_milestone_set_side (PpMilestone *self,
                       const char *side)
{
  g_return_if_fail (PP_IS_MILESTONE (self));

  g_return_if_fail (side == NULL || pp_iso_country_is_valid (side));

  pp_node_set_string (PP_NODE (self), &self->side, side, properties[PROP_SIDE]);
}

/**
 * pp_milestone_suggest_due_on:
 * @milestones: the venture's milestones
 * @start_on: (nullable): when the venture starts
 * @end_on: (nullable): when it ends
 * @today: today's date
 * @date: (out caller-allocates): the due date for a new milestone
 *
 * A new milestone is due a month after the venture's latest one, or, when
 * none is due yet, on the venture's start if that is still to come, or
 * today. It is never before today, so a new milestone does not start out
 * overdue, and it stays within the venture's end when that is still to
 * come.
 */
void
pp_milestone_suggest_due_on (GListModel  *milestones,
                             const GDate *start_on,
                             const GDate *end_on,
                             const GDate *today,
                             GDate       *date)
{
  GDate latest;

  g_return_if_fail (G_IS_LIST_MODEL (milestones));
  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (date != NULL);

  *date = *today;
  if (start_on != NULL && g_date_valid (start_on) && g_date_compare (start_on, date) > 0)
    *date = *start_on;

  g_date_clear (&latest, 1);
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, i);
      const GDate *due = pp_milestone_get_due_on (milestone);

      if (due != NULL && (!g_date_valid (&latest) || g_date_compare (due, &latest) > 0))
        latest = *due;
    }
  if (!g_date_valid (&latest) || g_date_compare (&latest, date) < 0)
    return;

  *date = latest;
  g_date_add_months (date, 1);
  if (end_on != NULL && g_date_valid (end_on) && g_date_compare (date, end_on) > 0 &&
      g_date_compare (end_on, &latest) >= 0)
    *date = *end_on;
}

PpNode *
_pp_milestone_read (PpReader   *reader,
                    JsonObject *object)
{
  g_autoptr(PpMilestone) self = NULL;
  JsonObject *extra = NULL;
  g_autofree char *id = NULL;

  if (!pp_reader_string (reader, object, "id", TRUE, &id))
    return NULL;
  self = pp_milestone_new (id);
  if (!pp_reader_string (reader, object, "title", TRUE, &self->title))
    return NULL;
  if (!pp_reader_date (reader, object, "due_on", FALSE, &self->due_on))
    return NULL;
  if (!pp_reader_enum (reader, object, "status", PP_TYPE_MILESTONE_STATUS, (int *) &self->status))
    return NULL;
  if (!pp_reader_string (reader, object, "owner", FALSE, &self->owner))
    return NULL;
  if (!pp_reader_side (reader, object, "side", &self->side))
    return NULL;

  pp_reader_extra (reader, object, known_members, &extra);
  pp_node_take_extra (PP_NODE (self), extra);

  return PP_NODE (g_steal_pointer (&self));
}

void
_pp_milestone_write (PpMilestone *self,
                     PpWriter *writer)
{
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "id");
  pp_writer_string (writer, pp_node_get_id (PP_NODE (self)));
  pp_writer_member (writer, "title");
  pp_writer_string (writer, pp_milestone_get_title (self));
  pp_writer_member (writer, "due_on");
  pp_writer_date (writer, &self->due_on);
  pp_writer_member (writer, "status");
  pp_writer_string (writer, pp_enum_get_nick (PP_TYPE_MILESTONE_STATUS, self->status));
  pp_writer_member (writer, "owner");
  pp_writer_string (writer, pp_milestone_get_owner (self));
  pp_writer_member (writer, "side");
  pp_writer_string (writer, self->side);
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);
}
