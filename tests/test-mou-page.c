/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-mou-page.c: the MoU register and the window's document handling, on
 * the bundled sample, acting through the same actions and widgets a user
 * reaches (needs a display). */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pp-date.h"
#include "pp-mou-editor.h"
#include "pp-mou-page.h"
#include "pp-portfolio-io.h"
#include "pp-references.h"
#include "pp-test-ui.h"
#include "pp-window.h"

typedef struct
{
  PpPortfolio *portfolio;
  PpWindow *window;
  PpMouPage *page;
  char *dir;
  GFile *file;
} Fixture;

/* The page of the running test, whose incremental work wait_idle() waits
 * for. */
static PpMouPage *current_page;

static void
wait_idle (void)
{
  /* Lets search delays pass and incremental sorting and filtering finish,
   * however slow the build (sanitizers) makes them. */
  gint64 start = g_get_monotonic_time ();
  gint64 end = start + 400 * G_TIME_SPAN_MILLISECOND;
  gint64 limit = start + 30 * G_TIME_SPAN_SECOND;

  while (g_get_monotonic_time () < end ||
         (current_page != NULL && pp_mou_page_get_pending (current_page) > 0 &&
          g_get_monotonic_time () < limit))
    g_main_context_iteration (NULL, FALSE);
}

static gpointer
template_child (gpointer    widget,
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
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  /* Work on a saved copy, so Save writes without asking where. */
  f->dir = g_dir_make_tmp ("pp-test-page-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "portfolio.json", NULL);
  f->file = g_file_new_for_path (path);
  g_assert_true (pp_portfolio_save_to_file (sample, f->file, NULL, &error));
  f->portfolio = pp_portfolio_load_from_file (f->file, NULL, &error);
  g_assert_no_error (error);

  f->window = g_object_ref_sink (pp_window_new (NULL, f->portfolio, f->file));
  gtk_window_present (GTK_WINDOW (f->window));
  pp_test_wait_for_pages (GTK_WIDGET (f->window));
  f->page = PP_MOU_PAGE (pp_window_get_page (PP_WINDOW (f->window), "mous"));
  current_page = f->page;
  wait_idle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  current_page = NULL;
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  g_clear_object (&f->portfolio);
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_clear_object (&f->file);
}

static guint
shown (Fixture *f)
{
  return g_list_model_get_n_items (pp_mou_page_get_shown (f->page));
}

static const char *
count_label (Fixture *f)
{
  return gtk_label_get_label (template_child (f->page, PP_TYPE_MOU_PAGE, "count_label"));
}

static void
search (Fixture    *f,
        const char *text)
{
  GtkEditable *entry = template_child (f->page, PP_TYPE_MOU_PAGE, "search_entry");

  gtk_editable_set_text (entry, text);
  /* What the entry emits once typing pauses, without waiting on its timer. */
  g_signal_emit_by_name (entry, "search-changed");
  wait_idle ();
}

static PpMou *
shown_mou (Fixture *f,
           guint    position)
{
  PpMou *mou = g_list_model_get_item (pp_mou_page_get_shown (f->page), position);

  g_object_unref (mou);  /* the model keeps it */
  return mou;
}

static gboolean
window_modified (Fixture *f)
{
  AdwWindowTitle *title = template_child (f->window, PP_TYPE_WINDOW, "window_title");

  return strstr (adw_window_title_get_subtitle (title), "modified") != NULL;
}

static void
test_shows_all (Fixture       *f,
                gconstpointer  data)
{
  guint n = g_list_model_get_n_items (pp_portfolio_get_mous (f->portfolio));

  g_assert_cmpuint (shown (f), ==, n);
  g_assert_cmpstr (count_label (f), ==, "7 of 7 MoUs");
  g_assert_false (window_modified (f));
}

static void
test_sort_by_signed (Fixture       *f,
                     gconstpointer  data)
{
  GtkColumnView *view = template_child (f->page, PP_TYPE_MOU_PAGE, "column_view");
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) signed_column = g_list_model_get_item (columns, 4);
  g_autoptr(GtkColumnViewColumn) title_column = g_list_model_get_item (columns, 0);
  g_autoptr(PpMou) first = NULL;

  g_assert_cmpstr (gtk_column_view_column_get_title (signed_column), ==, "Signed");

  /* Give one MoU an earlier date so the order is not the file's. */
  first = g_list_model_get_item (pp_portfolio_get_mous (f->portfolio), 6);
  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, 1, 1, 2020);
    pp_mou_set_signed_on (first, &date);
  }

  gtk_column_view_sort_by_column (view, signed_column, GTK_SORT_ASCENDING);
  wait_idle ();
  g_assert_true (shown_mou (f, 0) == first);
  for (guint i = 1; i < shown (f); i++)
    g_assert_cmpint (pp_date_compare (pp_mou_get_signed_on (shown_mou (f, i - 1)),
                                      pp_mou_get_signed_on (shown_mou (f, i))), <=, 0);

  gtk_column_view_sort_by_column (view, signed_column, GTK_SORT_DESCENDING);
  wait_idle ();
  g_assert_true (shown_mou (f, shown (f) - 1) == first);

  /* Titles sort alphabetically. */
  gtk_column_view_sort_by_column (view, title_column, GTK_SORT_ASCENDING);
  wait_idle ();
  for (guint i = 1; i < shown (f); i++)
    g_assert_cmpint (g_utf8_collate (pp_mou_get_title (shown_mou (f, i - 1)),
                                     pp_mou_get_title (shown_mou (f, i))), <=, 0);
}

/* The first widget in @widget, itself included, depth first, that passes
 * @test with @data. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             gboolean  (*test) (GtkWidget *widget, gconstpointer data),
             gconstpointer data)
{
  if (test (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, test, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
activates (GtkWidget     *widget,
           gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* The text of the first cell, the title, of each row on screen, top down. */
static GPtrArray *
titles_on_screen (GtkWidget *view)
{
  GtkWidget *list = find_widget (view, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_VIEW));
  GPtrArray *titles = g_ptr_array_new ();

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *title = find_widget (row, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_INSCRIPTION));

      if (title != NULL && gtk_widget_get_mapped (row))
        g_ptr_array_add (titles, (gpointer) gtk_inscription_get_text (GTK_INSCRIPTION (title)));
    }
  return titles;
}

static void
test_sort_shows_rows (Fixture       *f,
                      gconstpointer  data)
{
  GtkColumnView *view = template_child (f->page, PP_TYPE_MOU_PAGE, "column_view");
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) title_column = g_list_model_get_item (columns, 0);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  PpMou *chosen;

  adw_view_stack_set_visible_child_name (template_child (f->window, PP_TYPE_WINDOW, "stack"),
                                         "mous");
  wait_idle ();

  /* Titles Z to A: the rows on screen say so, not only the model. */
  gtk_column_view_sort_by_column (view, title_column, GTK_SORT_DESCENDING);
  wait_idle ();
  for (guint i = 1; i < shown (f); i++)
    g_assert_cmpint (g_utf8_collate (pp_mou_get_title (shown_mou (f, i - 1)),
                                     pp_mou_get_title (shown_mou (f, i))), >=, 0);
  {
    g_autoptr(GPtrArray) titles = titles_on_screen (GTK_WIDGET (view));

    g_assert_nonnull (titles);
    g_assert_cmpuint (titles->len, ==, shown (f));
    for (guint i = 0; i < titles->len; i++)
      g_assert_cmpstr (g_ptr_array_index (titles, i), ==, pp_mou_get_title (shown_mou (f, i)));
  }

  /* The selection stays on its MoU as the rows are sorted under it. */
  chosen = shown_mou (f, 1);
  pp_mou_page_select (f->page, chosen);
  wait_idle ();
  gtk_column_view_sort_by_column (view, title_column, GTK_SORT_ASCENDING);
  wait_idle ();
  g_assert_true (pp_mou_page_get_selected (f->page) == chosen);
  g_assert_true (shown_mou (f, gtk_single_selection_get_selected (selection)) == chosen);
  g_assert_true (pp_mou_editor_get_mou (template_child (f->page, PP_TYPE_MOU_PAGE, "editor"))
                 == chosen);

}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  search (f, "readm");
  g_assert_cmpuint (shown (f), ==, 1);
  g_assert_cmpstr (pp_mou_get_title (shown_mou (f, 0)), ==, "Readmission Agreement");
  g_assert_cmpstr (count_label (f), ==, "1 of 7 MoUs");

  /* Party names are searched too. */
  search (f, "interior");
  g_assert_cmpuint (shown (f), >=, 1);

  search (f, "no such words");
  g_assert_cmpuint (shown (f), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (f->page, PP_TYPE_MOU_PAGE,
                                                                     "content_stack")),
                   ==, "empty");

  search (f, "");
  g_assert_cmpuint (shown (f), ==, 7);
}

static void
test_search_keeps_selection (Fixture       *f,
                             gconstpointer  data)
{
  PpMou *readmission;

  search (f, "agree");
  readmission = NULL;
  for (guint i = 0; i < shown (f); i++)
    if (g_str_has_prefix (pp_mou_get_title (shown_mou (f, i)), "Readmission"))
      readmission = shown_mou (f, i);
  g_assert_nonnull (readmission);
  pp_mou_page_select (f->page, readmission);
  wait_idle ();
  g_assert_true (pp_mou_page_get_selected (f->page) == readmission);

  search (f, "agreement");
  g_assert_true (pp_mou_page_get_selected (f->page) == readmission);
}

static void
test_sector_filter (Fixture       *f,
                    gconstpointer  data)
{
  GtkDropDown *sectors = template_child (f->page, PP_TYPE_MOU_PAGE, "sector_filter");
  GListModel *list = pp_portfolio_get_sectors (f->portfolio);
  GListModel *mous = pp_portfolio_get_mous (f->portfolio);

  for (guint s = 0; s < g_list_model_get_n_items (list); s++)
    {
      g_autoptr(PpSector) sector = g_list_model_get_item (list, s);
      guint expected = 0;

      for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
        {
          g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);

          expected += g_strcmp0 (pp_mou_get_sector (mou), pp_node_get_id (PP_NODE (sector))) == 0;
        }
      gtk_drop_down_set_selected (sectors, s + 1);
      wait_idle ();
      g_assert_cmpuint (shown (f), ==, expected);
    }
  gtk_drop_down_set_selected (sectors, 0);
  wait_idle ();
  g_assert_cmpuint (shown (f), ==, 7);
}

static void
test_add_and_undo (Fixture       *f,
                   gconstpointer  data)
{
  PpMouEditor *editor = template_child (f->page, PP_TYPE_MOU_PAGE, "editor");
  GtkEditable *title = template_child (editor, PP_TYPE_MOU_EDITOR, "title_row");
  PpHistory *history = pp_window_get_history (f->window);
  PpMou *added;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "mou.add", NULL));
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_mous (f->portfolio)), ==, 8);
  added = pp_mou_page_get_selected (f->page);
  g_assert_nonnull (added);
  g_assert_true (pp_mou_editor_get_mou (editor) == added);
  g_assert_true (window_modified (f));

  /* Typing the title goes into the model as one step. */
  gtk_editable_set_text (title, "T");
  gtk_editable_set_text (title, "Te");
  gtk_editable_set_text (title, "Test MoU");
  g_assert_cmpstr (pp_mou_get_title (added), ==, "Test MoU");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpstr (pp_mou_get_title (added), ==, "New MoU");
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "New MoU");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_mous (f->portfolio)), ==, 7);
  g_assert_false (pp_history_get_modified (history));
  g_assert_false (window_modified (f));
}

static void
test_close_asks (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (f->portfolio), 0);
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before = g_list_model_get_n_items (toplevels);
  g_autoptr(GObject) dialog = NULL;

  pp_history_set (pp_window_get_history (f->window), PP_NODE (mou),
                  "status", PP_MOU_STATUS_EXPIRED, NULL);
  gtk_window_close (GTK_WINDOW (f->window));
  wait_idle ();

  /* The window is still there, and a question is asked. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  dialog = g_list_model_get_item (toplevels, before);
  if (!ADW_IS_MESSAGE_DIALOG (dialog))
    {
      g_clear_object (&dialog);
      dialog = g_list_model_get_item (toplevels, 0);
    }
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Save Changes?");

  /* Cancel keeps everything as it was. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_idle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_cmpint (pp_mou_get_status (mou), ==, PP_MOU_STATUS_EXPIRED);
}

/* The "done when" of the register: find, change, undo, add with two parties,
 * save, reopen. */
static void
test_user_story (Fixture       *f,
                 gconstpointer  data)
{
  PpMouEditor *editor = template_child (f->page, PP_TYPE_MOU_PAGE, "editor");
  PpHistory *history = pp_window_get_history (f->window);
  g_autoptr(GBytes) before = pp_portfolio_save_to_bytes (f->portfolio);
  g_autoptr(PpPortfolio) reopened = NULL;
  g_autoptr(GError) error = NULL;
  PpMou *readmission, *added;
  AdwComboRow *status;
  guint n_follow_ups;

  search (f, "readm");
  readmission = shown_mou (f, 0);
  pp_mou_page_select (f->page, readmission);
  wait_idle ();
  g_assert_true (pp_mou_editor_get_mou (editor) == readmission);

  status = template_child (editor, PP_TYPE_MOU_EDITOR, "status_row");
  adw_combo_row_set_selected (status, PP_MOU_STATUS_IN_FORCE);
  g_assert_cmpint (pp_mou_get_status (readmission), ==, PP_MOU_STATUS_IN_FORCE);
  n_follow_ups = g_list_model_get_n_items (pp_mou_get_follow_ups (readmission));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-follow-up", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (pp_mou_get_follow_ups (readmission)), ==,
                    n_follow_ups + 1);

  /* Undo both. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpint (pp_mou_get_status (readmission), ==, PP_MOU_STATUS_SIGNED);
  g_assert_cmpuint (g_list_model_get_n_items (pp_mou_get_follow_ups (readmission)), ==,
                    n_follow_ups);
  g_assert_false (pp_history_get_modified (history));

  search (f, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "mou.add", NULL));
  added = pp_mou_page_get_selected (f->page);
  pp_mou_editor_add_party (editor, "interior-pk");
  pp_mou_editor_add_party (editor, "interior-by");
  g_assert_cmpuint (g_strv_length ((char **) pp_mou_get_parties (added)), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  g_assert_false (pp_history_get_modified (history));

  reopened = pp_portfolio_load_from_file (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_mous (reopened)), ==, 8);
  {
    g_autoptr(PpMou) last = g_list_model_get_item (pp_portfolio_get_mous (reopened), 7);

    g_assert_cmpstr (pp_mou_get_parties (last)[0], ==, "interior-pk");
    g_assert_cmpstr (pp_mou_get_parties (last)[1], ==, "interior-by");

    /* Nothing else changed: without the new MoU the file is as before. */
    g_assert_true (pp_node_remove_item (PP_NODE (reopened), pp_portfolio_get_mous (reopened), 7,
                                        NULL));
  }
  {
    g_autoptr(GBytes) after = pp_portfolio_save_to_bytes (reopened);

    g_assert_true (g_bytes_equal (before, after));
  }
}

static guint
find_unreferenced (Fixture *f)
{
  GListModel *mous = pp_portfolio_get_mous (f->portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpNode) mou = g_list_model_get_item (mous, i);

      if (pp_portfolio_count_references (f->portfolio, PP_COLLECTION_MOUS,
                                         pp_node_get_id (mou), NULL) == 0)
        return i;
    }
  g_assert_not_reached ();
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *mous = pp_portfolio_get_mous (f->portfolio);
  g_autoptr(PpMou) victim = g_list_model_get_item (mous, find_unreferenced (f));

  pp_mou_page_select (f->page, victim);
  wait_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "mou.delete", NULL));
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (mous), ==, 6);
  g_assert_cmpstr (count_label (f), ==, "6 of 6 MoUs");

  /* The toast's Undo is the window's undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (mous), ==, 7);
  g_assert_false (window_modified (f));
}

/* Deleting the selected MoU in a list sorted down leaves nothing selected,
 * and nothing to delete or duplicate. */
static void
test_delete_sorted_down (Fixture       *f,
                         gconstpointer  data)
{
  GtkColumnView *view = template_child (f->page, PP_TYPE_MOU_PAGE, "column_view");
  g_autoptr(GtkColumnViewColumn) title_column =
    g_list_model_get_item (gtk_column_view_get_columns (view), 0);
  GtkWidget *delete_button = find_widget (GTK_WIDGET (f->page), activates, "mou.delete");
  GtkWidget *duplicate_button = find_widget (GTK_WIDGET (f->page), activates, "mou.duplicate");
  GListModel *mous = pp_portfolio_get_mous (f->portfolio);
  g_autoptr(PpMou) victim = g_list_model_get_item (mous, find_unreferenced (f));

  g_assert_nonnull (delete_button);
  g_assert_nonnull (duplicate_button);
  gtk_column_view_sort_by_column (view, title_column, GTK_SORT_DESCENDING);
  wait_idle ();
  pp_mou_page_select (f->page, victim);
  wait_idle ();
  g_assert_true (gtk_widget_get_sensitive (delete_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "mou.delete", NULL));
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (mous), ==, 6);
  g_assert_null (pp_mou_page_get_selected (f->page));
  g_assert_null (pp_mou_editor_get_mou (template_child (f->page, PP_TYPE_MOU_PAGE, "editor")));
  g_assert_false (gtk_widget_get_sensitive (delete_button));
  g_assert_false (gtk_widget_get_sensitive (duplicate_button));
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  GListModel *mous = pp_portfolio_get_mous (f->portfolio);
  g_autoptr(PpMou) original = g_list_model_get_item (mous, 6);
  PpMou *copy;

  pp_mou_page_select (f->page, original);
  wait_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "mou.duplicate", NULL));
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (mous), ==, 8);
  copy = pp_mou_page_get_selected (f->page);
  g_assert_true (copy != original);
  g_assert_true (g_str_has_suffix (pp_mou_get_title (copy), " (copy)"));
  g_assert_cmpstrv (pp_mou_get_parties (copy), pp_mou_get_parties (original));
  g_assert_cmpuint (g_list_model_get_n_items (pp_mou_get_follow_ups (copy)), ==,
                    g_list_model_get_n_items (pp_mou_get_follow_ups (original)));

  /* One step undoes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (mous), ==, 7);
}

static void
test_dates_checked (Fixture       *f,
                    gconstpointer  data)
{
  PpMouEditor *editor = template_child (f->page, PP_TYPE_MOU_PAGE, "editor");
  GtkLabel *error = template_child (editor, PP_TYPE_MOU_EDITOR, "date_error");
  GtkEditable *signed_row = template_child (editor, PP_TYPE_MOU_EDITOR, "signed_row");
  GtkEditable *expires_row = template_child (editor, PP_TYPE_MOU_EDITOR, "expires_row");
  g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (f->portfolio), 1);
  g_autofree char *expires = NULL;

  pp_mou_page_select (f->page, mou);
  wait_idle ();
  expires = pp_date_to_iso (pp_mou_get_expires_on (mou));

  /* A day that does not exist is refused with a message. */
  gtk_editable_set_text (signed_row, "2025-02-30");
  g_signal_emit_by_name (signed_row, "apply");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_cmpstr (gtk_label_get_label (error), ==, "There is no day “2025-02-30” in the calendar.");
  g_assert_cmpint (g_date_get_year (pp_mou_get_signed_on (mou)), ==, 2025);
  g_assert_cmpint (g_date_get_day (pp_mou_get_signed_on (mou)), ==, 12);

  /* So is an expiry before the signing. */
  gtk_editable_set_text (expires_row, "2020-01-01");
  g_signal_emit_by_name (expires_row, "apply");
  g_assert_cmpstr (gtk_label_get_label (error), ==, "An MoU cannot expire before it is signed.");
  g_assert_false (pp_history_get_modified (pp_window_get_history (f->window)));

  /* A good date is taken, and the message goes. */
  gtk_editable_set_text (expires_row, "2031-04-12");
  g_signal_emit_by_name (expires_row, "apply");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_cmpint (g_date_get_year (pp_mou_get_expires_on (mou)), ==, 2031);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpint (g_date_get_year (pp_mou_get_expires_on (mou)), ==, 2030);
}

static void
test_failed_save (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (f->portfolio), 0);
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before = g_list_model_get_n_items (toplevels);

  /* Take the folder away: the save cannot be written. */
  pp_history_set (pp_window_get_history (f->window), PP_NODE (mou),
                  "status", PP_MOU_STATUS_EXPIRED, NULL);
  g_unlink (path);
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  g_assert_true (pp_history_get_modified (pp_window_get_history (f->window)));
  g_assert_true (window_modified (f));

  /* The teardown expects the folder. */
  g_assert_cmpint (g_mkdir (f->dir, 0700), ==, 0);
}

/* The subtitle of the party row at @index of the editor. */
static const char *
party_subtitle (PpMouEditor *editor,
                int          index)
{
  GtkListBox *list = template_child (editor, PP_TYPE_MOU_EDITOR, "parties_list");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* A party's row shows its country and its contacts, and follows them as the
 * Organisations page changes them through the history, and their undo. */
static void
test_party_contacts (Fixture       *f,
                     gconstpointer  data)
{
  PpMouEditor *editor = template_child (f->page, PP_TYPE_MOU_PAGE, "editor");
  PpHistory *history = pp_window_get_history (f->window);
  g_autoptr(PpContact) contact = pp_contact_new ();
  g_autofree char *country_only = NULL;
  PpMou *mou;
  PpNode *org;

  search (f, "readm");
  mou = shown_mou (f, 0);
  pp_mou_page_select (f->page, mou);
  wait_idle ();
  org = pp_portfolio_lookup (f->portfolio, PP_COLLECTION_ORGANISATIONS,
                             pp_mou_get_parties (mou)[0]);
  g_assert_nonnull (org);
  country_only = g_strdup (party_subtitle (editor, 0));
  g_assert_null (strchr (country_only, '\n'));

  pp_contact_set_name (contact, "Ayesha Khan");
  pp_contact_set_role (contact, "Director");
  pp_contact_set_email (contact, "a.khan@example.org");
  g_assert_true (pp_history_append (history, org,
                                    pp_organisation_get_contacts (PP_ORGANISATION (org)),
                                    PP_NODE (contact), NULL));
  {
    g_autofree char *expected = g_strconcat (country_only,
                                             "\nAyesha Khan, Director · a.khan@example.org",
                                             NULL);

    g_assert_cmpstr (party_subtitle (editor, 0), ==, expected);
  }
  pp_history_set (history, PP_NODE (contact), "phone", "+92 51 000 0000", NULL);
  g_assert_nonnull (strstr (party_subtitle (editor, 0),
                            "Ayesha Khan, Director · a.khan@example.org · +92 51 000 0000"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_null (strstr (party_subtitle (editor, 0), "+92"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpstr (party_subtitle (editor, 0), ==, country_only);
}

static guint
find_referenced (Fixture *f)
{
  GListModel *mous = pp_portfolio_get_mous (f->portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpNode) mou = g_list_model_get_item (mous, i);

      if (pp_portfolio_count_references (f->portfolio, PP_COLLECTION_MOUS,
                                         pp_node_get_id (mou), NULL) > 0)
        return i;
    }
  g_assert_not_reached ();
}

/* Delete and Insert pressed on the table (which the search entry watches
 * for typing, and whose text took these keys): the selected MoU goes, a new
 * one comes, and one that ventures refer to stays, with a message naming
 * them by title. */
static void
test_table_keys (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *mous = pp_portfolio_get_mous (f->portfolio);
  g_autoptr(PpMou) victim = g_list_model_get_item (mous, find_unreferenced (f));
  g_autoptr(PpMou) linked = NULL;
  GtkWidget *table = template_child (f->page, PP_TYPE_MOU_PAGE, "column_view");
  AdwMessageDialog *message;
  g_autoptr(GPtrArray) references = NULL;
  g_autofree char *names = NULL;

  adw_view_stack_set_visible_child_name (template_child (f->window, PP_TYPE_WINDOW, "stack"),
                                         "mous");
  pp_mou_page_select (f->page, victim);
  wait_idle ();
  g_assert_true (gtk_widget_grab_focus (table));
  if (!pp_test_press_key (table, GDK_KEY_Delete, 0))
    return;
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (mous), ==, 6);

  g_assert_true (gtk_widget_grab_focus (table));
  pp_test_press_key (table, GDK_KEY_Insert, 0);
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (mous), ==, 7);
  g_assert_true (pp_mou_page_get_selected (f->page) != NULL);
  g_assert_cmpstr (pp_mou_get_title (pp_mou_page_get_selected (f->page)), ==, "New MoU");

  linked = g_list_model_get_item (mous, find_referenced (f));
  pp_mou_page_select (f->page, linked);
  wait_idle ();
  g_assert_true (gtk_widget_grab_focus (table));
  pp_test_press_key (table, GDK_KEY_Delete, 0);
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (mous), ==, 7);
  message = pp_test_find_message_dialog ();
  g_assert_nonnull (message);
  references = pp_references_find (f->portfolio, PP_COLLECTION_MOUS,
                                   pp_node_get_id (PP_NODE (linked)));
  names = pp_references_list_names (references, 3);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), names));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), pp_mou_get_title (linked)));
  g_assert_null (strstr (adw_message_dialog_get_body (message), "[0]"));
  gtk_window_destroy (GTK_WINDOW (message));
}

/* The item of a menu that shows @text (GTK's model buttons are private). */
static GtkWidget *
find_menu_item (GtkWidget  *root,
                const char *text)
{
  if (g_strcmp0 (G_OBJECT_TYPE_NAME (root), "GtkModelButton") == 0)
    {
      g_autofree char *label = NULL;

      g_object_get (root, "text", &label, NULL);
      if (g_strcmp0 (label, text) == 0)
        return root;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_item (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Opens the Sort menu, as Enter on its button does, and picks @text. */
static void
pick_sort (Fixture    *f,
           const char *text)
{
  GtkMenuButton *button = pp_test_find_widget (GTK_WIDGET (f->page), GTK_TYPE_MENU_BUTTON,
                                               "Sort the register");
  GtkWidget *item;

  g_assert_true (gtk_widget_activate (GTK_WIDGET (button)));
  pp_test_wait_for_idle ();
  item = find_menu_item (GTK_WIDGET (gtk_menu_button_get_popover (button)), text);
  g_assert_nonnull (item);
  g_assert_true (gtk_widget_activate (item));
  wait_idle ();
}

static gboolean
item_checked (Fixture    *f,
              const char *text)
{
  GtkMenuButton *button = pp_test_find_widget (GTK_WIDGET (f->page), GTK_TYPE_MENU_BUTTON,
                                               "Sort the register");
  GtkWidget *item = find_menu_item (GTK_WIDGET (gtk_menu_button_get_popover (button)), text);
  gboolean active;

  g_assert_nonnull (item);
  g_object_get (item, "active", &active, NULL);
  return active;
}

static int
by_title (PpMou *a,
          PpMou *b)
{
  return g_utf8_collate (pp_mou_get_title (a), pp_mou_get_title (b));
}

static int
by_expiry (PpMou *a,
           PpMou *b)
{
  return pp_date_compare (pp_mou_get_expires_on (a), pp_mou_get_expires_on (b));
}

static gboolean
in_order (Fixture *f,
          int    (*compare) (PpMou *, PpMou *),
          int      direction)
{
  for (guint i = 1; i < shown (f); i++)
    if (compare (shown_mou (f, i - 1), shown_mou (f, i)) * direction > 0)
      return FALSE;
  return TRUE;
}

/* Waits until the list shows the order, which an incremental sort on a
 * loaded machine may take a while to give; up to 20 seconds. */
static void
wait_for_order (Fixture *f,
                int    (*compare) (PpMou *, PpMou *),
                int      direction)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  wait_idle ();
  while (!in_order (f, compare, direction) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (in_order (f, compare, direction));
}

/* The Sort menu sorts as the headers do, which the pointer alone can
 * click, and shows what they say. */
static void
test_sort_menu (Fixture       *f,
                gconstpointer  data)
{
  GtkColumnView *view = template_child (f->page, PP_TYPE_MOU_PAGE, "column_view");
  g_autoptr(GtkColumnViewColumn) title = g_list_model_get_item (gtk_column_view_get_columns (view),
                                                                0);
  g_autoptr(PpMou) first_entered = NULL;

  adw_view_stack_set_visible_child_name (template_child (f->window, PP_TYPE_WINDOW, "stack"),
                                         "mous");
  pp_test_wait_for_idle ();
  pick_sort (f, "Title");
  wait_for_order (f, by_title, 1);
  pick_sort (f, "Descending (Z to A, latest first)");
  wait_for_order (f, by_title, -1);
  pick_sort (f, "Expires");
  wait_for_order (f, by_expiry, -1);

  /* A header clicked: the menu follows. */
  gtk_column_view_sort_by_column (view, title, GTK_SORT_ASCENDING);
  wait_idle ();
  g_assert_true (item_checked (f, "Title"));
  g_assert_true (item_checked (f, "Ascending (A to Z, earliest first)"));
  g_assert_false (item_checked (f, "Expires"));

  pick_sort (f, "As Entered");
  first_entered = g_list_model_get_item (pp_portfolio_get_mous (f->portfolio), 0);
  g_assert_true (shown_mou (f, 0) == first_entered);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_setenv ("PP_TODAY", "2025-06-01", TRUE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/mou-page/shows-all", test_shows_all);
  ADD ("/mou-page/sort-by-signed", test_sort_by_signed);
  ADD ("/mou-page/sort-shows-rows", test_sort_shows_rows);
  ADD ("/mou-page/search", test_search);
  ADD ("/mou-page/search-keeps-selection", test_search_keeps_selection);
  ADD ("/mou-page/sector-filter", test_sector_filter);
  ADD ("/mou-page/add-and-undo", test_add_and_undo);
  ADD ("/mou-page/close-asks", test_close_asks);
  ADD ("/mou-page/user-story", test_user_story);
  ADD ("/mou-page/delete-and-undo", test_delete_and_undo);
  ADD ("/mou-page/delete-sorted-down", test_delete_sorted_down);
  ADD ("/mou-page/duplicate", test_duplicate);
  ADD ("/mou-page/dates-checked", test_dates_checked);
  ADD ("/mou-page/failed-save", test_failed_save);
  ADD ("/mou-page/party-contacts", test_party_contacts);
  ADD ("/mou-page/table-keys", test_table_keys);
  ADD ("/mou-page/sort-menu", test_sort_menu);

  return g_test_run ();
}
