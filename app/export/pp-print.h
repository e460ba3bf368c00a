/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-print.h: printing a planning document, and opening its print
 * preview, with the same page layout as the PDF export. */

#pragma once

#include <adwaita.h>

#include "pp-export.h"
#include "pp-print-job.h"

G_BEGIN_DECLS

GtkPrintOperation *pp_print_create_operation (PpPrintJob            *job,
                                              GtkPageSetup          *page_setup,
                                              GtkWindow             *parent);
void               pp_print_document         (GtkWindow             *parent,
                                              PpPortfolio           *portfolio,
                                              const PpExportOptions *options,
                                              gboolean               preview);

G_END_DECLS
