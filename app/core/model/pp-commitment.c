/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-commitment.c: PpCommitment, a measurable promise such as “150,000 skilled workers placed”.
 *
 * Also reads and writes its own JSON object, so the file format of this
 * type is described in one place.
 */

#include "config.h"

#include "pp-array-store.h"

#include <glib/gi18n-lib.h>

#include "pp-enum-types.h"
#include "pp-io-private.h"
#include "pp-commitment.h"

#include "pp-progress-entry.h"

struct _PpCommitment
{
  PpNode parent_instance;

  char *title;
  char *sector;
  char *unit;
  gint64 target;
  GDate due_on;
  char *mou;
  char *side;
  PpArrayStore *progress;
};

G_DEFINE_FINAL_TYPE (PpCommitment, pp_commitment, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SECTOR,
  PROP_UNIT,
  PROP_TARGET,
  PROP_DUE_ON,
  PROP_MOU,
  PROP_SIDE,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "id", "title", "sector", "unit", "target", "due_on", "mou", "side", "progress", NULL
};

static GListModel *
pp_commitment_get_list (PpNode      *node,
                        guint        index,
                        const char **member)
{
  PpCommitment *self = PP_COMMITMENT (node);

  switch (index)
    {
    case 0:
      *member = "progress";
      return G_LIST_MODEL (self->progress);
    default:
      return NULL;
    }
}

static gboolean
pp_commitment_foreach_reference (PpNode          *node,
                                 PpReferenceFunc  func,
                                 gpointer         user_data)
{
  PpCommitment *self = PP_COMMITMENT (node);

  if (self->sector != NULL && !func (PP_COLLECTION_SECTORS, self->sector, "sector", user_data))
    return FALSE;
  if (self->mou != NULL && !func (PP_COLLECTION_MOUS, self->mou, "mou", user_data))
    return FALSE;
  return TRUE;
}

static void
pp_commitment_finalize (GObject *object)
{
  PpCommitment *self = PP_COMMITMENT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->sector, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->mou, g_free);
  g_clear_pointer (&self->side, g_free);
  g_clear_object (&self->progress);

  G_OBJECT_CLASS (pp_commitment_parent_class)->finalize (object);
}

static void
pp_commitment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PpCommitment *self = PP_COMMITMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, pp_commitment_get_title (self));
      break;

    case PROP_SECTOR:
      g_value_set_string (value, self->sector);
      break;

    case PROP_UNIT:
      g_value_set_string (value, pp_commitment_get_unit (self));
      break;

    case PROP_TARGET:
      g_value_set_int64 (value, self->target);
      break;

    case PROP_DUE_ON:
      g_value_set_boxed (value, pp_date_or_null (&self->due_on));
      break;

    case PROP_MOU:
      g_value_set_string (value, self->mou);
      break;

    case PROP_SIDE:
      g_value_set_string (value, self->side);
      break;

    case PROP_PROGRESS:
      g_value_set_object (value, self->progress);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_commitment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PpCommitment *self = PP_COMMITMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pp_commitment_set_title (self, g_value_get_string (value));
      break;

    case PROP_SECTOR:
      pp_commitment_set_sector (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      pp_commitment_set_unit (self, g_value_get_string (value));
      break;

    case PROP_TARGET:
      pp_commitment_set_target (self, g_value_get_int64 (value));
      break;

    case PROP_DUE_ON:
      pp_commitment_set_due_on (self, g_value_get_boxed (value));
      break;

    case PROP_MOU:
      pp_commitment_set_mou (self, g_value_get_string (value));
      break;

    case PROP_SIDE:
      pp_commitment_set_side (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_commitment_class_init (PpCommitmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PpNodeClass *node_class = PP_NODE_CLASS (klass);

  object_class->finalize = pp_commitment_finalize;
  object_class->get_property = pp_commitment_get_property;
  object_class->set_property = pp_commitment_set_property;

  node_class->get_list = pp_commitment_get_list;
  node_class->foreach_reference = pp_commitment_foreach_reference;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECTOR] =
    g_param_spec_string ("sector", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET] =
    g_param_spec_int64 ("target", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DUE_ON] =
    g_param_spec_boxed ("due-on", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MOU] =
    g_param_spec_string ("mou", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SIDE] =
    g_param_spec_string ("side", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROGRESS] =
    g_param_spec_object ("progress", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_commitment_init (PpCommitment *self)
{
  g_date_clear (&self->due_on, 1);
  self->progress = pp_array_store_new (PP_TYPE_PROGRESS_ENTRY);
}

PpCommitment *
pp_commitment_new (const char *id)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return pp_node_new_with_id (PP_TYPE_COMMITMENT, id);
}

const char *
pp_commitment_get_title (PpCommitment *self)
{
  g_return_val_if_fail (PP_IS_COMMITMENT (self), NULL);

  return self->title != NULL ? self->title : "";
}

void
pp_commitment_set_title (PpCommitment *self,
                         const char *title)
{
  g_return_if_fail (PP_IS_COMMITMENT (self));

  if (title != NULL && *title == '\0')
    title = NULL;
  pp_node_set_string (PP_NODE (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
pp_commitment_get_sector (PpCommitment *self)
{
  g_return_val_if_fail (PP_IS_COMMITMENT (self), NULL);

  return self->sector;
}

void
pp_commitment_set_sector (PpCommitment *self,
                          const char *sector)
{
  g_return_if_fail (PP_IS_COMMITMENT (self));

  g_return_if_fail (pp_node_check_reference (PP_NODE (self), PP_COLLECTION_SECTORS, sector));

  pp_node_set_string (PP_NODE (self), &self->sector, sector, properties[PROP_SECTOR]);
}

const char *
pp_commitment_get_unit (PpCommitment *self)
{
  g_return_val_if_fail (PP_IS_COMMITMENT (self), NULL);

  return self->unit != NULL ? self->unit : "";
}

void
pp_commitment_set_unit (PpCommitment *self,
                        const char *unit)
{
  g_return_if_fail (PP_IS_COMMITMENT (self));

  if (unit != NULL && *unit == '\0')
    unit = NULL;
  pp_node_set_string (PP_NODE (self), &self->unit, unit, properties[PROP_UNIT]);
}

gint64
pp_commitment_get_target (PpCommitment *self)
{
  g_return_val_if_fail (PP_IS_COMMITMENT (self), 0);

  return self->target;
}

void
pp_commitment_set_target (PpCommitment *self,
                          gint64 target)
{
  g_return_if_fail (PP_IS_COMMITMENT (self));

  g_return_if_fail (target >= 0);

  pp_node_set_int64 (PP_NODE (self), &self->target, target, properties[PROP_TARGET]);
}

const GDate *
pp_commitment_get_due_on (PpCommitment *self)
{
  g_return_val_if_fail (PP_IS_COMMITMENT (self), NULL);

  return pp_date_or_null (&self->due_on);
}

void
pp_commitment_set_due_on (PpCommitment *self,
                          const GDate *due_on)
{
  g_return_if_fail (PP_IS_COMMITMENT (self));

  pp_node_set_date (PP_NODE (self), &self->due_on, due_on, properties[PROP_DUE_ON]);
}

const char *
pp_commitment_get_mou (PpCommitment *self)
{
  g_return_val_if_fail (PP_IS_COMMITMENT (self), NULL);

  return self->mou;
}

void
pp_commitment_set_mou (PpCommitment *self,
                       const char *mou)
{
  g_return_if_fail (PP_IS_COMMITMENT (self));

  g_return_if_fail (pp_node_check_reference (PP_NODE (self), PP_COLLECTION_MOUS, mou));

  pp_node_set_string (PP_NODE (self), &self->mou, mou, properties[PROP_MOU]);
}

const char *
pp_commitment_get_side (PpCommitment *self)
{
  g_return_val_if_fail (PP_IS_COMMITMENT (self), NULL);

  return self->side;
}

void
pp_commitment_set_side (PpCommitment *self,
                        const char *side)
{
  g_return_if_fail (PP_IS_COMMITMENT (self));

  g_return_if_fail (side == NULL || pp_iso_country_is_valid (side));

  pp_node_set_string (PP_NODE (self), &self->side, side, properties[PROP_SIDE]);
}

/**
 * pp_commitment_get_progress:
 *
 * Returns: (transfer none): the list of progress entry items; change it with
 *   pp_node_insert_item() and friends so the change is checked and recorded.
 */
GListModel *
pp_commitment_get_progress (PpCommitment *self)
{
  g_return_val_if_fail (PP_IS_COMMITMENT (self), NULL);

  return G_LIST_MODEL (self->progress);
}

PpNode *
_pp_commitment_read (PpReader   *reader,
                     JsonObject *object)
{
  g_autoptr(PpCommitment) self = NULL;
  JsonObject *extra = NULL;
  g_autofree char *id = NULL;

  if (!pp_reader_string (reader, object, "id", TRUE, &id))
    return NULL;
  self = pp_commitment_new (id);
  if (!pp_reader_string (reader, object, "title", TRUE, &self->title))
    return NULL;
  if (!pp_reader_reference (reader, object, "sector", PP_COLLECTION_SECTORS, &self->sector))
    return NULL;
  if (!pp_reader_string (reader, object, "unit", FALSE, &self->unit))
    return NULL;
  if (!pp_reader_int64 (reader, object, "target", FALSE, 0, G_MAXINT64, &self->target))
    return NULL;
  if (!pp_reader_date (reader, object, "due_on", FALSE, &self->due_on))
    return NULL;
  if (!pp_reader_reference (reader, object, "mou", PP_COLLECTION_MOUS, &self->mou))
    return NULL;
  if (!pp_reader_side (reader, object, "side", &self->side))
    return NULL;
  if (!pp_reader_items (reader, object, "progress", PP_NODE (self),
                        G_LIST_MODEL (self->progress), _pp_progress_entry_read))
    return NULL;

  pp_reader_extra (reader, object, known_members, &extra);
  pp_node_take_extra (PP_NODE (self), extra);

  return PP_NODE (g_steal_pointer (&self));
}

void
_pp_commitment_write (PpCommitment *self,
                      PpWriter *writer)
{
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "id");
  pp_writer_string (writer, pp_node_get_id (PP_NODE (self)));
  pp_writer_member (writer, "title");
  pp_writer_string (writer, pp_commitment_get_title (self));
  pp_writer_member (writer, "sector");
  pp_writer_string (writer, self->sector);
  pp_writer_member (writer, "unit");
  pp_writer_string (writer, pp_commitment_get_unit (self));
  pp_writer_member (writer, "target");
  pp_writer_int64 (writer, self->target);
  pp_writer_member (writer, "due_on");
  pp_writer_date (writer, &self->due_on);
  pp_writer_member (writer, "mou");
  pp_writer_string (writer, self->mou);
  pp_writer_member (writer, "side");
  pp_writer_string (writer, self->side);
  pp_writer_member (writer, "progress");
  pp_writer_begin_array (writer);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->progress)); i++)
    {
      g_autoptr(PpProgressEntry) item = g_list_model_get_item (G_LIST_MODEL (self->progress), i);

      _pp_progress_entry_write (item, writer);
    }
  pp_writer_end_array (writer);
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);
}
