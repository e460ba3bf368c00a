/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-bar-chart.h: PpBarChart, horizontal (stacked) bars drawn with
 * GtkSnapshot and Cairo, readable in light and dark styles, with the same
 * numbers as text for screen readers. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PP_TYPE_BAR_CHART (pp_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (PpBarChart, pp_bar_chart, PP, BAR_CHART, GtkWidget)

GtkWidget *pp_bar_chart_new        (void);
void       pp_bar_chart_set_series (PpBarChart         *self,
                                    guint               n_series,
                                    const char * const *names,
                                    const GdkRGBA      *colors);
void       pp_bar_chart_set_rows   (PpBarChart         *self,
                                    guint               n_rows,
                                    const char * const *labels,
                                    const double       *values,
                                    const char         *axis_label);
void       pp_bar_chart_set_currency (PpBarChart       *self,
                                      const char       *currency);

G_END_DECLS
