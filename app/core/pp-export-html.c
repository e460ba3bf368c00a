/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-html.c: a planning document as one self-contained HTML5 file:
 * styles inline, charts as inline SVG, nothing fetched, no scripts.
 *
 * The markup is also well-formed XML (every element closed, attributes
 * quoted, only XML's entities), so XML tools read it too. All text from
 * the data goes through g_markup_escape_text(), which escapes <, >, &, "
 * and '; colours from the data are used only when they are #rrggbb. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-export-private.h"
#include "pp-timeline-scale.h"

#define CHART_WIDTH 640.0

static const char style[] =
  "body{font-family:\"Noto Sans\",\"DejaVu Sans\",system-ui,sans-serif;color:#1a1a1a;"
  "max-width:60rem;margin:2rem auto;padding:0 1.5rem;line-height:1.45;font-size:15px}"
  "header.cover{border-bottom:3px solid #1c3f6e;margin-bottom:2rem;padding-bottom:1rem}"
  "header.cover h1{color:#1c3f6e;font-size:2rem;margin:0 0 .3rem}"
  ".subtitle{font-size:1.2rem;margin:0}.note{color:#5e6672}"
  "h2{color:#1c3f6e;border-bottom:1px solid #b8c0cc;padding-bottom:.2rem;margin-top:2.5rem}"
  "h3{color:#1c3f6e}h4{margin-bottom:.4rem}"
  "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}"
  "th,td{text-align:start;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #b8c0cc}"
  "thead th{background:#e4e9f0}tbody tr:nth-child(even){background:#f5f7fa}"
  "table.facts th{width:34%;color:#5e6672;font-weight:600}"
  "tr.mark-overdue,tr.mark-expired{background:#fbe9e7 !important;color:#8a1c1c;"
  "box-shadow:inset 3px 0 #8a1c1c}"
  ".badge{display:inline-block;font-size:.75rem;font-weight:700;border:1px solid currentColor;"
  "border-radius:.6rem;padding:0 .4rem;margin-inline-start:.4rem}"
  "p.warning{color:#8a1c1c;font-weight:600}p.muted{color:#5e6672;font-style:italic}"
  "figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}svg{max-width:100%;height:auto}"
  "hr.page-break{border:0;border-top:1px dashed #b8c0cc;margin:2rem 0}"
  "@media print{body{margin:0;max-width:none;font-size:10pt}"
  "hr.page-break{break-after:page;border:0;margin:0}thead{display:table-header-group}"
  "tr{break-inside:avoid}h2,h3,h4{break-after:avoid}}";

static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

/* Text whose line breaks are kept, as <br/>. */
static void
append_lines (GString    *out,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "<br/>");
      append_text (out, lines[i]);
    }
}

static gboolean
is_color (const char *color)
{
  if (color == NULL || strlen (color) != 7 || color[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;
  return TRUE;
}

static void
append_cover (GString          *out,
              const PpDocument *document,
              const PpBlock    *block)
{
  g_string_append (out, "<header class=\"cover\"><h1 dir=\"auto\">");
  append_text (out, block->text);
  g_string_append (out, "</h1>");
  if (block->subtitle != NULL)
    {
      g_string_append (out, "<p class=\"subtitle\" dir=\"auto\">");
      append_text (out, block->subtitle);
      g_string_append (out, "</p>");
    }
  if (block->body != NULL && *block->body != '\0')
    {
      g_string_append (out, "<p dir=\"auto\">");
      append_lines (out, block->body);
      g_string_append (out, "</p>");
    }
  if (block->note != NULL)
    {
      g_string_append (out, "<p class=\"note\">");
      append_text (out, block->note);
      g_string_append (out, "</p>");
    }
  g_string_append (out, "</header>\n");
}

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
      append_text (out, block->anchor);
      g_string_append_c (out, '"');
    }
  g_string_append_c (out, '>');
  append_text (out, block->text);
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
      append_text (out, _("Warning: "));
    }
  append_lines (out, block->text);
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
      g_string_append (out, "<tr><th scope=\"row\">");
      append_text (out, pp_block_get_cell (block, row, 0));
      g_string_append (out, "</th><td dir=\"auto\">");
      append_lines (out, pp_block_get_cell (block, row, 1));
      g_string_append (out, "</td></tr>");
    }
  g_string_append (out, "</tbody></table>\n");
}

static const char *
mark_name (PpMark mark)
{
  switch (mark)
    {
    case PP_MARK_OVERDUE:
      return "overdue";
    case PP_MARK_EXPIRED:
      return "expired";
    case PP_MARK_DONE:
      return "done";
    case PP_MARK_NONE:
    default:
      return NULL;
    }
}

static void
append_table (GString          *out,
              const PpDocument *document,
              const PpBlock    *block)
{
  guint n_rows = pp_block_get_n_rows (block);

  g_string_append (out, "<table><caption hidden=\"hidden\">");
  append_text (out, block->text);
  g_string_append (out, "</caption><thead><tr>");
  for (guint column = 0; column < block->n_columns; column++)
    {
      g_string_append (out, "<th scope=\"col\">");
      append_text (out, pp_block_get_cell (block, 0, column));
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead><tbody>\n");
  for (guint row = 1; row < n_rows; row++)
    {
      const char *mark = mark_name (g_array_index (block->marks, PpMark, row - 1));

      if (mark != NULL)
        g_string_append_printf (out, "<tr class=\"mark-%s\">", mark);
      else
        g_string_append (out, "<tr>");
      for (guint column = 0; column < block->n_columns; column++)
        {
          g_string_append (out, "<td dir=\"auto\">");
          append_lines (out, pp_block_get_cell (block, row, column));
          g_string_append (out, "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody></table>\n");
}

/* Opens a figure with an SVG that names itself for screen readers. */
static void
open_figure (GString    *out,
             const char *caption,
             double      height)
{
  g_string_append (out, "<figure><figcaption>");
  append_text (out, caption);
  g_string_append_printf (out, "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "role=\"img\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
                          "font-family=\"Noto Sans, DejaVu Sans, sans-serif\" font-size=\"12\" "
                          "aria-label=\"", CHART_WIDTH, height, CHART_WIDTH, height);
  append_text (out, caption);
  g_string_append (out, "\"><title>");
  append_text (out, caption);
  g_string_append (out, "</title>");
}

static void
close_figure (GString *out)
{
  g_string_append (out, "</svg></figure>\n");
}

static void
append_bars (GString          *out,
             const PpDocument *document,
             const PpBlock    *block)
{
  const double row = 22, label_width = 210, track = 220;

  open_figure (out, block->text, row * block->bars->len + 4);
  for (guint i = 0; i < block->bars->len; i++)
    {
      const PpBar *bar = g_ptr_array_index (block->bars, i);
      double fraction = bar->max > 0 ? CLAMP (bar->value / bar->max, 0, 1) : 0;
      double y = i * row + 4;

      g_string_append_printf (out, "<g><title>");
      append_text (out, bar->label);
      g_string_append (out, ": ");
      append_text (out, bar->caption);
      g_string_append_printf (out, "</title><text x=\"0\" y=\"%.1f\">", y + 11);
      append_text (out, bar->label);
      g_string_append_printf (out, "</text><rect x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"12\" "
                              "fill=\"#e6e8ec\" stroke=\"#5e6672\" stroke-width=\"0.5\"/>",
                              label_width, y, track);
      g_string_append_printf (out, "<rect x=\"%.0f\" y=\"%.1f\" width=\"%.1f\" height=\"12\" "
                              "fill=\"%s\"/>", label_width, y, track * fraction,
                              is_color (bar->color) ? bar->color : "#1c3f6e");
      if (bar->expected >= 0 && bar->max > 0)
        g_string_append_printf (out, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" "
                                "stroke=\"#1a1a1a\" stroke-width=\"2\"/>",
                                label_width + track * CLAMP (bar->expected / bar->max, 0, 1),
                                label_width + track * CLAMP (bar->expected / bar->max, 0, 1),
                                y - 3, y + 15);
      g_string_append_printf (out, "<text x=\"%.0f\" y=\"%.1f\">", label_width + track + 8,
                              y + 11);
      append_text (out, bar->caption);
      g_string_append (out, "</text></g>");
    }
  close_figure (out);
}

/* A marker's shape says its state, as on paper: a diamond when open, a
 * circle when done, a triangle when overdue. */
static void
append_marker (GString *out,
               double   x,
               double   y,
               PpMark   mark)
{
  if (mark == PP_MARK_DONE)
    g_string_append_printf (out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"#1c3f6e\"/>",
                            x, y);
  else if (mark == PP_MARK_OVERDUE || mark == PP_MARK_EXPIRED)
    g_string_append_printf (out, "<path d=\"M%.1f %.1fl5.5 9.5h-11z\" fill=\"#8a1c1c\"/>",
                            x, y - 5.5);
  else
    g_string_append_printf (out, "<path d=\"M%.1f %.1fl5 5-5 5-5-5z\" fill=\"#1c3f6e\"/>",
                            x, y - 5);
}

static void
append_axis (GString               *out,
             const PpTimelineScale *scale,
             double                 x0,
             double                 bottom)
{
  PpTimelineUnit unit = pp_timeline_scale_choose_unit (scale, 50);
  g_autoptr(GArray) ticks = pp_timeline_scale_ticks (scale, unit);

  for (guint i = 0; i < ticks->len; i++)
    {
      GDate *tick = &g_array_index (ticks, GDate, i);
      double x = x0 + pp_timeline_scale_to_x (scale, tick);
      g_autofree char *label = pp_timeline_format_tick (tick, unit);

      g_string_append_printf (out, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"14\" y2=\"%.1f\" "
                              "stroke=\"#b8c0cc\" stroke-width=\"0.6\"/>", x, x, bottom);
      g_string_append_printf (out, "<text x=\"%.1f\" y=\"11\" font-size=\"10\" "
                              "fill=\"#5e6672\">", x + 2);
      append_text (out, label);
      g_string_append (out, "</text>");
    }
}

static void
append_timeline (GString          *out,
                 const PpDocument *document,
                 const PpBlock    *block)
{
  const double row = 18, label_width = 220, top = 20;
  double bottom = top + row * (block->markers->len + 1);
  PpTimelineScale scale;
  GDate start, end;

  if (!pp_block_get_timeline_range (block, &start, &end))
    return;
  pp_timeline_scale_init (&scale, &start, &end, CHART_WIDTH - label_width - 10);
  open_figure (out, block->text, bottom + 4);
  append_axis (out, &scale, label_width, bottom);
  if (g_date_valid (&block->start) && g_date_valid (&block->end))
    {
      double x0 = label_width + pp_timeline_scale_to_x (&scale, &block->start);
      double x1 = label_width + pp_timeline_scale_to_x (&scale, &block->end);

      g_string_append_printf (out, "<text x=\"0\" y=\"%.1f\">%s</text>", top + 13,
                              _("Venture"));
      g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"10\" "
                              "fill=\"#1c3f6e\"/>", x0, top + 4, MAX (x1 - x0, 1));
    }
  for (guint i = 0; i < block->markers->len; i++)
    {
      const PpTimelineMarker *marker = &g_array_index (block->markers, PpTimelineMarker, i);
      g_autofree char *date = pp_document_format_date (&marker->date);
      double y = top + row * (i + 1);

      g_string_append (out, "<g><title>");
      append_text (out, marker->label);
      g_string_append (out, ", ");
      append_text (out, date);
      if (marker->mark == PP_MARK_OVERDUE)
        g_string_append_printf (out, " (%s)", _("overdue"));
      g_string_append_printf (out, "</title><text x=\"0\" y=\"%.1f\">", y + 13);
      append_text (out, marker->label);
      g_string_append (out, "</text>");
      append_marker (out, label_width + pp_timeline_scale_to_x (&scale, &marker->date),
                     y + 9, marker->mark);
      g_string_append (out, "</g>");
    }
  if (g_date_compare (&document->today, &start) >= 0 && g_date_compare (&document->today, &end) <= 0)
    {
      double x = label_width + pp_timeline_scale_to_x (&scale, &document->today);

      g_string_append_printf (out, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"14\" y2=\"%.1f\" "
                              "stroke=\"#8a1c1c\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\">"
                              "<title>%s</title></line>", x, x, bottom, _("Today"));
    }
  close_figure (out);
}

static void
append_page_break (GString          *out,
                   const PpDocument *document,
                   const PpBlock    *block)
{
  g_string_append (out, "<hr class=\"page-break\"/>\n");
}

static const PpBlockWriter writer = {
  append_cover, append_heading, append_paragraph, append_facts, append_table, append_bars,
  append_timeline, append_page_break,
};

GBytes *
pp_export_html (const PpDocument *document,
                GError          **error)
{
  GString *out = g_string_new ("<!DOCTYPE html>\n");

  g_string_append (out, "<html lang=\"");
  append_text (out, document->language);
  g_string_append (out, "\"><head><meta charset=\"utf-8\"/>"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                   "<meta name=\"generator\" content=\"Partnership Planner\"/><title>");
  append_text (out, document->title);
  g_string_append_printf (out, "</title><style>%s</style></head>\n<body>\n", style);
  pp_document_write (document, &writer, out);
  g_string_append (out, "</body></html>\n");
  return g_string_free_to_bytes (out);
}
