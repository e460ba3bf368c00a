/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-changes-window.h: PpChangesWindow, the changes from another version
 * of a portfolio to the open one. */
#pragma once

#include <adwaita.h>

#include "pp-change-entry.h"

G_BEGIN_DECLS

#define PP_TYPE_CHANGES_WINDOW (pp_changes_window_get_type ())

G_DECLARE_FINAL_TYPE (PpChangesWindow, pp_changes_window, PP, CHANGES_WINDOW, AdwWindow)

PpChangesWindow *pp_changes_window_new (GtkWindow  *parent,
                                        GListModel *changes,
                                        const char *other_name);

G_END_DECLS
