/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-ui.c: the Export dialog on the bundled sample (needs a
 * display): its choices, an export through it, a failed one, and a brief
 * compared with an earlier copy, or with a saved version of the file
 * picked by its meeting. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pp-export.h"
#include "pp-export-dialog.h"
#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
#include "pp-test-util.h"
#include "pp-version-store.h"
#include "pp-window.h"

typedef struct
{
  PpWindow *window;
  PpExportDialog *dialog;
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);

  g_assert_no_error (error);
  fixture->window = g_object_ref_sink (pp_window_new (NULL, sample, NULL));
  gtk_window_present (GTK_WINDOW (fixture->window));
  pp_test_wait_for_pages (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL));

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (PP_IS_EXPORT_DIALOG (l->data))
      fixture->dialog = g_object_ref (l->data);
  g_assert_nonnull (fixture->dialog);
  fixture->dir = g_dir_make_tmp ("pp-test-export-ui-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->dialog);
  g_assert_finalize_object (fixture->window);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static AdwComboRow *
get_row (Fixture    *fixture,
         const char *name)
{
  return ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (fixture->dialog),
                                                       PP_TYPE_EXPORT_DIALOG, name));
}

/* Runs the main loop until @done says so, or fails after ten seconds. */
static void
wait_for (gboolean (*done) (Fixture *fixture),
          Fixture   *fixture)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (fixture))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
dialog_closed (Fixture *fixture)
{
  return !gtk_widget_get_visible (GTK_WIDGET (fixture->dialog));
}

static gboolean
not_busy (Fixture *fixture)
{
  return gtk_widget_is_sensitive (GTK_WIDGET (get_row (fixture, "format_row")));
}

/* The rows follow the choices: a venture list for venture plans, a paper
 * only for PDF. */
static void
test_choices (Fixture       *fixture,
              gconstpointer  data)
{
  AdwComboRow *document = get_row (fixture, "document_row");
  AdwComboRow *venture = get_row (fixture, "venture_row");
  AdwComboRow *format = get_row (fixture, "format_row");
  AdwComboRow *paper = get_row (fixture, "paper_row");

  g_assert_cmpuint (adw_combo_row_get_selected (document), ==, PP_DOCUMENT_BRIEF);
  g_assert_cmpuint (adw_combo_row_get_selected (format), ==, PP_EXPORT_FORMAT_PDF);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (venture)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (paper)));
  /* A portfolio in no repository has no versions to pick. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (get_row (fixture, "version_row"))));

  adw_combo_row_set_selected (format, PP_EXPORT_FORMAT_CSV);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (paper)));

  adw_combo_row_set_selected (document, PP_DOCUMENT_VENTURE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (venture)));
  /* "Every venture" and the sample's four. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (venture)), ==, 5);
}

static gboolean
file_starts_with (const char *path,
                  const char *prefix)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && g_str_has_prefix (contents, prefix);
}

/* A venture plan as PDF on Letter paper: written, and the dialog closes. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  adw_combo_row_set_selected (get_row (fixture, "document_row"), PP_DOCUMENT_VENTURE);
  adw_combo_row_set_selected (get_row (fixture, "venture_row"), 3);
  adw_combo_row_set_selected (get_row (fixture, "paper_row"), PP_PAPER_LETTER);
  pp_export_dialog_export_to (fixture->dialog, file);
  wait_for (dialog_closed, fixture);

  g_assert_true (file_starts_with (path, "%PDF-"));
  g_assert_null (pp_test_find_message_dialog ());
  g_unlink (path);
}

/* A folder that does not exist: an error naming the problem, no file, and
 * the dialog stays for another try. */
static void
test_export_fails (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "brief.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *message;

  pp_export_dialog_export_to (fixture->dialog, file);
  wait_for (not_busy, fixture);

  message = pp_test_find_message_dialog ();
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could Not Export");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->dialog)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (message));
}

static gboolean
baseline_chosen (Fixture *fixture)
{
  GtkWidget *clear = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->dialog),
                                                                PP_TYPE_EXPORT_DIALOG,
                                                                "baseline_clear"));

  return gtk_widget_get_visible (clear);
}

static gboolean
baseline_cleared (Fixture *fixture)
{
  return !baseline_chosen (fixture);
}

static gboolean
message_shown (Fixture *fixture)
{
  return pp_test_find_message_dialog () != NULL;
}

/* An earlier copy chosen: the row names it, and the brief opens with what
 * changed since it; the clear button takes it away again. */
static void
test_baseline (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *earlier = g_build_filename (fixture->dir, "earlier.json", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "brief.md", NULL);
  g_autoptr(GFile) earlier_file = g_file_new_for_path (earlier);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PpPortfolio) old = pp_portfolio_load_sample (NULL);
  AdwActionRow *row = ADW_ACTION_ROW (gtk_widget_get_template_child (GTK_WIDGET (fixture->dialog),
                                                                     PP_TYPE_EXPORT_DIALOG,
                                                                     "baseline_row"));
  GtkWidget *clear = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->dialog),
                                                                PP_TYPE_EXPORT_DIALOG,
                                                                "baseline_clear"));
  g_autofree char *contents = NULL;

  pp_mou_set_status (PP_MOU (pp_portfolio_lookup (old, PP_COLLECTION_MOUS, "commerce")),
                     PP_MOU_STATUS_NEGOTIATION);
  g_assert_true (pp_portfolio_save_to_file (old, earlier_file, NULL, NULL));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "The brief does not say what changed");

  pp_export_dialog_set_baseline_file (fixture->dialog, earlier_file);
  wait_for (baseline_chosen, fixture);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "The brief opens with what changed since “earlier.json”");

  /* Cleared, then chosen again: the button does what it says. */
  g_assert_true (gtk_widget_activate (clear));
  wait_for (baseline_cleared, fixture);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "The brief does not say what changed");
  pp_export_dialog_set_baseline_file (fixture->dialog, earlier_file);
  wait_for (baseline_chosen, fixture);

  adw_combo_row_set_selected (get_row (fixture, "format_row"), PP_EXPORT_FORMAT_MARKDOWN);
  pp_export_dialog_export_to (fixture->dialog, file);
  wait_for (dialog_closed, fixture);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "## Changes since earlier.json\n"));
  g_assert_nonnull (strstr (contents, "1 MoU signed"));
  g_unlink (path);
  g_unlink (earlier);
}

/* A file that is not a portfolio: a message naming it, and no baseline. */
static void
test_baseline_fails (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "notes.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *message;

  g_assert_true (g_file_set_contents (path, "{\"notes\": []}", -1, NULL));
  pp_export_dialog_set_baseline_file (fixture->dialog, file);
  wait_for (message_shown, fixture);
  message = pp_test_find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could Not Compare");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (message), "notes.json: "));
  g_assert_false (baseline_chosen (fixture));
  gtk_window_destroy (GTK_WINDOW (message));
  g_unlink (path);
}

static const char *
picker_item (AdwComboRow *row,
             guint        position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (row),
                                                           position);

  return g_intern_string (gtk_string_object_get_string (item));
}

/* Two saved versions of the dialog's file, the older tagged with a
 * meeting; the newer has the Commerce MoU signed. */
static GFile *
save_two_versions (Fixture *fixture)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "plans", NULL);
  g_autofree char *path = g_build_filename (folder, "pk-by.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_sample (NULL);
  PpMou *commerce = PP_MOU (pp_portfolio_lookup (portfolio, PP_COLLECTION_MOUS, "commerce"));
  g_autoptr(PpVersionStore) store = NULL;
  g_autoptr(PpVersion) before = NULL;
  g_autoptr(PpVersion) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  pp_mou_set_status (commerce, PP_MOU_STATUS_NEGOTIATION);
  g_assert_true (pp_portfolio_save_to_file (portfolio, file, NULL, NULL));
  store = pp_version_store_create (file, &error);
  g_assert_no_error (error);
  before = pp_version_store_save (store, "Before the meeting", "Ayesha Khan",
                                  "ayesha@example.org", &error);
  g_assert_no_error (error);
  g_assert_true (pp_version_store_tag (store, pp_version_get_id (before),
                                       "JWG-3, Minsk, 12 Apr 2026", "Ayesha Khan",
                                       "ayesha@example.org", &error));
  pp_mou_set_status (commerce, PP_MOU_STATUS_SIGNED);
  g_assert_true (pp_portfolio_save_to_file (portfolio, file, NULL, NULL));
  after = pp_version_store_save (store, "After the meeting", "Ayesha Khan",
                                 "ayesha@example.org", &error);
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

/* A file in a repository: its versions are offered newest first, by their
 * meeting; the one picked is the brief's baseline, named by the meeting,
 * and a file chosen instead puts the picker back to none. */
static void
test_baseline_version (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GFile) file = save_two_versions (fixture);
  g_autoptr(PpPortfolio) current = pp_portfolio_load_from_file (file, NULL, NULL);
  g_autofree char *brief = g_build_filename (fixture->dir, "brief.md", NULL);
  g_autoptr(GFile) brief_file = g_file_new_for_path (brief);
  g_autofree char *contents = NULL;
  PpExportDialog *dialog = pp_export_dialog_new (GTK_WINDOW (fixture->window), current, file,
                                                 NULL);
  AdwComboRow *picker = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                      PP_TYPE_EXPORT_DIALOG,
                                                                      "version_row"));
  AdwActionRow *row = ADW_ACTION_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                     PP_TYPE_EXPORT_DIALOG,
                                                                     "baseline_row"));

  /* The fixture's own dialog goes; this one is looked at instead. */
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  g_set_object (&fixture->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  pp_test_wait_for_idle ();

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (picker)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (picker)), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (picker), ==, 0);
  g_assert_cmpstr (picker_item (picker, 0), ==, "None");
  g_assert_nonnull (strstr (picker_item (picker, 1), ": After the meeting"));
  g_assert_true (g_str_has_prefix (picker_item (picker, 2), "JWG-3, Minsk, 12 Apr 2026 — "));
  g_assert_nonnull (strstr (picker_item (picker, 2), ": Before the meeting"));

  /* The meeting's version picked: the brief says what changed since it. */
  adw_combo_row_set_selected (picker, 2);
  wait_for (baseline_chosen, fixture);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "The brief opens with what changed since “JWG-3, Minsk, 12 Apr 2026”");

  /* None takes it away; picked again, it comes back. */
  adw_combo_row_set_selected (picker, 0);
  g_assert_false (baseline_chosen (fixture));
  adw_combo_row_set_selected (picker, 2);
  wait_for (baseline_chosen, fixture);

  adw_combo_row_set_selected (get_row (fixture, "format_row"), PP_EXPORT_FORMAT_MARKDOWN);
  pp_export_dialog_export_to (dialog, brief_file);
  wait_for (dialog_closed, fixture);
  g_assert_true (g_file_get_contents (brief, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "## Changes since JWG-3, Minsk, 12 Apr 2026\n"));
  g_assert_nonnull (strstr (contents, "1 MoU signed"));
  g_unlink (brief);
  pp_test_remove_tree (fixture->dir);
  g_mkdir (fixture->dir, 0700);
}

/* The clear button and a file chosen instead both put the picker back to
 * none. */
static void
test_baseline_version_then_file (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GFile) file = save_two_versions (fixture);
  g_autoptr(PpPortfolio) current = pp_portfolio_load_from_file (file, NULL, NULL);
  PpExportDialog *dialog = pp_export_dialog_new (GTK_WINDOW (fixture->window), current, file,
                                                 NULL);
  AdwComboRow *picker = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                      PP_TYPE_EXPORT_DIALOG,
                                                                      "version_row"));
  GtkWidget *clear = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                PP_TYPE_EXPORT_DIALOG,
                                                                "baseline_clear"));
  AdwActionRow *row = ADW_ACTION_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                     PP_TYPE_EXPORT_DIALOG,
                                                                     "baseline_row"));

  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  g_set_object (&fixture->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  adw_combo_row_set_selected (picker, 1);
  wait_for (baseline_chosen, fixture);
  g_assert_true (gtk_widget_activate (clear));
  wait_for (baseline_cleared, fixture);
  g_assert_cmpuint (adw_combo_row_get_selected (picker), ==, 0);

  adw_combo_row_set_selected (picker, 2);
  wait_for (baseline_chosen, fixture);
  pp_export_dialog_set_baseline_file (dialog, file);
  while (adw_combo_row_get_selected (picker) != 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (baseline_chosen (fixture));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "The brief opens with what changed since “pk-by.json”");
  pp_test_remove_tree (fixture->dir);
  g_mkdir (fixture->dir, 0700);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/export-dialog/choices", Fixture, NULL, fixture_setup, test_choices,
              fixture_teardown);
  g_test_add ("/export-dialog/export", Fixture, NULL, fixture_setup, test_export,
              fixture_teardown);
  g_test_add ("/export-dialog/export-fails", Fixture, NULL, fixture_setup, test_export_fails,
              fixture_teardown);
  g_test_add ("/export-dialog/baseline", Fixture, NULL, fixture_setup, test_baseline,
              fixture_teardown);
  g_test_add ("/export-dialog/baseline-fails", Fixture, NULL, fixture_setup, test_baseline_fails,
              fixture_teardown);
  g_test_add ("/export-dialog/baseline-version", Fixture, NULL, fixture_setup,
              test_baseline_version, fixture_teardown);
  g_test_add ("/export-dialog/baseline-version-then-file", Fixture, NULL, fixture_setup,
              test_baseline_version_then_file, fixture_teardown);

  return g_test_run ();
}
