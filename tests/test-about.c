/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-about.c: what the app says about itself (needs a display): the
 * About window's links and credits, the shortcuts window listing every key
 * the app answers to, and Open showing portfolios by their MIME type. */

#include "config.h"

#include <adwaita.h>

#include "pp-application.h"
#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
#include "pp-window.h"

static PpApplication *app;

static PpWindow *
open_sample_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  PpWindow *window;

  g_assert_no_error (error);
  window = pp_window_new (GTK_APPLICATION (app), sample, NULL);
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_idle ();
  return window;
}

static char *
read_metainfo (void)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (g_getenv ("PP_METAINFO_FILE"), &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

/* About, from the main menu: the website and issue tracker the metainfo
 * names, a copyright, and no untranslated "translator-credits". */
static void
test_about_window (void)
{
  PpWindow *window = open_sample_window ();
  g_autofree char *metainfo = read_metainfo ();
  g_autofree char *homepage = NULL;
  g_autofree char *bugtracker = NULL;
  g_autofree char *release = g_strdup_printf ("<release version=\"%s\"", PACKAGE_VERSION);
  AdwAboutWindow *about;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.about", NULL));
  about = ADW_ABOUT_WINDOW (pp_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_assert_nonnull (about);

  g_assert_true (g_str_has_prefix (adw_about_window_get_website (about), "https://"));
  g_assert_true (g_str_has_prefix (adw_about_window_get_issue_url (about), "https://"));
  g_assert_nonnull (strstr (adw_about_window_get_copyright (about), "©"));
  g_assert_cmpstr (adw_about_window_get_translator_credits (about), !=, "translator-credits");
  g_assert_cmpstr (adw_about_window_get_developer_name (about), !=, "");
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);

  /* The metainfo names the same places, and has notes for this version. */
  homepage = g_strdup_printf ("<url type=\"homepage\">%s</url>",
                              adw_about_window_get_website (about));
  bugtracker = g_strdup_printf ("<url type=\"bugtracker\">%s</url>",
                                adw_about_window_get_issue_url (about));
  g_assert_nonnull (strstr (metainfo, homepage));
  g_assert_nonnull (strstr (metainfo, bugtracker));
  g_assert_nonnull (strstr (metainfo, release));
  g_assert_nonnull (strstr (metainfo, "<mediatype>" PP_MIME_TYPE "</mediatype>"));

  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
add_accelerators (GHashTable *shown,
                  const char *accelerators)
{
  g_auto(GStrv) parts = g_strsplit (accelerators, " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint key;
      GdkModifierType mods;

      if (gtk_accelerator_parse (parts[i], &key, &mods))
        g_hash_table_add (shown, gtk_accelerator_name (key, mods));
    }
}

static void
collect_shortcuts (GtkWidget  *root,
                   GHashTable *shown)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SHORTCUTS_SHORTCUT (child))
        {
          g_autofree char *accelerators = NULL;
          g_autofree char *subtitle = NULL;
          GtkShortcutType type;

          g_object_get (child, "accelerator", &accelerators, "shortcut-type", &type,
                        "subtitle", &subtitle, NULL);
          if (accelerators != NULL)
            add_accelerators (shown, accelerators);
          /* A gesture has no keys: what the user does is said in its subtitle. */
          if (type == GTK_SHORTCUT_GESTURE && subtitle != NULL)
            g_hash_table_add (shown, g_strconcat ("gesture: ", subtitle, NULL));
        }
      collect_shortcuts (child, shown);
    }
}

static gboolean
is_shown (GHashTable *shown,
          const char *accelerator)
{
  guint key;
  GdkModifierType mods;
  g_autofree char *name = NULL;

  g_assert_true (gtk_accelerator_parse (accelerator, &key, &mods));
  name = gtk_accelerator_name (key, mods);
  return g_hash_table_contains (shown, name);
}

/* Keyboard Shortcuts lists every accelerator the application sets, and the
 * keys the register, the timeline, the print preview and the dialogs answer
 * to. */
static void
test_shortcuts_window (void)
{
  PpWindow *window = open_sample_window ();
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  static const char * const keys[] = {
    "Insert", "Delete", "Return", "<Control>y", "Page_Up", "Page_Down", "Home", "End",
    "<Control>plus", "<Control>minus", "<Control>0", "Escape",
  };
  GtkShortcutsWindow *shortcuts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shortcuts = GTK_SHORTCUTS_WINDOW (pp_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  g_assert_nonnull (shortcuts);
  collect_shortcuts (GTK_WIDGET (shortcuts), shown);

  g_assert_cmpuint (g_strv_length (actions), >, 10);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    actions[i]);

      for (guint a = 0; accels[a] != NULL; a++)
        if (!is_shown (shown, accels[a]))
          g_error ("The shortcuts window leaves out %s (%s)", accels[a], actions[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (!is_shown (shown, keys[i]))
      g_error ("The shortcuts window leaves out %s", keys[i]);
  /* Ctrl held while scrolling zooms the timeline: a gesture, said in words. */
  g_assert_true (g_hash_table_contains (shown, "gesture: Hold Ctrl and scroll"));

  gtk_window_destroy (GTK_WINDOW (shortcuts));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Open shows portfolios by their own MIME type first, and every JSON
 * file under a second filter. */
static void
test_open_filters (void)
{
  PpWindow *window = open_sample_window ();
  g_autoptr(GListModel) filters = NULL;
  g_autoptr(GtkFileFilter) portfolios = NULL;
  g_autoptr(GVariant) rules = NULL;
  GtkWindow *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  pp_test_wait_for_idle ();
  chooser = pp_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 2);
  portfolios = g_list_model_get_item (filters, 0);
  g_assert_cmpstr (gtk_file_filter_get_name (portfolios), ==, "Portfolios");
  rules = gtk_file_filter_to_gvariant (portfolios);
  {
    g_autofree char *text = g_variant_print (rules, FALSE);

    g_assert_nonnull (strstr (text, "'" PP_MIME_TYPE "'"));
  }

  gtk_window_close (chooser);
  pp_test_wait_for_idle ();
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = pp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/about/window", test_about_window);
  g_test_add_func ("/about/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/about/open-filters", test_open_filters);
  status = g_test_run ();

  g_object_unref (app);
  return status;
}
