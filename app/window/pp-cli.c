/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli.c: `partnership-planner --check FILE` and `--export FORMAT`.
 *
 * Uses only the core library, so it runs on a machine without a display.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pp-cli.h"
#include "pp-export.h"
#include "pp-portfolio-io.h"

/**
 * pp_cli_describe_error:
 *
 * Formats a load error the way compilers do: "FILE:line:column: message"
 * when the message starts with a position, else "FILE: message".
 */
char *
pp_cli_describe_error (const char   *path,
                       const GError *error)
{
  if (g_ascii_isdigit (error->message[0]))
    return g_strdup_printf ("%s:%s", path, error->message);
  return g_strdup_printf ("%s: %s", path, error->message);
}

static char *
describe_counts (PpPortfolio *portfolio)
{
  guint sectors = g_list_model_get_n_items (pp_portfolio_get_sectors (portfolio));
  guint organisations = g_list_model_get_n_items (pp_portfolio_get_organisations (portfolio));
  guint mous = g_list_model_get_n_items (pp_portfolio_get_mous (portfolio));
  guint ventures = g_list_model_get_n_items (pp_portfolio_get_ventures (portfolio));
  guint commitments = g_list_model_get_n_items (pp_portfolio_get_commitments (portfolio));
  g_autofree char *s = g_strdup_printf (ngettext ("%u sector", "%u sectors", sectors), sectors);
  g_autofree char *o = g_strdup_printf (ngettext ("%u organisation", "%u organisations",
                                                  organisations), organisations);
  g_autofree char *m = g_strdup_printf (ngettext ("%u MoU", "%u MoUs", mous), mous);
  g_autofree char *v = g_strdup_printf (ngettext ("%u venture", "%u ventures", ventures),
                                        ventures);
  g_autofree char *c = g_strdup_printf (ngettext ("%u commitment", "%u commitments",
                                                  commitments), commitments);

  /* Translators: a list of counts: "12 sectors, 14 organisations, 7 MoUs, …" */
  return g_strdup_printf (_("%s, %s, %s, %s, %s"), s, o, m, v, c);
}

/**
 * pp_cli_check:
 *
 * Loads and validates @path, printing one summary line on stdout, warnings
 * for inconsistent data on stderr, or the error on stderr.
 *
 * Returns: the exit status
 */
int
pp_cli_check (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *counts = NULL;

  portfolio = pp_portfolio_load_from_file (file, NULL, &error);
  if (portfolio == NULL)
    {
      g_autofree char *message = pp_cli_describe_error (path, error);

      fprintf (stderr, "%s\n", message);
      return PP_EXIT_BAD_INPUT;
    }

  problems = pp_portfolio_find_problems (portfolio);
  for (guint i = 0; i < problems->len; i++)
    /* Translators: "FILE: warning: ventures[1]: partner shares total 90 %, not 100 %" */
    fprintf (stderr, _("%s: warning: %s\n"), path, (const char *) problems->pdata[i]);

  counts = describe_counts (portfolio);
  /* Translators: the summary that --check prints for a valid file */
  printf (_("ok: %s\n"), counts);
  return PP_EXIT_OK;
}

static int
usage (const char *message)
{
  fprintf (stderr, "%s: %s\n", g_get_prgname (), message);
  fprintf (stderr, _("Run “%s --help” to see the options.\n"), g_get_prgname ());
  return PP_EXIT_USAGE;
}

/* Checks the request's words before anything is read or written. */
static int
parse_request (const PpCliExport *request,
               PpExportFormat    *format,
               PpExportOptions   *options)
{
  g_autofree char *message = NULL;

  if (!pp_export_format_from_name (request->format, format))
    {
      message = g_strdup_printf (_("Unknown export format “%s”: use pdf, html, md, csv, ics "
                                   "or xlsx"), request->format);
      return usage (message);
    }
  if (request->output == NULL || *request->output == '\0')
    return usage (_("--export needs --output PATH"));
  if (request->document != NULL && !pp_document_kind_from_name (request->document,
                                                                &options->document))
    {
      message = g_strdup_printf (_("Unknown document “%s”: use brief, venture or register"),
                                 request->document);
      return usage (message);
    }
  if (request->paper != NULL && !pp_paper_from_name (request->paper, &options->paper))
    {
      message = g_strdup_printf (_("Unknown paper “%s”: use a4 or letter"), request->paper);
      return usage (message);
    }
  if (request->venture != NULL && request->document != NULL &&
      options->document != PP_DOCUMENT_VENTURE)
    return usage (_("--venture goes with --document venture"));
  if (request->venture != NULL)
    {
      options->document = PP_DOCUMENT_VENTURE;
      options->venture_id = g_strdup (request->venture);
    }
  return PP_EXIT_OK;
}

static PpPortfolio *
load_input (const char *input)
{
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio;

  if (input == NULL)
    {
      portfolio = pp_portfolio_load_sample (&error);
      input = _("the bundled sample");
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (input);

      portfolio = pp_portfolio_load_from_file (file, NULL, &error);
    }
  if (portfolio == NULL)
    {
      g_autofree char *message = pp_cli_describe_error (input, error);

      fprintf (stderr, "%s\n", message);
    }
  return portfolio;
}

/**
 * pp_cli_export:
 *
 * Writes the document that @request asks for. The output file is written
 * whole or not at all.
 *
 * Returns: the exit status
 */
int
pp_cli_export (const PpCliExport *request)
{
  g_auto(PpExportOptions) options;
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GError) error = NULL;
  PpExportFormat format;
  int status;

  pp_export_options_init (&options);
  status = parse_request (request, &format, &options);
  if (status != PP_EXIT_OK)
    return status;

  portfolio = load_input (request->input);
  if (portfolio == NULL)
    return PP_EXIT_BAD_INPUT;

  output = g_file_new_for_commandline_arg (request->output);
  if (!pp_export_to_file (portfolio, format, &options, output, NULL, &error))
    {
      /* A venture id that the file does not have is the caller's mistake. */
      if (g_error_matches (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE) &&
          options.venture_id != NULL)
        return usage (error->message);
      /* Translators: "report.pdf: could not export: Permission denied" */
      fprintf (stderr, _("%s: could not export: %s\n"), request->output, error->message);
      return PP_EXIT_BAD_INPUT;
    }
  return PP_EXIT_OK;
}
