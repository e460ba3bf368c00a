/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-organisation.h: PpOrganisation, a ministry, agency, company or other party of either country. */
#pragma once

#include "pp-node.h"
#include "pp-enums.h"

G_BEGIN_DECLS

#define PP_TYPE_ORGANISATION (pp_organisation_get_type ())

G_DECLARE_FINAL_TYPE (PpOrganisation, pp_organisation, PP, ORGANISATION, PpNode)

PpOrganisation *pp_organisation_new (const char *id);

const char *pp_organisation_get_name (PpOrganisation *self);
void pp_organisation_set_name (PpOrganisation *self, const char *name);
const char *pp_organisation_get_country (PpOrganisation *self);
void pp_organisation_set_country (PpOrganisation *self, const char *country);
PpOrganisationKind pp_organisation_get_kind (PpOrganisation *self);
void pp_organisation_set_kind (PpOrganisation *self, PpOrganisationKind kind);
GListModel *pp_organisation_get_contacts (PpOrganisation *self);
char *pp_organisation_describe_contacts (PpOrganisation *self);

G_END_DECLS

