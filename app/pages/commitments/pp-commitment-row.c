/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-commitment-row.c: one commitment in the Commitments list: its title,
 * how far it has come in words, and its progress bar.
 *
 * The list is a GtkListView, which makes rows only for the commitments on
 * screen and binds them again as the list scrolls: a row is set to a
 * commitment, and set again to another. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-commitment-row.h"
#include "pp-date.h"
#include "pp-format.h"
#include "pp-summary.h"

struct _PpCommitmentRow
{
  GtkBox parent_instance;

  PpCommitment *commitment;
  GtkLabel *title;
  GtkLabel *status;
  GtkProgressBar *bar;
};

G_DEFINE_FINAL_TYPE (PpCommitmentRow, pp_commitment_row, GTK_TYPE_BOX)

static void
pp_commitment_row_dispose (GObject *object)
{
  PpCommitmentRow *self = PP_COMMITMENT_ROW (object);

  g_clear_object (&self->commitment);
  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_COMMITMENT_ROW);

  G_OBJECT_CLASS (pp_commitment_row_parent_class)->dispose (object);
}

static void
pp_commitment_row_class_init (PpCommitmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_commitment_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/pp-commitment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentRow, title);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentRow, status);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentRow, bar);
}

static void
pp_commitment_row_init (PpCommitmentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pp_commitment_row_new (void)
{
  return g_object_new (PP_TYPE_COMMITMENT_ROW, NULL);
}

/**
 * pp_commitment_row_describe_status:
 *
 * Says how far @commitment has come, as its row and the editor show it:
 * "On track: 5,000 of 150,000 workers; 4,100 expected by today".
 *
 * Returns: (transfer full): the sentence
 */
char *
pp_commitment_row_describe_status (PpCommitment *commitment)
{
  GDate today;
  gint64 achieved, target;
  double expected;
  g_autofree char *a = NULL;
  g_autofree char *t = NULL;
  g_autofree char *e = NULL;
  g_autofree char *status = NULL;
  const char *unit = pp_commitment_get_unit (commitment);
  guint planned;

  pp_date_get_today (&today);
  planned = pp_commitment_get_n_planned (commitment, &today);
  achieved = pp_commitment_get_achieved (commitment, &today);
  target = pp_commitment_get_target (commitment);
  expected = pp_commitment_get_expected (commitment, &today);
  a = pp_format_count (achieved);
  t = pp_format_count (target);
  e = pp_format_count ((gint64) expected);

  if (target > 0 && achieved >= target)
    /* Translators: "Reached: 150,000 of 150,000 workers"; the plural is chosen by the
     * target, the second number; the last %s is the commitment's unit as the user
     * typed it, which does not change with the number. */
    status = pp_sentence_new (ngettext ("Reached: %s of %s %s", "Reached: %s of %s %s",
                                        (gulong) MAX (target, 0)), a, t, unit);
  else if (pp_commitment_get_due_on (commitment) == NULL)
    /* Translators: "5,000 of 150,000 workers; no due date to measure against" */
    status = pp_sentence_new (_("%s of %s %s; no due date to measure against"), a, t, unit);
  else if (achieved >= expected)
    /* Translators: "On track: 5,000 of 150,000 workers; 4,000 expected by today"; the
     * plural is chosen by the number expected, the last one */
    status = pp_sentence_new (ngettext ("On track: %s of %s %s; %s expected by today",
                                        "On track: %s of %s %s; %s expected by today",
                                        (gulong) MAX (expected, 0)), a, t, unit, e);
  else
    /* Translators: "Behind: 3,000 of 150,000 workers; 4,000 expected by today"; the
     * plural is chosen by the number expected, the last one */
    status = pp_sentence_new (ngettext ("Behind: %s of %s %s; %s expected by today",
                                        "Behind: %s of %s %s; %s expected by today",
                                        (gulong) MAX (expected, 0)), a, t, unit, e);
  if (planned == 0)
    return g_steal_pointer (&status);
  /* Translators: the status, then how many entries are dated after today and not yet counted */
  return pp_sentence_new (ngettext ("%s (%u entry dated after today is planned, not counted)",
                                    "%s (%u entries dated after today are planned, not counted)",
                                    planned),
                          status, planned);
}

/**
 * pp_commitment_row_set_commitment:
 * @commitment: (nullable): the commitment to show, or %NULL when the row
 *   is unbound
 *
 * Shows @commitment's title, status and progress as they are now; called
 * again when they change. The list item around the row is what takes the
 * focus, so it is what a screen reader names.
 */
void
pp_commitment_row_set_commitment (PpCommitmentRow *self,
                                  PpCommitment    *commitment)
{
  GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (self));
  g_autofree char *status = NULL;
  gint64 target, achieved;

  g_return_if_fail (PP_IS_COMMITMENT_ROW (self));

  g_set_object (&self->commitment, commitment);
  if (commitment == NULL)
    return;
  status = pp_commitment_row_describe_status (commitment);
  target = pp_commitment_get_target (commitment);
  achieved = pp_commitment_get_achieved (commitment, NULL);
  gtk_label_set_label (self->title, pp_commitment_get_title (commitment));
  gtk_label_set_label (self->status, status);
  gtk_progress_bar_set_fraction (self->bar, target > 0 ? MIN (1.0, (double) achieved / target) : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  status, -1);
  if (item != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    pp_commitment_get_title (commitment), -1);
}

/**
 * pp_commitment_row_get_commitment:
 *
 * Returns: (transfer none) (nullable): the commitment the row shows
 */
PpCommitment *
pp_commitment_row_get_commitment (PpCommitmentRow *self)
{
  g_return_val_if_fail (PP_IS_COMMITMENT_ROW (self), NULL);
  return self->commitment;
}
