/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-html.c: a planning document as one self-contained HTML5 file:
 * styles inline, charts as inline SVG, nothing fetched, no scripts.
 *
 * The markup is also well-formed XML (every element closed, attributes
 * quoted, only XML's entities), so XML tools read it too. All text from
 * the data goes through g_markup_escape_text(), which escapes <, >, &, "
 * and '; colours from the data are used only when they are #rrggbb, and
 * numbers only when they are finite. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-export-private.h"
#include "pp-timeline-scale.h"

#define CHART_WIDTH 640.0
/* About how wide a character of the charts' 12 px text is, to know how
 * many fit in a column: SVG text does not wrap. */
#define CHAR_WIDTH 6.2

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

/* @text between @open and @close, escaped, its line breaks kept. */
static void
append_element (GString    *out,
                const char *open,
                const char *text,
                const char *close)
{
  g_string_append (out, open);
  append_lines (out, text);
  g_string_append (out, close);
}

/* A label of a chart, cut short with an ellipsis when it is longer than
 * @max_chars; the whole of it is in the chart's description. */
static void
append_label (GString    *out,
              const char *text,
              double      width)
{
  glong max_chars = MAX ((glong) (width / CHAR_WIDTH), 2);
  g_autofree char *cut = NULL;

  if (text == NULL || g_utf8_strlen (text, -1) <= max_chars)
    {
      append_text (out, text);
      return;
    }
  cut = g_utf8_substring (text, 0, max_chars - 1);
  append_text (out, cut);
  g_string_append (out, "…");
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

/* @value's share of @max, between 0 and 1; 0 for what is not a number, so
 * no "nan" reaches an attribute. */
static double
fraction (double value,
          double max)
{
  double share = max > 0 ? value / max : 0;

  return isfinite (share) ? CLAMP (share, 0, 1) : (share > 0 ? 1 : 0);
}

/* A mark's class in the style sheet, and what it says in words so that
 * no state is told by colour alone. */
static const struct
{
  const char *name;
  const char *word;
} marks[] = {
  [PP_MARK_NONE] = { NULL, NC_("mark", "Pending") },
  [PP_MARK_OVERDUE] = { "overdue", NC_("mark", "Overdue") },
  [PP_MARK_EXPIRED] = { "expired", NC_("mark", "Expired") },
  [PP_MARK_DONE] = { "done", NC_("mark", "Done") },
};

static const char *
mark_name (PpMark mark)
{
  return mark < G_N_ELEMENTS (marks) ? marks[mark].name : NULL;
}

static const char *
mark_word (PpMark mark)
{
  if (mark == PP_MARK_NONE || mark >= G_N_ELEMENTS (marks))
    return NULL;
  return g_dpgettext2 (GETTEXT_PACKAGE, "mark", marks[mark].word);
}

static void
append_cover (GString          *out,
              const PpDocument *document,
              const PpBlock    *block)
{
  g_string_append (out, "<header class=\"cover\">");
  append_element (out, "<h1 dir=\"auto\">", block->text, "</h1>");
  if (block->subtitle != NULL && *block->subtitle != '\0')
    append_element (out, "<p class=\"subtitle\" dir=\"auto\">", block->subtitle, "</p>");
  if (block->body != NULL && *block->body != '\0')
    append_element (out, "<p dir=\"auto\">", block->body, "</p>");
  if (block->note != NULL && *block->note != '\0')
    append_element (out, "<p class=\"note\" dir=\"auto\">", block->note, "</p>");
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
      append_element (out, "<tr><th scope=\"row\" dir=\"auto\">",
                      pp_block_get_cell (block, row, 0), "</th>");
      append_element (out, "<td dir=\"auto\">", pp_block_get_cell (block, row, 1), "</td></tr>");
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
  if (mark_name (mark) != NULL)
    g_string_append_printf (out, "<tr class=\"mark-%s\">", mark_name (mark));
  else
    g_string_append (out, "<tr>");
  for (guint column = 0; column < block->n_columns; column++)
    {
      g_string_append (out, "<td dir=\"auto\">");
      append_lines (out, pp_block_get_cell (block, row, column));
      if (column == 0 && (mark == PP_MARK_OVERDUE || mark == PP_MARK_EXPIRED))
        g_string_append_printf (out, "<span class=\"badge\">%s</span>", mark_word (mark));
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
  append_element (out, "<table><caption class=\"vh\" dir=\"auto\">", block->text, "</caption>");
  append_columns (out, block);
  g_string_append (out, "<thead><tr>");
  for (guint column = 0; column < block->n_columns; column++)
    append_element (out, "<th scope=\"col\" dir=\"auto\">", pp_block_get_cell (block, 0, column),
                    "</th>");
  g_string_append (out, "</tr></thead><tbody>\n");
  for (guint row = 1; row < n_rows; row++)
    append_body_row (out, block, row);
  g_string_append (out, "</tbody></table>\n");
}

/* Opens a figure with an SVG that names itself for screen readers and
 * says in its description, as text, everything that it draws. */
static void
open_figure (GString    *out,
             const char *caption,
             const char *description,
             double      height)
{
  append_element (out, "<figure><figcaption dir=\"auto\">", caption, "</figcaption>");
  g_string_append_printf (out, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "role=\"img\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
                          "font-family=\"Noto Sans, DejaVu Sans, sans-serif\" font-size=\"12\" "
                          "aria-label=\"", CHART_WIDTH, height, CHART_WIDTH, height);
  append_text (out, caption);
  g_string_append (out, "\"><title>");
  append_text (out, caption);
  g_string_append (out, "</title><desc>");
  append_text (out, description);
  g_string_append (out, "</desc>");
}

static void
close_figure (GString *out)
{
  g_string_append (out, "</svg></figure>\n");
}

static char *
describe_bar (const PpBar *bar)
{
  /* Translators: a bar of a chart, as text: "Defense: 2 MoUs" */
  return g_strdup_printf (C_("chart", "%s: %s"), bar->label, bar->caption);
}

static void
append_bar (GString     *out,
            const PpBar *bar,
            double       y)
{
  const double label_width = 210, track = 220;
  g_autofree char *description = describe_bar (bar);

  g_string_append (out, "<g><title>");
  append_text (out, description);
  g_string_append_printf (out, "</title><text x=\"0\" y=\"%.1f\">", y + 11);
  append_label (out, bar->label, label_width - 6);
  g_string_append_printf (out, "</text><rect x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"12\" "
                          "fill=\"#e6e8ec\" stroke=\"#5e6672\" stroke-width=\"0.5\"/>",
                          label_width, y, track);
  g_string_append_printf (out, "<rect x=\"%.0f\" y=\"%.1f\" width=\"%.1f\" height=\"12\" "
                          "fill=\"%s\"/>", label_width, y, track * fraction (bar->value, bar->max),
                          is_color (bar->color) ? bar->color : "#1c3f6e");
  if (bar->expected >= 0 && bar->max > 0)
    {
      double x = label_width + track * fraction (bar->expected, bar->max);

      g_string_append_printf (out, "<line class=\"expected\" x1=\"%.1f\" x2=\"%.1f\" "
                              "y1=\"%.1f\" y2=\"%.1f\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>",
                              x, x, y - 3, y + 15);
    }
  g_string_append_printf (out, "<text x=\"%.0f\" y=\"%.1f\">", label_width + track + 8, y + 11);
  append_label (out, bar->caption, CHART_WIDTH - label_width - track - 8);
  g_string_append (out, "</text></g>");
}

static void
append_bars (GString          *out,
             const PpDocument *document,
             const PpBlock    *block)
{
  const double row = 22;
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < block->bars->len; i++)
    {
      g_autofree char *bar = describe_bar (g_ptr_array_index (block->bars, i));

      if (i > 0)
        g_string_append (description, "; ");
      g_string_append (description, bar);
    }
  open_figure (out, block->text, description->str, row * block->bars->len + 4);
  for (guint i = 0; i < block->bars->len; i++)
    append_bar (out, g_ptr_array_index (block->bars, i), i * row + 4);
  close_figure (out);
}

/* "Select demonstration farms, 31 March 2026 (Overdue)" */
static char *
describe_marker (const PpTimelineMarker *marker)
{
  g_autofree char *date = pp_document_format_date (&marker->date);

  if (mark_word (marker->mark) != NULL)
    /* Translators: a milestone on a timeline, as text: "Select farms, 31 March 2026 (Overdue)" */
    return g_strdup_printf (C_("timeline", "%s, %s (%s)"), marker->label, date,
                            mark_word (marker->mark));
  /* Translators: a milestone on a timeline, as text: "Select farms, 31 March 2026" */
  return g_strdup_printf (C_("timeline", "%s, %s"), marker->label, date);
}

static char *
describe_timeline (const PpBlock *block)
{
  GString *description = g_string_new (NULL);

  if (g_date_valid (&block->start) && g_date_valid (&block->end))
    {
      g_autofree char *start = pp_document_format_date (&block->start);
      g_autofree char *end = pp_document_format_date (&block->end);

      /* Translators: the span of a venture on its timeline, as text */
      g_string_append_printf (description, _("Venture from %s to %s"), start, end);
    }
  for (guint i = 0; i < block->markers->len; i++)
    {
      g_autofree char *marker = describe_marker (&g_array_index (block->markers,
                                                                 PpTimelineMarker, i));

      if (description->len > 0)
        g_string_append (description, "; ");
      g_string_append (description, marker);
    }
  return g_string_free (description, FALSE);
}

/* A marker's shape says its state, as on paper: a diamond when pending,
 * a circle when done, a triangle when overdue or expired. */
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
    g_string_append_printf (out, "<path class=\"late\" d=\"M%.1f %.1fl5.5 9.5h-11z\" "
                            "fill=\"#8a1c1c\"/>", x, y - 5.5);
  else
    g_string_append_printf (out, "<path d=\"M%.1f %.1fl5 5-5 5-5-5z\" fill=\"#1c3f6e\"/>",
                            x, y - 5);
}

/* The ticks of the time axis; a tick's label is left out when it would
 * run past the chart's edge. */
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
      if (x + 2 + g_utf8_strlen (label, -1) * CHAR_WIDTH * 10 / 12 > CHART_WIDTH)
        continue;
      g_string_append_printf (out, "<text x=\"%.1f\" y=\"11\" font-size=\"10\" "
                              "fill=\"#5e6672\">", x + 2);
      append_text (out, label);
      g_string_append (out, "</text>");
    }
}

/* What the shapes and the dashed line mean, below the chart. */
static void
append_legend (GString *out,
               double   y)
{
  const PpMark shapes[] = { PP_MARK_NONE, PP_MARK_DONE, PP_MARK_OVERDUE };
  double x = 6;

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      const char *word = g_dpgettext2 (GETTEXT_PACKAGE, "mark", marks[shapes[i]].word);

      append_marker (out, x, y, shapes[i]);
      g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">", x + 9, y + 4);
      append_text (out, word);
      g_string_append (out, "</text>");
      x += 9 + g_utf8_strlen (word, -1) * CHAR_WIDTH + 20;
    }
  g_string_append_printf (out, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" "
                          "stroke=\"#8a1c1c\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
                          "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">",
                          x, x, y - 6, y + 6, x + 5, y + 4);
  append_text (out, C_("timeline", "Today"));
  g_string_append (out, "</text>");
}

static void
append_span (GString               *out,
             const PpBlock         *block,
             const PpTimelineScale *scale,
             double                 x0,
             double                 y)
{
  double start, end;

  if (!g_date_valid (&block->start) || !g_date_valid (&block->end))
    return;
  start = x0 + pp_timeline_scale_to_x (scale, &block->start);
  end = x0 + pp_timeline_scale_to_x (scale, &block->end);
  g_string_append_printf (out, "<text x=\"0\" y=\"%.1f\">", y + 9);
  append_text (out, C_("timeline", "Venture"));
  g_string_append_printf (out, "</text><rect class=\"span\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                          "height=\"10\" fill=\"#1c3f6e\"/>", start, y, MAX (end - start, 1));
}

static void
append_today (GString               *out,
              const PpDocument      *document,
              const PpTimelineScale *scale,
              double                 x0,
              double                 bottom)
{
  double x;

  if (!g_date_valid (&document->today) ||
      g_date_get_julian (&document->today) < scale->start ||
      g_date_get_julian (&document->today) > scale->end)
    return;
  x = x0 + pp_timeline_scale_to_x (scale, &document->today);
  g_string_append_printf (out, "<line class=\"today\" x1=\"%.1f\" x2=\"%.1f\" y1=\"14\" "
                          "y2=\"%.1f\" stroke=\"#8a1c1c\" stroke-width=\"1.5\" "
                          "stroke-dasharray=\"4 3\"><title>", x, x, bottom);
  append_text (out, C_("timeline", "Today"));
  g_string_append (out, "</title></line>");
}

/* A timeline with no date at all has nothing to draw: its caption and a
 * sentence say so. */
static void
append_timeline (GString          *out,
                 const PpDocument *document,
                 const PpBlock    *block)
{
  const double row = 18, label_width = 220, top = 20;
  double bottom = top + row * (block->markers->len + 1);
  g_autofree char *description = NULL;
  PpTimelineScale scale;
  GDate start, end;

  if (!pp_block_get_timeline_range (block, &start, &end))
    {
      /* Translators: a timeline without dates, "Timeline: no dates to show." */
      g_autofree char *text = g_strdup_printf (_("%s: no dates to show."), block->text);

      g_string_append (out, "<p class=\"muted\" dir=\"auto\">");
      append_text (out, text);
      g_string_append (out, "</p>\n");
      return;
    }
  pp_timeline_scale_init (&scale, &start, &end, CHART_WIDTH - label_width - 10);
  description = describe_timeline (block);
  open_figure (out, block->text, description, bottom + 28);
  append_axis (out, &scale, label_width, bottom);
  append_span (out, block, &scale, label_width, top + 4);
  for (guint i = 0; i < block->markers->len; i++)
    {
      const PpTimelineMarker *marker = &g_array_index (block->markers, PpTimelineMarker, i);
      g_autofree char *text = describe_marker (marker);
      double y = top + row * (i + 1);

      g_string_append (out, "<g><title>");
      append_text (out, text);
      g_string_append_printf (out, "</title><text x=\"0\" y=\"%.1f\">", y + 13);
      append_label (out, marker->label, label_width - 12);
      g_string_append (out, "</text>");
      append_marker (out, label_width + pp_timeline_scale_to_x (&scale, &marker->date),
                     y + 9, marker->mark);
      g_string_append (out, "</g>");
    }
  append_today (out, document, &scale, label_width, bottom);
  append_legend (out, bottom + 16);
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

  g_return_val_if_fail (document != NULL, NULL);

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
