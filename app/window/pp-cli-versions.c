/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli-versions.c: `--history FILE`: the versions of a portfolio file
 * kept in the git repository that holds it, newest first, one a line.
 *
 * The fields are separated by tabs, so a script can cut them, and the
 * date is ISO 8601 in local time, so lines sort and compare in any
 * language: short id, date, author, the message's first line, and the
 * meetings the version is tagged with. */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pp-cli-versions.h"
#include "pp-version-store.h"
#include "pp-version-summary.h"

static void
print_version (PpVersion *version)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (pp_version_get_time (version));
  g_autofree char *date = g_date_time_format (local, "%Y-%m-%d %H:%M");
  g_autofree char *subject = pp_version_dup_subject (version);
  const char * const *tags = pp_version_get_tags (version);
  g_autofree char *joined = tags != NULL ? g_strjoinv ("; ", (GStrv) tags) : g_strdup ("");
  const char *summary = pp_version_get_summary (version);

  /* The message's tabs would shift the fields after it. */
  g_strdelimit (subject, "\t", ' ');
  printf ("%s\t%s\t%s\t%s\t%s", pp_version_get_short_id (version), date,
          pp_version_get_author (version), subject, joined);
  if (summary != NULL && *summary != '\0')
    printf ("\t%s", summary);
  printf ("\n");
}

/**
 * pp_cli_history:
 *
 * Prints the versions of @path, newest first, or the error on stderr (a
 * file in no repository among them).
 *
 * Returns: the exit status
 */
int
pp_cli_history (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpVersionStore) store = pp_version_store_open (file, &error);
  g_autoptr(GListModel) versions = NULL;

  if (store != NULL)
    versions = pp_version_store_list (store, &error);
  if (versions != NULL && !pp_version_store_summarize (store, versions, NULL, &error))
    g_clear_object (&versions);
  if (versions == NULL)
    {
      g_autofree char *message = pp_cli_describe_error (path, error);

      fprintf (stderr, "%s\n", message);
      return PP_EXIT_BAD_INPUT;
    }
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr(PpVersion) version = g_list_model_get_item (versions, i);

      print_version (version);
    }
  return PP_EXIT_OK;
}
