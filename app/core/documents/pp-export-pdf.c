/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-pdf.c: a planning document as PDF, drawn by the page layout
 * that printing uses too. */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "pp-export-private.h"
#include "pp-page-layout.h"

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
pp_export_pdf (const PpDocument *document,
               PpPaper           paper,
               GError          **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(PpPageLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  pp_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, document->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Partnership Planner");
  cr = cairo_create (surface);

  layout = pp_page_layout_new (document, width, height);
  n_pages = pp_page_layout_paginate (layout, cr);
  for (guint i = 0; i < n_pages; i++)
    {
      pp_page_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the PDF: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
