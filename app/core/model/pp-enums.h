/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-enums.h: the closed value sets of the file format.
 *
 * The nicks that glib-mkenums derives from these names ("in-force",
 * "in-progress", ...) are exactly the strings of the file format, so the
 * loader and saver use the GEnum tables directly.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  PP_ORGANISATION_KIND_MINISTRY,
  PP_ORGANISATION_KIND_AGENCY,
  PP_ORGANISATION_KIND_COMPANY,
  PP_ORGANISATION_KIND_CHAMBER,
  PP_ORGANISATION_KIND_UNIVERSITY,
  PP_ORGANISATION_KIND_OTHER,
} PpOrganisationKind;

/* In lifecycle order, which is also the order the register sorts by. */
typedef enum
{
  PP_MOU_STATUS_DRAFT,
  PP_MOU_STATUS_NEGOTIATION,
  PP_MOU_STATUS_SIGNED,
  PP_MOU_STATUS_IN_FORCE,
  PP_MOU_STATUS_EXPIRED,
  PP_MOU_STATUS_TERMINATED,
} PpMouStatus;

typedef enum
{
  PP_VENTURE_STAGE_PROPOSED,
  PP_VENTURE_STAGE_FEASIBILITY,
  PP_VENTURE_STAGE_NEGOTIATION,
  PP_VENTURE_STAGE_APPROVED,
  PP_VENTURE_STAGE_IMPLEMENTATION,
  PP_VENTURE_STAGE_OPERATIONAL,
  PP_VENTURE_STAGE_SUSPENDED,
  PP_VENTURE_STAGE_CANCELLED,
} PpVentureStage;

typedef enum
{
  PP_MILESTONE_STATUS_PLANNED,
  PP_MILESTONE_STATUS_IN_PROGRESS,
  PP_MILESTONE_STATUS_DONE,
  PP_MILESTONE_STATUS_LATE,
  PP_MILESTONE_STATUS_CANCELLED,
} PpMilestoneStatus;

/* Used for both the likelihood and the impact of a risk. */
typedef enum
{
  PP_LEVEL_LOW,
  PP_LEVEL_MEDIUM,
  PP_LEVEL_HIGH,
} PpLevel;

/* What a dated item of the agenda is. */
typedef enum
{
  PP_DUE_KIND_FOLLOW_UP,
  PP_DUE_KIND_MILESTONE,
  PP_DUE_KIND_EXPIRY,
  PP_DUE_KIND_NOTICE,
  PP_DUE_KIND_COMMITMENT,
} PpDueKind;

const char *pp_enum_get_nick          (GType        enum_type,
                                       int          value);
gboolean    pp_enum_from_nick         (GType        enum_type,
                                       const char  *nick,
                                       int         *value);
const char *pp_enum_get_display_name  (GType        enum_type,
                                       int          value);

G_END_DECLS
