/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-commitments-page.c: the Commitments page driven as a user would
 * (needs a display): the Target's + keeps the list's rows, so the press
 * that spins it is not lost and it stops with the click; a progress entry
 * edited in place (its total, its date and a note of its source), each edit
 * one undo step, and removed; an entry dated after today said to be
 * planned, counted nowhere as achieved. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pp-commitments-page.h"
#include "pp-date.h"
#include "pp-portfolio-io.h"
#include "pp-progress-entry-row.h"
#include "pp-summary.h"
#include "pp-test-ui.h"
#include "pp-window.h"

typedef struct
{
  PpPortfolio *portfolio;
  PpWindow *window;
  PpCommitmentsPage *page;
  PpCommitment *workers;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->portfolio = pp_portfolio_load_sample (&error);
  g_assert_no_error (error);
  f->window = g_object_ref_sink (pp_window_new (NULL, f->portfolio, NULL));
  /* @data: a width for the window, or the default. */
  if (data != NULL)
    gtk_window_set_default_size (GTK_WINDOW (f->window), GPOINTER_TO_INT (data), 800);
  pp_test_wait_for_pages (GTK_WIDGET (f->window));
  f->page = PP_COMMITMENTS_PAGE (pp_window_get_page (PP_WINDOW (f->window), "commitments"));
  f->workers = g_list_model_get_item (pp_portfolio_get_commitments (f->portfolio), 0);
  /* The page shown, as its tab shows it. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_template_child (
                                           GTK_WIDGET (f->window), PP_TYPE_WINDOW, "stack")),
                                         "commitments");
  pp_test_wait_for_idle ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workers);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (f->portfolio);
}

static gpointer
page_child (Fixture    *f,
            const char *name)
{
  gpointer found = gtk_widget_get_template_child (GTK_WIDGET (f->page), PP_TYPE_COMMITMENTS_PAGE,
                                                  name);

  g_assert_nonnull (found);
  return found;
}

static gpointer
row_child (GtkWidget  *row,
           const char *name)
{
  gpointer found = gtk_widget_get_template_child (row, PP_TYPE_PROGRESS_ENTRY_ROW, name);

  g_assert_nonnull (found);
  return found;
}

static void
undo (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
}

/* Types @text into the new entry's fields and presses Add. */
static void
add_entry (Fixture    *f,
           const char *date,
           const char *total)
{
  GtkSpinButton *value = page_child (f, "entry_value_spin");

  gtk_editable_set_text (GTK_EDITABLE (page_child (f, "entry_date_row")), date);
  gtk_editable_set_text (GTK_EDITABLE (value), total);
  gtk_spin_button_update (value);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "commitments.add-entry",
                                             NULL));
}

static GtkWidget *
entry_row (Fixture *f,
           int      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (page_child (f, "entries"), index);

  g_assert_true (PP_IS_PROGRESS_ENTRY_ROW (row));
  return GTK_WIDGET (row);
}

/* The label of the row's progress: "Behind: 0 of 150,001 workers; …". */
static const char *
list_row_status (GtkWidget *row)
{
  GtkWidget *box = gtk_widget_get_first_child (row);

  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_next_sibling (
    gtk_widget_get_first_child (box))));
}

/* + on the Target: the list's rows stay. Made again, they took the
 * pointer's press from the button, whose spinning then never stopped
 * (150,000 became 150,009 within seconds of one click). */
static void
test_target_keeps_rows (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *list = page_child (f, "list");
  GtkSelectionModel *selection = gtk_list_view_get_model (GTK_LIST_VIEW (list));
  GtkSpinButton *target = page_child (f, "target_spin");
  GtkWidget *row;
  gint64 end;

  pp_test_wait_for_idle ();
  row = pp_test_list_row (list, 0);
  g_assert_nonnull (row);
  g_assert_cmpint (pp_commitment_get_target (f->workers), ==, 150000);
  gtk_spin_button_spin (target, GTK_SPIN_STEP_FORWARD, 1);
  g_assert_cmpint (pp_commitment_get_target (f->workers), ==, 150001);
  pp_test_wait_for_idle ();
  g_assert_true (pp_test_list_row (list, 0) == row);
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  g_assert_nonnull (strstr (list_row_status (row), "150,001"));

  /* Nothing goes on counting. */
  end = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (pp_commitment_get_target (f->workers), ==, 150001);
  g_assert_cmpfloat (gtk_spin_button_get_value (target), ==, 150001);

  undo (f);
  g_assert_cmpint (pp_commitment_get_target (f->workers), ==, 150000);
  g_assert_nonnull (strstr (list_row_status (row), "150,000"));
}

/* An entry's total, date and note edited in its row, each one undo step,
 * and the entry removed from it. */
static void
test_edit_entry (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *progress = pp_commitment_get_progress (f->workers);
  g_autoptr(PpProgressEntry) entry = NULL;
  g_autofree char *on = NULL;
  GtkSpinButton *value;
  GtkWidget *row, *date, *apply;

  add_entry (f, "2025-05-01", "5,000");
  g_assert_cmpuint (g_list_model_get_n_items (progress), ==, 1);
  entry = g_list_model_get_item (progress, 0);
  row = entry_row (f, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "5,000 workers");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  /* The total, typed. */
  value = row_child (row, "value_spin");
  gtk_editable_set_text (GTK_EDITABLE (value), "7,500");
  gtk_spin_button_update (value);
  g_assert_cmpint (pp_progress_entry_get_value (entry), ==, 7500);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "7,500 workers");
  g_assert_cmpint (pp_commitment_get_achieved (f->workers, NULL), ==, 7500);

  /* Where the figure came from. */
  gtk_editable_set_text (GTK_EDITABLE (row_child (row, "note_row")), "Bureau of Emigration");
  g_assert_cmpstr (pp_progress_entry_get_note (entry), ==, "Bureau of Emigration");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "2025-05-01 · Bureau of Emigration");

  /* The date, typed into the focused field (as only then the row offers
   * Apply): an impossible one is refused, a good one applied. */
  date = row_child (row, "date_row");
  g_assert_true (gtk_widget_grab_focus (pp_test_find_widget (date, GTK_TYPE_TEXT, NULL)));
  pp_test_wait_for_idle ();
  gtk_editable_set_text (GTK_EDITABLE (date), "2025-02-30");
  apply = pp_test_find_widget (date, GTK_TYPE_BUTTON, NULL);
  g_assert_true (gtk_widget_get_visible (apply));
  pp_test_click (apply);
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  on = pp_date_to_iso (pp_progress_entry_get_on (entry));
  g_assert_cmpstr (on, ==, "2025-05-01");
  g_assert_true (gtk_widget_grab_focus (pp_test_find_widget (date, GTK_TYPE_TEXT, NULL)));
  pp_test_wait_for_idle ();
  gtk_editable_set_text (GTK_EDITABLE (date), "2025-04-15");
  pp_test_click (apply);
  g_assert_false (gtk_widget_has_css_class (date, "error"));
  g_clear_pointer (&on, g_free);
  on = pp_date_to_iso (pp_progress_entry_get_on (entry));
  g_assert_cmpstr (on, ==, "2025-04-15");

  /* Each was one step. */
  undo (f);
  g_clear_pointer (&on, g_free);
  on = pp_date_to_iso (pp_progress_entry_get_on (entry));
  g_assert_cmpstr (on, ==, "2025-05-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "2025-05-01");
  undo (f);
  g_assert_cmpstr (pp_progress_entry_get_note (entry), ==, "");
  undo (f);
  g_assert_cmpint (pp_progress_entry_get_value (entry), ==, 5000);
  g_assert_cmpfloat (gtk_spin_button_get_value (value), ==, 5000);

  g_assert_true (gtk_widget_activate_action (row, "entry.remove", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (progress), ==, 0);
  undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (progress), ==, 1);
}

/* Today is 2025-06-01: an entry of 2025-12-31 is planned, said in its row
 * and in the status, and counted as achieved neither here nor on the
 * dashboard. */
static void
test_planned_entry (Fixture       *f,
                    gconstpointer  data)
{
  GtkLabel *status = page_child (f, "status_label");
  GtkLabel *warning = page_child (f, "entry_error");
  GtkWidget *row;

  add_entry (f, "2025-05-01", "1,000");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (warning)));
  g_assert_false (gtk_widget_get_visible (row_child (entry_row (f, 0), "planned_label")));

  gtk_editable_set_text (GTK_EDITABLE (page_child (f, "entry_note_row")), "the plan for 2025");
  add_entry (f, "2025-12-31", "5,000");
  row = entry_row (f, 1);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "2025-12-31 · the plan for 2025");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page_child (f, "entry_note_row"))), ==,
                   "");
  g_assert_true (gtk_widget_get_visible (row_child (row, "planned_label")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (warning)));
  g_assert_nonnull (strstr (gtk_label_get_label (warning), "planned"));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (status), "Behind: 1,000 of 150,000"));
  g_assert_nonnull (strstr (gtk_label_get_label (status), "1 entry dated after today"));
  g_assert_cmpint (pp_commitment_get_achieved (f->workers, NULL), ==, 1000);
}
/* The list is driven as a user would: a click selects a commitment, the
 * arrow keys move the selection, and the editor follows; each row is
 * named by its commitment's title for a screen reader. */
static void
test_list_selects (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *list = page_child (f, "list");
  GtkWidget *first, *second;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "commitments.add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_commitments (f->portfolio)), ==, 2);
  g_assert_cmpstr (pp_commitment_get_title (pp_commitments_page_get_selected (f->page)), ==,
                   "New commitment");
  pp_test_wait_for_idle ();
  first = pp_test_list_row (list, 0);
  second = pp_test_list_row (list, 1);
  g_assert_nonnull (second);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (second), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "New commitment");

  if (!pp_test_click_on (first))
    return;
  g_assert_true (pp_commitments_page_get_selected (f->page) == f->workers);
  g_assert_true (pp_test_press_key (list, GDK_KEY_Down, 0));
  g_assert_cmpstr (pp_commitment_get_title (pp_commitments_page_get_selected (f->page)), ==,
                   "New commitment");
  g_assert_true (pp_test_press_key (list, GDK_KEY_Up, 0));
  g_assert_true (pp_commitments_page_get_selected (f->page) == f->workers);
}

/* At 400 px the few rows shown whole wrap, and are not cut off: the list
 * asks for the height its rows took, so there is nothing left to scroll. */
static void
test_narrow_rows_whole (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *scroller = page_child (f, "list_scroller");
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (page_child (f,
                                                                                     "list")));
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end &&
         (gtk_adjustment_get_upper (adjustment) <= 0 ||
          gtk_adjustment_get_page_size (adjustment) < gtk_adjustment_get_upper (adjustment)))
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 400);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_page_size (adjustment), >=,
                     gtk_adjustment_get_upper (adjustment));
  g_assert_cmpint (gtk_widget_get_height (scroller), >=,
                   (int) gtk_adjustment_get_upper (adjustment));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("PP_TODAY", "2025-06-01", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/commitments-page/narrow-rows-whole", Fixture, GINT_TO_POINTER (400),
              fixture_setup, test_narrow_rows_whole, fixture_teardown);
  g_test_add ("/commitments-page/target-keeps-rows", Fixture, NULL, fixture_setup,
              test_target_keeps_rows, fixture_teardown);
  g_test_add ("/commitments-page/list-selects", Fixture, NULL, fixture_setup, test_list_selects,
              fixture_teardown);
  g_test_add ("/commitments-page/edit-entry", Fixture, NULL, fixture_setup, test_edit_entry,
              fixture_teardown);
  g_test_add ("/commitments-page/planned-entry", Fixture, NULL, fixture_setup,
              test_planned_entry, fixture_teardown);
  return g_test_run ();
}
