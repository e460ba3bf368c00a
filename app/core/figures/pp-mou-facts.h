/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-facts.h: facts about an MoU that views, summaries and exports
 * derive from it: the next follow-up, whether it has expired, its parties'
 * names. */
#pragma once

#include "pp-portfolio.h"

G_BEGIN_DECLS

PpFollowUp *pp_mou_get_next_follow_up     (PpMou       *mou);
gboolean    pp_mou_is_expired             (PpMou       *mou,
                                           const GDate *today);
gboolean    pp_mou_has_overdue_follow_up  (PpMou       *mou,
                                           const GDate *today);
char       *pp_mou_describe_parties       (PpMou       *mou,
                                           PpPortfolio *portfolio);
const char *pp_portfolio_get_name_of      (PpPortfolio  *portfolio,
                                           PpCollection  collection,
                                           const char   *id);

G_END_DECLS
