/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-ui.c: the Export dialog on the bundled sample (needs a
 * display): its choices, an export through it, and a failed one. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pp-export.h"
#include "pp-export-dialog.h"
#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
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

  return g_test_run ();
}
