/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-html-charts.c: the charts and timelines of an HTML export, as
 * inline SVG that names itself for screen readers and says in its
 * description, as text, everything it draws. Text goes through the same
 * escaping as the rest of the document; colours from the data are used
 * only when they are #rrggbb, and numbers only when they are finite. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-export-html-charts.h"
#include "pp-export-html-markup.h"
#include "pp-timeline-scale.h"

#define CHART_WIDTH 640.0
/* About how wide a character of the charts' 12 px text is, to know how
 * many fit in a column: SVG text does not wrap. */
#define CHAR_WIDTH 6.2

/* Right to left, the charts are drawn mirrored, as the window draws them:
 * each x is taken from the right edge instead of the left, and the SVG's
 * direction makes text start at its x and run leftwards. Left to right the
 * coordinates, and so the file, are as they always were. */
static double
mirror (gboolean rtl,
        double   x)
{
  return rtl ? CHART_WIDTH - x : x;
}

/* A rectangle's left edge, mirrored: its right edge becomes the left one. */
static double
mirror_rect (gboolean rtl,
             double   x,
             double   width)
{
  return rtl ? CHART_WIDTH - x - width : x;
}

/* A label of a chart, cut short with an ellipsis when it is longer than
 * fits in @width (at CHAR_WIDTH a character); the whole of it is in the
 * chart's description. */
static void
append_label (GString    *out,
              const char *text,
              double      width)
{
  glong max_chars = MAX ((glong) (width / CHAR_WIDTH), 2);
  g_autofree char *cut = NULL;

  if (text == NULL || g_utf8_strlen (text, -1) <= max_chars)
    {
      pp_html_append_text (out, text);
      return;
    }
  cut = g_utf8_substring (text, 0, max_chars - 1);
  pp_html_append_text (out, cut);
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

/* Opens a figure with an SVG that names itself for screen readers and
 * says in its description, as text, everything that it draws. */
static void
open_figure (GString    *out,
             const char *caption,
             const char *description,
             double      height,
             gboolean    rtl)
{
  pp_html_append_element (out, "<figure><figcaption dir=\"auto\">", caption, "</figcaption>");
  g_string_append_printf (out, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "role=\"img\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
                          "font-family=\"Noto Sans, DejaVu Sans, sans-serif\" font-size=\"12\" "
                          "%saria-label=\"", CHART_WIDTH, height, CHART_WIDTH, height,
                          rtl ? "direction=\"rtl\" " : "");
  pp_html_append_text (out, caption);
  g_string_append (out, "\"><title>");
  pp_html_append_text (out, caption);
  g_string_append (out, "</title><desc>");
  pp_html_append_text (out, description);
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
            double       y,
            gboolean     rtl)
{
  const double label_width = 210, track = 220;
  g_autofree char *description = describe_bar (bar);
  double filled = track * fraction (bar->value, bar->max);

  g_string_append (out, "<g><title>");
  pp_html_append_text (out, description);
  g_string_append_printf (out, "</title><text x=\"%.0f\" y=\"%.1f\">", mirror (rtl, 0), y + 11);
  append_label (out, bar->label, label_width - 6);
  g_string_append_printf (out, "</text><rect x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"12\" "
                          "fill=\"#e6e8ec\" stroke=\"#5e6672\" stroke-width=\"0.5\"/>",
                          mirror_rect (rtl, label_width, track), y, track);
  g_string_append_printf (out, "<rect x=\"%.*f\" y=\"%.1f\" width=\"%.1f\" height=\"12\" "
                          "fill=\"%s\"/>", rtl ? 1 : 0, mirror_rect (rtl, label_width, filled),
                          y, filled, is_color (bar->color) ? bar->color : "#1c3f6e");
  if (bar->expected >= 0 && bar->max > 0)
    {
      double x = mirror (rtl, label_width + track * fraction (bar->expected, bar->max));

      g_string_append_printf (out, "<line class=\"expected\" x1=\"%.1f\" x2=\"%.1f\" "
                              "y1=\"%.1f\" y2=\"%.1f\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>",
                              x, x, y - 3, y + 15);
    }
  g_string_append_printf (out, "<text x=\"%.0f\" y=\"%.1f\">",
                          mirror (rtl, label_width + track + 8), y + 11);
  append_label (out, bar->caption, CHART_WIDTH - label_width - track - 8);
  g_string_append (out, "</text></g>");
}

void
pp_html_append_bars (GString          *out,
                     const PpDocument *document,
                     const PpBlock    *block)
{
  const double row = 22;
  gboolean rtl = pp_document_is_rtl (document);
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < block->bars->len; i++)
    {
      g_autofree char *bar = describe_bar (g_ptr_array_index (block->bars, i));

      if (i > 0)
        g_string_append (description, "; ");
      g_string_append (description, bar);
    }
  open_figure (out, block->text, description->str, row * block->bars->len + 4, rtl);
  for (guint i = 0; i < block->bars->len; i++)
    append_bar (out, g_ptr_array_index (block->bars, i), i * row + 4, rtl);
  close_figure (out);
}

/* "Select demonstration farms, 31 March 2026 (Overdue)" */
static char *
describe_marker (const PpTimelineMarker *marker)
{
  g_autofree char *date = pp_document_format_date (&marker->date);
  const char *word = marker->mark != PP_MARK_NONE ? pp_html_mark_word (marker->mark) : NULL;

  if (word != NULL)
    /* Translators: a milestone on a timeline, as text: "Select farms, 31 March 2026 (Overdue)" */
    return g_strdup_printf (C_("timeline", "%s, %s (%s)"), marker->label, date, word);
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
             double                 bottom,
             gboolean               rtl)
{
  PpTimelineUnit unit = pp_timeline_scale_choose_unit (scale, 50);
  g_autoptr(GArray) ticks = pp_timeline_scale_ticks (scale, unit);

  for (guint i = 0; i < ticks->len; i++)
    {
      GDate *tick = &g_array_index (ticks, GDate, i);
      double x = x0 + pp_timeline_scale_to_x (scale, tick);
      g_autofree char *label = pp_timeline_format_tick (tick, unit);

      g_string_append_printf (out, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"14\" y2=\"%.1f\" "
                              "stroke=\"#b8c0cc\" stroke-width=\"0.6\"/>",
                              mirror (rtl, x), mirror (rtl, x), bottom);
      if (x + 2 + g_utf8_strlen (label, -1) * CHAR_WIDTH * 10 / 12 > CHART_WIDTH)
        continue;
      g_string_append_printf (out, "<text x=\"%.1f\" y=\"11\" font-size=\"10\" "
                              "fill=\"#5e6672\">", mirror (rtl, x + 2));
      pp_html_append_text (out, label);
      g_string_append (out, "</text>");
    }
}

/* What the shapes and the dashed line mean, below the chart. */
static void
append_legend (GString  *out,
               double    y,
               gboolean  rtl)
{
  const PpMark shapes[] = { PP_MARK_NONE, PP_MARK_DONE, PP_MARK_OVERDUE };
  double x = 6;

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      const char *word = pp_html_mark_word (shapes[i]);

      append_marker (out, mirror (rtl, x), y, shapes[i]);
      g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">",
                              mirror (rtl, x + 9), y + 4);
      pp_html_append_text (out, word);
      g_string_append (out, "</text>");
      x += 9 + g_utf8_strlen (word, -1) * CHAR_WIDTH + 20;
    }
  g_string_append_printf (out, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" "
                          "stroke=\"#8a1c1c\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
                          "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">",
                          mirror (rtl, x), mirror (rtl, x), y - 6, y + 6,
                          mirror (rtl, x + 5), y + 4);
  pp_html_append_text (out, C_("timeline", "Today"));
  g_string_append (out, "</text>");
}

static void
append_span (GString               *out,
             const PpBlock         *block,
             const PpTimelineScale *scale,
             double                 x0,
             double                 y,
             gboolean               rtl)
{
  double start, end;

  if (!g_date_valid (&block->start) || !g_date_valid (&block->end))
    return;
  start = x0 + pp_timeline_scale_to_x (scale, &block->start);
  end = x0 + pp_timeline_scale_to_x (scale, &block->end);
  g_string_append_printf (out, "<text x=\"%.0f\" y=\"%.1f\">", mirror (rtl, 0), y + 9);
  pp_html_append_text (out, C_("timeline", "Venture"));
  g_string_append_printf (out, "</text><rect class=\"span\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                          "height=\"10\" fill=\"#1c3f6e\"/>",
                          mirror_rect (rtl, start, MAX (end - start, 1)), y, MAX (end - start, 1));
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
  x = mirror (pp_document_is_rtl (document), x0 + pp_timeline_scale_to_x (scale, &document->today));
  g_string_append_printf (out, "<line class=\"today\" x1=\"%.1f\" x2=\"%.1f\" y1=\"14\" "
                          "y2=\"%.1f\" stroke=\"#8a1c1c\" stroke-width=\"1.5\" "
                          "stroke-dasharray=\"4 3\"><title>", x, x, bottom);
  pp_html_append_text (out, C_("timeline", "Today"));
  g_string_append (out, "</title></line>");
}

/* A timeline with no date at all has nothing to draw: its caption and a
 * sentence say so. */
void
pp_html_append_timeline (GString          *out,
                         const PpDocument *document,
                         const PpBlock    *block)
{
  const double row = 18, label_width = 220, top = 20;
  gboolean rtl = pp_document_is_rtl (document);
  double bottom = top + row * (block->markers->len + 1);
  g_autofree char *description = NULL;
  PpTimelineScale scale;
  GDate start, end;

  if (!pp_block_get_timeline_range (block, &start, &end))
    {
      /* Translators: a timeline without dates, "Timeline: no dates to show." */
      g_autofree char *text = g_strdup_printf (_("%s: no dates to show."), block->text);

      g_string_append (out, "<p class=\"muted\" dir=\"auto\">");
      pp_html_append_text (out, text);
      g_string_append (out, "</p>\n");
      return;
    }
  pp_timeline_scale_init (&scale, &start, &end, CHART_WIDTH - label_width - 10);
  description = describe_timeline (block);
  open_figure (out, block->text, description, bottom + 28, rtl);
  append_axis (out, &scale, label_width, bottom, rtl);
  append_span (out, block, &scale, label_width, top + 4, rtl);
  for (guint i = 0; i < block->markers->len; i++)
    {
      const PpTimelineMarker *marker = &g_array_index (block->markers, PpTimelineMarker, i);
      g_autofree char *text = describe_marker (marker);
      double y = top + row * (i + 1);
      double x = label_width + pp_timeline_scale_to_x (&scale, &marker->date);

      g_string_append (out, "<g><title>");
      pp_html_append_text (out, text);
      g_string_append_printf (out, "</title><text x=\"%.0f\" y=\"%.1f\">", mirror (rtl, 0), y + 13);
      append_label (out, marker->label, label_width - 12);
      g_string_append (out, "</text>");
      append_marker (out, mirror (rtl, x), y + 9, marker->mark);
      g_string_append (out, "</g>");
    }
  append_today (out, document, &scale, label_width, bottom);
  append_legend (out, bottom + 16, rtl);
  close_figure (out);
}

