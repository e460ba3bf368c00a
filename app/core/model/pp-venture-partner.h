/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-venture-partner.h: PpVenturePartner, an organisation’s equity share in a joint venture. */
#pragma once

#include "pp-node.h"
#include "pp-enums.h"

G_BEGIN_DECLS

#define PP_TYPE_VENTURE_PARTNER (pp_venture_partner_get_type ())

G_DECLARE_FINAL_TYPE (PpVenturePartner, pp_venture_partner, PP, VENTURE_PARTNER, PpNode)

PpVenturePartner *pp_venture_partner_new (void);

const char *pp_venture_partner_get_organisation (PpVenturePartner *self);
void pp_venture_partner_set_organisation (PpVenturePartner *self, const char *organisation);
double pp_venture_partner_get_share_percent (PpVenturePartner *self);
void pp_venture_partner_set_share_percent (PpVenturePartner *self, double share_percent);

G_END_DECLS

