/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-partnership-dialog.h: PpPartnershipDialog, the partnership itself: its
 * title, description, two countries and default currency. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

#define PP_TYPE_PARTNERSHIP_DIALOG (pp_partnership_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PpPartnershipDialog, pp_partnership_dialog, PP, PARTNERSHIP_DIALOG,
                      AdwPreferencesWindow)

PpPartnershipDialog *pp_partnership_dialog_new       (GtkWindow           *parent,
                                                      PpHistory           *history);
void                 pp_partnership_dialog_show_page (PpPartnershipDialog *self,
                                                      const char          *name);

G_END_DECLS
