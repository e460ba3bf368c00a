/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli-report.c: the messages every headless command ends with. */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pp-cli-report.h"
#include "pp-version-spec.h"

/**
 * pp_cli_usage:
 * @message: what is wrong with the command line
 *
 * Says what is wrong and where to read about the options.
 *
 * Returns: %PP_EXIT_USAGE
 */
int
pp_cli_usage (const char *message)
{
  fprintf (stderr, "%s: %s\n", g_get_prgname (), message);
  fprintf (stderr, _("Run “%s --help” to see the options.\n"), g_get_prgname ());
  return PP_EXIT_USAGE;
}

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

/**
 * pp_cli_load:
 * @spec: a file, or "FILE@VERSION" for a saved version of one
 *
 * Loads a portfolio the command line was given, printing why it does not
 * load on standard error.
 *
 * Returns: (transfer full) (nullable): the portfolio
 */
PpPortfolio *
pp_cli_load (const char *spec)
{
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_version_load_spec (spec, NULL, &error);

  if (portfolio == NULL)
    {
      g_autofree char *message = pp_cli_describe_error (spec, error);

      fprintf (stderr, "%s\n", message);
    }
  return portfolio;
}
