/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-print.c: printing and the print preview on the bundled sample
 * (needs a display). A real printer cannot be reached here, so the print
 * operation is exported to a PDF file, which goes through the same
 * begin-print and draw-page handlers. */

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "pp-page-layout.h"
#include "pp-portfolio-io.h"
#include "pp-print.h"
#include "pp-print-preview.h"
#include "pp-test-ui.h"
#include "pp-window.h"

typedef struct
{
  PpPortfolio *portfolio;
  PpWindow *window;
  PpPrintPreview *preview;    /* a reference, when a test opened one */
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->portfolio = pp_portfolio_load_sample (&error);
  g_assert_no_error (error);
  fixture->window = g_object_ref_sink (pp_window_new (NULL, fixture->portfolio, NULL));
  gtk_window_present (GTK_WINDOW (fixture->window));
  pp_test_wait_for_pages (GTK_WIDGET (fixture->window));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->preview != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->preview));
      g_assert_finalize_object (fixture->preview);
    }
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  g_clear_object (&fixture->portfolio);
}

/* Runs the main loop until @done says so, or fails after ten seconds. */
static void
wait_for (gboolean (*done) (gpointer data),
          gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gpointer
child_of (gpointer    widget,
          const char *name)
{
  gpointer child = gtk_widget_get_template_child (GTK_WIDGET (widget), PP_TYPE_PRINT_PREVIEW,
                                                  name);

  g_assert_nonnull (child);
  return child;
}

/* The page count of the PDF export for @options, laid out as it does. */
static guint
count_pdf_pages (PpPortfolio           *portfolio,
                 const PpExportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpDocument) document = pp_document_new (portfolio, options, &error);
  g_autoptr(PpPageLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  g_assert_no_error (error);
  pp_paper_get_size (options->paper, &width, &height);
  surface = cairo_pdf_surface_create (NULL, width, height);
  cr = cairo_create (surface);
  layout = pp_page_layout_new (document, width, height);
  n_pages = pp_page_layout_paginate (layout, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n_pages;
}

/* Opens the brief's preview the way the Export dialog does. */
static PpPrintPreview *
open_preview (Fixture *fixture)
{
  g_auto(PpExportOptions) options;

  pp_export_options_init (&options);
  pp_print_document (GTK_WINDOW (fixture->window), fixture->portfolio, &options, TRUE);
  fixture->preview = pp_test_find_toplevel (PP_TYPE_PRINT_PREVIEW);
  g_assert_nonnull (fixture->preview);
  g_object_ref (fixture->preview);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (fixture->preview)) ==
                 GTK_WINDOW (fixture->window));
  return fixture->preview;
}

static const char *
get_indicator (PpPrintPreview *preview)
{
  return adw_window_title_get_subtitle (child_of (preview, "window_title"));
}

/* Presses a key the way a shortcut of the window's class would take it. */
static void
press (GtkWidget       *widget,
       guint            keyval,
       GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            found = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                  GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                  gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_assert_true (found);
}

/* The brief opens on its first page, with as many pages as the PDF. */
static void
test_preview_opens (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(PpExportOptions) options;
  PpPrintPreview *preview = open_preview (fixture);
  g_autofree char *expected = NULL;
  guint n_pages;

  pp_export_options_init (&options);
  n_pages = count_pdf_pages (fixture->portfolio, &options);
  g_assert_cmpuint (n_pages, >, 2);
  g_assert_cmpuint (pp_print_preview_get_n_pages (preview), ==, n_pages);
  g_assert_cmpuint (pp_print_preview_get_page (preview), ==, 0);
  expected = g_strdup_printf ("Page 1 of %u", n_pages);
  g_assert_cmpstr (get_indicator (preview), ==, expected);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (preview)));
}

/* Next and previous move a page, and stop at the ends; so do the keys. */
static void
test_preview_turns_pages (Fixture       *fixture,
                          gconstpointer  data)
{
  PpPrintPreview *preview = open_preview (fixture);
  GtkWidget *previous = child_of (preview, "previous_button");
  GtkWidget *next = child_of (preview, "next_button");
  guint n_pages = pp_print_preview_get_n_pages (preview);
  g_autofree char *last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_autofree char *second = g_strdup_printf ("Page 2 of %u", n_pages);

  g_assert_false (gtk_widget_is_sensitive (previous));
  g_assert_true (gtk_widget_is_sensitive (next));

  g_signal_emit_by_name (next, "clicked");
  g_assert_cmpuint (pp_print_preview_get_page (preview), ==, 1);
  g_assert_cmpstr (get_indicator (preview), ==, second);
  g_assert_true (gtk_widget_is_sensitive (previous));

  g_signal_emit_by_name (previous, "clicked");
  g_assert_cmpuint (pp_print_preview_get_page (preview), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (previous));

  press (GTK_WIDGET (preview), GDK_KEY_Page_Down, 0);
  g_assert_cmpuint (pp_print_preview_get_page (preview), ==, 1);
  press (GTK_WIDGET (preview), GDK_KEY_Page_Up, 0);
  g_assert_cmpuint (pp_print_preview_get_page (preview), ==, 0);

  press (GTK_WIDGET (preview), GDK_KEY_End, 0);
  g_assert_cmpuint (pp_print_preview_get_page (preview), ==, n_pages - 1);
  g_assert_cmpstr (get_indicator (preview), ==, last);
  g_assert_false (gtk_widget_is_sensitive (next));
  g_assert_true (gtk_widget_is_sensitive (previous));
  /* At the end, there is no next page to go to. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL);
  g_assert_cmpuint (pp_print_preview_get_page (preview), ==, n_pages - 1);

  press (GTK_WIDGET (preview), GDK_KEY_Home, 0);
  g_assert_cmpuint (pp_print_preview_get_page (preview), ==, 0);
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 100 && gtk_widget_get_height (data) > 100;
}

/* Renders the drawing area as the screen would, and counts the pixels
 * that are neither white paper nor the window's background: text. */
static guint
count_ink (GtkWidget *area)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (area);
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (area);
  int height = gtk_widget_get_height (area);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  guint n_dark = 0, n_white = 0;

  /* The paintable shows the widget as last drawn: wait for a frame. */
  for (gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; node == NULL;)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_paint (cr);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                               y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < width; x++)
        {
          guint32 pixel = row[x] & 0xffffff;

          if (pixel == 0xffffff)
            n_white++;
          else if (((pixel >> 16) & 0xff) < 0x60 && ((pixel >> 8) & 0xff) < 0x60)
            n_dark++;
        }
    }
  cairo_surface_destroy (surface);
  /* A sheet of paper fills much of the area. */
  g_assert_cmpuint (n_white, >, (guint) (width * height) / 5);
  return n_dark;
}

/* The page is drawn, with text on it, and other pages draw differently. */
static void
test_preview_draws (Fixture       *fixture,
                    gconstpointer  data)
{
  PpPrintPreview *preview = open_preview (fixture);
  GtkWidget *area = child_of (preview, "drawing_area");
  guint first, second;

  wait_for (is_allocated, area);
  first = count_ink (area);
  g_assert_cmpuint (first, >, 100);

  pp_print_preview_set_page (preview, 1);
  second = count_ink (area);
  g_assert_cmpuint (second, >, 100);
  g_assert_cmpuint (first, !=, second);
}

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

/* Zooming in makes the sheet larger than the window, to scroll; fitting
 * again leaves no zoom to undo. */
static void
test_preview_zoom (Fixture       *fixture,
                   gconstpointer  data)
{
  PpPrintPreview *preview = open_preview (fixture);
  GtkWidget *area = child_of (preview, "drawing_area");
  GtkWidget *zoom_out = child_of (preview, "zoom_out_button");

  wait_for (is_allocated, area);
  g_assert_false (gtk_widget_is_sensitive (zoom_out));
  for (int i = 0; i < 4; i++)
    press (GTK_WIDGET (preview), GDK_KEY_plus, GDK_CONTROL_MASK);
  g_assert_cmpint (gtk_drawing_area_get_content_height (GTK_DRAWING_AREA (area)), >,
                   gtk_widget_get_height (child_of (preview, "scroller")));
  g_assert_true (gtk_widget_is_sensitive (zoom_out));

  press (GTK_WIDGET (preview), GDK_KEY_0, GDK_CONTROL_MASK);
  g_assert_cmpint (gtk_drawing_area_get_content_height (GTK_DRAWING_AREA (area)), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (zoom_out));
}

/* Escape closes the preview, and nothing keeps it alive. */
static void
test_preview_escape (Fixture       *fixture,
                     gconstpointer  data)
{
  PpPrintPreview *preview = open_preview (fixture);

  press (GTK_WIDGET (preview), GDK_KEY_Escape, 0);
  wait_for (is_hidden, preview);
  iterate ();
  fixture->preview = NULL;
  g_assert_finalize_object (preview);
}

/* A venture that is not in the portfolio: a message, no preview. */
static void
test_unknown_venture (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(PpExportOptions) options;
  AdwMessageDialog *message;

  pp_export_options_init (&options);
  options.document = PP_DOCUMENT_VENTURE;
  options.venture_id = g_strdup ("no-such-venture");
  pp_print_document (GTK_WINDOW (fixture->window), fixture->portfolio, &options, TRUE);

  g_assert_null (pp_test_find_toplevel (PP_TYPE_PRINT_PREVIEW));
  message = pp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==,
                   "Could Not Show the Print Preview");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (message)) ==
                 GTK_WINDOW (fixture->window));
  gtk_window_destroy (GTK_WINDOW (message));
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GtkPrintOperationResult *out)
{
  *out = result;
}

/* Reads "Pages:" and "Page size:" from pdfinfo's report on @path. */
static void
read_pdfinfo (const char *pdfinfo,
              const char *path,
              guint      *n_pages,
              char      **page_size)
{
  const char *argv[] = { pdfinfo, path, NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        *n_pages = g_ascii_strtoull (g_strstrip (lines[i] + strlen ("Pages:")), NULL, 10);
      else if (g_str_has_prefix (lines[i], "Page size:"))
        *page_size = g_strdup (g_strstrip (lines[i] + strlen ("Page size:")));
    }
}

/* The print operation, exported to PDF, prints every page of the layout
 * on the chosen paper: the same begin-print and draw-page as on a
 * printer. */
static void
test_operation_export (Fixture       *fixture,
                       gconstpointer  data)
{
  PpPaper paper = GPOINTER_TO_INT (data);
  g_auto(PpExportOptions) options;
  g_autoptr(PpPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pp-test-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "brief.pdf", NULL);
  g_autofree char *contents = NULL;
  GtkPrintOperationResult result, done = GTK_PRINT_OPERATION_RESULT_IN_PROGRESS;
  GtkPrintOperation *operation;
  const char *pdfinfo = g_getenv ("PP_PDFINFO");
  guint n_pages;
  int n_printed;

  g_assert_no_error (error);
  pp_export_options_init (&options);
  options.paper = paper;
  n_pages = count_pdf_pages (fixture->portfolio, &options);
  job = pp_print_job_new (fixture->portfolio, &options, &error);
  g_assert_no_error (error);

  operation = pp_print_create_operation (job, NULL, GTK_WINDOW (fixture->window));
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), &done);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (fixture->window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_object_get (operation, "n-pages", &n_printed, NULL);
  g_assert_cmpint (n_printed, ==, n_pages);
  g_assert_finalize_object (operation);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  if (pdfinfo != NULL)
    {
      g_autofree char *page_size = NULL;
      guint n_read = 0;

      read_pdfinfo (pdfinfo, path, &n_read, &page_size);
      g_assert_cmpuint (n_read, ==, n_pages);
      g_assert_nonnull (page_size);
      g_assert_true (g_str_has_suffix (page_size, paper == PP_PAPER_A4 ? "(A4)" : "(letter)"));
    }
  else
    g_test_message ("PP_PDFINFO is not set: the exported page count is not read back");
  g_unlink (path);
  g_rmdir (dir);
}

/* The preview that GTK asks for (the print dialog's Preview button) opens
 * ours, and the operation ends cleanly instead of waiting for a viewer. */
static void
test_operation_preview (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(PpExportOptions) options;
  g_autoptr(PpPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result, done = GTK_PRINT_OPERATION_RESULT_IN_PROGRESS;
  GtkPrintOperation *operation;

  pp_export_options_init (&options);
  options.paper = PP_PAPER_LETTER;
  job = pp_print_job_new (fixture->portfolio, &options, &error);
  g_assert_no_error (error);

  operation = pp_print_create_operation (job, NULL, GTK_WINDOW (fixture->window));
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), &done);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PREVIEW,
                                    GTK_WINDOW (fixture->window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, !=, GTK_PRINT_OPERATION_RESULT_ERROR);

  fixture->preview = pp_test_find_toplevel (PP_TYPE_PRINT_PREVIEW);
  g_assert_nonnull (fixture->preview);
  g_object_ref (fixture->preview);
  while (done == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (done, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (gtk_print_operation_is_finished (operation));
  iterate ();
  g_assert_finalize_object (operation);

  /* On the paper the operation offered: Letter, so not the A4 count. */
  g_assert_cmpuint (pp_print_preview_get_n_pages (fixture->preview), ==,
                    count_pdf_pages (fixture->portfolio, &options));
  g_assert_null (pp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static gboolean
has_print_dialog (gpointer data)
{
  GtkWidget **dialog = data;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (g_str_equal (G_OBJECT_TYPE_NAME (l->data), "GtkPrintUnixDialog") &&
        gtk_widget_get_visible (l->data))
      *dialog = l->data;
  return *dialog != NULL;
}

static gboolean
has_preview (gpointer data)
{
  return pp_test_find_toplevel (PP_TYPE_PRINT_PREVIEW) != NULL;
}

/* Printing shows GTK's print dialog; its Preview button opens our preview
 * and closes the dialog, without an external viewer. */
static void
test_dialog_preview (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(PpExportOptions) options;
  GtkWidget *dialog = NULL;

  pp_export_options_init (&options);
  pp_print_document (GTK_WINDOW (fixture->window), fixture->portfolio, &options, FALSE);
  wait_for (has_print_dialog, &dialog);
  g_assert_null (pp_test_find_toplevel (PP_TYPE_PRINT_PREVIEW));

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_APPLY);
  G_GNUC_END_IGNORE_DEPRECATIONS
  wait_for (has_preview, NULL);
  fixture->preview = g_object_ref (pp_test_find_toplevel (PP_TYPE_PRINT_PREVIEW));
  iterate ();

  dialog = NULL;
  g_assert_false (has_print_dialog (&dialog));
  g_assert_null (pp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (pp_print_preview_get_n_pages (fixture->preview), ==,
                    count_pdf_pages (fixture->portfolio, &options));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("PP_TODAY", "2025-06-01", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/print/preview/opens", Fixture, NULL, fixture_setup, test_preview_opens,
              fixture_teardown);
  g_test_add ("/print/preview/turns-pages", Fixture, NULL, fixture_setup,
              test_preview_turns_pages, fixture_teardown);
  g_test_add ("/print/preview/draws", Fixture, NULL, fixture_setup, test_preview_draws,
              fixture_teardown);
  g_test_add ("/print/preview/zoom", Fixture, NULL, fixture_setup, test_preview_zoom,
              fixture_teardown);
  g_test_add ("/print/preview/escape-closes", Fixture, NULL, fixture_setup,
              test_preview_escape, fixture_teardown);
  g_test_add ("/print/preview/unknown-venture", Fixture, NULL, fixture_setup,
              test_unknown_venture, fixture_teardown);
  g_test_add ("/print/operation/export-a4", Fixture, GINT_TO_POINTER (PP_PAPER_A4),
              fixture_setup, test_operation_export, fixture_teardown);
  g_test_add ("/print/operation/export-letter", Fixture, GINT_TO_POINTER (PP_PAPER_LETTER),
              fixture_setup, test_operation_export, fixture_teardown);
  g_test_add ("/print/operation/preview-opens-ours", Fixture, NULL, fixture_setup,
              test_operation_preview, fixture_teardown);
  g_test_add ("/print/dialog/preview-button", Fixture, NULL, fixture_setup, test_dialog_preview,
              fixture_teardown);

  return g_test_run ();
}
