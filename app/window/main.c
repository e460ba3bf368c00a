/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: starts Partnership Planner. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pp-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PpApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* PP_LOCALEDIR: the build's catalogues, for the tests and meson devenv. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PP_LOCALEDIR") != NULL ? g_getenv ("PP_LOCALEDIR")
                                                                      : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pp_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
