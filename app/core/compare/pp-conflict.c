/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-conflict.c: a conflict of a merge: its words and the choice made. */

#include "config.h"

#include "pp-conflict.h"

struct _PpConflict
{
  GObject parent_instance;

  char *id;
  PpConflictKind kind;
  char *item_kind;
  char *item_title;
  char *label;
  char *values[3];      /* base, ours, theirs, in words */
  char *description;
  PpMergeChoice choice;
};

G_DEFINE_FINAL_TYPE (PpConflict, pp_conflict, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PpMergeChoice, pp_merge_choice,
                    G_DEFINE_ENUM_VALUE (PP_MERGE_CHOICE_OURS, "ours"),
                    G_DEFINE_ENUM_VALUE (PP_MERGE_CHOICE_THEIRS, "theirs"))

G_DEFINE_ENUM_TYPE (PpConflictKind, pp_conflict_kind,
                    G_DEFINE_ENUM_VALUE (PP_CONFLICT_KIND_FIELD, "field"),
                    G_DEFINE_ENUM_VALUE (PP_CONFLICT_KIND_REMOVED, "removed"),
                    G_DEFINE_ENUM_VALUE (PP_CONFLICT_KIND_REFERENCE, "reference"))

enum {
  PROP_0,
  PROP_ITEM_KIND,
  PROP_ITEM_TITLE,
  PROP_LABEL,
  PROP_BASE_VALUE,
  PROP_OURS_VALUE,
  PROP_THEIRS_VALUE,
  PROP_DESCRIPTION,
  PROP_CHOICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pp_conflict_finalize (GObject *object)
{
  PpConflict *self = PP_CONFLICT (object);

  g_free (self->id);
  g_free (self->item_kind);
  g_free (self->item_title);
  g_free (self->label);
  for (guint i = 0; i < G_N_ELEMENTS (self->values); i++)
    g_free (self->values[i]);
  g_free (self->description);

  G_OBJECT_CLASS (pp_conflict_parent_class)->finalize (object);
}

static void
pp_conflict_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PpConflict *self = PP_CONFLICT (object);

  switch (prop_id)
    {
    case PROP_ITEM_KIND:
      g_value_set_string (value, self->item_kind);
      break;

    case PROP_ITEM_TITLE:
      g_value_set_string (value, self->item_title);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_BASE_VALUE:
    case PROP_OURS_VALUE:
    case PROP_THEIRS_VALUE:
      g_value_set_string (value, self->values[prop_id - PROP_BASE_VALUE]);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_CHOICE:
      g_value_set_enum (value, self->choice);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_conflict_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PpConflict *self = PP_CONFLICT (object);

  switch (prop_id)
    {
    case PROP_CHOICE:
      pp_conflict_set_choice (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                              G_PARAM_STATIC_STRINGS);
}

static void
pp_conflict_class_init (PpConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pp_conflict_finalize;
  object_class->get_property = pp_conflict_get_property;
  object_class->set_property = pp_conflict_set_property;

  /* "MoU", and the item's title: where the conflict is. */
  properties[PROP_ITEM_KIND] = string_property ("item-kind");
  properties[PROP_ITEM_TITLE] = string_property ("item-title");
  /* The field's label ("Status"), with the list element it is in. */
  properties[PROP_LABEL] = string_property ("label");
  properties[PROP_BASE_VALUE] = string_property ("base-value");
  properties[PROP_OURS_VALUE] = string_property ("ours-value");
  properties[PROP_THEIRS_VALUE] = string_property ("theirs-value");
  properties[PROP_DESCRIPTION] = string_property ("description");
  properties[PROP_CHOICE] =
    g_param_spec_enum ("choice", NULL, NULL, PP_TYPE_MERGE_CHOICE, PP_MERGE_CHOICE_OURS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_conflict_init (PpConflict *self)
{
}

PpConflict *
_pp_conflict_new (const char     *id,
                  PpConflictKind  kind,
                  const char     *item_kind,
                  const char     *item_title,
                  const char     *label,
                  const char     *values[3],
                  const char     *description)
{
  PpConflict *self = g_object_new (PP_TYPE_CONFLICT, NULL);

  self->id = g_strdup (id);
  self->kind = kind;
  self->item_kind = g_strdup (item_kind);
  self->item_title = g_strdup (item_title);
  self->label = g_strdup (label);
  for (guint i = 0; i < G_N_ELEMENTS (self->values); i++)
    self->values[i] = g_strdup (values[i]);
  self->description = g_strdup (description);
  return self;
}

static void
update_string (PpConflict  *self,
               char       **field,
               const char  *value,
               guint        prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Takes the words of @from, the same conflict found again by a new run of
 * the merge, so that views of @self follow. */
void
_pp_conflict_update (PpConflict *self,
                     PpConflict *from)
{
  g_return_if_fail (g_strcmp0 (self->id, from->id) == 0);

  g_object_freeze_notify (G_OBJECT (self));
  self->kind = from->kind;
  update_string (self, &self->item_kind, from->item_kind, PROP_ITEM_KIND);
  update_string (self, &self->item_title, from->item_title, PROP_ITEM_TITLE);
  update_string (self, &self->label, from->label, PROP_LABEL);
  for (guint i = 0; i < G_N_ELEMENTS (self->values); i++)
    update_string (self, &self->values[i], from->values[i], PROP_BASE_VALUE + i);
  update_string (self, &self->description, from->description, PROP_DESCRIPTION);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * pp_conflict_get_id:
 *
 * Returns: what identifies the conflict between runs of one merge (the
 *   item, the field and the list elements it is in); not for the user
 */
const char *
pp_conflict_get_id (PpConflict *self)
{
  g_return_val_if_fail (PP_IS_CONFLICT (self), NULL);

  return self->id;
}

PpConflictKind
pp_conflict_get_kind (PpConflict *self)
{
  g_return_val_if_fail (PP_IS_CONFLICT (self), PP_CONFLICT_KIND_FIELD);

  return self->kind;
}

const char *
pp_conflict_get_item_kind (PpConflict *self)
{
  g_return_val_if_fail (PP_IS_CONFLICT (self), NULL);

  return self->item_kind;
}

const char *
pp_conflict_get_item_title (PpConflict *self)
{
  g_return_val_if_fail (PP_IS_CONFLICT (self), NULL);

  return self->item_title;
}

const char *
pp_conflict_get_label (PpConflict *self)
{
  g_return_val_if_fail (PP_IS_CONFLICT (self), NULL);

  return self->label;
}

const char *
pp_conflict_get_base_value (PpConflict *self)
{
  g_return_val_if_fail (PP_IS_CONFLICT (self), NULL);

  return self->values[0];
}

const char *
pp_conflict_get_ours_value (PpConflict *self)
{
  g_return_val_if_fail (PP_IS_CONFLICT (self), NULL);

  return self->values[1];
}

const char *
pp_conflict_get_theirs_value (PpConflict *self)
{
  g_return_val_if_fail (PP_IS_CONFLICT (self), NULL);

  return self->values[2];
}

/**
 * pp_conflict_get_description:
 *
 * Returns: one sentence saying what each copy did
 */
const char *
pp_conflict_get_description (PpConflict *self)
{
  g_return_val_if_fail (PP_IS_CONFLICT (self), NULL);

  return self->description;
}

PpMergeChoice
pp_conflict_get_choice (PpConflict *self)
{
  g_return_val_if_fail (PP_IS_CONFLICT (self), PP_MERGE_CHOICE_OURS);

  return self->choice;
}

/**
 * pp_conflict_set_choice:
 *
 * Chooses which copy's value the result takes; pp_merge_rebuild() then
 * makes the result again.
 */
void
pp_conflict_set_choice (PpConflict    *self,
                        PpMergeChoice  choice)
{
  g_return_if_fail (PP_IS_CONFLICT (self));
  g_return_if_fail (choice == PP_MERGE_CHOICE_OURS || choice == PP_MERGE_CHOICE_THEIRS);

  if (self->choice == choice)
    return;
  self->choice = choice;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOICE]);
}
