/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-dialog-private.h: the internals of PpExportDialog, shared by
 * pp-export-dialog.c, pp-export-dialog-baseline.c (the earlier copy the
 * brief is compared with) and pp-export-dialog-versions.c (that copy
 * picked among the file's saved versions). */

#pragma once

#include "pp-export-dialog.h"

G_BEGIN_DECLS

struct _PpExportDialog
{
  AdwWindow parent_instance;

  PpPortfolio *portfolio;
  GFile *portfolio_file;           /* NULL for a portfolio not saved yet */
  GSettings *settings;             /* NULL when the schema is not installed */
  GtkFileChooserNative *chooser;   /* owned while it is open */
  GCancellable *cancellable;
  GFile *target;                   /* the file being written */
  GtkStringList *venture_ids;
  GtkFileChooserNative *baseline_chooser;   /* owned while it is open */
  PpPortfolio *baseline;           /* the earlier copy, or NULL */
  char *baseline_name;             /* its file's name, or the version's label */
  char *baseline_version;          /* the version it is, or NULL for a file */
  GtkStringList *version_ids;      /* the picker's versions, "" first for none */
  guint version_loads;             /* counts the picks, so a late load is dropped */

  AdwComboRow *document_row;
  AdwComboRow *venture_row;
  AdwComboRow *format_row;
  AdwComboRow *paper_row;
  GtkLabel *content_label;
  GtkSpinner *spinner;
  GtkWidget *export_button;
  AdwActionRow *baseline_row;
  GtkWidget *baseline_clear;
  AdwComboRow *version_row;
};

void _pp_export_dialog_set_baseline          (PpExportDialog *self,
                                              PpPortfolio    *baseline,
                                              const char     *name,
                                              const char     *version);
void _pp_export_dialog_load_baseline         (PpExportDialog *self,
                                              GFile          *file);
void _pp_export_dialog_choose_baseline       (GtkWidget      *widget,
                                              const char     *action_name,
                                              GVariant       *parameter);
void _pp_export_dialog_clear_baseline        (GtkWidget      *widget,
                                              const char     *action_name,
                                              GVariant       *parameter);
void _pp_export_dialog_fill_versions         (PpExportDialog *self);
void _pp_export_dialog_watch_versions        (PpExportDialog *self);

G_END_DECLS
