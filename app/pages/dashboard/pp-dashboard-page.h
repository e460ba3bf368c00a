/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-dashboard-page.h: PpDashboardPage, where each sector stands. */
#pragma once

#include <adwaita.h>

#include "pp-summary.h"

G_BEGIN_DECLS

#define PP_TYPE_DASHBOARD_PAGE (pp_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (PpDashboardPage, pp_dashboard_page, PP, DASHBOARD_PAGE, AdwBin)

void       pp_dashboard_page_set_portfolio (PpDashboardPage *self,
                                            PpPortfolio     *portfolio);
PpSummary *pp_dashboard_page_get_summary   (PpDashboardPage *self);

G_END_DECLS
