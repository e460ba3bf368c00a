/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-versions.c: the saved versions of a portfolio file in a git
 * repository made in the test: starting, saving, listing, reading an old
 * version back, tagging a meeting, and the folders refused. */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-portfolio-io.h"
#include "pp-test-util.h"
#include "pp-version-spec.h"
#include "pp-version-store.h"

typedef struct
{
  char *folder;
  GFile *file;
} Fixture;

static void
save_sample (GFile      *file,
             const char *title)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(GError) error = NULL;

  if (title != NULL)
    pp_portfolio_set_title (portfolio, title);
  g_assert_true (pp_portfolio_save_to_file (portfolio, file, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = g_dir_make_tmp ("pp-versions-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  fixture->folder = g_build_filename (parent, "plans", NULL);
  g_assert_cmpint (g_mkdir (fixture->folder, 0700), ==, 0);
  path = g_build_filename (fixture->folder, "pk-by.json", NULL);
  fixture->file = g_file_new_for_path (path);
  save_sample (fixture->file, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->folder);

  pp_test_remove_tree (parent);
  g_free (fixture->folder);
  g_object_unref (fixture->file);
}

static PpVersionStore *
create_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  PpVersionStore *store = pp_version_store_create (fixture->file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static PpVersion *
save_version (PpVersionStore *store,
              const char     *message)
{
  g_autoptr(GError) error = NULL;
  PpVersion *version = pp_version_store_save (store, message, "Amina Qureshi",
                                              "amina@example.org", &error);

  g_assert_no_error (error);
  g_assert_nonnull (version);
  return version;
}

/* Reading versions writes nothing; the first version saved puts the
 * file's backup and unfinished saves in the repository's own ignore list. */
static void
test_ignore_save_files (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *exclude = g_build_filename (fixture->folder, ".git", "info", "exclude", NULL);
  g_autoptr(PpVersionStore) store = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(PpVersion) version = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  pp_test_git (fixture->folder, "init", "-q", NULL);
  store = pp_version_store_open (fixture->file, &error);
  g_assert_no_error (error);
  versions = pp_version_store_list (store, &error);
  g_assert_no_error (error);
  if (!g_file_get_contents (exclude, &before, NULL, NULL))
    before = g_strdup ("");
  g_assert_null (strstr (before, "/pk-by.json~"));

  version = save_version (store, "First");
  g_assert_true (g_file_get_contents (exclude, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "/pk-by.json~"));
}

static void
test_not_in_repository (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpVersionStore) store = pp_version_store_open (fixture->file, &error);

  g_assert_null (store);
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NO_REPOSITORY);
  g_assert_nonnull (strstr (error->message, "pk-by.json"));
}

static void
test_save_and_list (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = create_store (fixture);
  g_autoptr(PpVersion) first = NULL;
  g_autoptr(PpVersion) second = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(PpVersion) newest = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subject = NULL;

  g_assert_cmpstr (pp_version_store_get_path (store), ==, "pk-by.json");
  versions = pp_version_store_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 0);
  g_clear_object (&versions);

  first = save_version (store, "Before the second session\n\nAs agreed in Minsk.");
  g_assert_null (pp_version_store_save (store, "again", "A", "a@example.org", &error));
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNCHANGED);
  g_clear_error (&error);

  save_sample (fixture->file, "Pakistan–Belarus after JWG-3");
  second = save_version (store, "After JWG-3");
  versions = pp_version_store_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);
  newest = g_list_model_get_item (versions, 0);
  g_assert_cmpstr (pp_version_get_id (newest), ==, pp_version_get_id (second));
  g_assert_cmpstr (pp_version_get_author (newest), ==, "Amina Qureshi");
  g_assert_cmpstr (pp_version_get_email (newest), ==, "amina@example.org");
  g_assert_cmpstr (pp_version_get_message (first), ==, "Before the second session\n\nAs agreed in Minsk.");
  subject = pp_version_dup_subject (first);
  g_assert_cmpstr (subject, ==, "Before the second session");
  g_assert_cmpuint (strlen (pp_version_get_short_id (first)), ==, 7);
}

/* An old version reads back as it was, by its id, its start, or a
 * revision git understands; a name that is none is refused in words. */
static void
test_read_old_version (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = create_store (fixture);
  g_autoptr(PpVersion) first = save_version (store, "First");
  g_autoptr(PpVersion) second = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PpPortfolio) old = NULL;
  g_autoptr(PpVersion) found = NULL;
  g_autoptr(GError) error = NULL;

  save_sample (fixture->file, "Changed");
  second = save_version (store, "Second");

  bytes = pp_version_store_read (store, pp_version_get_short_id (first), &error);
  g_assert_no_error (error);
  old = pp_portfolio_load_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_portfolio_get_title (old), !=, "Changed");
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = pp_version_store_read (store, "HEAD", &error);
  g_assert_no_error (error);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "Changed"));

  found = pp_version_store_find (store, "HEAD~1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_version_get_id (found), ==, pp_version_get_id (first));

  g_assert_null (pp_version_store_read (store, "no-such-meeting", &error));
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNKNOWN_VERSION);
  g_assert_nonnull (strstr (error->message, "no-such-meeting"));
}

/* Saving a version commits the portfolio alone: a file beside it stays
 * out of the repository, staged or not. */
static void
test_only_the_file (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = create_store (fixture);
  g_autofree char *notes_path = g_build_filename (fixture->folder, "notes.txt", NULL);
  g_autoptr(GFile) notes = g_file_new_for_path (notes_path);
  g_autoptr(PpVersionStore) notes_store = NULL;
  g_autoptr(PpVersion) version = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (notes_path, "private", -1, NULL));
  version = save_version (store, "First");
  notes_store = pp_version_store_open (notes, &error);
  g_assert_no_error (error);
  g_assert_null (pp_version_store_read (notes_store, "HEAD", &error));
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NOT_IN_VERSION);
}

/* A file in a folder of the repository is found from there, by its path
 * in the repository. */
static void
test_file_in_subfolder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = create_store (fixture);
  g_autofree char *sub = g_build_filename (fixture->folder, "2026", NULL);
  g_autofree char *path = g_build_filename (sub, "copy.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PpVersionStore) sub_store = NULL;
  g_autoptr(PpVersion) version = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  save_sample (file, "A copy");
  sub_store = pp_version_store_open (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_version_store_get_path (sub_store), ==, "2026/copy.json");
  version = save_version (sub_store, "The copy");
  versions = pp_version_store_list (store, &error);
  g_assert_no_error (error);
  /* The main file has no version yet: the copy's commit is not one of its. */
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 0);
}

static void
test_tag_meeting (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = create_store (fixture);
  g_autoptr(PpVersion) first = save_version (store, "First");
  g_autoptr(PpVersion) second = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(PpVersion) older = NULL;
  g_autoptr(PpVersion) found = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *tags;

  save_sample (fixture->file, "Changed");
  second = save_version (store, "Second");
  g_assert_true (pp_version_store_tag (store, pp_version_get_id (first), "JWG-3, Minsk, 12 Apr 2026",
                                       "Amina Qureshi", "amina@example.org", &error));
  g_assert_no_error (error);
  g_assert_true (pp_version_store_tag (store, pp_version_get_id (first), "JWG-3, Minsk, 12 Apr 2026",
                                       "Amina Qureshi", "amina@example.org", &error));
  g_assert_true (pp_version_store_tag (store, "HEAD", "Заседание МПК",
                                       "Amina Qureshi", "amina@example.org", &error));
  g_assert_no_error (error);
  g_assert_false (pp_version_store_tag (store, "HEAD", "  ", "A", "a@example.org", &error));
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_FAILED);
  g_clear_error (&error);

  versions = pp_version_store_list (store, &error);
  older = g_list_model_get_item (versions, 1);
  tags = pp_version_get_tags (older);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 2);
  g_assert_cmpstr (tags[0], ==, "JWG-3, Minsk, 12 Apr 2026");

  /* A tag's name is a revision like any other. */
  found = pp_version_store_find (store, "JWG-3-Minsk-12-Apr-2026", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_version_get_id (found), ==, pp_version_get_id (first));
}

static void
test_refused_folders (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) usr = g_file_new_for_path ("/usr");
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->folder);
  g_autoptr(GError) error = NULL;

  g_assert_false (pp_version_store_check_folder (usr, &error));
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNSAFE_FOLDER);
  g_clear_error (&error);
  g_assert_false (pp_version_store_check_folder (home, &error));
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNSAFE_FOLDER);
  g_assert_nonnull (strstr (error->message, "home folder"));
  g_clear_error (&error);
  g_assert_true (pp_version_store_check_folder (folder, &error));
  g_assert_no_error (error);
}

/* With no name given and none in any git config, saving asks for one. */
static void
test_no_author (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = create_store (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_false (pp_version_store_has_author (store));
  g_assert_null (pp_version_store_save (store, "First", NULL, NULL, &error));
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NO_AUTHOR);
}

/* "FILE@VERSION" names a version; a bare version names one of the file
 * being exported; a file whose own name has an "@" is still that file. */
static void
test_spec (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = create_store (fixture);
  g_autoptr(PpVersion) first = save_version (store, "First");
  g_autoptr(PpVersion) second = NULL;
  g_autofree char *path = g_file_get_path (fixture->file);
  g_autofree char *spec = g_strconcat (path, "@HEAD~1", NULL);
  g_autofree char *odd_path = g_build_filename (fixture->folder, "copy@HEAD", NULL);
  g_autoptr(GFile) odd = g_file_new_for_path (odd_path);
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GError) error = NULL;

  save_sample (fixture->file, "Changed");
  second = save_version (store, "Second");

  portfolio = pp_version_load_spec (spec, &label, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), !=, "Changed");
  g_assert_nonnull (strstr (label, "pk-by.json as saved on "));
  g_clear_object (&portfolio);
  g_clear_pointer (&label, g_free);

  portfolio = pp_version_load_baseline (fixture->file, pp_version_get_short_id (first), &label, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), !=, "Changed");
  g_clear_object (&portfolio);

  save_sample (odd, "Odd");
  portfolio = pp_version_load_spec (odd_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), ==, "Odd");
  g_clear_object (&portfolio);

  g_assert_null (pp_version_load_baseline (fixture->file, "JWG-9", NULL, &error));
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNKNOWN_VERSION);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = pp_test_isolate_git ();
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/versions/not-in-repository", test_not_in_repository);
  ADD ("/versions/save-and-list", test_save_and_list);
  ADD ("/versions/ignore-save-files", test_ignore_save_files);
  ADD ("/versions/read-old-version", test_read_old_version);
  ADD ("/versions/only-the-file", test_only_the_file);
  ADD ("/versions/file-in-subfolder", test_file_in_subfolder);
  ADD ("/versions/tag-meeting", test_tag_meeting);
  ADD ("/versions/refused-folders", test_refused_folders);
  ADD ("/versions/no-author", test_no_author);
  ADD ("/versions/spec", test_spec);
#undef ADD

  status = g_test_run ();
  pp_test_remove_tree (home);
  return status;
}
