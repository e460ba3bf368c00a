/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-portfolio.h: PpPortfolio, everything planned between two countries. */
#pragma once

#include "pp-commitment.h"
#include "pp-contact.h"
#include "pp-country-pair.h"
#include "pp-error.h"
#include "pp-follow-up.h"
#include "pp-milestone.h"
#include "pp-mou.h"
#include "pp-node.h"
#include "pp-organisation.h"
#include "pp-progress-entry.h"
#include "pp-risk.h"
#include "pp-sector.h"
#include "pp-venture-partner.h"
#include "pp-venture.h"

G_BEGIN_DECLS

#define PP_TYPE_PORTFOLIO (pp_portfolio_get_type ())

G_DECLARE_FINAL_TYPE (PpPortfolio, pp_portfolio, PP, PORTFOLIO, PpNode)

PpPortfolio   *pp_portfolio_new                (void);
const char    *pp_portfolio_get_title          (PpPortfolio  *self);
void           pp_portfolio_set_title          (PpPortfolio  *self,
                                                const char   *title);
const char    *pp_portfolio_get_description    (PpPortfolio  *self);
void           pp_portfolio_set_description    (PpPortfolio  *self,
                                                const char   *description);
const char    *pp_portfolio_get_currency       (PpPortfolio  *self);
void           pp_portfolio_set_currency       (PpPortfolio  *self,
                                                const char   *currency);
PpCountryPair *pp_portfolio_get_countries      (PpPortfolio  *self);

GListModel    *pp_portfolio_get_collection     (PpPortfolio  *self,
                                                PpCollection  collection);
GListModel    *pp_portfolio_get_sectors        (PpPortfolio  *self);
GListModel    *pp_portfolio_get_organisations  (PpPortfolio  *self);
GListModel    *pp_portfolio_get_mous           (PpPortfolio  *self);
GListModel    *pp_portfolio_get_ventures       (PpPortfolio  *self);
GListModel    *pp_portfolio_get_commitments    (PpPortfolio  *self);

PpNode        *pp_portfolio_lookup             (PpPortfolio  *self,
                                                PpCollection  collection,
                                                const char   *id);
guint          pp_portfolio_count_references   (PpPortfolio  *self,
                                                PpCollection  collection,
                                                const char   *id,
                                                char        **first_place);
GPtrArray     *pp_portfolio_find_problems      (PpPortfolio  *self);

G_END_DECLS
