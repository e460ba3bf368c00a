/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-merge.h: PpMerge, the three-way merge of two copies of a portfolio
 * with their common version: the merged portfolio and its conflicts. */
#pragma once

#include "pp-conflict.h"
#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_MERGE (pp_merge_get_type ())

G_DECLARE_FINAL_TYPE (PpMerge, pp_merge, PP, MERGE, GObject)

PpMerge     *pp_portfolio_merge         (PpPortfolio  *base,
                                         PpPortfolio  *ours,
                                         PpPortfolio  *theirs,
                                         GError      **error);
PpPortfolio *pp_merge_get_portfolio     (PpMerge      *self);
GListModel  *pp_merge_get_conflicts     (PpMerge      *self);
gboolean     pp_merge_rebuild           (PpMerge      *self,
                                         GError      **error);

G_END_DECLS
