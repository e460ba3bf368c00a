/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-follow-up.h: PpFollowUp, a dated task arising from an MoU. */
#pragma once

#include "pp-node.h"
#include "pp-enums.h"

G_BEGIN_DECLS

#define PP_TYPE_FOLLOW_UP (pp_follow_up_get_type ())

G_DECLARE_FINAL_TYPE (PpFollowUp, pp_follow_up, PP, FOLLOW_UP, PpNode)

PpFollowUp *pp_follow_up_new (void);

const char *pp_follow_up_get_title (PpFollowUp *self);
void pp_follow_up_set_title (PpFollowUp *self, const char *title);
const GDate *pp_follow_up_get_due_on (PpFollowUp *self);
void pp_follow_up_set_due_on (PpFollowUp *self, const GDate *due_on);
gboolean pp_follow_up_get_done (PpFollowUp *self);
void pp_follow_up_set_done (PpFollowUp *self, gboolean done);
const char *pp_follow_up_get_side (PpFollowUp *self);
void pp_follow_up_set_side (PpFollowUp *self, const char *side);

G_END_DECLS

