/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-accessibility.c: what screen readers are told (needs a display):
 * every name said once, no focusable dashboard card without a name or a
 * purpose, entry rows that report their focus, and charts described with
 * every number as the rest of the app writes it. */

#include "config.h"

#include <adwaita.h>

#include "pp-bar-chart.h"
#include "pp-dashboard-page.h"
#include "pp-mou-editor.h"
#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
#include "pp-window.h"

static PpWindow *
open_sample_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  PpWindow *window;

  g_assert_no_error (error);
  window = g_object_ref_sink (pp_window_new (NULL, sample, NULL));
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_pages (GTK_WIDGET (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  pp_test_wait_for_idle ();
  return window;
}

static GtkWidget *
find_child (GtkWidget  *widget,
            GType       type,
            const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (widget, type, name));
}

static void
close_window (PpWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* GTK 4.8 says a widget's name as its label followed by the names of what
 * labels it: a widget with both is heard twice ("Add MoU Add MoU"). A
 * button labels itself by its icon or its label, which only doubles the
 * name when it is a label. */
static void
collect_doubled_names (GtkWidget *root,
                       GString   *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (child),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL) &&
          gtk_test_accessible_has_relation (GTK_ACCESSIBLE (child),
                                            GTK_ACCESSIBLE_RELATION_LABELLED_BY) &&
          (!GTK_IS_BUTTON (child) || GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (child)))))
        g_string_append_printf (found, "%s “%s”; ", G_OBJECT_TYPE_NAME (child),
                                GTK_IS_BUTTON (child) ? gtk_button_get_label (GTK_BUTTON (child))
                                                      : gtk_widget_get_name (child));
      collect_doubled_names (child, found);
    }
}

/* Every page of the window, the editors hidden behind them included. */
static void
test_names_said_once (void)
{
  PpWindow *window = open_sample_window ();
  g_autoptr(GString) found = g_string_new (NULL);

  collect_doubled_names (GTK_WIDGET (window), found);
  g_assert_cmpstr (found->str, ==, "");

  close_window (window);
}

static void
test_dialog_names_said_once (void)
{
  PpTestPartnership f;
  g_autoptr(GString) found = g_string_new (NULL);

  pp_test_partnership_open (&f, FALSE, "win.partnership");
  collect_doubled_names (GTK_WIDGET (f.dialog), found);
  g_assert_cmpstr (found->str, ==, "");
  pp_test_partnership_close (&f);
}

/* Tab goes through the dashboard as the Tab key does (GTK's Tab binding
 * moves the focus with gtk_widget_child_focus on the window): every flow
 * box cell it stops on has a name and, activated, opens its sector's MoUs
 * or takes the focus into its side's list; the summary's figures are
 * passed by. */
static void
test_dashboard_cells (void)
{
  PpWindow *window = open_sample_window ();
  GtkWidget *dashboard = find_child (GTK_WIDGET (window), PP_TYPE_WINDOW, "dashboard_page");
  GtkWidget *cards = find_child (dashboard, PP_TYPE_DASHBOARD_PAGE, "cards");
  GtkWidget *sides = find_child (dashboard, PP_TYPE_DASHBOARD_PAGE, "sides_box");
  GtkWidget *stack = find_child (GTK_WIDGET (window), PP_TYPE_WINDOW, "stack");
  GtkWidget *side = NULL;
  guint n_cards = 0, n_sides = 0, n_owed_rows = 0;

  for (guint i = 0; i < 300; i++)
    {
      GtkWidget *focus;

      /* At the end of the chain the focus leaves the window; the next Tab
       * starts again from its first widget. */
      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        continue;
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus == NULL || !gtk_widget_is_ancestor (focus, dashboard))
        continue;
      if (GTK_IS_FLOW_BOX_CHILD (focus))
        {
          g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (focus),
                                                           GTK_ACCESSIBLE_PROPERTY_LABEL));
          g_assert_true (gtk_widget_get_parent (focus) == cards ||
                         gtk_widget_get_parent (focus) == sides);
          if (gtk_widget_get_parent (focus) == cards)
            n_cards++;
          else if (side == NULL)
            side = focus;
          if (gtk_widget_get_parent (focus) == sides)
            n_sides++;
        }
      if (GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_is_ancestor (focus, sides))
        n_owed_rows++;
    }
  g_assert_cmpuint (n_cards, >=, 12);
  g_assert_cmpuint (n_sides, >=, 3);
  g_assert_cmpuint (n_owed_rows, >, 0);

  /* A side's cell takes the focus into its list. */
  gtk_widget_grab_focus (side);
  g_assert_true (gtk_widget_activate (side));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), side));

  /* A sector's cell opens its MoUs. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_flow_box_get_child_at_index (
    GTK_FLOW_BOX (cards), 0))));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "mous");

  close_window (window);
}

/* The text field of an entry row takes the focus: it is a named text box
 * of the accessibility tree, where libadwaita 1.2 leaves it out. */
static void
test_entry_rows_report_focus (void)
{
  PpWindow *window = open_sample_window ();
  GtkWidget *editor = pp_test_find_widget (GTK_WIDGET (window), PP_TYPE_MOU_EDITOR, NULL);
  static const char * const rows[] = { "title_row", "signed_row", "effective_row", "expires_row" };
  static const char * const titles[] = { "Title", "Signed on", "In force from", "Expires on" };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *row = find_child (editor, PP_TYPE_MOU_EDITOR, rows[i]);
      GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));

      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_ROLE_TEXT_BOX);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           titles[i]);
    }

  close_window (window);
}

/* A chart says every row, an empty one as such, and its numbers as the
 * rest of the app writes them: grouped, money with its currency. */
static void
test_chart_description (void)
{
  GtkWidget *chart = g_object_ref_sink (pp_bar_chart_new ());
  const char *labels[] = { "Energy", "Agriculture", "Mining", NULL };
  const char *series[] = { "Signed", "In force", NULL };
  GdkRGBA colors[2] = { { 0, 0, 0, 1 }, { 1, 1, 1, 1 } };
  double counts[] = { 2, 1, 0, 0, 1200, 0 };
  double budgets[] = { 80000000, 0, 15000000 };

  pp_bar_chart_set_series (PP_BAR_CHART (chart), 2, series, colors);
  pp_bar_chart_set_rows (PP_BAR_CHART (chart), 3, labels, counts, "MoUs");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Energy: 2 Signed, 1 In force; Agriculture: none; "
                                       "Mining: 1,200 Signed.");

  pp_bar_chart_set_series (PP_BAR_CHART (chart), 1, (const char *[]) { "Budget", NULL }, colors);
  pp_bar_chart_set_currency (PP_BAR_CHART (chart), "USD");
  pp_bar_chart_set_rows (PP_BAR_CHART (chart), 3, labels, budgets, "Budget (USD)");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Energy: USD 80,000,000; Agriculture: none; "
                                       "Mining: USD 15,000,000.");

  g_assert_finalize_object (chart);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("PP_TODAY", "2025-06-01", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/accessibility/names-said-once", test_names_said_once);
  g_test_add_func ("/accessibility/dialog-names-said-once", test_dialog_names_said_once);
  g_test_add_func ("/accessibility/dashboard-cells", test_dashboard_cells);
  g_test_add_func ("/accessibility/entry-rows-report-focus", test_entry_rows_report_focus);
  g_test_add_func ("/accessibility/chart-description", test_chart_description);

  return g_test_run ();
}
