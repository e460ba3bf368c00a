/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-dashboard-page.c: the Dashboard: a summary strip, a card per sector,
 * charts, the agenda, dependencies at risk and what each side owes.
 *
 * Everything shown comes from a PpSummary, which the core keeps up to
 * date; a card redraws when its own sector's figures change, not the page.
 * Activating a card opens the MoU register filtered to the sector
 * ("show-mous"); its Ventures button does the same for ventures; agenda and
 * risk rows open their item ("show-node").
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-after-paint.h"
#include "pp-bar-chart.h"
#include "pp-dashboard-page-private.h"
#include "pp-dashboard-page.h"
#include "pp-date.h"
#include "pp-format.h"
#include "pp-enum-types.h"
#include "pp-iso-codes.h"

struct _PpDashboardPage
{
  AdwBin parent_instance;

  PpPortfolio *portfolio;
  PpSummary *summary;

  GtkLabel *countries_label;
  GtkWidget *choose_countries_button;
  GtkFlowBox *strip;
  GtkFlowBox *cards;
  PpBarChart *status_chart;
  PpBarChart *budget_chart;
  GtkLabel *budget_heading;
  GtkWidget *agenda_group;
  GtkWidget *risk_group;
  GtkWidget *sides_group;
  GtkListBox *agenda_list;
  GtkListBox *risk_list;
  GtkFlowBox *sides_box;
};

G_DEFINE_FINAL_TYPE (PpDashboardPage, pp_dashboard_page, ADW_TYPE_BIN)

/* How many rows the agenda, the list of what is at risk and each side's
 * list show; a line below says how many more there are. */
#define AGENDA_SHOWN 50
#define OWED_SHOWN 10

enum {
  SHOW_MOUS,
  SHOW_VENTURES,
  SHOW_NODE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Mid-tone colours that read on light and dark backgrounds, in the MoU
 * lifecycle's order: draft, negotiation, signed, in force, expired,
 * terminated. */
static const char * const status_colors[] = {
  "#9a9996", "#e5a50a", "#3584e4", "#2ec27e", "#ff7800", "#e01b24",
};


static void update_charts (PpDashboardPage *self);

static void
card_changed_cb (PpSectorSummary *summary,
                 GtkBox          *box)
{
  _pp_dashboard_fill_card (box, summary);
}

static GtkWidget *
create_card (gpointer item,
             gpointer user_data)
{
  PpSectorSummary *summary = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *child = gtk_flow_box_child_new ();
  g_autofree char *label = NULL;

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "sector-card");
  _pp_dashboard_fill_card (GTK_BOX (box), summary);
  g_signal_connect_object (summary, "changed", G_CALLBACK (card_changed_cb), box, 0);
  /* A sector's figures can change while the whole's stay the same (an MoU
   * moved between sectors): the charts follow each sector. */
  g_signal_connect_object (summary, "changed", G_CALLBACK (update_charts), user_data,
                           G_CONNECT_SWAPPED);

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);
  label = pp_sentence_new (_("%s: show its MoUs"),
                           pp_sector_get_name (pp_sector_summary_get_sector (summary)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (child), "summary", g_object_ref (summary), g_object_unref);
  return child;
}

static void
card_activated_cb (GtkFlowBox      *cards,
                   GtkFlowBoxChild *child,
                   PpDashboardPage *self)
{
  PpSectorSummary *summary = g_object_get_data (G_OBJECT (child), "summary");

  g_signal_emit (self, signals[SHOW_MOUS], 0,
                 pp_node_get_id (PP_NODE (pp_sector_summary_get_sector (summary))));
}

static void
show_ventures_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  g_signal_emit (widget, signals[SHOW_VENTURES], 0, g_variant_get_string (parameter, NULL));
}

/* A flow box makes each of its children a focusable cell: the summary's
 * and each side's are named as their heading, so that none is heard as a
 * nameless cell. (The summary's cells take no focus at all, see init.) */
static void
append_named (GtkFlowBox *box,
              GtkWidget  *widget,
              const char *name)
{
  gtk_flow_box_append (box, widget);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (widget)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* Activating a side's cell takes the focus to its list, the first row to
 * open, as Tab does. */
static void
side_activated_cb (GtkFlowBox      *sides,
                   GtkFlowBoxChild *child)
{
  gtk_widget_child_focus (gtk_flow_box_child_get_child (child), GTK_DIR_TAB_FORWARD);
}

static GtkWidget *
add_tile (PpDashboardPage *self,
          const char      *title,
          const char      *value)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "stat-tile");
  _pp_dashboard_add_label (GTK_BOX (box), title, "caption-heading");
  _pp_dashboard_add_label (GTK_BOX (box), value, "title-2");
  append_named (self->strip, box, title);
  return box;
}

/* The summary strip: MoUs by status, ventures by stage, budget per
 * currency, jobs, and each commitment's progress. */
static void
update_strip (PpDashboardPage *self)
{
  PpSectorSummary *total = pp_summary_get_total (self->summary);
  static const PpMouStatus shown[] = {
    PP_MOU_STATUS_SIGNED, PP_MOU_STATUS_IN_FORCE, PP_MOU_STATUS_NEGOTIATION,
    PP_MOU_STATUS_EXPIRED,
  };
  g_autofree char *n_mous = g_strdup_printf ("%u", pp_sector_summary_get_n_mous (total));
  g_autofree char *n_ventures = g_strdup_printf ("%u", pp_sector_summary_get_n_ventures (total));
  g_autofree char *stages = pp_sector_summary_describe_counts (total, FALSE);
  g_autofree char *budgets = pp_sector_summary_describe_budgets (total);
  gint64 n_jobs = pp_sector_summary_get_jobs (total);
  g_autofree char *jobs = pp_format_count (n_jobs);
  GPtrArray *commitments = pp_sector_summary_get_commitments (total);
  GString *statuses = g_string_new (NULL);
  GtkWidget *tile, *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->strip))) != NULL)
    gtk_flow_box_remove (self->strip, child);

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autofree char *phrase =
        pp_sector_summary_describe_count (TRUE, shown[i],
                                          pp_sector_summary_get_mou_count (total, shown[i]));

      g_string_append_printf (statuses, "%s%s", i > 0 ? " · " : "", phrase);
    }
  tile = add_tile (self, _("MoUs"), n_mous);
  _pp_dashboard_add_label (GTK_BOX (tile), statuses->str, "dim-label");
  g_string_free (statuses, TRUE);

  tile = add_tile (self, _("Joint ventures"), n_ventures);
  _pp_dashboard_add_label (GTK_BOX (tile), *stages != '\0' ? stages : _("None planned yet"), "dim-label");

  tile = add_tile (self, _("Planned budget"), *budgets != '\0' ? budgets : "—");
  {
    /* Translators: "300 planned jobs", people the ventures plan to employ */
    g_autofree char *text = pp_sentence_new (ngettext ("%s planned job", "%s planned jobs",
                                                       (gulong) n_jobs), jobs);

    _pp_dashboard_add_label (GTK_BOX (tile), text, "dim-label");
  }

  tile = add_tile (self, _("Commitments"), NULL);
  gtk_widget_set_visible (gtk_widget_get_last_child (tile), FALSE);
  if (commitments->len == 0)
    _pp_dashboard_add_label (GTK_BOX (tile), _("None yet"), "dim-label");
  _pp_dashboard_add_commitments (GTK_BOX (tile), commitments);
}

static void
update_charts (PpDashboardPage *self)
{
  GListModel *sectors = pp_summary_get_sectors (self->summary);
  guint n = g_list_model_get_n_items (sectors);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) statuses = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) budgets = g_array_new (FALSE, FALSE, sizeof (double));
  const char *currency = NULL;
  PpSectorSummary *total = pp_summary_get_total (self->summary);
  g_autofree char *heading = NULL;
  g_autofree char *axis = NULL;
  GdkRGBA budget_color;

  /* The budget chart shows the portfolio's largest currency, and says so:
   * amounts in other currencies cannot share its bars. */
  for (guint i = 0, best = 0; i < pp_sector_summary_get_n_budgets (total); i++)
    {
      const char *c;
      gint64 amount = pp_sector_summary_get_budget (total, i, &c);

      if (amount >= (gint64) best)
        {
          best = (guint) MIN (amount, G_MAXUINT);
          currency = c;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpSectorSummary) summary = g_list_model_get_item (sectors, i);
      double amount = 0;

      g_ptr_array_add (labels, g_strdup (pp_sector_get_name (pp_sector_summary_get_sector (summary))));
      for (guint s = 0; s <= PP_MOU_STATUS_TERMINATED; s++)
        {
          double count = pp_sector_summary_get_mou_count (summary, s);
          g_array_append_val (statuses, count);
        }
      for (guint b = 0; currency != NULL && b < pp_sector_summary_get_n_budgets (summary); b++)
        {
          const char *c;
          gint64 value = pp_sector_summary_get_budget (summary, b, &c);

          if (g_strcmp0 (c, currency) == 0)
            amount = (double) value;
        }
      g_array_append_val (budgets, amount);
    }
  g_ptr_array_add (labels, NULL);

  pp_bar_chart_set_rows (self->status_chart, n, (const char * const *) labels->pdata,
                         (double *) statuses->data, _("Number of MoUs"));

  heading = currency != NULL
            ? pp_sentence_new (_("Planned budget in %s"), *currency != '\0' ? currency : "—")
            : g_strdup (_("Planned budget: no venture has a budget yet"));
  /* Bars of nothing on an axis from 0 to 1 would look broken. */
  gtk_widget_set_visible (GTK_WIDGET (self->budget_chart), currency != NULL);
  gtk_label_set_label (self->budget_heading, heading);
  axis = pp_sentence_new (_("Budget (%s)"), currency != NULL ? currency : "—");
  gdk_rgba_parse (&budget_color, "#3584e4");
  pp_bar_chart_set_series (self->budget_chart, 1, (const char *[]) { heading, NULL },
                           &budget_color);
  pp_bar_chart_set_currency (self->budget_chart, currency != NULL ? currency : "");
  pp_bar_chart_set_rows (self->budget_chart, n, (const char * const *) labels->pdata,
                         (double *) budgets->data, axis);
}

static void
totals_changed_cb (PpDashboardPage *self)
{
  update_strip (self);
  update_charts (self);
}

static void
row_activated_cb (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  PpDashboardPage *self)
{
  PpDueItem *item = g_object_get_data (G_OBJECT (row), "item");

  /* A milestone opens itself in its venture; the rest open what they
   * belong to. */
  if (item != NULL && PP_IS_MILESTONE (pp_due_item_get_subject (item)))
    g_signal_emit (self, signals[SHOW_NODE], 0, pp_due_item_get_subject (item));
  else if (item != NULL)
    g_signal_emit (self, signals[SHOW_NODE], 0, pp_due_item_get_node (item));
}

static void
update_owed_heading (GListModel *owed,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GtkLabel   *label)
{
  const char *heading = g_object_get_data (G_OBJECT (label), "heading");
  g_autofree char *count = pp_format_count (g_list_model_get_n_items (owed));
  /* Translators: a list's heading with its length, "Pakistan owes (12)" */
  g_autofree char *text = pp_sentence_new (_("%s (%s)"), heading, count);

  gtk_label_set_label (label, text);
}

static GtkWidget *
create_owed_list (PpDashboardPage *self,
                  guint            side,
                  const char      *heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();
  GListModel *owed = pp_summary_get_owed (self->summary, side);
  GtkWidget *label = _pp_dashboard_add_label (GTK_BOX (box), NULL, "heading");

  g_object_set_data_full (G_OBJECT (label), "heading", g_strdup (heading), g_free);
  g_signal_connect_object (owed, "items-changed", G_CALLBACK (update_owed_heading), label, 0);
  update_owed_heading (owed, 0, 0, 0, GTK_LABEL (label));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  g_signal_connect (list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_box_append (GTK_BOX (box), list);
  _pp_dashboard_bind_first (GTK_LIST_BOX (list), owed, OWED_SHOWN, _("Nothing open."));
  return box;
}

/* The lists of what each side owes, under the countries' names. */
static void
update_sides (PpDashboardPage *self)
{
  PpCountryPair *pair = pp_portfolio_get_countries (self->portfolio);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sides_box))) != NULL)
    gtk_flow_box_remove (self->sides_box, child);

  if (pp_country_pair_is_set (pair))
    {
      g_autofree char *first = pp_sentence_new (_("%s owes"),
                                                pp_iso_country_get_name (pp_country_pair_get_first (pair)));
      g_autofree char *second = pp_sentence_new (_("%s owes"),
                                                 pp_iso_country_get_name (pp_country_pair_get_second (pair)));

      append_named (self->sides_box, create_owed_list (self, 0, first), first);
      append_named (self->sides_box, create_owed_list (self, 1, second), second);
    }
  append_named (self->sides_box, create_owed_list (self, 2, _("Both sides")), _("Both sides"));
}

/* The heading naming the two countries, or the way to choose them. */
static void
update_countries (PpDashboardPage *self)
{
  PpCountryPair *pair = pp_portfolio_get_countries (self->portfolio);

  if (pp_country_pair_is_set (pair))
    {
      g_autofree char *text = pp_sentence_new (_("%s and %s"),
                                               pp_iso_country_get_name (pp_country_pair_get_first (pair)),
                                               pp_iso_country_get_name (pp_country_pair_get_second (pair)));

      gtk_label_set_label (self->countries_label, text);
    }
  else
    gtk_label_set_label (self->countries_label, _("No partner countries chosen yet"));
  /* The way to choose them is right below: the window's Partnership dialog. */
  gtk_widget_set_visible (self->choose_countries_button, !pp_country_pair_is_set (pair));
  /* The sides' lists, once they are shown (bind_lists). */
  if (gtk_widget_get_visible (self->sides_group))
    update_sides (self);
}

static void
pp_dashboard_page_dispose (GObject *object)
{
  PpDashboardPage *self = PP_DASHBOARD_PAGE (object);

  if (self->summary != NULL)
    {
      g_signal_handlers_disconnect_by_data (pp_summary_get_total (self->summary), self);
      g_signal_handlers_disconnect_by_data (pp_summary_get_sectors (self->summary), self);
      for (guint i = 0; i < 3; i++)
        g_signal_handlers_disconnect_by_data (pp_summary_get_owed (self->summary, i), self);
    }
  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (pp_portfolio_get_countries (self->portfolio), self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->summary);
  g_clear_object (&self->portfolio);

  G_OBJECT_CLASS (pp_dashboard_page_parent_class)->dispose (object);
}

static void
pp_dashboard_page_class_init (PpDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_dashboard_page_dispose;

  /**
   * PpDashboardPage::show-mous:
   * @sector_id: the sector whose MoUs to show
   */
  signals[SHOW_MOUS] = g_signal_new ("show-mous", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SHOW_VENTURES] = g_signal_new ("show-ventures", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * PpDashboardPage::show-node:
   * @node: the MoU, venture, milestone or commitment to open
   */
  signals[SHOW_NODE] = g_signal_new ("show-node", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, PP_TYPE_NODE);

  g_type_ensure (PP_TYPE_BAR_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/pp-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, countries_label);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, choose_countries_button);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, strip);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, cards);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, status_chart);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, budget_chart);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, budget_heading);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, risk_list);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, sides_box);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, agenda_group);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, risk_group);
  gtk_widget_class_bind_template_child (widget_class, PpDashboardPage, sides_group);

  gtk_widget_class_install_action (widget_class, "dashboard.show-ventures", "s",
                                   show_ventures_activated);
}

static void
pp_dashboard_page_init (PpDashboardPage *self)
{
  const char *names[G_N_ELEMENTS (status_colors) + 1] = { NULL };
  GdkRGBA colors[G_N_ELEMENTS (status_colors)];

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (status_colors); i++)
    {
      names[i] = pp_enum_get_display_name (PP_TYPE_MOU_STATUS, i);
      gdk_rgba_parse (&colors[i], status_colors[i]);
    }
  pp_bar_chart_set_series (self->status_chart, G_N_ELEMENTS (status_colors), names, colors);

  /* The summary only reads out figures: Tab passes it by (a flow box
   * whose cells could not take the focus would keep it instead). */
  gtk_widget_set_can_focus (GTK_WIDGET (self->strip), FALSE);
  g_signal_connect (self->cards, "child-activated", G_CALLBACK (card_activated_cb), self);
  g_signal_connect (self->sides_box, "child-activated", G_CALLBACK (side_activated_cb), NULL);
  g_signal_connect (self->agenda_list, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect (self->risk_list, "row-activated", G_CALLBACK (row_activated_cb), self);
}

/* The lists below the cards and charts, filled once the page's first frame
 * is drawn: measuring their wrapped rows took most of a large portfolio's
 * first frame, for rows the window's first screen does not show. */
static void
bind_lists (GtkWidget *widget)
{
  PpDashboardPage *self = PP_DASHBOARD_PAGE (widget);
  /* Translators: in place of the Dashboard's empty agenda; %d is a number of days */
  g_autofree char *no_agenda = pp_sentence_new (ngettext ("Nothing is due in the next %d day, "
                                                          "and nothing is late.",
                                                          "Nothing is due in the next %d days, "
                                                          "and nothing is late.", PP_AGENDA_DAYS),
                                                PP_AGENDA_DAYS);

  _pp_dashboard_bind_first (self->agenda_list, pp_summary_get_agenda (self->summary), AGENDA_SHOWN,
                            no_agenda);
  _pp_dashboard_bind_first (self->risk_list, pp_summary_get_at_risk (self->summary), AGENDA_SHOWN,
              _("Nothing is at risk: no venture or commitment depends on an MoU that has "
                "expired, was terminated or ends first."));
  update_sides (self);
  gtk_widget_set_visible (self->agenda_group, TRUE);
  gtk_widget_set_visible (self->risk_group, TRUE);
  gtk_widget_set_visible (self->sides_group, TRUE);
}

void
pp_dashboard_page_set_portfolio (PpDashboardPage *self,
                                 PpPortfolio     *portfolio)
{
  g_return_if_fail (PP_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (self->portfolio == NULL);

  self->portfolio = g_object_ref (portfolio);
  self->summary = pp_summary_new (portfolio);

  gtk_flow_box_bind_model (self->cards, pp_summary_get_sectors (self->summary), create_card,
                           self, NULL);
  g_signal_connect_swapped (pp_summary_get_total (self->summary), "changed",
                            G_CALLBACK (totals_changed_cb), self);
  g_signal_connect_swapped (pp_summary_get_sectors (self->summary), "items-changed",
                            G_CALLBACK (update_charts), self);
  g_signal_connect_swapped (pp_portfolio_get_countries (portfolio), "notify",
                            G_CALLBACK (update_countries), self);
  update_strip (self);
  update_charts (self);
  update_countries (self);
  pp_widget_after_first_paint (GTK_WIDGET (self), bind_lists);
}

/**
 * pp_dashboard_page_get_summary:
 *
 * Returns: (transfer none): the figures shown
 */
PpSummary *
pp_dashboard_page_get_summary (PpDashboardPage *self)
{
  g_return_val_if_fail (PP_IS_DASHBOARD_PAGE (self), NULL);
  return self->summary;
}
