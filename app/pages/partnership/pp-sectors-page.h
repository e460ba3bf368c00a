/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sectors-page.h: PpSectorsPage, the portfolio's sectors: add, rename,
 * recolour, describe, reorder and delete them. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

#define PP_TYPE_SECTORS_PAGE (pp_sectors_page_get_type ())

G_DECLARE_FINAL_TYPE (PpSectorsPage, pp_sectors_page, PP, SECTORS_PAGE, AdwPreferencesPage)

GtkWidget *pp_sectors_page_new (PpHistory *history);

G_END_DECLS
