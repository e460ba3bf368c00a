/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-versions.c: a portfolio file's versions through the window,
 * in git repositories the test makes (needs a display): starting to keep
 * versions and the refusal in a home folder, Save Version… with the author
 * asked once, the History with a meeting tagged, Restore and its undo,
 * opening an old version as a copy, and Sync between two clones of a bare
 * repository (this copy ahead, then the other behind; both changed,
 * merged without a question; both changed one title, the conflict shown,
 * cancelled, then settled), and History's Compare With Current. */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-changes-window.h"
#include "pp-history-view.h"
#include "pp-merge-dialog.h"
#include "pp-portfolio-io.h"
#include "pp-sync-dialog.h"
#include "pp-test-ui.h"
#include "pp-test-util.h"
#include "pp-version-dialog.h"
#include "pp-version-row.h"
#include "pp-version-store.h"

typedef struct
{
  char *root;
  GFile *file;
  GSettings *settings;
} Fixture;

static void
git (const char *folder,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;
  va_list args;
  const char *arg;

  g_ptr_array_add (argv, "git");
  va_start (args, folder);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (folder, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("git failed: %s", err);
}

static void
save_sample (GFile      *file,
             const char *title)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(GError) error = NULL;

  if (title != NULL)
    pp_portfolio_set_title (portfolio, title);
  g_assert_true (pp_portfolio_save_to_file (portfolio, file, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;

  f->root = g_dir_make_tmp ("pp-window-versions-XXXXXX", NULL);
  folder = g_build_filename (f->root, "plans", NULL);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  path = g_build_filename (folder, "pk-by.json", NULL);
  f->file = g_file_new_for_path (path);
  save_sample (f->file, NULL);
  f->settings = g_settings_new ("io.github.PartnershipPlanner");
  g_settings_reset (f->settings, "version-author-name");
  g_settings_reset (f->settings, "version-author-email");
  g_settings_reset (f->settings, "version-on-save");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  pp_test_remove_tree (f->root);
  g_free (f->root);
  g_object_unref (f->file);
  g_object_unref (f->settings);
}

static PpWindow *
open_window (Fixture *f,
             GFile   *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_file (file, NULL, &error);
  PpWindow *window;

  g_assert_no_error (error);
  window = g_object_new (PP_TYPE_WINDOW, "portfolio", portfolio, "file", file,
                         "settings", f->settings, NULL);
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_idle ();
  return window;
}

static void
close_window (PpWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  pp_test_wait_for_idle ();
  g_assert_finalize_object (window);
}

static gboolean
action_enabled (PpWindow   *window,
                const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), name);
}

/* The last visible toplevel of @type. */
static gpointer
find_toplevel (GType type)
{
  gpointer found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

static void
type_into (GtkWidget  *root,
           const char *row_title,
           const char *text)
{
  GtkWidget *row = pp_test_find_widget (root, ADW_TYPE_ENTRY_ROW, row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Clicks the response button labelled @label of the dialog on screen. */
static void
answer (gpointer    dialog,
        const char *label)
{
  g_assert_nonnull (dialog);
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label));
  pp_test_wait_for_idle ();
}

static PpVersionStore *
open_store (GFile *file)
{
  g_autoptr(GError) error = NULL;
  PpVersionStore *store = pp_version_store_open (file, &error);

  g_assert_no_error (error);
  return store;
}

static void
test_start_and_save (Fixture       *f,
                     gconstpointer  data)
{
  PpWindow *window = open_window (f, f->file);
  GtkWidget *history_button = pp_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON,
                                                   "History");
  g_autoptr(PpVersionStore) store = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(PpVersion) version = NULL;
  g_autofree char *name = NULL;
  PpVersionDialog *dialog;

  g_assert_true (action_enabled (window, "start-versions"));
  g_assert_false (action_enabled (window, "history"));
  g_assert_false (action_enabled (window, "sync"));
  g_assert_false (gtk_widget_get_visible (history_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-versions", NULL));
  answer (pp_test_find_message_dialog (), "_Keep Versions");
  g_assert_false (action_enabled (window, "start-versions"));
  g_assert_true (action_enabled (window, "history"));
  g_assert_true (action_enabled (window, "save-version"));
  g_assert_true (gtk_widget_get_visible (history_button));

  /* Unsaved changes are saved first; git knows nobody, so the dialog asks. */
  pp_history_set (pp_window_get_history (window), PP_NODE (pp_window_get_portfolio (window)),
                  "title", "Before JWG-3", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-version", NULL));
  g_assert_false (pp_history_get_modified (pp_window_get_history (window)));
  dialog = find_toplevel (PP_TYPE_VERSION_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  type_into (GTK_WIDGET (dialog), "What changed", "Agenda for JWG-3");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  type_into (GTK_WIDGET (dialog), "Your name", "Ayesha Khan");
  type_into (GTK_WIDGET (dialog), "Your e-mail", "ayesha@example.org");
  answer (dialog, "_Save Version");

  name = g_settings_get_string (f->settings, "version-author-name");
  g_assert_cmpstr (name, ==, "Ayesha Khan");
  store = open_store (f->file);
  versions = pp_version_store_list (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
  version = g_list_model_get_item (versions, 0);
  g_assert_cmpstr (pp_version_get_message (version), ==, "Agenda for JWG-3");
  g_assert_cmpstr (pp_version_get_author (version), ==, "Ayesha Khan");

  /* The next version asks no more: the name was kept. */
  pp_history_set (pp_window_get_history (window), PP_NODE (pp_window_get_portfolio (window)),
                  "title", "After JWG-3", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-version", NULL));
  dialog = find_toplevel (PP_TYPE_VERSION_DIALOG);
  g_assert_false (gtk_widget_is_visible (pp_test_find_widget (GTK_WIDGET (dialog),
                                                              ADW_TYPE_ENTRY_ROW, "Your name")));
  type_into (GTK_WIDGET (dialog), "What changed", "Minutes of JWG-3");
  answer (dialog, "_Save Version");
  g_clear_object (&versions);
  versions = pp_version_store_list (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);

  close_window (window);
}

/* A version on every save, when ticked in Preferences. */
static void
test_version_on_save (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PpVersionStore) created = pp_version_store_create (f->file, NULL);
  PpWindow *window = open_window (f, f->file);
  GtkWidget *preferences;
  GtkWidget *toggle;
  g_autoptr(PpVersionStore) store = NULL;
  g_autoptr(GListModel) versions = NULL;

  g_settings_set_string (f->settings, "version-author-name", "Ayesha Khan");
  g_settings_set_string (f->settings, "version-author-email", "ayesha@example.org");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  preferences = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
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
  store = open_store (f->file);
  versions = pp_version_store_list (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);

  close_window (window);
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
  save_sample (f->file, "First");
  first = pp_version_store_save (store, "The first draft", "Ayesha Khan", "ayesha@example.org",
                                 &error);
  g_assert_no_error (error);
  save_sample (f->file, "Second");
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
  view = find_toplevel (PP_TYPE_HISTORY_VIEW);
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
  PpWindow *window = open_window (f, f->file);
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
  dialog = find_toplevel (PP_TYPE_VERSION_DIALOG);
  type_into (GTK_WIDGET (dialog), "Meeting", "JWG-3, Minsk, 12 Apr 2026");
  answer (dialog, "_Tag");
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
  close_window (shown);

  close_window (window);
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

  save_sample (file, NULL);
  window = open_window (f, file);
  g_assert_false (pp_version_store_check_folder (home, &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-versions", NULL));
  message = pp_test_find_message_dialog ();
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could Not Keep Versions Here");
  g_assert_cmpstr (adw_message_dialog_get_body (message), ==, error->message);
  g_assert_false (g_file_test (git_folder, G_FILE_TEST_EXISTS));
  answer (message, "_Close");
  g_assert_true (action_enabled (window, "start-versions"));

  close_window (window);
  g_unlink (path);
}

/* Runs the sync from the window, and waits until its dialog has gone. */
static void
sync_window (PpWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sync", NULL));
  g_assert_nonnull (find_toplevel (PP_TYPE_SYNC_DIALOG));
  while (find_toplevel (PP_TYPE_SYNC_DIALOG) != NULL)
    g_main_context_iteration (NULL, TRUE);
  pp_test_wait_for_idle ();
  g_assert_null (pp_test_find_message_dialog ());
}

static void
test_sync_two_clones (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *bare = g_build_filename (f->root, "shared.git", NULL);
  g_autofree char *a_path = g_build_filename (f->root, "a", "pk-by.json", NULL);
  g_autofree char *b_path = g_build_filename (f->root, "b", "pk-by.json", NULL);
  g_autofree char *a_folder = g_build_filename (f->root, "a", NULL);
  g_autoptr(GFile) a = g_file_new_for_path (a_path);
  g_autoptr(GFile) b = g_file_new_for_path (b_path);
  g_autoptr(PpPortfolio) on_disk = NULL;
  PpWindow *window_a;
  PpWindow *window_b;
  PpVersionDialog *dialog;

  git (f->root, "init", "-q", "--bare", "shared.git", NULL);
  git (f->root, "clone", "-q", bare, "a", NULL);
  save_sample (a, NULL);
  git (a_folder, "add", "pk-by.json", NULL);
  git (a_folder, "-c", "user.name=Setup", "-c", "user.email=setup@example.org", "commit", "-q",
       "-m", "The sample", NULL);
  git (a_folder, "push", "-q", "origin", "HEAD", NULL);
  git (f->root, "clone", "-q", bare, "b", NULL);
  g_settings_set_string (f->settings, "version-author-name", "Ayesha Khan");
  g_settings_set_string (f->settings, "version-author-email", "ayesha@example.org");

  /* A saves a version and sends it. */
  window_a = open_window (f, a);
  g_assert_true (action_enabled (window_a, "sync"));
  g_assert_true (gtk_widget_get_visible (pp_test_find_widget (GTK_WIDGET (window_a),
                                                              GTK_TYPE_BUTTON,
                                                              "Sync With the Shared Copy")));
  pp_history_set (pp_window_get_history (window_a),
                  PP_NODE (pp_window_get_portfolio (window_a)), "title", "Agreed in Minsk",
                  NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window_a), "win.save-version", NULL));
  dialog = find_toplevel (PP_TYPE_VERSION_DIALOG);
  type_into (GTK_WIDGET (dialog), "What changed", "The title agreed in Minsk");
  answer (dialog, "_Save Version");
  sync_window (window_a);

  /* B has unsaved changes: it asks to save them first; cancelled, nothing is synced. */
  window_b = open_window (f, b);
  pp_history_set (pp_window_get_history (window_b),
                  PP_NODE (pp_window_get_portfolio (window_b)), "description", "Mine", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window_b), "win.sync", NULL));
  answer (pp_test_find_message_dialog (), "_Cancel");
  g_assert_null (find_toplevel (PP_TYPE_SYNC_DIALOG));
  g_assert_true (pp_history_undo (pp_window_get_history (window_b)));

  /* B takes A's version: the window shows it, saved, as one undo step. */
  sync_window (window_b);
  g_assert_cmpstr (pp_portfolio_get_title (pp_window_get_portfolio (window_b)), ==,
                   "Agreed in Minsk");
  g_assert_false (pp_history_get_modified (pp_window_get_history (window_b)));
  g_assert_true (pp_history_get_can_undo (pp_window_get_history (window_b)));
  on_disk = pp_portfolio_load_from_file (b, NULL, NULL);
  g_assert_cmpstr (pp_portfolio_get_title (on_disk), ==, "Agreed in Minsk");

  close_window (window_b);
  close_window (window_a);
}

/* A bare repository in the fixture's folder and two clones of it, a/ and
 * b/, that share the sample's first version; the settings sign for both. */
static void
make_clones (Fixture *f,
             GFile  **a,
             GFile  **b)
{
  g_autofree char *bare = g_build_filename (f->root, "shared.git", NULL);
  g_autofree char *a_path = g_build_filename (f->root, "a", "pk-by.json", NULL);
  g_autofree char *b_path = g_build_filename (f->root, "b", "pk-by.json", NULL);
  g_autofree char *a_folder = g_build_filename (f->root, "a", NULL);

  git (f->root, "init", "-q", "--bare", "shared.git", NULL);
  git (f->root, "clone", "-q", bare, "a", NULL);
  *a = g_file_new_for_path (a_path);
  *b = g_file_new_for_path (b_path);
  save_sample (*a, NULL);
  git (a_folder, "add", "pk-by.json", NULL);
  git (a_folder, "-c", "user.name=Setup", "-c", "user.email=setup@example.org", "commit", "-q",
       "-m", "The sample", NULL);
  git (a_folder, "push", "-q", "origin", "HEAD", NULL);
  git (f->root, "clone", "-q", bare, "b", NULL);
  g_settings_set_string (f->settings, "version-author-name", "Ayesha Khan");
  g_settings_set_string (f->settings, "version-author-email", "ayesha@example.org");
}

/* Sets an MoU's title in @window, and saves a version of it. */
static void
retitle_and_save (PpWindow   *window,
                  const char *mou,
                  const char *title)
{
  PpPortfolio *portfolio = pp_window_get_portfolio (window);
  PpVersionDialog *dialog;

  pp_history_set (pp_window_get_history (window),
                  pp_portfolio_lookup (portfolio, PP_COLLECTION_MOUS, mou), "title", title, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-version", NULL));
  dialog = find_toplevel (PP_TYPE_VERSION_DIALOG);
  type_into (GTK_WIDGET (dialog), "What changed", title);
  answer (dialog, "_Save Version");
}

static const char *
mou_title (PpPortfolio *portfolio,
           const char  *mou)
{
  return pp_mou_get_title (PP_MOU (pp_portfolio_lookup (portfolio, PP_COLLECTION_MOUS, mou)));
}

/* Both copies saved versions, of different MoUs: B's sync merges them with
 * no question, shows both (saved, one step to undo) and sends the merge;
 * A's sync then takes it. */
static void
test_sync_merge_clean (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GFile) a = NULL;
  g_autoptr(GFile) b = NULL;
  g_autoptr(PpPortfolio) on_disk = NULL;
  PpWindow *window_a;
  PpWindow *window_b;
  PpPortfolio *portfolio_b;

  make_clones (f, &a, &b);
  window_a = open_window (f, a);
  window_b = open_window (f, b);
  portfolio_b = pp_window_get_portfolio (window_b);
  retitle_and_save (window_a, "commerce", "Commerce, as agreed in Minsk");
  sync_window (window_a);
  retitle_and_save (window_b, "skilled-workers", "Skilled workers, as agreed in Islamabad");

  sync_window (window_b);
  g_assert_cmpstr (mou_title (portfolio_b, "commerce"), ==, "Commerce, as agreed in Minsk");
  g_assert_cmpstr (mou_title (portfolio_b, "skilled-workers"), ==,
                   "Skilled workers, as agreed in Islamabad");
  g_assert_false (pp_history_get_modified (pp_window_get_history (window_b)));
  g_assert_true (pp_history_get_can_undo (pp_window_get_history (window_b)));
  on_disk = pp_portfolio_load_from_file (b, NULL, NULL);
  g_assert_cmpstr (mou_title (on_disk, "commerce"), ==, "Commerce, as agreed in Minsk");

  sync_window (window_a);
  g_assert_cmpstr (mou_title (pp_window_get_portfolio (window_a), "skilled-workers"), ==,
                   "Skilled workers, as agreed in Islamabad");
  g_assert_cmpstr (mou_title (pp_window_get_portfolio (window_a), "commerce"), ==,
                   "Commerce, as agreed in Minsk");

  close_window (window_b);
  close_window (window_a);
}

/* Runs the main loop until a toplevel of @type shows, or fails after ten
 * seconds. */
static gpointer
wait_for_toplevel (GType type)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (find_toplevel (type) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  pp_test_wait_for_idle ();
  return find_toplevel (type);
}

static const char *
row_subtitle (PpMergeDialog *dialog,
              const char    *name)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_template_child (
    GTK_WIDGET (dialog), PP_TYPE_MERGE_DIALOG, name)));
}

/* Clicks @label in the conflicts dialog, and waits until the sync it
 * belongs to is over. */
static void
settle_conflicts (PpMergeDialog *dialog,
                  const char    *label)
{
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label));
  while (find_toplevel (PP_TYPE_SYNC_DIALOG) != NULL)
    g_main_context_iteration (NULL, TRUE);
  pp_test_wait_for_idle ();
}

/* Both copies retitled one MoU: the sync shows the conflict with both
 * titles. Cancel there commits nothing; Take Theirs, then Merge, gives
 * their title, saved, as one undo step, and the history lists the merge. */
static void
test_sync_merge_conflict (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GFile) a = NULL;
  g_autoptr(GFile) b = NULL;
  g_autoptr(PpVersionStore) store = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(PpVersion) newest = NULL;
  PpWindow *window_a;
  PpWindow *window_b;
  PpHistory *history_b;
  PpMergeDialog *dialog;

  make_clones (f, &a, &b);
  window_a = open_window (f, a);
  window_b = open_window (f, b);
  history_b = pp_window_get_history (window_b);
  retitle_and_save (window_a, "commerce", "Commerce, the Minsk wording");
  sync_window (window_a);
  retitle_and_save (window_b, "commerce", "Commerce, the Islamabad wording");

  /* Cancelled at the conflict: nothing committed, nothing changed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window_b), "win.sync", NULL));
  dialog = wait_for_toplevel (PP_TYPE_MERGE_DIALOG);
  g_assert_cmpstr (row_subtitle (dialog, "mine_row"), ==, "Commerce, the Islamabad wording");
  g_assert_cmpstr (row_subtitle (dialog, "theirs_row"), ==, "Commerce, the Minsk wording");
  settle_conflicts (dialog, "_Cancel");
  g_assert_null (find_toplevel (PP_TYPE_MERGE_DIALOG));
  g_assert_null (pp_test_find_message_dialog ());
  g_assert_cmpstr (mou_title (pp_window_get_portfolio (window_b), "commerce"), ==,
                   "Commerce, the Islamabad wording");
  g_assert_false (pp_history_get_modified (history_b));
  store = open_store (b);
  versions = pp_version_store_list (store, NULL);
  newest = g_list_model_get_item (versions, 0);
  g_assert_cmpstr (pp_version_get_message (newest), ==, "Commerce, the Islamabad wording");
  g_clear_object (&newest);
  g_clear_object (&versions);

  /* Take Theirs, then Merge. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window_b), "win.sync", NULL));
  dialog = wait_for_toplevel (PP_TYPE_MERGE_DIALOG);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_widget_get_template_child (
    GTK_WIDGET (dialog), PP_TYPE_MERGE_DIALOG, "theirs_row"))));
  settle_conflicts (dialog, "_Merge");
  g_assert_null (pp_test_find_message_dialog ());
  g_assert_cmpstr (mou_title (pp_window_get_portfolio (window_b), "commerce"), ==,
                   "Commerce, the Minsk wording");
  g_assert_false (pp_history_get_modified (history_b));
  g_assert_true (pp_history_get_can_undo (history_b));
  versions = pp_version_store_list (store, NULL);
  newest = g_list_model_get_item (versions, 0);
  g_assert_cmpstr (pp_version_get_message (newest), ==, "Synced with origin");

  /* A takes the merge. */
  sync_window (window_a);
  g_assert_cmpstr (mou_title (pp_window_get_portfolio (window_a), "commerce"), ==,
                   "Commerce, the Minsk wording");

  close_window (window_b);
  close_window (window_a);
}

/* The second office kept versions of its own copy before it shared the
 * repository: the two have no version in common. The sync says so while
 * the conflicts show (every field they hold differently), and Keep Mine
 * keeps this copy's value. */
static void
test_sync_merge_unrelated (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *bare = g_build_filename (f->root, "shared.git", NULL);
  g_autofree char *b_folder = g_build_filename (f->root, "b", NULL);
  g_autofree char *b_path = g_build_filename (b_folder, "pk-by.json", NULL);
  g_autoptr(GFile) a = NULL;
  g_autoptr(GFile) unused = NULL;
  g_autoptr(GFile) b = g_file_new_for_path (b_path);
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  PpWindow *window_b;
  PpSyncDialog *sync;
  PpMergeDialog *dialog;

  make_clones (f, &a, &unused);
  pp_test_remove_tree (b_folder);
  g_assert_cmpint (g_mkdir (b_folder, 0700), ==, 0);
  git (b_folder, "init", "-q", NULL);
  pp_portfolio_set_description (portfolio, "Islamabad's own copy");
  g_assert_true (pp_portfolio_save_to_file (portfolio, b, NULL, NULL));
  git (b_folder, "add", "pk-by.json", NULL);
  git (b_folder, "-c", "user.name=Setup", "-c", "user.email=setup@example.org", "commit", "-q",
       "-m", "Islamabad's copy", NULL);
  git (b_folder, "remote", "add", "origin", bare, NULL);

  window_b = open_window (f, b);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window_b), "win.sync", NULL));
  dialog = wait_for_toplevel (PP_TYPE_MERGE_DIALOG);
  sync = find_toplevel (PP_TYPE_SYNC_DIALOG);
  g_assert_nonnull (pp_test_find_widget (GTK_WIDGET (sync), GTK_TYPE_LABEL,
                                         "The two copies have no version in common, so where "
                                         "they differ you choose which to keep."));
  g_assert_cmpstr (row_subtitle (dialog, "mine_row"), ==, "Islamabad's own copy");
  settle_conflicts (dialog, "_Merge");
  g_assert_null (pp_test_find_message_dialog ());
  g_assert_cmpstr (pp_portfolio_get_description (pp_window_get_portfolio (window_b)), ==,
                   "Islamabad's own copy");
  g_assert_false (pp_history_get_modified (pp_window_get_history (window_b)));

  close_window (window_b);
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
  window = open_window (f, f->file);
  view = open_history (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.compare", "s",
                                             pp_version_get_id (older)));
  changes = wait_for_toplevel (PP_TYPE_CHANGES_WINDOW);
  title = pp_test_find_widget (GTK_WIDGET (changes), ADW_TYPE_WINDOW_TITLE, NULL);
  g_assert_nonnull (title);
  g_assert_nonnull (strstr (adw_window_title_get_title (title), "JWG-3, Minsk, 12 Apr 2026"));
  /* Only the title changed, from "First" to "Second". */
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "1 change");
  gtk_window_destroy (GTK_WINDOW (changes));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("pp-window-versions-home-XXXXXX", NULL);
  int status;

  /* No git config of the machine's user reaches the tests. */
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("GIT_CONFIG_NOSYSTEM", "1", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window-versions/start-and-save", test_start_and_save);
  ADD ("/window-versions/version-on-save", test_version_on_save);
  ADD ("/window-versions/history-tag-restore", test_history_tag_restore);
  ADD ("/window-versions/refused-in-home", test_refused_in_home);
  ADD ("/window-versions/sync-two-clones", test_sync_two_clones);
  ADD ("/window-versions/sync-merge-clean", test_sync_merge_clean);
  ADD ("/window-versions/sync-merge-conflict", test_sync_merge_conflict);
  ADD ("/window-versions/sync-merge-unrelated", test_sync_merge_unrelated);
  ADD ("/window-versions/history-compare", test_history_compare);
#undef ADD

  status = g_test_run ();
  pp_test_remove_tree (home);
  return status;
}
