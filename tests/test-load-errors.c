/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-load-errors.c: every way a file can fail to load gives the right
 * error code and a message naming the place, and hostile input fails fast
 * instead of crashing. */

#include "config.h"

#include "pp-error.h"
#include "pp-portfolio-io.h"

/* The JSON below is written with ' for ", which check_case swaps back, so
 * that the cases stay readable. */
#define HEADER    "{'format': 'partnership-planner', 'version': 1, 'title': 'T'"
#define NO_TITLE  "{'format': 'partnership-planner', 'version': 1"
#define COUNTRIES "'countries': ['PK', 'BY'], "
#define SECTORS   "'sectors': [{'id': 'mining', 'name': 'Mining'}], "
#define ORGS      "'organisations': [{'id': 'pk-moi', 'name': 'Interior PK', 'country': 'PK'}, " \
                  "{'id': 'by-moi', 'name': 'Interior BY', 'country': 'BY'}], "
#define MOUS      "'mous': [{'id': 'mou-1', 'title': 'Mining MoU'}], "
#define MOU       "'mous': [{'id': 'm', 'title': 'M', "
#define VENTURE   "'ventures': [{'id': 'v', 'name': 'V', "
#define COMMIT    "'commitments': [{'id': 'c', 'title': 'C', "
#define SECTOR    "'sectors': [{'id': 's', 'name': 'S', "
#define ORG       "'organisations': [{'id': 'o', 'name': 'O', "
#define E(code)   PP_PORTFOLIO_ERROR_##code
#define LOADS     (-1)

#define NOT_PARTNER "“RU” is not one of the portfolio’s countries (PK, BY)"
#define NOT_OBJECT  "the top level is not an object, so this is not a Partnership Planner file"

/* How long a hostile input may take: far more than it needs, so that only
 * a quadratic or worse path fails, even under the sanitizers. */
#define QUICKLY_USEC (5 * G_USEC_PER_SEC)

typedef enum
{
  DOCUMENT,   /* json is the whole file */
  MEMBERS,    /* json is the members after a valid header */
} Kind;

typedef struct
{
  const char *name;      /* the test is /load/error/<name> */
  Kind kind;
  int code;              /* or LOADS */
  const char *json;
  const char *message;   /* the exact message */
} Case;

/* Consecutive cases with the same name make one test. */
static const Case cases[] = {
  { "empty", DOCUMENT, E (EMPTY), "", "the file is empty" },
  { "whitespace-only", DOCUMENT, E (EMPTY), " \n\t\r\n  ", "the file is empty" },

  { "not-object", DOCUMENT, E (NOT_PORTFOLIO), "[]", NOT_OBJECT },
  { "not-object", DOCUMENT, E (NOT_PORTFOLIO), "[" HEADER "}]", NOT_OBJECT },
  { "not-object", DOCUMENT, E (NOT_PORTFOLIO), "'text'", NOT_OBJECT },
  { "not-object", DOCUMENT, E (NOT_PORTFOLIO), "null", NOT_OBJECT },

  { "not-utf8", DOCUMENT, E (ENCODING), "\xff", "1:1: the file is not valid UTF-8 text" },
  { "not-utf8", DOCUMENT, E (ENCODING), "{'title': 'caf\xe9'}",
    "1:15: the file is not valid UTF-8 text" },
  /* A truncated sequence, and a UTF-16 surrogate encoded as UTF-8. */
  { "not-utf8", DOCUMENT, E (ENCODING), "{\n'title': 'na\xc3'}",
    "2:13: the file is not valid UTF-8 text" },
  { "not-utf8", DOCUMENT, E (ENCODING), "{'t': '\xed\xa0\x80'}",
    "1:8: the file is not valid UTF-8 text" },

  { "huge-integer", DOCUMENT, E (LIMIT), "{'n': 99999999999999999999}",
    "1:7: the number is too large" },
  { "huge-integer", DOCUMENT, E (LIMIT), "{'n': -99999999999999999999}",
    "1:7: the number is too large" },
  { "huge-integer", DOCUMENT, E (LIMIT), "{'n': 9223372036854775808}",
    "1:7: the number is too large" },
  { "huge-integer", DOCUMENT, E (LIMIT), "{\n'n': [1, 18446744073709551617]}",
    "2:10: the number is too large" },
  /* The largest gint64 is a valid amount, and digits in a string are text. */
  { "huge-integer", MEMBERS, LOADS, VENTURE "'budget': {'amount': 9223372036854775807}}]" },
  { "huge-integer", MEMBERS, LOADS, "'description': '99999999999999999999'" },

  /* json-glib 1.6 would read 0123 as octal 83 and 0x10 as 16. */
  { "not-json-number", MEMBERS, E (SYNTAX), VENTURE "'jobs': 0123}]",
    "1:109: not a valid JSON number" },
  { "not-json-number", MEMBERS, E (SYNTAX), VENTURE "'jobs': 0x10}]",
    "1:109: not a valid JSON number" },
  { "not-json-number", MEMBERS, E (SYNTAX), VENTURE "'jobs': -01}]",
    "1:109: not a valid JSON number" },
  { "not-json-number", MEMBERS, LOADS, VENTURE "'jobs': 0, 'partners': []}]" },

  { "missing-format", DOCUMENT, E (NOT_PORTFOLIO), "{'version': 1, 'title': 'T'}",
    "this is not a Partnership Planner file: it has no “format” member" },
  { "missing-version", DOCUMENT, E (MISSING), "{'format': 'partnership-planner'}",
    "version: required member is missing" },
  { "wrong-format", DOCUMENT, E (NOT_PORTFOLIO), "{'format': 'gantt', 'version': 1}",
    "format: “gantt” is not a Partnership Planner file format (expected “partnership-planner”)" },
  { "newer-version", DOCUMENT, E (VERSION),
    "{'format': 'partnership-planner', 'version': 2}",
    "version: the file is format version 2, written by a newer Partnership Planner; "
    "this version reads up to version 1" },
  { "missing-title", DOCUMENT, E (MISSING), NO_TITLE "}",
    "title: required member is missing" },
  { "empty-title", DOCUMENT, E (VALUE), NO_TITLE ", 'title': ''}",
    "title: must not be empty" },

  { "wrong-type", DOCUMENT, E (TYPE), NO_TITLE ", 'title': 5}",
    "title: expected a string, found a number" },
  { "wrong-type", DOCUMENT, E (TYPE), "{'format': 1}",
    "format: expected a string, found a number" },
  { "wrong-type", DOCUMENT, E (TYPE), "{'format': 'partnership-planner', 'version': '1'}",
    "version: expected a whole number, found a string" },
  { "wrong-type", MEMBERS, E (TYPE), "'sectors': {}",
    "sectors: expected an array, found an object" },
  { "wrong-type", MEMBERS, E (TYPE), "'sectors': [5]",
    "sectors[0]: expected an object, found a number" },
  { "wrong-type", MEMBERS, E (TYPE), "'sectors': [{'id': true}]",
    "sectors[0].id: expected a string, found a boolean" },
  { "wrong-type", MEMBERS, E (TYPE), SECTOR "'color': null}]",
    "sectors[0].color: expected a colour (#rrggbb), found null" },
  { "wrong-type", MEMBERS, E (TYPE), "'description': null",
    "description: expected a string, found null" },
  { "wrong-type", MEMBERS, E (TYPE), "'countries': 'PK'",
    "countries: expected an array of two country codes, found a string" },
  { "wrong-type", MEMBERS, E (TYPE), "'countries': ['PK', 5]",
    "countries[1]: expected a country code, found a number" },
  { "wrong-type", MEMBERS, E (TYPE), ORGS MOU "'parties': 'pk-moi'}]",
    "mous[0].parties: expected an array of ids, found a string" },
  { "wrong-type", MEMBERS, E (TYPE), ORGS MOU "'parties': ['pk-moi', 7]}]",
    "mous[0].parties[1]: expected an id (a string), found a number" },
  { "wrong-type", MEMBERS, E (TYPE), MOU "'renewal': []}]",
    "mous[0].renewal: expected an object, found an array" },
  { "wrong-type", MEMBERS, E (TYPE), MOU "'renewal': {'notice_days': '30'}}]",
    "mous[0].renewal.notice_days: expected a whole number, found a string" },
  { "wrong-type", MEMBERS, E (TYPE), MOU "'signed_on': 20250412}]",
    "mous[0].signed_on: expected a date (YYYY-MM-DD), found a number" },
  { "wrong-type", MEMBERS, E (TYPE), MOU "'follow_ups': [{'title': 'F', 'done': 'yes'}]}]",
    "mous[0].follow_ups[0].done: expected true or false, found a string" },
  { "wrong-type", MEMBERS, E (TYPE), COMMIT "'target': 1.5}]",
    "commitments[0].target: expected a whole number, found 1.5" },

  { "partner-organisation", MEMBERS, E (MISSING), VENTURE "'partners': [{}]}]",
    "ventures[0].partners[0].organisation: required member is missing" },
  { "partner-organisation", MEMBERS, E (TYPE), VENTURE "'partners': [{'organisation': 5}]}]",
    "ventures[0].partners[0].organisation: expected a string, found a number" },
  { "partner-organisation", MEMBERS, E (VALUE), VENTURE "'partners': [{'organisation': ''}]}]",
    "ventures[0].partners[0].organisation: must not be empty" },

  { "missing-id", MEMBERS, E (MISSING), "'sectors': [{'name': 'Mining'}]",
    "sectors[0].id: required member is missing" },
  { "missing-id", MEMBERS, E (MISSING), "'organisations': [{'name': 'O'}]",
    "organisations[0].id: required member is missing" },
  { "missing-id", MEMBERS, E (MISSING), "'ventures': [{'id': 'v', 'name': 'V'}, {'name': 'W'}]",
    "ventures[1].id: required member is missing" },
  { "missing-id", MEMBERS, E (MISSING), VENTURE "'milestones': [{'title': 'Start'}]}]",
    "ventures[0].milestones[0].id: required member is missing" },
  { "missing-id", MEMBERS, E (VALUE), "'commitments': [{'id': '', 'title': 'C'}]",
    "commitments[0].id: must not be empty" },

  { "missing-name", MEMBERS, E (MISSING), "'sectors': [{'id': 'mining'}]",
    "sectors[0].name: required member is missing" },
  { "missing-name", MEMBERS, E (MISSING), "'organisations': [{'id': 'o'}]",
    "organisations[0].name: required member is missing" },
  { "missing-name", MEMBERS, E (MISSING), "'mous': [{'id': 'm'}]",
    "mous[0].title: required member is missing" },
  { "missing-name", MEMBERS, E (VALUE), "'ventures': [{'id': 'v', 'name': ''}]",
    "ventures[0].name: must not be empty" },
  { "missing-name", MEMBERS, E (MISSING), VENTURE "'risks': [{'impact': 'low'}]}]",
    "ventures[0].risks[0].title: required member is missing" },

  { "contact-name", MEMBERS, E (MISSING), ORG "'contacts': [{'role': 'Director'}]}]",
    "organisations[0].contacts[0].name: required member is missing" },
  { "contacts-not-array", MEMBERS, E (TYPE), ORG "'contacts': {'name': 'A'}}]",
    "organisations[0].contacts: expected an array, found an object" },
  { "contact-email-type", MEMBERS, E (TYPE), ORG "'contacts': [{'name': 'A', 'email': 5}]}]",
    "organisations[0].contacts[0].email: expected a string, found a number" },

  { "duplicate-id", MEMBERS, E (DUPLICATE_ID), "'sectors': [{'id': 'mining', 'name': 'A'}, "
    "{'id': 'energy', 'name': 'B'}, {'id': 'mining', 'name': 'C'}]",
    "sectors[2].id: duplicate id “mining”" },
  { "duplicate-id", MEMBERS, E (DUPLICATE_ID),
    VENTURE "'milestones': [{'id': 'm1', 'title': 'A'}, {'id': 'm1', 'title': 'B'}]}]",
    "ventures[0].milestones[1].id: duplicate id “m1”" },

  { "unknown-status", MEMBERS, E (VALUE), MOU "'status': 'sgned'}]",
    "mous[0].status: unknown status “sgned”" },
  { "unknown-status", MEMBERS, E (VALUE), MOU "'status': 'Signed'}]",
    "mous[0].status: unknown status “Signed”" },
  { "unknown-status", MEMBERS, E (VALUE),
    VENTURE "'milestones': [{'id': 'a', 'title': 'A', 'status': 'over'}]}]",
    "ventures[0].milestones[0].status: unknown status “over”" },
  { "unknown-stage", MEMBERS, E (VALUE), VENTURE "'stage': 'launched'}]",
    "ventures[0].stage: unknown stage “launched”" },
  { "unknown-likelihood", MEMBERS, E (VALUE),
    VENTURE "'risks': [{'title': 'R', 'likelihood': 'likely'}]}]",
    "ventures[0].risks[0].likelihood: unknown likelihood “likely”" },
  { "unknown-likelihood", MEMBERS, E (VALUE),
    VENTURE "'risks': [{'title': 'R', 'impact': 'huge'}]}]",
    "ventures[0].risks[0].impact: unknown impact “huge”" },
  { "unknown-kind", MEMBERS, E (VALUE), ORG "'kind': 'ngo'}]",
    "organisations[0].kind: unknown kind “ngo”" },

  { "dangling-reference", MEMBERS, E (REFERENCE), SECTORS MOU "'sector': 'energy'}]",
    "mous[0].sector: no sector “energy”" },
  { "dangling-reference", MEMBERS, E (REFERENCE), ORGS MOU "'parties': ['pk-moi', 'by-mfa']}]",
    "mous[0].parties[1]: no organisation “by-mfa”" },
  { "dangling-reference", MEMBERS, E (REFERENCE), SECTORS VENTURE "'sector': 'energy'}]",
    "ventures[0].sector: no sector “energy”" },
  { "dangling-reference", MEMBERS, E (REFERENCE),
    ORGS VENTURE "'partners': [{'organisation': 'pk-moi'}, {'organisation': 'pk-x'}]}]",
    "ventures[0].partners[1].organisation: no organisation “pk-x”" },
  { "dangling-reference", MEMBERS, E (REFERENCE), MOUS VENTURE "'mous': ['mou-2']}]",
    "ventures[0].mous[0]: no MoU “mou-2”" },
  { "dangling-reference", MEMBERS, E (REFERENCE), MOUS COMMIT "'mou': 'mou-2'}]",
    "commitments[0].mou: no MoU “mou-2”" },

  { "impossible-date", MEMBERS, E (VALUE), MOU "'signed_on': '2025-02-30'}]",
    "mous[0].signed_on: impossible date “2025-02-30”" },
  { "impossible-date", MEMBERS, E (VALUE), MOU "'expires_on': '2025-13-01'}]",
    "mous[0].expires_on: impossible date “2025-13-01”" },
  { "impossible-date", MEMBERS, E (VALUE), MOU "'signed_on': '0000-01-01'}]",
    "mous[0].signed_on: impossible date “0000-01-01”" },
  { "impossible-date", MEMBERS, E (VALUE), MOU "'signed_on': '12/04/2025'}]",
    "mous[0].signed_on: “12/04/2025” is not a date (expected YYYY-MM-DD)" },
  { "impossible-date", MEMBERS, E (VALUE), VENTURE "'start_on': '2025-4-1'}]",
    "ventures[0].start_on: “2025-4-1” is not a date (expected YYYY-MM-DD)" },
  { "impossible-date", MEMBERS, E (VALUE),
    COMMIT "'progress': [{'on': '2025-02-29', 'value': 1}]}]",
    "commitments[0].progress[0].on: impossible date “2025-02-29”" },
  { "impossible-date", MEMBERS, LOADS, MOU "'signed_on': '2024-02-29'}]" },

  { "bad-country", MEMBERS, E (VALUE), "'countries': ['PK', 'XX']",
    "countries[1]: “XX” is not an ISO 3166-1 alpha-2 country code" },
  { "bad-country", MEMBERS, E (VALUE), "'countries': ['pk', 'BY']",
    "countries[0]: “pk” is not an ISO 3166-1 alpha-2 country code" },
  { "bad-country", MEMBERS, E (VALUE), "'countries': ['PK', 'BY', 'CN']",
    "countries: a partnership has two countries, not 3" },
  { "bad-country", MEMBERS, E (VALUE), "'countries': ['PK']",
    "countries: a partnership has two countries, not 1" },
  { "bad-country", MEMBERS, E (VALUE), "'countries': ['PK', 'PK']",
    "countries[1]: “PK” is listed twice" },
  { "bad-country", MEMBERS, E (VALUE), ORG "'country': 'ZZ'}]",
    "organisations[0].country: “ZZ” is not an ISO 3166-1 alpha-2 country code" },

  { "side-not-partner", MEMBERS, E (VALUE),
    COUNTRIES VENTURE "'milestones': [{'id': 'a', 'title': 'A', 'side': 'RU'}]}]",
    "ventures[0].milestones[0].side: " NOT_PARTNER },
  { "side-not-partner", MEMBERS, E (VALUE),
    COUNTRIES MOU "'follow_ups': [{'title': 'F', 'side': 'RU'}]}]",
    "mous[0].follow_ups[0].side: " NOT_PARTNER },
  { "side-not-partner", MEMBERS, E (VALUE), COUNTRIES COMMIT "'side': 'RU'}]",
    "commitments[0].side: " NOT_PARTNER },

  { "bad-currency", MEMBERS, E (VALUE), VENTURE "'budget': {'currency': 'USDX'}}]",
    "ventures[0].budget.currency: “USDX” is not an ISO 4217 currency code" },
  { "bad-currency", MEMBERS, E (VALUE), VENTURE "'budget': {'currency': 'usd'}}]",
    "ventures[0].budget.currency: “usd” is not an ISO 4217 currency code" },
  { "bad-currency", MEMBERS, E (VALUE), "'currency': 'EURO'",
    "currency: “EURO” is not an ISO 4217 currency code" },
  { "bad-currency", MEMBERS, E (TYPE), "'currency': 978",
    "currency: expected a string, found a number" },

  { "bad-color", MEMBERS, E (VALUE), SECTOR "'color': 'red'}]",
    "sectors[0].color: “red” is not a colour (expected #rrggbb)" },
  { "bad-color", MEMBERS, E (VALUE), SECTOR "'color': '#12345g'}]",
    "sectors[0].color: “#12345g” is not a colour (expected #rrggbb)" },
  { "bad-color", MEMBERS, E (VALUE), SECTOR "'color': '#1234567'}]",
    "sectors[0].color: “#1234567” is not a colour (expected #rrggbb)" },

  { "out-of-range", DOCUMENT, E (VALUE), "{'format': 'partnership-planner', 'version': 0}",
    "version: 0 is out of range (1 to 2147483647)" },
  { "out-of-range", MEMBERS, E (VALUE), VENTURE "'jobs': -5}]",
    "ventures[0].jobs: -5 is out of range (0 to 2147483647)" },
  { "out-of-range", MEMBERS, E (VALUE), MOU "'renewal': {'notice_days': 5000}}]",
    "mous[0].renewal.notice_days: 5000 is out of range (0 to 3650)" },
  { "out-of-range", MEMBERS, E (VALUE),
    ORGS VENTURE "'partners': [{'organisation': 'pk-moi', 'share_percent': 150}]}]",
    "ventures[0].partners[0].share_percent: 150 is out of range (0 to 100)" },
  { "out-of-range", MEMBERS, E (VALUE), VENTURE "'budget': {'amount': -1}}]",
    "ventures[0].budget.amount: -1 is out of range (0 to 9223372036854775807)" },
};

/* Logs the start of @json escaped: invalid UTF-8 or a line of 100 kB would
 * garble the TAP output. */
static void
log_input (const char *json)
{
  g_autofree char *start = g_strndup (json, 200);
  g_autofree char *escaped = g_strescape (start, NULL);

  g_test_message ("input: %s%s", escaped, strlen (json) > 200 ? "…" : "");
}

/* Asserts that @bytes fails to load with @code and exactly @message. The
 * message comes first so that a failure shows which case it is. */
static void
assert_load_error (GBytes     *bytes,
                   int         code,
                   const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (bytes, &error);

  g_assert_null (portfolio);
  g_assert_cmpstr (error != NULL ? error->message : "(no error)", ==, message);
  g_assert_error (error, PP_PORTFOLIO_ERROR, code);
}

static void
assert_loads (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (portfolio);
}

/* Swaps the ' of the readable JSON for ". */
static GBytes *
json_bytes (const char *text)
{
  char *json = g_strdelimit (g_strdup (text), "'", '"');

  return g_bytes_new_take (json, strlen (json));
}

static void
check_case (const Case *c)
{
  g_autofree char *text = c->kind == MEMBERS ? g_strconcat (HEADER ", ", c->json, "}", NULL)
                                             : g_strdup (c->json);
  g_autoptr(GBytes) bytes = json_bytes (text);

  log_input (text);
  if (c->code == LOADS)
    assert_loads (bytes);
  else
    assert_load_error (bytes, c->code, c->message);
}

/* Runs the cases that share the name of @data. */
static void
test_cases (gconstpointer data)
{
  const Case *first = data;

  /* A crash in the core then fails this test only, not the whole run. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  for (const Case *c = first; c < cases + G_N_ELEMENTS (cases); c++)
    if (g_str_equal (c->name, first->name))
      check_case (c);
}

static void
assert_syntax_error (const char *json,
                     const char *message)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));

  log_input (json);
  assert_load_error (bytes, PP_PORTFOLIO_ERROR_SYNTAX, message);
}

static void
test_syntax (void)
{
  assert_syntax_error ("{\"format\": }", "1:12: expected a value, found “}”");
  assert_syntax_error ("{\"format\": \"partnership-planner\"",
                       "1:33: the file ends before its JSON text is complete");
  assert_syntax_error ("{\"title\": \"unterminated", "1:11: the string is not closed");
  assert_syntax_error ("{\n  \"format\": \"partnership-planner\",\n  \"version\": 1\n"
                       "  \"title\": \"T\"\n}",
                       "4:3: expected “,” or “}” after a member of an object, found “\"title\"”");
  assert_syntax_error ("{} trailing", "1:4: there is more text after the end of the JSON data");
  assert_syntax_error ("{\"sectors\": [{},]}",
                       "1:17: a comma before “]”: JSON allows no comma after the last element");
}

static void
test_no_data (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new (NULL, 0);

  assert_load_error (bytes, PP_PORTFOLIO_ERROR_EMPTY, "the file is empty");
}

static void
test_nul_byte (void)
{
  static const char inner[] = "{\0}";
  static const char after[] = "{}\0";
  g_autoptr(GBytes) inner_bytes = g_bytes_new_static (inner, sizeof inner - 1);
  g_autoptr(GBytes) after_bytes = g_bytes_new_static (after, sizeof after - 1);

  assert_load_error (inner_bytes, PP_PORTFOLIO_ERROR_ENCODING,
                     "1:2: the file contains a NUL byte");
  assert_load_error (after_bytes, PP_PORTFOLIO_ERROR_ENCODING,
                     "1:3: the file contains a NUL byte");
}

static void
test_too_deep (void)
{
  g_autofree char *brackets = g_strnfill (100000, '[');
  GString *braces = g_string_new (NULL);
  g_autoptr(GBytes) arrays = g_bytes_new_static (brackets, 100000);
  g_autoptr(GBytes) objects = NULL;
  gint64 start;

  for (guint i = 0; i < 100000; i++)
    g_string_append (braces, "{\"a\":");
  objects = g_string_free_to_bytes (braces);
  start = g_get_monotonic_time ();

  /* json-glib 1.6 would recurse once per level and overflow the stack. */
  assert_load_error (arrays, PP_PORTFOLIO_ERROR_LIMIT, "1:65: nested more than 64 levels deep");
  assert_load_error (objects, PP_PORTFOLIO_ERROR_LIMIT, "1:321: nested more than 64 levels deep");
  g_assert_cmpint (g_get_monotonic_time () - start, <, QUICKLY_USEC);
}

/* A portfolio whose unknown member "x", on line 2, nests @levels arrays. */
static GBytes *
nested_in_unknown_member (guint levels)
{
  g_autofree char *open = g_strnfill (levels, '[');
  g_autofree char *close = g_strnfill (levels, ']');
  g_autofree char *text = g_strconcat (HEADER ",\n 'x': ", open, close, "}", NULL);

  return json_bytes (text);
}

static void
test_deep_in_unknown_member (void)
{
  g_autoptr(GBytes) deepest = nested_in_unknown_member (63);
  g_autoptr(GBytes) too_deep = nested_in_unknown_member (200);

  /* The top-level object is the first level, so 63 more is the limit. */
  assert_loads (deepest);
  assert_load_error (too_deep, PP_PORTFOLIO_ERROR_LIMIT, "2:70: nested more than 64 levels deep");
}

static void
test_brackets_in_strings (void)
{
  g_autofree char *brackets = g_strnfill (100000, '[');
  g_autofree char *text = g_strconcat (HEADER ", 'description': '\\\\\\'", brackets, "'}", NULL);
  g_autoptr(GBytes) bytes = json_bytes (text);

  /* An escaped backslash, an escaped quote, then brackets that are text. */
  assert_loads (bytes);
}

static void
test_missing_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "no-such-file.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_file (file, NULL, &error);

  g_assert_null (portfolio);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  if (error != NULL)
    g_assert_cmpstr (error->message, ==, "no such file");
}

static void
test_directory (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_file (file, NULL, &error);

  g_assert_null (portfolio);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  if (error != NULL)
    g_assert_cmpstr (error->message, ==, "it is a folder, not a file");
}

static void
test_huge_title (void)
{
  gsize size = 10 * 1024 * 1024;
  g_autofree char *title = g_strnfill (size, 'a');
  g_autofree char *text = g_strconcat (NO_TITLE ", 'title': '", title, "'}", NULL);
  g_autoptr(GBytes) bytes = json_bytes (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (portfolio);
  if (portfolio != NULL)
    g_assert_cmpuint (strlen (pp_portfolio_get_title (portfolio)), ==, size);
}

static void
test_many_empty_sectors (void)
{
  GString *text = g_string_new (HEADER ", 'sectors': [{}");
  g_autoptr(GBytes) bytes = NULL;
  gint64 start;

  for (guint i = 1; i < 200000; i++)
    g_string_append (text, ",{}");
  g_string_append (text, "]}");
  g_strdelimit (text->str, "'", '"');
  bytes = g_string_free_to_bytes (text);

  start = g_get_monotonic_time ();
  assert_load_error (bytes, PP_PORTFOLIO_ERROR_MISSING,
                     "sectors[0].id: required member is missing");
  g_assert_cmpint (g_get_monotonic_time () - start, <, QUICKLY_USEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Report every failing case of a test, not only the first. */
  g_test_set_nonfatal_assertions ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = NULL;

      if (i > 0 && g_str_equal (cases[i].name, cases[i - 1].name))
        continue;
      path = g_strconcat ("/load/error/", cases[i].name, NULL);
      g_test_add_data_func (path, &cases[i], test_cases);
    }

  g_test_add_func ("/load/error/syntax", test_syntax);
  g_test_add_func ("/load/error/no-data", test_no_data);
  g_test_add_func ("/load/error/nul-byte", test_nul_byte);
  g_test_add_func ("/load/error/too-deep", test_too_deep);
  g_test_add_func ("/load/error/deep-in-unknown-member", test_deep_in_unknown_member);
  g_test_add_func ("/load/error/brackets-in-strings", test_brackets_in_strings);
  g_test_add_func ("/load/error/missing-file", test_missing_file);
  g_test_add_func ("/load/error/directory", test_directory);
  g_test_add_func ("/load/hostile/huge-title", test_huge_title);
  g_test_add_func ("/load/hostile/many-empty-sectors", test_many_empty_sectors);

  return g_test_run ();
}
