/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-enums.c: file-format nicks and translated display names of the enums. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-enums.h"
#include "pp-enum-types.h"

typedef struct
{
  GType (*get_type) (void);
  const char * const *labels;
  guint n_labels;
} DisplayNames;

static const char * const organisation_kind_labels[] = {
  N_("Ministry"), N_("Agency"), N_("Company"), N_("Chamber"), N_("University"), N_("Other"),
};

static const char * const mou_status_labels[] = {
  N_("Draft"), N_("In negotiation"), N_("Signed"), N_("In force"), N_("Expired"),
  N_("Terminated"),
};

static const char * const venture_stage_labels[] = {
  N_("Proposed"), N_("Feasibility study"), N_("In negotiation"), N_("Approved"),
  N_("Implementation"), N_("Operational"), N_("Suspended"), N_("Cancelled"),
};

static const char * const milestone_status_labels[] = {
  N_("Planned"), N_("In progress"), N_("Done"), N_("Late"), N_("Cancelled"),
};

static const char * const level_labels[] = {
  N_("Low"), N_("Medium"), N_("High"),
};

static const char * const due_kind_labels[] = {
  N_("Follow-up"), N_("Milestone"), N_("Expiry"), N_("Last day to give notice"),
  N_("Commitment deadline"),
};

static const DisplayNames display_names[] = {
  { pp_due_kind_get_type, due_kind_labels, G_N_ELEMENTS (due_kind_labels) },
  { pp_organisation_kind_get_type, organisation_kind_labels, G_N_ELEMENTS (organisation_kind_labels) },
  { pp_mou_status_get_type, mou_status_labels, G_N_ELEMENTS (mou_status_labels) },
  { pp_venture_stage_get_type, venture_stage_labels, G_N_ELEMENTS (venture_stage_labels) },
  { pp_milestone_status_get_type, milestone_status_labels, G_N_ELEMENTS (milestone_status_labels) },
  { pp_level_get_type, level_labels, G_N_ELEMENTS (level_labels) },
};

/**
 * pp_enum_get_nick:
 *
 * Returns: the file-format string of @value ("in-force"), or %NULL.
 */
const char *
pp_enum_get_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  /* The class stays alive after the unref: enum classes are static. */
  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
pp_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev;

  g_return_val_if_fail (nick != NULL, FALSE);

  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;
  if (value != NULL)
    *value = ev->value;
  return TRUE;
}

/**
 * pp_enum_get_display_name:
 *
 * Returns: the translated name of @value for display ("In force").
 */
const char *
pp_enum_get_display_name (GType enum_type,
                          int   value)
{
  for (guint i = 0; i < G_N_ELEMENTS (display_names); i++)
    {
      if (display_names[i].get_type () != enum_type)
        continue;
      if (value < 0 || (guint) value >= display_names[i].n_labels)
        return NULL;
      return _(display_names[i].labels[value]);
    }

  g_return_val_if_reached (NULL);
}
