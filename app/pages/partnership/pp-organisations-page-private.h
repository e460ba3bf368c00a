/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-organisations-page-private.h: what pp-organisations-page.c uses of
 * the files below it, which never call it back. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

void _pp_organisations_delete (GtkWidget      *page,
                               PpHistory      *history,
                               PpOrganisation *organisation);
void _pp_organisations_merge  (GtkWidget      *page,
                               PpHistory      *history,
                               PpOrganisation *organisation);

void _pp_organisations_show_contacts (AdwPreferencesGroup *group,
                                      GPtrArray           *rows,
                                      PpHistory           *history,
                                      PpOrganisation      *organisation);

void _pp_organisations_set_up_rows (GtkSignalListItemFactory *factory);

G_END_DECLS
