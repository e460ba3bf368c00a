/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-import.c: the window's Import…: a file chooser of registers,
 * a register dropped on the window, the Import dialog for it, and the
 * toast with Undo once it is imported.
 *
 * Like pp-window-actions.c, this file is below pp-window.c: it works on
 * the window's struct and never calls pp-window.c. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-format.h"
#include "pp-import-dialog.h"
#include "pp-window-private.h"

/* What a register is kept in; a drop of one of these is imported, not opened. */
static const char *register_suffixes[] = { "csv", "tsv", "txt", "xlsx", "ods" };

static void
imported_cb (PpImportDialog *dialog,
             guint           added,
             guint           updated,
             PpWindow       *self)
{
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (updated == 0)
    message = pp_sentence_new (ngettext ("Imported %u MoU", "Imported %u MoUs", added), added);
  else if (added == 0)
    message = pp_sentence_new (ngettext ("Updated %u MoU from the register",
                                         "Updated %u MoUs from the register", updated),
                               updated);
  else
    {
      /* Translators: how many of the imported MoUs are new, "10 new", put into
       * "Imported 12 MoUs: 10 new, 2 updated" */
      g_autofree char *new_text = pp_sentence_new (ngettext ("%u new", "%u new", added),
                                                   added);
      /* Translators: how many MoUs an import updated, "2 updated" */
      g_autofree char *updated_text = pp_sentence_new (ngettext ("%u updated", "%u updated",
                                                                 updated), updated);

      /* Translators: a toast, "Imported 12 MoUs: 10 new, 2 updated"; the two %s are
       * "10 new" and "2 updated". */
      message = pp_sentence_new (ngettext ("Imported %u MoU: %s, %s",
                                           "Imported %u MoUs: %s, %s", added + updated),
                                 added + updated, new_text, updated_text);
    }
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  _pp_window_add_toast (self, toast);
}

/**
 * _pp_window_import:
 *
 * Opens the Import dialog on @file, or says why it cannot be read.
 */
void
_pp_window_import (PpWindow *self,
                   GFile    *file)
{
  g_autoptr(GError) error = NULL;
  PpImportDialog *dialog = pp_import_dialog_new (GTK_WINDOW (self), self->history, file, &error);

  if (dialog == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = NULL;

      /* Translators: the heading of an error, "Cannot Import “old.xls”" */
      heading = pp_sentence_new (_("Cannot Import “%s”"), name);
      _pp_window_show_error (self, heading, error->message);
      return;
    }
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Whether @file's name says it is a register rather than a portfolio. */
gboolean
_pp_window_is_register (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;

  for (guint i = 0; lower != NULL && i < G_N_ELEMENTS (register_suffixes); i++)
    {
      g_autofree char *suffix = g_strconcat (".", register_suffixes[i], NULL);

      if (g_str_has_suffix (lower, suffix))
        return TRUE;
    }
  return FALSE;
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    PpWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    _pp_window_import (self, file);
}

static void
add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) registers = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (registers, _("Registers (CSV, TSV, XLSX, ODS)"));
  for (guint i = 0; i < G_N_ELEMENTS (register_suffixes); i++)
    gtk_file_filter_add_suffix (registers, register_suffixes[i]);
  gtk_file_filter_add_mime_type (registers, "text/csv");
  gtk_file_filter_add_mime_type (registers, "text/tab-separated-values");
  gtk_file_filter_add_mime_type (registers,
                                 "application/vnd.openxmlformats-officedocument."
                                 "spreadsheetml.sheet");
  gtk_file_filter_add_mime_type (registers, "application/vnd.oasis.opendocument.spreadsheet");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, registers);
  gtk_file_chooser_add_filter (chooser, all);
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  PpWindow *self = user_data;
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Import a Register of MoUs"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                                         _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* The window keeps it until it answers. */
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* "win.import-file" with a URI: the dialog for a register known already. */
static void
import_file_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  _pp_window_import (user_data, file);
}

static const GActionEntry import_actions[] = {
  { "import", import_activated },
  { "import-file", import_file_activated, "s" },
};

void
_pp_window_install_import_actions (PpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), import_actions,
                                   G_N_ELEMENTS (import_actions), self);
}
