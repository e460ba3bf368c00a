/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-versions.c: a portfolio file's versions through the window,
 * in git repositories the test makes (needs a display): starting to keep
 * versions and the refusal in a home folder, Save Version… with the author
 * asked once, the History with a meeting tagged, Restore and its undo,
 * opening an old version read-only and editing a copy of it, and Compare
 * With Current.
 * test-window-sync has the Sync. */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-changes-window.h"
#include "pp-history-view.h"
#include "pp-mou-page.h"
#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
#include "pp-test-util.h"
#include "pp-test-versions.h"
#include "pp-version-dialog.h"
#include "pp-version-row.h"
#include "pp-version-store.h"

typedef PpTestVersions Fixture;

static void
test_start_and_save (Fixture       *f,
                     gconstpointer  data)
{
  PpWindow *window = pp_test_open_window (f, f->file);
  GtkWidget *history_button = pp_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON,
                                                   "History");
  g_autoptr(PpVersionStore) store = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(PpVersion) version = NULL;
  g_autofree char *name = NULL;
  PpVersionDialog *dialog;

  g_assert_true (pp_test_action_enabled (window, "start-versions"));
  g_assert_false (pp_test_action_enabled (window, "history"));
  g_assert_false (pp_test_action_enabled (window, "sync"));
  g_assert_false (gtk_widget_get_visible (history_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-versions", NULL));
  pp_test_answer (pp_test_find_message_dialog (), "_Keep Versions");
  g_assert_false (pp_test_action_enabled (window, "start-versions"));
  g_assert_true (pp_test_action_enabled (window, "history"));
  g_assert_true (pp_test_action_enabled (window, "save-version"));
  g_assert_true (gtk_widget_get_visible (history_button));

  /* Unsaved changes are saved first; git knows nobody, so the dialog asks. */
  pp_history_set (pp_window_get_history (window), PP_NODE (pp_window_get_portfolio (window)),
                  "title", "Before JWG-3", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-version", NULL));
  g_assert_false (pp_history_get_modified (pp_window_get_history (window)));
  dialog = pp_test_find_toplevel (PP_TYPE_VERSION_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  pp_test_type_into (GTK_WIDGET (dialog), "What changed", "Agenda for JWG-3");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  pp_test_type_into (GTK_WIDGET (dialog), "Your name", "Ayesha Khan");
  pp_test_type_into (GTK_WIDGET (dialog), "Your e-mail", "ayesha@example.org");
  pp_test_answer (dialog, "_Save Version");

  name = g_settings_get_string (f->settings, "version-author-name");
  g_assert_cmpstr (name, ==, "Ayesha Khan");
  store = pp_test_open_store (f->file);
  versions = pp_version_store_list (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
  version = g_list_model_get_item (versions, 0);
  g_assert_cmpstr (pp_version_get_message (version), ==, "Agenda for JWG-3");
  g_assert_cmpstr (pp_version_get_author (version), ==, "Ayesha Khan");

  /* The next version asks no more: the name was kept. */
  pp_history_set (pp_window_get_history (window), PP_NODE (pp_window_get_portfolio (window)),
                  "title", "After JWG-3", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-version", NULL));
  dialog = pp_test_find_toplevel (PP_TYPE_VERSION_DIALOG);
  g_assert_false (gtk_widget_is_visible (pp_test_find_widget (GTK_WIDGET (dialog),
                                                              ADW_TYPE_ENTRY_ROW, "Your name")));
  pp_test_type_into (GTK_WIDGET (dialog), "What changed", "Minutes of JWG-3");
  pp_test_answer (dialog, "_Save Version");
  g_clear_object (&versions);
  versions = pp_version_store_list (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);

  pp_test_close_window (window);
}

/* A version on every save, when ticked in Preferences. */
static void
test_version_on_save (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PpVersionStore) created = pp_version_store_create (f->file, NULL);
  PpWindow *window = pp_test_open_window (f, f->file);
  GtkWidget *preferences;
  GtkWidget *toggle;
  g_autoptr(PpVersionStore) store = NULL;
  g_autoptr(GListModel) versions = NULL;

  g_settings_set_string (f->settings, "version-author-name", "Ayesha Khan");
  g_settings_set_string (f->settings, "version-author-email", "ayesha@example.org");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  preferences = pp_test_find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  toggle = pp_test_find_widget (preferences, GTK_TYPE_SWITCH, NULL);
  g_assert_true (gtk_widget_activate (toggle));
  /* The switch turns at the end of its animation. */
  for (int i = 0; i < 200 && !g_settings_get_boolean (f->settings, "version-on-save"); i++)
    {
      pp_test_wait_for_idle ();
      g_usleep (10000);
    }
  g_assert_true (g_settings_get_boolean (f->settings, "version-on-save"));
  gtk_window_destroy (GTK_WINDOW (preferences));

  pp_history_set (pp_window_get_history (window), PP_NODE (pp_window_get_portfolio (window)),
                  "title", "Saved Twice", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  store = pp_test_open_store (f->file);
  versions = pp_version_store_list (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);

  pp_test_close_window (window);
}

/* Two versions, saved by the core, with the author given. */
static PpVersionStore *
make_two_versions (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  PpVersionStore *store = pp_version_store_create (f->file, &error);
  g_autoptr(PpVersion) first = NULL;
  g_autoptr(PpVersion) second = NULL;

  g_assert_no_error (error);
  pp_test_save_sample (f->file, "First");
  first = pp_version_store_save (store, "The first draft", "Ayesha Khan", "ayesha@example.org",
                                 &error);
  g_assert_no_error (error);
  pp_test_save_sample (f->file, "Second");
  second = pp_version_store_save (store, "The second draft", "Ayesha Khan",
                                  "ayesha@example.org", &error);
  g_assert_no_error (error);
  return store;
}

static PpHistoryView *
open_history (PpWindow *window)
{
  PpHistoryView *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.history", NULL));
  pp_test_wait_for_idle ();
  view = pp_test_find_toplevel (PP_TYPE_HISTORY_VIEW);
  g_assert_nonnull (view);
  return view;
}

static PpVersion *
shown_version (PpHistoryView *view,
               guint          position)
{
  return g_list_model_get_item (pp_history_view_get_model (view), position);
}

static void
open_version_cb (PpWindow     *window,
                 PpPortfolio  *portfolio,
                 const char   *label,
                 PpWindow    **shown)
{
  /* As the application does. */
  *shown = g_object_new (PP_TYPE_WINDOW, "portfolio", portfolio, "version-label", label, NULL);
  g_object_ref_sink (*shown);
  gtk_window_present (GTK_WINDOW (*shown));
}

static void
test_history_tag_restore (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = make_two_versions (f);
  PpWindow *window = pp_test_open_window (f, f->file);
  PpHistory *history = pp_window_get_history (window);
  PpPortfolio *portfolio = pp_window_get_portfolio (window);
  PpHistoryView *view = open_history (window);
  g_autoptr(PpVersion) newest = shown_version (view, 0);
  g_autoptr(PpVersion) older = shown_version (view, 1);
  g_autoptr(PpVersion) tagged = NULL;
  g_autoptr(PpPortfolio) on_disk = NULL;
  PpVersionDialog *dialog;
  PpWindow *shown = NULL;
  AdwWindowTitle *title;

  /* Newest first, with the rows made for them. */
  g_assert_cmpuint (g_list_model_get_n_items (pp_history_view_get_model (view)), ==, 2);
  g_assert_cmpstr (pp_version_get_message (newest), ==, "The second draft");
  g_assert_nonnull (pp_test_find_widget (GTK_WIDGET (view), PP_TYPE_VERSION_ROW, NULL));

  /* Each row then says what its version changed, once it is worked out. */
  while (pp_version_get_summary (older) == NULL)
    g_main_context_iteration (NULL, TRUE);
  pp_test_wait_for_idle ();
  g_assert_cmpstr (pp_version_get_summary (older), ==, "First version");
  g_assert_nonnull (pp_test_find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, "First version"));
  g_assert_nonnull (pp_version_get_summary (newest));

  /* Tag a meeting on the older one; the author kept in the settings signs it. */
  g_settings_set_string (f->settings, "version-author-name", "Ayesha Khan");
  g_settings_set_string (f->settings, "version-author-email", "ayesha@example.org");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.tag", "s",
                                             pp_version_get_id (older)));
  dialog = pp_test_find_toplevel (PP_TYPE_VERSION_DIALOG);
  pp_test_type_into (GTK_WIDGET (dialog), "Meeting", "JWG-3, Minsk, 12 Apr 2026");
  pp_test_answer (dialog, "_Tag");
  tagged = shown_version (view, 1);
  g_assert_nonnull (pp_version_get_tags (tagged));
  g_assert_cmpstr (pp_version_get_tags (tagged)[0], ==, "JWG-3, Minsk, 12 Apr 2026");

  /* Restore: the window has the old contents as one undo step, the file
   * is untouched until saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore", "s",
                                             pp_version_get_id (older)));
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), ==, "First");
  g_assert_true (pp_history_get_modified (history));
  on_disk = pp_portfolio_load_from_file (f->file, NULL, NULL);
  g_assert_cmpstr (pp_portfolio_get_title (on_disk), ==, "Second");
  g_assert_true (pp_history_undo (history));
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), ==, "Second");
  g_assert_false (pp_history_get_modified (history));

  /* Open: a window of its own, saying which version, with no file. */
  g_signal_connect (window, "open-version", G_CALLBACK (open_version_cb), &shown);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.open", "s",
                                             pp_version_get_id (older)));
  g_assert_nonnull (shown);
  g_assert_null (pp_window_get_file (shown));
  g_assert_cmpstr (pp_portfolio_get_title (pp_window_get_portfolio (shown)), ==, "First");
  title = pp_test_find_widget (GTK_WIDGET (shown), ADW_TYPE_WINDOW_TITLE, NULL);
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (title),
                            pp_version_get_short_id (older)));
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (title), "pk-by.json"));
  pp_test_close_window (shown);

  pp_test_close_window (window);
}

/* The button under @root that activates @action. */
static GtkWidget *
button_for_action (GtkWidget  *root,
                   const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = button_for_action (child, action)) != NULL)
        return found;
    }
  return NULL;
}

/* An old version opens read-only: it can be read, but no change reaches
 * it, by its editors or the window's actions, until Edit a Copy. */
static void
test_open_read_only (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = make_two_versions (f);
  PpWindow *window = pp_test_open_window (f, f->file);
  PpHistoryView *view = open_history (window);
  g_autoptr(PpVersion) older = shown_version (view, 1);
  PpWindow *shown = NULL;
  PpMouPage *page;
  PpMou *mou;
  GtkWidget *bar_label, *title_row;
  g_autofree char *title = NULL;

  g_signal_connect (window, "open-version", G_CALLBACK (open_version_cb), &shown);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.open", "s",
                                             pp_version_get_id (older)));
  g_assert_nonnull (shown);
  pp_test_wait_for_pages (GTK_WIDGET (shown));
  g_assert_true (pp_history_get_read_only (pp_window_get_history (shown)));

  /* The bar says so, and what to do. */
  bar_label = pp_test_find_widget (GTK_WIDGET (shown), GTK_TYPE_LABEL,
                                   "An earlier version, shown read-only. To change it, edit a "
                                   "copy and save it under a name of its own.");
  g_assert_nonnull (bar_label);
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (gtk_widget_get_ancestor (
    bar_label, GTK_TYPE_INFO_BAR))));

  /* What changes the portfolio is off; what reads it is not. */
  g_assert_false (pp_test_action_enabled (shown, "save"));
  g_assert_false (pp_test_action_enabled (shown, "import"));
  g_assert_false (pp_test_action_enabled (shown, "merge-with"));
  g_assert_false (pp_test_action_enabled (shown, "partnership"));
  g_assert_true (pp_test_action_enabled (shown, "save-as"));
  g_assert_true (pp_test_action_enabled (shown, "export"));
  g_assert_true (pp_test_action_enabled (shown, "compare-with"));

  /* The register's editor shows the selected MoU but cannot be typed
   * into; and what reaches the history anyway is refused. */
  page = PP_MOU_PAGE (pp_window_get_page (shown, "mous"));
  g_assert_false (gtk_widget_is_sensitive (button_for_action (GTK_WIDGET (page), "mou.add")));
  mou = pp_mou_page_get_selected (page);
  g_assert_nonnull (mou);
  title = g_strdup (pp_mou_get_title (mou));
  title_row = pp_test_find_widget (GTK_WIDGET (shown), ADW_TYPE_ENTRY_ROW, "Title");
  g_assert_false (gtk_widget_is_sensitive (title_row));
  pp_test_type_into (GTK_WIDGET (shown), "Title", "Changed in an old version");
  pp_test_wait_for_idle ();
  g_assert_cmpstr (pp_mou_get_title (mou), ==, title);
  g_assert_false (pp_history_get_modified (pp_window_get_history (shown)));

  /* Edit a Copy: it changes again, and still has no file of its own. */
  pp_test_click (pp_test_find_widget (GTK_WIDGET (shown), GTK_TYPE_BUTTON, "_Edit a Copy"));
  pp_test_wait_for_idle ();
  g_assert_false (pp_history_get_read_only (pp_window_get_history (shown)));
  g_assert_true (gtk_widget_is_sensitive (title_row));
  g_assert_true (pp_test_action_enabled (shown, "save"));
  pp_test_type_into (GTK_WIDGET (shown), "Title", "Edited copy");
  pp_test_wait_for_idle ();
  g_assert_cmpstr (pp_mou_get_title (mou), ==, "Edited copy");
  g_assert_null (pp_window_get_file (shown));
  pp_test_close_window (shown);
  pp_test_close_window (window);
}

static void
test_refused_in_home (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_home_dir (), "pk-by.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *git_folder = g_build_filename (g_get_home_dir (), ".git", NULL);
  g_autoptr(GError) error = NULL;
  PpWindow *window;
  AdwMessageDialog *message;

  pp_test_save_sample (file, NULL);
  window = pp_test_open_window (f, file);
  g_assert_false (pp_version_store_check_folder (home, &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-versions", NULL));
  message = pp_test_find_message_dialog ();
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could Not Keep Versions Here");
  g_assert_cmpstr (adw_message_dialog_get_body (message), ==, error->message);
  g_assert_false (g_file_test (git_folder, G_FILE_TEST_EXISTS));
  pp_test_answer (message, "_Close");
  g_assert_true (pp_test_action_enabled (window, "start-versions"));

  pp_test_close_window (window);
  g_unlink (path);
}

/* History's Compare With Current opens the changes since that version,
 * named by its meeting. */
static void
test_history_compare (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = make_two_versions (f);
  g_autoptr(PpVersion) older = NULL;
  g_autoptr(GError) error = NULL;
  PpWindow *window;
  PpHistoryView *view;
  PpChangesWindow *changes;
  AdwWindowTitle *title;

  older = pp_version_store_find (store, "HEAD~1", &error);
  g_assert_no_error (error);
  g_assert_true (pp_version_store_tag (store, pp_version_get_id (older),
                                       "JWG-3, Minsk, 12 Apr 2026", "Ayesha Khan",
                                       "ayesha@example.org", &error));
  window = pp_test_open_window (f, f->file);
  view = open_history (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.compare", "s",
                                             pp_version_get_id (older)));
  changes = pp_test_wait_for_toplevel (PP_TYPE_CHANGES_WINDOW);
  title = pp_test_find_widget (GTK_WIDGET (changes), ADW_TYPE_WINDOW_TITLE, NULL);
  g_assert_nonnull (title);
  g_assert_nonnull (strstr (adw_window_title_get_title (title), "JWG-3, Minsk, 12 Apr 2026"));
  /* Only the title changed, from "First" to "Second". */
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "1 change");
  gtk_window_destroy (GTK_WINDOW (changes));
  pp_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = pp_test_isolate_git ();
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, pp_test_versions_set_up, func, \
              pp_test_versions_tear_down)
  ADD ("/window-versions/start-and-save", test_start_and_save);
  ADD ("/window-versions/version-on-save", test_version_on_save);
  ADD ("/window-versions/history-tag-restore", test_history_tag_restore);
  ADD ("/window-versions/open-read-only", test_open_read_only);
  ADD ("/window-versions/refused-in-home", test_refused_in_home);
  ADD ("/window-versions/history-compare", test_history_compare);
#undef ADD

  status = g_test_run ();
  pp_test_remove_tree (home);
  return status;
}
