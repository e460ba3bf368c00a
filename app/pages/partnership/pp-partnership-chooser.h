/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-partnership-chooser.h: PpPartnershipChooser, a popover that finds a
 * country or a currency by typing part of its name. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PP_TYPE_PARTNERSHIP_CHOOSER (pp_partnership_chooser_get_type ())

G_DECLARE_FINAL_TYPE (PpPartnershipChooser, pp_partnership_chooser, PP, PARTNERSHIP_CHOOSER,
                      GtkPopover)

GtkWidget  *pp_partnership_chooser_new          (gboolean              currencies);
const char *pp_partnership_chooser_get_selected (PpPartnershipChooser *self);
void        pp_partnership_chooser_set_selected (PpPartnershipChooser *self,
                                                 const char           *code);

G_END_DECLS
