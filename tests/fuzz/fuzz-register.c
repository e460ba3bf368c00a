/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-register.c: the body of the register reader's fuzz target. Any bytes
 * are read as a register file (CSV or TSV text, an XLSX or ODS workbook,
 * chosen by the bytes as for a file sent by mail), and whatever reads is
 * imported into a small portfolio, which must then save into a file that
 * loads. A refusal must be a PP_IMPORT_ERROR in valid UTF-8, and every cell
 * and sheet name valid UTF-8, since GTK shows them as they are. */

#include "config.h"

#include "pp-fuzz.h"
#include "pp-import-mapping.h"
#include "pp-import-plan.h"
#include "pp-portfolio-io.h"
#include "pp-register-file.h"

static void
check_message (const GError *error,
               const char   *what)
{
  if (error == NULL)
    pp_fuzz_fail ("%s failed without an error", what);
  if (!g_utf8_validate (error->message, -1, NULL) || error->message[0] == '\0')
    pp_fuzz_fail ("%s failed with a message that is empty or not valid UTF-8", what);
}

static void
check_sheet (PpSheet *sheet)
{
  guint n_rows = pp_sheet_get_n_rows (sheet);

  if (!g_utf8_validate (pp_sheet_get_name (sheet), -1, NULL))
    pp_fuzz_fail ("a sheet's name is not valid UTF-8");
  for (guint row = 0; row < n_rows; row++)
    for (guint column = 0; column < pp_sheet_get_n_columns (sheet); column++)
      if (!g_utf8_validate (pp_sheet_get_cell (sheet, row, column), -1, NULL))
        pp_fuzz_fail ("the cell at row %u, column %u is not valid UTF-8", row + 1, column + 1);
}

/* What each input is imported into: a partnership with a sector, two
 * organisations and an MoU that tests/data/import/register.csv names, so
 * that rows are matched and updated as well as added. Far smaller than the
 * sample, whose loading and saving would take most of each run. */
static const char portfolio_json[] =
  "{\"format\": \"partnership-planner\", \"version\": 1, \"title\": \"Import\","
  " \"countries\": [\"PK\", \"BY\"], \"currency\": \"USD\","
  " \"sectors\": [{\"id\": \"mining\", \"name\": \"Mining\"}],"
  " \"organisations\": [{\"id\": \"belaz\", \"name\": \"BelAZ\", \"country\": \"BY\"},"
  " {\"id\": \"industry-pk\", \"name\": \"Ministry of Industry\", \"country\": \"PK\","
  " \"kind\": \"ministry\"}],"
  " \"mous\": [{\"id\": \"mining\", \"title\": \"Mining equipment MoU\","
  " \"sector\": \"mining\", \"parties\": [\"belaz\"], \"signed_on\": \"2025-04-12\"}]}";

static PpPortfolio *
new_portfolio (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (portfolio_json, sizeof portfolio_json - 1);
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_portfolio_load_from_bytes (bytes, &error);

  if (portfolio == NULL)
    pp_fuzz_fail ("the portfolio to import into does not load: %s", error->message);
  return portfolio;
}

static void
import_sheet (PpSheet *sheet)
{
  g_autoptr(PpPortfolio) portfolio = new_portfolio ();
  g_autoptr(PpHistory) history = pp_history_new (portfolio);
  g_autofree PpImportField *mapping = pp_import_guess_mapping (sheet);
  g_autoptr(PpImportPlan) plan = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(PpPortfolio) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  plan = pp_import_plan_new (portfolio, sheet, mapping, PP_DATE_ORDER_DAY_FIRST);
  if (!pp_import_plan_apply (plan, history, TRUE, &error))
    {
      check_message (error, "an import");
      return;
    }

  saved = pp_portfolio_save_to_bytes (portfolio);
  reloaded = pp_portfolio_load_from_bytes (saved, &error);
  if (reloaded == NULL)
    pp_fuzz_fail ("a portfolio saved after an import does not load: %s", error->message);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autofree char *detected = NULL;
  g_autoptr(GError) error = NULL;

  pp_fuzz_init ();
  bytes = g_bytes_new (data, size);
  sheets = pp_register_file_read (bytes, "register", NULL, &detected, &error);
  if (sheets == NULL)
    {
      check_message (error, "reading a register");
      if (error->domain != PP_IMPORT_ERROR)
        pp_fuzz_fail ("a register was refused outside PP_IMPORT_ERROR: %s", error->message);
      return 0;
    }

  for (guint i = 0; i < sheets->len; i++)
    {
      check_sheet (g_ptr_array_index (sheets, i));
      import_sheet (g_ptr_array_index (sheets, i));
    }
  return 0;
}
