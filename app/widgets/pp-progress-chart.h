/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-progress-chart.h: PpProgressChart, a commitment's running total over
 * time against the straight line to its target by its due date. */
#pragma once

#include <gtk/gtk.h>

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_PROGRESS_CHART (pp_progress_chart_get_type ())

G_DECLARE_FINAL_TYPE (PpProgressChart, pp_progress_chart, PP, PROGRESS_CHART, GtkWidget)

void pp_progress_chart_set_commitment (PpProgressChart *self,
                                       PpCommitment    *commitment);
void pp_progress_chart_update         (PpProgressChart *self);

G_END_DECLS
