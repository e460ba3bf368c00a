/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-partnership-dialog.c: the Partnership dialog and the New Portfolio
 * assistant (needs a display), driven as a user would: countries chosen by
 * typing in the search and activating a row, the title typed, a country
 * that items name replaced after the question, and undo. */

#include "config.h"

#include <adwaita.h>

#include "pp-application.h"
#include "pp-dashboard-page.h"
#include "pp-new-portfolio-dialog.h"
#include "pp-partnership-chooser.h"
#include "pp-partnership-dialog.h"
#include "pp-partnership-setup.h"
#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
#include "pp-window.h"

typedef struct
{
  PpWindow *window;
  PpPartnershipDialog *dialog;
  PpPortfolio *portfolio;
  PpHistory *history;
} Fixture;

static GtkWidget *
template_child (GtkWidget  *owner,
                GType       type,
                const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (owner, type, name));
}

static GtkWidget *
find_of_type (GtkWidget *root,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Runs the main loop for @msec milliseconds. */
static void
run_for (guint msec)
{
  gint64 end = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Runs the main loop until @condition holds, failing after ten seconds. */
#define WAIT_UNTIL(condition) \
  G_STMT_START { \
    gint64 wait_end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; \
    while (!(condition)) \
      { \
        g_assert_cmpint (g_get_monotonic_time (), <, wait_end); \
        run_for (10); \
      } \
  } G_STMT_END

/* Presses @button from the keyboard; it clicks a quarter of a second
 * later, so the caller waits for what the click does. */
static void
press (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_true (gtk_widget_get_realized (button));
  g_assert_true (gtk_widget_activate (button));
}

static GListModel *
chooser_rows (GtkWidget *chooser)
{
  return G_LIST_MODEL (gtk_list_view_get_model (
    GTK_LIST_VIEW (find_of_type (chooser, GTK_TYPE_LIST_VIEW))));
}

/* Activates @row, types @text into the chooser that opens and activates
 * the row of @code in what it then lists. */
static void
choose_by_typing (GtkWidget  *owner,
                  GType       owner_type,
                  const char *row_name,
                  const char *chooser_name,
                  const char *text,
                  const char *code)
{
  GtkWidget *row = template_child (owner, owner_type, row_name);
  GtkWidget *chooser = template_child (owner, owner_type, chooser_name);
  GtkWidget *entry = find_of_type (chooser, GTK_TYPE_SEARCH_ENTRY);
  GListModel *rows = chooser_rows (chooser);
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint position = GTK_INVALID_LIST_POSITION;

  g_assert_true (gtk_widget_activate (row));
  run_for (50);
  g_assert_true (gtk_widget_get_visible (chooser));
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (entry) ||
                 gtk_widget_get_focus_child (entry) != NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* The search runs once typing pauses. */
  while (g_list_model_get_n_items (rows) > 10)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      run_for (10);
    }
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (rows, i);

      if (g_str_equal (gtk_string_object_get_string (item), code))
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  g_assert_true (gtk_widget_activate_action (find_of_type (chooser, GTK_TYPE_LIST_VIEW),
                                             "list.activate-item", "u", position));
  run_for (50);
  g_assert_false (gtk_widget_get_visible (chooser));
}

static void
choose_in_dialog (Fixture    *f,
                  const char *row_name,
                  const char *chooser_name,
                  const char *text,
                  const char *code)
{
  choose_by_typing (GTK_WIDGET (f->dialog), PP_TYPE_PARTNERSHIP_DIALOG, row_name, chooser_name,
                    text, code);
}

static const char *
row_subtitle (Fixture    *f,
              const char *name)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (template_child (
    GTK_WIDGET (f->dialog), PP_TYPE_PARTNERSHIP_DIALOG, name)));
}

/* Without a window manager windows open at the top left; kept small, they
 * stay clear of the pointer in the middle of the screen. A tooltip timer
 * started under the pointer outlives the windows of one test and fails in
 * the next (GTK 4.8 then asks a destroyed surface for the pointer). */
static void
keep_clear_of_pointer (GtkWindow *window)
{
  gtk_window_set_default_size (window, 360, 380);
}

static void
open_dialog (Fixture     *f,
             PpPortfolio *portfolio)
{
  f->portfolio = portfolio;
  f->window = g_object_ref_sink (pp_window_new (NULL, portfolio, NULL));
  f->history = pp_window_get_history (f->window);
  keep_clear_of_pointer (GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (f->window));
  pp_test_wait_for_pages (GTK_WIDGET (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.partnership", NULL));
  f->dialog = g_object_ref (pp_test_find_toplevel (PP_TYPE_PARTNERSHIP_DIALOG));
  g_assert_nonnull (f->dialog);
  keep_clear_of_pointer (GTK_WINDOW (f->dialog));
  run_for (50);
}

static void
fixture_setup_empty (Fixture       *f,
                     gconstpointer  data)
{
  PpPortfolio *portfolio = pp_portfolio_new ();

  pp_portfolio_set_title (portfolio, "Untitled");
  open_dialog (f, portfolio);
}

static void
fixture_setup_sample (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PpPortfolio *sample = pp_portfolio_load_sample (&error);

  g_assert_no_error (error);
  open_dialog (f, sample);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  /* A tooltip about to show must do so while its window is there. */
  run_for (700);
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->dialog);
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (f->portfolio);
}

static gboolean
undo (Fixture *f)
{
  return gtk_widget_activate_action (GTK_WIDGET (f->dialog), "partnership.undo", NULL);
}

/* A portfolio without countries: the first choice waits for the second,
 * and the two arrive as one step; title and currency are a step each. */
static void
test_choose_countries (Fixture       *f,
                       gconstpointer  data)
{
  PpCountryPair *pair = pp_portfolio_get_countries (f->portfolio);
  GtkWidget *title_row = template_child (GTK_WIDGET (f->dialog),
                                                        PP_TYPE_PARTNERSHIP_DIALOG, "title_row");

  g_assert_cmpstr (row_subtitle (f, "first_row"), ==, "Not chosen");
  choose_in_dialog (f, "first_row", "first_chooser", "pak", "PK");
  g_assert_cmpstr (row_subtitle (f, "first_row"), ==, "Pakistan");
  g_assert_false (pp_country_pair_is_set (pair));
  g_assert_false (pp_history_get_can_undo (f->history));

  choose_in_dialog (f, "second_row", "second_chooser", "belar", "BY");
  g_assert_cmpstr (pp_country_pair_get_first (pair), ==, "PK");
  g_assert_cmpstr (pp_country_pair_get_second (pair), ==, "BY");
  g_assert_cmpstr (row_subtitle (f, "second_row"), ==, "Belarus");

  gtk_editable_set_text (GTK_EDITABLE (title_row), "Pakistan and Belarus");
  g_assert_cmpstr (pp_portfolio_get_title (f->portfolio), ==, "Pakistan and Belarus");
  /* An empty title is refused, not saved. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "");
  g_assert_true (gtk_widget_has_css_class (title_row, "error"));
  g_assert_cmpstr (pp_portfolio_get_title (f->portfolio), ==, "Pakistan and Belarus");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Pakistan and Belarus");

  choose_in_dialog (f, "currency_row", "currency_chooser", "euro", "EUR");
  g_assert_cmpstr (pp_portfolio_get_currency (f->portfolio), ==, "EUR");
  g_assert_cmpstr (row_subtitle (f, "currency_row"), ==, "EUR — Euro");

  g_assert_true (undo (f));
  g_assert_null (pp_portfolio_get_currency (f->portfolio));
  g_assert_cmpstr (row_subtitle (f, "currency_row"), ==, "None");
  g_assert_true (undo (f));
  g_assert_cmpstr (pp_portfolio_get_title (f->portfolio), ==, "Untitled");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Untitled");
  g_assert_true (undo (f));
  g_assert_false (pp_country_pair_is_set (pair));
  g_assert_false (pp_history_get_can_undo (f->history));
}

/* Replacing Pakistan, which organisations and follow-ups name: the
 * question says what, Cancel changes nothing, Replace moves them all,
 * and one undo takes it back. */
static void
test_replace_country (Fixture       *f,
                      gconstpointer  data)
{
  PpCountryPair *pair = pp_portfolio_get_countries (f->portfolio);
  AdwMessageDialog *message;
  PpCountryUses before, after;

  pp_partnership_count_uses (f->portfolio, "PK", &before);
  choose_in_dialog (f, "first_row", "first_chooser", "india", "IN");
  message = pp_test_find_message_dialog ();
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Replace Pakistan With India?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "organisations"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "They will name India"));
  adw_message_dialog_response (message, "cancel");
  run_for (50);
  g_assert_cmpstr (pp_country_pair_get_first (pair), ==, "PK");
  g_assert_false (pp_history_get_can_undo (f->history));

  choose_in_dialog (f, "first_row", "first_chooser", "india", "IN");
  message = pp_test_find_message_dialog ();
  g_assert_nonnull (message);
  adw_message_dialog_response (message, "replace");
  run_for (50);
  g_assert_cmpstr (pp_country_pair_get_first (pair), ==, "IN");
  g_assert_cmpstr (row_subtitle (f, "first_row"), ==, "India");
  pp_partnership_count_uses (f->portfolio, "IN", &after);
  g_assert_cmpmem (&after, sizeof after, &before, sizeof before);

  g_assert_true (undo (f));
  g_assert_cmpstr (pp_country_pair_get_first (pair), ==, "PK");
  g_assert_cmpstr (row_subtitle (f, "first_row"), ==, "Pakistan");
  pp_partnership_count_uses (f->portfolio, "PK", &after);
  g_assert_cmpmem (&after, sizeof after, &before, sizeof before);
  g_assert_false (pp_history_get_can_undo (f->history));
}

static const char *
selected_code (GtkWidget *chooser)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (chooser_rows (chooser));

  return gtk_string_object_get_string (gtk_single_selection_get_selected_item (selection));
}

/* What Enter in the search takes, the selected row, is the name that
 * begins with the text, not the first name with a word that does. */
static void
test_enter_takes_best_match (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *chooser = template_child (GTK_WIDGET (f->dialog), PP_TYPE_PARTNERSHIP_DIALOG,
                                       "first_chooser");
  GtkWidget *entry = find_of_type (chooser, GTK_TYPE_SEARCH_ENTRY);
  GListModel *rows = chooser_rows (chooser);

  g_assert_true (gtk_widget_activate (template_child (GTK_WIDGET (f->dialog),
                                                      PP_TYPE_PARTNERSHIP_DIALOG,
                                                      "first_row")));
  run_for (50);
  /* Opened, the current country is selected. */
  g_assert_cmpstr (selected_code (chooser), ==, "PK");

  gtk_editable_set_text (GTK_EDITABLE (entry), "india");
  WAIT_UNTIL (g_list_model_get_n_items (rows) < 10);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 1);
  g_assert_cmpstr (selected_code (chooser), ==, "IN");

  gtk_editable_set_text (GTK_EDITABLE (entry), "by");
  WAIT_UNTIL (g_list_model_get_n_items (rows) < 5);
  g_assert_cmpstr (selected_code (chooser), ==, "BY");
  gtk_popover_popdown (GTK_POPOVER (chooser));
}

/* Choosing the other country swaps the two without asking. */
static void
test_swap_countries (Fixture       *f,
                     gconstpointer  data)
{
  PpCountryPair *pair = pp_portfolio_get_countries (f->portfolio);

  choose_in_dialog (f, "first_row", "first_chooser", "BY", "BY");
  g_assert_null (pp_test_find_message_dialog ());
  g_assert_cmpstr (pp_country_pair_get_first (pair), ==, "BY");
  g_assert_cmpstr (pp_country_pair_get_second (pair), ==, "PK");
  g_assert_cmpstr (row_subtitle (f, "second_row"), ==, "Pakistan");
}

/* The dashboard of a portfolio without countries offers to choose them,
 * and the button opens this dialog. */
static void
test_dashboard_button (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();
  g_autoptr(PpWindow) window = NULL;
  GtkWidget *dashboard, *button;
  PpPartnershipDialog *dialog;

  pp_portfolio_set_title (portfolio, "Empty");
  window = g_object_ref_sink (pp_window_new (NULL, portfolio, NULL));
  keep_clear_of_pointer (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_pages (GTK_WIDGET (window));
  dashboard = find_of_type (GTK_WIDGET (window), PP_TYPE_DASHBOARD_PAGE);
  button = template_child (dashboard, PP_TYPE_DASHBOARD_PAGE, "choose_countries_button");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  press (button);
  WAIT_UNTIL ((dialog = pp_test_find_toplevel (PP_TYPE_PARTNERSHIP_DIALOG)) != NULL);

  pp_country_pair_set (pp_portfolio_get_countries (portfolio), "KZ", "DE");
  g_assert_false (gtk_widget_get_visible (button));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* New Portfolio: Next waits for two countries, the title follows them,
 * an unticked sector is left out, Create hands over the portfolio. */
static void
on_create (PpNewPortfolioDialog *dialog,
           PpPortfolio          *portfolio,
           PpPortfolio         **out)
{
  *out = g_object_ref (portfolio);
}

static void
test_new_portfolio (void)
{
  PpNewPortfolioDialog *dialog = pp_new_portfolio_dialog_new (NULL);
  GtkWidget *w = GTK_WIDGET (dialog);
  GType type = PP_TYPE_NEW_PORTFOLIO_DIALOG;
  GtkWidget *next = template_child (w, type, "next_button");
  GtkWidget *create = template_child (w, type, "create_button");
  GtkWidget *title_row = template_child (w, type, "title_row");
  GtkWidget *sectors = template_child (w, type, "sectors_group");
  g_autoptr(PpPortfolio) created = NULL;
  g_auto(GStrv) offered = pp_partnership_starting_sectors ();
  GtkWidget *check;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_connect (dialog, "create", G_CALLBACK (on_create), &created);
  keep_clear_of_pointer (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  run_for (50);
  g_assert_false (gtk_widget_get_sensitive (next));

  choose_by_typing (w, type, "first_row", "first_chooser", "kaz", "KZ");
  g_assert_false (gtk_widget_get_sensitive (next));
  /* The same country on the other row moves it there. */
  choose_by_typing (w, type, "second_row", "second_chooser", "kaz", "KZ");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (template_child (
    w, type, "first_row"))), ==, "Not chosen");
  choose_by_typing (w, type, "first_row", "first_chooser", "germ", "DE");
  g_assert_true (gtk_widget_get_sensitive (next));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                   "Germany–Kazakhstan Partnership");

  gtk_editable_set_text (GTK_EDITABLE (title_row), "");
  g_assert_false (gtk_widget_get_sensitive (next));
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Berlin–Astana");
  press (next);
  WAIT_UNTIL (gtk_widget_get_visible (create));

  /* Untick the second sector by activating its row. */
  check = find_of_type (sectors, GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  check = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);
  check = gtk_widget_get_next_sibling (check);
  g_assert_true (gtk_widget_activate (check));
  press (create);
  WAIT_UNTIL (dialog == NULL);
  g_assert_nonnull (created);
  g_assert_cmpstr (pp_portfolio_get_title (created), ==, "Berlin–Astana");
  g_assert_cmpstr (pp_country_pair_get_first (pp_portfolio_get_countries (created)), ==, "DE");
  g_assert_cmpstr (pp_country_pair_get_second (pp_portfolio_get_countries (created)), ==, "KZ");
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_sectors (created)), ==,
                    g_strv_length (offered) - 1);
  {
    g_autoptr(PpSector) second = g_list_model_get_item (pp_portfolio_get_sectors (created), 1);

    g_assert_cmpstr (pp_sector_get_name (second), ==, offered[2]);
  }
}

/* Cancel, and Escape, close it and make nothing. */
static void
test_new_portfolio_cancel (void)
{
  PpNewPortfolioDialog *dialog = pp_new_portfolio_dialog_new (NULL);
  GtkWidget *cancel = template_child (GTK_WIDGET (dialog),
                                                     PP_TYPE_NEW_PORTFOLIO_DIALOG,
                                                     "cancel_button");
  PpPortfolio *created = NULL;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_connect (dialog, "create", G_CALLBACK (on_create), &created);
  keep_clear_of_pointer (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  run_for (50);
  choose_by_typing (GTK_WIDGET (dialog), PP_TYPE_NEW_PORTFOLIO_DIALOG, "first_row",
                    "first_chooser", "pak", "PK");
  press (cancel);
  WAIT_UNTIL (dialog == NULL);
  g_assert_null (created);
}

static GList *
app_windows (GtkApplication *app)
{
  GList *found = NULL;

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (PP_IS_WINDOW (l->data))
      found = g_list_prepend (found, l->data);
  return found;
}

/* New in the main menu of a window: the assistant opens over it; Cancel
 * opens nothing, Create opens the new portfolio in a window of its own,
 * which asks to be saved before it closes. */
static void
test_new_portfolio_from_window (void)
{
  g_autoptr(PpApplication) app = pp_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) windows = NULL;
  PpNewPortfolioDialog *dialog;
  PpWindow *sample, *created = NULL;
  GType type = PP_TYPE_NEW_PORTFOLIO_DIALOG;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  pp_application_open_sample (app);
  windows = app_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  sample = windows->data;
  keep_clear_of_pointer (GTK_WINDOW (sample));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sample), "win.new", NULL));
  dialog = pp_test_find_toplevel (type);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (sample));
  press (template_child (GTK_WIDGET (dialog), type, "cancel_button"));
  WAIT_UNTIL (pp_test_find_toplevel (type) == NULL);
  g_clear_pointer (&windows, g_list_free);
  windows = app_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sample), "win.new", NULL));
  dialog = pp_test_find_toplevel (type);
  keep_clear_of_pointer (GTK_WINDOW (dialog));
  choose_by_typing (GTK_WIDGET (dialog), type, "first_row", "first_chooser", "pakis", "PK");
  choose_by_typing (GTK_WIDGET (dialog), type, "second_row", "second_chooser", "belar", "BY");
  press (template_child (GTK_WIDGET (dialog), type, "next_button"));
  WAIT_UNTIL (gtk_widget_get_visible (template_child (GTK_WIDGET (dialog), type,
                                                      "create_button")));
  press (template_child (GTK_WIDGET (dialog), type, "create_button"));
  WAIT_UNTIL (pp_test_find_toplevel (type) == NULL);

  g_clear_pointer (&windows, g_list_free);
  windows = app_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != (gpointer) sample)
      created = l->data;
  g_assert_nonnull (created);
  g_assert_cmpstr (pp_country_pair_get_first (pp_portfolio_get_countries (
    pp_window_get_portfolio (created))), ==, "PK");
  g_assert_cmpstr (pp_portfolio_get_title (pp_window_get_portfolio (created)), ==,
                   "Pakistan–Belarus Partnership");
  g_assert_true (pp_history_get_modified (pp_window_get_history (created)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  run_for (50);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/partnership-dialog/choose-countries", Fixture, NULL, fixture_setup_empty,
              test_choose_countries, fixture_teardown);
  g_test_add ("/partnership-dialog/replace-country", Fixture, NULL, fixture_setup_sample,
              test_replace_country, fixture_teardown);
  g_test_add ("/partnership-dialog/enter-takes-best-match", Fixture, NULL, fixture_setup_sample,
              test_enter_takes_best_match, fixture_teardown);
  g_test_add ("/partnership-dialog/swap-countries", Fixture, NULL, fixture_setup_sample,
              test_swap_countries, fixture_teardown);
  g_test_add_func ("/partnership-dialog/dashboard-button", test_dashboard_button);
  g_test_add_func ("/new-portfolio/create", test_new_portfolio);
  g_test_add_func ("/new-portfolio/cancel", test_new_portfolio_cancel);
  g_test_add_func ("/new-portfolio/from-window", test_new_portfolio_from_window);

  return g_test_run ();
}
