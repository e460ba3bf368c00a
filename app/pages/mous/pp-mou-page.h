/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-page.h: PpMouPage, the MoU register: a sortable, filterable table
 * of the portfolio's MoUs beside an editor for the selected one. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

#define PP_TYPE_MOU_PAGE (pp_mou_page_get_type ())

G_DECLARE_FINAL_TYPE (PpMouPage, pp_mou_page, PP, MOU_PAGE, AdwBin)

void        pp_mou_page_set_history       (PpMouPage  *self,
                                           PpHistory  *history);
void        pp_mou_page_focus_search      (PpMouPage  *self);
void        pp_mou_page_set_sector_filter (PpMouPage  *self,
                                           const char *sector_id);
GListModel *pp_mou_page_get_shown         (PpMouPage  *self);
guint       pp_mou_page_get_pending       (PpMouPage  *self);
PpMou      *pp_mou_page_get_selected      (PpMouPage  *self);
void        pp_mou_page_select            (PpMouPage  *self,
                                           PpMou      *mou);

G_END_DECLS
