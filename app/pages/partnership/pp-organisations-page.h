/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-organisations-page.h: PpOrganisationsPage, the portfolio's
 * organisations: find, add, edit, merge and delete them, and their
 * contacts. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

#define PP_TYPE_ORGANISATIONS_PAGE (pp_organisations_page_get_type ())

G_DECLARE_FINAL_TYPE (PpOrganisationsPage, pp_organisations_page, PP, ORGANISATIONS_PAGE,
                      AdwPreferencesPage)

GtkWidget *pp_organisations_page_new (PpHistory *history);

G_END_DECLS
