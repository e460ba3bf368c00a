/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-portfolio.c: the body of the loader's fuzz targets. fuzz-load loads
 * any bytes as a portfolio; fuzz-round-trip (built with PP_FUZZ_ROUND_TRIP)
 * also saves whatever loads, loads the saved text again and saves that.
 *
 * A broken promise of the README calls abort (), so that libFuzzer keeps the
 * input: a refusal must be a PP_PORTFOLIO_ERROR whose message is valid UTF-8;
 * whatever loads must save into valid UTF-8 under the size limit that loads
 * again; and saving the reloaded portfolio must give the same bytes. The
 * sanitizers catch the rest. tests/fuzz/fuzz-replay.c runs the same body over
 * the seed corpus in the normal test suite. Each input is also read with the
 * text split between two threads half way, as a large file is, which must
 * give the same portfolio or the same refusal. */

#include "config.h"

#include <stdint.h>

#include "pp-error.h"
#include "pp-fuzz.h"
#include "pp-json-check.h"
#include "pp-portfolio-io.h"

static void
check_refusal (const GError *error)
{
  if (error == NULL || error->domain != PP_PORTFOLIO_ERROR)
    pp_fuzz_fail ("a file was refused without a PP_PORTFOLIO_ERROR: %s",
                  error != NULL ? g_quark_to_string (error->domain) : "no error at all");
  if (!g_utf8_validate (error->message, -1, NULL) || error->message[0] == '\0')
    pp_fuzz_fail ("a refusal's message is empty or not valid UTF-8");
}

static void
check_split (GBytes       *bytes,
             PpPortfolio  *portfolio,
             const GError *error)
{
  g_autoptr(PpPortfolio) split = NULL;
  g_autoptr(GError) split_error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_split = NULL;

  _pp_json_check_set_split (g_bytes_get_size (bytes) / 2);
  split = pp_portfolio_load_from_bytes (bytes, &split_error);
  _pp_json_check_set_split (-1);
  if (portfolio == NULL)
    {
      if (split != NULL || g_strcmp0 (error->message, split_error->message) != 0)
        pp_fuzz_fail ("read in two threads, a refused file gives “%s”, not “%s”",
                      split_error != NULL ? split_error->message : "no refusal",
                      error->message);
      return;
    }
  if (split == NULL)
    pp_fuzz_fail ("read in two threads, a file that loads is refused: %s", split_error->message);
  saved = pp_portfolio_save_to_bytes (portfolio);
  saved_split = pp_portfolio_save_to_bytes (split);
  if (!g_bytes_equal (saved, saved_split))
    pp_fuzz_fail ("read in two threads, a file loads into another portfolio");
}

#ifdef PP_FUZZ_ROUND_TRIP
static void
check_round_trip (PpPortfolio *portfolio)
{
  g_autoptr(GBytes) saved = pp_portfolio_save_to_bytes (portfolio);
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(PpPortfolio) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *text = g_bytes_get_data (saved, &size);

  if (size > PP_MAX_FILE_SIZE)
    pp_fuzz_fail ("a file that loads saves into %" G_GSIZE_FORMAT " bytes, over the limit", size);
  if (!g_utf8_validate_len (text, size, NULL))
    pp_fuzz_fail ("a file that loads saves into text that is not valid UTF-8");

  reloaded = pp_portfolio_load_from_bytes (saved, &error);
  if (reloaded == NULL)
    pp_fuzz_fail ("a file that loads saves into one that does not: %s\n%.*s",
                  error->message, (int) MIN (size, 4096), text);

  saved_again = pp_portfolio_save_to_bytes (reloaded);
  if (!g_bytes_equal (saved, saved_again))
    pp_fuzz_fail ("saving a saved file again changes it:\n%.*s\n---\n%.*s",
                  (int) MIN (size, 4096), text,
                  (int) MIN (g_bytes_get_size (saved_again), 4096),
                  (const char *) g_bytes_get_data (saved_again, NULL));
}
#endif

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;

  pp_fuzz_init ();
  bytes = g_bytes_new (data, size);
  portfolio = pp_portfolio_load_from_bytes (bytes, &error);
  if (portfolio == NULL)
    check_refusal (error);
  check_split (bytes, portfolio, error);
  if (portfolio == NULL)
    return 0;
  if (error != NULL)
    pp_fuzz_fail ("a file loaded and set an error too: %s", error->message);

#ifdef PP_FUZZ_ROUND_TRIP
  check_round_trip (portfolio);
#endif
  return 0;
}
