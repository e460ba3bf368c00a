/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-versions.c: what the window's versions tests share: a folder
 * with the sample in it, git run as a user would to set up repositories,
 * windows opened on a file, and the dialogs they show looked for and
 * answered. */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
#include "pp-test-util.h"
#include "pp-test-versions.h"

void
pp_test_save_sample (GFile      *file,
                     const char *title)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(GError) error = NULL;

  if (title != NULL)
    pp_portfolio_set_title (portfolio, title);
  g_assert_true (pp_portfolio_save_to_file (portfolio, file, NULL, &error));
  g_assert_no_error (error);
}

void
pp_test_versions_set_up (PpTestVersions *f,
                         gconstpointer   data)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;

  f->root = g_dir_make_tmp ("pp-window-versions-XXXXXX", NULL);
  folder = g_build_filename (f->root, "plans", NULL);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  path = g_build_filename (folder, "pk-by.json", NULL);
  f->file = g_file_new_for_path (path);
  pp_test_save_sample (f->file, NULL);
  f->settings = g_settings_new ("io.github.PartnershipPlanner");
  g_settings_reset (f->settings, "version-author-name");
  g_settings_reset (f->settings, "version-author-email");
  g_settings_reset (f->settings, "version-on-save");
}

void
pp_test_versions_tear_down (PpTestVersions *f,
                            gconstpointer   data)
{
  pp_test_remove_tree (f->root);
  g_free (f->root);
  g_object_unref (f->file);
  g_object_unref (f->settings);
}

PpWindow *
pp_test_open_window (PpTestVersions *f,
                     GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_file (file, NULL, &error);
  PpWindow *window;

  g_assert_no_error (error);
  window = g_object_new (PP_TYPE_WINDOW, "portfolio", portfolio, "file", file,
                         "settings", f->settings, NULL);
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_pages (GTK_WIDGET (window));
  pp_test_wait_for_idle ();
  return window;
}

void
pp_test_close_window (PpWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  pp_test_wait_for_idle ();
  g_assert_finalize_object (window);
}

gboolean
pp_test_action_enabled (PpWindow   *window,
                        const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), name);
}

void
pp_test_type_into (GtkWidget  *root,
                   const char *row_title,
                   const char *text)
{
  GtkWidget *row = pp_test_find_widget (root, ADW_TYPE_ENTRY_ROW, row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Clicks the response button labelled @label of the dialog on screen. */
void
pp_test_answer (gpointer    dialog,
                const char *label)
{
  g_assert_nonnull (dialog);
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label));
  pp_test_wait_for_idle ();
}

PpVersionStore *
pp_test_open_store (GFile *file)
{
  g_autoptr(GError) error = NULL;
  PpVersionStore *store = pp_version_store_open (file, &error);

  g_assert_no_error (error);
  return store;
}

