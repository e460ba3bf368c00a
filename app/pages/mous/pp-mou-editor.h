/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-editor.h: PpMouEditor, the editor of one MoU's every field. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

#define PP_TYPE_MOU_EDITOR (pp_mou_editor_get_type ())

G_DECLARE_FINAL_TYPE (PpMouEditor, pp_mou_editor, PP, MOU_EDITOR, AdwBin)

void   pp_mou_editor_set_history  (PpMouEditor *self,
                                   PpHistory   *history);
void   pp_mou_editor_set_mou      (PpMouEditor *self,
                                   PpMou       *mou);
PpMou *pp_mou_editor_get_mou      (PpMouEditor *self);
void   pp_mou_editor_focus_title  (PpMouEditor *self);
void   pp_mou_editor_add_party    (PpMouEditor *self,
                                   const char  *organisation_id);

G_END_DECLS
