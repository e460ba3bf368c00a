/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-sync.c: Sync through the window between two clones of a
 * bare repository the test makes (needs a display): this copy ahead, then
 * the other behind; both changed, merged without a question; both changed
 * one title, the conflict shown, cancelled, then settled; and a copy with
 * no version in common with the shared one. */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-merge-dialog.h"
#include "pp-portfolio-io.h"
#include "pp-sync-dialog.h"
#include "pp-test-ui.h"
#include "pp-test-util.h"
#include "pp-test-versions.h"
#include "pp-version-dialog.h"

typedef PpTestVersions Fixture;

/* Runs the sync from the window, and waits until its dialog has gone. */
static void
sync_window (PpWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sync", NULL));
  g_assert_nonnull (pp_test_find_toplevel (PP_TYPE_SYNC_DIALOG));
  while (pp_test_find_toplevel (PP_TYPE_SYNC_DIALOG) != NULL)
    g_main_context_iteration (NULL, TRUE);
  pp_test_wait_for_idle ();
  g_assert_null (pp_test_find_message_dialog ());
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

  pp_test_git (f->root, "init", "-q", "--bare", "shared.git", NULL);
  pp_test_git (f->root, "clone", "-q", bare, "a", NULL);
  *a = g_file_new_for_path (a_path);
  *b = g_file_new_for_path (b_path);
  pp_test_save_sample (*a, NULL);
  pp_test_git (a_folder, "add", "pk-by.json", NULL);
  pp_test_git (a_folder, "-c", "user.name=Setup", "-c", "user.email=setup@example.org",
               "commit", "-q", "-m", "The sample", NULL);
  pp_test_git (a_folder, "push", "-q", "origin", "HEAD", NULL);
  pp_test_git (f->root, "clone", "-q", bare, "b", NULL);
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
  dialog = pp_test_find_toplevel (PP_TYPE_VERSION_DIALOG);
  pp_test_type_into (GTK_WIDGET (dialog), "What changed", title);
  pp_test_answer (dialog, "_Save Version");
}

static const char *
mou_title (PpPortfolio *portfolio,
           const char  *mou)
{
  return pp_mou_get_title (PP_MOU (pp_portfolio_lookup (portfolio, PP_COLLECTION_MOUS, mou)));
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
  while (pp_test_find_toplevel (PP_TYPE_SYNC_DIALOG) != NULL)
    g_main_context_iteration (NULL, TRUE);
  pp_test_wait_for_idle ();
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

  pp_test_git (f->root, "init", "-q", "--bare", "shared.git", NULL);
  pp_test_git (f->root, "clone", "-q", bare, "a", NULL);
  pp_test_save_sample (a, NULL);
  pp_test_git (a_folder, "add", "pk-by.json", NULL);
  pp_test_git (a_folder, "-c", "user.name=Setup", "-c", "user.email=setup@example.org",
               "commit", "-q", "-m", "The sample", NULL);
  pp_test_git (a_folder, "push", "-q", "origin", "HEAD", NULL);
  pp_test_git (f->root, "clone", "-q", bare, "b", NULL);
  g_settings_set_string (f->settings, "version-author-name", "Ayesha Khan");
  g_settings_set_string (f->settings, "version-author-email", "ayesha@example.org");

  /* A saves a version and sends it. */
  window_a = pp_test_open_window (f, a);
  g_assert_true (pp_test_action_enabled (window_a, "sync"));
  g_assert_true (gtk_widget_get_visible (pp_test_find_widget (GTK_WIDGET (window_a),
                                                              GTK_TYPE_BUTTON,
                                                              "Sync With the Shared Copy")));
  pp_history_set (pp_window_get_history (window_a),
                  PP_NODE (pp_window_get_portfolio (window_a)), "title", "Agreed in Minsk",
                  NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window_a), "win.save-version", NULL));
  dialog = pp_test_find_toplevel (PP_TYPE_VERSION_DIALOG);
  pp_test_type_into (GTK_WIDGET (dialog), "What changed", "The title agreed in Minsk");
  pp_test_answer (dialog, "_Save Version");
  sync_window (window_a);

  /* B has unsaved changes: it asks to save them first; cancelled, nothing is synced. */
  window_b = pp_test_open_window (f, b);
  pp_history_set (pp_window_get_history (window_b),
                  PP_NODE (pp_window_get_portfolio (window_b)), "description", "Mine", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window_b), "win.sync", NULL));
  pp_test_answer (pp_test_find_message_dialog (), "_Cancel");
  g_assert_null (pp_test_find_toplevel (PP_TYPE_SYNC_DIALOG));
  g_assert_true (pp_history_undo (pp_window_get_history (window_b)));

  /* B takes A's version: the window shows it, saved, as one undo step. */
  sync_window (window_b);
  g_assert_cmpstr (pp_portfolio_get_title (pp_window_get_portfolio (window_b)), ==,
                   "Agreed in Minsk");
  g_assert_false (pp_history_get_modified (pp_window_get_history (window_b)));
  g_assert_true (pp_history_get_can_undo (pp_window_get_history (window_b)));
  on_disk = pp_portfolio_load_from_file (b, NULL, NULL);
  g_assert_cmpstr (pp_portfolio_get_title (on_disk), ==, "Agreed in Minsk");

  pp_test_close_window (window_b);
  pp_test_close_window (window_a);
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
  window_a = pp_test_open_window (f, a);
  window_b = pp_test_open_window (f, b);
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

  pp_test_close_window (window_b);
  pp_test_close_window (window_a);
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
  window_a = pp_test_open_window (f, a);
  window_b = pp_test_open_window (f, b);
  history_b = pp_window_get_history (window_b);
  retitle_and_save (window_a, "commerce", "Commerce, the Minsk wording");
  sync_window (window_a);
  retitle_and_save (window_b, "commerce", "Commerce, the Islamabad wording");

  /* Cancelled at the conflict: nothing committed, nothing changed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window_b), "win.sync", NULL));
  dialog = pp_test_wait_for_toplevel (PP_TYPE_MERGE_DIALOG);
  g_assert_cmpstr (row_subtitle (dialog, "mine_row"), ==, "Commerce, the Islamabad wording");
  g_assert_cmpstr (row_subtitle (dialog, "theirs_row"), ==, "Commerce, the Minsk wording");
  settle_conflicts (dialog, "_Cancel");
  g_assert_null (pp_test_find_toplevel (PP_TYPE_MERGE_DIALOG));
  g_assert_null (pp_test_find_message_dialog ());
  g_assert_cmpstr (mou_title (pp_window_get_portfolio (window_b), "commerce"), ==,
                   "Commerce, the Islamabad wording");
  g_assert_false (pp_history_get_modified (history_b));
  store = pp_test_open_store (b);
  versions = pp_version_store_list (store, NULL);
  newest = g_list_model_get_item (versions, 0);
  g_assert_cmpstr (pp_version_get_message (newest), ==, "Commerce, the Islamabad wording");
  g_clear_object (&newest);
  g_clear_object (&versions);

  /* Take Theirs, then Merge. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window_b), "win.sync", NULL));
  dialog = pp_test_wait_for_toplevel (PP_TYPE_MERGE_DIALOG);
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

  pp_test_close_window (window_b);
  pp_test_close_window (window_a);
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
  pp_test_git (b_folder, "init", "-q", NULL);
  pp_portfolio_set_description (portfolio, "Islamabad's own copy");
  g_assert_true (pp_portfolio_save_to_file (portfolio, b, NULL, NULL));
  pp_test_git (b_folder, "add", "pk-by.json", NULL);
  pp_test_git (b_folder, "-c", "user.name=Setup", "-c", "user.email=setup@example.org",
               "commit", "-q", "-m", "Islamabad's copy", NULL);
  pp_test_git (b_folder, "remote", "add", "origin", bare, NULL);

  window_b = pp_test_open_window (f, b);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window_b), "win.sync", NULL));
  dialog = pp_test_wait_for_toplevel (PP_TYPE_MERGE_DIALOG);
  sync = pp_test_find_toplevel (PP_TYPE_SYNC_DIALOG);
  g_assert_nonnull (pp_test_find_widget (GTK_WIDGET (sync), GTK_TYPE_LABEL,
                                         "The two copies have no version in common, so where "
                                         "they differ you choose which to keep."));
  g_assert_cmpstr (row_subtitle (dialog, "mine_row"), ==, "Islamabad's own copy");
  settle_conflicts (dialog, "_Merge");
  g_assert_null (pp_test_find_message_dialog ());
  g_assert_cmpstr (pp_portfolio_get_description (pp_window_get_portfolio (window_b)), ==,
                   "Islamabad's own copy");
  g_assert_false (pp_history_get_modified (pp_window_get_history (window_b)));

  pp_test_close_window (window_b);
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
  ADD ("/window-sync/sync-two-clones", test_sync_two_clones);
  ADD ("/window-sync/sync-merge-clean", test_sync_merge_clean);
  ADD ("/window-sync/sync-merge-conflict", test_sync_merge_conflict);
  ADD ("/window-sync/sync-merge-unrelated", test_sync_merge_unrelated);
#undef ADD

  status = g_test_run ();
  pp_test_remove_tree (home);
  return status;
}
