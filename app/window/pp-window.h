/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window.h: PpWindow, one window per open portfolio. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"
#include "pp-portfolio.h"
#include "pp-recovery.h"

G_BEGIN_DECLS

#define PP_TYPE_WINDOW (pp_window_get_type ())

G_DECLARE_FINAL_TYPE (PpWindow, pp_window, PP, WINDOW, AdwApplicationWindow)

PpWindow    *pp_window_new           (GtkApplication *application,
                                      PpPortfolio    *portfolio,
                                      GFile          *file);
PpPortfolio *pp_window_get_portfolio (PpWindow       *self);
PpHistory   *pp_window_get_history   (PpWindow       *self);
GtkWidget   *pp_window_get_page      (PpWindow       *self,
                                      const char     *name);
GFile       *pp_window_get_file      (PpWindow       *self);
gboolean     pp_window_is_pristine   (PpWindow       *self);
void         pp_window_adopt_recovery (PpWindow      *self,
                                       PpRecovery    *recovery);

G_END_DECLS
