/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-timeline-draw.c: how the timeline draws: the axis, a row per venture
 * with its span and its milestones' markers, and the line of today.
 *
 * The rows go in bands of PP_TIMELINE_BAND_ROWS, each a drawing of its
 * own: the renderer skips the bands scrolled out of sight, and no band is
 * larger than a texture can be (a single drawing of a thousand ventures was
 * 34,000 pixels tall, on which the GL renderer aborts).
 */

#include "config.h"

#include <math.h>

#include "pp-timeline-private.h"
#include "pp-widget-util.h"

/* Whether @milestone is late as of @today: said late, or due before today
 * and neither done nor cancelled. */
gboolean
_pp_timeline_milestone_overdue (PpMilestone *milestone,
                                const GDate *today)
{
  PpMilestoneStatus status = pp_milestone_get_status (milestone);
  const GDate *due = pp_milestone_get_due_on (milestone);

  if (status == PP_MILESTONE_STATUS_LATE)
    return TRUE;
  return due != NULL && g_date_compare (due, today) < 0 &&
         status != PP_MILESTONE_STATUS_DONE && status != PP_MILESTONE_STATUS_CANCELLED;
}

static void
draw_marker (cairo_t     *cr,
             double       x,
             double       y,
             PpMilestone *milestone,
             gboolean     overdue)
{
  switch (overdue ? -1 : (int) pp_milestone_get_status (milestone))
    {
    case -1:   /* overdue: a triangle */
      cairo_move_to (cr, x, y - MARKER - 1);
      cairo_line_to (cr, x + MARKER + 1, y + MARKER);
      cairo_line_to (cr, x - MARKER - 1, y + MARKER);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case PP_MILESTONE_STATUS_DONE:
      cairo_arc (cr, x, y, MARKER, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case PP_MILESTONE_STATUS_CANCELLED:
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, x - MARKER, y - MARKER);
      cairo_line_to (cr, x + MARKER, y + MARKER);
      cairo_move_to (cr, x + MARKER, y - MARKER);
      cairo_line_to (cr, x - MARKER, y + MARKER);
      cairo_stroke (cr);
      break;

    default:   /* planned, in progress: a diamond */
      cairo_move_to (cr, x, y - MARKER);
      cairo_line_to (cr, x + MARKER, y);
      cairo_line_to (cr, x, y + MARKER);
      cairo_line_to (cr, x - MARKER, y);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    }
}

static int
text_width (GtkWidget  *widget,
            const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int tw;

  pango_layout_get_pixel_size (layout, &tw, NULL);
  g_object_unref (layout);
  return tw;
}

/* The axis: a tick at each month, quarter or year, labelled where the label
 * fits whole without touching the one before (when even years are close
 * together, every other one); the lines run down the band [@y0, @y1). */
static void
draw_axis (GtkWidget       *widget,
           cairo_t         *cr,
           PpTimelineFrame *f,
           double           y0,
           double           y1,
           gboolean         labelled)
{
  double free_from = 0;

  for (guint i = 0; i < f->ticks->len; i++)
    {
      GDate *tick = &g_array_index (f->ticks, GDate, i);
      double x = f->labels + pp_timeline_scale_to_x (&f->scale, tick);
      g_autofree char *label = NULL;
      int label_w;

      cairo_set_source_rgba (cr, f->fg.red, f->fg.green, f->fg.blue, 0.15);
      cairo_rectangle (cr, floor (x), MAX (y0, AXIS_HEIGHT), 1, y1 - MAX (y0, AXIS_HEIGHT));
      cairo_fill (cr);
      if (!labelled)
        continue;
      label = pp_timeline_format_tick (tick, f->unit);
      label_w = text_width (widget, label);
      if (x + 3 < free_from || x + 3 + label_w > f->width)
        continue;
      gdk_cairo_set_source_rgba (cr, &f->fg);
      pp_widget_show_text (widget, cr, label, x + 3, AXIS_HEIGHT / 2, label_w + 1, 0.0, 0.5);
      free_from = x + 3 + label_w + 8;
    }
}

/* One row per venture: its name, its span in its sector's colour, and its
 * milestones. */
static void
draw_row (GtkWidget       *widget,
          cairo_t         *cr,
          PpTimelineFrame *f,
          guint            r)
{
  PpVenture *venture = f->ventures->pdata[r];
  GListModel *milestones = pp_venture_get_milestones (venture);
  double y = AXIS_HEIGHT + r * ROW_HEIGHT + ROW_HEIGHT / 2;
  double x0 = f->labels + pp_timeline_scale_to_x (&f->scale, pp_venture_get_start_on (venture));
  double x1 = f->labels + pp_timeline_scale_to_x (&f->scale, pp_venture_get_end_on (venture));
  PpNode *sector = pp_portfolio_lookup (f->portfolio, PP_COLLECTION_SECTORS,
                                        pp_venture_get_sector (venture));
  GdkRGBA color;

  gdk_cairo_set_source_rgba (cr, &f->fg);
  if (f->names)
    pp_widget_show_text (widget, cr, pp_venture_get_name (venture), PAD, y,
                         f->labels - 2 * PAD, 0.0, 0.5);

  if (sector == NULL || !gdk_rgba_parse (&color, pp_sector_get_color (PP_SECTOR (sector))))
    gdk_rgba_parse (&color, "#808080");
  color.alpha = 0.45;
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_rectangle (cr, x0, y - 6, MAX (2, x1 - x0), 12);
  cairo_fill (cr);

  for (guint m = 0; m < g_list_model_get_n_items (milestones); m++)
    {
      g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, m);
      const GDate *due = pp_milestone_get_due_on (milestone);

      if (due == NULL)
        continue;
      gdk_cairo_set_source_rgba (cr, &f->fg);
      draw_marker (cr, f->labels + pp_timeline_scale_to_x (&f->scale, due), y, milestone,
                   _pp_timeline_milestone_overdue (milestone, &f->today));
    }
}

/**
 * _pp_timeline_draw_band:
 *
 * Draws the rows from @first, PP_TIMELINE_BAND_ROWS of them (the first
 * band also the axis's labels), as a drawing of their own.
 */
void
_pp_timeline_draw_band (GtkWidget       *widget,
                        GtkSnapshot     *snapshot,
                        PpTimelineFrame *f,
                        guint            first)
{
  guint last = MIN (first + PP_TIMELINE_BAND_ROWS, f->ventures->len);
  double y0 = first == 0 ? 0 : AXIS_HEIGHT + first * ROW_HEIGHT;
  double y1 = last == f->ventures->len ? f->height : AXIS_HEIGHT + last * ROW_HEIGHT;
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                           &GRAPHENE_RECT_INIT (0, y0, f->width, y1 - y0));

  /* Under right-to-left (Urdu) time runs from right to left, as the
   * reader's eye does and as GTK's own progress bars and scales do: the
   * shapes are drawn in left-to-right coordinates through a mirroring
   * matrix (the markers are symmetric), and show_text() places the names
   * and dates unmirrored at the mirrored place, so they read normally. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    {
      cairo_translate (cr, f->width, 0);
      cairo_scale (cr, -1, 1);
    }
  draw_axis (widget, cr, f, y0, y1, first == 0);
  for (guint r = first; r < last; r++)
    draw_row (widget, cr, f, r);

  /* Today. */
  if (g_date_get_julian (&f->today) > f->scale.start && g_date_get_julian (&f->today) < f->scale.end)
    {
      double x = f->labels + pp_timeline_scale_to_x (&f->scale, &f->today);
      double top = first == 0 ? AXIS_HEIGHT - 4 : y0;

      cairo_set_source_rgba (cr, 0.88, 0.11, 0.14, 0.9);
      cairo_rectangle (cr, floor (x), top, 2, y1 - top);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
}

