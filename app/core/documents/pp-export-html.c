/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-html.c: a planning document as one self-contained HTML5 file:
 * styles inline, charts as inline SVG, nothing fetched, no scripts.
 *
 * The markup is also well-formed XML (every element closed, attributes
 * quoted, only XML's entities), so XML tools read it too. All text from
 * the data goes through g_markup_escape_text(), which escapes <, >, &, "
 * and '; colours from the data are used only when they are #rrggbb, and
 * numbers only when they are finite. The charts are drawn in
 * pp-export-html-charts.c, and the escaping both use is in
 * pp-export-html-markup.c. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-export-html-charts.h"
#include "pp-export-html-markup.h"
#include "pp-export-private.h"

static const char style[] =
  "body{font-family:\"Noto Sans\",\"Segoe UI\",\"DejaVu Sans\",system-ui,sans-serif;"
  "color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1.5rem;line-height:1.45;"
  "font-size:15px}"
  "header.cover{border-bottom:3px solid #1c3f6e;margin-bottom:2rem;padding-bottom:1rem}"
  "header.cover h1{color:#1c3f6e;font-size:2rem;margin:0 0 .3rem}"
  ".subtitle{font-size:1.2rem;margin:0}.note{color:#5e6672}"
  "h2{color:#1c3f6e;border-bottom:1px solid #b8c0cc;padding-bottom:.2rem;margin-top:2.5rem}"
  "h3{color:#1c3f6e}h4{margin-bottom:.4rem}"
  "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}"
  "th,td{text-align:start;vertical-align:top;padding:.3rem .5rem;border:1px solid #c5ccd6}"
  "thead th{background:#e4e9f0;border-bottom:2px solid #1c3f6e}"
  "tbody tr:nth-child(even){background:#f5f7fa}"
  "table.facts th{width:34%;color:#3d4652;font-weight:600;background:#f5f7fa}"
  "tr.mark-overdue td,tr.mark-expired td{background:#fbe9e7;color:#8a1c1c}"
  "tr.mark-overdue td:first-child,tr.mark-expired td:first-child{border-inline-start:4px solid "
  "#8a1c1c;font-weight:600}"
  ".badge{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;"
  "letter-spacing:.03em;border:1px solid currentColor;border-radius:.6rem;padding:0 .4rem;"
  "margin-inline-start:.4rem}"
  ".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
  "white-space:nowrap}"
  "p.warning{color:#8a1c1c;font-weight:600;border-inline-start:4px solid #8a1c1c;"
  "padding-inline-start:.6rem}p.muted{color:#5e6672;font-style:italic}"
  "figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}"
  "svg{max-width:100%;height:auto}"
  "hr.page-break{border:0;border-top:1px dashed #b8c0cc;margin:2rem 0}"
  "@media print{@page{margin:18mm 15mm}body{margin:0;max-width:none;font-size:10pt}"
  "hr.page-break{page-break-before:always;break-before:page;border:0;margin:0}"
  "thead{display:table-header-group}tr,figure{break-inside:avoid;page-break-inside:avoid}"
  "h2,h3,h4,figcaption{break-after:avoid;page-break-after:avoid}"
  "tr.mark-overdue td,tr.mark-expired td,thead th{-webkit-print-color-adjust:exact;"
  "print-color-adjust:exact}}";

static void
append_cover (GString          *out,
              const PpDocument *document,
              const PpBlock    *block)
{
  g_string_append (out, "<header class=\"cover\">");
  pp_html_append_element (out, "<h1 dir=\"auto\">", block->text, "</h1>");
  if (block->subtitle != NULL && *block->subtitle != '\0')
    pp_html_append_element (out, "<p class=\"subtitle\" dir=\"auto\">", block->subtitle, "</p>");
  if (block->body != NULL && *block->body != '\0')
    pp_html_append_element (out, "<p dir=\"auto\">", block->body, "</p>");
  if (block->note != NULL && *block->note != '\0')
    pp_html_append_element (out, "<p class=\"note\" dir=\"auto\">", block->note, "</p>");
  g_string_append (out, "</header>\n");
}

/* The cover holds the only <h1>; the document's levels 1 to 3 are <h2>
 * to <h4>. */
static void
append_heading (GString          *out,
                const PpDocument *document,
                const PpBlock    *block)
{
  int level = CLAMP (block->level, 1, 3) + 1;

  g_string_append_printf (out, "<h%d dir=\"auto\"", level);
  if (block->anchor != NULL)
    {
      g_string_append (out, " id=\"");
      pp_html_append_text (out, block->anchor);
      g_string_append_c (out, '"');
    }
  g_string_append_c (out, '>');
  pp_html_append_text (out, block->text);
  g_string_append_printf (out, "</h%d>\n", level);
}

static void
append_paragraph (GString          *out,
                  const PpDocument *document,
                  const PpBlock    *block)
{
  const char *class = block->style == PP_STYLE_WARNING ? " class=\"warning\""
                      : block->style == PP_STYLE_MUTED ? " class=\"muted\"" : "";

  g_string_append_printf (out, "<p%s dir=\"auto\">", class);
  if (block->style == PP_STYLE_WARNING)
    {
      /* Translators: before a warning in an HTML export */
      pp_html_append_text (out, _("Warning: "));
    }
  pp_html_append_lines (out, block->text);
  g_string_append (out, "</p>\n");
}

static void
append_facts (GString          *out,
              const PpDocument *document,
              const PpBlock    *block)
{
  g_string_append (out, "<table class=\"facts\"><tbody>");
  for (guint row = 0; row < pp_block_get_n_rows (block); row++)
    {
      pp_html_append_element (out, "<tr><th scope=\"row\" dir=\"auto\">",
                              pp_block_get_cell (block, row, 0), "</th>");
      pp_html_append_element (out, "<td dir=\"auto\">", pp_block_get_cell (block, row, 1),
                              "</td></tr>");
    }
  g_string_append (out, "</tbody></table>\n");
}

/* The columns' shares of the width, when the table has one per column. */
static void
append_columns (GString       *out,
                const PpBlock *block)
{
  if (block->widths == NULL || block->widths->len != block->n_columns)
    return;
  g_string_append (out, "<colgroup>");
  for (guint column = 0; column < block->n_columns; column++)
    {
      double width = g_array_index (block->widths, double, column);

      if (isfinite (width) && width > 0 && width <= 1)
        g_string_append_printf (out, "<col style=\"width:%.0f%%\"/>", width * 100);
      else
        g_string_append (out, "<col/>");
    }
  g_string_append (out, "</colgroup>");
}

/* A body row; an overdue or expired one carries its state as a badge
 * after the first cell's text as well as in colour and weight. */
static void
append_body_row (GString       *out,
                 const PpBlock *block,
                 guint          row)
{
  PpMark mark = PP_MARK_NONE;

  if (block->marks != NULL && row - 1 < block->marks->len)
    mark = g_array_index (block->marks, PpMark, row - 1);
  if (pp_html_mark_name (mark) != NULL)
    g_string_append_printf (out, "<tr class=\"mark-%s\">", pp_html_mark_name (mark));
  else
    g_string_append (out, "<tr>");
  for (guint column = 0; column < block->n_columns; column++)
    {
      g_string_append (out, "<td dir=\"auto\">");
      pp_html_append_lines (out, pp_block_get_cell (block, row, column));
      if (column == 0 && (mark == PP_MARK_OVERDUE || mark == PP_MARK_EXPIRED))
        g_string_append_printf (out, "<span class=\"badge\">%s</span>", pp_html_mark_word (mark));
      g_string_append (out, "</td>");
    }
  g_string_append (out, "</tr>\n");
}

/* The caption is hidden from sight only: a heading above the table says
 * the same, and screen readers still name the table by it. */
static void
append_table (GString          *out,
              const PpDocument *document,
              const PpBlock    *block)
{
  guint n_rows = pp_block_get_n_rows (block);

  if (n_rows == 0)
    return;
  pp_html_append_element (out, "<table><caption class=\"vh\" dir=\"auto\">", block->text,
                          "</caption>");
  append_columns (out, block);
  g_string_append (out, "<thead><tr>");
  for (guint column = 0; column < block->n_columns; column++)
    pp_html_append_element (out, "<th scope=\"col\" dir=\"auto\">",
                            pp_block_get_cell (block, 0, column), "</th>");
  g_string_append (out, "</tr></thead><tbody>\n");
  for (guint row = 1; row < n_rows; row++)
    append_body_row (out, block, row);
  g_string_append (out, "</tbody></table>\n");
}

static void
append_page_break (GString          *out,
                   const PpDocument *document,
                   const PpBlock    *block)
{
  g_string_append (out, "<hr class=\"page-break\"/>\n");
}

static const PpBlockWriter writer = {
  append_cover, append_heading, append_paragraph, append_facts, append_table,
  pp_html_append_bars, pp_html_append_timeline, append_page_break,
};

GBytes *
pp_export_html (const PpDocument *document,
                GError          **error)
{
  GString *out = g_string_new ("<!DOCTYPE html>\n");

  g_return_val_if_fail (document != NULL, NULL);

  g_string_append (out, "<html lang=\"");
  pp_html_append_text (out, document->language);
  if (pp_document_is_rtl (document))
    g_string_append (out, "\" dir=\"rtl");
  g_string_append (out, "\"><head><meta charset=\"utf-8\"/>"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                   "<meta name=\"generator\" content=\"Partnership Planner\"/><title>");
  pp_html_append_text (out, document->title);
  g_string_append_printf (out, "</title><style>%s</style></head>\n<body>\n", style);
  pp_document_write (document, &writer, out);
  g_string_append (out, "</body></html>\n");
  return g_string_free_to_bytes (out);
}
