/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-ics.c: placeholder until the writer lands. */

#include "config.h"

#include "pp-export-private.h"

GBytes *
pp_export_ics (PpPortfolio           *portfolio,
              const PpExportOptions *options,
              GError               **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not written yet");
  return NULL;
}
