/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli.c: the command line: `--check FILE`, `--export FORMAT`, `--import
 * REGISTER`, `--diff OLD NEW`, `--merge BASE OURS THEIRS`, `--history FILE` and
 * `--version`, and which options go together.
 *
 * Uses only the core library, so it runs on a machine without a display.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pp-cli.h"
#include "pp-cli-diff.h"
#include "pp-cli-import.h"
#include "pp-cli-merge.h"
#include "pp-cli-report.h"
#include "pp-cli-versions.h"
#include "pp-export.h"
#include "pp-file-read.h"
#include "pp-portfolio-io.h"
#include "pp-version-spec.h"

/* For --help; GApplication parses nothing with these. */
static const GOptionEntry entries[] = {
  { "check", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check that FILE is a valid portfolio, print a summary and exit"), N_("FILE") },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export FILE, or the bundled sample, as FORMAT (pdf, html, md, csv, ics, xlsx) and exit"),
    N_("FORMAT") },
  { "merge", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Merge the changes of two copies, OURS and THEIRS, since their common version BASE "
       "into --output, as a git merge driver does (arguments: BASE OURS THEIRS)"), NULL },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --export writes, the new portfolio --import makes, or the result of --merge"),
    N_("PATH") },
  { "document", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("What --export writes: brief (the default), venture or register"), N_("DOCUMENT") },
  { "venture", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The venture of --document venture (every venture when left out)"), N_("ID") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The paper of a PDF: a4 (the default) or letter"),
    N_("PAPER") },
  { "since", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the brief --export writes with what changed since the earlier version FILE"),
    N_("FILE") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the MoUs of a register (CSV, TSV, XLSX or ODS) into --output or --into"),
    N_("REGISTER") },
  { "into", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The existing portfolio --import adds to (kept as FILE~)"), N_("FILE") },
  { "countries", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The two countries of a new portfolio from --import, such as PK,BY"), N_("AA,BB") },
  { "title", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The title of a new portfolio from --import"), N_("TITLE") },
  { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Read a register's column (header, letter or number) as FIELD; may be repeated"),
    N_("COLUMN=FIELD") },
  { "sheet", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The sheet of a workbook to import"),
    N_("NAME") },
  { "encoding", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The encoding of a text register (found out when left out)"), N_("NAME") },
  { "dates", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("How to read dates such as 04/05/2025: day-first or month-first"), N_("ORDER") },
  { "skip-bad", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Import the rows that can be read and list the others"), NULL },
  { "diff", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print what changed from the portfolio OLD to the one NEW and exit (0 the same, "
       "1 different)"), N_("OLD NEW") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("How --diff prints the changes: text (the default) or json"), N_("FORMAT") },
  { "history", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the saved versions of FILE, newest first, one a line, and exit"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { NULL }
};

typedef struct
{
  char *check;
  char *export;
  gboolean merge;
  char *output;
  char *document;
  char *venture;
  char *paper;
  char *since;
  char *import;
  char *diff;
  char *format;
  char *into;
  char *countries;
  char *title;
  GStrv map;
  char *sheet;
  char *encoding;
  char *dates;
  gboolean skip_bad;
  char *history;
  gboolean version;
  gboolean help;
  gboolean service;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->check);
  g_free (o->export);
  g_free (o->output);
  g_free (o->document);
  g_free (o->venture);
  g_free (o->paper);
  g_free (o->since);
  g_free (o->import);
  g_free (o->diff);
  g_free (o->format);
  g_free (o->into);
  g_free (o->countries);
  g_free (o->title);
  g_strfreev (o->map);
  g_free (o->sheet);
  g_free (o->encoding);
  g_free (o->dates);
  g_free (o->history);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

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

/* --check prints this many warnings, then how many more there are: tens of
 * thousands one a line would take longer to print than to find, and no
 * one reads them. */
#define MAX_WARNINGS 100

static void
print_warnings (const char *path,
                GPtrArray  *problems)
{
  guint shown = MIN (problems->len, MAX_WARNINGS);

  for (guint i = 0; i < shown; i++)
    /* Translators: "FILE: warning: ventures[1]: partner shares total 90 %, not 100 %" */
    fprintf (stderr, _("%s: warning: %s\n"), path, (const char *) problems->pdata[i]);
  if (problems->len > shown)
    /* Translators: --check prints the first hundred warnings, then this
     * line for the rest; %s is the file, %u how many warnings are left. */
    fprintf (stderr, ngettext ("%s: … and %u more warning\n", "%s: … and %u more warnings\n",
                               problems->len - shown),
             path, problems->len - shown);
}

/* What --check loaded, kept until the process exits right after, as is the
 * parse tree it was read from: freeing a large portfolio object by object
 * takes longer than checking it. Being reachable from here, it is not a
 * leak to the sanitizers' leak checker. */
static PpPortfolio *checked;

/**
 * pp_cli_check:
 *
 * Loads and validates @path, printing one summary line on stdout, warnings
 * for inconsistent data on stderr (the first %MAX_WARNINGS of them, then
 * how many more), or the error on stderr.
 *
 * Returns: the exit status
 */
int
pp_cli_check (const char *path)
{
  PpPortfolio *portfolio;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *counts = NULL;

  pp_portfolio_keep_parse_trees ();
  portfolio = pp_cli_load (path);
  if (portfolio == NULL)
    return PP_EXIT_BAD_INPUT;
  g_clear_object (&checked);
  checked = portfolio;

  problems = pp_portfolio_find_problems (portfolio);
  print_warnings (path, problems);

  counts = describe_counts (portfolio);
  /* Translators: the summary that --check prints for a valid file */
  printf (_("ok: %s\n"), counts);
  return PP_EXIT_OK;
}

/* Checks the request's words before anything is read or written. */
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
parse_request (const PpCliExport *request,
               PpExportFormat    *format,
               PpExportOptions   *options)
{
  g_autofree char *message = NULL;

  if (!pp_export_format_from_name (request->format, format))
    {
      message = g_strdup_printf (_("Unknown export format “%s”: use pdf, html, md, csv, ics "
                                   "or xlsx"), request->format);
      return pp_cli_usage (message);
    }
  if (request->output == NULL || *request->output == '\0')
    return pp_cli_usage (_("--export needs --output PATH"));
  if (request->input != NULL && same_file (request->input, request->output))
    {
      /* Writing a document over the portfolio would destroy it. */
      message = g_strdup_printf (_("--output “%s” is the portfolio being exported; "
                                   "give another file"), request->output);
      return pp_cli_usage (message);
    }
  if (request->document != NULL && !pp_document_kind_from_name (request->document,
                                                                &options->document))
    {
      message = g_strdup_printf (_("Unknown document “%s”: use brief, venture or register"),
                                 request->document);
      return pp_cli_usage (message);
    }
  if (request->paper != NULL && !pp_paper_from_name (request->paper, &options->paper))
    {
      message = g_strdup_printf (_("Unknown paper “%s”: use a4 or letter"), request->paper);
      return pp_cli_usage (message);
    }
  if (request->venture != NULL && request->document != NULL &&
      options->document != PP_DOCUMENT_VENTURE)
    return pp_cli_usage (_("--venture goes with --document venture"));
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

  if (input != NULL)
    return pp_cli_load (input);
  portfolio = pp_portfolio_load_sample (&error);
  if (portfolio == NULL)
    {
      g_autofree char *message = pp_cli_describe_error (_("the bundled sample"), error);

      fprintf (stderr, "%s\n", message);
    }
  return portfolio;
}

/* The brief's baseline: a file, FILE@VERSION, or a version of the file
 * being exported (a tag such as "jwg-3", an id, "HEAD~2"). */
static gboolean
load_baseline (const PpCliExport *request,
               PpExportOptions   *options)
{
  g_autoptr(GFile) file = request->input != NULL ? g_file_new_for_commandline_arg (request->input)
                                                 : NULL;
  g_autoptr(GError) error = NULL;
  char *label = NULL;

  options->baseline = pp_version_load_baseline (file, request->since, &label, &error);
  if (options->baseline == NULL)
    {
      g_autofree char *message = pp_cli_describe_error (request->since, error);

      fprintf (stderr, "%s\n", message);
      return FALSE;
    }
  options->baseline_name = label;
  return TRUE;
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
  if (request->since != NULL && !load_baseline (request, &options))
    return PP_EXIT_BAD_INPUT;

  output = g_file_new_for_commandline_arg (request->output);
  if (!pp_export_to_file (portfolio, format, &options, output, NULL, &error))
    {
      /* A venture id that the file does not have is the caller's mistake. */
      if (g_error_matches (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE) &&
          options.venture_id != NULL)
        return pp_cli_usage (error->message);
      /* Translators: "report.pdf: could not export: Permission denied" */
      fprintf (stderr, _("%s: could not export: %s\n"), request->output, error->message);
      return PP_EXIT_BAD_INPUT;
    }
  return PP_EXIT_OK;
}

/**
 * pp_cli_get_option_entries:
 *
 * Returns: (transfer none): the options, with their descriptions for --help
 */
const GOptionEntry *
pp_cli_get_option_entries (void)
{
  return entries;
}

/* Parses @args into @o: the same options as the entries above, plus those
 * GApplication handles, so that anything else is a usage error. */
static gboolean
parse (GStrv     *args,
       Options   *o,
       GError   **error)
{
  GOptionEntry parsed[] = {
    { "check", 0, 0, G_OPTION_ARG_FILENAME, &o->check, NULL, NULL },
    { "export", 0, 0, G_OPTION_ARG_STRING, &o->export, NULL, NULL },
    { "merge", 0, 0, G_OPTION_ARG_NONE, &o->merge, NULL, NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output, NULL, NULL },
    { "document", 0, 0, G_OPTION_ARG_STRING, &o->document, NULL, NULL },
    { "venture", 0, 0, G_OPTION_ARG_STRING, &o->venture, NULL, NULL },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &o->paper, NULL, NULL },
    { "since", 0, 0, G_OPTION_ARG_FILENAME, &o->since, NULL, NULL },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &o->import, NULL, NULL },
    { "into", 0, 0, G_OPTION_ARG_FILENAME, &o->into, NULL, NULL },
    { "countries", 0, 0, G_OPTION_ARG_STRING, &o->countries, NULL, NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &o->title, NULL, NULL },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->map, NULL, NULL },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &o->sheet, NULL, NULL },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &o->encoding, NULL, NULL },
    { "dates", 0, 0, G_OPTION_ARG_STRING, &o->dates, NULL, NULL },
    { "skip-bad", 0, 0, G_OPTION_ARG_NONE, &o->skip_bad, NULL, NULL },
    { "diff", 0, 0, G_OPTION_ARG_FILENAME, &o->diff, NULL, NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &o->format, NULL, NULL },
    { "history", 0, 0, G_OPTION_ARG_FILENAME, &o->history, NULL, NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &o->version, NULL, NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &o->help, NULL, NULL },
    { "help-all", 0, 0, G_OPTION_ARG_NONE, &o->help, NULL, NULL },
    { "help-gapplication", 0, 0, G_OPTION_ARG_NONE, &o->help, NULL, NULL },
    { "gapplication-service", 0, 0, G_OPTION_ARG_NONE, &o->service, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, parsed, NULL);
  return g_option_context_parse_strv (context, args, error);
}

static int
run_export (GStrv    args,
            Options *o)
{
  PpCliExport request = { o->export, o->output, o->document, o->venture, o->paper, NULL };

  if (o->import != NULL)
    return pp_cli_usage (_("--export and --import go one at a time"));
  if (g_strv_length (args) > 2)
    return pp_cli_usage (_("--export takes at most one FILE"));
  if (args[1] != NULL && args[1][0] == '-' && args[1][1] != '\0')
    {
      g_autofree char *message = g_strdup_printf (_("Unknown option %s"), args[1]);
      return pp_cli_usage (message);
    }
  request.input = args[1];
  request.since = o->since;
  return pp_cli_export (&request);
}

static int
run_import (GStrv    args,
            Options *o)
{
  PpCliImport request = {
    o->import, o->output, o->into, o->countries, o->title, (const char * const *) o->map,
    o->sheet, o->encoding, o->dates, o->skip_bad
  };

  if (g_strv_length (args) > 1)
    return pp_cli_usage (_("--import takes one REGISTER"));
  if (o->document != NULL || o->venture != NULL || o->paper != NULL || o->since != NULL)
    return pp_cli_usage (_("--document, --venture, --paper and --since go with --export"));
  return pp_cli_import (&request);
}

static int
run_diff (GStrv    args,
          Options *o)
{
  if (o->export != NULL || o->import != NULL || o->check != NULL || o->merge)
    return pp_cli_usage (_("--diff goes alone, not with --check, --export or --import"));
  if (g_strv_length (args) != 2)
    return pp_cli_usage (_("--diff takes two FILEs: the OLD portfolio and the NEW one"));
  if (args[1][0] == '-' && args[1][1] != '\0')
    {
      g_autofree char *message = g_strdup_printf (_("Unknown option %s"), args[1]);
      return pp_cli_usage (message);
    }
  return pp_cli_diff (o->diff, args[1], o->format);
}

static gboolean has_import_options (Options *o);

static int
run_merge (GStrv    args,
           Options *o)
{
  if (o->export != NULL || o->import != NULL || o->check != NULL)
    return pp_cli_usage (_("--merge goes alone, with --output"));
  if (o->document != NULL || o->venture != NULL || o->paper != NULL || has_import_options (o))
    return pp_cli_usage (_("--merge takes only --output"));
  for (guint i = 1; args[i] != NULL; i++)
    if (args[i][0] == '-' && args[i][1] != '\0')
      {
        g_autofree char *message = g_strdup_printf (_("Unknown option %s"), args[i]);
        return pp_cli_usage (message);
      }
  if (g_strv_length (args) != 4)
    return pp_cli_usage (_("--merge takes three files: BASE OURS THEIRS"));
  if (o->output == NULL || *o->output == '\0')
    return pp_cli_usage (_("--merge needs --output RESULT"));
  return pp_cli_merge (args[1], args[2], args[3], o->output);
}

static gboolean
has_import_options (Options *o)
{
  return o->into != NULL || o->countries != NULL || o->title != NULL || o->map != NULL
         || o->sheet != NULL || o->encoding != NULL || o->dates != NULL || o->skip_bad;
}

/**
 * pp_cli_run:
 * @args: the command line, program name first
 * @exit_status: (out): the exit status, when handled
 *
 * Runs a headless command, or says that @args are for the windows (files to
 * open, --help).
 *
 * Returns: whether @args were handled here
 */
gboolean
pp_cli_run (char **args,
            int   *exit_status)
{
  g_auto(GStrv) rest = g_strdupv (args);
  g_auto(Options) o = { NULL };
  g_autoptr(GError) error = NULL;

  if (!parse (&rest, &o, &error))
    *exit_status = pp_cli_usage (error->message);
  else if (o.help || o.service)
    return FALSE;
  else if (o.version)
    {
      printf ("%s %s\n", "partnership-planner", PACKAGE_VERSION);
      *exit_status = PP_EXIT_OK;
    }
  else if (o.diff != NULL)
    *exit_status = run_diff (rest, &o);
  else if (o.format != NULL)
    *exit_status = pp_cli_usage (_("--format goes with --diff"));
  else if (o.merge)
    *exit_status = run_merge (rest, &o);
  else if (o.check != NULL)
    *exit_status = g_strv_length (rest) > 1 ? pp_cli_usage (_("--check takes one FILE"))
                                            : pp_cli_check (o.check);
  else if (o.history != NULL)
    *exit_status = g_strv_length (rest) > 1 ? pp_cli_usage (_("--history takes one FILE"))
                                            : pp_cli_history (o.history);
  else if (o.export != NULL)
    *exit_status = run_export (rest, &o);
  else if (o.import != NULL)
    *exit_status = run_import (rest, &o);
  else if (o.output != NULL || o.document != NULL || o.venture != NULL || o.paper != NULL ||
           o.since != NULL)
    *exit_status = pp_cli_usage (_("--output, --document, --venture, --paper and --since go "
                                   "with --export"));
  else if (has_import_options (&o))
    *exit_status = pp_cli_usage (_("--into, --countries, --title, --map, --sheet, --encoding, "
                                   "--dates and --skip-bad go with --import"));
  else
    {
      for (guint i = 1; rest[i] != NULL; i++)
        if (rest[i][0] == '-' && rest[i][1] != '\0')
          {
            g_autofree char *message = g_strdup_printf (_("Unknown option %s"), rest[i]);

            *exit_status = pp_cli_usage (message);
            return TRUE;
          }
      return FALSE;
    }
  return TRUE;
}
