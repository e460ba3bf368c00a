/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-change.c: one difference between two versions of a portfolio.
 *
 * A change is made once, by pp_portfolio_compare(), and never edited, so
 * its properties are read-only.
 */

#include "config.h"

#include "pp-change.h"

struct _PpChange
{
  GObject parent_instance;

  PpChangeKind kind;
  PpSection section;
  char *id;
  char *name;
  char *path;
  char *member;
  JsonNode *old_value;
  JsonNode *new_value;
  char *description;
};

G_DEFINE_FINAL_TYPE (PpChange, pp_change, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_SECTION,
  PROP_ID,
  PROP_NAME,
  PROP_PATH,
  PROP_MEMBER,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pp_change_finalize (GObject *object)
{
  PpChange *self = PP_CHANGE (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->path);
  g_free (self->member);
  g_clear_pointer (&self->old_value, json_node_unref);
  g_clear_pointer (&self->new_value, json_node_unref);
  g_free (self->description);

  G_OBJECT_CLASS (pp_change_parent_class)->finalize (object);
}

static void
pp_change_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PpChange *self = PP_CHANGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_SECTION:
      g_value_set_uint (value, self->section);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_MEMBER:
      g_value_set_string (value, self->member);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_change_class_init (PpChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pp_change_finalize;
  object_class->get_property = pp_change_get_property;

  properties[PROP_KIND] = g_param_spec_uint ("kind", NULL, NULL, 0, PP_CHANGE_MOVED, 0, flags);
  properties[PROP_SECTION] = g_param_spec_uint ("section", NULL, NULL, 0, PP_N_SECTIONS - 1, 0,
                                                flags);
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_MEMBER] = g_param_spec_string ("member", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_change_init (PpChange *self)
{
}

/**
 * pp_change_new:
 * @id: the key of the top-level item ("" for the portfolio's own fields)
 * @name: the item's title or name
 * @path: (nullable): where below the item, "milestones/first-sailing"
 * @member: (nullable): the member that changed, %NULL when a whole item
 *   or element was added, removed or moved
 * @old_value: (nullable) (transfer none): the value before
 * @new_value: (nullable) (transfer none): the value after
 *
 * Returns: (transfer full): the change
 */
PpChange *
pp_change_new (PpChangeKind  kind,
               PpSection     section,
               const char   *id,
               const char   *name,
               const char   *path,
               const char   *member,
               JsonNode     *old_value,
               JsonNode     *new_value,
               const char   *description)
{
  PpChange *self = g_object_new (PP_TYPE_CHANGE, NULL);

  self->kind = kind;
  self->section = section;
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->path = g_strdup (path);
  self->member = g_strdup (member);
  self->old_value = old_value != NULL ? json_node_copy (old_value) : NULL;
  self->new_value = new_value != NULL ? json_node_copy (new_value) : NULL;
  self->description = g_strdup (description);
  return self;
}

PpChangeKind
pp_change_get_kind (PpChange *self)
{
  g_return_val_if_fail (PP_IS_CHANGE (self), PP_CHANGE_CHANGED);

  return self->kind;
}

PpSection
pp_change_get_section (PpChange *self)
{
  g_return_val_if_fail (PP_IS_CHANGE (self), PP_SECTION_PORTFOLIO);

  return self->section;
}

const char *
pp_change_get_id (PpChange *self)
{
  g_return_val_if_fail (PP_IS_CHANGE (self), NULL);

  return self->id;
}

const char *
pp_change_get_name (PpChange *self)
{
  g_return_val_if_fail (PP_IS_CHANGE (self), NULL);

  return self->name;
}

const char *
pp_change_get_path (PpChange *self)
{
  g_return_val_if_fail (PP_IS_CHANGE (self), NULL);

  return self->path;
}

const char *
pp_change_get_member (PpChange *self)
{
  g_return_val_if_fail (PP_IS_CHANGE (self), NULL);

  return self->member;
}

/**
 * pp_change_get_old_value:
 *
 * Returns: (transfer none) (nullable): the value before; a whole item or
 *   element for one removed, %NULL for one added
 */
JsonNode *
pp_change_get_old_value (PpChange *self)
{
  g_return_val_if_fail (PP_IS_CHANGE (self), NULL);

  return self->old_value;
}

/**
 * pp_change_get_new_value:
 *
 * Returns: (transfer none) (nullable): the value after; %NULL for a whole
 *   item or element removed
 */
JsonNode *
pp_change_get_new_value (PpChange *self)
{
  g_return_val_if_fail (PP_IS_CHANGE (self), NULL);

  return self->new_value;
}

/**
 * pp_change_get_description:
 *
 * Returns: the change in words, translated: "Status: Signed → In force"
 */
const char *
pp_change_get_description (PpChange *self)
{
  g_return_val_if_fail (PP_IS_CHANGE (self), NULL);

  return self->description;
}

/**
 * pp_change_kind_to_string:
 *
 * Returns: the kind as the machine-readable output names it ("added")
 */
const char *
pp_change_kind_to_string (PpChangeKind kind)
{
  static const char * const names[] = { "added", "removed", "changed", "moved" };

  g_return_val_if_fail (kind <= PP_CHANGE_MOVED, "changed");

  return names[kind];
}

/**
 * pp_section_to_string:
 *
 * Returns: the section as the machine-readable output names it: the
 *   collection's member ("mous"), or "portfolio"
 */
const char *
pp_section_to_string (PpSection section)
{
  if (section == PP_SECTION_PORTFOLIO)
    return "portfolio";
  return pp_section_get_member (section);
}
