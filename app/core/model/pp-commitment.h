/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-commitment.h: PpCommitment, a measurable promise such as “150,000 skilled workers placed”. */
#pragma once

#include "pp-node.h"
#include "pp-enums.h"

G_BEGIN_DECLS

#define PP_TYPE_COMMITMENT (pp_commitment_get_type ())

G_DECLARE_FINAL_TYPE (PpCommitment, pp_commitment, PP, COMMITMENT, PpNode)

PpCommitment *pp_commitment_new (const char *id);

const char *pp_commitment_get_title (PpCommitment *self);
void pp_commitment_set_title (PpCommitment *self, const char *title);
const char *pp_commitment_get_sector (PpCommitment *self);
void pp_commitment_set_sector (PpCommitment *self, const char *sector);
const char *pp_commitment_get_unit (PpCommitment *self);
void pp_commitment_set_unit (PpCommitment *self, const char *unit);
gint64 pp_commitment_get_target (PpCommitment *self);
void pp_commitment_set_target (PpCommitment *self, gint64 target);
const GDate *pp_commitment_get_due_on (PpCommitment *self);
void pp_commitment_set_due_on (PpCommitment *self, const GDate *due_on);
const char *pp_commitment_get_mou (PpCommitment *self);
void pp_commitment_set_mou (PpCommitment *self, const char *mou);
const char *pp_commitment_get_side (PpCommitment *self);
void pp_commitment_set_side (PpCommitment *self, const char *side);
GListModel *pp_commitment_get_progress (PpCommitment *self);

G_END_DECLS

