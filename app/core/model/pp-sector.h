/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sector.h: PpSector, a field of cooperation (agriculture, mining) with its colour. */
#pragma once

#include "pp-node.h"
#include "pp-enums.h"

G_BEGIN_DECLS

#define PP_TYPE_SECTOR (pp_sector_get_type ())

G_DECLARE_FINAL_TYPE (PpSector, pp_sector, PP, SECTOR, PpNode)

PpSector *pp_sector_new (const char *id);

const char *pp_sector_get_name (PpSector *self);
void pp_sector_set_name (PpSector *self, const char *name);
const char *pp_sector_get_color (PpSector *self);
void pp_sector_set_color (PpSector *self, const char *color);
const char *pp_sector_get_description (PpSector *self);
void pp_sector_set_description (PpSector *self, const char *description);

G_END_DECLS

