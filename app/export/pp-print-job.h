/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-print-job.h: PpPrintJob, a planning document built once to print or
 * preview, and the paper the export options ask for. */

#pragma once

#include <adwaita.h>

#include "pp-document.h"
#include "pp-export.h"

G_BEGIN_DECLS

/* A planning document built once for printing, shared by the print
 * operations and preview windows that show it. */
typedef struct _PpPrintJob PpPrintJob;

PpPrintJob       *pp_print_job_new            (PpPortfolio           *portfolio,
                                               const PpExportOptions *options,
                                               GError               **error);
PpPrintJob       *pp_print_job_ref            (PpPrintJob            *self);
void              pp_print_job_unref          (PpPrintJob            *self);
const PpDocument *pp_print_job_get_document   (PpPrintJob            *self);
GtkPageSetup     *pp_print_job_get_page_setup (PpPrintJob            *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpPrintJob, pp_print_job_unref)

G_END_DECLS
