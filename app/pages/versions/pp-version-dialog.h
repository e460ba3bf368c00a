/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-dialog.h: PpVersionDialog, asking the message of a version
 * being saved or the label of a meeting being tagged, and, when git knows
 * no author, the user's name and e-mail once. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  PP_VERSION_DIALOG_SAVE,  /* Save Version…: the message */
  PP_VERSION_DIALOG_TAG,   /* Tag a Meeting…: the meeting's label */
} PpVersionDialogKind;

#define PP_TYPE_VERSION_DIALOG (pp_version_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PpVersionDialog, pp_version_dialog, PP, VERSION_DIALOG, AdwMessageDialog)

PpVersionDialog *pp_version_dialog_new       (GtkWindow           *parent,
                                              PpVersionDialogKind  kind,
                                              const char          *version,
                                              gboolean             ask_author);
const char      *pp_version_dialog_get_text  (PpVersionDialog     *self);
const char      *pp_version_dialog_get_name  (PpVersionDialog     *self);
const char      *pp_version_dialog_get_email (PpVersionDialog     *self);

G_END_DECLS
