/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-change-row.h: PpChangeRow, how one line of the changes view looks. */
#pragma once

#include <gtk/gtk.h>

#include "pp-change-entry.h"

G_BEGIN_DECLS

#define PP_TYPE_CHANGE_ROW (pp_change_row_get_type ())

G_DECLARE_FINAL_TYPE (PpChangeRow, pp_change_row, PP, CHANGE_ROW, GtkBox)

GtkWidget *pp_change_row_new       (void);
void       pp_change_row_set_entry (PpChangeRow   *self,
                                    PpChangeEntry *entry);

char      *pp_change_row_heading   (PpChangeEntry *entry);

G_END_DECLS
