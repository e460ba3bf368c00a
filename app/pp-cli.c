/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli.c: `partnership-planner --check FILE`.
 *
 * Uses only the core library, so it runs on a machine without a display.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pp-cli.h"
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
