/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-io.c: how fast large portfolios load, save and pass --check, and how
 * much memory loading takes, against json-glib's bare parse of the same file.
 * A benchmark, not a test: it marks each target PASS or MISS and exits 0.
 * --check is measured against the bare parse as two processes run in turns,
 * with the median of the rounds' ratios against a target of 1.3x.
 *
 * Peak memory is measured in fresh processes started through a small
 * "--child-rusage" helper: a process's ru_maxrss also counts the memory of the
 * process that spawned it, so a child of this large process would show ours. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <spawn.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-generate.h"
#include "bench-stats.h"
#include "pp-portfolio-io.h"

#define SEED            BENCH_SEED
#define LOAD_TARGET     1.5
#define SAVE_TARGET     1.0
#define PEAK_TARGET     1.4
#define CHECK_TARGET    1.3

extern char **environ;

/* A figure of several runs: the median and the range. */
typedef struct
{
  double median, min, max;
} Figure;

typedef struct
{
  double file_mib;
  double parse_ms, load_ms, save_ms;
  double parse_peak, load_peak;   /* MiB */
  /* The bare parse and --check as processes, run in turns. */
  Figure parse_process_ms, check_ms, check_ratio, parse_process_peak, check_peak;
} Result;

static void
figure (double *values,
        guint   n,
        Figure *out)
{
  out->median = bench_median (values, n, &out->min, &out->max);
}

/* --child-rusage PROGRAM ARGS…: runs PROGRAM with stdout discarded and prints
 * "max-RSS-KiB wall-µs". Started from this small process, PROGRAM's
 * ru_maxrss is its own peak, not that of the large benchmark process. */
static int
child_rusage (char **argv)
{
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  pid_t pid;
  int status, err;

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  err = posix_spawn (&pid, argv[0], &actions, NULL, argv, environ);
  posix_spawn_file_actions_destroy (&actions);
  if (err != 0)
    {
      g_printerr ("%s: %s\n", argv[0], g_strerror (err));
      return 1;
    }
  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      return 1;
  printf ("%ld %" G_GINT64_FORMAT "\n", usage.ru_maxrss, g_get_monotonic_time () - start);
  return WIFEXITED (status) ? WEXITSTATUS (status) : 1;
}

/* --child-parse FILE and --child-load FILE: the work whose peak is measured. */
static int
child_work (const char *mode,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;

  if (g_str_equal (mode, "--child-parse"))
    json_parser_load_from_file ((parser = json_parser_new ()), path, &error);
  else
    portfolio = pp_portfolio_load_from_file (file, NULL, &error);
  if (error != NULL)
    g_printerr ("%s: %s\n", path, error->message);
  return error != NULL;
}

/* Runs @argv ("self --child-rusage PROGRAM …") once: PROGRAM's wall time
 * and peak memory. */
static gboolean
measure_process (const char * const *argv,
                 double             *ms,
                 double             *peak_mib,
                 GError            **error)
{
  g_autofree char *out = NULL;
  gint64 kib, us;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, error) ||
      !g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s %s: ", argv[2], argv[3]);
      return FALSE;
    }
  if (sscanf (out, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, &kib, &us) != 2)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: no figures", argv[2]);
      return FALSE;
    }
  *ms = us / 1000.0;
  *peak_mib = kib / 1024.0;
  return TRUE;
}

/* The bare parse and --check as processes, in turns (parse, check, parse,
 * check, …), so that the load of the machine touches both alike; the ratio
 * of each round is taken within the round. */
static gboolean
measure_check (const char * const *parse_argv,
               const char * const *check_argv,
               guint               runs,
               Result             *r,
               GError            **error)
{
  g_autofree double *values = g_new (double, 5 * runs);
  double *parse_ms = values, *check_ms = values + runs, *ratio = values + 2 * runs;
  double *parse_peak = values + 3 * runs, *check_peak = values + 4 * runs;

  for (guint i = 0; i < runs; i++)
    {
      if (!measure_process (parse_argv, &parse_ms[i], &parse_peak[i], error) ||
          !measure_process (check_argv, &check_ms[i], &check_peak[i], error))
        return FALSE;
      ratio[i] = check_ms[i] / parse_ms[i];
    }
  figure (parse_ms, runs, &r->parse_process_ms);
  figure (check_ms, runs, &r->check_ms);
  figure (ratio, runs, &r->check_ratio);
  figure (parse_peak, runs, &r->parse_process_peak);
  figure (check_peak, runs, &r->check_peak);
  return TRUE;
}

typedef enum { STEP_PARSE, STEP_LOAD, STEP_SAVE, N_STEPS } Step;

/* Milliseconds for one @step, or -1 with @error set. Loading keeps the
 * portfolio in *@portfolio for the saves; freeing the last one is not timed. */
static double
time_step (Step          step,
           GFile        *file,
           GFile        *saved,
           PpPortfolio **portfolio,
           GError      **error)
{
  g_autoptr(JsonParser) parser = step == STEP_PARSE ? json_parser_new () : NULL;
  gint64 start;
  gboolean ok;

  if (step == STEP_LOAD)
    g_clear_object (portfolio);
  start = g_get_monotonic_time ();
  if (step == STEP_PARSE)
    ok = json_parser_load_from_file (parser, g_file_peek_path (file), error);
  else if (step == STEP_LOAD)
    ok = (*portfolio = pp_portfolio_load_from_file (file, NULL, error)) != NULL;
  else
    ok = pp_portfolio_save_to_file (*portfolio, saved, NULL, error);
  return ok ? (g_get_monotonic_time () - start) / 1000.0 : -1;
}

/* A column of the table: blank where @value is 0 (not measured). */
static char *
cell (double value,
      int    width,
      int    decimals)
{
  if (value <= 0)
    return g_strdup_printf ("%*s", width, "");
  return g_strdup_printf ("%*.*f", width, decimals, value);
}

static void
print_row (const char *what,
           double      ms,
           double      ms_ratio,
           double      peak,
           double      peak_ratio)
{
  g_autofree char *a = cell (ms_ratio, 8, 2);
  g_autofree char *b = cell (peak, 10, 1);
  g_autofree char *c = cell (peak_ratio, 8, 2);
  g_autofree char *line = g_strdup_printf ("  %-21s %9.1f %s %s %s", what, ms, a, b, c);

  printf ("%s\n", g_strchomp (line));
}

/* How many targets were judged, for the summary. */
static guint n_targets;

static void
verdict (const char *what,
         double      ratio,
         double      target,
         guint      *misses)
{
  gboolean pass = ratio <= target;

  n_targets++;
  *misses += !pass;
  printf ("  %-21s %6.2fx parse, target <= %.2fx: %s\n", what, ratio, target,
          pass ? "PASS" : "MISS");
}

static void
print_process (const char   *what,
               const Figure *ms,
               const Figure *peak)
{
  printf ("  %-21s %9.1f ms (%.1f–%.1f) %10.1f MiB (%.1f–%.1f)\n", what, ms->median, ms->min,
          ms->max, peak->median, peak->min, peak->max);
}

/* The bare parse and --check as processes, run in turns. */
static void
print_check (const Result *r,
             guint        *misses)
{
  if (r->check_ms.median <= 0)
    {
      printf ("  %-21s not run: PP_EXECUTABLE is not set\n", "--check process");
      return;
    }
  printf ("  processes, in turns (median, range):\n");
  print_process ("json-glib bare parse", &r->parse_process_ms, &r->parse_process_peak);
  print_process ("--check", &r->check_ms, &r->check_peak);
  printf ("  %-21s %6.2fx parse (rounds %.2f–%.2f), peak %.2fx parse\n", "--check",
          r->check_ratio.median, r->check_ratio.min, r->check_ratio.max,
          r->check_peak.median / r->parse_process_peak.median);
  verdict ("--check time", r->check_ratio.median, CHECK_TARGET, misses);
}

static void
print_result (guint         n_mous,
              const Result *r,
              guint        *misses)
{
  printf ("\n== %u MoUs, %u ventures, %u commitments: file %.1f MiB ==\n", n_mous,
          n_mous / 10, n_mous / 25, r->file_mib);
  printf ("  %-21s %9s %8s %10s %8s\n", "", "time ms", "x parse", "peak MiB", "x parse");
  print_row ("json-glib bare parse", r->parse_ms, 0, r->parse_peak, 0);
  print_row ("pp load", r->load_ms, r->load_ms / r->parse_ms, r->load_peak,
             r->load_peak / r->parse_peak);
  print_row ("pp save", r->save_ms, r->save_ms / r->parse_ms, 0, 0);
  verdict ("load time", r->load_ms / r->parse_ms, LOAD_TARGET, misses);
  verdict ("save time", r->save_ms / r->parse_ms, SAVE_TARGET, misses);
  verdict ("load peak memory", r->load_peak / r->parse_peak, PEAK_TARGET, misses);
  print_check (r, misses);
}

/* Generates the file, then measures everything on it. */
static gboolean
measure_size (const char *self,
              const char *path,
              const char *saved_path,
              guint       n_mous,
              guint       runs,
              Result     *r,
              GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr(GBytes) text = bench_generate (n_mous);
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (text, error);
  g_autofree double *t = g_new (double, N_STEPS * runs);
  const char *check = g_getenv ("PP_EXECUTABLE");
  const char *parse_argv[] = { self, "--child-rusage", self, "--child-parse", path, NULL };
  const char *load_argv[] = { self, "--child-rusage", self, "--child-load", path, NULL };
  const char *check_argv[] = { self, "--child-rusage", check, "--check", path, NULL };
  double *step_ms[N_STEPS] = { &r->parse_ms, &r->load_ms, &r->save_ms };
  double unused;
  GStatBuf st;

  g_clear_pointer (&text, g_bytes_unref);
  if (portfolio == NULL || !pp_portfolio_save_to_file (portfolio, file, NULL, error))
    return FALSE;
  g_clear_object (&portfolio);
  r->file_mib = g_stat (path, &st) == 0 ? st.st_size / (1024.0 * 1024.0) : 0;
  /* Interleaved, so that drift and the state of the heap touch all three alike. */
  for (guint i = 0; i < runs; i++)
    for (Step step = 0; step < N_STEPS; step++)
      if ((t[step * runs + i] = time_step (step, file, saved, &portfolio, error)) < 0)
        return FALSE;
  for (Step step = 0; step < N_STEPS; step++)
    *step_ms[step] = bench_median (t + step * runs, runs, NULL, NULL);
  return measure_process (parse_argv, &unused, &r->parse_peak, error) &&
         measure_process (load_argv, &unused, &r->load_peak, error) &&
         (check == NULL || measure_check (parse_argv, check_argv, runs, r, error));
}

static void
remove_file (const char *path)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  g_unlink (path);
  g_unlink (backup);
}

/* Reads --sizes, all before anything runs. */
static gboolean
parse_sizes (const char  *text,
             GArray      *sizes,
             GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 n;
      guint value;

      /* More than 200,000 MoUs would pass PP_MAX_FILE_SIZE. */
      if (!g_ascii_string_to_unsigned (parts[i], 10, 10, 200000, &n, error))
        return FALSE;
      value = (guint) n;
      g_array_append_val (sizes, value);
    }
  return TRUE;
}

static gboolean
run_size (const char *self,
          const char *dir,
          guint       n_mous,
          guint       runs,
          guint      *misses,
          GError    **error)
{
  g_autofree char *name = g_strdup_printf ("mous-%u.json", n_mous);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *saved_path = g_build_filename (dir, "saved.json", NULL);
  Result r = { 0 };
  gboolean ok = measure_size (self, path, saved_path, n_mous, runs, &r, error);

  remove_file (path);
  remove_file (saved_path);
  if (ok)
    print_result (n_mous, &r, misses);
  return ok;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *sizes_text = NULL;
  int runs = 5;
  GOptionEntry entries[] = {
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text,
      "Numbers of MoUs to try (default 1000,10000,100000)", "N,N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs,
      "Runs per figure, of which the median is shown (default 5)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- portfolio load/save benchmark");
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;
  guint misses = 0;

  setlocale (LC_ALL, "");
  /* The measured processes, not options a user gives. */
  if (argc >= 3 && g_str_equal (argv[1], "--child-rusage"))
    return child_rusage (argv + 2);
  if (argc == 3 && (g_str_equal (argv[1], "--child-parse") ||
                    g_str_equal (argv[1], "--child-load")))
    return child_work (argv[1], argv[2]);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      !parse_sizes (sizes_text != NULL ? sizes_text : "1000,10000,100000", sizes, &error))
    {
      g_printerr ("bench-io: %s\n", error->message);
      return 2;
    }
  runs = MAX (runs, 1);
  self = g_file_read_link ("/proc/self/exe", &error);
  if (self != NULL)
    dir = g_dir_make_tmp ("bench-io-XXXXXX", &error);

  printf ("bench-io: median of %d run(s) per figure, seed %u, --check of %s\n", runs, SEED,
          g_getenv ("PP_EXECUTABLE") ? g_getenv ("PP_EXECUTABLE") : "(PP_EXECUTABLE unset)");
  for (guint i = 0; dir != NULL && error == NULL && i < sizes->len; i++)
    run_size (self, dir, g_array_index (sizes, guint, i), runs, &misses, &error);
  if (dir != NULL)
    g_rmdir (dir);
  if (error != NULL)
    {
      g_printerr ("bench-io: %s\n", error->message);
      return 1;
    }

  printf ("\nsummary: %u sizes, %u targets: %u PASS, %u MISS (informational)\n", sizes->len,
          n_targets, n_targets - misses, misses);
  return 0;
}
