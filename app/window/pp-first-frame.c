/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-first-frame.c: the hook by which bench-window knows that a window has
 * drawn its first frame.
 *
 * When PP_EXIT_AFTER_FIRST_FRAME=1 is in the environment (only the
 * benchmark sets it), the process exits as soon as the first window it
 * shows has painted its first frame, so the benchmark can time the start
 * from the outside, as a user sees it, and read the peak memory of the
 * process that drew it. With PP_EXIT_AFTER_FIRST_FRAME=ready it exits at
 * the first frame painted once the window has also filled the pages and
 * lists it fills after its first frame (its "pages-ready" property), to
 * time and weigh the whole start. Nothing else reads the variable.
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "pp-first-frame.h"

/* The frame is on screen: leave at once, without tearing the portfolio
 * down, so that what the benchmark times ends with the frame. */
static void
frame_clock_after_paint_cb (GdkFrameClock *clock,
                            gpointer       user_data)
{
  fflush (stdout);
  fflush (stderr);
  _exit (0);
}

static void
watch_paint (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (frame_clock_after_paint_cb), NULL);
}

static gboolean
ready (GtkWidget *window)
{
  gboolean ready = TRUE;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (window), "pages-ready") != NULL)
    g_object_get (window, "pages-ready", &ready, NULL);
  return ready;
}

static void
pages_ready_cb (GtkWidget *window)
{
  if (ready (window))
    {
      g_signal_handlers_disconnect_by_func (window, pages_ready_cb, NULL);
      watch_paint (window);
      gtk_widget_queue_draw (window);
    }
}

static void
window_realize_cb (GtkWidget *window,
                   gpointer   user_data)
{
  if (g_strcmp0 (g_getenv ("PP_EXIT_AFTER_FIRST_FRAME"), "ready") != 0 || ready (window))
    watch_paint (window);
  else
    g_signal_connect (window, "notify::pages-ready", G_CALLBACK (pages_ready_cb), NULL);
}

static void
app_window_added_cb (GtkApplication *app,
                     GtkWindow      *window,
                     gpointer        user_data)
{
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
}

/**
 * pp_first_frame_watch:
 * @app: the application, before it shows a window
 *
 * Makes the process exit after the first frame of @app's first window when
 * PP_EXIT_AFTER_FIRST_FRAME=1 is set, or after its first frame with every
 * page filled when it is "ready"; does nothing otherwise.
 */
void
pp_first_frame_watch (GtkApplication *app)
{
  if (g_strcmp0 (g_getenv ("PP_EXIT_AFTER_FIRST_FRAME"), "1") != 0 &&
      g_strcmp0 (g_getenv ("PP_EXIT_AFTER_FIRST_FRAME"), "ready") != 0)
    return;
  g_signal_connect (app, "window-added", G_CALLBACK (app_window_added_cb), NULL);
}
