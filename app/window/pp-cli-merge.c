/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli-merge.c: the three-way merge from the command line.
 *
 * Git runs it as a merge driver, `--merge %O %A %B --output %A`, so the
 * result may be written over OURS; it is written whole through the safe
 * save (pp_file_replace_contents) or not at all. Exit 0 is a clean merge, 1 a merge with conflicts
 * (listed on standard error; the result holds our value for each, so it
 * loads and git marks the file as conflicted), 2 a usage error or a file
 * that does not load.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pp-cli-merge.h"
#include "pp-file-save.h"
#include "pp-merge.h"
#include "pp-portfolio-io.h"

/* As pp_portfolio_save_to_file() does, but keeping no "RESULT~": git runs
 * the driver on a file of the work tree, where a backup would be debris,
 * and git keeps every version anyway. */
static gboolean
save (PpPortfolio  *portfolio,
      GFile        *file,
      GError      **error)
{
  g_autoptr(GBytes) bytes = pp_portfolio_save_to_bytes (portfolio);

  if (g_bytes_get_size (bytes) > PP_MAX_FILE_SIZE)
    {
      g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_LIMIT,
                   _("the portfolio is too large to save (%llu MiB; the limit is %d MiB)"),
                   (unsigned long long) (g_bytes_get_size (bytes) / (1024 * 1024)),
                   PP_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }
  return pp_file_replace_contents (file, bytes, FALSE, NULL, error);
}

static void
print_conflict (PpConflict *conflict)
{
  /* Translators: one conflict of --merge on standard error: the item's
   * kind and title, the field, each copy's value and the base's, then a
   * sentence saying what happened ("MoU “Trade”, Status: ours “In force”,
   * theirs “Expired”, before “Signed”. Both copies changed this,
   * differently."). */
  fprintf (stderr, _("%s “%s”, %s: ours “%s”, theirs “%s”, before “%s”. %s\n"),
           pp_conflict_get_item_kind (conflict), pp_conflict_get_item_title (conflict),
           pp_conflict_get_label (conflict), pp_conflict_get_ours_value (conflict),
           pp_conflict_get_theirs_value (conflict), pp_conflict_get_base_value (conflict),
           pp_conflict_get_description (conflict));
}

static int
report_conflicts (GListModel *conflicts,
                  const char *output)
{
  guint n = g_list_model_get_n_items (conflicts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpConflict) conflict = g_list_model_get_item (conflicts, i);

      print_conflict (conflict);
    }
  if (n == 0)
    return PP_EXIT_OK;
  fprintf (stderr, ngettext ("%s: %u conflict; the result keeps our copy’s value for it\n",
                             "%s: %u conflicts; the result keeps our copy’s value for each\n",
                             n),
           output, n);
  return PP_EXIT_BAD_INPUT;
}

/**
 * pp_cli_merge:
 *
 * Merges the changes @ours and @theirs made since @base into @output.
 *
 * Returns: the exit status
 */
int
pp_cli_merge (const char *base,
              const char *ours,
              const char *theirs,
              const char *output)
{
  const char *paths[] = { base, ours, theirs };
  PpPortfolio *sides[G_N_ELEMENTS (paths)] = { NULL, };
  g_autoptr(PpMerge) merge = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status = PP_EXIT_USAGE;

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    if ((sides[i] = pp_cli_load (paths[i])) == NULL)
      goto out;

  merge = pp_portfolio_merge (sides[0], sides[1], sides[2], &error);
  if (merge == NULL)
    {
      /* Translators: "result.json: could not merge: …" */
      fprintf (stderr, _("%s: could not merge: %s\n"), output, error->message);
      goto out;
    }
  file = g_file_new_for_commandline_arg (output);
  if (!save (pp_merge_get_portfolio (merge), file, &error))
    {
      /* Translators: "result.json: could not save: Permission denied" */
      fprintf (stderr, _("%s: could not save: %s\n"), output, error->message);
      goto out;
    }
  status = report_conflicts (pp_merge_get_conflicts (merge), output);

out:
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    g_clear_object (&sides[i]);
  return status;
}
