/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-print-job.c: PpPrintJob, the planning document that printing and the
 * print preview share, built once from the export options. It knows
 * nothing of the print dialog or the preview: pp-print.c prints it and
 * pp-print-preview.c shows it. */

#include "config.h"

#include "pp-print-job.h"

struct _PpPrintJob
{
  PpDocument *document;
  GtkPageSetup *page_setup;   /* the paper the options asked for */
};

static GtkPageSetup *
new_page_setup (PpPaper paper)
{
  g_autoptr(GtkPaperSize) size = NULL;
  GtkPageSetup *page_setup = gtk_page_setup_new ();

  size = gtk_paper_size_new (paper == PP_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                      : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (page_setup, size);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return page_setup;
}

/**
 * pp_print_job_new:
 *
 * Builds the planning document that @options describe, to print or
 * preview.
 *
 * Returns: (transfer full): the job, or %NULL with @error set (an unknown
 *   venture, say)
 */
PpPrintJob *
pp_print_job_new (PpPortfolio           *portfolio,
                  const PpExportOptions *options,
                  GError               **error)
{
  PpPrintJob *self;
  PpDocument *document;

  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document = pp_document_new (portfolio, options, error);
  if (document == NULL)
    return NULL;

  self = g_rc_box_new0 (PpPrintJob);
  self->document = document;
  self->page_setup = new_page_setup (options->paper);
  return self;
}

PpPrintJob *
pp_print_job_ref (PpPrintJob *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_rc_box_acquire (self);
}

static void
print_job_clear (gpointer data)
{
  PpPrintJob *self = data;

  g_clear_pointer (&self->document, pp_document_free);
  g_clear_object (&self->page_setup);
}

void
pp_print_job_unref (PpPrintJob *self)
{
  g_return_if_fail (self != NULL);
  g_rc_box_release_full (self, print_job_clear);
}

const PpDocument *
pp_print_job_get_document (PpPrintJob *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->document;
}

/**
 * pp_print_job_get_page_setup:
 *
 * Returns: (transfer none): the paper the export options asked for
 */
GtkPageSetup *
pp_print_job_get_page_setup (PpPrintJob *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->page_setup;
}
