/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-editor-follow-ups-private.h: the MoU editor's rows of follow-ups. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

GtkWidget *_pp_mou_editor_create_follow_up_row (PpFollowUp *follow_up,
                                                PpHistory  *history);
void       _pp_mou_editor_open_follow_up_row   (GtkWidget  *row);

G_END_DECLS
