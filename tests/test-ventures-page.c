/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ventures-page.c: the joint-venture planning editor on the sample
 * (needs a display). */

#include "config.h"

#include <adwaita.h>

#include "pp-date.h"
#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
#include "pp-ventures-page.h"
#include "pp-window.h"

typedef struct
{
  PpPortfolio *portfolio;
  PpWindow *window;
  PpVenturesPage *page;
  PpVenture *buses;
} Fixture;

static gpointer
child_of (gpointer    widget,
          GType       type,
          const char *name)
{
  gpointer child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->portfolio = pp_portfolio_load_sample (&error);
  g_assert_no_error (error);
  f->window = g_object_ref_sink (pp_window_new (NULL, f->portfolio, NULL));
  /* Some tests ask for a narrow window (a width in pixels). */
  if (data != NULL)
    gtk_window_set_default_size (GTK_WINDOW (f->window), GPOINTER_TO_INT (data), 720);
  gtk_window_present (GTK_WINDOW (f->window));
  pp_test_wait_for_pages (GTK_WIDGET (f->window));
  f->page = PP_VENTURES_PAGE (pp_window_get_page (PP_WINDOW (f->window), "ventures"));
  f->buses = PP_VENTURE (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_VENTURES,
                                              "electric-buses"));
  g_assert_nonnull (f->buses);
  pp_ventures_page_select (f->page, f->buses);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  g_clear_object (&f->portfolio);
}

static PpMilestone *
milestone_at (Fixture *f,
              guint    position)
{
  PpMilestone *milestone = g_list_model_get_item (pp_venture_get_milestones (f->buses), position);

  g_object_unref (milestone);   /* the venture keeps it */
  return milestone;
}

/* The button inside @root whose tooltip is @tooltip. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *tooltip)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
undo (Fixture *f)
{
  return gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
}

/* The first event controller of @type on @widget. */
static gpointer
controller_of (GtkWidget *widget,
               GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* the widget keeps it */
    }
  g_assert_not_reached ();
}

/* Drags the milestone row at @from and drops it on the row at @to, through
 * the rows' own drag source and drop target: what the drag source offers
 * is what the drop target receives. */
static gboolean
drag_milestone (GtkListBox *list,
                int         from,
                int         to)
{
  GtkWidget *source_row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, from));
  GtkWidget *target_row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, to));
  g_autoptr(GdkContentProvider) content = NULL;
  g_autoptr(GError) error = NULL;
  GtkDropTarget *target;
  GValue value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  g_assert_nonnull (source_row);
  g_assert_nonnull (target_row);
  g_signal_emit_by_name (controller_of (source_row, GTK_TYPE_DRAG_SOURCE), "prepare",
                         10.0, 10.0, &content);
  g_assert_nonnull (content);
  target = controller_of (target_row, GTK_TYPE_DROP_TARGET);
  g_assert_cmpuint (gtk_drop_target_get_actions (target), ==, GDK_ACTION_MOVE);
  g_value_init (&value, gtk_drop_target_get_gtypes (target, NULL)[0]);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_value_unset (&value);
  return dropped;
}

static void
test_add_and_reorder_milestone (Fixture       *f,
                                gconstpointer  data)
{
  GListModel *milestones = pp_venture_get_milestones (f->buses);
  guint n = g_list_model_get_n_items (milestones);
  GtkListBox *list = child_of (f->page, PP_TYPE_VENTURES_PAGE, "milestones_list");
  PpMilestone *added;
  g_autofree char *id = NULL;
  GtkWidget *row;

  g_assert_true (pp_ventures_page_get_selected (f->page) == f->buses);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "ventures.add-milestone", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, n + 1);
  added = milestone_at (f, n);
  id = g_strdup (pp_node_get_id (PP_NODE (added)));
  g_assert_cmpstr (pp_milestone_get_title (added), ==, "New milestone");

  /* Move it up with the row's button, as the keyboard does. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, (int) n));
  g_assert_nonnull (row);
  g_signal_emit_by_name (find_button (row, "Move the milestone up"), "clicked");
  g_assert_true (milestone_at (f, n - 1) == added);
  /* Moving keeps the id. */
  g_assert_cmpstr (pp_node_get_id (PP_NODE (milestone_at (f, n - 1))), ==, id);

  /* Undo the move, then the addition. */
  g_assert_true (undo (f));
  g_assert_true (milestone_at (f, n) == added);
  g_assert_true (undo (f));
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, n);
  g_assert_false (pp_history_get_modified (pp_window_get_history (f->window)));
}

static void
test_drag_milestone (Fixture       *f,
                     gconstpointer  data)
{
  PpHistory *history = pp_window_get_history (f->window);
  GListModel *milestones = pp_venture_get_milestones (f->buses);
  guint n = g_list_model_get_n_items (milestones);
  GtkListBox *list = child_of (f->page, PP_TYPE_VENTURES_PAGE, "milestones_list");
  g_autoptr(GPtrArray) before = g_ptr_array_new ();
  PpMilestone *last;
  g_autofree char *id = NULL;
  GtkListBoxRow *row;

  g_assert_cmpuint (n, >=, 3);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (before, milestone_at (f, i));
  last = milestone_at (f, n - 1);
  id = g_strdup (pp_node_get_id (PP_NODE (last)));

  /* Dropping a row on itself changes nothing. */
  g_assert_false (drag_milestone (list, 1, 1));
  g_assert_false (pp_history_get_modified (history));

  /* The last milestone dropped on the first row goes first, with its id,
   * and its row follows. */
  g_assert_true (drag_milestone (list, (int) n - 1, 0));
  g_assert_true (milestone_at (f, 0) == last);
  g_assert_cmpstr (pp_node_get_id (PP_NODE (milestone_at (f, 0))), ==, id);
  for (guint i = 1; i < n; i++)
    g_assert_true (milestone_at (f, i) == before->pdata[i - 1]);
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, n);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   pp_milestone_get_title (last));
  g_assert_true (pp_history_get_modified (history));

  /* One undo step puts it back. */
  g_assert_true (undo (f));
  for (guint i = 0; i < n; i++)
    g_assert_true (milestone_at (f, i) == before->pdata[i]);
  g_assert_false (pp_history_get_modified (history));

  /* And the other way: the first dropped on the last row goes last. */
  g_assert_true (drag_milestone (list, 0, (int) n - 1));
  g_assert_true (milestone_at (f, n - 1) == before->pdata[0]);
  g_assert_true (undo (f));
  g_assert_true (milestone_at (f, 0) == before->pdata[0]);
}

/* Narrow, the list and the editor fold into two pages: choosing a venture
 * opens its editor, the back button returns to the list, and the
 * portfolio's timeline moves above the list so the editor starts at the
 * top. */
static void
test_narrow_pages (Fixture       *f,
                   gconstpointer  data)
{
  AdwLeaflet *leaflet = child_of (f->page, PP_TYPE_VENTURES_PAGE, "leaflet");
  GtkWidget *list = child_of (f->page, PP_TYPE_VENTURES_PAGE, "list");
  GtkWidget *timeline_group = child_of (f->page, PP_TYPE_VENTURES_PAGE, "timeline_group");
  GtkWidget *back_bar = child_of (f->page, PP_TYPE_VENTURES_PAGE, "back_bar");
  g_autoptr(PpVenture) second = NULL;
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  adw_view_stack_set_visible_child_name (child_of (f->window, PP_TYPE_WINDOW, "stack"), "ventures");
  while (!adw_leaflet_get_folded (leaflet) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (gtk_widget_get_visible (back_bar));
  g_assert_true (gtk_widget_get_parent (timeline_group) ==
                 child_of (f->page, PP_TYPE_VENTURES_PAGE, "list_box"));

  /* Selected from elsewhere (the dashboard, a new venture): the editor. */
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "editor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "ventures.back", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  /* Back, the focus is on the row of the venture that was open. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), list));

  /* A click on a row opens that venture. */
  pp_test_wait_for_idle ();
  if (!pp_test_click_on (pp_test_list_row (list, 1)))
    return;
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "editor");
  second = g_list_model_get_item (pp_portfolio_get_ventures (f->portfolio), 1);
  g_assert_true (pp_ventures_page_get_selected (f->page) == second);

  /* Back, the arrow keys move the selection without opening the editor,
   * and Enter opens it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "ventures.back", NULL));
  g_assert_true (pp_test_press_key (list, GDK_KEY_Down, 0));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  g_assert_true (pp_ventures_page_get_selected (f->page) == f->buses);
  g_assert_true (pp_test_press_key (list, GDK_KEY_Return, 0));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "editor");
  g_assert_true (pp_ventures_page_get_selected (f->page) == f->buses);
}

/* Wide, the list and the editor side by side, the timeline above the
 * editor. */
static void
test_wide_pages (Fixture       *f,
                 gconstpointer  data)
{
  AdwLeaflet *leaflet = child_of (f->page, PP_TYPE_VENTURES_PAGE, "leaflet");

  adw_view_stack_set_visible_child_name (child_of (f->window, PP_TYPE_WINDOW, "stack"), "ventures");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_get_visible (child_of (f->page, PP_TYPE_VENTURES_PAGE, "back_bar")));
  g_assert_true (gtk_widget_get_parent (child_of (f->page, PP_TYPE_VENTURES_PAGE, "timeline_group")) ==
                 child_of (f->page, PP_TYPE_VENTURES_PAGE, "content_box"));
}

/* Milestones due on the first and last days a file can hold are drawn
 * on the timelines with no GLib-CRITICAL, which the tests make fatal. */
static void
test_edge_dates (Fixture       *f,
                 gconstpointer  data)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 9999);
  pp_milestone_set_due_on (milestone_at (f, 0), &first);
  pp_milestone_set_due_on (milestone_at (f, 1), &last);

  adw_view_stack_set_visible_child_name (child_of (f->window, PP_TYPE_WINDOW, "stack"), "ventures");
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_get_mapped (child_of (f->page, PP_TYPE_VENTURES_PAGE,
                                                  "venture_timeline")));
}

/* Tab leaves the venture list rather than stepping through (and
 * selecting) each venture on the way to the editor. */
static void
test_tab_leaves_list (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *list = child_of (f->page, PP_TYPE_VENTURES_PAGE, "list");
  GtkWidget *first;
  GtkWidget *focus;

  adw_view_stack_set_visible_child_name (child_of (f->window, PP_TYPE_WINDOW, "stack"), "ventures");
  pp_test_wait_for_idle ();
  first = pp_test_list_row (list, 0);
  g_assert_nonnull (first);
  g_assert_true (gtk_widget_grab_focus (first));
  g_assert_true (pp_ventures_page_get_selected (f->page) == f->buses);
  if (!pp_test_press_key (list, GDK_KEY_Tab, 0))
    return;
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_false (gtk_widget_is_ancestor (focus, list));
  g_assert_true (pp_ventures_page_get_selected (f->page) == f->buses);

  /* Shift+Tab comes back into the list, on the selected venture. */
  g_assert_true (pp_test_press_key (list, GDK_KEY_Tab, GDK_SHIFT_MASK));
  g_assert_true (pp_ventures_page_get_selected (f->page) == f->buses);
}

static void
test_shares_warning (Fixture       *f,
                     gconstpointer  data)
{
  GtkLabel *warning = child_of (f->page, PP_TYPE_VENTURES_PAGE, "shares_warning");
  g_autoptr(PpVenturePartner) partner = g_list_model_get_item (pp_venture_get_partners (f->buses), 0);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (warning)));
  pp_history_set (pp_window_get_history (f->window), PP_NODE (partner), "share-percent", 40.0, NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (warning)));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (warning),
                                   "The partners’ shares total 89 %, not 100 %."));

  g_assert_true (undo (f));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (warning)));
}

static void
test_schedule_warning (Fixture       *f,
                       gconstpointer  data)
{
  GtkLabel *warning = child_of (f->page, PP_TYPE_VENTURES_PAGE, "schedule_warning");
  GtkEditable *end = child_of (f->page, PP_TYPE_VENTURES_PAGE, "end_row");

  gtk_editable_set_text (end, "2020-01-01");
  g_signal_emit_by_name (end, "apply");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (warning)));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (warning),
                                   "The venture ends before it starts."));
  g_assert_true (undo (f));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (warning)));
}

static void
test_plan_from_mou (Fixture       *f,
                    gconstpointer  data)
{
  PpMou *mou = PP_MOU (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_MOUS, "trade-development"));
  GListModel *ventures = pp_portfolio_get_ventures (f->portfolio);
  guint n = g_list_model_get_n_items (ventures);
  PpVenture *venture;
  GListModel *partners;
  double total = 0;

  venture = pp_ventures_page_plan_from_mou (f->page, mou);
  g_assert_nonnull (venture);
  g_assert_cmpuint (g_list_model_get_n_items (ventures), ==, n + 1);
  g_assert_true (pp_ventures_page_get_selected (f->page) == venture);
  g_assert_cmpstr (pp_venture_get_sector (venture), ==, pp_mou_get_sector (mou));
  g_assert_cmpstr (pp_venture_get_mous (venture)[0], ==, "trade-development");
  partners = pp_venture_get_partners (venture);
  g_assert_cmpuint (g_list_model_get_n_items (partners), ==,
                    g_strv_length ((char **) pp_mou_get_parties (mou)));
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PpVenturePartner) p = g_list_model_get_item (partners, i);
      total += pp_venture_partner_get_share_percent (p);
    }
  g_assert_cmpfloat_with_epsilon (total, 100.0, 1e-9);

  /* One step. */
  g_assert_true (undo (f));
  g_assert_cmpuint (g_list_model_get_n_items (ventures), ==, n);
}

static void
test_timeline_opens_milestone (Fixture       *f,
                               gconstpointer  data)
{
  gpointer timeline = child_of (f->page, PP_TYPE_VENTURES_PAGE, "venture_timeline");
  GtkListBox *list = child_of (f->page, PP_TYPE_VENTURES_PAGE, "milestones_list");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, 1);

  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_signal_emit_by_name (timeline, "milestone-activated", milestone_at (f, 1));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
}

static void
test_search_and_stage (Fixture       *f,
                       gconstpointer  data)
{
  GtkEditable *search = child_of (f->page, PP_TYPE_VENTURES_PAGE, "search_entry");
  GtkDropDown *stage = child_of (f->page, PP_TYPE_VENTURES_PAGE, "stage_filter");
  GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (child_of (f->page,
                                                                      PP_TYPE_VENTURES_PAGE,
                                                                      "list")));

  /* A partner's name finds its venture. */
  gtk_editable_set_text (search, "MAZ");
  /* What the entry emits once typing pauses. */
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  gtk_drop_down_set_selected (stage, PP_VENTURE_STAGE_PROPOSED + 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
}

/* The story: plan a venture from an MoU with two partners 51/49, a
 * USD budget, 300 jobs, four milestones over two years and two risks;
 * save; reopen: the same. */
static void
test_plan_save_reopen (Fixture       *f,
                       gconstpointer  data)
{
  PpHistory *history = pp_window_get_history (f->window);
  PpMou *mou = PP_MOU (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_MOUS, "trade-development"));
  PpVenture *venture = pp_ventures_page_plan_from_mou (f->page, mou);
  GListModel *partners = pp_venture_get_partners (venture);
  g_autoptr(PpVenturePartner) first = NULL;
  g_autoptr(PpVenturePartner) second = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(PpPortfolio) reopened = NULL;
  g_autoptr(GError) error = NULL;
  GDate start, end;

  g_assert_cmpuint (g_list_model_get_n_items (partners), ==, 2);
  first = g_list_model_get_item (partners, 0);
  second = g_list_model_get_item (partners, 1);
  pp_history_set (history, PP_NODE (first), "share-percent", 51.0, NULL);
  pp_history_set (history, PP_NODE (second), "share-percent", 49.0, NULL);
  pp_date_parse ("2026-01-01", &start, NULL);
  pp_date_parse ("2027-12-31", &end, NULL);
  pp_history_set (history, PP_NODE (venture), "budget-amount", (gint64) 12000000,
                  "budget-currency", "USD", "jobs", 300, "start-on", &start, "end-on", &end, NULL);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(PpNode) milestone = NULL;
      GDate due = start;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "ventures.add-milestone",
                                                 NULL));
      g_date_add_months (&due, 6 * i + 3);
      milestone = g_list_model_get_item (pp_venture_get_milestones (venture), i);
      pp_history_set (history, milestone, "due-on", &due, NULL);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "ventures.add-risk", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "ventures.add-risk", NULL));

  g_assert_cmpuint (g_list_model_get_n_items (pp_venture_get_milestones (venture)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (pp_venture_get_risks (venture)), ==, 2);
  g_assert_false (gtk_widget_get_visible (child_of (f->page, PP_TYPE_VENTURES_PAGE,
                                                    "shares_warning")));
  g_assert_false (gtk_widget_get_visible (child_of (f->page, PP_TYPE_VENTURES_PAGE,
                                                    "schedule_warning")));

  saved = pp_portfolio_save_to_bytes (f->portfolio);
  reopened = pp_portfolio_load_from_bytes (saved, &error);
  g_assert_no_error (error);
  again = pp_portfolio_save_to_bytes (reopened);
  g_assert_true (g_bytes_equal (saved, again));
}

/* The budget shows grouped digits, and takes them typed either way; the
 * value typed is one step of undo. */
static void
test_budget_digits (Fixture       *f,
                    gconstpointer  data)
{
  GtkSpinButton *budget = GTK_SPIN_BUTTON (child_of (f->page, PP_TYPE_VENTURES_PAGE,
                                                     "budget_spin"));
  gint64 before = pp_venture_get_budget_amount (f->buses);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "60,000,000");
  gtk_editable_set_text (GTK_EDITABLE (budget), "24,500,000");
  gtk_spin_button_update (budget);
  g_assert_cmpint (pp_venture_get_budget_amount (f->buses), ==, 24500000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "24,500,000");
  gtk_editable_set_text (GTK_EDITABLE (budget), "31000000");
  gtk_spin_button_update (budget);
  g_assert_cmpint (pp_venture_get_budget_amount (f->buses), ==, 31000000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "31,000,000");

  /* Text that is not a number keeps the value the field had. */
  gtk_editable_set_text (GTK_EDITABLE (budget), "abc");
  gtk_spin_button_update (budget);
  g_assert_cmpint (pp_venture_get_budget_amount (f->buses), ==, 31000000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "31,000,000");

  /* A decimal part is rounded, not read as more digits. */
  gtk_editable_set_text (GTK_EDITABLE (budget), "12.5");
  gtk_spin_button_update (budget);
  g_assert_cmpint (pp_venture_get_budget_amount (f->buses), ==, 13);

  /* Digits grouped by spaces. */
  gtk_editable_set_text (GTK_EDITABLE (budget), "1 234 567");
  gtk_spin_button_update (budget);
  g_assert_cmpint (pp_venture_get_budget_amount (f->buses), ==, 1234567);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (budget)), ==, "1,234,567");

  for (guint i = 0; i < 4; i++)
    g_assert_true (undo (f));
  g_assert_cmpint (pp_venture_get_budget_amount (f->buses), ==, before);
}

/* A partner's row shows the contacts of its organisation, and follows them
 * as the Organisations page changes them through the history. */
static void
test_partner_contacts (Fixture       *f,
                       gconstpointer  data)
{
  PpHistory *history = pp_window_get_history (f->window);
  GtkListBox *list = child_of (f->page, PP_TYPE_VENTURES_PAGE, "partners_list");
  g_autoptr(PpVenturePartner) partner = g_list_model_get_item (pp_venture_get_partners (f->buses),
                                                               0);
  PpNode *org = pp_portfolio_lookup (f->portfolio, PP_COLLECTION_ORGANISATIONS,
                                     pp_venture_partner_get_organisation (partner));
  g_autoptr(PpContact) contact = pp_contact_new ();
  AdwActionRow *row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 0));

  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "");
  pp_contact_set_name (contact, "Ayesha Khan");
  pp_contact_set_role (contact, "Director");
  g_assert_true (pp_history_append (history, org,
                                    pp_organisation_get_contacts (PP_ORGANISATION (org)),
                                    PP_NODE (contact), NULL));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Ayesha Khan, Director");
  pp_history_set (history, PP_NODE (contact), "phone", "+92 51 000 0000", NULL);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Ayesha Khan, Director · +92 51 000 0000");

  g_assert_true (undo (f));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Ayesha Khan, Director");
  g_assert_true (undo (f));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("PP_TODAY", "2025-06-01", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ventures-page/add-and-reorder-milestone", test_add_and_reorder_milestone);
  ADD ("/ventures-page/drag-milestone", test_drag_milestone);
  g_test_add ("/ventures-page/narrow-pages", Fixture, GINT_TO_POINTER (360), fixture_set_up,
              test_narrow_pages, fixture_tear_down);
  g_test_add ("/ventures-page/wide-pages", Fixture, GINT_TO_POINTER (1100), fixture_set_up,
              test_wide_pages, fixture_tear_down);
  ADD ("/ventures-page/edge-dates", test_edge_dates);
  ADD ("/ventures-page/tab-leaves-list", test_tab_leaves_list);
  ADD ("/ventures-page/shares-warning", test_shares_warning);
  ADD ("/ventures-page/schedule-warning", test_schedule_warning);
  ADD ("/ventures-page/plan-from-mou", test_plan_from_mou);
  ADD ("/ventures-page/timeline-opens-milestone", test_timeline_opens_milestone);
  ADD ("/ventures-page/search-and-stage", test_search_and_stage);
  ADD ("/ventures-page/plan-save-reopen", test_plan_save_reopen);
  ADD ("/ventures-page/budget-digits", test_budget_digits);
  ADD ("/ventures-page/partner-contacts", test_partner_contacts);

  return g_test_run ();
}
