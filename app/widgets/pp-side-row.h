/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-side-row.h: the "Owed by" row of a follow-up or a milestone. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

GtkWidget *pp_side_row_new (PpHistory *history,
                            PpNode    *item);

G_END_DECLS
