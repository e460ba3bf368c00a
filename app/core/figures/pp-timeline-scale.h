/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-timeline-scale.h: the mapping between dates and positions on a
 * timeline, and the ticks of its axis, as pure functions. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PP_TIMELINE_MONTHS,
  PP_TIMELINE_QUARTERS,
  PP_TIMELINE_YEARS,
} PpTimelineUnit;

typedef struct
{
  guint32 start;    /* julian day at x = 0 */
  guint32 end;      /* julian day at x = width */
  double width;
} PpTimelineScale;

void           pp_timeline_scale_init        (PpTimelineScale       *scale,
                                              const GDate           *start,
                                              const GDate           *end,
                                              double                 width);
double         pp_timeline_scale_to_x        (const PpTimelineScale *scale,
                                              const GDate           *date);
void           pp_timeline_scale_to_date     (const PpTimelineScale *scale,
                                              double                 x,
                                              GDate                 *date);
PpTimelineUnit pp_timeline_scale_choose_unit (const PpTimelineScale *scale,
                                              double                 min_spacing);
GArray        *pp_timeline_scale_ticks       (const PpTimelineScale *scale,
                                              PpTimelineUnit         unit);
char          *pp_timeline_format_tick       (const GDate           *date,
                                              PpTimelineUnit         unit);

G_END_DECLS
