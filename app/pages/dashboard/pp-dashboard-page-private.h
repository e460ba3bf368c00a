/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-dashboard-page-private.h: what pp-dashboard-page.c uses of
 * pp-dashboard-page-lists.c, which never calls it back. */
#pragma once

#include <gtk/gtk.h>

#include "pp-summary.h"

G_BEGIN_DECLS

void _pp_dashboard_bind_first (GtkListBox *list,
                               GListModel *model,
                               guint       shown,
                               const char *empty);

G_END_DECLS
