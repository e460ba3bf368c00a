/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-timeline-private.h: what the timeline's widget and its drawing share:
 * its sizes and what one frame draws. */

#pragma once

#include "pp-timeline-scale.h"
#include "pp-timeline.h"

G_BEGIN_DECLS

#define LABEL_WIDTH 190.0
#define MIN_LABEL_WIDTH 96.0
#define MIN_CHART_WIDTH 160.0
#define ROW_HEIGHT 34.0
#define AXIS_HEIGHT 28.0
#define MARKER 6.0
#define PAD 8.0

/* The rows one drawing holds. */
#define PP_TIMELINE_BAND_ROWS 24

/* What every band of a frame draws alike. */
typedef struct
{
  GPtrArray *ventures;          /* the dated ventures, one row each */
  PpPortfolio *portfolio;
  gboolean names;               /* the ventures' names before their rows */
  PpTimelineScale scale;
  GArray *ticks;
  PpTimelineUnit unit;
  double labels;
  GDate today;
  GdkRGBA fg;
  int width;
  int height;
} PpTimelineFrame;

gboolean _pp_timeline_milestone_overdue (PpMilestone     *milestone,
                                         const GDate     *today);
void     _pp_timeline_draw_band         (GtkWidget       *widget,
                                         GtkSnapshot     *snapshot,
                                         PpTimelineFrame *f,
                                         guint            first);

G_END_DECLS
