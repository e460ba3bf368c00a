/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-timeline.h: PpTimeline, the ventures of a portfolio on a time axis:
 * each venture's span as a bar, its milestones as markers (a simple Gantt
 * chart). */
#pragma once

#include <gtk/gtk.h>

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_TIMELINE (pp_timeline_get_type ())

G_DECLARE_FINAL_TYPE (PpTimeline, pp_timeline, PP, TIMELINE, GtkWidget)

void   pp_timeline_set_portfolio (PpTimeline  *self,
                                  PpPortfolio *portfolio);
void   pp_timeline_set_ventures  (PpTimeline  *self,
                                  GListModel  *ventures);
void   pp_timeline_set_venture   (PpTimeline  *self,
                                  PpVenture   *venture);
void   pp_timeline_zoom          (PpTimeline  *self,
                                  double       factor);
double pp_timeline_get_zoom      (PpTimeline  *self);

G_END_DECLS
