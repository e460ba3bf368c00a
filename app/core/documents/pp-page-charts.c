/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-charts.c: the small charts of printed documents: labelled bars
 * and a venture's timeline, drawn with Cairo in points.
 *
 * A timeline has one row per milestone, so every label can be read, and
 * marks the state of a milestone by the shape of its marker (a diamond
 * when open, a circle when done, a triangle when overdue), as the app's
 * own timeline does: printed in grey, it still says the same.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-page-charts.h"
#include "pp-page-text.h"
#include "pp-timeline-scale.h"

#define BAR_THICKNESS 8.0
#define LABEL_SHARE 0.34
#define TRACK_SHARE 0.30
#define TIMELINE_ROW 13.0
#define AXIS_ROW 16.0
#define MARKER 3.6

double
pp_page_bars_row_height (PangoContext *context,
                         const PpBar  *bar,
                         double        width)
{
  g_autoptr(PangoLayout) label = pp_page_text_new (context, bar->label, PP_PAGE_SMALL_SIZE, FALSE,
                                                   width * LABEL_SHARE - 6);
  g_autoptr(PangoLayout) caption = pp_page_text_new (context, bar->caption, PP_PAGE_SMALL_SIZE,
                                                     FALSE,
                                                     width * (1 - LABEL_SHARE - TRACK_SHARE) - 6);

  return MAX (MAX (pp_page_text_height (label), pp_page_text_height (caption)),
              BAR_THICKNESS) + 5;
}

void
pp_page_draw_bar (cairo_t      *cr,
                  PangoContext *context,
                  const PpBar  *bar,
                  double        x,
                  double        y,
                  double        width)
{
  g_autoptr(PangoLayout) label = pp_page_text_new (context, bar->label, PP_PAGE_SMALL_SIZE, FALSE,
                                                   width * LABEL_SHARE - 6);
  g_autoptr(PangoLayout) caption = pp_page_text_new (context, bar->caption, PP_PAGE_SMALL_SIZE,
                                                     FALSE,
                                                     width * (1 - LABEL_SHARE - TRACK_SHARE) - 6);
  double track_x = x + width * LABEL_SHARE;
  double track_width = width * TRACK_SHARE;
  double fraction = bar->max > 0 ? CLAMP (bar->value / bar->max, 0, 1) : 0;
  double bar_y = y + 2;

  pp_page_set_color (cr, INK, NULL);
  pp_page_show_text (cr, label, x, y);
  pp_page_show_text (cr, caption, track_x + track_width + 6, y);

  pp_page_set_color (cr, "#e6e8ec", NULL);
  cairo_rectangle (cr, track_x, bar_y, track_width, BAR_THICKNESS);
  cairo_fill (cr);
  pp_page_set_color (cr, bar->color, ACCENT);
  cairo_rectangle (cr, track_x, bar_y, track_width * fraction, BAR_THICKNESS);
  cairo_fill (cr);
  /* The outline keeps a pale bar visible on paper. */
  pp_page_set_color (cr, MUTED, NULL);
  cairo_set_line_width (cr, 0.4);
  cairo_rectangle (cr, track_x, bar_y, track_width, BAR_THICKNESS);
  cairo_stroke (cr);

  if (bar->expected >= 0 && bar->max > 0)
    {
      double tick = track_x + track_width * CLAMP (bar->expected / bar->max, 0, 1);

      pp_page_set_color (cr, INK, NULL);
      cairo_set_line_width (cr, 1.2);
      cairo_move_to (cr, tick, bar_y - 2);
      cairo_line_to (cr, tick, bar_y + BAR_THICKNESS + 2);
      cairo_stroke (cr);
    }
}

double
pp_page_timeline_height (PangoContext  *context,
                         const PpBlock *block,
                         double         width)
{
  return 14 + AXIS_ROW + (block->markers->len + 1) * TIMELINE_ROW + 18;
}

static void
draw_marker (cairo_t *cr,
             double   x,
             double   y,
             PpMark   mark)
{
  switch (mark)
    {
    case PP_MARK_DONE:
      cairo_arc (cr, x, y, MARKER, 0, 2 * G_PI);
      break;
    case PP_MARK_OVERDUE:
    case PP_MARK_EXPIRED:
      cairo_move_to (cr, x, y - MARKER - 0.8);
      cairo_line_to (cr, x + MARKER + 0.8, y + MARKER);
      cairo_line_to (cr, x - MARKER - 0.8, y + MARKER);
      cairo_close_path (cr);
      break;
    case PP_MARK_NONE:
    default:
      cairo_move_to (cr, x, y - MARKER);
      cairo_line_to (cr, x + MARKER, y);
      cairo_line_to (cr, x, y + MARKER);
      cairo_line_to (cr, x - MARKER, y);
      cairo_close_path (cr);
      break;
    }
  cairo_fill (cr);
}

static void
draw_axis (cairo_t               *cr,
           PangoContext          *context,
           const PpTimelineScale *scale,
           double                 x,
           double                 y,
           double                 bottom)
{
  PpTimelineUnit unit = pp_timeline_scale_choose_unit (scale, 34);
  g_autoptr(GArray) ticks = pp_timeline_scale_ticks (scale, unit);
  double last_label_end = -1;

  cairo_set_line_width (cr, 0.4);
  for (guint i = 0; i < ticks->len; i++)
    {
      GDate *tick = &g_array_index (ticks, GDate, i);
      double tx = x + pp_timeline_scale_to_x (scale, tick);
      g_autofree char *text = pp_timeline_format_tick (tick, unit);
      g_autoptr(PangoLayout) label = pp_page_text_new (context, text, 6.5, FALSE, -1);
      int label_width;

      pp_page_set_color (cr, RULE, NULL);
      cairo_move_to (cr, tx, y + AXIS_ROW - 4);
      cairo_line_to (cr, tx, bottom);
      cairo_stroke (cr);
      pango_layout_get_pixel_size (label, &label_width, NULL);
      /* Labels that would overlap the previous one are left out. */
      if (tx + 2 > last_label_end && tx + 2 + label_width <= x + scale->width + 15)
        {
          pp_page_set_color (cr, MUTED, NULL);
          pp_page_show_text (cr, label, tx + 2, y);
          last_label_end = tx + 2 + label_width + 4;
        }
    }
}

static void
draw_legend (cairo_t      *cr,
             PangoContext *context,
             double        x,
             double        y)
{
  static const PpMark marks[] = { PP_MARK_NONE, PP_MARK_DONE, PP_MARK_OVERDUE };
  /* Translators: the legend of a timeline's marks: an item still open (not done), done,
   * overdue. */
  const char *names[] = { _("Open"), _("Done"), _("Overdue") };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      g_autoptr(PangoLayout) label = pp_page_text_new (context, names[i], 6.5, FALSE, -1);
      int label_width;

      pp_page_set_color (cr, marks[i] == PP_MARK_OVERDUE ? WARNING_INK : ACCENT, NULL);
      draw_marker (cr, x + MARKER, y + 5, marks[i]);
      pp_page_set_color (cr, MUTED, NULL);
      pp_page_show_text (cr, label, x + 2 * MARKER + 3, y);
      pango_layout_get_pixel_size (label, &label_width, NULL);
      x += 2 * MARKER + 3 + label_width + 12;
    }
  {
    g_autoptr(PangoLayout) label = pp_page_text_new (context, _("Today"), 6.5, FALSE, -1);

    pp_page_set_color (cr, WARNING_INK, NULL);
    cairo_set_line_width (cr, 1);
    cairo_move_to (cr, x + 2, y);
    cairo_line_to (cr, x + 2, y + 9);
    cairo_stroke (cr);
    pp_page_set_color (cr, MUTED, NULL);
    pp_page_show_text (cr, label, x + 6, y);
  }
}

static void
draw_row_label (cairo_t      *cr,
                PangoContext *context,
                const char   *text,
                double        x,
                double        y,
                double        width)
{
  g_autoptr(PangoLayout) label = pp_page_text_new (context, text, 7, FALSE, width);

  pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  pp_page_set_color (cr, INK, NULL);
  pp_page_show_text (cr, label, x, y + 1.5);
}

void
pp_page_draw_timeline (cairo_t       *cr,
                       PangoContext  *context,
                       const PpBlock *block,
                       const GDate   *today,
                       double         x,
                       double         y,
                       double         width)
{
  g_autoptr(PangoLayout) caption = pp_page_text_new (context, block->text, PP_PAGE_TEXT_SIZE,
                                                     TRUE, width);
  double label_width = width * LABEL_SHARE;
  double chart_x = x + label_width;
  double rows_y, bottom;
  PpTimelineScale scale;
  GDate start, end;

  pp_page_set_color (cr, INK, NULL);
  pp_page_show_text (cr, caption, x, y);
  y += 14;
  if (!pp_block_get_timeline_range (block, &start, &end))
    return;
  pp_timeline_scale_init (&scale, &start, &end, width - label_width);
  rows_y = y + AXIS_ROW;
  bottom = rows_y + (block->markers->len + 1) * TIMELINE_ROW;
  draw_axis (cr, context, &scale, chart_x, y, bottom);

  /* The venture's span, then one row per milestone. */
  draw_row_label (cr, context, _("Venture"), x, rows_y, label_width - 6);
  if (g_date_valid (&block->start) && g_date_valid (&block->end))
    {
      double x0 = chart_x + pp_timeline_scale_to_x (&scale, &block->start);
      double x1 = chart_x + pp_timeline_scale_to_x (&scale, &block->end);

      pp_page_set_color (cr, ACCENT, NULL);
      cairo_rectangle (cr, x0, rows_y + 3, MAX (x1 - x0, 1), TIMELINE_ROW - 6);
      cairo_fill (cr);
    }
  for (guint i = 0; i < block->markers->len; i++)
    {
      const PpTimelineMarker *marker = &g_array_index (block->markers, PpTimelineMarker, i);
      double row_y = rows_y + (i + 1) * TIMELINE_ROW;

      draw_row_label (cr, context, marker->label, x, row_y, label_width - 6);
      pp_page_set_color (cr, marker->mark == PP_MARK_OVERDUE ? WARNING_INK : ACCENT, NULL);
      draw_marker (cr, chart_x + pp_timeline_scale_to_x (&scale, &marker->date),
                   row_y + TIMELINE_ROW / 2, marker->mark);
    }

  if (g_date_compare (today, &start) >= 0 && g_date_compare (today, &end) <= 0)
    {
      double tx = chart_x + pp_timeline_scale_to_x (&scale, today);

      pp_page_set_color (cr, WARNING_INK, NULL);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, tx, y + AXIS_ROW - 4);
      cairo_line_to (cr, tx, bottom);
      cairo_stroke (cr);
    }
  draw_legend (cr, context, chart_x, bottom + 4);
}
