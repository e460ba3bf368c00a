/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-history-view.h: PpHistoryView, the window listing the saved versions
 * of the open portfolio's file, newest first, to open, restore or tag. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"
#include "pp-version-store.h"

G_BEGIN_DECLS

#define PP_TYPE_HISTORY_VIEW (pp_history_view_get_type ())

G_DECLARE_FINAL_TYPE (PpHistoryView, pp_history_view, PP, HISTORY_VIEW, AdwWindow)

PpHistoryView  *pp_history_view_new       (GtkWindow      *parent,
                                           PpVersionStore *store,
                                           PpHistory      *history,
                                           GSettings      *settings);
PpVersionStore *pp_history_view_get_store (PpHistoryView  *self);
GListModel     *pp_history_view_get_model (PpHistoryView  *self);
void            pp_history_view_reload    (PpHistoryView  *self);

G_END_DECLS
