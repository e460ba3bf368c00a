/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-layout.c: placeholder. */

#include "config.h"

#include "pp-page-layout.h"

struct _PpPageLayout
{
  const PpDocument *document;
  double width;
  double height;
};

PpPageLayout *
pp_page_layout_new (const PpDocument *document,
                    double            width,
                    double            height)
{
  PpPageLayout *self = g_new0 (PpPageLayout, 1);

  self->document = document;
  self->width = width;
  self->height = height;
  return self;
}

void
pp_page_layout_free (PpPageLayout *self)
{
  g_free (self);
}

guint
pp_page_layout_paginate (PpPageLayout *self,
                         cairo_t      *cr)
{
  return 1;
}

guint
pp_page_layout_get_n_pages (PpPageLayout *self)
{
  return 1;
}

void
pp_page_layout_draw_page (PpPageLayout *self,
                          cairo_t      *cr,
                          guint         page)
{
}
