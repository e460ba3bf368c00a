/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-dialog-baseline.c: the earlier copy of the portfolio that the
 * Export dialog's brief is compared with, chosen as a file: choosing it,
 * loading it, and taking it away again. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-export-dialog-private.h"
#include "pp-portfolio-io.h"

typedef struct
{
  PpExportDialog *self;
  char *name;
} BaselineLoad;

static void
baseline_load_free (BaselineLoad *load)
{
  g_object_unref (load->self);
  g_free (load->name);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BaselineLoad, baseline_load_free)

static void
baseline_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(BaselineLoad) load = user_data;
  PpExportDialog *self = load->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) baseline = pp_portfolio_load_finish (result, &error);
  AdwMessageDialog *message;

  if (baseline != NULL)
    {
      _pp_export_dialog_set_baseline (self, baseline, load->name, NULL);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  message = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                        _("Could Not Compare"), NULL));
  /* Translators: "earlier.json: this is not a Partnership Planner file" */
  adw_message_dialog_format_body (message, _("%s: %s"), load->name, error->message);
  adw_message_dialog_add_response (message, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (message));
}

/* Loads @file in a thread; pp_export_dialog_set_baseline_file() says
 * what comes of it. */
void
_pp_export_dialog_load_baseline (PpExportDialog *self,
                                 GFile          *file)
{
  BaselineLoad *load = g_new0 (BaselineLoad, 1);

  load->self = g_object_ref (self);
  load->name = g_file_get_basename (file);
  pp_portfolio_load_async (file, self->cancellable, baseline_loaded_cb, load);
}

static void
baseline_chooser_response_cb (GtkNativeDialog *chooser,
                              int              response,
                              PpExportDialog  *self)
{
  g_autoptr(GFile) chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->baseline_chooser);
  if (chosen != NULL)
    _pp_export_dialog_load_baseline (self, chosen);
}

void
_pp_export_dialog_choose_baseline (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  /* The class installs this action, so @widget is the dialog; no checked
   * cast, which would call back into pp-export-dialog.c. */
  PpExportDialog *self = (PpExportDialog *) widget;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->baseline_chooser != NULL)
    return;
  /* As the window's Open does: the portfolios' own type, or their suffix
   * where the type is not installed. */
  gtk_file_filter_set_name (filter, _("Portfolios"));
  gtk_file_filter_add_mime_type (filter, PP_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "json");
  self->baseline_chooser = gtk_file_chooser_native_new (_("Compare With an Earlier Copy"),
                                                        GTK_WINDOW (self),
                                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                                        _("_Compare"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->baseline_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->baseline_chooser), filter);
  if (self->portfolio_file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->portfolio_file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->baseline_chooser), folder,
                                             NULL);
    }
  g_signal_connect (self->baseline_chooser, "response",
                    G_CALLBACK (baseline_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->baseline_chooser));
}

void
_pp_export_dialog_clear_baseline (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  /* The class installs this action, so @widget is the dialog; no checked
   * cast, which would call back into pp-export-dialog.c. */
  PpExportDialog *self = (PpExportDialog *) widget;

  _pp_export_dialog_set_baseline (self, NULL, NULL, NULL);
}
