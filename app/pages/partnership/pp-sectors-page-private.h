/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sectors-page-private.h: what pp-sectors-page.c uses of the files
 * below it: a sector's row, and deleting a sector. Calls go one way: those
 * files never call pp-sectors-page.c; their buttons name its actions. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

GtkWidget *_pp_sectors_row_new          (PpHistory  *history,
                                         PpSector   *sector,
                                         gboolean    first,
                                         gboolean    last);
PpSector  *_pp_sectors_row_get_sector   (GtkWidget  *row);
void       _pp_sectors_row_set_usage    (GtkWidget  *row,
                                         const char *usage);
void       _pp_sectors_row_focus        (GtkWidget  *row,
                                         const char *what);

void       _pp_sectors_delete           (GtkWidget  *page,
                                         PpHistory  *history,
                                         PpSector   *sector);

G_END_DECLS
