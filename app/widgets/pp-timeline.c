/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-timeline.c: the portfolio's ventures on a time axis.
 *
 * One row per venture with dates: its span as a bar in its sector's colour
 * and its milestones as markers whose shape says their state (a diamond
 * when planned or in progress, a filled circle when done, a cross when
 * cancelled, a triangle when overdue), so colour is never the only sign.
 * The axis shows months, quarters or years, whichever fits; a line marks
 * today. Ctrl+scroll zooms; hovering a marker shows its title and date;
 * the accessible description says it all in words.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-timeline-private.h"
#include "pp-widget-util.h"


struct _PpTimeline
{
  GtkWidget parent_instance;

  PpPortfolio *portfolio;
  PpVenture *venture;       /* when set, only this venture is shown */
  GListModel *ventures;     /* when set, the ventures shown (a filtered list) */
  double pixels_per_day;
};

G_DEFINE_FINAL_TYPE (PpTimeline, pp_timeline, GTK_TYPE_WIDGET)

enum {
  MILESTONE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Where the chart starts: after the ventures' names, which take less room
 * in a narrow window; a single venture's timeline needs no name, as it
 * sits in that venture's editor. */
static double
label_width (PpTimeline *self,
             int         width)
{
  if (self->venture != NULL)
    return PAD;
  return CLAMP (floor (width * 0.3), MIN_LABEL_WIDTH, LABEL_WIDTH);
}

/* The ventures that have both dates, which are the ones drawn. */
static GPtrArray *
dated_ventures (PpTimeline *self)
{
  GPtrArray *ventures = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list;

  if (self->venture != NULL)
    {
      if (pp_venture_get_start_on (self->venture) != NULL &&
          pp_venture_get_end_on (self->venture) != NULL)
        g_ptr_array_add (ventures, g_object_ref (self->venture));
      return ventures;
    }
  if (self->portfolio == NULL)
    return ventures;
  list = self->ventures != NULL ? self->ventures : pp_portfolio_get_ventures (self->portfolio);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      PpVenture *venture = g_list_model_get_item (list, i);

      if (pp_venture_get_start_on (venture) != NULL && pp_venture_get_end_on (venture) != NULL)
        g_ptr_array_add (ventures, venture);
      else
        g_object_unref (venture);
    }
  return ventures;
}

static gboolean
get_range (GPtrArray *ventures,
           GDate     *start,
           GDate     *end)
{
  g_date_clear (start, 1);
  g_date_clear (end, 1);
  for (guint i = 0; i < ventures->len; i++)
    {
      PpVenture *venture = ventures->pdata[i];
      GListModel *milestones = pp_venture_get_milestones (venture);
      const GDate *dates[2] = { pp_venture_get_start_on (venture), pp_venture_get_end_on (venture) };

      for (guint d = 0; d < 2; d++)
        {
          if (!g_date_valid (start) || g_date_compare (dates[d], start) < 0)
            *start = *dates[d];
          if (!g_date_valid (end) || g_date_compare (dates[d], end) > 0)
            *end = *dates[d];
        }
      for (guint m = 0; m < g_list_model_get_n_items (milestones); m++)
        {
          g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, m);
          const GDate *due = pp_milestone_get_due_on (milestone);

          if (due != NULL && g_date_compare (due, start) < 0)
            *start = *due;
          if (due != NULL && g_date_compare (due, end) > 0)
            *end = *due;
        }
    }
  if (!g_date_valid (start))
    return FALSE;
  /* A little room before and after. */
  pp_date_add_days_within (start, -15);
  pp_date_add_days_within (end, 15);
  return TRUE;
}

static void
pp_timeline_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  PpTimeline *self = PP_TIMELINE (widget);
  g_autoptr(GPtrArray) ventures = dated_ventures (self);
  g_autoptr(GArray) ticks = NULL;
  GDate start, end;
  PpTimelineFrame f = { 0 };

  if (!get_range (ventures, &start, &end))
    return;

  f.ventures = ventures;
  f.portfolio = self->portfolio;
  f.names = self->venture == NULL;
  f.width = gtk_widget_get_width (widget);
  f.height = gtk_widget_get_height (widget);
  f.labels = label_width (self, f.width);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &f.fg);
  pp_date_get_today (&f.today);
  pp_timeline_scale_init (&f.scale, &start, &end, f.width - f.labels - PAD);
  f.unit = pp_timeline_scale_choose_unit (&f.scale, 70);
  ticks = pp_timeline_scale_ticks (&f.scale, f.unit);
  f.ticks = ticks;
  for (guint first = 0; first == 0 || first < ventures->len; first += PP_TIMELINE_BAND_ROWS)
    _pp_timeline_draw_band (widget, snapshot, &f, first);
}

static void
pp_timeline_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  PpTimeline *self = PP_TIMELINE (widget);
  g_autoptr(GPtrArray) ventures = dated_ventures (self);
  GDate start, end;

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = (int) (AXIS_HEIGHT + MAX (1, ventures->len) * ROW_HEIGHT + PAD);
      return;
    }
  *minimum = (int) (self->venture != NULL ? PAD : MIN_LABEL_WIDTH) + MIN_CHART_WIDTH;
  *natural = *minimum;
  if (get_range (ventures, &start, &end))
    *natural = (int) (label_width (self, G_MAXINT) + PAD +
                      g_date_days_between (&start, &end) * self->pixels_per_day);
  /* Zoomed in, the timeline asks for its whole width: the scrolled window
   * around it scrolls. */
  if (self->pixels_per_day > 0.5)
    *minimum = MAX (*minimum, *natural);
}

/* The milestone whose marker is at (@x, @y), or NULL. */
static PpMilestone *
milestone_at (PpTimeline *self,
              double      x,
              double      y)
{
  g_autoptr(GPtrArray) ventures = dated_ventures (self);
  int row = (int) floor ((y - AXIS_HEIGHT) / ROW_HEIGHT);
  PpTimelineScale scale;
  GDate start, end;
  GListModel *milestones;
  double labels;
  int width;

  if (row < 0 || (guint) row >= ventures->len || !get_range (ventures, &start, &end))
    return NULL;

  width = gtk_widget_get_width (GTK_WIDGET (self));
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    x = width - x;   /* the snapshot's mirroring, undone */
  labels = label_width (self, width);
  pp_timeline_scale_init (&scale, &start, &end, width - labels - PAD);
  milestones = pp_venture_get_milestones (ventures->pdata[row]);
  for (guint m = 0; m < g_list_model_get_n_items (milestones); m++)
    {
      g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, m);
      const GDate *due = pp_milestone_get_due_on (milestone);

      if (due != NULL && fabs (labels + pp_timeline_scale_to_x (&scale, due) - x) <= MARKER + 2)
        return milestone;   /* its venture keeps it */
    }
  return NULL;
}

static gboolean
pp_timeline_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard,
                           GtkTooltip *tooltip)
{
  PpMilestone *milestone = keyboard ? NULL : milestone_at (PP_TIMELINE (widget), x, y);
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  if (milestone == NULL)
    return FALSE;
  title = pp_widget_isolate (widget, pp_milestone_get_title (milestone));
  date = pp_date_to_display (pp_milestone_get_due_on (milestone));
  /* Translators: a milestone's tooltip, "Pilot buses delivered — 2026-06-30 (Planned)" */
  text = g_strdup_printf (_("%s — %s (%s)"), title, date,
                          pp_enum_get_display_name (PP_TYPE_MILESTONE_STATUS,
                                                    pp_milestone_get_status (milestone)));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PpTimeline      *self)
{
  PpMilestone *milestone = milestone_at (self, x, y);

  if (milestone != NULL)
    g_signal_emit (self, signals[MILESTONE_ACTIVATED], 0, milestone);
}

/* Says the chart in words: each venture's span and its milestones. */
static void
update_description (PpTimeline *self)
{
  g_autoptr(GPtrArray) ventures = dated_ventures (self);
  GString *text = g_string_new (NULL);
  GDate today;

  pp_date_get_today (&today);
  for (guint i = 0; i < ventures->len; i++)
    {
      PpVenture *venture = ventures->pdata[i];
      GListModel *milestones = pp_venture_get_milestones (venture);
      g_autofree char *from = pp_date_to_display (pp_venture_get_start_on (venture));
      g_autofree char *to = pp_date_to_display (pp_venture_get_end_on (venture));
      g_autofree char *name = pp_widget_isolate (GTK_WIDGET (self), pp_venture_get_name (venture));
      guint n_milestones = g_list_model_get_n_items (milestones);
      guint overdue = 0;
      g_autofree char *overdue_text = NULL;

      for (guint m = 0; m < n_milestones; m++)
        {
          g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, m);
          overdue += _pp_timeline_milestone_overdue (milestone, &today);
        }
      /* Translators: how many of a venture's milestones are overdue, "1 overdue", put into
       * "Electric buses: 2025-07-01 to 2029-12-31, 5 milestones, 1 overdue. " */
      overdue_text = g_strdup_printf (ngettext ("%u overdue", "%u overdue", overdue), overdue);
      /* Translators: what a screen reader says of one venture on the timeline,
       * "Electric buses: 2025-07-01 to 2029-12-31, 5 milestones, 1 overdue. ": the venture's
       * name, its start and end dates, its number of milestones and how many of them are
       * overdue ("1 overdue"). Keep the space at the end: the next venture follows. */
      g_string_append_printf (text, ngettext ("%s: %s to %s, %u milestone, %s. ",
                                              "%s: %s to %s, %u milestones, %s. ", n_milestones),
                              name, from, to, n_milestones,
                              overdue_text);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text->str, -1);
  g_string_free (text, TRUE);
}

static void
portfolio_changed_cb (PpTimeline *self)
{
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           PpTimeline               *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK))
    return FALSE;
  pp_timeline_zoom (self, dy < 0 ? 1.25 : 0.8);
  return TRUE;
}

static void
pp_timeline_dispose (GObject *object)
{
  PpTimeline *self = PP_TIMELINE (object);

  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (self->portfolio, self);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->venture);
  if (self->ventures != NULL)
    g_signal_handlers_disconnect_by_data (self->ventures, self);
  g_clear_object (&self->ventures);

  G_OBJECT_CLASS (pp_timeline_parent_class)->dispose (object);
}

/* The drawing mirrors under right to left: a change of direction must
 * draw again, which a resize of the same size would not. */
static void
pp_timeline_direction_changed (GtkWidget        *widget,
                              GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (pp_timeline_parent_class)->direction_changed (widget, previous);
  gtk_widget_queue_draw (widget);
}

static void
pp_timeline_class_init (PpTimelineClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pp_timeline_dispose;
  widget_class->snapshot = pp_timeline_snapshot;
  widget_class->direction_changed = pp_timeline_direction_changed;
  widget_class->measure = pp_timeline_measure;
  widget_class->query_tooltip = pp_timeline_query_tooltip;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "timeline");

  /**
   * PpTimeline::milestone-activated:
   * @milestone: the milestone whose marker was clicked
   */
  signals[MILESTONE_ACTIVATED] = g_signal_new ("milestone-activated", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, PP_TYPE_MILESTONE);
}

static void
pp_timeline_init (PpTimeline *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  self->pixels_per_day = 0.5;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

void
pp_timeline_set_portfolio (PpTimeline  *self,
                           PpPortfolio *portfolio)
{
  g_return_if_fail (PP_IS_TIMELINE (self));

  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (self->portfolio, self);
  g_set_object (&self->portfolio, portfolio);
  if (portfolio != NULL)
    g_signal_connect_swapped (portfolio, "changed", G_CALLBACK (portfolio_changed_cb), self);
  portfolio_changed_cb (self);
}

/* Multiplies the width of a day by @factor, within sensible bounds. */
void
pp_timeline_zoom (PpTimeline *self,
                  double      factor)
{
  g_return_if_fail (PP_IS_TIMELINE (self));

  self->pixels_per_day = CLAMP (self->pixels_per_day * factor, 0.05, 40.0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

double
pp_timeline_get_zoom (PpTimeline *self)
{
  g_return_val_if_fail (PP_IS_TIMELINE (self), 1.0);
  return self->pixels_per_day;
}

/**
 * pp_timeline_set_venture:
 * @venture: (nullable): show only this venture, or %NULL for all of the
 *   portfolio's
 */
void
pp_timeline_set_venture (PpTimeline *self,
                         PpVenture  *venture)
{
  g_return_if_fail (PP_IS_TIMELINE (self));

  g_set_object (&self->venture, venture);
  portfolio_changed_cb (self);
}

/**
 * pp_timeline_set_ventures:
 * @ventures: (nullable): the ventures to show (such as the list's, as its
 *   search and filters leave it), or %NULL for all of the portfolio's
 */
void
pp_timeline_set_ventures (PpTimeline *self,
                          GListModel *ventures)
{
  g_return_if_fail (PP_IS_TIMELINE (self));

  if (self->ventures != NULL)
    g_signal_handlers_disconnect_by_data (self->ventures, self);
  g_set_object (&self->ventures, ventures);
  if (ventures != NULL)
    g_signal_connect_swapped (ventures, "items-changed", G_CALLBACK (portfolio_changed_cb), self);
  portfolio_changed_cb (self);
}
