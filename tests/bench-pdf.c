/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-pdf.c: how long the MoU register takes as PDF, beside LibreOffice
 * Calc converting the same register (our CSV of it) to PDF in the same
 * run, and the brief's time per page beside the register's. A benchmark,
 * not a test: it prints figures and exits 0.
 *
 *   bench-pdf [--runs N] [--no-calc] [--no-brief] [--keep DIR] [N_MOUS…]
 *             (default: 10000 100000)
 *
 * Both sides run as child processes and are timed by the CPU time the
 * child and its children used (getrusage (RUSAGE_CHILDREN)), with the
 * wall time beside it: ours is `partnership-planner --export pdf
 * --document register FILE`, Calc's `soffice --headless --convert-to pdf`
 * of `partnership-planner --export csv --document register FILE`, with a
 * profile of its own that one run before the timed ones sets up. The runs
 * interleave (Calc, ours, Calc, ours, …) so that both see the same load on
 * the machine; the figures are medians, with the range beside them.
 *
 * The targets: the register at most a third of Calc's CPU time for 10,000
 * MoUs and at most half of it for 100,000; the brief no slower per page
 * than the register.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "bench-generate.h"
#include "bench-stats.h"

typedef struct
{
  double cpu[16];
  double wall[16];
  guint n;
} Runs;

static guint n_runs = 3;
static gboolean no_calc, no_brief;
static char *keep_dir;

static double
children_cpu (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* Runs @argv to its end and adds its CPU and wall time to @runs. */
static void
run_child (const char * const *argv,
           Runs               *runs)
{
  double cpu_start = children_cpu ();
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL,
                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL,
                NULL, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("bench-pdf: %s failed: %s", argv[0], error->message);
  if (runs != NULL && runs->n < G_N_ELEMENTS (runs->cpu))
    {
      runs->cpu[runs->n] = children_cpu () - cpu_start;
      runs->wall[runs->n] = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
      runs->n++;
    }
}

static void
print_runs (const char *label,
            const Runs *runs,
            double     *cpu,
            double     *wall)
{
  double cpu_low, cpu_high, wall_low, wall_high;

  *cpu = bench_median (runs->cpu, runs->n, &cpu_low, &cpu_high);
  *wall = bench_median (runs->wall, runs->n, &wall_low, &wall_high);
  printf ("  %-16s %7.2f s CPU (%.2f–%.2f)   %7.2f s wall (%.2f–%.2f)\n", label, *cpu, cpu_low,
          cpu_high, *wall, wall_low, wall_high);
}

/* Where @needle first is in the @length bytes at @data, or NULL. */
static const char *
find_bytes (const char *data,
            gsize       length,
            const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = data; p + n <= data + length; p++)
    if (*p == *needle && memcmp (p, needle, n) == 0)
      return p;
  return NULL;
}

/* The number of pages of a PDF that cairo wrote: its page tree's count. */
static guint
count_pages (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  guint pages = 0;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return 0;
  /* The file holds compressed streams: a search of bytes, not of a string.
   * Cairo writes "/Type /Pages", LibreOffice "/Type/Pages". */
  for (const char *p = data; (p = find_bytes (p, data + length - p, "/Pages")) != NULL; p++)
    {
      const char *count = find_bytes (p, data + length - p, "/Count");

      if (count != NULL && p > data + 5 && memcmp (p - 5, "/Type", 5) == 0)
        pages = MAX (pages, (guint) g_ascii_strtoull (count + 6, NULL, 10));
      else if (count != NULL && p > data + 6 && memcmp (p - 6, "/Type ", 6) == 0)
        pages = MAX (pages, (guint) g_ascii_strtoull (count + 6, NULL, 10));
    }
  return pages;
}

static void
export (const char *exe,
        const char *format,
        const char *document,
        const char *input,
        const char *output,
        Runs       *runs)
{
  const char *argv[] = { exe, "--export", format, "--document", document, "--output", output,
                         input, NULL };

  run_child (argv, runs);
}

static void
calc (const char *soffice,
      const char *profile_url,
      const char *csv,
      const char *out_dir,
      Runs       *runs)
{
  const char *argv[] = { soffice, profile_url, "--headless", "--convert-to", "pdf", "--outdir",
                         out_dir, csv, NULL };

  run_child (argv, runs);
}

static const char *
verdict (gboolean met)
{
  return met ? "met" : "NOT met";
}

static void
measure (const char *exe,
         const char *soffice,
         const char *dir,
         guint       n_mous)
{
  g_autoptr(GBytes) text = bench_generate (n_mous);
  g_autofree char *name = g_strdup_printf ("portfolio-%u.json", n_mous);
  g_autofree char *input = g_build_filename (dir, name, NULL);
  g_autofree char *pdf = g_build_filename (dir, "register.pdf", NULL);
  g_autofree char *brief = g_build_filename (dir, "brief.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "register.csv", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "calc-out", NULL);
  g_autofree char *profile = g_build_filename (dir, "calc-profile", NULL);
  g_autofree char *profile_url = g_strconcat ("-env:UserInstallation=file://", profile, NULL);
  g_autoptr(GError) error = NULL;
  Runs ours = { 0 }, theirs = { 0 }, briefs = { 0 };
  double cpu, wall, calc_cpu = 0, calc_wall = 0, brief_cpu, brief_wall;
  guint pages, calc_pages = 0, brief_pages;
  double target = n_mous >= 100000 ? 0.5 : 1.0 / 3;

  if (!g_file_set_contents (input, g_bytes_get_data (text, NULL), g_bytes_get_size (text),
                            &error))
    g_error ("bench-pdf: %s", error->message);
  export (exe, "csv", "register", input, csv, NULL);
  if (soffice != NULL)
    calc (soffice, profile_url, csv, out_dir, NULL);
  for (guint i = 0; i < n_runs; i++)
    {
      if (soffice != NULL)
        calc (soffice, profile_url, csv, out_dir, &theirs);
      export (exe, "pdf", "register", input, pdf, &ours);
      if (!no_brief)
        export (exe, "pdf", "brief", input, brief, &briefs);
    }

  pages = count_pages (pdf);
  printf ("%u MoUs (seed %u), median of %u runs, CPU time of the child and its children\n",
          n_mous, BENCH_SEED, n_runs);
  print_runs ("register, ours", &ours, &cpu, &wall);
  if (soffice != NULL)
    {
      g_autofree char *calc_pdf = g_build_filename (out_dir, "register.pdf", NULL);

      print_runs ("register, Calc", &theirs, &calc_cpu, &calc_wall);
      calc_pages = count_pages (calc_pdf);
    }
  printf ("  %-16s %7u pages (Calc: %u)\n", "", pages, calc_pages);
  if (soffice != NULL)
    printf ("  ratio: %.2f× Calc's CPU time, %.2f× its wall time; target ≤ %.2f× CPU: %s\n",
            cpu / calc_cpu, wall / calc_wall, target, verdict (cpu / calc_cpu <= target));
  else
    printf ("  Calc: not installed (apt-get install libreoffice-calc-nogui), no ratio\n");
  if (!no_brief)
    {
      double per_page = cpu / MAX (pages, 1), brief_per_page;

      print_runs ("brief, ours", &briefs, &brief_cpu, &brief_wall);
      brief_pages = count_pages (brief);
      brief_per_page = brief_cpu / MAX (brief_pages, 1);
      printf ("  brief: %u pages, %.2f ms CPU per page against the register's %.2f ms (%.2f×); "
              "target ≤ 1.00×: %s\n", brief_pages, 1000 * brief_per_page, 1000 * per_page,
              brief_per_page / per_page, verdict (brief_per_page <= per_page));
    }
  fflush (stdout);
}

static GOptionEntry entries[] = {
  { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Timed runs of each (default 3)", "N" },
  { "no-calc", 0, 0, G_OPTION_ARG_NONE, &no_calc, "Do not run LibreOffice Calc", NULL },
  { "no-brief", 0, 0, G_OPTION_ARG_NONE, &no_brief, "Do not time the brief", NULL },
  { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep_dir, "Work in DIR and keep the files", "DIR" },
  { NULL }
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("[N_MOUS…]");
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("PP_EXECUTABLE");
  g_autofree char *soffice = NULL;
  g_autofree char *dir = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-pdf: %s\n", error->message);
      return 1;
    }
  n_runs = CLAMP (n_runs, 1, 16);
  if (exe == NULL)
    {
      g_printerr ("bench-pdf: set PP_EXECUTABLE to partnership-planner (meson does)\n");
      return 1;
    }
  soffice = no_calc ? NULL : g_find_program_in_path ("soffice");
  if (!no_calc && soffice == NULL)
    printf ("bench-pdf: LibreOffice (soffice) is not installed: timing ours alone\n");
  dir = keep_dir != NULL ? g_strdup (keep_dir) : g_dir_make_tmp ("pp-bench-pdf-XXXXXX", NULL);
  g_mkdir_with_parents (dir, 0700);
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      measure (exe, soffice, dir, (guint) g_ascii_strtoull (argv[i], NULL, 10));
  else
    {
      measure (exe, soffice, dir, 10000);
      measure (exe, soffice, dir, 100000);
    }
  if (keep_dir == NULL)
    {
      g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);

      if (system (command) != 0)
        g_printerr ("bench-pdf: could not remove %s\n", dir);
    }
  return 0;
}
