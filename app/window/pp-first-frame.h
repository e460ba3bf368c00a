/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-first-frame.h: the hook by which bench-window knows that a window has
 * drawn its first frame. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pp_first_frame_watch (GtkApplication *app);

G_END_DECLS
