/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-compare.h: the changes between two versions of a portfolio. */
#pragma once

#include "pp-change.h"

G_BEGIN_DECLS

GListModel *pp_portfolio_compare      (PpPortfolio     *old_portfolio,
                                       PpPortfolio     *new_portfolio);
GListModel *pp_portfolio_tree_compare (PpPortfolioTree *old_tree,
                                       PpPortfolioTree *new_tree);

G_END_DECLS
