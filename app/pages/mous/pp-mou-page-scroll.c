/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-page-scroll.c: how the register scrolls sideways when the window
 * is too narrow for its columns: Left and Right from a row. */

#include "config.h"

#include "pp-mou-page-private.h"

/* Whether the focus is in one of the register's rows, not its headers. */
static gboolean
focus_in_rows (PpMouPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->column_view)) &&
         focus != header && !gtk_widget_is_ancestor (focus, header);
}

/* A row of the register has no cells to move between, so Left and Right
 * scroll it sideways: in a narrow window that is how the keyboard reaches
 * the columns out of sight. */
static gboolean
register_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         PpMouPage             *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->register_scroll);
  double step = gtk_adjustment_get_page_size (adjustment) / 2;

  if ((state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK)) != 0 || !focus_in_rows (self))
    return FALSE;
  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    step = -step;
  else if (keyval != GDK_KEY_Right && keyval != GDK_KEY_KP_Right)
    return FALSE;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + step);
  return TRUE;
}

void
pp_mou_page_add_sideways_scroll (PpMouPage *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (register_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), key);
}
