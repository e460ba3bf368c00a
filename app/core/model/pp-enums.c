/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-enums.c: file-format nicks and translated display names of the enums. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-enums.h"
#include "pp-enum-types.h"

typedef struct
{
  GType (*get_type) (void);
  const char *context;
  const char * const *labels;
  guint n_labels;
} DisplayNames;

/* Each enum's names have a context of their own: the same English word is
 * a different word elsewhere ("Cancelled" venture and milestone, "Signed"
 * as a status and as a table's column of dates). */
static const char * const organisation_kind_labels[] = {
  NC_("organisation kind", "Ministry"), NC_("organisation kind", "Agency"),
  NC_("organisation kind", "Company"), NC_("organisation kind", "Chamber"),
  NC_("organisation kind", "University"), NC_("organisation kind", "Other"),
};

static const char * const mou_status_labels[] = {
  NC_("MoU status", "Draft"), NC_("MoU status", "In negotiation"),
  NC_("MoU status", "Signed"), NC_("MoU status", "In force"), NC_("MoU status", "Expired"),
  NC_("MoU status", "Terminated"),
};

static const char * const venture_stage_labels[] = {
  NC_("venture stage", "Proposed"), NC_("venture stage", "Feasibility study"),
  NC_("venture stage", "In negotiation"), NC_("venture stage", "Approved"),
  NC_("venture stage", "Implementation"), NC_("venture stage", "Operational"),
  NC_("venture stage", "Suspended"), NC_("venture stage", "Cancelled"),
};

static const char * const milestone_status_labels[] = {
  NC_("milestone status", "Planned"), NC_("milestone status", "In progress"),
  NC_("milestone status", "Done"), NC_("milestone status", "Late"),
  NC_("milestone status", "Cancelled"),
};

static const char * const level_labels[] = {
  /* Translators: the level of a risk's likelihood and of its impact, one word for
   * both ("Likelihood: High · Impact: Low"): choose a form that fits either. */
  NC_("risk level", "Low"),
  /* Translators: the level of a risk's likelihood and of its impact, one word for
   * both ("Likelihood: Medium · Impact: Low"): choose a form that fits either. */
  NC_("risk level", "Medium"),
  /* Translators: the level of a risk's likelihood and of its impact, one word for
   * both ("Likelihood: High · Impact: Low"): choose a form that fits either. */
  NC_("risk level", "High"),
};

static const char * const due_kind_labels[] = {
  NC_("due item kind", "Follow-up"), NC_("due item kind", "Milestone"),
  NC_("due item kind", "Expiry"), NC_("due item kind", "Last day to give notice"),
  NC_("due item kind", "Commitment deadline"),
};

#define NAMES(type, context, labels) { type, context, labels, G_N_ELEMENTS (labels) }

static const DisplayNames display_names[] = {
  NAMES (pp_due_kind_get_type, "due item kind", due_kind_labels),
  NAMES (pp_organisation_kind_get_type, "organisation kind", organisation_kind_labels),
  NAMES (pp_mou_status_get_type, "MoU status", mou_status_labels),
  NAMES (pp_venture_stage_get_type, "venture stage", venture_stage_labels),
  NAMES (pp_milestone_status_get_type, "milestone status", milestone_status_labels),
  NAMES (pp_level_get_type, "risk level", level_labels),
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
      return g_dpgettext2 (GETTEXT_PACKAGE, display_names[i].context,
                           display_names[i].labels[value]);
    }

  g_return_val_if_reached (NULL);
}
