/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-io.c: loading and saving whole files: round trips, byte-identical
 * saves, unknown members kept, and atomic saving. */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include "pp-file-read.h"
#include "pp-portfolio-io.h"

static PpPortfolio *
load_test_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_portfolio_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (portfolio);
  return portfolio;
}

static PpPortfolio *
load_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_portfolio_load_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return portfolio;
}

static char *
save_string (PpPortfolio *portfolio)
{
  g_autoptr(GBytes) bytes = pp_portfolio_save_to_bytes (portfolio);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Saving what was loaded from a saved file gives the same bytes again. */
static void
assert_stable (PpPortfolio *portfolio)
{
  g_autoptr(GBytes) first = pp_portfolio_save_to_bytes (portfolio);
  g_autoptr(GBytes) again = pp_portfolio_save_to_bytes (portfolio);
  g_autoptr(PpPortfolio) reloaded = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_bytes_equal (first, again));

  reloaded = pp_portfolio_load_from_bytes (first, &error);
  g_assert_no_error (error);
  second = pp_portfolio_save_to_bytes (reloaded);
  g_assert_cmpmem (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                   g_bytes_get_data (second, NULL), g_bytes_get_size (second));
}

static void
test_sample_loads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  g_autoptr(GPtrArray) problems = NULL;
  PpCountryPair *countries;

  g_assert_no_error (error);
  countries = pp_portfolio_get_countries (sample);
  g_assert_cmpstr (pp_country_pair_get_first (countries), ==, "PK");
  g_assert_cmpstr (pp_country_pair_get_second (countries), ==, "BY");
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_mous (sample)), >=, 6);
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_ventures (sample)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_commitments (sample)), ==, 1);

  /* The sample is consistent: nothing to warn about. */
  problems = pp_portfolio_find_problems (sample);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_sample_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  g_autoptr(GBytes) original = g_resources_lookup_data (PP_SAMPLE_RESOURCE, 0, &error);
  g_autoptr(GBytes) saved = pp_portfolio_save_to_bytes (sample);

  g_assert_no_error (error);
  /* The bundled file is kept in the saved layout, so it comes back as is. */
  g_assert_cmpmem (g_bytes_get_data (original, NULL), g_bytes_get_size (original),
                   g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  assert_stable (sample);
}

static void
test_every_member_round_trip (void)
{
  g_autoptr(PpPortfolio) portfolio = load_test_file ("every-member.json");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "every-member.json", NULL);
  g_autofree char *original = NULL;
  g_autofree char *saved = save_string (portfolio);
  g_autoptr(PpVenture) venture = NULL;
  g_autoptr(PpVenturePartner) partner = NULL;

  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  g_assert_cmpstr (saved, ==, original);
  assert_stable (portfolio);

  /* Spot checks that values arrived in the model, not only in the text. */
  venture = g_list_model_get_item (pp_portfolio_get_ventures (portfolio), 0);
  g_assert_cmpstr (pp_venture_get_budget_currency (venture), ==, "NOK");
  partner = g_list_model_get_item (pp_venture_get_partners (venture), 0);
  g_assert_cmpfloat (pp_venture_partner_get_share_percent (partner), >, 0);
}

static void
test_defaults (void)
{
  g_autoptr(PpPortfolio) portfolio = load_string (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"sectors\": [{\"id\": \"s\", \"name\": \"S\"}],"
    " \"mous\": [{\"id\": \"m\", \"title\": \"M\"}]}");
  g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 0);
  g_autofree char *saved = save_string (portfolio);

  g_assert_cmpint (pp_mou_get_status (mou), ==, PP_MOU_STATUS_DRAFT);
  g_assert_null (pp_mou_get_sector (mou));
  g_assert_null (pp_mou_get_expires_on (mou));
  g_assert_cmpstr (saved, ==,
    "{\n"
    "  \"format\": \"partnership-planner\",\n"
    "  \"version\": 1,\n"
    "  \"title\": \"T\",\n"
    "  \"countries\": [],\n"
    "  \"description\": \"\",\n"
    "  \"currency\": null,\n"
    "  \"sectors\": [\n"
    "    {\n"
    "      \"id\": \"s\",\n"
    "      \"name\": \"S\",\n"
    "      \"color\": \"#808080\",\n"
    "      \"description\": \"\"\n"
    "    }\n"
    "  ],\n"
    "  \"organisations\": [],\n"
    "  \"mous\": [\n"
    "    {\n"
    "      \"id\": \"m\",\n"
    "      \"title\": \"M\",\n"
    "      \"sector\": null,\n"
    "      \"status\": \"draft\",\n"
    "      \"parties\": [],\n"
    "      \"signed_on\": null,\n"
    "      \"effective_on\": null,\n"
    "      \"expires_on\": null,\n"
    "      \"renewal\": {\n"
    "        \"automatic\": false,\n"
    "        \"notice_days\": 0\n"
    "      },\n"
    "      \"summary\": \"\",\n"
    "      \"follow_ups\": []\n"
    "    }\n"
    "  ],\n"
    "  \"ventures\": [],\n"
    "  \"commitments\": []\n"
    "}\n");
}

static void
test_unknown_members_kept (void)
{
  g_autoptr(PpPortfolio) portfolio = load_string (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"x-top\": {\"nested\": [1, 2.5, true, null, \"s\"]},"
    " \"countries\": [\"PK\", \"BY\"],"
    " \"organisations\": [{\"id\": \"o\", \"name\": \"O\", \"x-org\": 7}],"
    " \"mous\": [{\"id\": \"m\", \"title\": \"M\", \"x-mou\": \"kept\","
    "   \"renewal\": {\"automatic\": true, \"x-renewal\": [] },"
    "   \"follow_ups\": [{\"title\": \"F\", \"x-fu\": {}}]}],"
    " \"ventures\": [{\"id\": \"v\", \"name\": \"V\", \"budget\": {\"amount\": 5, \"x-budget\": 1},"
    "   \"partners\": [{\"organisation\": \"o\", \"share_percent\": 100, \"x-p\": 1}]}],"
    " \"x-last\": \"end\"}");
  g_autofree char *saved = save_string (portfolio);

  /* Each unknown member comes back after the known ones of its object, as it
   * was written. */
  g_assert_nonnull (strstr (saved, "  \"commitments\": [],\n"
                                   "  \"x-top\": {\"nested\": [1, 2.5, true, null, \"s\"]},\n"
                                   "  \"x-last\": \"end\"\n}\n"));
  g_assert_nonnull (strstr (saved, "\"kind\": \"other\",\n      \"x-org\": 7\n"));
  g_assert_nonnull (strstr (saved, "\"follow_ups\": [\n        {\n          \"title\": \"F\",\n"
                                   "          \"due_on\": null,\n          \"done\": false,\n"
                                   "          \"side\": null,\n          \"x-fu\": {}\n"));
  g_assert_nonnull (strstr (saved, "\"notice_days\": 0,\n        \"x-renewal\": []\n"));
  g_assert_nonnull (strstr (saved, "\"x-mou\": \"kept\"\n"));
  g_assert_nonnull (strstr (saved, "\"currency\": null,\n        \"x-budget\": 1\n"));
  g_assert_nonnull (strstr (saved, "\"share_percent\": 100.0,\n          \"x-p\": 1\n"));
  assert_stable (portfolio);
}

/* Contacts are read into the model, and an organisation without any is
 * saved without the member, as files were before contacts existed. */
static void
test_contacts (void)
{
  g_autoptr(PpPortfolio) portfolio = load_test_file ("every-member.json");
  PpOrganisation *energy = PP_ORGANISATION (pp_portfolio_lookup (portfolio,
                                                                 PP_COLLECTION_ORGANISATIONS,
                                                                 "ke-energy"));
  GListModel *contacts = pp_organisation_get_contacts (energy);
  g_autoptr(PpContact) first = g_list_model_get_item (contacts, 0);
  g_autoptr(PpContact) second = g_list_model_get_item (contacts, 1);
  g_autofree char *line = pp_contact_describe (first);
  PpOrganisation *agency = PP_ORGANISATION (pp_portfolio_lookup (portfolio,
                                                                 PP_COLLECTION_ORGANISATIONS,
                                                                 "no-agency"));

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  g_assert_cmpstr (pp_contact_get_name (first), ==, "Wanjiru Kamau");
  g_assert_cmpstr (pp_contact_get_role (first), ==, "Director of Renewable Energy");
  g_assert_cmpstr (pp_contact_get_email (first), ==, "w.kamau@energy.example.ke");
  g_assert_cmpstr (pp_contact_get_phone (first), ==, "+254 20 000 0000");
  g_assert_cmpstr (line, ==, "Wanjiru Kamau, Director of Renewable Energy · "
                             "w.kamau@energy.example.ke · +254 20 000 0000");
  g_assert_cmpstr (pp_contact_get_role (second), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (pp_organisation_get_contacts (agency)), ==, 0);
}

/* A contact typed in the app is saved with only the members it has, and
 * the unknown members of a contact come back. */
static void
test_contacts_saved (void)
{
  g_autoptr(PpPortfolio) portfolio = load_string (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\","
    " \"organisations\": [{\"id\": \"o\", \"name\": \"O\","
    "   \"contacts\": [{\"name\": \"A\", \"phone\": null, \"x-c\": 1}]}]}");
  PpNode *org = pp_portfolio_lookup (portfolio, PP_COLLECTION_ORGANISATIONS, "o");
  g_autoptr(PpContact) contact = pp_contact_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;

  pp_contact_set_name (contact, "B");
  pp_contact_set_email (contact, "b@example.org");
  pp_contact_set_role (contact, "");
  g_assert_true (pp_node_append_item (org, pp_organisation_get_contacts (PP_ORGANISATION (org)),
                                      PP_NODE (contact), &error));
  g_assert_no_error (error);
  saved = save_string (portfolio);
  g_assert_nonnull (strstr (saved, "\"kind\": \"other\",\n      \"contacts\": [\n        {\n"
                                   "          \"name\": \"A\",\n          \"x-c\": 1\n        },\n"
                                   "        {\n          \"name\": \"B\",\n"
                                   "          \"email\": \"b@example.org\"\n        }\n      ]\n"));
  assert_stable (portfolio);
}

static void
test_escaping (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();
  g_autoptr(PpPortfolio) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *hostile = "Quote \" backslash \\ newline \n tab \t bell \a <script>&amp; پاکستان Беларусь";

  pp_portfolio_set_title (portfolio, hostile);
  bytes = pp_portfolio_save_to_bytes (portfolio);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "\\\" backslash \\\\ newline \\n tab \\t bell \\u0007"));
  reloaded = pp_portfolio_load_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pp_portfolio_get_title (reloaded), ==, hostile);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pp-test-io-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
test_save_to_file_with_backup (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "portfolio.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PpPortfolio) portfolio = load_string (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"First\"}");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *old = NULL;
  GStatBuf st;

  g_assert_true (pp_portfolio_save_to_file (portfolio, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  pp_portfolio_set_title (portfolio, "Second");
  g_assert_true (pp_portfolio_save_to_file (portfolio, file, NULL, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_file_get_contents (backup, &old, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"Second\""));
  g_assert_nonnull (strstr (old, "\"First\""));

  /* The permissions of the file being replaced are kept. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* The folder and file that the subprocess tests below work on. */
static char *
prepare_folder (const char *contents)
{
  char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "portfolio.json", NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  return dir;
}

static void
assert_folder_untouched (const char *dir,
                         const char *contents)
{
  g_autofree char *path = g_build_filename (dir, "portfolio.json", NULL);
  g_autofree char *now = NULL;
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n_entries = 0;

  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, contents);
  while (g_dir_read_name (listing) != NULL)
    n_entries++;
  g_assert_cmpuint (n_entries, ==, 1);
}

static void
remove_folder (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "portfolio.json", NULL);

  g_chmod (dir, 0755);
  g_unlink (path);
  g_rmdir (dir);
}

static void
save_in_test_folder (GError **error)
{
  g_autofree char *path = g_build_filename (g_getenv ("PP_TEST_DIR"), "portfolio.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PpPortfolio) portfolio = load_string (
    "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"Changed\"}");

  g_assert_false (pp_portfolio_save_to_file (portfolio, file, NULL, error));
}

/* Runs in a subprocess: as root, first becomes "nobody", for whom the
 * folder is read-only (root writes anywhere). */
static void
read_only_folder_subprocess (void)
{
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    g_error ("cannot drop privileges");
  save_in_test_folder (&error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_true (g_str_has_prefix (error->message, "Cannot save “"));
  g_assert_true (g_str_has_suffix (error->message, "portfolio.json”: Permission denied"));
}

static void
test_save_read_only_folder (void)
{
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      read_only_folder_subprocess ();
      return;
    }

  dir = prepare_folder ("original");
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_setenv ("PP_TEST_DIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  assert_folder_untouched (dir, "original");
  remove_folder (dir);
}

/* Runs in a subprocess limited to writing 16-byte files, which fails the
 * way a full disk does: in the middle of writing. */
static void
full_disk_subprocess (void)
{
  struct rlimit limit = { 16, 16 };
  g_autoptr(GError) error = NULL;

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  save_in_test_folder (&error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_true (g_str_has_suffix (error->message, "File too large"));
}

static void
test_save_full_disk (void)
{
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      full_disk_subprocess ();
      return;
    }

  dir = prepare_folder ("original");
  g_setenv ("PP_TEST_DIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  assert_folder_untouched (dir, "original");
  remove_folder (dir);
}

static void
test_save_onto_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (pp_portfolio_save_to_file (portfolio, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  g_rmdir (dir);
}

static void
load_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PpPortfolio **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = pp_portfolio_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_load_async (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "every-member.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PpPortfolio) portfolio = NULL;

  pp_portfolio_load_async (file, NULL, load_ready_cb, &portfolio);
  while (portfolio == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_mous (portfolio)), >, 0);
}

typedef struct
{
  PpPortfolio *portfolio;
  GBytes *bytes;
  char *identity;
} Loaded;

static void
loaded_with_file_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Loaded *loaded = user_data;
  g_autoptr(GError) error = NULL;

  loaded->portfolio = pp_portfolio_load_finish_with_file (result, &loaded->bytes,
                                                          &loaded->identity, &error);
  g_assert_no_error (error);
}

/* The loader hands back the bytes it read and the file's identity, so a
 * window need not read the file a second time. */
static void
test_load_async_with_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "every-member.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *identity = pp_file_query_identity (file);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  Loaded loaded = { 0 };

  pp_portfolio_load_async (file, NULL, loaded_with_file_cb, &loaded);
  while (loaded.portfolio == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_bytes_equal (loaded.bytes, bytes));
  g_assert_nonnull (identity);
  g_assert_cmpstr (loaded.identity, ==, identity);
  g_clear_object (&loaded.portfolio);
  g_bytes_unref (loaded.bytes);
  g_free (loaded.identity);
}

/* A list long enough to be read by two threads. */
static GBytes *
many_sectors (guint       n,
              guint       broken,
              const char *broken_member)
{
  GString *json = g_string_new ("{\"format\": \"partnership-planner\", \"version\": 1, "
                                "\"title\": \"T\", \"sectors\": [");

  for (guint i = 0; i < n; i++)
    {
      if (i == broken)
        g_string_append_printf (json, "%s{%s}", i > 0 ? ", " : "", broken_member);
      else
        g_string_append_printf (json, "%s{\"id\": \"s%u\", \"name\": \"S%u\"}",
                                i > 0 ? ", " : "", i, i);
    }
  g_string_append (json, "]}");
  return g_string_free_to_bytes (json);
}

static void
test_load_large_list (void)
{
  g_autoptr(GBytes) good = many_sectors (10000, G_MAXUINT, NULL);
  g_autoptr(GBytes) late_error = many_sectors (10000, 9000, "\"id\": \"x\"");
  g_autoptr(GBytes) duplicate = many_sectors (10000, 6000, "\"id\": \"s10\", \"name\": \"D\"");
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(PpSector) last = NULL;
  g_autoptr(GError) error = NULL;

  portfolio = pp_portfolio_load_from_bytes (good, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_sectors (portfolio)), ==, 10000);
  last = g_list_model_get_item (pp_portfolio_get_sectors (portfolio), 9999);
  g_assert_cmpstr (pp_sector_get_name (last), ==, "S9999");
  g_assert_nonnull (pp_portfolio_lookup (portfolio, PP_COLLECTION_SECTORS, "s5000"));

  g_assert_null (pp_portfolio_load_from_bytes (late_error, &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_MISSING);
  g_assert_cmpstr (error->message, ==, "sectors[9000].name: required member is missing");
  g_clear_error (&error);

  g_assert_null (pp_portfolio_load_from_bytes (duplicate, &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_DUPLICATE_ID);
  g_assert_cmpstr (error->message, ==, "sectors[6000].id: duplicate id “s10”");
}

/* A file another program wrote compact, which our indentation would make
 * larger than a file may be, is saved compact: it still loads, and saving
 * it again gives the same bytes. (The limit is lowered for the test.) */
static void
test_save_compact_when_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  g_autoptr(GBytes) pretty = NULL;
  g_autoptr(GBytes) compact = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(PpPortfolio) reloaded = NULL;
  gsize size;
  const char *text;

  g_assert_no_error (error);
  pretty = pp_portfolio_save_to_bytes (sample);
  _pp_portfolio_set_pretty_limit (g_bytes_get_size (pretty) - 1);
  compact = pp_portfolio_save_to_bytes (sample);
  _pp_portfolio_set_pretty_limit (G_MAXSIZE);
  text = g_bytes_get_data (compact, &size);
  g_assert_cmpuint (size, <, g_bytes_get_size (pretty));
  /* One line, and the final newline. */
  g_assert_null (memchr (text, '\n', size - 1));
  reloaded = pp_portfolio_load_from_bytes (compact, &error);
  g_assert_no_error (error);
  _pp_portfolio_set_pretty_limit (g_bytes_get_size (pretty) - 1);
  again = pp_portfolio_save_to_bytes (reloaded);
  _pp_portfolio_set_pretty_limit (PP_MAX_FILE_SIZE);
  g_assert_true (g_bytes_equal (again, compact));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/sample/loads", test_sample_loads);
  g_test_add_func ("/io/sample/round-trip", test_sample_round_trip);
  g_test_add_func ("/io/every-member/round-trip", test_every_member_round_trip);
  g_test_add_func ("/io/defaults", test_defaults);
  g_test_add_func ("/io/contacts/loaded", test_contacts);
  g_test_add_func ("/io/contacts/saved", test_contacts_saved);
  g_test_add_func ("/io/unknown-members", test_unknown_members_kept);
  g_test_add_func ("/io/escaping", test_escaping);
  g_test_add_func ("/io/save/backup", test_save_to_file_with_backup);
  g_test_add_func ("/io/save/compact-when-large", test_save_compact_when_large);
  g_test_add_func ("/io/save/read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/io/save/full-disk", test_save_full_disk);
  g_test_add_func ("/io/save/onto-folder", test_save_onto_folder);
  g_test_add_func ("/io/load/async", test_load_async);
  g_test_add_func ("/io/load/async-with-file", test_load_async_with_file);
  g_test_add_func ("/io/load/large-list", test_load_large_list);

  return g_test_run ();
}
