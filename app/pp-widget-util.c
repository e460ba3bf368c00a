/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-widget-util.c: small helpers shared by the editors. */

#include "config.h"

#include "pp-widget-util.h"

/**
 * pp_on_focus_leave:
 * @callback: called as callback (data) when the focus leaves @widget
 *
 * The editors use it to end an undo step that merges typing when the user
 * leaves a field.
 */
void
pp_on_focus_leave (GtkWidget *widget,
                   GCallback  callback,
                   gpointer   data)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", callback, data);
  gtk_widget_add_controller (widget, focus);
}
