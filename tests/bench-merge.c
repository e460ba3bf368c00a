/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-merge.c: how long a three-way merge of three 10,000-MoU portfolios
 * takes against loading one of them, in the same run. A benchmark, not a
 * test: it prints the figures, marks the target PASS or MISS and exits 0.
 *
 * The two copies differ from the base as two officers' copies would after
 * weeks of work: a hundred MoUs changed on each side, in different fields
 * or different MoUs, ten MoUs added on each side, and ten fields changed
 * differently on both, which are conflicts. */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-generate.h"
#include "bench-stats.h"
#include "pp-merge.h"
#include "pp-portfolio-io.h"
#include "pp-portfolio-tree.h"

#define N_MOUS  10000
#define RUNS    5
/* "About as long as loading one", with room for a loaded machine. */
#define TARGET  2.0

static PpPortfolio *
load (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_portfolio_load_from_bytes (bytes, &error);

  if (portfolio == NULL)
    g_error ("the generated portfolio does not load: %s", error->message);
  return portfolio;
}

static PpMou *
mou_at (PpPortfolio *portfolio,
        guint        position)
{
  PpMou *mou = g_list_model_get_item (pp_portfolio_get_mous (portfolio), position);

  g_object_unref (mou);
  return mou;
}

static void
edit (PpPortfolio *portfolio,
      gboolean     theirs)
{
  for (guint i = 0; i < 100; i++)
    {
      PpMou *mou = mou_at (portfolio, (i * 97) % N_MOUS);
      g_autofree char *title = g_strdup_printf ("%s (%s)", pp_mou_get_title (mou),
                                                theirs ? "theirs" : "ours");

      if (theirs)
        pp_mou_set_summary (mou, title);
      else
        pp_mou_set_title (mou, title);
    }
  for (guint i = 0; i < 10; i++)
    pp_mou_set_renewal_notice_days (mou_at (portfolio, 5000 + i), theirs ? 30 : 60);
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("added-%s-%u", theirs ? "theirs" : "ours", i);
      g_autoptr(PpMou) added = pp_mou_new (id);

      pp_mou_set_title (added, id);
      pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_mous (portfolio),
                           PP_NODE (added), NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PpPortfolio) base = NULL;
  g_autoptr(PpPortfolio) ours = NULL;
  g_autoptr(PpPortfolio) theirs = NULL;
  double load_ms[RUNS], tree_ms[RUNS], merge_ms[RUNS], rebuild_ms[RUNS];
  double ratio;
  guint conflicts = 0;

  setlocale (LC_ALL, "");
  bytes = bench_generate (N_MOUS);
  base = load (bytes);
  ours = load (bytes);
  theirs = load (bytes);
  edit (ours, FALSE);
  edit (theirs, TRUE);

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PpPortfolio) loaded = load (bytes);
      g_autoptr(PpMerge) merge = NULL;
      g_autoptr(GError) error = NULL;

      load_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      pp_portfolio_tree_free (pp_portfolio_tree_new (loaded));
      tree_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      merge = pp_portfolio_merge (base, ours, theirs, &error);
      merge_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
      if (merge == NULL)
        g_error ("the merge failed: %s", error->message);
      conflicts = g_list_model_get_n_items (pp_merge_get_conflicts (merge));
      start = g_get_monotonic_time ();
      if (!pp_merge_rebuild (merge, &error))
        g_error ("the rebuild failed: %s", error->message);
      rebuild_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
    }

  ratio = bench_median (merge_ms, RUNS, NULL, NULL) / bench_median (load_ms, RUNS, NULL, NULL);
  printf ("Merge of three %d-MoU portfolios (%.1f MiB each), median of %d runs:\n",
          N_MOUS, g_bytes_get_size (bytes) / 1048576.0, RUNS);
  printf ("  load one             %9.1f ms\n", bench_median (load_ms, RUNS, NULL, NULL));
  printf ("  keyed tree of one    %9.1f ms\n", bench_median (tree_ms, RUNS, NULL, NULL));
  printf ("  merge (%u conflicts) %9.1f ms  %.2f × load\n", conflicts,
          bench_median (merge_ms, RUNS, NULL, NULL), ratio);
  printf ("  rebuild after choice %9.1f ms\n", bench_median (rebuild_ms, RUNS, NULL, NULL));
  printf ("%s: merge within %.1f × load\n", ratio <= TARGET ? "PASS" : "MISS", TARGET);
  return 0;
}
