/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the main window on the bundled sample (needs a display). */

#include "config.h"

#include <adwaita.h>

#include "pp-date.h"
#include "pp-commitments-page.h"
#include "pp-dashboard-page.h"
#include "pp-mou-page.h"
#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
#include "pp-ventures-page.h"
#include "pp-window.h"

static GtkWidget *
find_by_name (GtkWidget  *root,
              GType       type,
              const char *buildable_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (buildable_id == NULL ||
           g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), buildable_id) == 0))
        return child;
      if ((found = find_by_name (child, type, buildable_id)) != NULL)
        return found;
    }
  return NULL;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static GtkProgressBar *
workers_bar (GtkFlowBox *cards)
{
  GtkWidget *card = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (cards, 0));

  return GTK_PROGRESS_BAR (find_by_name (card, GTK_TYPE_PROGRESS_BAR, NULL));
}

/* "Recording 5,000 workers by 2025-05-31 changes the card at once; undo
 * puts it back." */
static void
test_progress_moves_bar (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  g_autoptr(PpCommitment) workers = g_list_model_get_item (pp_portfolio_get_commitments (sample), 0);
  g_autoptr(PpProgressEntry) entry = pp_progress_entry_new ();
  PpWindow *window = g_object_ref_sink (pp_window_new (NULL, sample, NULL));
  PpDashboardPage *dashboard;
  GtkFlowBox *cards;
  GDate on;

  pp_test_wait_for_pages (GTK_WIDGET (window));
  dashboard = PP_DASHBOARD_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window), PP_TYPE_WINDOW,
                                                                "dashboard_page"));
  cards = GTK_FLOW_BOX (find_by_name (GTK_WIDGET (dashboard), GTK_TYPE_FLOW_BOX, "cards"));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (workers_bar (cards)), ==, 0.0);

  pp_date_parse ("2025-05-31", &on, NULL);
  pp_progress_entry_set_on (entry, &on);
  pp_progress_entry_set_value (entry, 5000);
  g_assert_true (pp_history_append (pp_window_get_history (window), PP_NODE (workers),
                                    pp_commitment_get_progress (workers), PP_NODE (entry), NULL));
  pp_summary_flush (pp_dashboard_page_get_summary (dashboard));
  g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (workers_bar (cards)),
                                  5000.0 / 150000.0, 1e-9);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  pp_summary_flush (pp_dashboard_page_get_summary (dashboard));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (workers_bar (cards)), ==, 0.0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The commitments page: a progress entry typed in, refused when its date is
 * impossible, and undone. */
static void
test_commitments_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  g_autoptr(PpCommitment) workers = g_list_model_get_item (pp_portfolio_get_commitments (sample), 0);
  PpWindow *window = g_object_ref_sink (pp_window_new (NULL, sample, NULL));
  PpCommitmentsPage *page;
  GtkEditable *date;
  GtkSpinButton *value;
  GtkLabel *status, *warning;
  GListModel *progress = pp_commitment_get_progress (workers);

  pp_test_wait_for_pages (GTK_WIDGET (window));
  page = PP_COMMITMENTS_PAGE (pp_window_get_page (PP_WINDOW (window), "commitments"));
  date = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (page), PP_TYPE_COMMITMENTS_PAGE,
                                                      "entry_date_row"));
  value = GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                          PP_TYPE_COMMITMENTS_PAGE,
                                                          "entry_value_spin"));
  status = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (page), PP_TYPE_COMMITMENTS_PAGE,
                                                     "status_label"));
  g_assert_true (pp_commitments_page_get_selected (page) == workers);

  /* Targets and amounts show grouped digits, and take them typed. */
  {
    GtkSpinButton *target = GTK_SPIN_BUTTON (
      gtk_widget_get_template_child (GTK_WIDGET (page), PP_TYPE_COMMITMENTS_PAGE, "target_spin"));

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (target)), ==, "150,000");
    gtk_editable_set_text (GTK_EDITABLE (value), "4,500");
    gtk_spin_button_update (value);
    g_assert_cmpfloat (gtk_spin_button_get_value (value), ==, 4500);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value)), ==, "4,500");
  }

  gtk_editable_set_text (date, "2025-02-30");
  gtk_spin_button_set_value (value, 5000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "commitments.add-entry", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (progress), ==, 0);

  gtk_editable_set_text (date, "2025-12-31");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "commitments.add-entry", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (progress), ==, 1);
  /* Today is 2025-06-01, before the entry: it is planned, not achieved,
   * the page says so, and the line from the MoU's signing to the target is
   * at 3,590. */
  g_assert_cmpint (pp_commitment_get_achieved (workers, NULL), ==, 0);
  g_assert_cmpuint (pp_commitment_get_n_planned (workers, NULL), ==, 1);
  g_assert_cmpstr (gtk_label_get_label (status), ==,
                   "Behind: 0 of 150,000 workers; 3,590 expected by today "
                   "(1 entry dated after today is planned, not counted)");
  warning = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (page), PP_TYPE_COMMITMENTS_PAGE,
                                                      "entry_error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (warning)));
  g_assert_nonnull (strstr (gtk_label_get_label (warning), "planned"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (progress), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_shows_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  g_autoptr(PpSector) sector = pp_sector_new ("test-sector");
  PpWindow *window;
  AdwWindowTitle *title;
  PpDashboardPage *dashboard;
  PpMouPage *page;
  AdwViewStack *stack;
  GtkFlowBox *cards;
  GtkFlowBoxChild *first_card;

  g_assert_no_error (error);
  window = g_object_ref_sink (pp_window_new (NULL, sample, NULL));
  pp_test_wait_for_pages (GTK_WIDGET (window));

  title = ADW_WINDOW_TITLE (find_by_name (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL));
  dashboard = PP_DASHBOARD_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window), PP_TYPE_WINDOW,
                                                                "dashboard_page"));
  page = PP_MOU_PAGE (pp_window_get_page (PP_WINDOW (window), "mous"));
  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), PP_TYPE_WINDOW,
                                                         "stack"));
  g_assert_nonnull (title);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, pp_portfolio_get_title (sample));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Not saved yet");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, pp_portfolio_get_title (sample));

  /* The dashboard has a card per sector, and follows the model. */
  cards = GTK_FLOW_BOX (find_by_name (GTK_WIDGET (dashboard), GTK_TYPE_FLOW_BOX, "cards"));
  g_assert_cmpuint (count_children (GTK_WIDGET (cards)), ==, 12);
  pp_sector_set_name (sector, "Test");
  g_assert_true (pp_node_append_item (PP_NODE (sample), pp_portfolio_get_sectors (sample),
                                      PP_NODE (sector), NULL));
  pp_summary_flush (pp_dashboard_page_get_summary (dashboard));
  g_assert_cmpuint (count_children (GTK_WIDGET (cards)), ==, 13);

  /* Activating a card shows the register filtered to its sector. */
  first_card = gtk_flow_box_get_child_at_index (cards, 1);
  g_signal_emit_by_name (cards, "child-activated", first_card);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "mous");
  while (pp_mou_page_get_pending (page) > 0)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (pp_mou_page_get_shown (page)), ==, 0);
  pp_mou_page_set_sector_filter (page, "defense");
  while (pp_mou_page_get_pending (page) > 0)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (pp_mou_page_get_shown (page)), ==, 2);

  /* So does the title. */
  pp_portfolio_set_title (sample, "Renamed");
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Renamed");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
focus_is_in (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Ctrl+F goes to the search of the page shown: the Joint Ventures page's
 * own, the register's from the others. */
static void
test_find_on_each_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  PpWindow *window = g_object_ref_sink (pp_window_new (NULL, sample, NULL));
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_template_child (
    GTK_WIDGET (window), PP_TYPE_WINDOW, "stack"));
  GtkWidget *ventures = GTK_WIDGET (pp_window_get_page (PP_WINDOW (window), "ventures"));
  GtkWidget *mous = GTK_WIDGET (pp_window_get_page (PP_WINDOW (window), "mous"));
  GtkWidget *ventures_search = GTK_WIDGET (gtk_widget_get_template_child (
    ventures, PP_TYPE_VENTURES_PAGE, "search_entry"));
  GtkWidget *mous_search = GTK_WIDGET (gtk_widget_get_template_child (
    mous, PP_TYPE_MOU_PAGE, "search_entry"));

  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_idle ();
  adw_view_stack_set_visible_child_name (stack, "ventures");
  pp_test_wait_for_idle ();
  /* What Ctrl+F activates (the application gives the window its keys). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "ventures");
  g_assert_true (focus_is_in (ventures_search));

  adw_view_stack_set_visible_child_name (stack, "commitments");
  pp_test_wait_for_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "mous");
  g_assert_true (focus_is_in (mous_search));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The first label under @root that a user can see, with its text. */
static const char *
shown_text (GtkWidget *root)
{
  GtkLabel *label = pp_test_find_widget (root, GTK_TYPE_LABEL, NULL);

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (label)));
  return gtk_label_get_label (label);
}

/* A window on the portfolio of @text, its pages made. */
static PpWindow *
open_text (const char *text,
           gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, length);
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (bytes, &error);
  PpWindow *window;

  g_assert_no_error (error);
  window = g_object_ref_sink (pp_window_new (NULL, portfolio, NULL));
  pp_test_wait_for_pages (GTK_WIDGET (window));
  return window;
}

/* Sections with nothing in them say so, instead of showing a bare line or
 * an empty chart; a sector with no ventures lists none, says so, and draws
 * no timeline of all the others; the four summary tiles go two to a line,
 * so none is left alone. */
static void
test_empty_sections (void)
{
  static const char text[] =
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"countries\": [\"KZ\", \"EG\"],"
    " \"sectors\": [{\"id\": \"e\", \"name\": \"Energy\"}],"
    " \"mous\": [{\"id\": \"m\", \"title\": \"M\", \"sector\": \"e\"}],"
    " \"ventures\": [{\"id\": \"v\", \"name\": \"V\", \"start_on\": \"2026-01-01\","
    "                \"end_on\": \"2027-01-01\"}]}";
  PpWindow *window = open_text (text, sizeof text - 1);
  GtkWidget *dashboard, *ventures, *list;

  dashboard = pp_window_get_page (window, "dashboard");
  g_assert_cmpuint (gtk_flow_box_get_max_children_per_line (GTK_FLOW_BOX (
    gtk_widget_get_template_child (dashboard, PP_TYPE_DASHBOARD_PAGE, "strip"))), ==, 2);
  list = GTK_WIDGET (gtk_widget_get_template_child (dashboard, PP_TYPE_DASHBOARD_PAGE,
                                                    "risk_list"));
  g_assert_true (g_str_has_prefix (shown_text (list), "Nothing is at risk"));
  list = GTK_WIDGET (gtk_widget_get_template_child (dashboard, PP_TYPE_DASHBOARD_PAGE,
                                                    "agenda_list"));
  g_assert_true (g_str_has_prefix (shown_text (list), "Nothing is due"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (
    dashboard, PP_TYPE_DASHBOARD_PAGE, "budget_chart"))));

  ventures = GTK_WIDGET (pp_window_get_page (PP_WINDOW (window), "ventures"));
  pp_ventures_page_set_sector_filter (PP_VENTURES_PAGE (ventures), "e");
  list = GTK_WIDGET (gtk_widget_get_template_child (ventures, PP_TYPE_VENTURES_PAGE,
                                                    "empty_label"));
  g_assert_cmpstr (shown_text (list), ==,
                   "No ventures in Energy yet. Add one with the + button, or show all.");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (
    ventures, PP_TYPE_VENTURES_PAGE, "timeline_group"))));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (
    ventures, PP_TYPE_VENTURES_PAGE, "no_selection"))));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The pages not shown are made after the window's first frame, and the
 * Dashboard's lists below its cards after the Dashboard's; a page shown
 * before that (here by Find, Ctrl+F) is made as it shows. */
static void
test_pages_made_later (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  PpWindow *window = g_object_ref_sink (pp_window_new (NULL, sample, NULL));
  GtkWidget *dashboard = pp_window_get_page (window, "dashboard");
  GtkWidget *agenda = GTK_WIDGET (gtk_widget_get_template_child (dashboard,
                                                                 PP_TYPE_DASHBOARD_PAGE,
                                                                 "agenda_group"));
  const char * const bins[] = { "mous_bin", "ventures_bin", "commitments_bin" };
  gboolean ready = TRUE;
  PpMouPage *mous;

  g_object_get (window, "pages-ready", &ready, NULL);
  g_assert_false (ready);
  g_assert_false (gtk_widget_get_visible (agenda));
  for (guint i = 0; i < G_N_ELEMENTS (bins); i++)
    g_assert_null (adw_bin_get_child (ADW_BIN (gtk_widget_get_template_child (
      GTK_WIDGET (window), PP_TYPE_WINDOW, bins[i]))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  mous = PP_MOU_PAGE (adw_bin_get_child (ADW_BIN (gtk_widget_get_template_child (
    GTK_WIDGET (window), PP_TYPE_WINDOW, "mous_bin"))));
  g_assert_nonnull (mous);
  while (pp_mou_page_get_pending (mous) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (pp_mou_page_get_shown (mous)), ==, 7);
  g_object_get (window, "pages-ready", &ready, NULL);
  g_assert_false (ready);

  pp_test_wait_for_pages (GTK_WIDGET (window));
  for (guint i = 0; i < G_N_ELEMENTS (bins); i++)
    g_assert_nonnull (adw_bin_get_child (ADW_BIN (gtk_widget_get_template_child (
      GTK_WIDGET (window), PP_TYPE_WINDOW, bins[i]))));
  g_assert_nonnull (pp_commitments_page_get_selected (PP_COMMITMENTS_PAGE (
    pp_window_get_page (window, "commitments"))));

  /* The Dashboard was left before it was drawn: its lists come when it is. */
  g_assert_false (gtk_widget_get_visible (agenda));
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_template_child (
    GTK_WIDGET (window), PP_TYPE_WINDOW, "stack")), "dashboard");
  while (!gtk_widget_get_visible (agenda))
    g_main_context_iteration (NULL, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A sector's card, like the Commitments tile, shows its first three
 * commitments and says how many more there are. */
static void
test_card_commitments_capped (void)
{
  static const char text[] =
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"countries\": [\"KZ\", \"EG\"],"
    " \"sectors\": [{\"id\": \"e\", \"name\": \"Energy\"}],"
    " \"commitments\": ["
    "  {\"id\": \"c1\", \"title\": \"C1\", \"sector\": \"e\", \"target\": 10, \"unit\": \"units\"},"
    "  {\"id\": \"c2\", \"title\": \"C2\", \"sector\": \"e\", \"target\": 10, \"unit\": \"units\"},"
    "  {\"id\": \"c3\", \"title\": \"C3\", \"sector\": \"e\", \"target\": 10, \"unit\": \"units\"},"
    "  {\"id\": \"c4\", \"title\": \"C4\", \"sector\": \"e\", \"target\": 10, \"unit\": \"units\"},"
    "  {\"id\": \"c5\", \"title\": \"C5\", \"sector\": \"e\", \"target\": 10, \"unit\": \"units\"}]}";
  PpWindow *window = open_text (text, sizeof text - 1);
  GtkWidget *dashboard, *card, *tile;

  dashboard = pp_window_get_page (window, "dashboard");
  card = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (
    gtk_widget_get_template_child (dashboard, PP_TYPE_DASHBOARD_PAGE, "cards")), 0));
  tile = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (
    gtk_widget_get_template_child (dashboard, PP_TYPE_DASHBOARD_PAGE, "strip")), 3));
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *box = i == 0 ? card : tile;
      guint bars = 0;
      gboolean more = FALSE;

      for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          bars += GTK_IS_PROGRESS_BAR (child);
          more |= GTK_IS_LABEL (child) &&
                  g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), "and 2 more commitments") == 0;
        }
      g_assert_cmpuint (bars, ==, 3);
      g_assert_true (more);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("PP_TODAY", "2025-06-01", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/shows-sample", test_window_shows_sample);
  g_test_add_func ("/window/progress-moves-bar", test_progress_moves_bar);
  g_test_add_func ("/window/commitments-page", test_commitments_page);
  g_test_add_func ("/window/find-on-each-page", test_find_on_each_page);
  g_test_add_func ("/window/empty-sections", test_empty_sections);
  g_test_add_func ("/window/pages-made-later", test_pages_made_later);
  g_test_add_func ("/window/card-commitments-capped", test_card_commitments_capped);

  return g_test_run ();
}
