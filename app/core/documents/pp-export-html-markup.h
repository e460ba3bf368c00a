/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-html-markup.h: escaped text and elements, shared by the HTML
 * writer and its SVG charts. */

#pragma once

#include "pp-document-blocks.h"

G_BEGIN_DECLS

void        pp_html_append_text     (GString          *out,
                                     const char       *text);
void        pp_html_append_lines    (GString          *out,
                                     const char       *text);
void        pp_html_append_element  (GString          *out,
                                     const char       *open,
                                     const char       *text,
                                     const char       *close);
const char *pp_html_mark_name       (PpMark            mark);
const char *pp_html_mark_word       (PpMark            mark);

G_END_DECLS
