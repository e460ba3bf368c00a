/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-milestone.h: PpMilestone, a dated step in a joint venture’s plan. */
#pragma once

#include "pp-node.h"
#include "pp-enums.h"

G_BEGIN_DECLS

#define PP_TYPE_MILESTONE (pp_milestone_get_type ())

G_DECLARE_FINAL_TYPE (PpMilestone, pp_milestone, PP, MILESTONE, PpNode)

PpMilestone *pp_milestone_new (const char *id);

const char *pp_milestone_get_title (PpMilestone *self);
void pp_milestone_set_title (PpMilestone *self, const char *title);
const GDate *pp_milestone_get_due_on (PpMilestone *self);
void pp_milestone_set_due_on (PpMilestone *self, const GDate *due_on);
PpMilestoneStatus pp_milestone_get_status (PpMilestone *self);
void pp_milestone_set_status (PpMilestone *self, PpMilestoneStatus status);
const char *pp_milestone_get_owner (PpMilestone *self);
void pp_milestone_set_owner (PpMilestone *self, const char *owner);
const char *pp_milestone_get_side (PpMilestone *self);
void pp_milestone_set_side (PpMilestone *self, const char *side);

void pp_milestone_suggest_due_on (GListModel  *milestones,
                                  const GDate *start_on,
                                  const GDate *end_on,
                                  const GDate *today,
                                  GDate       *date);

G_END_DECLS

