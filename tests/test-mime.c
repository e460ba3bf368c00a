/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-mime.c: the portfolio's MIME type as the desktop sees it: the type
 * the build installs is given to portfolios, by name and by content, and
 * not to other JSON files, and the desktop file opens it. */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-portfolio-io.h"
#include "pp-test-util.h"

static char *data_home;

/* GIO reads the MIME database once, at its first question: it is made
 * before any, in a folder of the test's own, from the file the build
 * installs. */
static gboolean
make_mime_database (void)
{
  const char *xml = g_getenv ("PP_MIME_XML");
  const char *update = g_getenv ("PP_UPDATE_MIME_DATABASE");
  g_autofree char *packages = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *mime_dir = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  int status;

  if (xml == NULL || update == NULL)
    return FALSE;
  data_home = g_dir_make_tmp ("pp-mime-XXXXXX", &error);
  g_assert_no_error (error);
  mime_dir = g_build_filename (data_home, "mime", NULL);
  packages = g_build_filename (mime_dir, "packages", NULL);
  copy = g_build_filename (packages, APP_ID ".xml", NULL);
  g_assert_cmpint (g_mkdir_with_parents (packages, 0700), ==, 0);
  g_assert_true (g_file_get_contents (xml, &contents, &length, &error));
  g_assert_true (g_file_set_contents (copy, contents, length, &error));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) update, mime_dir, NULL }, NULL,
                               G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  return TRUE;
}

/* Without update-mime-database there is no database to ask. */
static gboolean
have_database (void)
{
  if (data_home == NULL)
    g_test_skip ("update-mime-database is not installed");
  return data_home != NULL;
}

static char *
guess (const char *name,
       const char *data)
{
  return g_content_type_guess (name, (const guchar *) data, strlen (data), NULL);
}

/* A portfolio as the app saves it, named as Save names it or not at all. */
static void
test_saved_portfolio (void)
{
  g_autoptr(PpPortfolio) sample = pp_test_load_sample ();
  g_autoptr(GBytes) bytes = pp_portfolio_save_to_bytes (sample);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *by_name = guess ("Pakistan–Belarus Partnership 2025.json", text);
  g_autofree char *by_content = guess (NULL, text);
  g_autofree char *no_suffix = guess ("portfolio", text);

  if (!have_database ())
    return;

  g_assert_cmpstr (by_name, ==, PP_MIME_TYPE);
  g_assert_cmpstr (by_content, ==, PP_MIME_TYPE);
  g_assert_cmpstr (no_suffix, ==, PP_MIME_TYPE);
  g_assert_true (g_content_type_is_a (PP_MIME_TYPE, "application/json"));
}

/* A file written by hand puts spaces around the colon as it likes. */
static void
test_hand_written (void)
{
  g_autofree char *spaced = guess ("list", "{ \"format\" : \"partnership-planner\" }");
  g_autofree char *tight = guess ("list", "{\"format\":\"partnership-planner\"}");

  if (!have_database ())
    return;

  g_assert_cmpstr (spaced, ==, PP_MIME_TYPE);
  g_assert_cmpstr (tight, ==, PP_MIME_TYPE);
}

/* Other JSON files stay JSON: the app does not claim them. */
static void
test_other_json (void)
{
  g_autofree char *other = guess ("settings.json", "{\n  \"format\": \"something-else\"\n}\n");

  if (!have_database ())
    return;

  g_assert_cmpstr (other, ==, "application/json");
}

/* The desktop file opens portfolios, and not every JSON file. */
static void
test_desktop_file (void)
{
  g_autoptr(GKeyFile) desktop = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) types = NULL;

  g_assert_true (g_key_file_load_from_file (desktop, g_getenv ("PP_DESKTOP_FILE"),
                                            G_KEY_FILE_NONE, &error));
  types = g_key_file_get_string_list (desktop, G_KEY_FILE_DESKTOP_GROUP,
                                      G_KEY_FILE_DESKTOP_KEY_MIME_TYPE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) types, PP_MIME_TYPE));
  g_assert_false (g_strv_contains ((const char * const *) types, "application/json"));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);

  make_mime_database ();
  g_test_add_func ("/mime/desktop-file", test_desktop_file);
  g_test_add_func ("/mime/saved-portfolio", test_saved_portfolio);
  g_test_add_func ("/mime/hand-written", test_hand_written);
  g_test_add_func ("/mime/other-json", test_other_json);

  result = g_test_run ();
  if (data_home != NULL)
    pp_test_remove_tree (data_home);
  return result;
}
