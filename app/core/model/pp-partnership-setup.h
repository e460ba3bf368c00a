/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-partnership-setup.h: setting up a partnership: a new portfolio for two
 * countries with its first sectors, and changing its countries with every
 * item that names them. */
#pragma once

#include "pp-history.h"

G_BEGIN_DECLS

/* What names one country of a portfolio. */
typedef struct
{
  guint organisations;   /* whose country it is */
  guint follow_ups;      /* of MoUs, whose side it is */
  guint milestones;      /* of ventures, whose side it is */
  guint commitments;     /* whose side it is */
} PpCountryUses;

void          pp_partnership_count_uses      (PpPortfolio          *portfolio,
                                              const char           *country,
                                              PpCountryUses        *uses);
guint         pp_country_uses_total          (const PpCountryUses  *uses);
char         *pp_country_uses_describe       (const PpCountryUses  *uses);

void          pp_partnership_set_countries   (PpHistory            *history,
                                              const char           *first,
                                              const char           *second);

char        **pp_partnership_starting_sectors (void);
PpPortfolio  *pp_partnership_new_portfolio   (const char           *title,
                                              const char           *first,
                                              const char           *second,
                                              const char * const   *sectors);

G_END_DECLS
