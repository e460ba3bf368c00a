/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the main window on the bundled sample (needs a display). */

#include "config.h"

#include <adwaita.h>

#include "pp-portfolio-io.h"
#include "pp-window.h"

static GtkWidget *
find_by_name (GtkWidget  *root,
              GType       type,
              const char *buildable_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (buildable_id == NULL ||
           g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), buildable_id) == 0))
        return child;
      if ((found = find_by_name (child, type, buildable_id)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_window_shows_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  g_autoptr(PpSector) sector = pp_sector_new ("test-sector");
  PpWindow *window;
  AdwWindowTitle *title;
  GtkLabel *mous, *sectors;
  char expected[16];

  g_assert_no_error (error);
  window = g_object_ref_sink (pp_window_new (NULL, sample, NULL));
  gtk_window_present (GTK_WINDOW (window));

  title = ADW_WINDOW_TITLE (find_by_name (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL));
  g_assert_nonnull (title);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, pp_portfolio_get_title (sample));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Not saved yet");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, pp_portfolio_get_title (sample));

  mous = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), PP_TYPE_WINDOW, "mous_count"));
  g_snprintf (expected, sizeof expected, "%u",
              g_list_model_get_n_items (pp_portfolio_get_mous (sample)));
  g_assert_cmpstr (gtk_label_get_label (mous), ==, expected);

  /* The counts follow the model. */
  sectors = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), PP_TYPE_WINDOW,
                                                      "sectors_count"));
  pp_sector_set_name (sector, "Test");
  g_assert_true (pp_node_append_item (PP_NODE (sample), pp_portfolio_get_sectors (sample),
                                      PP_NODE (sector), NULL));
  g_snprintf (expected, sizeof expected, "%u",
              g_list_model_get_n_items (pp_portfolio_get_sectors (sample)));
  g_assert_cmpstr (gtk_label_get_label (sectors), ==, expected);

  /* So does the title. */
  pp_portfolio_set_title (sample, "Renamed");
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Renamed");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/shows-sample", test_window_shows_sample);

  return g_test_run ();
}
