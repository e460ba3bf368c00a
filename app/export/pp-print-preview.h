/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-print-preview.h: PpPrintPreview, a window that shows the pages as
 * they will print, one at a time. */

#pragma once

#include <adwaita.h>

#include "pp-print-job.h"

G_BEGIN_DECLS

/**
 * PpPrintFunc:
 * @job: the job the preview shows
 * @page_setup: the paper it shows the pages on
 * @parent: (nullable): the window the preview belonged to
 *
 * Prints @job: what the preview's Print button does, once the preview has
 * closed.
 */
typedef void (*PpPrintFunc) (PpPrintJob   *job,
                             GtkPageSetup *page_setup,
                             GtkWindow    *parent);

#define PP_TYPE_PRINT_PREVIEW (pp_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (PpPrintPreview, pp_print_preview, PP, PRINT_PREVIEW, AdwWindow)

PpPrintPreview *pp_print_preview_new         (GtkWindow      *parent,
                                              PpPrintJob     *job,
                                              GtkPageSetup   *page_setup,
                                              PpPrintFunc     print);
guint           pp_print_preview_get_page    (PpPrintPreview *self);
void            pp_print_preview_set_page    (PpPrintPreview *self,
                                              guint           page);
guint           pp_print_preview_get_n_pages (PpPrintPreview *self);

G_END_DECLS
