/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-progress-chart.c: a small line chart of a commitment's progress.
 *
 * The time axis runs from the start of the commitment's line (its MoU's
 * signing, else its first entry) to its due date or its last entry; the
 * value axis from 0 to the target or the highest value. The dashed line is
 * where the commitment should be to reach its target on time, the solid
 * one where it is, going on in dashes, with hollow markers, to entries dated
 * after today, which are planned; a vertical line marks today. The accessible description
 * says the same in words.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-date.h"
#include "pp-format.h"
#include "pp-progress-chart.h"
#include "pp-summary.h"
#include "pp-widget-util.h"

#define MARGIN_LEFT 64
#define MARGIN_BOTTOM 28
#define MARGIN 10

struct _PpProgressChart
{
  GtkWidget parent_instance;

  PpCommitment *commitment;
};

G_DEFINE_FINAL_TYPE (PpProgressChart, pp_progress_chart, GTK_TYPE_WIDGET)

typedef struct
{
  guint32 start;     /* julian days */
  guint32 end;
  double max;
} Range;

static gboolean
get_range (PpProgressChart *self,
           Range           *range)
{
  GListModel *progress = pp_commitment_get_progress (self->commitment);
  const GDate *due = pp_commitment_get_due_on (self->commitment);
  PpNode *root = pp_node_get_root (PP_NODE (self->commitment));
  PpNode *mou = PP_IS_PORTFOLIO (root)
                ? pp_portfolio_lookup (PP_PORTFOLIO (root), PP_COLLECTION_MOUS,
                                       pp_commitment_get_mou (self->commitment))
                : NULL;

  range->start = G_MAXUINT32;
  range->end = 0;
  range->max = (double) pp_commitment_get_target (self->commitment);
  if (mou != NULL && pp_mou_get_signed_on (PP_MOU (mou)) != NULL)
    range->start = g_date_get_julian (pp_mou_get_signed_on (PP_MOU (mou)));
  if (due != NULL)
    range->end = g_date_get_julian (due);
  for (guint i = 0; i < g_list_model_get_n_items (progress); i++)
    {
      g_autoptr(PpProgressEntry) entry = g_list_model_get_item (progress, i);
      const GDate *on = pp_progress_entry_get_on (entry);

      if (on == NULL)
        continue;
      range->start = MIN (range->start, g_date_get_julian (on));
      range->end = MAX (range->end, g_date_get_julian (on));
      range->max = MAX (range->max, (double) pp_progress_entry_get_value (entry));
    }
  if (range->start == G_MAXUINT32 || range->end <= range->start || range->max <= 0)
    return FALSE;
  return TRUE;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  PpProgressEntry *x = *(PpProgressEntry **) a, *y = *(PpProgressEntry **) b;

  return pp_date_compare (pp_progress_entry_get_on (x), pp_progress_entry_get_on (y));
}

static void
pp_progress_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PpProgressChart *self = PP_PROGRESS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double w = width - MARGIN_LEFT - MARGIN, h = height - MARGIN_BOTTOM - MARGIN;
  g_autoptr(GPtrArray) entries = NULL;
  GListModel *progress;
  GdkRGBA fg, accent;
  GDate today;
  static const double dash[] = { 6, 4 };
  gboolean planned = FALSE;
  Range range;
  cairo_t *cr;

  if (self->commitment == NULL || !get_range (self, &range))
    return;

#define X(julian) (MARGIN_LEFT + ((double) (julian) - range.start) / (range.end - range.start) * w)
#define Y(value) (MARGIN + h - (value) / range.max * h)

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  gdk_rgba_parse (&accent, "#3584e4");
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, 1);
  /* Under right-to-left time runs leftwards and the value axis stands on
   * the right, as in the timeline: the lines are drawn through a mirroring
   * matrix and show_text() keeps the text unmirrored. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    {
      cairo_translate (cr, width, 0);
      cairo_scale (cr, -1, 1);
    }

  /* Axes and their labels: 0 and the top value, the first and last date. */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.5);
  cairo_move_to (cr, MARGIN_LEFT + 0.5, MARGIN);
  cairo_line_to (cr, MARGIN_LEFT + 0.5, MARGIN + h + 0.5);
  cairo_line_to (cr, MARGIN_LEFT + w, MARGIN + h + 0.5);
  cairo_stroke (cr);
  {
    GDate first, last;
    g_autofree char *a = NULL;
    g_autofree char *b = NULL;
    g_autofree char *top = pp_format_count ((gint64) round (range.max));

    g_date_clear (&first, 1);
    g_date_clear (&last, 1);
    g_date_set_julian (&first, range.start);
    g_date_set_julian (&last, range.end);
    a = pp_date_to_display (&first);
    b = pp_date_to_display (&last);
    gdk_cairo_set_source_rgba (cr, &fg);
    pp_widget_show_text (widget, cr, top, MARGIN_LEFT - 6, MARGIN, 0, 1.0, 0.5);
    pp_widget_show_text (widget, cr, "0", MARGIN_LEFT - 6, MARGIN + h, 0, 1.0, 0.5);
    pp_widget_show_text (widget, cr, a, MARGIN_LEFT, MARGIN + h + 6, 0, 0.0, 0.0);
    pp_widget_show_text (widget, cr, b, MARGIN_LEFT + w, MARGIN + h + 6, 0, 1.0, 0.0);
  }

  /* Today. */
  pp_date_get_today (&today);
  if (g_date_get_julian (&today) > range.start && g_date_get_julian (&today) < range.end)
    {
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.35);
      cairo_move_to (cr, X (g_date_get_julian (&today)) + 0.5, MARGIN);
      cairo_line_to (cr, X (g_date_get_julian (&today)) + 0.5, MARGIN + h);
      cairo_stroke (cr);
    }

  /* Where it should be: dashed, from 0 at the start to the target when due. */
  if (pp_commitment_get_due_on (self->commitment) != NULL)
    {

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, X (range.start), Y (0));
      cairo_line_to (cr, X (g_date_get_julian (pp_commitment_get_due_on (self->commitment))),
                     Y ((double) pp_commitment_get_target (self->commitment)));
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* Where it is: the running totals, as steps would mislead between
   * reports, joined by straight lines from 0 at the start. */
  progress = pp_commitment_get_progress (self->commitment);
  entries = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (progress); i++)
    {
      PpProgressEntry *entry = g_list_model_get_item (progress, i);

      if (pp_progress_entry_get_on (entry) != NULL)
        g_ptr_array_add (entries, entry);
      else
        g_object_unref (entry);
    }
  g_ptr_array_sort (entries, compare_entries);
  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_set_line_width (cr, 2.5);
  cairo_move_to (cr, X (range.start), Y (0));
  /* What is achieved, solid; what is planned (dated after today), dashed
   * on from there, with hollow markers. */
  for (guint i = 0; i < entries->len; i++)
    {
      PpProgressEntry *entry = entries->pdata[i];
      const GDate *on = pp_progress_entry_get_on (entry);

      if (g_date_compare (on, &today) > 0 && !planned)
        {
          double x, y;

          planned = TRUE;
          cairo_get_current_point (cr, &x, &y);
          cairo_stroke (cr);
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_move_to (cr, x, y);
        }
      cairo_line_to (cr, X (g_date_get_julian (on)), Y ((double) pp_progress_entry_get_value (entry)));
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < entries->len; i++)
    {
      PpProgressEntry *entry = entries->pdata[i];
      const GDate *on = pp_progress_entry_get_on (entry);

      cairo_new_sub_path (cr);
      cairo_arc (cr, X (g_date_get_julian (on)), Y ((double) pp_progress_entry_get_value (entry)),
                 3.5, 0, 2 * G_PI);
      if (g_date_compare (on, &today) > 0)
        {
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
      else
        cairo_fill (cr);
    }

  cairo_destroy (cr);
#undef X
#undef Y
}

static void
pp_progress_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 140;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 420 : 180;
}

static void
pp_progress_chart_dispose (GObject *object)
{
  PpProgressChart *self = PP_PROGRESS_CHART (object);

  g_clear_object (&self->commitment);

  G_OBJECT_CLASS (pp_progress_chart_parent_class)->dispose (object);
}

/* The drawing mirrors under right to left: a change of direction must
 * draw again, which a resize of the same size would not. */
static void
pp_progress_chart_direction_changed (GtkWidget        *widget,
                                    GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (pp_progress_chart_parent_class)->direction_changed (widget, previous);
  gtk_widget_queue_draw (widget);
}

static void
pp_progress_chart_class_init (PpProgressChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pp_progress_chart_dispose;
  widget_class->snapshot = pp_progress_chart_snapshot;
  widget_class->direction_changed = pp_progress_chart_direction_changed;
  widget_class->measure = pp_progress_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "progresschart");
}

static void
pp_progress_chart_init (PpProgressChart *self)
{
}

void
pp_progress_chart_set_commitment (PpProgressChart *self,
                                  PpCommitment    *commitment)
{
  g_return_if_fail (PP_IS_PROGRESS_CHART (self));

  g_set_object (&self->commitment, commitment);
  pp_progress_chart_update (self);
}

/* Redraws after the commitment changed, and says it in words. */
void
pp_progress_chart_update (PpProgressChart *self)
{
  g_autofree char *text = NULL;
  GDate today;

  g_return_if_fail (PP_IS_PROGRESS_CHART (self));

  if (self->commitment != NULL)
    {
      pp_date_get_today (&today);
      g_autofree char *achieved =
        pp_format_count (pp_commitment_get_achieved (self->commitment, &today));
      g_autofree char *target = pp_format_count (pp_commitment_get_target (self->commitment));
      g_autofree char *expected =
        pp_format_count ((gint64) round (pp_commitment_get_expected (self->commitment, &today)));

      /* Translators: the numbers are grouped as the locale groups them */
      text = pp_sentence_new (_("%s achieved of %s; %s expected by today on a straight "
                                "line to the target"),
                              achieved, target, expected);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      text, -1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
