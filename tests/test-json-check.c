/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-json-check.c: the strict JSON reader refuses what RFC 8259 does not
 * allow, with its place, in valid UTF-8; unknown members come back from a
 * save as they were written; and hostile files are refused or loaded fast.
 * Each file in tests/data/hostile/ once crashed the app or was silently
 * changed (issue 13). */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-error.h"
#include "pp-json-check.h"
#include "pp-portfolio-io.h"

/* Far more than any of these needs, so that only a quadratic path fails,
 * even under the sanitizers. */
#define QUICKLY_USEC (5 * G_USEC_PER_SEC)

#define HEADER "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"T\""
#define E(code) PP_PORTFOLIO_ERROR_##code

typedef struct
{
  const char *file;      /* in tests/data/hostile/ */
  int code;
  const char *message;   /* the exact message */
} Case;

static const Case cases[] = {
  /* Opening it crashed the window; saving wrote bytes that did not reopen. */
  { "lone-high-surrogate.json", E (ENCODING),
    "1:59: “\\ud83d” is half of a character: the first half of a UTF-16 pair without its "
    "second half" },
  { "high-surrogate-then-letter.json", E (ENCODING),
    "1:59: “\\ud83d” is half of a character: the first half of a UTF-16 pair without its "
    "second half" },
  { "lone-low-surrogate.json", E (ENCODING),
    "1:59: “\\ude00” is half of a character: the second half of a UTF-16 pair without its "
    "first half" },
  /* These cut the text at the NUL, and made two ids one. */
  { "nul-escape.json", E (ENCODING),
    "2:22: a string holds “\\u0000”, a NUL character, which text may not contain" },
  { "nul-escape-ids.json", E (ENCODING),
    "2:23: a string holds “\\u0000”, a NUL character, which text may not contain" },
  /* The last one won: the first array of MoUs was silently dropped. */
  { "duplicate-mous.json", E (SYNTAX),
    "3:2: the member “mous” appears twice in the same object" },
  { "duplicate-escaped-name.json", E (SYNTAX),
    "1:63: the member “title” appears twice in the same object" },
  /* Not JSON, but json-glib accepted them. */
  { "single-quotes.json", E (SYNTAX),
    "1:49: JSON puts text and member names in double quotes (\"), not single quotes" },
  { "block-comment.json", E (SYNTAX), "1:62: JSON does not allow comments" },
  { "line-comment.json", E (SYNTAX), "2:1: JSON does not allow comments" },
  { "leading-dot.json", E (SYNTAX), "1:68: not a valid JSON number" },
  { "trailing-dot.json", E (SYNTAX), "1:68: not a valid JSON number" },
  { "leading-zero.json", E (SYNTAX), "1:68: not a valid JSON number" },
  { "plus-sign.json", E (SYNTAX), "1:68: not a valid JSON number" },
  { "nan.json", E (SYNTAX), "1:68: expected a value, found “NaN”" },
  { "escape-x.json", E (SYNTAX), "1:59: “\\x” is not an escape JSON allows in a string" },
  { "escape-uzzzz.json", E (SYNTAX),
    "1:59: “\\u” in a string must be followed by four hexadecimal digits" },
  { "trailing-comma-array.json", E (SYNTAX),
    "1:88: a comma before “]”: JSON allows no comma after the last element" },
  { "trailing-comma-object.json", E (SYNTAX),
    "1:62: a comma before “}”: JSON allows no comma after the last member" },
  { "raw-tab-in-string.json", E (SYNTAX),
    "1:60: control character U+0009 must be written as an escape in a string" },
  /* Messages that quoted raw bytes of the file, cut inside a character. */
  { "token-cut-in-character.json", E (SYNTAX),
    "1:58: expected a value, found “éééééééééééééééééééé…”" },
  { "bad-format-value.json", E (NOT_PORTFOLIO),
    "format: “line\\nbreak ééééééééééééééééééééééééééééééééééééééééééééééééé…” is not a "
    "Partnership Planner file format (expected “partnership-planner”)" },
};

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "hostile", name, NULL);
}

static void
assert_error (GError     *error,
              int         code,
              const char *message)
{
  g_assert_cmpstr (error != NULL ? error->message : "(no error)", ==, message);
  g_assert_error (error, PP_PORTFOLIO_ERROR, code);
  if (error != NULL)
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
test_fixture (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *path = fixture_path (c->file);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_file (file, NULL, &error);

  g_assert_null (portfolio);
  assert_error (error, c->code, c->message);
}

static PpPortfolio *
load_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_portfolio_load_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (portfolio);
  return portfolio;
}

/* A whole character written as a surrogate pair is fine. */
static void
test_surrogate_pair (void)
{
  g_autofree char *path = fixture_path ("surrogate-pair.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (pp_portfolio_get_title (portfolio), ==, "😀 smile");
}

/* Unknown members are written back as the file has them: numbers keep
 * their text (1e400 was saved as null, -0 as 0), and a second save gives
 * the same bytes. */
static void
test_unknown_members_verbatim (void)
{
  g_autofree char *path = fixture_path ("unknown-numbers.json");
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(PpPortfolio) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  const char *out;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  bytes = g_bytes_new (text, strlen (text));
  portfolio = load_bytes (bytes);
  saved = pp_portfolio_save_to_bytes (portfolio);
  out = g_bytes_get_data (saved, NULL);

  g_assert_nonnull (g_strstr_len (out, -1, "\"x-numbers\": [1e400, -0, 1.50, 1E+2, -0.0e-0]"));
  g_assert_nonnull (g_strstr_len (out, -1, "\"x-nested\": {\"b\": [ {\"c\": 1.0}, "
                                           "\"\\u00e9\\ud83d\\ude00\" ]}"));
  g_assert_nonnull (g_strstr_len (out, -1, "\"x-mou\": 2.50\n"));
  g_assert_nonnull (g_strstr_len (out, -1, "\"x-escaped\": true,\n"));

  again = load_bytes (saved);
  saved_again = pp_portfolio_save_to_bytes (again);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

/* 100,000 repeated keys took json-glib 222 s; they are refused at the
 * second one. */
static void
test_many_duplicate_keys (void)
{
  GString *text = g_string_new (HEADER ", \"x\": {");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  gint64 start;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "%s\"k\": %u", i > 0 ? ", " : "", i);
  g_string_append (text, "}}");
  bytes = g_string_free_to_bytes (text);

  start = g_get_monotonic_time ();
  portfolio = pp_portfolio_load_from_bytes (bytes, &error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, QUICKLY_USEC);
  g_assert_null (portfolio);
  assert_error (error, PP_PORTFOLIO_ERROR_SYNTAX,
                "1:77: the member “k” appears twice in the same object");
}

/* 100,000 different keys in one object load in linear time. */
static void
test_many_keys (void)
{
  GString *text = g_string_new (HEADER ", \"x\": {");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  gint64 start;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "%s\"k%u\": %u", i > 0 ? ", " : "", i, i);
  g_string_append (text, "}}");
  bytes = g_string_free_to_bytes (text);

  start = g_get_monotonic_time ();
  portfolio = load_bytes (bytes);
  g_assert_cmpint (g_get_monotonic_time () - start, <, QUICKLY_USEC);
}

/* The text of @levels nested arrays holding @n zeros in all, as in the
 * issue: 2.5 million zeros 62 deep in 4.8 MB. */
static GBytes *
deep_zeros (guint levels,
            guint n)
{
  GString *text = g_string_new (HEADER ", \"x\": ");
  guint per_leaf = 1000;

  for (guint i = 0; i < levels - 1; i++)
    g_string_append_c (text, '[');
  for (guint leaf = 0; leaf * per_leaf < n; leaf++)
    {
      g_string_append (text, leaf > 0 ? ",[0" : "[0");
      for (guint i = 1; i < per_leaf; i++)
        g_string_append (text, ",0");
      g_string_append_c (text, ']');
    }
  for (guint i = 0; i < levels - 1; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}");
  return g_string_free_to_bytes (text);
}

/* A file that loads saves into one that loads: the deep array of zeros
 * was written out with one line per zero, 307 MiB from 4.8 MB. */
static void
test_deep_zeros_save (void)
{
  g_autoptr(GBytes) bytes = deep_zeros (62, 2500000);
  g_autoptr(PpPortfolio) portfolio = load_bytes (bytes);
  g_autoptr(GBytes) saved = pp_portfolio_save_to_bytes (portfolio);
  g_autoptr(PpPortfolio) again = NULL;

  g_assert_cmpuint (g_bytes_get_size (bytes), >, 4 * 1000 * 1000);
  g_assert_cmpuint (g_bytes_get_size (saved), <, g_bytes_get_size (bytes) + 1000);
  again = load_bytes (saved);
}

/* 64 MiB of "{}," grew to 6.7 GB in 52 s; it is refused before anything
 * is made, at the first value over the limit. */
static void
test_many_values (void)
{
  gsize n = 64 * 1024 * 1024 / 3;
  GString *text = g_string_sized_new (n * 3 + 100);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autofree char *message = NULL;
  gint64 start;

  g_string_append (text, "[{}");
  for (gsize i = 1; i < n; i++)
    g_string_append_len (text, ",{}", 3);
  g_string_append (text, "]");
  bytes = g_string_free_to_bytes (text);

  start = g_get_monotonic_time ();
  portfolio = pp_portfolio_load_from_bytes (bytes, &error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, QUICKLY_USEC);
  g_assert_null (portfolio);
  /* The array is the first value, so the element of index LIMIT - 1 is
   * the first one over the limit, at column 2 + 3 × (LIMIT - 1). */
  message = g_strdup_printf ("1:%d: the file holds more than %d values, more than "
                             "Partnership Planner opens",
                             2 + 3 * (PP_MAX_VALUES - 1), PP_MAX_VALUES);
  assert_error (error, PP_PORTFOLIO_ERROR_LIMIT, message);
}

/* Whatever json-glib quoted in its messages, ours are valid UTF-8, and
 * strings in the model are valid UTF-8 without NUL. */
static void
test_excerpt (void)
{
  g_autofree char *cut = pp_json_check_excerpt ("aé\xff\nb", -1, 4);
  g_autofree char *whole = pp_json_check_excerpt ("é", -1, 1);

  g_assert_cmpstr (cut, ==, "aé\xef\xbf\xbd\\n…");
  g_assert_cmpstr (whole, ==, "é");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/json-check/refused/", cases[i].file, NULL);

      g_test_add_data_func (path, &cases[i], test_fixture);
    }
  g_test_add_func ("/json-check/surrogate-pair", test_surrogate_pair);
  g_test_add_func ("/json-check/unknown-members-verbatim", test_unknown_members_verbatim);
  g_test_add_func ("/json-check/many-duplicate-keys", test_many_duplicate_keys);
  g_test_add_func ("/json-check/many-keys", test_many_keys);
  g_test_add_func ("/json-check/deep-zeros-save", test_deep_zeros_save);
  g_test_add_func ("/json-check/many-values", test_many_values);
  g_test_add_func ("/json-check/excerpt", test_excerpt);

  return g_test_run ();
}
