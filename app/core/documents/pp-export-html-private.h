/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-html-private.h: what the HTML writer and its SVG charts share. */

#pragma once

#include "pp-document.h"

G_BEGIN_DECLS

void        pp_html_append_text     (GString          *out,
                                     const char       *text);
void        pp_html_append_element  (GString          *out,
                                     const char       *open,
                                     const char       *text,
                                     const char       *close);
const char *pp_html_mark_word       (PpMark            mark);

void        pp_html_append_bars     (GString          *out,
                                     const PpDocument *document,
                                     const PpBlock    *block);
void        pp_html_append_timeline (GString          *out,
                                     const PpDocument *document,
                                     const PpBlock    *block);

G_END_DECLS
