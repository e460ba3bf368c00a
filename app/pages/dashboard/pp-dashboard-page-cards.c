/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-dashboard-page-cards.c: what a sector's card and the summary tiles
 * say: wrapping lines, a commitment's progress (its first three, then how
 * many more), and a sector's figures. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-dashboard-page-private.h"
#include "pp-date.h"
#include "pp-format.h"

/* A sector card shows its first commitments, then how many more: a card
 * with hundreds of bars would take seconds to lay out. */
#define COMMITMENTS_SHOWN 3

/**
 * _pp_dashboard_add_label:
 * @text: (nullable): the label's text
 * @css_class: (nullable): a style for it
 *
 * Appends a wrapping label to @box.
 *
 * Returns: (transfer none): the label
 */
GtkWidget *
_pp_dashboard_add_label (GtkBox     *box,
                         const char *text,
                         const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

/* A commitment's line: "5,000 of 150,000 workers" and a bar. */
static void
add_commitment (GtkBox       *box,
                PpCommitment *commitment)
{
  gint64 achieved = pp_commitment_get_achieved (commitment, NULL);
  gint64 target = pp_commitment_get_target (commitment);
  g_autofree char *a = pp_format_count (achieved);
  g_autofree char *t = pp_format_count (target);
  g_autofree char *text = NULL;
  GtkWidget *bar = gtk_progress_bar_new ();

  /* Translators: "5,000 of 150,000 workers" */
  text = pp_sentence_new (_("%s of %s %s"), a, t, pp_commitment_get_unit (commitment));
  _pp_dashboard_add_label (box, pp_commitment_get_title (commitment), NULL);
  _pp_dashboard_add_label (box, text, "dim-label");
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar),
                                 target > 0 ? MIN (1.0, (double) achieved / target) : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_box_append (box, bar);
}

/* The first commitments' lines, and how many more there are. */
void
_pp_dashboard_add_commitments (GtkBox    *box,
                               GPtrArray *commitments)
{
  for (guint i = 0; i < MIN (commitments->len, COMMITMENTS_SHOWN); i++)
    add_commitment (box, commitments->pdata[i]);
  if (commitments->len > COMMITMENTS_SHOWN)
    {
      guint more = commitments->len - COMMITMENTS_SHOWN;
      g_autofree char *count = pp_format_count (more);
      /* Translators: on the Dashboard, below the first commitments, "and 330 more commitments" */
      g_autofree char *text = pp_sentence_new (ngettext ("and %s more commitment",
                                                         "and %s more commitments", more),
                                               count);

      _pp_dashboard_add_label (box, text, "dim-label");
    }
}

/**
 * _pp_dashboard_fill_card:
 *
 * Fills @box, a sector's card, with its figures, emptying it first.
 */
void
_pp_dashboard_fill_card (GtkBox          *box,
                         PpSectorSummary *summary)
{
  PpSector *sector = pp_sector_summary_get_sector (summary);
  GPtrArray *commitments = pp_sector_summary_get_commitments (summary);
  g_autofree char *mous = pp_sector_summary_describe_counts (summary, TRUE);
  g_autofree char *ventures = pp_sector_summary_describe_counts (summary, FALSE);
  g_autofree char *budgets = pp_sector_summary_describe_budgets (summary);
  g_autofree char *name = g_markup_escape_text (pp_sector_get_name (sector), -1);
  g_autofree char *heading = g_strdup_printf ("<span foreground=\"%s\">⬤</span>  %s",
                                              pp_sector_get_color (sector), name);
  g_autofree char *mou_line = NULL;
  g_autofree char *venture_line = NULL;
  GtkWidget *child, *label, *button;
  guint n_mous = pp_sector_summary_get_n_mous (summary);
  guint n_ventures = pp_sector_summary_get_n_ventures (summary);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  label = _pp_dashboard_add_label (box, NULL, "heading");
  gtk_label_set_markup (GTK_LABEL (label), heading);

  mou_line = n_mous == 0 ? g_strdup (_("No MoUs"))
                         : pp_sentence_new (ngettext ("%u MoU: %s", "%u MoUs: %s", n_mous),
                                            n_mous, mous);
  _pp_dashboard_add_label (box, mou_line, NULL);
  venture_line = n_ventures == 0 ? g_strdup (_("No ventures"))
                                 : pp_sentence_new (ngettext ("%u venture: %s",
                                                              "%u ventures: %s", n_ventures),
                                                    n_ventures, ventures);
  _pp_dashboard_add_label (box, venture_line, NULL);
  if (*budgets != '\0')
    {
      gint64 n_jobs = pp_sector_summary_get_jobs (summary);
      g_autofree char *jobs = pp_format_count (n_jobs);
      /* Translators: a sector's planned budget and jobs (people the ventures will employ),
       * "Budget EUR 4,000,000 · 300 jobs"; the plural follows the jobs. */
      g_autofree char *text = pp_sentence_new (ngettext ("Budget %s · %s job",
                                                         "Budget %s · %s jobs",
                                                         (gulong) n_jobs),
                                               budgets, jobs);

      _pp_dashboard_add_label (box, text, "dim-label");
    }
  if (pp_sector_summary_get_n_incomplete (summary) > 0)
    _pp_dashboard_add_label (box, _("A venture’s partner shares do not total 100 %"), "warning");
  if (pp_sector_summary_get_n_at_risk (summary) > 0)
    {
      g_autofree char *text = pp_sentence_new (ngettext ("%u dependency at risk",
                                                         "%u dependencies at risk",
                                                         pp_sector_summary_get_n_at_risk (summary)),
                                               pp_sector_summary_get_n_at_risk (summary));

      _pp_dashboard_add_label (box, text, "error");
    }

  _pp_dashboard_add_commitments (box, commitments);

  if (pp_sector_summary_get_next_due (summary) != NULL)
    {
      g_autofree char *date = pp_date_to_display (pp_sector_summary_get_next_due (summary));
      g_autofree char *text = pp_sentence_new (_("Next due: %s"), date);

      _pp_dashboard_add_label (box, text, "dim-label");
    }

  button = gtk_button_new_with_label (_("Ventures"));
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_add_css_class (button, "flat");
  {
    g_autofree char *tip = pp_sentence_new (_("Show the ventures of %s"),
                                            pp_sector_get_name (sector));

    gtk_widget_set_tooltip_text (button, tip);
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    tip, -1);
  }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "dashboard.show-ventures");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                    pp_node_get_id (PP_NODE (sector)));
  gtk_box_append (box, button);
}
