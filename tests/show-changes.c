/* SPDX-License-Identifier: GPL-3.0-or-later */
/* show-changes.c: opens a portfolio in a window and shows the changes
 * view or the conflicts dialog on it, for looking at them and for the
 * README's screenshots:
 *
 *   show-changes compare FILE OTHER        changes from OTHER to FILE
 *   show-changes merge FILE THEIRS BASE    merging THEIRS into FILE from BASE
 *
 * The dialog takes the window's size (PP_SHOW_SIZE=WxH, 1000x700 unless
 * set), so that it fills a narrow screen as it would a phone's. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "pp-portfolio-io.h"
#include "pp-window.h"

static int width = 1000;
static int height = 700;

/* Makes the dialog the window opened as large as the window. */
static gboolean
fit_dialog_cb (gpointer data)
{
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (l->data != data && GTK_IS_WINDOW (l->data))
      gtk_window_set_default_size (l->data, width, height);
  return G_SOURCE_REMOVE;
}

static char *
uri_of (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return g_file_get_uri (file);
}

static gboolean
show_dialog_cb (gpointer data)
{
  char **argv = g_object_get_data (data, "pp-argv");
  int argc = GPOINTER_TO_INT (g_object_get_data (data, "pp-argc"));

  if (argc == 4)
    {
      g_autofree char *other = uri_of (argv[3]);

      gtk_widget_activate_action (data, "win.compare-file", "s", other);
    }
  else
    {
      g_autofree char *theirs = uri_of (argv[3]);
      g_autofree char *base = uri_of (argv[4]);

      gtk_widget_activate_action (data, "win.merge-files", "(ss)", theirs, base);
    }
  fit_dialog_cb (data);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  const char *size = g_getenv ("PP_SHOW_SIZE");
  GtkWindow *window;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PP_LOCALEDIR") != NULL ? g_getenv ("PP_LOCALEDIR")
                                                                       : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (!((argc == 4 && g_str_equal (argv[1], "compare")) ||
        (argc == 5 && g_str_equal (argv[1], "merge"))))
    {
      fprintf (stderr, "usage: show-changes compare FILE OTHER | merge FILE THEIRS BASE\n");
      return 2;
    }
  if (size != NULL && sscanf (size, "%dx%d", &width, &height) != 2)
    return 2;
  gtk_init ();
  adw_init ();

  file = g_file_new_for_commandline_arg (argv[2]);
  portfolio = pp_portfolio_load_from_file (file, NULL, &error);
  if (portfolio == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  window = GTK_WINDOW (pp_window_new (NULL, portfolio, file));
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  /* Without a window manager, the window shown last is on top: the
   * dialog comes once the window is there. */
  g_object_set_data (G_OBJECT (window), "pp-argv", argv);
  g_object_set_data (G_OBJECT (window), "pp-argc", GINT_TO_POINTER (argc));
  g_timeout_add (500, show_dialog_cb, window);
  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}
