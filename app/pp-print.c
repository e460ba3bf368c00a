/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-print.c: placeholder, being written. */

#include "config.h"

#include "pp-print.h"

void
pp_print_document (GtkWindow             *parent,
                   PpPortfolio           *portfolio,
                   const PpExportOptions *options,
                   gboolean               preview)
{
}
