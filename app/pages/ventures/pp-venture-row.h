/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-venture-row.h: one venture in the Joint Ventures list. */

#pragma once

#include <gtk/gtk.h>

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_VENTURE_ROW (pp_venture_row_get_type ())

G_DECLARE_FINAL_TYPE (PpVentureRow, pp_venture_row, PP, VENTURE_ROW, GtkBox)

GtkWidget *pp_venture_row_new         (void);
void       pp_venture_row_set_venture (PpVentureRow *self,
                                       PpPortfolio  *portfolio,
                                       PpVenture    *venture);
PpVenture *pp_venture_row_get_venture (PpVentureRow *self);

G_END_DECLS
