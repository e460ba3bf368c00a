/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-accessible.h: what screen readers are told where GTK 4.8 and
 * libadwaita 1.2 tell it wrong: buttons with a mnemonic named twice, and
 * entry rows whose focus is never reported. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void pp_accessible_fix_tree (GtkWidget *root);

G_END_DECLS
