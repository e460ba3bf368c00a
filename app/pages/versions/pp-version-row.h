/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-row.h: PpVersionRow, one version in the History view: its
 * message, date, author, meetings and summary, and a menu of what can be
 * done with it. */
#pragma once

#include <gtk/gtk.h>

#include "pp-version.h"

G_BEGIN_DECLS

#define PP_TYPE_VERSION_ROW (pp_version_row_get_type ())

G_DECLARE_FINAL_TYPE (PpVersionRow, pp_version_row, PP, VERSION_ROW, GtkWidget)

PpVersion *pp_version_row_get_version   (PpVersionRow *self);
void       pp_version_row_set_version   (PpVersionRow *self,
                                         PpVersion    *version);
char      *pp_version_describe_time     (PpVersion    *version);

G_END_DECLS
