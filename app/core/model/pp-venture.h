/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-venture.h: PpVenture, a planned joint venture between companies of the two countries. */
#pragma once

#include "pp-node.h"
#include "pp-enums.h"

G_BEGIN_DECLS

#define PP_TYPE_VENTURE (pp_venture_get_type ())

G_DECLARE_FINAL_TYPE (PpVenture, pp_venture, PP, VENTURE, PpNode)

PpVenture *pp_venture_new (const char *id);

const char *pp_venture_get_name (PpVenture *self);
void pp_venture_set_name (PpVenture *self, const char *name);
const char *pp_venture_get_sector (PpVenture *self);
void pp_venture_set_sector (PpVenture *self, const char *sector);
PpVentureStage pp_venture_get_stage (PpVenture *self);
void pp_venture_set_stage (PpVenture *self, PpVentureStage stage);
GListModel *pp_venture_get_partners (PpVenture *self);
const char * const *pp_venture_get_mous (PpVenture *self);
void pp_venture_set_mous (PpVenture *self, const char * const *mous);
gint64 pp_venture_get_budget_amount (PpVenture *self);
void pp_venture_set_budget_amount (PpVenture *self, gint64 budget_amount);
const char *pp_venture_get_budget_currency (PpVenture *self);
void pp_venture_set_budget_currency (PpVenture *self, const char *budget_currency);
int pp_venture_get_jobs (PpVenture *self);
void pp_venture_set_jobs (PpVenture *self, int jobs);
const GDate *pp_venture_get_start_on (PpVenture *self);
void pp_venture_set_start_on (PpVenture *self, const GDate *start_on);
const GDate *pp_venture_get_end_on (PpVenture *self);
void pp_venture_set_end_on (PpVenture *self, const GDate *end_on);
const char *pp_venture_get_objectives (PpVenture *self);
void pp_venture_set_objectives (PpVenture *self, const char *objectives);
GListModel *pp_venture_get_milestones (PpVenture *self);
GListModel *pp_venture_get_risks (PpVenture *self);
double pp_venture_get_share_total (PpVenture *self);
gboolean pp_venture_get_shares_complete (PpVenture *self);

G_END_DECLS

