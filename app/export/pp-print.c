/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-print.c: printing a planning document through GtkPrintOperation.
 *
 * The pages come from the core's page layout, the same one the PDF export
 * draws, with the Cairo context in points from the paper's corner as on
 * the PDF surface. The print dialog's Preview button, like the Export
 * dialog's Print Preview, opens our own preview window rather than an
 * external viewer that may not be installed. The job (pp-print-job.c)
 * knows neither: printing opens the previews, and gives each the way
 * back to the print dialog.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-page-layout.h"
#include "pp-print.h"
#include "pp-print-preview.h"

/* What one print operation needs until it is done; the operation owns it. */
typedef struct
{
  PpPrintJob *job;
  PpPageLayout *layout;       /* from begin-print */
  GtkWindow *parent;          /* weak */
  gboolean running;           /* holding a reference on the operation until "done" */
  gboolean reported;          /* an error was shown already */
} Printing;

/* The printer, copies and so on, kept from one print to the next while the
 * application runs. */
static GtkPrintSettings *last_settings;

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
printing_free (gpointer data)
{
  Printing *printing = data;

  g_clear_pointer (&printing->job, pp_print_job_unref);
  g_clear_pointer (&printing->layout, pp_page_layout_free);
  g_clear_weak_pointer (&printing->parent);
  g_free (printing);
}

/* Lays the document out on the paper chosen in the dialog, measuring text
 * on the printer's own context. */
static void
operation_begin_print_cb (GtkPrintOperation *operation,
                          GtkPrintContext   *context,
                          Printing          *printing)
{
  guint n_pages;

  g_clear_pointer (&printing->layout, pp_page_layout_free);
  printing->layout = pp_page_layout_new (pp_print_job_get_document (printing->job),
                                         gtk_print_context_get_width (context),
                                         gtk_print_context_get_height (context));
  n_pages = pp_page_layout_paginate (printing->layout,
                                     gtk_print_context_get_cairo_context (context));
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
operation_draw_page_cb (GtkPrintOperation *operation,
                        GtkPrintContext   *context,
                        int                page,
                        Printing          *printing)
{
  g_assert (printing->layout != NULL);

  if (page >= 0 && (guint) page < pp_page_layout_get_n_pages (printing->layout))
    pp_page_layout_draw_page (printing->layout, gtk_print_context_get_cairo_context (context),
                              page);
}

static void run_print_dialog (PpPrintJob   *job,
                              GtkPageSetup *page_setup,
                              GtkWindow    *parent);

/* Our preview of @job, whose Print button comes back to the print dialog. */
static void
open_preview (PpPrintJob   *job,
              GtkPageSetup *page_setup,
              GtkWindow    *parent)
{
  PpPrintPreview *window = pp_print_preview_new (parent, job, page_setup, run_print_dialog);

  gtk_window_present (GTK_WINDOW (window));
}

/* GTK lays the pages out before it says the preview is ready; ours lays
 * them out itself, so the operation ends here, without drawing. */
static void
preview_ready_cb (GtkPrintOperationPreview *preview,
                  GtkPrintContext          *context,
                  gpointer                  user_data)
{
  gtk_print_operation_preview_end_preview (preview);
}

/* The print dialog's Preview button: our window, on the paper chosen in the
 * dialog, instead of GTK's external previewer. */
static gboolean
operation_preview_cb (GtkPrintOperation        *operation,
                      GtkPrintOperationPreview *preview,
                      GtkPrintContext          *context,
                      GtkWindow                *parent,
                      Printing                 *printing)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  /* GTK aborts when a handled preview leaves the print context without a
   * Cairo context, though nothing is drawn on it. */
  gtk_print_context_set_cairo_context (context, cr, 72.0, 72.0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_signal_connect (preview, "ready", G_CALLBACK (preview_ready_cb), NULL);

  open_preview (printing->job, gtk_print_context_get_page_setup (context), parent);
  return TRUE;
}

static void
report_error (Printing     *printing,
              const GError *error)
{
  if (printing->reported)
    return;
  printing->reported = TRUE;
  show_error (printing->parent, _("Could Not Print"),
              error != NULL ? error->message : _("The printing system reported an error."));
}

/* An operation run without the dialog (an export) has no settings of its
 * own, and does not forget the last printer. */
static void
remember_settings (GtkPrintOperation *operation)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);

  if (settings != NULL)
    g_set_object (&last_settings, settings);
}

static void
operation_done_cb (GtkPrintOperation       *operation,
                   GtkPrintOperationResult  result,
                   Printing                *printing)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    remember_settings (operation);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      report_error (printing, error);
    }

  /* This may finalize the operation, and @printing with it. */
  if (printing->running)
    {
      printing->running = FALSE;
      g_object_unref (operation);
    }
}

/**
 * pp_print_create_operation:
 * @page_setup: (nullable): the paper to offer first; %NULL for the job's
 * @parent: (nullable): where to show errors and the preview
 *
 * A print operation that draws @job's pages, in points from the paper's
 * corner, remembering the settings of the last print; its Preview opens
 * our preview. pp_print_document() runs it with the print dialog; the
 * tests export it to a PDF file.
 *
 * Returns: (transfer full): the operation
 */
GtkPrintOperation *
pp_print_create_operation (PpPrintJob   *job,
                           GtkPageSetup *page_setup,
                           GtkWindow    *parent)
{
  GtkPrintOperation *operation;
  Printing *printing;
  const char *title;

  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (page_setup == NULL || GTK_IS_PAGE_SETUP (page_setup), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  printing = g_new0 (Printing, 1);
  printing->job = pp_print_job_ref (job);
  g_set_weak_pointer (&printing->parent, parent);

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "pp-printing", printing, printing_free);
  title = pp_print_job_get_document (job)->title;
  gtk_print_operation_set_job_name (operation, title != NULL && *title != '\0'
                                               ? title : _("Portfolio"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation,
                                              page_setup != NULL
                                              ? page_setup : pp_print_job_get_page_setup (job));
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);

  g_signal_connect (operation, "begin-print", G_CALLBACK (operation_begin_print_cb), printing);
  g_signal_connect (operation, "draw-page", G_CALLBACK (operation_draw_page_cb), printing);
  g_signal_connect (operation, "preview", G_CALLBACK (operation_preview_cb), printing);
  g_signal_connect (operation, "done", G_CALLBACK (operation_done_cb), printing);
  return operation;
}

/* Shows the print dialog on the paper @page_setup, and prints in the
 * background; errors are shown on @parent. */
static void
run_print_dialog (PpPrintJob   *job,
                  GtkPageSetup *page_setup,
                  GtkWindow    *parent)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  Printing *printing;

  operation = pp_print_create_operation (job, page_setup, parent);
  printing = g_object_get_data (G_OBJECT (operation), "pp-printing");
  /* The dialog answers later: keep the operation until "done". */
  printing->running = TRUE;
  g_object_ref (operation);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                    &error);
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    return;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    report_error (printing, error);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    remember_settings (operation);
  if (printing->running)
    {
      printing->running = FALSE;
      g_object_unref (operation);
    }
}

/**
 * pp_print_document:
 * @parent: the window the print dialog or preview belongs to
 * @preview: %TRUE to open the print preview, %FALSE for the print dialog
 *
 * Prints, or previews, the planning document that @options describe. A
 * document that cannot be built (an unknown venture) is reported on
 * @parent.
 */
void
pp_print_document (GtkWindow             *parent,
                   PpPortfolio           *portfolio,
                   const PpExportOptions *options,
                   gboolean               preview)
{
  g_autoptr(PpPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (PP_IS_PORTFOLIO (portfolio));
  g_return_if_fail (options != NULL);

  job = pp_print_job_new (portfolio, options, &error);
  if (job == NULL)
    {
      show_error (parent, preview ? _("Could Not Show the Print Preview") : _("Could Not Print"),
                  error->message);
      return;
    }

  if (preview)
    open_preview (job, pp_print_job_get_page_setup (job), parent);
  else
    run_print_dialog (job, pp_print_job_get_page_setup (job), parent);
}
