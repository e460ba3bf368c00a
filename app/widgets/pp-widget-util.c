/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-widget-util.c: small helpers shared by the editors. */

#include "config.h"

#include "pp-widget-util.h"

#include <math.h>

#include "pp-format.h"

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

static gboolean
count_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = pp_format_count ((gint64) gtk_spin_button_get_value (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
count_input_cb (GtkSpinButton *spin,
                double        *value)
{
  if (pp_parse_count (gtk_editable_get_text (GTK_EDITABLE (spin)), value))
    {
      *value = round (*value);
      return TRUE;
    }
  /* GTK applies *value even after an error: keep the value the field had,
   * which also puts its text back. */
  *value = gtk_spin_button_get_value (spin);
  return GTK_INPUT_ERROR;
}

/**
 * pp_spin_button_show_counts:
 *
 * Makes @spin show its value with grouped digits, "24,000,000", and accept
 * it typed with or without the separators; text that is not a number keeps
 * the value it had.
 */
void
pp_spin_button_show_counts (GtkSpinButton *spin)
{
  g_signal_connect (spin, "output", G_CALLBACK (count_output_cb), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (count_input_cb), NULL);
}
