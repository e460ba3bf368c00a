/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-dialog.c: placeholder, being written. */

#include "config.h"

#include "pp-export-dialog.h"

struct _PpExportDialog
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (PpExportDialog, pp_export_dialog, ADW_TYPE_WINDOW)

static void
pp_export_dialog_class_init (PpExportDialogClass *klass)
{
}

static void
pp_export_dialog_init (PpExportDialog *self)
{
}

PpExportDialog *
pp_export_dialog_new (PpWindow *window)
{
  return g_object_new (PP_TYPE_EXPORT_DIALOG, "transient-for", window, "modal", TRUE, NULL);
}
