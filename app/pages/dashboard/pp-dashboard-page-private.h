/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-dashboard-page-private.h: what pp-dashboard-page.c uses of
 * pp-dashboard-page-lists.c and pp-dashboard-page-cards.c, which never
 * call it back. */
#pragma once

#include <gtk/gtk.h>

#include "pp-summary.h"

G_BEGIN_DECLS

void _pp_dashboard_bind_first (GtkListBox *list,
                               GListModel *model,
                               guint       shown,
                               const char *empty);

GtkWidget *_pp_dashboard_add_label       (GtkBox          *box,
                                         const char      *text,
                                         const char      *css_class);
void       _pp_dashboard_add_commitments (GtkBox          *box,
                                         GPtrArray       *commitments);
void       _pp_dashboard_fill_card       (GtkBox          *box,
                                         PpSectorSummary *summary);

G_END_DECLS
