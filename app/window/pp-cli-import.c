/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli-import.c: importing a register from the command line, into a new
 * portfolio (--output) or an existing one (--into).
 *
 * Nothing is written unless every row can be read, or --skip-bad says to
 * leave out those that cannot; an existing portfolio is replaced atomically
 * and its previous contents kept as "FILE~".
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "pp-cli-import.h"
#include "pp-file-read.h"
#include "pp-import-plan.h"
#include "pp-iso-codes.h"
#include "pp-portfolio-io.h"
#include "pp-register-file.h"

typedef struct
{
  const PpCliImport *request;
  PpSheet *sheet;             /* the sheet imported, owned by sheets */
  gboolean workbook;          /* whether the register has named sheets */
  PpImportField *mapping;
  PpDateOrder order;
} Import;

/* Whether two command-line paths name one file, also through a symlink,
 * a hard link or another spelling of the path. */
static gboolean
same_file (const char *a,
           const char *b)
{
  g_autoptr(GFile) file_a = g_file_new_for_commandline_arg (a);
  g_autoptr(GFile) file_b = g_file_new_for_commandline_arg (b);

  return pp_file_same (file_a, file_b);
}

static int
check_request (const PpCliImport *request,
               PpDateOrder       *order)
{
  if ((request->output == NULL) == (request->into == NULL))
    return pp_cli_usage (_("--import needs either --output NEW.json or --into EXISTING.json"));
  if (request->output != NULL && request->countries == NULL)
    return pp_cli_usage (_("--import with --output needs --countries AA,BB"));
  if (request->into != NULL && request->register_path != NULL
      && same_file (request->register_path, request->into))
    {
      g_autofree char *message = g_strdup_printf (_("--into “%s” is the register being "
                                                    "imported; give the portfolio to import "
                                                    "into"), request->into);
      return pp_cli_usage (message);
    }
  if (request->into != NULL && (request->countries != NULL || request->title != NULL))
    return pp_cli_usage (_("--countries and --title go with --output: a portfolio given "
                           "with --into keeps its own"));
  *order = PP_DATE_ORDER_UNKNOWN;
  if (g_strcmp0 (request->dates, "day-first") == 0)
    *order = PP_DATE_ORDER_DAY_FIRST;
  else if (g_strcmp0 (request->dates, "month-first") == 0)
    *order = PP_DATE_ORDER_MONTH_FIRST;
  else if (request->dates != NULL)
    return pp_cli_usage (_("--dates is day-first or month-first"));
  return PP_EXIT_OK;
}

static GPtrArray *
read_register (Import *self,
               int    *status)
{
  const PpCliImport *request = self->request;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (request->register_path);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *detected = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *sheets = NULL;

  *status = PP_EXIT_BAD_INPUT;
  bytes = pp_register_file_load (file, &error);
  if (bytes != NULL)
    sheets = pp_register_file_read (bytes, name, request->encoding, &detected, &error);
  if (sheets == NULL)
    {
      /* An encoding that iconv does not know is a mistake on the command line. */
      if (request->encoding != NULL && g_error_matches (error, PP_IMPORT_ERROR,
                                                        PP_IMPORT_ERROR_ENCODING))
        *status = PP_EXIT_USAGE;
      fprintf (stderr, "%s: %s\n", request->register_path, error->message);
      return NULL;
    }
  /* Only a text register has an encoding; a workbook has named sheets. */
  self->workbook = detected == NULL;
  *status = PP_EXIT_OK;
  return sheets;
}

static int
choose_sheet (Import    *self,
              GPtrArray *sheets)
{
  g_autofree char *message = NULL;

  if (self->request->sheet == NULL)
    {
      self->sheet = g_ptr_array_index (sheets, 0);
      return PP_EXIT_OK;
    }
  for (guint i = 0; i < sheets->len; i++)
    if (g_strcmp0 (pp_sheet_get_name (g_ptr_array_index (sheets, i)), self->request->sheet) == 0)
      {
        self->sheet = g_ptr_array_index (sheets, i);
        return PP_EXIT_OK;
      }
  message = g_strdup_printf (_("%s has no sheet “%s”"), self->request->register_path,
                             self->request->sheet);
  return pp_cli_usage (message);
}

/* The guessed mapping, with each --map COLUMN=FIELD laid over it. */
static int
make_mapping (Import *self)
{
  self->mapping = pp_import_guess_mapping (self->sheet);
  for (guint i = 0; self->request->map != NULL && self->request->map[i] != NULL; i++)
    {
      const char *text = self->request->map[i];
      const char *equals = strrchr (text, '=');
      g_autofree char *column_name = equals != NULL ? g_strndup (text, equals - text) : NULL;
      g_autofree char *message = NULL;
      PpImportField field;
      guint column;

      if (equals == NULL || !pp_import_field_from_nick (equals + 1, &field))
        message = g_strdup_printf (_("--map %s: write COLUMN=FIELD, FIELD being title, sector, "
                                     "status, parties, signed, effective, expires, renewal, "
                                     "notice, summary, follow-up or ignore"), text);
      else if (!pp_import_find_column (self->sheet, column_name, &column))
        message = g_strdup_printf (_("--map %s: the register has no column “%s”"), text,
                                   column_name);
      if (message != NULL)
        return pp_cli_usage (message);
      for (guint j = 0; j < pp_sheet_get_n_columns (self->sheet) && field != PP_IMPORT_FIELD_IGNORE;
           j++)
        if (self->mapping[j] == field)
          self->mapping[j] = PP_IMPORT_FIELD_IGNORE;
      self->mapping[column] = field;
    }
  return PP_EXIT_OK;
}

static PpPortfolio *
new_portfolio (const PpCliImport *request,
               int               *status)
{
  g_auto(GStrv) codes = g_strsplit (request->countries, ",", -1);
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autofree char *title = NULL;

  *status = PP_EXIT_USAGE;
  if (g_strv_length (codes) != 2 || !pp_iso_country_is_valid (g_strstrip (codes[0]))
      || !pp_iso_country_is_valid (g_strstrip (codes[1])) || g_str_equal (codes[0], codes[1]))
    {
      g_autofree char *message = g_strdup_printf (_("--countries %s: give two different "
                                                    "ISO 3166 codes, such as PK,BY"),
                                                  request->countries);
      pp_cli_usage (message);
      return NULL;
    }
  portfolio = pp_portfolio_new ();
  pp_country_pair_set (pp_portfolio_get_countries (portfolio), codes[0], codes[1]);
  if (request->title != NULL)
    title = g_strdup (request->title);
  else
    {
      g_autofree char *base = g_path_get_basename (request->register_path);

      title = g_strndup (base, strcspn (base, "."));
    }
  pp_portfolio_set_title (portfolio, title);
  *status = PP_EXIT_OK;
  return g_steal_pointer (&portfolio);
}

static PpPortfolio *
load_target (const PpCliImport *request,
             int               *status)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio;

  if (request->output != NULL)
    {
      file = g_file_new_for_commandline_arg (request->output);
      if (g_file_query_exists (file, NULL))
        {
          *status = PP_EXIT_BAD_INPUT;
          fprintf (stderr, _("%s: already exists; use --into to import into it\n"),
                   request->output);
          return NULL;
        }
      return new_portfolio (request, status);
    }
  file = g_file_new_for_commandline_arg (request->into);
  portfolio = pp_portfolio_load_from_file (file, NULL, &error);
  if (portfolio == NULL)
    {
      g_autofree char *message = pp_cli_describe_error (request->into, error);

      fprintf (stderr, "%s\n", message);
      *status = PP_EXIT_BAD_INPUT;
    }
  return portfolio;
}

/* "REGISTER:ROW:COLUMN: reason", with the sheet before the row for a workbook
 * and the column left out for a whole row. */
static void
report_problems (Import       *self,
                 PpImportPlan *plan)
{
  GPtrArray *problems = pp_import_plan_get_problems (plan);

  for (guint i = 0; i < problems->len; i++)
    {
      PpImportProblem *problem = g_ptr_array_index (problems, i);
      g_autoptr(GString) place = g_string_new (self->request->register_path);

      if (self->workbook)
        g_string_append_printf (place, ":%s", pp_sheet_get_name (self->sheet));
      g_string_append_printf (place, ":%u", problem->row);
      if (problem->column != G_MAXUINT)
        g_string_append_printf (place, ":%u", problem->column + 1);
      fprintf (stderr, "%s: %s\n", place->str, problem->message);
    }
}

static int
save (const PpCliImport *request,
      PpPortfolio       *portfolio)
{
  const char *path = request->output != NULL ? request->output : request->into;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (!pp_portfolio_save_to_file (portfolio, file, NULL, &error))
    {
      /* Translators: "new.json: could not save: Permission denied" */
      fprintf (stderr, _("%s: could not save: %s\n"), path, error->message);
      return PP_EXIT_BAD_INPUT;
    }
  return PP_EXIT_OK;
}

static int
run (Import      *self,
     PpPortfolio *portfolio)
{
  g_autoptr(PpImportPlan) plan = pp_import_plan_new (portfolio, self->sheet, self->mapping,
                                                     self->order);
  g_autoptr(PpHistory) history = pp_history_new (portfolio);
  g_autoptr(GError) error = NULL;
  guint added = pp_import_plan_get_n_added (plan);
  guint updated = pp_import_plan_get_n_updated (plan);
  g_autofree char *added_text = g_strdup_printf (ngettext ("%u MoU added", "%u MoUs added",
                                                           added), added);
  /* Translators: how many MoUs an import updated, "2 updated" */
  g_autofree char *updated_text = g_strdup_printf (ngettext ("%u updated", "%u updated",
                                                             updated), updated);
  int status;

  report_problems (self, plan);
  if (!pp_import_plan_apply (plan, history, self->request->skip_bad, &error))
    {
      fprintf (stderr, _("%s: nothing imported: %s (--skip-bad leaves them out)\n"),
               self->request->register_path, error->message);
      return PP_EXIT_BAD_INPUT;
    }
  status = save (self->request, portfolio);
  if (status == PP_EXIT_OK)
    /* Translators: "imported: 12 MoUs added, 3 updated" */
    printf (_("imported: %s, %s\n"), added_text, updated_text);
  return status;
}

/**
 * pp_cli_import:
 *
 * Imports the register that @request names.
 *
 * Returns: the exit status
 */
int
pp_cli_import (const PpCliImport *request)
{
  Import self = { request, NULL, FALSE, NULL, PP_DATE_ORDER_UNKNOWN };
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  int status = check_request (request, &self.order);

  if (status == PP_EXIT_OK)
    sheets = read_register (&self, &status);
  if (status == PP_EXIT_OK)
    status = choose_sheet (&self, sheets);
  if (status == PP_EXIT_OK)
    status = make_mapping (&self);
  if (status == PP_EXIT_OK)
    portfolio = load_target (request, &status);
  if (status == PP_EXIT_OK)
    status = run (&self, portfolio);
  g_free (self.mapping);
  return status;
}
