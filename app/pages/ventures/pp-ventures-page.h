/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-ventures-page.h: PpVenturesPage, the joint-venture planning editor
 * with the ventures' timeline. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

#define PP_TYPE_VENTURES_PAGE (pp_ventures_page_get_type ())

G_DECLARE_FINAL_TYPE (PpVenturesPage, pp_ventures_page, PP, VENTURES_PAGE, AdwBin)

void       pp_ventures_page_set_history       (PpVenturesPage *self,
                                               PpHistory      *history);
void       pp_ventures_page_set_sector_filter (PpVenturesPage *self,
                                               const char     *sector_id);
void       pp_ventures_page_select            (PpVenturesPage *self,
                                               PpVenture      *venture);
void       pp_ventures_page_show_milestone    (PpVenturesPage *self,
                                               PpMilestone    *milestone);
PpVenture *pp_ventures_page_get_selected      (PpVenturesPage *self);
void       pp_ventures_page_focus_search      (PpVenturesPage *self);
PpVenture *pp_ventures_page_plan_from_mou     (PpVenturesPage *self,
                                               PpMou          *mou);

G_END_DECLS
