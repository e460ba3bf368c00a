/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-merge-dialog.h: PpMergeDialog, a merge's conflicts shown one by one
 * with the choice of either copy's value. */
#pragma once

#include <adwaita.h>

#include "pp-merge.h"

G_BEGIN_DECLS

#define PP_TYPE_MERGE_DIALOG (pp_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PpMergeDialog, pp_merge_dialog, PP, MERGE_DIALOG, AdwWindow)

PpMergeDialog *pp_merge_dialog_new (GtkWindow  *parent,
                                    PpMerge    *merge,
                                    const char *their_name);

G_END_DECLS
