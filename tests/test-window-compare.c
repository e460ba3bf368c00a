/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-compare.c: Compare With… and Merge With… in the window
 * (needs a display): the changes from an edited copy grouped and filtered
 * by kind, a change that shows its item, two copies edited in different
 * places merged as one step to undo, two edits of one field shown as a
 * conflict with both values, and the disk bar's Merge.
 *
 * The file choosers are bypassed by the actions that take a file's URI
 * (win.compare-file, win.merge-file); everything else is clicked. */

#include "config.h"

#include <adwaita.h>

#include "pp-change-entry.h"
#include "pp-changes-window.h"
#include "pp-merge-dialog.h"
#include "pp-mou-page.h"
#include "pp-portfolio-io.h"
#include "pp-recovery.h"
#include "pp-test-ui.h"
#include "pp-test-util.h"
#include "pp-window.h"

#define EDITED_MOU "commerce"
#define REMOVED_MOU "defense-cooperation"

static char *tmp_dir;

typedef struct
{
  GFile *file;         /* ours.json: the sample as the window opened it */
  PpWindow *window;
  PpHistory *history;
  PpPortfolio *portfolio;
} Fixture;

typedef gboolean (*Condition) (gpointer data);

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

static GFile *
tmp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  return g_file_new_for_path (path);
}

static PpMou *
mou (PpPortfolio *portfolio,
     const char  *id)
{
  return PP_MOU (pp_portfolio_lookup (portfolio, PP_COLLECTION_MOUS, id));
}

static guint
mou_position (PpPortfolio *portfolio,
              const char  *id)
{
  GListModel *mous = pp_portfolio_get_mous (portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpNode) node = g_list_model_get_item (mous, i);

      if (g_strcmp0 (pp_node_get_id (node), id) == 0)
        return i;
    }
  g_assert_not_reached ();
}

/* The sample, with @status for the edited MoU (unless it is -1) and,
 * when @remove, without the removed MoU, written to @name. */
static GFile *
write_copy (const char *name,
            int         status,
            gboolean    remove)
{
  g_autoptr(PpPortfolio) copy = pp_test_load_sample ();
  g_autoptr(PpHistory) history = pp_history_new (copy);
  g_autoptr(GError) error = NULL;
  GFile *file = tmp_file (name);

  if (status >= 0)
    pp_history_set (history, PP_NODE (mou (copy, EDITED_MOU)), "status", status, NULL);
  if (remove)
    g_assert_true (pp_history_remove (history, PP_NODE (copy), pp_portfolio_get_mous (copy),
                                      mou_position (copy, REMOVED_MOU), &error));
  g_assert_no_error (error);
  g_assert_true (pp_portfolio_save_to_file (copy, file, NULL, &error));
  g_assert_no_error (error);
  return file;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->file = write_copy ("ours.json", -1, FALSE);
  f->portfolio = pp_portfolio_load_from_file (f->file, NULL, &error);
  g_assert_no_error (error);
  f->window = g_object_ref_sink (pp_window_new (NULL, f->portfolio, f->file));
  f->history = pp_window_get_history (f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  gtk_window_present (GTK_WINDOW (f->window));
  pp_test_wait_for_pages (GTK_WIDGET (f->window));
  pp_test_wait_for_idle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (l->data != (gpointer) f->window && GTK_IS_WINDOW (l->data) &&
        !GTK_IS_TOOLTIP (l->data) && gtk_widget_get_visible (l->data))
      gtk_window_destroy (l->data);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (f->portfolio);
  g_object_unref (f->file);
}

static gboolean
toplevel_shown (gpointer type)
{
  return pp_test_find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

static gboolean
message_shown (gpointer data)
{
  return pp_test_find_message_dialog () != NULL;
}

static gboolean
is_null (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

static void
respond (AdwMessageDialog *dialog,
         const char       *label)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label));
  g_assert_true (wait_until (is_null, &dialog));
}

static void
activate_with_file (PpWindow   *window,
                    const char *action,
                    GFile      *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, "s", uri));
}

static GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), type, name));
}

static PpChangesWindow *
open_changes (Fixture *f,
              GFile   *other)
{
  PpChangesWindow *changes;

  activate_with_file (f->window, "win.compare-file", other);
  g_assert_true (wait_until (toplevel_shown, GSIZE_TO_POINTER (PP_TYPE_CHANGES_WINDOW)));
  changes = pp_test_find_toplevel (PP_TYPE_CHANGES_WINDOW);
  pp_test_wait_for_idle ();
  return changes;
}

static GListModel *
shown_entries (PpChangesWindow *changes)
{
  GtkListView *list = GTK_LIST_VIEW (template_child (changes, PP_TYPE_CHANGES_WINDOW,
                                                     "list_view"));

  return G_LIST_MODEL (gtk_list_view_get_model (list));
}

/* How many of the changes shown are of @kind. */
static guint
count_shown (PpChangesWindow *changes,
             PpChangeKind     kind,
             guint           *others)
{
  GListModel *entries = shown_entries (changes);
  guint n = 0;

  *others = 0;
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(PpChangeEntry) entry = g_list_model_get_item (entries, i);

      if (pp_change_entry_get_level (entry) != PP_CHANGE_ENTRY_CHANGE)
        continue;
      if (pp_change_get_kind (pp_change_entry_get_change (entry)) == kind)
        n++;
      else
        (*others)++;
    }
  return n;
}

/* The open portfolio lacks an MoU the copy has (removed here), and has
 * a status the copy lacks (changed); the filter shows each kind alone. */
static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GFile) other = write_copy ("other.json", PP_MOU_STATUS_DRAFT, FALSE);
  PpChangesWindow *changes;
  GtkStack *stack;
  guint others;

  /* The other copy has a draft where the open one has it signed, and the
   * open one has lost an MoU since. */
  g_assert_true (pp_history_remove (f->history, PP_NODE (f->portfolio),
                                    pp_portfolio_get_mous (f->portfolio),
                                    mou_position (f->portfolio, REMOVED_MOU), NULL));
  changes = open_changes (f, other);
  stack = GTK_STACK (template_child (changes, PP_TYPE_CHANGES_WINDOW, "stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_cmpuint (count_shown (changes, PP_CHANGE_REMOVED, &others), ==, 1);
  g_assert_cmpuint (others, >=, 1);
  g_assert_nonnull (pp_test_find_widget (GTK_WIDGET (changes), GTK_TYPE_LABEL, NULL));

  pp_test_click (pp_test_find_widget (GTK_WIDGET (changes), GTK_TYPE_TOGGLE_BUTTON, "_Removed"));
  g_assert_cmpuint (count_shown (changes, PP_CHANGE_REMOVED, &others), ==, 1);
  g_assert_cmpuint (others, ==, 0);
  pp_test_click (pp_test_find_widget (GTK_WIDGET (changes), GTK_TYPE_TOGGLE_BUTTON, "_Changed"));
  g_assert_cmpuint (count_shown (changes, PP_CHANGE_CHANGED, &others), >=, 1);
  g_assert_cmpuint (others, ==, 0);
  pp_test_click (pp_test_find_widget (GTK_WIDGET (changes), GTK_TYPE_TOGGLE_BUTTON, "A_dded"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "none-of-kind");
  pp_test_click (pp_test_find_widget (GTK_WIDGET (changes), GTK_TYPE_TOGGLE_BUTTON, "_All"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
}

/* A copy the same as the open portfolio: "No Differences". */
static void
test_compare_same (Fixture       *f,
                   gconstpointer  data)
{
  PpChangesWindow *changes = open_changes (f, f->file);
  GtkStack *stack = GTK_STACK (template_child (changes, PP_TYPE_CHANGES_WINDOW, "stack"));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "same");
}

/* The menu's way: Compare With… asks with the file chooser, and its
 * Compare button opens the changes of the file chosen there. */
static void
test_compare_chooser (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GFile) other = write_copy ("chosen.json", PP_MOU_STATUS_DRAFT, FALSE);
  GtkWindow *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.compare-with", NULL));
  g_assert_true (wait_until (toplevel_shown, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG)));
  chooser = pp_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), other, NULL));
  pp_test_wait_for_idle ();
  pp_test_click (pp_test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_BUTTON, "_Compare"));
  g_assert_true (wait_until (toplevel_shown, GSIZE_TO_POINTER (PP_TYPE_CHANGES_WINDOW)));
}

/* A file that does not load is said in words, naming it. */
static void
test_compare_bad_file (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GFile) bad = tmp_file ("bad.json");
  AdwMessageDialog *dialog;

  g_assert_true (g_file_replace_contents (bad, "{ \"format\": 1", 13, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));
  activate_with_file (f->window, "win.compare-file", bad);
  g_assert_true (wait_until (message_shown, NULL));
  dialog = pp_test_find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "“bad.json”"));
  respond (dialog, "_Close");
  g_assert_null (pp_test_find_toplevel (PP_TYPE_CHANGES_WINDOW));
}

/* The first button under @root shown on screen with @tooltip: the rows of
 * a list view are made ahead of being seen, and hide what they do not use. */
static GtkWidget *
find_shown_button (GtkWidget  *root,
                   const char *tooltip)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown_button (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
mou_selected (gpointer data)
{
  Fixture *f = data;
  GtkWidget *page = pp_window_get_page (PP_WINDOW (f->window), "mous");

  return pp_mou_page_get_selected (PP_MOU_PAGE (page)) == mou (f->portfolio, EDITED_MOU);
}

/* The item's button, and Enter on a change, show the MoU on its page. */
static void
test_compare_shows_item (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GFile) other = write_copy ("other.json", PP_MOU_STATUS_DRAFT, FALSE);
  AdwViewStack *stack = ADW_VIEW_STACK (template_child (f->window, PP_TYPE_WINDOW, "stack"));
  PpChangesWindow *changes;
  g_autofree char *label = NULL;
  GtkWidget *list;
  GtkWidget *button;
  GListModel *entries;

  adw_view_stack_set_visible_child_name (stack, "dashboard");
  changes = open_changes (f, other);
  button = find_shown_button (GTK_WIDGET (changes), "Show in the Window");
  pp_test_click (button);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "mous");
  g_assert_true (wait_until (mou_selected, f));

  /* Enter on the change's line does the same. */
  adw_view_stack_set_visible_child_name (stack, "dashboard");
  pp_mou_page_select (PP_MOU_PAGE (pp_window_get_page (PP_WINDOW (f->window), "mous")),
                      mou (f->portfolio, REMOVED_MOU));
  list = template_child (changes, PP_TYPE_CHANGES_WINDOW, "list_view");
  entries = shown_entries (changes);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(PpChangeEntry) entry = g_list_model_get_item (entries, i);

      if (pp_change_entry_get_level (entry) == PP_CHANGE_ENTRY_CHANGE)
        {
          g_assert_true (gtk_widget_activate_action (list, "list.activate-item", "u", i));
          break;
        }
    }
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "mous");
  g_assert_true (wait_until (mou_selected, f));
}

/* A change of the partnership's own fields opens the Partnership dialog,
 * where they are edited. */
static void
test_compare_shows_partnership (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GFile) other = write_copy ("other.json", -1, FALSE);
  PpChangesWindow *changes;
  GtkWidget *list;
  GListModel *entries;
  guint n;

  pp_history_set (f->history, PP_NODE (f->portfolio), "title", "My Title", NULL);
  changes = open_changes (f, other);
  list = template_child (changes, PP_TYPE_CHANGES_WINDOW, "list_view");
  entries = shown_entries (changes);
  n = g_list_model_get_n_items (entries);
  /* The section's heading and the title's change. */
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (gtk_widget_activate_action (list, "list.activate-item", "u", 1));
  g_assert_true (wait_until (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_PREFERENCES_WINDOW)));
}

static PpMouStatus
status_of (PpPortfolio *portfolio,
           const char  *id)
{
  PpMouStatus status;

  g_object_get (mou (portfolio, id), "status", &status, NULL);
  return status;
}

static void
merge_file (Fixture *f,
            GFile   *theirs)
{
  AdwMessageDialog *dialog;

  activate_with_file (f->window, "win.merge-file", theirs);
  g_assert_true (wait_until (message_shown, NULL));
  dialog = pp_test_find_message_dialog ();
  /* It says which version the merge starts from. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“ours.json”"));
  respond (dialog, "_Merge");
}

/* Mine changed the title, theirs a status and removed an MoU: the merge
 * has all three, as one step that undo takes back. */
static void
test_merge_clean (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GFile) theirs = write_copy ("theirs.json", PP_MOU_STATUS_IN_FORCE, TRUE);

  pp_history_set (f->history, PP_NODE (f->portfolio), "title", "My Title", NULL);
  merge_file (f, theirs);
  g_assert_null (pp_test_find_toplevel (PP_TYPE_MERGE_DIALOG));
  g_assert_cmpstr (pp_portfolio_get_title (f->portfolio), ==, "My Title");
  g_assert_cmpint (status_of (f->portfolio, EDITED_MOU), ==, PP_MOU_STATUS_IN_FORCE);
  g_assert_null (mou (f->portfolio, REMOVED_MOU));
  g_assert_true (pp_history_get_modified (f->history));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpint (status_of (f->portfolio, EDITED_MOU), ==, PP_MOU_STATUS_SIGNED);
  g_assert_nonnull (mou (f->portfolio, REMOVED_MOU));
  g_assert_cmpstr (pp_portfolio_get_title (f->portfolio), ==, "My Title");
}

static const char *
row_subtitle (PpMergeDialog *dialog,
              const char    *name)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (template_child (dialog,
                                                                      PP_TYPE_MERGE_DIALOG,
                                                                      name)));
}

/* Both changed one status: the dialog shows both values, and Take Theirs
 * gives theirs; Cancel leaves the portfolio as it was. */
static void
test_merge_conflict (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GFile) theirs = write_copy ("theirs.json", PP_MOU_STATUS_EXPIRED, FALSE);
  PpMergeDialog *dialog;
  GtkLabel *count;

  pp_history_set (f->history, PP_NODE (mou (f->portfolio, EDITED_MOU)), "status",
                  PP_MOU_STATUS_IN_FORCE, NULL);

  /* Cancel first. */
  merge_file (f, theirs);
  g_assert_true (wait_until (toplevel_shown, GSIZE_TO_POINTER (PP_TYPE_MERGE_DIALOG)));
  dialog = pp_test_find_toplevel (PP_TYPE_MERGE_DIALOG);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Cancel"));
  g_assert_true (wait_until (is_null, &dialog));
  g_assert_cmpint (status_of (f->portfolio, EDITED_MOU), ==, PP_MOU_STATUS_IN_FORCE);

  merge_file (f, theirs);
  g_assert_true (wait_until (toplevel_shown, GSIZE_TO_POINTER (PP_TYPE_MERGE_DIALOG)));
  dialog = pp_test_find_toplevel (PP_TYPE_MERGE_DIALOG);
  count = GTK_LABEL (template_child (dialog, PP_TYPE_MERGE_DIALOG, "count_label"));
  g_assert_cmpstr (gtk_label_get_text (count), ==, "Conflict 1 of 1");
  g_assert_cmpstr (row_subtitle (dialog, "mine_row"), ==, "In force");
  g_assert_cmpstr (row_subtitle (dialog, "theirs_row"), ==, "Expired");
  g_assert_cmpstr (row_subtitle (dialog, "base_row"), ==, "Signed");
  g_assert_true (gtk_widget_activate (template_child (dialog, PP_TYPE_MERGE_DIALOG,
                                                      "theirs_row")));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Merge"));
  g_assert_true (wait_until (is_null, &dialog));
  g_assert_cmpint (status_of (f->portfolio, EDITED_MOU), ==, PP_MOU_STATUS_EXPIRED);

  /* One step: undo gives mine back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpint (status_of (f->portfolio, EDITED_MOU), ==, PP_MOU_STATUS_IN_FORCE);
}

/* Choose the Common Version… gives the base instead of the file as the
 * window opened it: here theirs is that file, so it has nothing to bring
 * in when it is the base as well, and its status when the sample is. */
static void
test_merge_chosen_base (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GFile) theirs = write_copy ("theirs.json", PP_MOU_STATUS_IN_FORCE, FALSE);
  g_autoptr(GFile) base = write_copy ("base.json", -1, FALSE);
  g_autofree char *theirs_uri = g_file_get_uri (theirs);
  g_autofree char *base_uri = g_file_get_uri (base);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.merge-files",
                                             "(ss)", theirs_uri, theirs_uri));
  g_assert_cmpint (status_of (f->portfolio, EDITED_MOU), ==, PP_MOU_STATUS_SIGNED);
  g_assert_false (pp_history_get_can_undo (f->history));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.merge-files",
                                             "(ss)", theirs_uri, base_uri));
  g_assert_cmpint (status_of (f->portfolio, EDITED_MOU), ==, PP_MOU_STATUS_IN_FORCE);
  g_assert_true (pp_history_get_can_undo (f->history));
}

/* A restored window whose file has no identity kept does not know what
 * its changes started from: Merge With… asks for the common version, and
 * offers no merge from a guess. */
static void
test_merge_base_unknown (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PpRecovery) recovery = pp_recovery_new ();
  g_autoptr(GFile) theirs = write_copy ("theirs.json", PP_MOU_STATUS_IN_FORCE, FALSE);
  AdwMessageDialog *dialog;

  pp_window_adopt_recovery (f->window, recovery);
  activate_with_file (f->window, "win.merge-file", theirs);
  g_assert_true (wait_until (message_shown, NULL));
  dialog = pp_test_find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not known"));
  g_assert_null (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Merge"));
  g_assert_nonnull (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON,
                                         "Choose the Common _Version…"));
  respond (dialog, "_Cancel");
  g_assert_cmpint (status_of (f->portfolio, EDITED_MOU), ==, PP_MOU_STATUS_SIGNED);
}

static gboolean
bar_revealed (gpointer window)
{
  return gtk_info_bar_get_revealed (GTK_INFO_BAR (template_child (window, PP_TYPE_WINDOW,
                                                                  "disk_bar")));
}

/* Another program writes the file while the user has unsaved edits: the
 * bar's Merge brings its changes in, the result is unsaved, and saving
 * then does not ask about the other program's change again. */
static void
test_merge_disk (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PpPortfolio) saved = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *bar = template_child (f->window, PP_TYPE_WINDOW, "disk_bar");

  pp_history_set (f->history, PP_NODE (f->portfolio), "title", "My Title", NULL);
  g_object_unref (write_copy ("ours.json", PP_MOU_STATUS_IN_FORCE, FALSE));
  g_assert_true (wait_until (bar_revealed, f->window));
  pp_test_click (pp_test_find_widget (bar, GTK_TYPE_BUTTON, "_Merge"));
  g_assert_false (bar_revealed (f->window));
  g_assert_cmpstr (pp_portfolio_get_title (f->portfolio), ==, "My Title");
  g_assert_cmpint (status_of (f->portfolio, EDITED_MOU), ==, PP_MOU_STATUS_IN_FORCE);
  g_assert_true (pp_history_get_modified (f->history));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  pp_test_wait_for_idle ();
  g_assert_null (pp_test_find_message_dialog ());
  saved = pp_portfolio_load_from_file (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_portfolio_get_title (saved), ==, "My Title");
  g_assert_cmpint (status_of (saved, EDITED_MOU), ==, PP_MOU_STATUS_IN_FORCE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("PP_TODAY", "2025-06-01", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  tmp_dir = g_dir_make_tmp ("pp-test-window-compare-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add ("/window/compare/changes", Fixture, NULL, fixture_set_up, test_compare,
              fixture_tear_down);
  g_test_add ("/window/compare/same", Fixture, NULL, fixture_set_up, test_compare_same,
              fixture_tear_down);
  g_test_add ("/window/compare/chooser", Fixture, NULL, fixture_set_up, test_compare_chooser,
              fixture_tear_down);
  g_test_add ("/window/compare/bad-file", Fixture, NULL, fixture_set_up, test_compare_bad_file,
              fixture_tear_down);
  g_test_add ("/window/compare/shows-item", Fixture, NULL, fixture_set_up,
              test_compare_shows_item, fixture_tear_down);
  g_test_add ("/window/compare/shows-partnership", Fixture, NULL, fixture_set_up,
              test_compare_shows_partnership, fixture_tear_down);
  g_test_add ("/window/merge/clean", Fixture, NULL, fixture_set_up, test_merge_clean,
              fixture_tear_down);
  g_test_add ("/window/merge/conflict", Fixture, NULL, fixture_set_up, test_merge_conflict,
              fixture_tear_down);
  g_test_add ("/window/merge/chosen-base", Fixture, NULL, fixture_set_up,
              test_merge_chosen_base, fixture_tear_down);
  g_test_add ("/window/merge/base-unknown", Fixture, NULL, fixture_set_up,
              test_merge_base_unknown, fixture_tear_down);
  g_test_add ("/window/merge/disk", Fixture, NULL, fixture_set_up, test_merge_disk,
              fixture_tear_down);

  status = g_test_run ();
  pp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
