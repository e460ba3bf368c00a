/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-import.c: how long importing a large register takes, as CSV and as
 * XLSX, beside LibreOffice Calc opening and converting the same file in the
 * same run. A benchmark, not a test: it prints figures and exits 0.
 *
 *   bench-import [N_ROWS]   (default: 10000)
 *
 * The register is the CSV and XLSX export of a generated portfolio, so it
 * holds what an office's register does: titles, sectors, statuses, parties,
 * dates and summaries. Ours is the whole import: reading the file, guessing
 * the columns, reading every row into a new portfolio as one undo step, and
 * saving that portfolio to memory. Calc's is `soffice --headless
 * --convert-to` of the file (to ODS from CSV, to CSV from XLSX), the median
 * of three runs after one that sets up its profile.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "bench-generate.h"
#include "bench-stats.h"
#include "pp-export.h"
#include "pp-import-plan.h"
#include "pp-portfolio-io.h"
#include "pp-register-file.h"

#define RUNS 3

static double
cpu_seconds (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static void
import_once (const char *path,
             double     *wall,
             double     *cpu,
             guint      *n_mous)
{
  double cpu_start = cpu_seconds (RUSAGE_SELF);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();
  g_autoptr(PpHistory) history = pp_history_new (portfolio);
  g_autoptr(PpImportPlan) plan = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree PpImportField *mapping = NULL;
  PpSheet *sheet;

  char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (data, length);
  sheets = pp_register_file_read (bytes, "register", NULL, NULL, &error);
  g_assert_no_error (error);
  sheet = g_ptr_array_index (sheets, 0);
  mapping = pp_import_guess_mapping (sheet);
  pp_country_pair_set (pp_portfolio_get_countries (portfolio), "PK", "BY");
  plan = pp_import_plan_new (portfolio, sheet, mapping, PP_DATE_ORDER_DAY_FIRST);
  g_assert_true (pp_import_plan_apply (plan, history, TRUE, &error));
  saved = pp_portfolio_save_to_bytes (portfolio);
  *wall = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  *cpu = cpu_seconds (RUSAGE_SELF) - cpu_start;
  *n_mous = g_list_model_get_n_items (pp_portfolio_get_mous (portfolio));
}

/* Runs Calc on @path; returns its wall time, and its CPU time in @cpu. */
static double
calc_once (const char *soffice,
           const char *profile,
           const char *path,
           const char *to,
           const char *out_dir,
           double     *cpu)
{
  g_autofree char *env = g_strconcat ("-env:UserInstallation=file://", profile, NULL);
  const char *argv[] = { soffice, env, "--headless", "--convert-to", to, "--outdir", out_dir,
                         path, NULL };
  double cpu_start = cpu_seconds (RUSAGE_CHILDREN);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  *cpu = cpu_seconds (RUSAGE_CHILDREN) - cpu_start;
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static void
measure (const char *label,
         const char *path,
         const char *calc_to,
         const char *dir)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = g_build_filename (dir, "calc-profile", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "calc-out", NULL);
  double walls[RUNS], cpus[RUNS], calc_walls[RUNS], calc_cpus[RUNS];
  guint n_mous = 0;

  for (guint i = 0; i < RUNS; i++)
    import_once (path, &walls[i], &cpus[i], &n_mous);
  printf ("%-5s ours: %6.2f s wall, %6.2f s CPU (%u MoUs)\n", label,
          bench_median (walls, RUNS, NULL, NULL), bench_median (cpus, RUNS, NULL, NULL), n_mous);
  if (soffice == NULL)
    {
      printf ("%-5s Calc: not installed (apt-get install libreoffice-calc-nogui)\n", label);
      return;
    }
  calc_once (soffice, profile, path, calc_to, out_dir, &calc_cpus[0]);
  for (guint i = 0; i < RUNS; i++)
    calc_walls[i] = calc_once (soffice, profile, path, calc_to, out_dir, &calc_cpus[i]);
  printf ("%-5s Calc: %6.2f s wall, %6.2f s CPU (--convert-to %s); ours takes %.2f× Calc's "
          "wall time\n", label, bench_median (calc_walls, RUNS, NULL, NULL),
          bench_median (calc_cpus, RUNS, NULL, NULL), calc_to,
          bench_median (walls, RUNS, NULL, NULL) / bench_median (calc_walls, RUNS, NULL, NULL));
}

static char *
export_register (PpPortfolio    *portfolio,
                 PpExportFormat  format,
                 const char     *dir,
                 const char     *name)
{
  g_auto(PpExportOptions) options;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  pp_export_options_init (&options);
  options.document = PP_DOCUMENT_REGISTER;
  g_assert_true (pp_export_to_file (portfolio, format, &options, file, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

int
main (int   argc,
      char *argv[])
{
  guint n_rows = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  g_autofree char *dir = g_dir_make_tmp ("pp-bench-import-XXXXXX", NULL);
  g_autoptr(GBytes) text = bench_generate (n_rows);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (text, &error);
  g_autofree char *csv = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *command = NULL;

  setlocale (LC_ALL, "");
  g_assert_no_error (error);
  csv = export_register (portfolio, PP_EXPORT_FORMAT_CSV, dir, "register.csv");
  xlsx = export_register (portfolio, PP_EXPORT_FORMAT_XLSX, dir, "register.xlsx");
  printf ("bench-import: a register of %u MoUs (seed %u), median of %d runs\n", n_rows,
          BENCH_SEED, RUNS);
  measure ("CSV", csv, "ods", dir);
  measure ("XLSX", xlsx, "csv", dir);
  command = g_strdup_printf ("rm -rf '%s'", dir);
  if (system (command) != 0)
    g_printerr ("bench-import: could not remove %s\n", dir);
  return 0;
}
