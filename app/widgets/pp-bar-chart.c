/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-bar-chart.c: a small chart of labelled horizontal bars, each split
 * into series (stacked), with a value axis and a legend.
 *
 * There is no chart library for GTK 4 in Debian, so it draws itself. Text
 * takes the widget's foreground colour, so it reads in light and dark; the
 * series colours are mid-tones that read on both. The accessible
 * description gives every number as text.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-bar-chart.h"
#include "pp-format.h"
#include "pp-widget-util.h"

#define ROW_HEIGHT 22
#define BAR_HEIGHT 14
#define LABEL_WIDTH 170
#define AXIS_HEIGHT 36
#define LEGEND_HEIGHT 22
#define PAD 6

struct _PpBarChart
{
  GtkWidget parent_instance;

  guint n_series;
  GStrv names;
  GArray *colors;      /* GdkRGBA per series */
  guint n_rows;
  GStrv labels;
  GArray *values;      /* n_rows × n_series doubles */
  char *axis_label;
  char *currency;      /* the values are amounts of it; NULL for counts */
};

G_DEFINE_FINAL_TYPE (PpBarChart, pp_bar_chart, GTK_TYPE_WIDGET)

static double
row_total (PpBarChart *self,
           guint       row)
{
  double total = 0;

  for (guint s = 0; s < self->n_series; s++)
    total += g_array_index (self->values, double, row * self->n_series + s);
  return total;
}

/* A round number at or above @max for the axis, and its tick step. */
static double
nice_max (double  max,
          double *step)
{
  double magnitude, fraction, nice;

  if (max <= 0)
    {
      *step = 1;
      return 1;
    }
  /* Small counts get whole-number ticks. */
  if (max <= 10)
    {
      *step = max <= 5 ? 1 : 2;
      return ceil (max / *step) * *step;
    }
  magnitude = pow (10, floor (log10 (max)));
  fraction = max / magnitude;
  nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  *step = nice * magnitude / (nice == 1 ? 4 : nice == 2 ? 4 : 5);
  return nice * magnitude;
}

static char *
format_value (double value)
{
  if (value >= 1e9)
    return g_strdup_printf ("%.3g G", value / 1e9);
  if (value >= 1e6)
    return g_strdup_printf ("%.3g M", value / 1e6);
  /* Below a million the digits fit, grouped as everywhere else. */
  return pp_format_count ((gint64) round (value));
}

static void
pp_bar_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  PpBarChart *self = PP_BAR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  double chart_width = MAX (40, width - LABEL_WIDTH - 2 * PAD - 40);
  double max = 0, step, axis_max, y;
  GdkRGBA fg;
  cairo_t *cr;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, width, gtk_widget_get_height (widget)));
  /* Under right-to-left the labels go to the right and the bars grow
   * leftwards: everything is drawn left to right through a mirroring
   * matrix, and draw_text() keeps the text itself unmirrored. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    {
      cairo_translate (cr, width, 0);
      cairo_scale (cr, -1, 1);
    }

  for (guint r = 0; r < self->n_rows; r++)
    max = MAX (max, row_total (self, r));
  axis_max = nice_max (max, &step);

  /* Rows: label, then the stacked bar, then its total. */
  for (guint r = 0; r < self->n_rows; r++)
    {
      double x = LABEL_WIDTH + PAD;
      double total = row_total (self, r);
      g_autofree char *text = format_value (total);

      y = PAD + r * ROW_HEIGHT + ROW_HEIGHT / 2.0;
      gdk_cairo_set_source_rgba (cr, &fg);
      pp_widget_show_text (widget, cr, self->labels[r], LABEL_WIDTH, y, LABEL_WIDTH - PAD,
                           1.0, 0.5);

      for (guint s = 0; s < self->n_series; s++)
        {
          double value = g_array_index (self->values, double, r * self->n_series + s);
          double w = value / axis_max * chart_width;

          if (w <= 0)
            continue;
          gdk_cairo_set_source_rgba (cr, &g_array_index (self->colors, GdkRGBA, s));
          cairo_rectangle (cr, x, y - BAR_HEIGHT / 2.0, w, BAR_HEIGHT);
          cairo_fill (cr);
          x += w;
        }
      gdk_cairo_set_source_rgba (cr, &fg);
      pp_widget_show_text (widget, cr, text, x + 4, y, 80, 0.0, 0.5);
    }

  /* The value axis, with its ticks and label. */
  y = PAD + self->n_rows * ROW_HEIGHT + 4;
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.5);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, LABEL_WIDTH + PAD, y + 0.5);
  cairo_line_to (cr, LABEL_WIDTH + PAD + chart_width, y + 0.5);
  cairo_stroke (cr);
  for (double tick = 0; tick <= axis_max + step / 2; tick += step)
    {
      double x = LABEL_WIDTH + PAD + tick / axis_max * chart_width;
      g_autofree char *text = format_value (tick);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.5);
      cairo_move_to (cr, x + 0.5, y);
      cairo_line_to (cr, x + 0.5, y + 4);
      cairo_stroke (cr);
      gdk_cairo_set_source_rgba (cr, &fg);
      pp_widget_show_text (widget, cr, text, x, y + 12, 60, 0.5, 0.5);
    }
  if (self->axis_label != NULL)
    pp_widget_show_text (widget, cr, self->axis_label, LABEL_WIDTH + PAD + chart_width / 2,
                         y + 28, chart_width, 0.5, 0.5);

  /* The legend, when there is more than one series. */
  if (self->n_series > 1)
    {
      double x = LABEL_WIDTH + PAD;

      y += AXIS_HEIGHT + LEGEND_HEIGHT / 2.0;
      for (guint s = 0; s < self->n_series; s++)
        {
          PangoLayout *layout = gtk_widget_create_pango_layout (widget, self->names[s]);
          int tw;

          pango_layout_get_pixel_size (layout, &tw, NULL);
          g_object_unref (layout);
          gdk_cairo_set_source_rgba (cr, &g_array_index (self->colors, GdkRGBA, s));
          cairo_rectangle (cr, x, y - 5, 10, 10);
          cairo_fill (cr);
          gdk_cairo_set_source_rgba (cr, &fg);
          pp_widget_show_text (widget, cr, self->names[s], x + 14, y, tw + 1, 0.0, 0.5);
          x += 14 + tw + 14;
        }
    }

  cairo_destroy (cr);
}

static void
pp_bar_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  PpBarChart *self = PP_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = LABEL_WIDTH + 120;
      *natural = LABEL_WIDTH + 420;
    }
  else
    {
      *minimum = *natural = 2 * PAD + self->n_rows * ROW_HEIGHT + AXIS_HEIGHT +
                            (self->n_series > 1 ? LEGEND_HEIGHT + 6 : 0);
    }
}

/* A value as the rest of the app writes it: grouped digits, and the
 * currency when the values are amounts of money. */
static char *
describe_value (PpBarChart *self,
                double      value)
{
  gint64 rounded = (gint64) round (value);

  return self->currency != NULL ? pp_format_amount (rounded, self->currency)
                                : pp_format_count (rounded);
}

/* One row in words: "Energy: USD 15,000,000", "Defense: 2 Signed, 1 In
 * force", or "Food security: none" when every value is zero. */
static void
describe_row (PpBarChart *self,
              guint       row,
              GString    *text)
{
  if (row_total (self, row) <= 0)
    {
      /* Translators: a row of a chart whose values are all zero */
      g_string_append_printf (text, _("%s: none"), self->labels[row]);
      return;
    }
  g_string_append_printf (text, "%s: ", self->labels[row]);
  for (guint s = 0, first = TRUE; s < self->n_series; s++)
    {
      double value = g_array_index (self->values, double, row * self->n_series + s);
      g_autofree char *number = NULL;

      if (value <= 0)
        continue;
      number = describe_value (self, value);
      if (!first)
        g_string_append (text, ", ");
      if (self->n_series == 1)
        g_string_append (text, number);
      else
        /* Translators: a value of a chart and the series it is in, "2 Signed" */
        g_string_append_printf (text, C_("chart value", "%s %s"), number, self->names[s]);
      first = FALSE;
    }
}

/* Says the chart's numbers in words, for screen readers. */
static void
update_description (PpBarChart *self)
{
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < self->n_rows; r++)
    {
      describe_row (self, r, text);
      g_string_append (text, r + 1 < self->n_rows ? "; " : ".");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text->str, -1);
  g_string_free (text, TRUE);
}

static void
pp_bar_chart_finalize (GObject *object)
{
  PpBarChart *self = PP_BAR_CHART (object);

  g_strfreev (self->names);
  g_strfreev (self->labels);
  g_array_unref (self->colors);
  g_array_unref (self->values);
  g_free (self->axis_label);
  g_free (self->currency);

  G_OBJECT_CLASS (pp_bar_chart_parent_class)->finalize (object);
}

/* The drawing mirrors under right to left: a change of direction must
 * draw again, which a resize of the same size would not. */
static void
pp_bar_chart_direction_changed (GtkWidget        *widget,
                               GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (pp_bar_chart_parent_class)->direction_changed (widget, previous);
  gtk_widget_queue_draw (widget);
}

static void
pp_bar_chart_class_init (PpBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pp_bar_chart_finalize;
  widget_class->snapshot = pp_bar_chart_snapshot;
  widget_class->direction_changed = pp_bar_chart_direction_changed;
  widget_class->measure = pp_bar_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "barchart");
}

static void
pp_bar_chart_init (PpBarChart *self)
{
  self->colors = g_array_new (FALSE, FALSE, sizeof (GdkRGBA));
  self->values = g_array_new (FALSE, TRUE, sizeof (double));
  self->names = g_new0 (char *, 1);
  self->labels = g_new0 (char *, 1);
}

GtkWidget *
pp_bar_chart_new (void)
{
  return g_object_new (PP_TYPE_BAR_CHART, NULL);
}

void
pp_bar_chart_set_series (PpBarChart         *self,
                         guint               n_series,
                         const char * const *names,
                         const GdkRGBA      *colors)
{
  g_return_if_fail (PP_IS_BAR_CHART (self));

  g_strfreev (self->names);
  self->names = g_strdupv ((char **) names);
  self->n_series = n_series;
  g_array_set_size (self->colors, 0);
  g_array_append_vals (self->colors, colors, n_series);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * pp_bar_chart_set_rows:
 * @values: (array): @n_rows × the number of series values, row by row
 */
void
pp_bar_chart_set_rows (PpBarChart         *self,
                       guint               n_rows,
                       const char * const *labels,
                       const double       *values,
                       const char         *axis_label)
{
  g_return_if_fail (PP_IS_BAR_CHART (self));

  g_strfreev (self->labels);
  self->labels = g_strdupv ((char **) labels);
  self->n_rows = n_rows;
  g_array_set_size (self->values, 0);
  g_array_append_vals (self->values, values, n_rows * self->n_series);
  g_free (self->axis_label);
  self->axis_label = g_strdup (axis_label);
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * pp_bar_chart_set_currency:
 * @currency: (nullable): the ISO 4217 code of the values, "" for amounts
 *   in no currency, or %NULL when the values are counts
 *
 * Says what the values are, for the chart's description.
 */
void
pp_bar_chart_set_currency (PpBarChart *self,
                           const char *currency)
{
  g_return_if_fail (PP_IS_BAR_CHART (self));

  if (g_strcmp0 (self->currency, currency) == 0)
    return;
  g_free (self->currency);
  self->currency = g_strdup (currency);
  update_description (self);
}
