/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-html-charts.h: the SVG charts that the HTML writer puts inline. */

#pragma once

#include "pp-document-blocks.h"

G_BEGIN_DECLS

void        pp_html_append_bars     (GString          *out,
                                     const PpDocument *document,
                                     const PpBlock    *block);
void        pp_html_append_timeline (GString          *out,
                                     const PpDocument *document,
                                     const PpBlock    *block);

G_END_DECLS
