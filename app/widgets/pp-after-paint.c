/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-after-paint.c: runs a function once a widget has been drawn, so what
 * it shows below the fold or on pages not shown is built after the frame
 * the user is waiting for, not before it.
 *
 * The function runs in an idle after the frame clock's first "after-paint"
 * once the widget is mapped; it never runs if the widget goes first. */

#include "config.h"

#include "pp-after-paint.h"

#define WAIT_KEY "pp-after-first-paint"

typedef struct
{
  GtkWidget *widget;          /* not owned: the wait is the widget's data */
  PpAfterPaintFunc func;
  gulong map_id;
  GdkFrameClock *clock;
  gulong paint_id;
  guint idle_id;
} Wait;

static void
wait_free (gpointer data)
{
  Wait *wait = data;

  /* At the widget's finalization its handlers are already gone, and so
   * are the frame clock's once its surface is. */
  if (g_signal_handler_is_connected (wait->widget, wait->map_id))
    g_signal_handler_disconnect (wait->widget, wait->map_id);
  if (wait->clock != NULL && g_signal_handler_is_connected (wait->clock, wait->paint_id))
    g_signal_handler_disconnect (wait->clock, wait->paint_id);
  g_clear_object (&wait->clock);
  g_clear_handle_id (&wait->idle_id, g_source_remove);
  g_free (wait);
}

static gboolean
painted_cb (gpointer data)
{
  Wait *wait = data;
  GtkWidget *widget = wait->widget;
  PpAfterPaintFunc func = wait->func;

  wait->idle_id = 0;
  g_object_set_data (G_OBJECT (widget), WAIT_KEY, NULL);
  func (widget);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Wait          *wait)
{
  g_clear_signal_handler (&wait->paint_id, wait->clock);
  g_clear_object (&wait->clock);
  wait->idle_id = g_idle_add (painted_cb, wait);
}

static void
map_cb (GtkWidget *widget,
        Wait      *wait)
{
  if (wait->clock != NULL || wait->idle_id != 0)
    return;
  wait->clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  wait->paint_id = g_signal_connect (wait->clock, "after-paint", G_CALLBACK (after_paint_cb),
                                     wait);
}

/**
 * pp_widget_after_first_paint:
 * @widget: a widget, mapped or not yet
 * @func: what to run with @widget
 *
 * Runs @func once, after the first frame drawn while @widget is mapped.
 * A widget has one such wait at a time: a second call replaces the first.
 */
void
pp_widget_after_first_paint (GtkWidget        *widget,
                             PpAfterPaintFunc  func)
{
  Wait *wait = g_new0 (Wait, 1);

  wait->widget = widget;
  wait->func = func;
  g_object_set_data_full (G_OBJECT (widget), WAIT_KEY, wait, wait_free);
  wait->map_id = g_signal_connect (widget, "map", G_CALLBACK (map_cb), wait);
  if (gtk_widget_get_mapped (widget))
    map_cb (widget, wait);
}
