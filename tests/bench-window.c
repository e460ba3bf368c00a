/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-window.c: how long the window takes to draw its first frame, and
 * how much memory it takes, beside `--check` of the same file and a
 * minimal libadwaita window.
 *
 * Each round runs, one after the other, `partnership-planner --check FILE`,
 * the app opening FILE until its first frame is drawn (the app exits there
 * when PP_EXIT_AFTER_FIRST_FRAME=1, see app/window/pp-first-frame.c), the
 * same until the frame drawn once the pages and lists filled after the
 * first frame are (PP_EXIT_AFTER_FIRST_FRAME=ready), for information, and
 * this program's own minimal window (an AdwApplication with one
 * AdwApplicationWindow holding a header bar and a label) timed the same
 * way. Wall time is from spawning to the child's exit; peak memory is the
 * child's maximum resident set, from wait4. Prints medians and ranges,
 * ratios and whether the targets are met. It is a benchmark (meson test
 * --benchmark), not a test; run it in a display, e.g. under xvfb-run.
 * Options: --rounds N (default 3), --sizes LIST (MoUs, default
 * 0,10000,100000, 0 meaning the bundled sample), --minimal (be the minimal
 * window), --write FILE (write the portfolio of --sizes' first size to FILE
 * and stop, e.g. to profile the app opening it).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "bench-generate.h"
#include "bench-stats.h"
#include "pp-first-frame.h"

extern char **environ;

typedef struct
{
  double seconds[64];
  double mib[64];
  guint n;
} Runs;

static void
minimal_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("Partnership Planner");

  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_minimal (void)
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.PartnershipPlanner.BenchMinimal",
                                                       G_APPLICATION_NON_UNIQUE);

  pp_first_frame_watch (GTK_APPLICATION (app));
  g_signal_connect (app, "activate", G_CALLBACK (minimal_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

/* Runs @argv to its end; adds its wall time and peak memory to @runs. */
static void
run_child (char  **argv,
           Runs   *runs)
{
  struct rusage usage;
  gint64 started = g_get_monotonic_time ();
  pid_t pid;
  int status;

  if (posix_spawn (&pid, argv[0], NULL, NULL, argv, environ) != 0)
    g_error ("Could not run %s", argv[0]);
  if (wait4 (pid, &status, 0, &usage) != pid)
    g_error ("Could not wait for %s", argv[0]);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s %s failed (status %d)", argv[0], argv[1] != NULL ? argv[1] : "", status);
  g_assert (runs->n < G_N_ELEMENTS (runs->seconds));
  runs->seconds[runs->n] = (g_get_monotonic_time () - started) / 1e6;
  runs->mib[runs->n] = usage.ru_maxrss / 1024.0;
  runs->n++;
}

static double
print_runs (const char *what,
            Runs       *runs,
            double     *mib)
{
  double low, high, mlow, mhigh;
  double median = bench_median (runs->seconds, runs->n, &low, &high);

  *mib = bench_median (runs->mib, runs->n, &mlow, &mhigh);
  printf ("  %-28s %7.3f s (%.3f–%.3f)   peak %7.1f MiB (%.1f–%.1f)\n", what, median, low,
          high, *mib, mlow, mhigh);
  return median;
}

static gboolean
bench_size (guint        n_mous,
            guint        rounds,
            const char  *dir,
            const char  *exe,
            const char  *self_path)
{
  g_autofree char *path = NULL;
  Runs check = { 0 }, window = { 0 }, minimal = { 0 }, whole = { 0 };
  double check_s, window_s, minimal_s, whole_s, check_mib, window_mib, minimal_mib, whole_mib;
  gboolean met;

  if (n_mous == 0)
    path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "samples",
                             "pakistan-belarus-2025.json", NULL);
  else
    {
      g_autoptr(GBytes) bytes = bench_generate (n_mous);
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("bench-%u.json", n_mous);

      path = g_build_filename (dir, name, NULL);
      if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                (gssize) g_bytes_get_size (bytes), &error))
        g_error ("%s", error->message);
    }

  /* A first round that is not counted: the session's first program pays
   * for starting its services (the accessibility bus) and for reading the
   * libraries from disk. */
  for (guint r = 0; r <= rounds; r++)
    {
      char *check_argv[] = { (char *) exe, (char *) "--check", path, NULL };
      /* The sample is what the app shows when it opens no file. */
      char *window_argv[] = { (char *) exe, n_mous == 0 ? NULL : path, NULL };
      char *minimal_argv[] = { (char *) self_path, (char *) "--minimal", NULL };

      run_child (minimal_argv, &minimal);
      run_child (check_argv, &check);
      run_child (window_argv, &window);
      g_setenv ("PP_EXIT_AFTER_FIRST_FRAME", "ready", TRUE);
      run_child (window_argv, &whole);
      g_setenv ("PP_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
      if (r == 0)
        minimal.n = check.n = window.n = whole.n = 0;
    }

  if (n_mous == 0)
    printf ("The bundled sample, %u rounds:\n", rounds);
  else
    printf ("%u MoUs, %u rounds:\n", n_mous, rounds);
  minimal_s = print_runs ("minimal libadwaita window", &minimal, &minimal_mib);
  check_s = print_runs ("--check", &check, &check_mib);
  window_s = print_runs ("window, first frame", &window, &window_mib);
  whole_s = print_runs ("window, every page filled", &whole, &whole_mib);
  printf ("  window / --check: %.2fx time, %.2fx memory; window / minimal window: %.2fx\n",
          window_s / check_s, window_mib / check_mib, window_s / minimal_s);
  printf ("  every page filled / --check: %.2fx time, %.2fx memory; / minimal window: %.2fx\n",
          whole_s / check_s, whole_mib / check_mib, whole_s / minimal_s);
  if (n_mous == 0)
    {
      met = window_s <= 1.5 * minimal_s;
      printf ("  target (within 1.5x of the minimal window): %s\n", met ? "met" : "NOT met");
    }
  else if (n_mous >= 100000)
    {
      met = window_s <= 1.5 * check_s && window_mib <= 1.3 * check_mib;
      printf ("  target (within 1.5x of --check, memory within 1.3x): %s\n",
              met ? "met" : "NOT met");
    }
  else
    met = TRUE;   /* for information */
  if (n_mous > 0)
    g_unlink (path);
  return met;
}

/* The app keeps recent files, recovery copies and settings: give every
 * run the same empty home, so that none of them opens something else. */
static char *
make_home (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("bench-window-XXXXXX", &error);
  const char *subdirs[][2] = { { "XDG_CONFIG_HOME", "config" }, { "XDG_DATA_HOME", "data" },
                               { "XDG_CACHE_HOME", "cache" }, { "XDG_STATE_HOME", "state" } };

  if (dir == NULL)
    g_error ("%s", error->message);
  g_setenv ("HOME", dir, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (subdirs); i++)
    {
      g_autofree char *sub = g_build_filename (dir, subdirs[i][1], NULL);

      g_mkdir_with_parents (sub, 0700);
      g_setenv (subdirs[i][0], sub, TRUE);
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("PP_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
  return dir;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *sizes = g_strdup ("0,10000,100000");
  g_autofree char *home = NULL;
  g_autofree char *write_file = NULL;
  g_auto(GStrv) each = NULL;
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("PP_EXECUTABLE");
  int rounds = 3;
  gboolean minimal = FALSE, all_met = TRUE;
  GOptionEntry entries[] = {
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Rounds of each run (3)", "N" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes, "MoUs, 0 for the sample", "LIST" },
    { "minimal", 0, 0, G_OPTION_ARG_NONE, &minimal, "Be the minimal window", NULL },
    { "write", 0, 0, G_OPTION_ARG_FILENAME, &write_file, "Write the first size's file", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *self_path = NULL;
  g_autofree char *rm = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  if (minimal)
    return run_minimal ();
  if (write_file != NULL)
    {
      g_autoptr(GBytes) bytes = bench_generate ((guint) g_ascii_strtoull (sizes, NULL, 10));

      if (!g_file_set_contents (write_file, g_bytes_get_data (bytes, NULL),
                                (gssize) g_bytes_get_size (bytes), &error))
        g_error ("%s", error->message);
      return 0;
    }
  if (exe == NULL || rounds < 1 || rounds > 64)
    g_error ("Set PP_EXECUTABLE to the app, and --rounds to 1–64");
  self_path = g_file_read_link ("/proc/self/exe", NULL);
  home = make_home ();
  each = g_strsplit (sizes, ",", -1);
  for (guint i = 0; each[i] != NULL; i++)
    all_met &= bench_size ((guint) g_ascii_strtoull (each[i], NULL, 10), (guint) rounds, home,
                           exe, self_path);
  printf ("Targets: %s\n", all_met ? "all met" : "NOT all met");
  rm = g_strdup_printf ("rm -rf '%s'", home);
  if (system (rm) != 0)
    g_warning ("Could not remove %s", home);
  return 0;
}
