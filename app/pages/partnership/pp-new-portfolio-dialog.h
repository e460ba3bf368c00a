/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-new-portfolio-dialog.h: PpNewPortfolioDialog, the two steps of a new
 * portfolio: its countries and title, then its first sectors. */
#pragma once

#include <adwaita.h>

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_NEW_PORTFOLIO_DIALOG (pp_new_portfolio_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PpNewPortfolioDialog, pp_new_portfolio_dialog, PP, NEW_PORTFOLIO_DIALOG,
                      AdwWindow)

PpNewPortfolioDialog *pp_new_portfolio_dialog_new (GtkWindow *parent);

G_END_DECLS
