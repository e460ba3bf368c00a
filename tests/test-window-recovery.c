/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-recovery.c: never losing a user's work in the window (needs
 * a display): a window killed with SIGKILL after an edit offers the edit
 * back on the next start, and a file changed by another program while open
 * offers Reload, with and without local edits, and a save over it asks.
 *
 * The killed run is this program again, started as a child that opens a
 * file through the application, edits it through the window's history and
 * waits to be killed. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>

#include "pp-application.h"
#include "pp-portfolio-io.h"
#include "pp-recovery.h"
#include "pp-test-ui.h"
#include "pp-test-util.h"
#include "pp-window.h"

#define EDITED_TITLE "Edited Before the Kill"

static PpApplication *app;
static char *tmp_dir;
static char *self_path;

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds, for up to twenty seconds
 * (a sanitizer build on a busy machine is slow). */
static gboolean
wait_until (Condition condition,
            gpointer  data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static PpWindow *
window_for (GFile *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (PP_IS_WINDOW (l->data) && pp_window_get_file (l->data) != NULL &&
        g_file_equal (pp_window_get_file (l->data), file))
      return l->data;
  return NULL;
}

static gboolean
window_shown (gpointer file)
{
  return window_for (file) != NULL;
}

static gboolean
window_gone (gpointer file)
{
  return window_for (file) == NULL;
}

static char *
write_sample (const char *name,
              const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_no_error (error);
  if (title != NULL)
    pp_portfolio_set_title (sample, title);
  g_assert_true (pp_portfolio_save_to_file (sample, file, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static char *
title_in_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return g_strdup (pp_portfolio_get_title (portfolio));
}

/* The recovery files in the data folder whose text has @needle. */
static guint
count_copies (const char *needle)
{
  g_autofree char *folder = pp_recovery_get_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *text = NULL;

      if (g_str_has_suffix (name, ".recovery") && name[0] != '.' &&
          g_file_get_contents (path, &text, NULL, NULL) &&
          (needle == NULL || strstr (text, needle) != NULL))
        n++;
    }
  return n;
}

static gboolean
copy_kept (gpointer needle)
{
  return count_copies (needle) > 0;
}

static gboolean
dialog_shown (gpointer data)
{
  return pp_test_find_message_dialog () != NULL;
}

static gboolean
is_null (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

/* Clicks the button of @dialog labelled @label, as a user does, and waits
 * until the dialog has gone. */
static void
respond (AdwMessageDialog *dialog,
         const char       *label)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label));
  g_assert_true (wait_until (is_null, &dialog));
}

/* The child: opens argv[2] through the application, edits its title
 * through the window, says so, and runs until it is killed. */
static int
run_child (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PpWindow *window;

  gtk_init ();
  adw_init ();
  app = pp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  g_application_hold (G_APPLICATION (app));
  pp_application_open_file (app, file, NULL);
  if (!wait_until (window_shown, file))
    g_error ("The file did not open");
  window = window_for (file);
  pp_history_set (pp_window_get_history (window), PP_NODE (pp_window_get_portfolio (window)),
                  "title", EDITED_TITLE, NULL);
  g_print ("edited\n");
  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

static GtkLabel *
find_label (GtkWidget  *root,
            const char *prefix)
{
  if (GTK_IS_LABEL (root) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), prefix))
    return GTK_LABEL (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
failure_shown (gpointer window)
{
  return find_label (window, "Unsaved changes cannot be kept") != NULL;
}

/* The child with a data folder that cannot be made: after the edit, the
 * window says so (once) and goes on; prints what it said. */
static int
run_blocked_child (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PpWindow *window;

  gtk_init ();
  adw_init ();
  app = pp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  pp_application_open_file (app, file, NULL);
  g_assert_true (wait_until (window_shown, file));
  window = window_for (file);
  pp_history_set (pp_window_get_history (window), PP_NODE (pp_window_get_portfolio (window)),
                  "title", EDITED_TITLE, NULL);
  if (!wait_until (failure_shown, window))
    return 1;
  g_print ("%s\n", gtk_label_get_text (find_label (GTK_WIDGET (window),
                                                    "Unsaved changes cannot be kept")));
  g_assert_true (pp_history_get_modified (pp_window_get_history (window)));
  return 0;
}

static GPid
start_child (const char *path)
{
  const char *argv[] = { self_path, "--child", path, NULL };
  g_autoptr(GError) error = NULL;
  char line[32] = "";
  GPid pid;
  int out;
  FILE *f;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                           G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, NULL,
                                           &out, NULL, &error));
  g_assert_no_error (error);
  f = fdopen (out, "r");
  g_assert_nonnull (fgets (line, sizeof line, f));
  g_assert_cmpstr (line, ==, "edited\n");
  fclose (f);
  return pid;
}

static gboolean
restored_shown (gpointer file)
{
  PpWindow *window = window_for (file);

  return window != NULL && pp_history_get_modified (pp_window_get_history (window));
}

/* Killed after the autosave delay, the edited window's changes are offered
 * on the next start, saying which file and when; Restore opens them
 * attached to the file and modified, and Save writes them there and
 * removes the copy. */
static void
test_killed_window (void)
{
  g_autofree char *path = write_sample ("killed.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *saved = NULL;
  AdwMessageDialog *dialog;
  PpWindow *window;
  GPid pid;
  int status;

  pid = start_child (path);
  g_assert_true (wait_until (copy_kept, (gpointer) EDITED_TITLE));
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFSIGNALED (status));

  /* The next start. */
  g_application_activate (G_APPLICATION (app));
  g_assert_true (wait_until (dialog_shown, NULL));
  dialog = pp_test_find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“killed.json”"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "today at "));
  g_assert_null (window_for (file));
  respond (dialog, "_Restore");

  g_assert_true (wait_until (restored_shown, file));
  window = window_for (file);
  g_assert_cmpstr (pp_portfolio_get_title (pp_window_get_portfolio (window)), ==, EDITED_TITLE);
  /* Still kept, now as this run's, until saved. */
  g_assert_cmpuint (count_copies (EDITED_TITLE), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  pp_test_wait_for_idle ();
  g_assert_null (pp_test_find_message_dialog ());
  saved = title_in_file (file);
  g_assert_cmpstr (saved, ==, EDITED_TITLE);
  g_assert_false (pp_history_get_modified (pp_window_get_history (window)));
  g_assert_cmpuint (count_copies (NULL), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Edits in two windows of this run are kept after the delay too, one copy
 * each; undoing them removes the copy, and so does a deliberate Discard
 * when closing. */
static void
test_discard_removes_copy (void)
{
  g_autofree char *path = write_sample ("discarded.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PpWindow *window;

  g_autofree char *other_path = write_sample ("other.json", NULL);
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  PpWindow *other;

  pp_application_open_file (app, file, NULL);
  pp_application_open_file (app, other_file, NULL);
  g_assert_true (wait_until (window_shown, file));
  g_assert_true (wait_until (window_shown, other_file));
  window = window_for (file);
  other = window_for (other_file);
  pp_history_set (pp_window_get_history (window), PP_NODE (pp_window_get_portfolio (window)),
                  "title", "To Be Discarded", NULL);
  pp_history_set (pp_window_get_history (other), PP_NODE (pp_window_get_portfolio (other)),
                  "title", "Another Window", NULL);
  /* Each window has a copy of its own. */
  g_assert_true (wait_until (copy_kept, (gpointer) "To Be Discarded"));
  g_assert_true (wait_until (copy_kept, (gpointer) "Another Window"));
  g_assert_cmpuint (count_copies (NULL), ==, 2);

  /* Undone back to what was saved, nothing is left to recover. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (other), "win.undo", NULL));
  g_assert_cmpuint (count_copies ("Another Window"), ==, 0);
  gtk_window_destroy (GTK_WINDOW (other));

  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (wait_until (dialog_shown, NULL));
  respond (pp_test_find_message_dialog (), "_Discard");
  g_assert_true (wait_until (window_gone, file));
  g_assert_cmpuint (count_copies (NULL), ==, 0);
}

/* A data folder that cannot be made (a file stands in its place; a
 * read-only folder would do, but the tests may run as root): the window
 * says where and why, in a toast, and keeps working. */
static void
test_unusable_folder (void)
{
  g_autofree char *path = write_sample ("blocked.json", NULL);
  g_autofree char *home = g_build_filename (tmp_dir, "blocked-home", NULL);
  g_autofree char *blocker = g_build_filename (home, "partnership-planner", NULL);
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", home, TRUE);
  const char *argv[] = { self_path, "--blocked-child", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_cmpint (g_mkdir_with_parents (home, 0700), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "not a folder", -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_str_has_prefix (out, "Unsaved changes cannot be kept for recovery after a "
                                        "crash: Cannot keep a recovery copy in the folder "));
  g_assert_nonnull (strstr (out, blocker));
}

/* A restored portfolio that was never saved is modified with nothing to
 * undo: opening a file from its window must not replace it as if it were
 * an untouched sample. */
static void
test_restored_not_pristine (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();
  g_autoptr(PpRecovery) recovery = pp_recovery_new ();
  PpWindow *window = g_object_ref_sink (pp_window_new (NULL, portfolio, NULL));

  g_assert_true (pp_window_is_pristine (window));
  pp_window_adopt_recovery (window, recovery);
  g_assert_true (pp_history_get_modified (pp_window_get_history (window)));
  g_assert_false (pp_window_is_pristine (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static GtkInfoBar *
disk_bar (PpWindow *window)
{
  return GTK_INFO_BAR (gtk_widget_get_template_child (GTK_WIDGET (window), PP_TYPE_WINDOW,
                                                      "disk_bar"));
}

static gboolean
bar_revealed (gpointer file)
{
  PpWindow *window = window_for (file);

  return window != NULL && gtk_info_bar_get_revealed (disk_bar (window));
}

typedef struct
{
  GFile *file;
  const char *title;
} Shown;

static gboolean
title_shown (gpointer data)
{
  Shown *shown = data;
  PpWindow *window = window_for (shown->file);

  return window != NULL &&
         g_strcmp0 (pp_portfolio_get_title (pp_window_get_portfolio (window)), shown->title) == 0;
}

static void
monitor_changed_cb (GFileMonitor *monitor,
                    GFile        *file,
                    GFile        *other,
                    int           event,
                    guint        *n)
{
  (*n)++;
}

static gboolean
counted (gpointer n)
{
  return *(guint *) n > 0;
}

/* Changed by another program with no local edits: Reload shows it. With
 * local edits: Reload and Keep Mine; Save asks, Cancel saves nothing,
 * Overwrite saves, and the window's own save does not look like another
 * program's. */
static void
test_changed_on_disk (void)
{
  g_autofree char *path = write_sample ("shared.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *mine = NULL;
  Shown colleague = { file, "Colleague’s Title" };
  PpWindow *window;
  GtkWidget *keep;
  AdwMessageDialog *dialog;
  guint events = 0;

  pp_application_open_file (app, file, NULL);
  g_assert_true (wait_until (window_shown, file));
  window = window_for (file);
  g_assert_false (gtk_info_bar_get_revealed (disk_bar (window)));

  /* Another program writes the file: Reload only, and it shows theirs. */
  g_free (write_sample ("shared.json", colleague.title));
  g_assert_true (wait_until (bar_revealed, file));
  keep = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PP_TYPE_WINDOW,
                                                    "keep_button"));
  g_assert_false (gtk_widget_get_visible (keep));
  pp_test_click (pp_test_find_widget (GTK_WIDGET (disk_bar (window)), GTK_TYPE_BUTTON,
                                      "_Reload"));
  g_assert_true (wait_until (title_shown, &colleague));
  window = window_for (file);
  g_assert_false (pp_history_get_modified (pp_window_get_history (window)));
  g_assert_false (gtk_info_bar_get_revealed (disk_bar (window)));

  /* Local edits, and another write: Reload and Keep Mine. */
  pp_history_set (pp_window_get_history (window), PP_NODE (pp_window_get_portfolio (window)),
                  "title", "My Title", NULL);
  g_free (write_sample ("shared.json", "Colleague’s Second"));
  g_assert_true (wait_until (bar_revealed, file));
  keep = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PP_TYPE_WINDOW,
                                                    "keep_button"));
  g_assert_true (gtk_widget_get_visible (keep));

  /* Save asks; Cancel saves nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (dialog_shown, NULL));
  dialog = pp_test_find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "File Changed by Another Program");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“shared.json”"));
  respond (dialog, "_Cancel");
  pp_test_wait_for_idle ();
  kept = title_in_file (file);
  g_assert_cmpstr (kept, ==, "Colleague’s Second");
  g_assert_true (pp_history_get_modified (pp_window_get_history (window)));

  /* Overwrite saves, and the save's own events do not bring the bar back. */
  monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  g_signal_connect (monitor, "changed", G_CALLBACK (monitor_changed_cb), &events);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (dialog_shown, NULL));
  respond (pp_test_find_message_dialog (), "_Overwrite");
  pp_test_wait_for_idle ();
  mine = title_in_file (file);
  g_assert_cmpstr (mine, ==, "My Title");
  g_assert_false (pp_history_get_modified (pp_window_get_history (window)));
  g_assert_true (wait_until (counted, &events));
  {
    gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

    /* Longer than the window waits for a write's events to pass. */
    while (g_get_monotonic_time () < end)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
  }
  g_assert_false (gtk_info_bar_get_revealed (disk_bar (window)));
  g_assert_null (pp_test_find_message_dialog ());
  g_signal_handlers_disconnect_by_func (monitor, monitor_changed_cb, &events);
}

/* A window opened from a load keeps the identity the loader took before
 * reading: if the file changed after that (here, an identity that no longer
 * matches), Save asks rather than writing over the change. */
static void
test_identity_from_loader (void)
{
  g_autofree char *path = write_sample ("loaded.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (bytes, NULL);
  g_autofree char *kept = NULL;
  PpWindow *window = g_object_ref_sink (g_object_new (PP_TYPE_WINDOW, "portfolio", portfolio,
                                                      "file", file, "base", bytes,
                                                      "identity", "0:0", NULL));

  gtk_window_present (GTK_WINDOW (window));
  pp_history_set (pp_window_get_history (window), PP_NODE (portfolio), "title", "Mine", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (dialog_shown, NULL));
  g_assert_cmpstr (adw_message_dialog_get_heading (pp_test_find_message_dialog ()), ==,
                   "File Changed by Another Program");
  respond (pp_test_find_message_dialog (), "_Cancel");
  pp_test_wait_for_idle ();
  kept = title_in_file (file);
  g_assert_cmpstr (kept, !=, "Mine");
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Keep Mine: the next save writes the user's over the other program's
 * change without asking again. */
static void
test_keep_mine (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "shared.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *mine = NULL;
  PpWindow *window = window_for (file);

  g_assert_nonnull (window);
  pp_history_set (pp_window_get_history (window), PP_NODE (pp_window_get_portfolio (window)),
                  "title", "Mine Again", NULL);
  g_free (write_sample ("shared.json", "Colleague’s Third"));
  g_assert_true (wait_until (bar_revealed, file));
  pp_test_click (pp_test_find_widget (GTK_WIDGET (disk_bar (window)), GTK_TYPE_BUTTON,
                                      "_Keep Mine"));
  g_assert_false (gtk_info_bar_get_revealed (disk_bar (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  pp_test_wait_for_idle ();
  g_assert_null (pp_test_find_message_dialog ());
  mine = title_in_file (file);
  g_assert_cmpstr (mine, ==, "Mine Again");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (argc == 3 && g_strcmp0 (argv[1], "--child") == 0)
    return run_child (argv[2]);
  if (argc == 3 && g_strcmp0 (argv[1], "--blocked-child") == 0)
    return run_blocked_child (argv[2]);

  /* The recovery copies and recent files go to a folder of the test's own,
   * which the child inherits. */
  tmp_dir = g_dir_make_tmp ("pp-test-window-recovery-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  self_path = g_canonicalize_filename (argv[0], NULL);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = pp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/window-recovery/killed-window", test_killed_window);
  g_test_add_func ("/window-recovery/discard-removes-copy", test_discard_removes_copy);
  g_test_add_func ("/window-recovery/unusable-folder", test_unusable_folder);
  g_test_add_func ("/window-recovery/restored-not-pristine", test_restored_not_pristine);
  g_test_add_func ("/window-recovery/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/window-recovery/keep-mine", test_keep_mine);
  g_test_add_func ("/window-recovery/identity-from-loader", test_identity_from_loader);
  status = g_test_run ();

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;
       l = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (l->data);
  g_object_unref (app);
  pp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  g_free (self_path);
  return status;
}
