/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-first-frame.c: the hook by which bench-window knows that a window has
 * drawn its first frame.
 *
 * When PP_EXIT_AFTER_FIRST_FRAME=1 is in the environment (only the
 * benchmark sets it), the process exits as soon as the first window it
 * shows has painted its first frame, so the benchmark can time the start
 * from the outside, as a user sees it, and read the peak memory of the
 * process that drew it. Nothing else reads the variable.
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
window_realize_cb (GtkWidget *window,
                   gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (frame_clock_after_paint_cb), NULL);
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
 * PP_EXIT_AFTER_FIRST_FRAME=1 is set; does nothing otherwise.
 */
void
pp_first_frame_watch (GtkApplication *app)
{
  if (g_strcmp0 (g_getenv ("PP_EXIT_AFTER_FIRST_FRAME"), "1") != 0)
    return;
  g_signal_connect (app, "window-added", G_CALLBACK (app_window_added_cb), NULL);
}
