/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-application.c: opening files through the application (needs a
 * display): by drag and drop, twice, and from Open Recent when the file
 * does not load. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pp-application.h"
#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
#include "pp-test-util.h"
#include "pp-window.h"

static PpApplication *app;
static char *tmp_dir;

static GList *
pp_windows (void)
{
  GList *found = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (PP_IS_WINDOW (l->data))
      found = g_list_append (found, l->data);
  return found;
}

static gboolean
n_windows_is (guint n)
{
  g_autoptr(GList) windows = pp_windows ();

  return g_list_length (windows) == n;
}

/* Runs the main loop for a while, so that loads in threads finish. */
static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Loading runs in a thread: under a sanitizer on a busy machine half a
 * second may not be enough, so wait (up to ten seconds) until a window shows
 * @file, then let what follows settle. */
static void
settle_until_shown (GFile *file)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gboolean shown = FALSE;

  while (!shown && g_get_monotonic_time () < end)
    {
      g_autoptr(GList) windows = pp_windows ();

      for (GList *l = windows; l != NULL; l = l->next)
        shown |= pp_window_get_file (l->data) != NULL &&
                 g_file_equal (pp_window_get_file (l->data), file);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  settle ();
}

/* Closing goes through idle callbacks, one window after another, and a
 * window with unsaved changes may be keeping its recovery copy meanwhile:
 * under a sanitizer on a busy machine half a second may not be enough, so
 * wait (up to ten seconds) until @n windows are left. */
static void
settle_until_n_windows (guint n)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!n_windows_is (n) && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static char *
write_sample (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_no_error (error);
  g_assert_true (pp_portfolio_save_to_file (sample, file, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* A file dropped on the untouched sample opens in its place; dropped or
 * opened again, it only brings its window forward. */
static void
test_drop_opens_file (void)
{
  g_autofree char *path = write_sample ("dropped.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GList) windows = NULL;
  GSList *list = g_slist_append (NULL, file);
  GValue value = G_VALUE_INIT;
  GtkDropTarget *target;
  gboolean accepted = FALSE;

  pp_application_open_sample (app);
  g_assert_true (n_windows_is (1));
  windows = pp_windows ();
  target = find_drop_target (windows->data);
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (list);
  g_assert_true (accepted);
  settle_until_shown (file);

  g_clear_pointer (&windows, g_list_free);
  windows = pp_windows ();
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (g_file_equal (pp_window_get_file (windows->data), file));

  pp_application_open_file (app, file, NULL);
  settle ();
  g_assert_true (n_windows_is (1));

  {
    g_autofree char *uri = g_file_get_uri (file);
    g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  }
}

/* Open Recent on a file that no longer loads: the loader's message, with
 * the place, in a dialog; the open window is left alone. */
static void
test_recent_bad_file (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GList) windows = pp_windows ();
  PpPortfolio *before;
  AdwMessageDialog *message;

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  before = pp_window_get_portfolio (windows->data);
  g_assert_true (g_file_set_contents (path, "{\n  \"format\": \"partnership-planner\",\n  oops\n}",
                                      -1, NULL));
  g_assert_true (gtk_widget_activate_action (windows->data, "win.open-recent", "s", uri));
  settle ();

  message = pp_test_find_message_dialog ();
  g_assert_nonnull (message);
  g_assert_true (g_regex_match_simple ("broken\\.json:[0-9]+:[0-9]+: ",
                                       adw_message_dialog_get_body (message), 0, 0));
  g_assert_true (n_windows_is (1));
  g_assert_true (pp_window_get_portfolio (windows->data) == before);
  gtk_window_destroy (GTK_WINDOW (message));
  g_unlink (path);
}

static PpWindow *
find_sample_window (void)
{
  g_autoptr(GList) windows = pp_windows ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (pp_window_get_file (l->data) == NULL)
      return l->data;
  return NULL;
}

/* Quit with one window of unsaved changes and one without: the first asks,
 * and Cancel leaves both open as they were; Discard then closes both. */
static void
test_quit_cancel (void)
{
  PpWindow *modified;
  AdwMessageDialog *message;

  g_assert_true (n_windows_is (1));
  pp_application_open_sample (app);
  g_assert_true (n_windows_is (2));
  modified = find_sample_window ();
  g_assert_nonnull (modified);
  pp_history_set (pp_window_get_history (modified),
                  PP_NODE (pp_window_get_portfolio (modified)), "title", "Changed", NULL);
  g_assert_true (pp_history_get_modified (pp_window_get_history (modified)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  settle ();
  message = pp_test_find_message_dialog ();
  g_assert_nonnull (message);
  g_assert_true (n_windows_is (2));
  adw_message_dialog_response (message, "cancel");
  settle ();
  g_assert_true (n_windows_is (2));
  g_assert_true (pp_history_get_modified (pp_window_get_history (modified)));
  g_assert_cmpstr (pp_portfolio_get_title (pp_window_get_portfolio (modified)), ==, "Changed");

  /* Asked again, Discard closes it, and then the other. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  settle ();
  message = pp_test_find_message_dialog ();
  g_assert_nonnull (message);
  adw_message_dialog_response (message, "discard");
  settle_until_n_windows (0);
  g_assert_true (n_windows_is (0));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Recent files go to a folder of the test's own. */
  tmp_dir = g_dir_make_tmp ("pp-test-application-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = pp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/application/drop-opens-file", test_drop_opens_file);
  g_test_add_func ("/application/recent-bad-file", test_recent_bad_file);
  g_test_add_func ("/application/quit-cancel", test_quit_cancel);
  status = g_test_run ();

  for (GList *l = pp_windows (); l != NULL; l = g_list_delete_link (l, l))
    gtk_window_destroy (l->data);
  g_object_unref (app);
  pp_test_remove_tree (tmp_dir);
  return status;
}
