/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-version-sync.c: two clones of a bare repository in a shared folder
 * (file://, made by the test with git) syncing one portfolio file: the
 * first push, taking the other's versions, two copies that both changed,
 * a push refused because the other synced in between, and no remote.
 *
 * The merge of two changed copies is the compare folder's; here the test
 * gives the merged file itself, so only the syncing is tested. */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-portfolio-io.h"
#include "pp-test-util.h"
#include "pp-version-sync.h"

typedef struct
{
  char *root;
  char *bare;
  GFile *a;
  GFile *b;
} Fixture;

/* What `git status` says of a clone: nothing, when the app left its file
 * committed and staged as it should. */
static char *
status_of (Fixture    *fixture,
           const char *name)
{
  g_autofree char *folder = g_build_filename (fixture->root, name, NULL);
  const char *argv[] = { "git", "status", "--porcelain", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_assert_true (g_spawn_sync (folder, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, NULL, &error));
  return out;
}

static void
save_portfolio (GFile      *file,
                const char *title,
                const char *description)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(GError) error = NULL;

  if (title != NULL)
    pp_portfolio_set_title (portfolio, title);
  if (description != NULL)
    pp_portfolio_set_description (portfolio, description);
  g_assert_true (pp_portfolio_save_to_file (portfolio, file, NULL, &error));
}

static PpPortfolio *
load (GFile *file)
{
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_portfolio_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return portfolio;
}

static GFile *
clone (Fixture    *fixture,
       const char *name)
{
  g_autofree char *path = g_build_filename (fixture->root, name, "pk-by.json", NULL);

  pp_test_git (fixture->root, "clone", "-q", fixture->bare, name, NULL);
  return g_file_new_for_path (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->root = g_dir_make_tmp ("pp-sync-XXXXXX", NULL);
  fixture->bare = g_build_filename (fixture->root, "shared.git", NULL);
  pp_test_git (fixture->root, "init", "-q", "--bare", "shared.git", NULL);
  fixture->a = clone (fixture, "a");
  fixture->b = NULL;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  pp_test_remove_tree (fixture->root);
  g_free (fixture->root);
  g_free (fixture->bare);
  g_clear_object (&fixture->a);
  g_clear_object (&fixture->b);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static PpVersionSync *
fetch (GFile       *file,
       PpSyncState  expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpVersionStore) store = pp_version_store_open (file, &error);
  PpVersionSync *sync;
  g_autoptr(GAsyncResult) result = NULL;

  g_assert_no_error (error);
  sync = pp_version_sync_new (store, "Amina Qureshi", "amina@example.org");
  pp_version_sync_fetch_async (sync, NULL, on_done, &result);
  g_assert_true (pp_version_sync_fetch_finish (sync, wait_for (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pp_version_sync_get_state (sync), ==, expected);
  return sync;
}

static gboolean
finish (PpVersionSync *sync,
        GBytes        *merged,
        GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pp_version_sync_finish_async (sync, merged, NULL, on_done, &result);
  return pp_version_sync_finish_finish (sync, wait_for (&result), error);
}

static void
sync_clean (GFile       *file,
            PpSyncState  expected)
{
  g_autoptr(PpVersionSync) sync = fetch (file, expected);
  g_autoptr(GError) error = NULL;

  finish (sync, NULL, &error);
  g_assert_no_error (error);
}

/* The first copy pushes; a clone of the shared repository then has it,
 * and takes a later version of the first copy's without a merge. */
static void
test_push_and_take (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autofree char *status = NULL;

  save_portfolio (fixture->a, NULL, NULL);
  sync_clean (fixture->a, PP_SYNC_STATE_AHEAD);

  fixture->b = clone (fixture, "b");
  sync_clean (fixture->b, PP_SYNC_STATE_UP_TO_DATE);

  /* Saved in the file but in no version: syncing saves a version first. */
  save_portfolio (fixture->a, "After JWG-3", NULL);
  sync_clean (fixture->a, PP_SYNC_STATE_AHEAD);
  sync_clean (fixture->b, PP_SYNC_STATE_BEHIND);
  portfolio = load (fixture->b);
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), ==, "After JWG-3");
  status = status_of (fixture, "b");
  g_assert_cmpstr (status, ==, "");
}

/* Both copies changed: the sync gives base, ours and theirs, commits the
 * merged file with both as parents, and the other copy then takes it. */
static void
test_diverged (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PpVersionSync) sync = NULL;
  g_autoptr(PpPortfolio) base = NULL;
  g_autoptr(PpPortfolio) merged = NULL;
  g_autoptr(GBytes) merged_bytes = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *status_a = NULL;
  g_autofree char *status_b = NULL;

  save_portfolio (fixture->a, NULL, NULL);
  sync_clean (fixture->a, PP_SYNC_STATE_AHEAD);
  fixture->b = clone (fixture, "b");

  save_portfolio (fixture->a, "Title from Islamabad", NULL);
  sync_clean (fixture->a, PP_SYNC_STATE_AHEAD);
  save_portfolio (fixture->b, NULL, "Description from Minsk");

  sync = fetch (fixture->b, PP_SYNC_STATE_DIVERGED);
  g_assert_nonnull (pp_version_sync_get_base (sync));
  g_assert_nonnull (pp_version_sync_get_ours (sync));
  g_assert_nonnull (pp_version_sync_get_theirs (sync));
  base = pp_portfolio_load_from_bytes (pp_version_sync_get_base (sync), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_portfolio_get_description (base), !=, "Description from Minsk");

  merged = pp_portfolio_load_from_bytes (pp_version_sync_get_theirs (sync), &error);
  pp_portfolio_set_description (merged, "Description from Minsk");
  merged_bytes = pp_portfolio_save_to_bytes (merged);
  finish (sync, merged_bytes, &error);
  g_assert_no_error (error);
  pp_test_git (fixture->root, "-C", "b", "rev-parse", "--verify", "HEAD^2", NULL);

  sync_clean (fixture->a, PP_SYNC_STATE_BEHIND);
  portfolio = load (fixture->a);
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), ==, "Title from Islamabad");
  status_a = status_of (fixture, "a");
  status_b = status_of (fixture, "b");
  g_assert_cmpstr (status_a, ==, "");
  g_assert_cmpstr (status_b, ==, "");
  g_assert_cmpstr (pp_portfolio_get_description (portfolio), ==, "Description from Minsk");
}

/* The other copy pushed between this copy's fetch and push: the push is
 * refused in words, this copy's versions are kept, and syncing again
 * brings both together. */
static void
test_rejected (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PpVersionSync) late = NULL;
  g_autoptr(GError) error = NULL;

  save_portfolio (fixture->a, NULL, NULL);
  sync_clean (fixture->a, PP_SYNC_STATE_AHEAD);
  fixture->b = clone (fixture, "b");

  save_portfolio (fixture->b, "From Minsk", NULL);
  late = fetch (fixture->b, PP_SYNC_STATE_AHEAD);
  save_portfolio (fixture->a, "From Islamabad", NULL);
  sync_clean (fixture->a, PP_SYNC_STATE_AHEAD);

  g_assert_false (finish (late, NULL, &error));
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_REJECTED);
  g_clear_error (&error);
  g_clear_object (&late);

  late = fetch (fixture->b, PP_SYNC_STATE_DIVERGED);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (pp_version_sync_get_ours (late), NULL), -1,
                                  "From Minsk"));
}

static void
test_no_remote (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->root, "alone", "pk-by.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(PpVersionStore) store = NULL;
  g_autoptr(PpVersionSync) sync = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  save_portfolio (file, NULL, NULL);
  store = pp_version_store_create (file, &error);
  g_assert_no_error (error);
  g_assert_false (pp_version_store_has_remote (store));
  sync = pp_version_sync_new (store, "Amina Qureshi", "amina@example.org");
  pp_version_sync_fetch_async (sync, NULL, on_done, &result);
  g_assert_false (pp_version_sync_fetch_finish (sync, wait_for (&result), &error));
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NO_REMOTE);
}

/* A shared folder that is gone is said so, and nothing local is lost. */
static void
test_unreachable (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = NULL;
  g_autoptr(PpVersionSync) sync = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GError) error = NULL;

  save_portfolio (fixture->a, NULL, NULL);
  pp_test_remove_tree (fixture->bare);
  store = pp_version_store_open (fixture->a, &error);
  sync = pp_version_sync_new (store, "Amina Qureshi", "amina@example.org");
  pp_version_sync_fetch_async (sync, NULL, on_done, &result);
  g_assert_false (pp_version_sync_fetch_finish (sync, wait_for (&result), &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == PP_VERSION_ERROR);
  g_assert_nonnull (strstr (error->message, "shared.git"));
  g_test_message ("%s", error->message);
  versions = pp_version_store_list (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
}

/* Over ssh, a server that does not answer is said to be out of reach, in
 * words (the suite starts no ssh server; the app was tried by hand against
 * one, with a key in the agent, none, a wrong one and an unknown host). */
static void
test_ssh_unreachable (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PpVersionStore) store = NULL;
  g_autoptr(PpVersionSync) sync = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  save_portfolio (fixture->a, NULL, NULL);
  /* Port 9, discard, is closed on any machine that runs the suite. */
  pp_test_git (fixture->root, "-C", "a", "remote", "set-url", "origin",
               "ssh://git@127.0.0.1:9/srv/shared.git", NULL);
  store = pp_version_store_open (fixture->a, &error);
  g_assert_no_error (error);
  sync = pp_version_sync_new (store, "Amina Qureshi", "amina@example.org");
  pp_version_sync_fetch_async (sync, NULL, on_done, &result);
  g_assert_false (pp_version_sync_fetch_finish (sync, wait_for (&result), &error));
  g_assert_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NETWORK);
  g_assert_nonnull (strstr (error->message, "ssh://git@127.0.0.1:9/srv/shared.git"));
  g_test_message ("%s", error->message);
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
  ADD ("/sync/push-and-take", test_push_and_take);
  ADD ("/sync/diverged", test_diverged);
  ADD ("/sync/rejected", test_rejected);
  ADD ("/sync/no-remote", test_no_remote);
  ADD ("/sync/unreachable", test_unreachable);
  ADD ("/sync/ssh-unreachable", test_ssh_unreachable);
#undef ADD

  status = g_test_run ();
  pp_test_remove_tree (home);
  return status;
}
