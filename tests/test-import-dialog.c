/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import-dialog.c: the Import dialog driven as a user would (needs a
 * display): a register read, a column's field changed with the preview
 * following, new organisations given a country, the import undone in one
 * step; a bad row blocking Import until it is skipped; Cancel; a text in
 * another encoding; a file that cannot be read; a bad row fixed and the
 * file read again. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pp-import-columns.h"
#include "pp-import-dialog.h"
#include "pp-import-line.h"
#include "pp-import-review.h"
#include "pp-import-source.h"
#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
#include "pp-window.h"

typedef struct
{
  PpWindow *window;
  PpPortfolio *portfolio;
  PpImportDialog *dialog;
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);

  g_assert_no_error (error);
  fixture->portfolio = sample;
  fixture->window = g_object_ref_sink (pp_window_new (NULL, sample, NULL));
  gtk_window_present (GTK_WINDOW (fixture->window));
  pp_test_wait_for_pages (GTK_WIDGET (fixture->window));
  fixture->dir = g_dir_make_tmp ("pp-test-import-dialog-XXXXXX", &error);
  g_assert_no_error (error);
}

/* The registers a test wrote. */
static void
remove_registers (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      g_unlink (path);
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwMessageDialog *message;

  while ((message = pp_test_find_message_dialog ()) != NULL)
    gtk_window_destroy (GTK_WINDOW (message));
  if (fixture->dialog != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->dialog));
      g_assert_finalize_object (fixture->dialog);
    }
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  remove_registers (fixture->dir);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static char *
write_register (Fixture    *fixture,
                const char *name,
                const char *contents,
                gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* Imports @path through the window's action, as Import… and a drop do, and
 * finds the dialog it opens. */
static void
open_dialog (Fixture    *fixture,
             const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-file",
                                             "s", uri));
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (PP_IS_IMPORT_DIALOG (l->data))
      fixture->dialog = g_object_ref (l->data);
  g_assert_nonnull (fixture->dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->dialog)));
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  gpointer found = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (found);
  return found;
}

static gpointer
dialog_child (Fixture    *fixture,
              const char *name)
{
  return child (fixture->dialog, PP_TYPE_IMPORT_DIALOG, name);
}

static const char *
current_step (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (dialog_child (fixture, "stack"));
}

static void
clicked_cb (GtkButton *button,
            gboolean  *clicked)
{
  *clicked = TRUE;
  /* The button may go with the dialog it closed. */
  g_signal_handlers_disconnect_by_data (button, clicked);
}

/* Presses @button as Space or Enter would, and waits for its click (which
 * GTK gives a moment later, after showing the button pressed). */
static void
click (GtkWidget *button)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  gboolean clicked = FALSE;

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &clicked);
  g_assert_true (gtk_widget_activate (button));
  while (!clicked)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
wait_for_switch (GtkSwitch *toggle)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!gtk_switch_get_active (toggle))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Clicks the header bar's Next or Import, which must be enabled. */
static void
click_next (Fixture *fixture)
{
  click (dialog_child (fixture, "next_button"));
}

/* The row of a list box whose title is @title. */
static GtkWidget *
find_row (GtkListBox *list,
          const char *title)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return row;
  g_error ("no row “%s”", title);
  return NULL;
}

static AdwComboRow *
column_row (Fixture    *fixture,
            const char *header)
{
  PpImportColumns *columns = dialog_child (fixture, "columns");

  return ADW_COMBO_ROW (find_row (child (columns, PP_TYPE_IMPORT_COLUMNS, "columns_list"),
                                  header));
}

/* The subtitle the preview list shows for its row @index. */
static const char *
preview_subtitle (Fixture *fixture,
                  guint    index)
{
  PpImportColumns *columns = dialog_child (fixture, "columns");
  GtkListBox *list = child (columns, PP_TYPE_IMPORT_COLUMNS, "preview_list");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static const char *
preview_title (Fixture *fixture,
               guint    index)
{
  PpImportColumns *columns = dialog_child (fixture, "columns");
  GtkListBox *list = child (columns, PP_TYPE_IMPORT_COLUMNS, "preview_list");

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (
    list, index)));
}

static gpointer
review_child (Fixture    *fixture,
              const char *name)
{
  return child (dialog_child (fixture, "review"), PP_TYPE_IMPORT_REVIEW, name);
}

static gboolean
find_id (GListModel *items,
              const char *name,
              char      **id)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PpNode) item = g_list_model_get_item (items, i);
      const char *item_name = PP_IS_SECTOR (item) ? pp_sector_get_name (PP_SECTOR (item))
                                                  : pp_organisation_get_name (
                                                      PP_ORGANISATION (item));

      if (g_strcmp0 (item_name, name) == 0)
        {
          *id = g_strdup (pp_node_get_id (item));
          return TRUE;
        }
    }
  return FALSE;
}

static PpNode *
find_item (GListModel *items,
           const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PpNode) item = g_list_model_get_item (items, i);
      const char *title = PP_IS_MOU (item) ? pp_mou_get_title (PP_MOU (item))
                          : PP_IS_SECTOR (item) ? pp_sector_get_name (PP_SECTOR (item))
                          : pp_organisation_get_name (PP_ORGANISATION (item));

      if (g_strcmp0 (title, name) == 0)
        return item;
    }
  return NULL;
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

/* The index of @name in a combo row's choices. */
static guint
choice (AdwComboRow *row,
        const char  *name)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name) == 0)
      return i;
  g_error ("no choice “%s”", name);
  return 0;
}

static void
choose (AdwComboRow *row,
        const char  *name)
{
  adw_combo_row_set_selected (row, choice (row, name));
}

/* The sample register: its columns guessed, one changed with the preview
 * following, then imported with a country for a new party and an existing
 * sector for a new one (kept when the user goes back to the columns and on
 * again), and undone in one step. */
static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "register.csv",
                                                 NULL);
  PpPortfolio *portfolio = fixture->portfolio;
  guint mous = n_items (pp_portfolio_get_mous (portfolio));
  guint sectors = n_items (pp_portfolio_get_sectors (portfolio));
  guint organisations = n_items (pp_portfolio_get_organisations (portfolio));
  g_autofree char *labour_id = NULL;
  AdwComboRow *summary, *title, *sector_row, *organisation_row;
  PpNode *tractors, *skilled;

  open_dialog (fixture, path);
  g_assert_cmpstr (current_step (fixture), ==, "source");
  click_next (fixture);
  g_assert_cmpstr (current_step (fixture), ==, "columns");

  /* The guesses, and the preview they give. */
  title = column_row (fixture, "Title");
  summary = column_row (fixture, "Summary");
  g_assert_cmpuint (adw_combo_row_get_selected (title), ==, PP_IMPORT_FIELD_TITLE);
  g_assert_cmpstr (preview_title (fixture, 0), ==, "Mining equipment MoU");
  g_assert_nonnull (strstr (preview_subtitle (fixture, 0), "signed 2025-04-12"));

  /* Signing dates ignored: the preview no longer shows them. */
  choose (column_row (fixture, "Date of signing"), "Ignore");
  g_assert_null (strstr (preview_subtitle (fixture, 0), "signed 2025-04-12"));
  choose (column_row (fixture, "Date of signing"), "Signed");
  g_assert_nonnull (strstr (preview_subtitle (fixture, 0), "signed 2025-04-12"));

  /* The summary as the title: the old title column goes back to Ignore. */
  choose (summary, "Title");
  g_assert_cmpuint (adw_combo_row_get_selected (title), ==, PP_IMPORT_FIELD_IGNORE);
  g_assert_cmpstr (preview_title (fixture, 0), ==, "Dump trucks, assembled\nin Pakistan");
  /* The last row has no summary, so no title now. */
  g_assert_cmpstr (preview_title (fixture, 2), ==, "Row 4 cannot be read");
  choose (title, "Title");
  choose (summary, "Summary");
  g_assert_cmpstr (preview_title (fixture, 0), ==, "Mining equipment MoU");

  click_next (fixture);
  g_assert_cmpstr (current_step (fixture), ==, "review");
  g_assert_cmpstr (gtk_label_get_text (review_child (fixture, "summary_label")), ==,
                   "3 MoUs will be added.");
  g_assert_true (find_id (pp_portfolio_get_sectors (portfolio),
                               "Skilled workers & labour mobility", &labour_id));
  choose (ADW_COMBO_ROW (find_row (review_child (fixture, "sectors_list"), "Labour")),
          "Skilled workers & labour mobility");
  choose (ADW_COMBO_ROW (find_row (review_child (fixture, "organisations_list"),
                                   "Minsk Tractor Works")),
          "New, of Belarus");
  g_assert_false (gtk_widget_get_visible (review_child (fixture, "problems_group")));

  /* Back to the columns and on again: the choices are still there. */
  click (dialog_child (fixture, "back_button"));
  g_assert_cmpstr (current_step (fixture), ==, "columns");
  click_next (fixture);
  g_assert_cmpstr (current_step (fixture), ==, "review");
  sector_row = ADW_COMBO_ROW (find_row (review_child (fixture, "sectors_list"), "Labour"));
  g_assert_cmpuint (adw_combo_row_get_selected (sector_row), ==,
                    choice (sector_row, "Skilled workers & labour mobility"));
  organisation_row = ADW_COMBO_ROW (find_row (review_child (fixture, "organisations_list"),
                                              "Minsk Tractor Works"));
  g_assert_cmpuint (adw_combo_row_get_selected (organisation_row), ==,
                    choice (organisation_row, "New, of Belarus"));
  click_next (fixture);

  /* Imported: the dialog has gone, and everything is there. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->dialog)));
  g_assert_cmpuint (n_items (pp_portfolio_get_mous (portfolio)), ==, mous + 3);
  g_assert_cmpuint (n_items (pp_portfolio_get_sectors (portfolio)), ==, sectors);
  g_assert_cmpuint (n_items (pp_portfolio_get_organisations (portfolio)), ==,
                    organisations + 2);
  tractors = find_item (pp_portfolio_get_organisations (portfolio), "Minsk Tractor Works");
  g_assert_nonnull (tractors);
  g_assert_cmpstr (pp_organisation_get_country (PP_ORGANISATION (tractors)), ==, "BY");
  skilled = find_item (pp_portfolio_get_mous (portfolio), "Skilled workers");
  g_assert_nonnull (skilled);
  g_assert_cmpstr (pp_mou_get_sector (PP_MOU (skilled)), ==, labour_id);

  /* One undo takes it all back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (n_items (pp_portfolio_get_mous (portfolio)), ==, mous);
  g_assert_cmpuint (n_items (pp_portfolio_get_organisations (portfolio)), ==, organisations);
  g_assert_null (find_item (pp_portfolio_get_organisations (portfolio), "Minsk Tractor Works"));
  g_assert_false (pp_history_get_can_undo (pp_window_get_history (fixture->window)));
}

/* A workbook made by a spreadsheet program: no encoding to choose, its
 * sheet named in each place. */
static void
test_xlsx (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                 "register.xlsx", NULL);
  PpImportSource *source;
  guint mous = n_items (pp_portfolio_get_mous (fixture->portfolio));

  open_dialog (fixture, path);
  source = dialog_child (fixture, "source");
  g_assert_false (gtk_widget_get_visible (child (source, PP_TYPE_IMPORT_SOURCE,
                                                 "encoding_row")));
  g_assert_true (pp_import_source_is_workbook (source));
  click_next (fixture);
  g_assert_cmpstr (preview_title (fixture, 0), ==, "Mining equipment MoU");
  click_next (fixture);
  click_next (fixture);
  g_assert_cmpuint (n_items (pp_portfolio_get_mous (fixture->portfolio)), ==, mous + 3);
}

/* A row that cannot be read: listed with its place and reason, Import off
 * (with a line saying why) until "Skip these rows" is on. */
static void
test_bad_row (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = write_register (fixture, "bad.csv",
                                          "Title,Signed\nGood,2025-01-02\nBad,someday\n", -1);
  guint mous = n_items (pp_portfolio_get_mous (fixture->portfolio));
  GtkWidget *next;
  GtkListBox *problems;
  GtkListBoxRow *problem;

  open_dialog (fixture, path);
  next = dialog_child (fixture, "next_button");
  click_next (fixture);
  g_assert_cmpstr (preview_title (fixture, 1), ==, "Row 3 cannot be read");
  click_next (fixture);

  g_assert_true (gtk_widget_get_visible (review_child (fixture, "problems_group")));
  problems = review_child (fixture, "problems_list");
  problem = gtk_list_box_get_row_at_index (problems, 0);
  g_assert_nonnull (problem);
  g_assert_null (gtk_list_box_get_row_at_index (problems, 1));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (problem)), ==,
                   "Row 3, column B “Signed”");
  g_assert_false (gtk_widget_is_sensitive (next));
  g_assert_true (gtk_widget_get_visible (review_child (fixture, "blocked_label")));

  /* The switch turns with an animation, and is on at its end. */
  gtk_widget_activate (review_child (fixture, "skip_row"));
  wait_for_switch (review_child (fixture, "skip_switch"));
  g_assert_false (gtk_widget_get_visible (review_child (fixture, "blocked_label")));
  click_next (fixture);
  g_assert_cmpuint (n_items (pp_portfolio_get_mous (fixture->portfolio)), ==, mous + 1);
  g_assert_nonnull (find_item (pp_portfolio_get_mous (fixture->portfolio), "Good"));
  g_assert_null (find_item (pp_portfolio_get_mous (fixture->portfolio), "Bad"));
}

/* Cancel, from the review, leaves the portfolio untouched. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "register.ods",
                                                 NULL);
  guint mous = n_items (pp_portfolio_get_mous (fixture->portfolio));
  guint organisations = n_items (pp_portfolio_get_organisations (fixture->portfolio));

  open_dialog (fixture, path);
  click_next (fixture);
  click_next (fixture);
  g_assert_cmpstr (current_step (fixture), ==, "review");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "window.close",
                                             NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->dialog)));
  g_assert_cmpuint (n_items (pp_portfolio_get_mous (fixture->portfolio)), ==, mous);
  g_assert_cmpuint (n_items (pp_portfolio_get_organisations (fixture->portfolio)), ==,
                    organisations);
  g_assert_false (pp_history_get_can_undo (pp_window_get_history (fixture->window)));
}

/* Text in Windows-1251: detected and shown; read as UTF-8 it cannot be,
 * and Next is off until another encoding is chosen. */
static void
test_encoding (Fixture       *fixture,
               gconstpointer  data)
{
  /* "Title\nДоговор" in Windows-1251. */
  static const char cp1251[] = "Title\n\xc4\xee\xe3\xee\xe2\xee\xf0\n";
  g_autofree char *path = write_register (fixture, "cp1251.csv", cp1251, sizeof cp1251 - 1);
  PpImportSource *source;
  AdwComboRow *encoding;
  GtkLabel *error;

  open_dialog (fixture, path);
  source = dialog_child (fixture, "source");
  encoding = child (source, PP_TYPE_IMPORT_SOURCE, "encoding_row");
  error = child (source, PP_TYPE_IMPORT_SOURCE, "error_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (encoding)));
  g_assert_cmpuint (choice (encoding, "Detected (WINDOWS-1251)"), ==, 0);

  choose (encoding, "UTF-8");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_false (gtk_widget_is_sensitive (dialog_child (fixture, "next_button")));
  choose (encoding, "Windows-1251");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error)));
  click_next (fixture);
  g_assert_cmpstr (preview_title (fixture, 0), ==, "Договор");
}

/* 04/05/2025 is refused while the user has not said which way dates go. */
static void
test_dates (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = write_register (fixture, "dates.csv",
                                          "Title,Signed\nTrade,04/05/2025\n", -1);

  open_dialog (fixture, path);
  click_next (fixture);
  g_assert_cmpstr (preview_title (fixture, 0), ==, "Row 2 cannot be read");
  click (dialog_child (fixture, "back_button"));
  choose (child (dialog_child (fixture, "source"), PP_TYPE_IMPORT_SOURCE, "dates_row"),
          "Day first");
  click_next (fixture);
  g_assert_cmpstr (preview_title (fixture, 0), ==, "Trade");
  g_assert_nonnull (strstr (preview_subtitle (fixture, 0), "signed 2025-05-04"));
}

/* An old Excel workbook: an error naming the file, and no dialog. */
static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = write_register (fixture, "old.xls", "\xD0\xCF\x11\xE0rest", 8);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  AdwMessageDialog *message;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-file",
                                             "s", uri));
  message = pp_test_find_message_dialog ();
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Cannot Import “old.xls”");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), ".xls"));
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    g_assert_false (PP_IS_IMPORT_DIALOG (l->data));
}

/* A bad row fixed in the spreadsheet: "Read the File Again" on the review
 * reads it again, keeping the date order and the columns' fields, and
 * Import gives the fixed row; a file gone says so and keeps the dialog. */
static void
test_reread (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = write_register (fixture, "reread.csv",
                                          "Title,Signed,Notes\n"
                                          "Good,02/01/2025,first\n"
                                          "Bad,someday,second\n", -1);
  g_autofree char *unused = NULL;
  GtkWidget *next;
  AdwMessageDialog *message;
  PpNode *fixed;

  open_dialog (fixture, path);
  next = dialog_child (fixture, "next_button");
  choose (child (dialog_child (fixture, "source"), PP_TYPE_IMPORT_SOURCE, "dates_row"),
          "Day first");
  click_next (fixture);
  choose (column_row (fixture, "Notes"), "Summary");
  click_next (fixture);
  g_assert_cmpstr (current_step (fixture), ==, "review");
  g_assert_true (gtk_widget_get_visible (review_child (fixture, "problems_group")));
  g_assert_false (gtk_widget_is_sensitive (next));

  /* Gone for a moment: the same error as at the start, over the dialog. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  click (review_child (fixture, "reread_button"));
  message = pp_test_find_message_dialog ();
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Cannot Import “reread.csv”");
  gtk_window_destroy (GTK_WINDOW (message));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->dialog)));
  g_assert_cmpstr (current_step (fixture), ==, "review");

  unused = write_register (fixture, "reread.csv",
                           "Title,Signed,Notes\n"
                           "Good,02/01/2025,first\n"
                           "Bad,05/04/2025,second\n", -1);
  click (review_child (fixture, "reread_button"));
  g_assert_cmpstr (current_step (fixture), ==, "review");
  g_assert_false (gtk_widget_get_visible (review_child (fixture, "problems_group")));
  g_assert_true (gtk_widget_is_sensitive (next));
  g_assert_cmpuint (adw_combo_row_get_selected (column_row (fixture, "Notes")), ==,
                    choice (column_row (fixture, "Notes"), "Summary"));

  click_next (fixture);
  fixed = find_item (pp_portfolio_get_mous (fixture->portfolio), "Bad");
  g_assert_nonnull (fixed);
  g_assert_cmpstr (pp_mou_get_summary (PP_MOU (fixed)), ==, "second");
  g_assert_cmpint (g_date_get_month (pp_mou_get_signed_on (PP_MOU (fixed))), ==, 4);
  g_assert_cmpint (g_date_get_day (pp_mou_get_signed_on (PP_MOU (fixed))), ==, 5);
  g_assert_nonnull (find_item (pp_portfolio_get_mous (fixture->portfolio), "Good"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/import-dialog/csv", Fixture, NULL, fixture_setup, test_csv, fixture_teardown);
  g_test_add ("/import-dialog/xlsx", Fixture, NULL, fixture_setup, test_xlsx, fixture_teardown);
  g_test_add ("/import-dialog/bad-row", Fixture, NULL, fixture_setup, test_bad_row,
              fixture_teardown);
  g_test_add ("/import-dialog/cancel", Fixture, NULL, fixture_setup, test_cancel,
              fixture_teardown);
  g_test_add ("/import-dialog/encoding", Fixture, NULL, fixture_setup, test_encoding,
              fixture_teardown);
  g_test_add ("/import-dialog/dates", Fixture, NULL, fixture_setup, test_dates,
              fixture_teardown);
  g_test_add ("/import-dialog/unreadable", Fixture, NULL, fixture_setup, test_unreadable,
              fixture_teardown);
  g_test_add ("/import-dialog/reread", Fixture, NULL, fixture_setup, test_reread,
              fixture_teardown);

  return g_test_run ();
}
