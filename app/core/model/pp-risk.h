/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-risk.h: PpRisk, a risk to a joint venture with its likelihood and impact. */
#pragma once

#include "pp-node.h"
#include "pp-enums.h"

G_BEGIN_DECLS

#define PP_TYPE_RISK (pp_risk_get_type ())

G_DECLARE_FINAL_TYPE (PpRisk, pp_risk, PP, RISK, PpNode)

PpRisk *pp_risk_new (void);

const char *pp_risk_get_title (PpRisk *self);
void pp_risk_set_title (PpRisk *self, const char *title);
PpLevel pp_risk_get_likelihood (PpRisk *self);
void pp_risk_set_likelihood (PpRisk *self, PpLevel likelihood);
PpLevel pp_risk_get_impact (PpRisk *self);
void pp_risk_set_impact (PpRisk *self, PpLevel impact);
const char *pp_risk_get_mitigation (PpRisk *self);
void pp_risk_set_mitigation (PpRisk *self, const char *mitigation);

G_END_DECLS

