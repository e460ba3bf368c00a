/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-pdf.c: placeholder. */

#include "config.h"

#include "pp-export-private.h"

GBytes *
pp_export_pdf (const PpDocument *document,
               PpPaper           paper,
               GError          **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not written yet");
  return NULL;
}
