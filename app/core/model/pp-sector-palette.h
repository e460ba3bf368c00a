/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sector-palette.h: the colours offered for sectors, with their names. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint       pp_sector_palette_get_n_colors (void);
const char *pp_sector_palette_get_color    (guint       index);
const char *pp_sector_palette_get_name     (guint       index);
guint       pp_sector_palette_find         (const char *color,
                                            gboolean   *exact);
const char *pp_sector_palette_name_color   (const char *color);

G_END_DECLS
