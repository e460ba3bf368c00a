/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-after-paint.h: work put off until a widget's first frame is drawn. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*PpAfterPaintFunc) (GtkWidget *widget);

void pp_widget_after_first_paint (GtkWidget        *widget,
                                  PpAfterPaintFunc  func);

G_END_DECLS
