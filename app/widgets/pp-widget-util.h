/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-widget-util.h: small helpers shared by the editors and the charts. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pp_on_focus_leave          (GtkWidget     *widget,
                                GCallback      callback,
                                gpointer       data);
void pp_spin_button_show_counts (GtkSpinButton *spin);
void pp_text_view_tab_moves_focus (GtkTextView *view);
char *pp_widget_isolate         (GtkWidget     *widget,
                                const char    *text);
void pp_widget_set_content_sensitive (GtkWidget *widget,
                                      gboolean   sensitive);
void pp_info_bar_set_shown       (GtkInfoBar    *bar,
                                gboolean       shown);
void pp_widget_show_text        (GtkWidget     *widget,
                                cairo_t       *cr,
                                const char    *text,
                                double         x,
                                double         y,
                                double         max_width,
                                double         align,
                                double         valign);

G_END_DECLS
