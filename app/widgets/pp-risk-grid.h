/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-risk-grid.h: PpRiskGrid, a venture's risks placed on a 3×3 grid of
 * likelihood against impact. */
#pragma once

#include <adwaita.h>

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_RISK_GRID (pp_risk_grid_get_type ())

G_DECLARE_FINAL_TYPE (PpRiskGrid, pp_risk_grid, PP, RISK_GRID, AdwBin)

void pp_risk_grid_set_venture (PpRiskGrid *self,
                               PpVenture  *venture);
void pp_risk_grid_update      (PpRiskGrid *self);

G_END_DECLS
