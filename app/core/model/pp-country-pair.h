/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-country-pair.h: PpCountryPair, the two partner countries of a portfolio. */
#pragma once

#include "pp-node.h"

G_BEGIN_DECLS

#define PP_TYPE_COUNTRY_PAIR (pp_country_pair_get_type ())

G_DECLARE_FINAL_TYPE (PpCountryPair, pp_country_pair, PP, COUNTRY_PAIR, PpNode)

PpCountryPair *pp_country_pair_new          (void);
const char    *pp_country_pair_get_first    (PpCountryPair *self);
const char    *pp_country_pair_get_second   (PpCountryPair *self);
void           pp_country_pair_set          (PpCountryPair *self,
                                             const char    *first,
                                             const char    *second);
gboolean       pp_country_pair_is_set       (PpCountryPair *self);
char         **pp_country_pair_dup_codes    (PpCountryPair *self);
gboolean       pp_country_pair_contains     (PpCountryPair *self,
                                             const char    *code);

G_END_DECLS
