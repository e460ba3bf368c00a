/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-editor-parties-private.h: the MoU editor's rows of parties. */
#pragma once

#include <adwaita.h>

#include "pp-portfolio.h"

G_BEGIN_DECLS

void _pp_mou_editor_show_parties (GtkListBox         *list,
                                  PpPortfolio        *portfolio,
                                  const char * const *parties);

G_END_DECLS
