/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-page-scroll.c: how the register scrolls sideways when the window
 * is too narrow for its columns: Left and Right from a row, and, right to
 * left, opening on the Title rather than on the last column.
 *
 * GTK 4.8 lays a column view out right to left by itself (the Title at the
 * right, the columns following it leftwards) and scrolls it correctly, but
 * its horizontal adjustment still counts from the left edge, so a value of
 * 0, where every register starts, shows the last columns with the Title
 * out of sight at the right. The page therefore keeps where the register
 * is scrolled to as a distance from its first column, whichever side that
 * is on, and sets the adjustment from it whenever GTK lays the columns out
 * again (the register first shown, the window resized, a column widened)
 * or the direction changes. The scroll bar, the wheel and the keys go on
 * moving the columns the way they point, so they reach every column either
 * way. */

#include "config.h"

#include "pp-mou-page-private.h"

static gboolean
is_rtl (PpMouPage *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self->column_view)) == GTK_TEXT_DIR_RTL;
}

/* The value that puts the register @from_start pixels past its first
 * column. */
static double
value_for (PpMouPage     *self,
           GtkAdjustment *adjustment,
           double         from_start)
{
  if (!is_rtl (self))
    return from_start;
  return gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) -
         from_start;
}

static void
value_changed_cb (GtkAdjustment *adjustment,
                  PpMouPage     *self)
{
  double value = gtk_adjustment_get_value (adjustment);

  /* value_for () is its own inverse. */
  self->scrolled_from_start = MAX (0, value_for (self, adjustment, value));
}

/* The frame's layout is done: lay the columns out again, at the value
 * set below, before the frame is drawn. */
static void
layout_done_cb (GdkFrameClock *clock,
                PpMouPage     *self)
{
  g_clear_signal_handler (&self->relayout_handler, clock);
  gtk_widget_queue_allocate (GTK_WIDGET (self->column_view));
}

/* GTK has laid the columns out again, keeping the value: right to left,
 * that would keep the distance from the last column instead. GTK 4.8's
 * column view places its columns by the value before it tells the
 * adjustment their width, and a change of value meanwhile, ours or the
 * adjustment keeping itself in range, is lost: so once the whole window is
 * laid out the columns are laid out once more, which GTK does in the same
 * frame. */
static void
adjustment_changed_cb (GtkAdjustment *adjustment,
                       PpMouPage     *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->column_view));

  if (!is_rtl (self))
    return;
  gtk_adjustment_set_value (adjustment, value_for (self, adjustment, self->scrolled_from_start));
  if (clock != NULL && self->relayout_handler == 0)
    self->relayout_handler = g_signal_connect_object (clock, "layout", G_CALLBACK (layout_done_cb),
                                                      self, G_CONNECT_AFTER);
}

/* A layout still to come is the old window's: forget it. */
static void
unrealize_cb (GtkWidget *view,
              PpMouPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (view);

  if (clock != NULL)
    g_clear_signal_handler (&self->relayout_handler, clock);
  self->relayout_handler = 0;
}

static void
direction_changed_cb (GtkWidget        *view,
                      GtkTextDirection  previous,
                      PpMouPage        *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->register_scroll);

  gtk_adjustment_set_value (adjustment, value_for (self, adjustment, self->scrolled_from_start));
}

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
 * the columns out of sight. Each moves the columns the way it points, so
 * right to left Left goes on through the columns and Right back towards
 * the Title. */
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

/* The adjustment is the scrolled window's for the page's whole life. */
void
pp_mou_page_add_sideways_scroll (PpMouPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->register_scroll);
  GtkEventController *key = gtk_event_controller_key_new ();

  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (value_changed_cb), self, 0);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (adjustment_changed_cb), self, 0);
  g_signal_connect_object (self->column_view, "direction-changed",
                           G_CALLBACK (direction_changed_cb), self, 0);
  g_signal_connect_object (self->column_view, "unrealize", G_CALLBACK (unrealize_cb), self, 0);

  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (register_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), key);
}
