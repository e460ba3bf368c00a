/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-venture.c: PpVenture, a planned joint venture between companies of the two countries.
 *
 * Also reads and writes its own JSON object, so the file format of this
 * type is described in one place.
 */

#include "config.h"

#include "pp-array-store.h"

#include <glib/gi18n-lib.h>

#include "pp-enum-types.h"
#include "pp-io-private.h"
#include "pp-venture.h"

#include "pp-milestone.h"
#include "pp-risk.h"
#include "pp-venture-partner.h"

struct _PpVenture
{
  PpNode parent_instance;

  char *name;
  char *sector;
  PpVentureStage stage;
  PpArrayStore *partners;
  char **mous;
  gint64 budget_amount;
  char *budget_currency;
  gint64 jobs;
  GDate start_on;
  GDate end_on;
  char *objectives;
  PpArrayStore *milestones;
  PpArrayStore *risks;
  JsonObject *budget_extra;  /* unknown members of "budget" */
};

G_DEFINE_FINAL_TYPE (PpVenture, pp_venture, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SECTOR,
  PROP_STAGE,
  PROP_PARTNERS,
  PROP_MOUS,
  PROP_BUDGET_AMOUNT,
  PROP_BUDGET_CURRENCY,
  PROP_BUDGET_EXTRA,
  PROP_JOBS,
  PROP_START_ON,
  PROP_END_ON,
  PROP_OBJECTIVES,
  PROP_MILESTONES,
  PROP_RISKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "id", "name", "sector", "stage", "partners", "mous", "budget", "jobs", "start_on", "end_on", "objectives", "milestones", "risks", NULL
};

static const char * const budget_members[] = { "amount", "currency", NULL };

static GListModel *
pp_venture_get_list (PpNode      *node,
                     guint        index,
                     const char **member)
{
  PpVenture *self = PP_VENTURE (node);

  switch (index)
    {
    case 0:
      *member = "partners";
      return G_LIST_MODEL (self->partners);
    case 1:
      *member = "milestones";
      return G_LIST_MODEL (self->milestones);
    case 2:
      *member = "risks";
      return G_LIST_MODEL (self->risks);
    default:
      return NULL;
    }
}

static gboolean
pp_venture_foreach_reference (PpNode          *node,
                              PpReferenceFunc  func,
                              gpointer         user_data)
{
  PpVenture *self = PP_VENTURE (node);

  if (self->sector != NULL && !func (PP_COLLECTION_SECTORS, self->sector, "sector", user_data))
    return FALSE;
  for (guint i = 0; self->mous[i] != NULL; i++)
    {
      char member[32];

      g_snprintf (member, sizeof member, "mous[%u]", i);
      if (!func (PP_COLLECTION_MOUS, self->mous[i], member, user_data))
        return FALSE;
    }
  return TRUE;
}

static void
pp_venture_finalize (GObject *object)
{
  PpVenture *self = PP_VENTURE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->sector, g_free);
  g_clear_object (&self->partners);
  g_clear_pointer (&self->mous, g_strfreev);
  g_clear_pointer (&self->budget_currency, g_free);
  g_clear_pointer (&self->objectives, g_free);
  g_clear_object (&self->milestones);
  g_clear_object (&self->risks);
  g_clear_pointer (&self->budget_extra, json_object_unref);

  G_OBJECT_CLASS (pp_venture_parent_class)->finalize (object);
}

static void
pp_venture_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PpVenture *self = PP_VENTURE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, pp_venture_get_name (self));
      break;

    case PROP_SECTOR:
      g_value_set_string (value, self->sector);
      break;

    case PROP_STAGE:
      g_value_set_enum (value, self->stage);
      break;

    case PROP_PARTNERS:
      g_value_set_object (value, self->partners);
      break;

    case PROP_MOUS:
      g_value_set_boxed (value, self->mous);
      break;

    case PROP_BUDGET_AMOUNT:
      g_value_set_int64 (value, self->budget_amount);
      break;

    case PROP_BUDGET_CURRENCY:
      g_value_set_string (value, self->budget_currency);
      break;

    case PROP_BUDGET_EXTRA:
      g_value_set_boxed (value, self->budget_extra);
      break;

    case PROP_JOBS:
      g_value_set_int (value, (int) self->jobs);
      break;

    case PROP_START_ON:
      g_value_set_boxed (value, pp_date_or_null (&self->start_on));
      break;

    case PROP_END_ON:
      g_value_set_boxed (value, pp_date_or_null (&self->end_on));
      break;

    case PROP_OBJECTIVES:
      g_value_set_string (value, pp_venture_get_objectives (self));
      break;

    case PROP_MILESTONES:
      g_value_set_object (value, self->milestones);
      break;

    case PROP_RISKS:
      g_value_set_object (value, self->risks);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_venture_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PpVenture *self = PP_VENTURE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pp_venture_set_name (self, g_value_get_string (value));
      break;

    case PROP_SECTOR:
      pp_venture_set_sector (self, g_value_get_string (value));
      break;

    case PROP_STAGE:
      pp_venture_set_stage (self, g_value_get_enum (value));
      break;

    case PROP_MOUS:
      pp_venture_set_mous (self, g_value_get_boxed (value));
      break;

    case PROP_BUDGET_AMOUNT:
      pp_venture_set_budget_amount (self, g_value_get_int64 (value));
      break;

    case PROP_BUDGET_CURRENCY:
      pp_venture_set_budget_currency (self, g_value_get_string (value));
      break;

    case PROP_BUDGET_EXTRA:
      if (g_value_get_boxed (value) == self->budget_extra)
        break;
      g_clear_pointer (&self->budget_extra, json_object_unref);
      self->budget_extra = g_value_dup_boxed (value);
      pp_node_changed (PP_NODE (self), pspec);
      break;

    case PROP_JOBS:
      pp_venture_set_jobs (self, g_value_get_int (value));
      break;

    case PROP_START_ON:
      pp_venture_set_start_on (self, g_value_get_boxed (value));
      break;

    case PROP_END_ON:
      pp_venture_set_end_on (self, g_value_get_boxed (value));
      break;

    case PROP_OBJECTIVES:
      pp_venture_set_objectives (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_venture_class_init (PpVentureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PpNodeClass *node_class = PP_NODE_CLASS (klass);

  object_class->finalize = pp_venture_finalize;
  object_class->get_property = pp_venture_get_property;
  object_class->set_property = pp_venture_set_property;

  node_class->get_list = pp_venture_get_list;
  node_class->foreach_reference = pp_venture_foreach_reference;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECTOR] =
    g_param_spec_string ("sector", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL, PP_TYPE_VENTURE_STAGE, PP_VENTURE_STAGE_PROPOSED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARTNERS] =
    g_param_spec_object ("partners", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_MOUS] =
    g_param_spec_boxed ("mous", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BUDGET_AMOUNT] =
    g_param_spec_int64 ("budget-amount", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BUDGET_CURRENCY] =
    g_param_spec_string ("budget-currency", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The unknown members of "budget", which PpNode:extra does not hold, as
   * a property for the same reason: so the history can set them. */
  properties[PROP_BUDGET_EXTRA] =
    g_param_spec_boxed ("budget-extra", NULL, NULL, JSON_TYPE_OBJECT,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_JOBS] =
    g_param_spec_int ("jobs", NULL, NULL, 0, G_MAXINT32, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_START_ON] =
    g_param_spec_boxed ("start-on", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_END_ON] =
    g_param_spec_boxed ("end-on", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OBJECTIVES] =
    g_param_spec_string ("objectives", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MILESTONES] =
    g_param_spec_object ("milestones", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_RISKS] =
    g_param_spec_object ("risks", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_venture_init (PpVenture *self)
{
  self->stage = PP_VENTURE_STAGE_PROPOSED;
  self->partners = pp_array_store_new (PP_TYPE_VENTURE_PARTNER);
  self->mous = g_new0 (char *, 1);
  g_date_clear (&self->start_on, 1);
  g_date_clear (&self->end_on, 1);
  self->milestones = pp_array_store_new (PP_TYPE_MILESTONE);
  self->risks = pp_array_store_new (PP_TYPE_RISK);
}

PpVenture *
pp_venture_new (const char *id)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return pp_node_new_with_id (PP_TYPE_VENTURE, id);
}

const char *
pp_venture_get_name (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), NULL);

  return self->name != NULL ? self->name : "";
}

void
pp_venture_set_name (PpVenture *self,
                     const char *name)
{
  g_return_if_fail (PP_IS_VENTURE (self));

  if (name != NULL && *name == '\0')
    name = NULL;
  pp_node_set_string (PP_NODE (self), &self->name, name, properties[PROP_NAME]);
}

const char *
pp_venture_get_sector (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), NULL);

  return self->sector;
}

void
pp_venture_set_sector (PpVenture *self,
                       const char *sector)
{
  g_return_if_fail (PP_IS_VENTURE (self));

  g_return_if_fail (pp_node_check_reference (PP_NODE (self), PP_COLLECTION_SECTORS, sector));

  pp_node_set_string (PP_NODE (self), &self->sector, sector, properties[PROP_SECTOR]);
}

PpVentureStage
pp_venture_get_stage (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), 0);

  return self->stage;
}

void
pp_venture_set_stage (PpVenture *self,
                      PpVentureStage stage)
{
  g_return_if_fail (PP_IS_VENTURE (self));

  if (self->stage == stage)
    return;
  self->stage = stage;
  pp_node_changed (PP_NODE (self), properties[PROP_STAGE]);
}

/**
 * pp_venture_get_partners:
 *
 * Returns: (transfer none): the list of venture partner items; change it with
 *   pp_node_insert_item() and friends so the change is checked and recorded.
 */
GListModel *
pp_venture_get_partners (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), NULL);

  return G_LIST_MODEL (self->partners);
}

const char * const *
pp_venture_get_mous (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), NULL);

  return (const char * const *) self->mous;
}

void
pp_venture_set_mous (PpVenture *self,
                     const char * const *mous)
{
  g_return_if_fail (PP_IS_VENTURE (self));

  for (guint i = 0; mous != NULL && mous[i] != NULL; i++)
    g_return_if_fail (pp_node_check_reference (PP_NODE (self), PP_COLLECTION_MOUS, mous[i]));

  pp_node_set_strv (PP_NODE (self), &self->mous, mous, properties[PROP_MOUS]);
}

gint64
pp_venture_get_budget_amount (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), 0);

  return self->budget_amount;
}

void
pp_venture_set_budget_amount (PpVenture *self,
                              gint64 budget_amount)
{
  g_return_if_fail (PP_IS_VENTURE (self));

  g_return_if_fail (budget_amount >= 0);

  pp_node_set_int64 (PP_NODE (self), &self->budget_amount, budget_amount, properties[PROP_BUDGET_AMOUNT]);
}

const char *
pp_venture_get_budget_currency (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), NULL);

  return self->budget_currency;
}

void
pp_venture_set_budget_currency (PpVenture *self,
                                const char *budget_currency)
{
  g_return_if_fail (PP_IS_VENTURE (self));

  g_return_if_fail (budget_currency == NULL || pp_iso_currency_is_valid (budget_currency));

  pp_node_set_string (PP_NODE (self), &self->budget_currency, budget_currency, properties[PROP_BUDGET_CURRENCY]);
}

int
pp_venture_get_jobs (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), 0);

  return (int) self->jobs;
}

void
pp_venture_set_jobs (PpVenture *self,
                     int jobs)
{
  g_return_if_fail (PP_IS_VENTURE (self));

  g_return_if_fail (jobs >= 0);

  pp_node_set_int64 (PP_NODE (self), &self->jobs, jobs, properties[PROP_JOBS]);
}

const GDate *
pp_venture_get_start_on (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), NULL);

  return pp_date_or_null (&self->start_on);
}

void
pp_venture_set_start_on (PpVenture *self,
                         const GDate *start_on)
{
  g_return_if_fail (PP_IS_VENTURE (self));

  pp_node_set_date (PP_NODE (self), &self->start_on, start_on, properties[PROP_START_ON]);
}

const GDate *
pp_venture_get_end_on (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), NULL);

  return pp_date_or_null (&self->end_on);
}

void
pp_venture_set_end_on (PpVenture *self,
                       const GDate *end_on)
{
  g_return_if_fail (PP_IS_VENTURE (self));

  pp_node_set_date (PP_NODE (self), &self->end_on, end_on, properties[PROP_END_ON]);
}

const char *
pp_venture_get_objectives (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), NULL);

  return self->objectives != NULL ? self->objectives : "";
}

void
pp_venture_set_objectives (PpVenture *self,
                           const char *objectives)
{
  g_return_if_fail (PP_IS_VENTURE (self));

  if (objectives != NULL && *objectives == '\0')
    objectives = NULL;
  pp_node_set_string (PP_NODE (self), &self->objectives, objectives, properties[PROP_OBJECTIVES]);
}

/**
 * pp_venture_get_milestones:
 *
 * Returns: (transfer none): the list of milestone items; change it with
 *   pp_node_insert_item() and friends so the change is checked and recorded.
 */
GListModel *
pp_venture_get_milestones (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), NULL);

  return G_LIST_MODEL (self->milestones);
}

/**
 * pp_venture_get_risks:
 *
 * Returns: (transfer none): the list of risk items; change it with
 *   pp_node_insert_item() and friends so the change is checked and recorded.
 */
GListModel *
pp_venture_get_risks (PpVenture *self)
{
  g_return_val_if_fail (PP_IS_VENTURE (self), NULL);

  return G_LIST_MODEL (self->risks);
}

/**
 * pp_venture_get_share_total:
 *
 * Returns: the sum of the partners' shares, in percent
 */
double
pp_venture_get_share_total (PpVenture *self)
{
  GListModel *partners;
  double total = 0;

  g_return_val_if_fail (PP_IS_VENTURE (self), 0);

  partners = G_LIST_MODEL (self->partners);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PpVenturePartner) partner = g_list_model_get_item (partners, i);

      total += pp_venture_partner_get_share_percent (partner);
    }
  return total;
}

/**
 * pp_venture_get_shares_complete:
 *
 * Returns: whether the partners' shares total 100 %, give or take the
 *   rounding of shares typed with two decimals
 */
gboolean
pp_venture_get_shares_complete (PpVenture *self)
{
  double total = pp_venture_get_share_total (self);

  return total > 99.995 && total < 100.005;
}

PpNode *
_pp_venture_read (PpReader   *reader,
                  JsonObject *object)
{
  g_autoptr(PpVenture) self = NULL;
  JsonObject *group;
  JsonObject *extra = NULL;
  g_autofree char *id = NULL;

  if (!pp_reader_string (reader, object, "id", TRUE, &id))
    return NULL;
  self = pp_venture_new (id);
  if (!pp_reader_string (reader, object, "name", TRUE, &self->name))
    return NULL;
  if (!pp_reader_reference (reader, object, "sector", PP_COLLECTION_SECTORS, &self->sector))
    return NULL;
  if (!pp_reader_enum (reader, object, "stage", PP_TYPE_VENTURE_STAGE, (int *) &self->stage))
    return NULL;
  if (!pp_reader_items (reader, object, "partners", PP_NODE (self),
                        G_LIST_MODEL (self->partners), _pp_venture_partner_read))
    return NULL;
  if (!pp_reader_references (reader, object, "mous", PP_COLLECTION_MOUS, &self->mous))
    return NULL;

  group = pp_reader_member_object (reader, object, "budget");
  if (reader->error != NULL)
    return NULL;
  if (group != NULL)
    {
      gsize mark = pp_reader_push (reader, "budget");

      if (!pp_reader_int64 (reader, group, "amount", FALSE, 0, G_MAXINT64, &self->budget_amount))
        return NULL;
      if (!pp_reader_currency (reader, group, "currency", &self->budget_currency))
        return NULL;
      pp_reader_extra (reader, group, budget_members, &self->budget_extra);
      pp_reader_pop (reader, mark);
    }

  if (!pp_reader_int64 (reader, object, "jobs", FALSE, 0, G_MAXINT32, &self->jobs))
    return NULL;
  if (!pp_reader_date (reader, object, "start_on", FALSE, &self->start_on))
    return NULL;
  if (!pp_reader_date (reader, object, "end_on", FALSE, &self->end_on))
    return NULL;
  if (!pp_reader_string (reader, object, "objectives", FALSE, &self->objectives))
    return NULL;
  if (!pp_reader_items (reader, object, "milestones", PP_NODE (self),
                        G_LIST_MODEL (self->milestones), _pp_milestone_read))
    return NULL;
  if (!pp_reader_items (reader, object, "risks", PP_NODE (self),
                        G_LIST_MODEL (self->risks), _pp_risk_read))
    return NULL;

  pp_reader_extra (reader, object, known_members, &extra);
  pp_node_take_extra (PP_NODE (self), extra);

  return PP_NODE (g_steal_pointer (&self));
}

void
_pp_venture_write (PpVenture *self,
                   PpWriter *writer)
{
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "id");
  pp_writer_string (writer, pp_node_get_id (PP_NODE (self)));
  pp_writer_member (writer, "name");
  pp_writer_string (writer, pp_venture_get_name (self));
  pp_writer_member (writer, "sector");
  pp_writer_string (writer, self->sector);
  pp_writer_member (writer, "stage");
  pp_writer_string (writer, pp_enum_get_nick (PP_TYPE_VENTURE_STAGE, self->stage));
  pp_writer_member (writer, "partners");
  pp_writer_begin_array (writer);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->partners)); i++)
    {
      g_autoptr(PpVenturePartner) item = g_list_model_get_item (G_LIST_MODEL (self->partners), i);

      _pp_venture_partner_write (item, writer);
    }
  pp_writer_end_array (writer);
  pp_writer_member (writer, "mous");
  pp_writer_strv (writer, (const char * const *) self->mous);
  pp_writer_member (writer, "budget");
  pp_writer_begin_object (writer);
  pp_writer_member (writer, "amount");
  pp_writer_int64 (writer, self->budget_amount);
  pp_writer_member (writer, "currency");
  pp_writer_string (writer, self->budget_currency);
  pp_writer_extra (writer, self->budget_extra);
  pp_writer_end_object (writer);
  pp_writer_member (writer, "jobs");
  pp_writer_int64 (writer, self->jobs);
  pp_writer_member (writer, "start_on");
  pp_writer_date (writer, &self->start_on);
  pp_writer_member (writer, "end_on");
  pp_writer_date (writer, &self->end_on);
  pp_writer_member (writer, "objectives");
  pp_writer_string (writer, pp_venture_get_objectives (self));
  pp_writer_member (writer, "milestones");
  pp_writer_begin_array (writer);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->milestones)); i++)
    {
      g_autoptr(PpMilestone) item = g_list_model_get_item (G_LIST_MODEL (self->milestones), i);

      _pp_milestone_write (item, writer);
    }
  pp_writer_end_array (writer);
  pp_writer_member (writer, "risks");
  pp_writer_begin_array (writer);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->risks)); i++)
    {
      g_autoptr(PpRisk) item = g_list_model_get_item (G_LIST_MODEL (self->risks), i);

      _pp_risk_write (item, writer);
    }
  pp_writer_end_array (writer);
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);
}
