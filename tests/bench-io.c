/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-io.c: how fast large portfolios load, save and pass --check, and how
 * much memory loading takes, against json-glib's bare parse of the same file.
 * A benchmark, not a test: it marks each target PASS or MISS and exits 0.
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

#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-portfolio-io.h"

#define SEED            20250714
#define N_SECTORS       12
#define N_ORGANISATIONS 200
#define LOAD_TARGET     1.5
#define SAVE_TARGET     1.0
#define PEAK_TARGET     1.4
#define BASE_DAY        735599   /* 2015-01-01 as a GDate Julian day */

extern char **environ;

typedef struct
{
  GRand   *rand;
  GString *out;
} Gen;

typedef struct
{
  double file_mib;
  double parse_ms, load_ms, save_ms, check_ms;
  double parse_peak, load_peak, check_peak;   /* MiB */
} Result;

static const char * const sector_names[N_SECTORS] = {
  "Energy", "Agriculture", "Textiles", "Pharmaceuticals", "Education", "Information technology",
  "Machinery", "Logistics", "Tourism", "Health", "Mining", "Finance",
};
static const char * const pk_cities[] = { "Lahore", "Karachi", "Islamabad", "Faisalabad" };
static const char * const by_cities[] = { "Minsk", "Brest", "Grodno", "Gomel", "Vitebsk" };
/* Indexed by PpOrganisationKind. */
static const char * const kind_nouns[] = {
  "Directorate", "Development Agency", "Industries", "Chamber of Commerce", "University",
  "Foundation",
};
static const char * const sentences[] = {
  "The parties agree to exchange delegations twice a year.",
  "A joint working group reviews progress every quarter.",
  "Each side nominates a focal person within thirty days.",
  "Costs are borne by the side that incurs them unless agreed otherwise.",
  "Pilot projects start in the two cities named in the annex.",
  "Disputes are settled through consultation between the parties.",
  "Training is offered in English and Russian.",
  "The agreement covers standards, certification and testing.",
};
static const char * const mou_kinds[] = { "Framework", "Technical", "Trade", "Research" };
static const char * const follow_ups[] = {
  "Send the draft annex to the other side", "Nominate focal persons",
  "Schedule the joint commission meeting", "Share the list of pilot sites",
};
static const char * const milestones[8] = {
  "Feasibility study approved", "Site allocated", "Financing closed", "Equipment ordered",
  "Staff trained", "Trial production", "Commissioning", "Full operation",
};
static const char * const risks[] = {
  "Currency volatility", "Delays at customs", "Shortage of skilled labour", "Payment routes",
};
static const char * const shares[][2] = {
  { "50.0", "50.0" }, { "60.0", "40.0" }, { "62.5", "37.5" }, { "75.0", "25.0" },
};
static const char * const currencies[] = { "USD", "EUR", "BYN", "PKR" };
static const char * const units[] = { "people", "students", "million USD", "laboratories" };

#define RANGE(g, lo, hi) ((guint) g_rand_int_range ((g)->rand, (lo), (hi)))
#define PICK(g, array) ((array)[RANGE (g, 0, G_N_ELEMENTS (array))])
#define NICK(type, value) (pp_enum_get_nick ((type), (value)))

/* The generator writes compact JSON, each list element followed by a comma
 * that closing the list removes. No generated text needs escaping. */
static void
close_list (GString *s,
            char     bracket)
{
  if (s->str[s->len - 1] == ',')
    g_string_truncate (s, s->len - 1);
  g_string_append_c (s, bracket);
}

/* A quoted ISO date in @buf, or null for day 0. */
static const char *
date_json (guint32 julian,
           char    buf[16])
{
  GDate date;
  char iso[11];

  if (julian == 0)
    return "null";
  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  pp_date_format_iso (&date, iso);
  g_snprintf (buf, 16, "\"%s\"", iso);
  return buf;
}

static char *
make_text (Gen  *g,
           guint n_sentences)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_sentences; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "", PICK (g, sentences));
  return g_string_free (text, FALSE);
}

static const char *
org_city (guint i)
{
  if (i < N_ORGANISATIONS / 2)
    return pk_cities[i % G_N_ELEMENTS (pk_cities)];
  return by_cities[i % G_N_ELEMENTS (by_cities)];
}

static void
add_header (Gen  *g,
            guint n_mous)
{
  g_string_append_printf (g->out, "{\"format\":\"%s\",\"version\":%d,"
                          "\"title\":\"Pakistan–Belarus partnership (%u MoUs)\","
                          "\"countries\":[\"PK\",\"BY\"],"
                          "\"description\":\"Generated by bench-io, seed %u.\",\"sectors\":[",
                          PP_FORMAT_NAME, PP_FORMAT_VERSION, n_mous, SEED);
  for (guint i = 0; i < N_SECTORS; i++)
    {
      g_autofree char *text = make_text (g, 1);
      guint color = g_rand_int (g->rand) & 0xffffff;

      g_string_append_printf (g->out, "{\"id\":\"sector-%02u\",\"name\":\"%s\","
                              "\"color\":\"#%06x\",\"description\":\"%s\"},",
                              i, sector_names[i], color, text);
    }
  close_list (g->out, ']');
  g_string_append (g->out, ",\"organisations\":[");
  for (guint i = 0; i < N_ORGANISATIONS; i++)
    g_string_append_printf (g->out, "{\"id\":\"org-%03u\",\"name\":\"%s %s %s\","
                            "\"country\":\"%s\",\"kind\":\"%s\"},",
                            i, org_city (i), sector_names[(i / 8) % N_SECTORS],
                            kind_nouns[i % G_N_ELEMENTS (kind_nouns)],
                            i < N_ORGANISATIONS / 2 ? "PK" : "BY",
                            NICK (PP_TYPE_ORGANISATION_KIND, i % G_N_ELEMENTS (kind_nouns)));
  close_list (g->out, ']');
}

static void
add_mou (Gen  *g,
         guint i)
{
  PpMouStatus status = RANGE (g, PP_MOU_STATUS_DRAFT, PP_MOU_STATUS_TERMINATED + 1);
  const char *kind = PICK (g, mou_kinds);
  guint pk = RANGE (g, 0, N_ORGANISATIONS / 2);
  guint by = RANGE (g, N_ORGANISATIONS / 2, N_ORGANISATIONS);
  guint32 on = status >= PP_MOU_STATUS_SIGNED ? BASE_DAY + RANGE (g, 0, 3650) : 0;
  guint32 effective = on ? on + RANGE (g, 0, 90) : 0;
  guint32 expires = on ? on + 365 * RANGE (g, 2, 11) : 0;
  gboolean automatic = g_rand_boolean (g->rand);
  guint notice = 30 * RANGE (g, 1, 7);
  guint n_follow_ups = RANGE (g, 0, 4);
  g_autofree char *summary = make_text (g, RANGE (g, 3, 5));
  char d[3][16];

  g_string_append_printf (g->out, "{\"id\":\"mou-%06u\",\"title\":\"%s agreement: %s (%s–%s)\","
                          "\"sector\":\"sector-%02u\",\"status\":\"%s\","
                          "\"parties\":[\"org-%03u\",\"org-%03u\"],\"signed_on\":%s,"
                          "\"effective_on\":%s,\"expires_on\":%s,\"renewal\":{\"automatic\":%s,"
                          "\"notice_days\":%u},\"summary\":\"%s\",\"follow_ups\":[",
                          i, kind, sector_names[i % N_SECTORS], org_city (pk), org_city (by),
                          i % N_SECTORS, NICK (PP_TYPE_MOU_STATUS, status), pk, by,
                          date_json (on, d[0]), date_json (effective, d[1]),
                          date_json (expires, d[2]), automatic ? "true" : "false", notice,
                          summary);
  for (guint f = 0; f < n_follow_ups; f++)
    {
      const char *title = PICK (g, follow_ups);
      guint32 due = BASE_DAY + RANGE (g, 0, 4000);
      gboolean done = g_rand_boolean (g->rand);

      g_string_append_printf (g->out, "{\"title\":\"%s\",\"due_on\":%s,\"done\":%s,"
                              "\"side\":\"%s\"},", title, date_json (due, d[0]),
                              done ? "true" : "false", f % 2 ? "BY" : "PK");
    }
  close_list (g->out, ']');
  g_string_append (g->out, "},");
}

/* Eight milestones spread over the venture's dates, the first few done. */
static void
add_milestones_and_risks (Gen    *g,
                          guint32 start,
                          guint32 finish)
{
  guint done = RANGE (g, 0, 9);
  char d[16];

  g_string_append (g->out, ",\"milestones\":[");
  for (guint m = 0; m < G_N_ELEMENTS (milestones); m++)
    {
      PpMilestoneStatus status = m < done ? PP_MILESTONE_STATUS_DONE
                                          : RANGE (g, PP_MILESTONE_STATUS_PLANNED,
                                                   PP_MILESTONE_STATUS_DONE);

      g_string_append_printf (g->out, "{\"id\":\"m%u\",\"title\":\"%s\",\"due_on\":%s,"
                              "\"status\":\"%s\",\"owner\":\"Project office, %s\","
                              "\"side\":\"%s\"},", m + 1, milestones[m],
                              date_json (start + (finish - start) * (m + 1) / 9, d),
                              NICK (PP_TYPE_MILESTONE_STATUS, status),
                              m % 2 ? "Minsk" : "Lahore", m % 2 ? "BY" : "PK");
    }
  close_list (g->out, ']');
  g_string_append (g->out, ",\"risks\":[");
  for (guint r = 0; r < 2; r++)
    {
      const char *title = PICK (g, risks);
      PpLevel likelihood = RANGE (g, PP_LEVEL_LOW, PP_LEVEL_HIGH + 1);
      PpLevel impact = RANGE (g, PP_LEVEL_LOW, PP_LEVEL_HIGH + 1);
      g_autofree char *mitigation = make_text (g, 1);

      g_string_append_printf (g->out, "{\"title\":\"%s\",\"likelihood\":\"%s\",\"impact\":\"%s\","
                              "\"mitigation\":\"%s\"},", title, NICK (PP_TYPE_LEVEL, likelihood),
                              NICK (PP_TYPE_LEVEL, impact), mitigation);
    }
  close_list (g->out, ']');
}

/* Venture @v links MoU 10v and one of the nine after it. */
static void
add_venture (Gen  *g,
             guint v)
{
  const char *city = PICK (g, by_cities);
  PpVentureStage stage = RANGE (g, PP_VENTURE_STAGE_PROPOSED, PP_VENTURE_STAGE_CANCELLED + 1);
  guint share = RANGE (g, 0, G_N_ELEMENTS (shares));
  guint pk = RANGE (g, 0, N_ORGANISATIONS / 2);
  guint by = RANGE (g, N_ORGANISATIONS / 2, N_ORGANISATIONS);
  guint other_mou = 10 * v + RANGE (g, 1, 10);
  guint amount = RANGE (g, 10, 5000);
  const char *currency = PICK (g, currencies);
  guint jobs = RANGE (g, 10, 2000);
  guint32 start = BASE_DAY + RANGE (g, 0, 3650);
  guint32 finish = start + 365 * RANGE (g, 2, 7);
  g_autofree char *objectives = make_text (g, 2);
  char d[2][16];

  g_string_append_printf (g->out, "{\"id\":\"venture-%05u\",\"name\":\"%s %s joint venture\","
                          "\"sector\":\"sector-%02u\",\"stage\":\"%s\",\"partners\":["
                          "{\"organisation\":\"org-%03u\",\"share_percent\":%s},"
                          "{\"organisation\":\"org-%03u\",\"share_percent\":%s}],"
                          "\"mous\":[\"mou-%06u\",\"mou-%06u\"],\"budget\":{\"amount\":%u00000,"
                          "\"currency\":\"%s\"},\"jobs\":%u,\"start_on\":%s,\"end_on\":%s,"
                          "\"objectives\":\"%s\"",
                          v, city, sector_names[v % N_SECTORS], v % N_SECTORS,
                          NICK (PP_TYPE_VENTURE_STAGE, stage), pk, shares[share][0], by,
                          shares[share][1], 10 * v, other_mou, amount, currency, jobs,
                          date_json (start, d[0]), date_json (finish, d[1]), objectives);
  add_milestones_and_risks (g, start, finish);
  g_string_append (g->out, "},");
}

/* Commitment @c belongs to one of MoUs 25c to 25c+24, with running totals. */
static void
add_commitment (Gen  *g,
                guint c)
{
  guint mou = 25 * c + RANGE (g, 0, 25);
  const char *unit = PICK (g, units);
  guint target = 10 * RANGE (g, 5, 500);
  guint32 due = BASE_DAY + RANGE (g, 365, 4000);
  char d[16];

  g_string_append_printf (g->out, "{\"id\":\"commitment-%05u\",\"title\":\"%s: %s\","
                          "\"sector\":\"sector-%02u\",\"unit\":\"%s\",\"target\":%u,"
                          "\"due_on\":%s,\"mou\":\"mou-%06u\",\"side\":\"%s\",\"progress\":[",
                          c, sector_names[mou % N_SECTORS], unit, mou % N_SECTORS, unit, target,
                          date_json (due, d), mou, c % 2 ? "BY" : "PK");
  for (guint p = 1; p <= 4; p++)
    g_string_append_printf (g->out, "{\"on\":%s,\"value\":%u},",
                            date_json (due - 365 + 90 * p, d), target * p / 5);
  close_list (g->out, ']');
  g_string_append (g->out, "},");
}

/* The file's text: one venture per ten MoUs, one commitment per 25. */
static GBytes *
generate (guint n_mous)
{
  Gen g = { g_rand_new_with_seed (SEED), g_string_sized_new (1200 * (gsize) n_mous) };

  add_header (&g, n_mous);
  g_string_append (g.out, ",\"mous\":[");
  for (guint i = 0; i < n_mous; i++)
    add_mou (&g, i);
  close_list (g.out, ']');
  g_string_append (g.out, ",\"ventures\":[");
  for (guint v = 0; v < n_mous / 10; v++)
    add_venture (&g, v);
  close_list (g.out, ']');
  g_string_append (g.out, ",\"commitments\":[");
  for (guint c = 0; c < n_mous / 25; c++)
    add_commitment (&g, c);
  close_list (g.out, ']');
  g_string_append (g.out, "}\n");

  g_rand_free (g.rand);
  return g_string_free_to_bytes (g.out);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
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

/* Runs @argv ("self --child-rusage PROGRAM …") @runs times; medians of
 * PROGRAM's wall time and peak memory. */
static gboolean
measure_process (const char * const *argv,
                 guint               runs,
                 double             *ms,
                 double             *peak_mib,
                 GError            **error)
{
  g_autofree double *times = g_new (double, runs);
  g_autofree double *peaks = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
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
      times[i] = us / 1000.0;
      peaks[i] = kib / 1024.0;
    }
  *ms = median (times, runs);
  *peak_mib = median (peaks, runs);
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

static void
verdict (const char *what,
         double      ratio,
         double      target,
         guint      *misses)
{
  gboolean pass = ratio <= target;

  *misses += !pass;
  printf ("  %-21s %6.2fx parse, target <= %.2fx: %s\n", what, ratio, target,
          pass ? "PASS" : "MISS");
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
  if (r->check_ms > 0)
    print_row ("--check process", r->check_ms, r->check_ms / r->parse_ms, r->check_peak,
               r->check_peak / r->parse_peak);
  else
    printf ("  %-21s not run: PP_EXECUTABLE is not set\n", "--check process");
  verdict ("load time", r->load_ms / r->parse_ms, LOAD_TARGET, misses);
  verdict ("save time", r->save_ms / r->parse_ms, SAVE_TARGET, misses);
  verdict ("load peak memory", r->load_peak / r->parse_peak, PEAK_TARGET, misses);
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
  g_autoptr(GBytes) text = generate (n_mous);
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
    *step_ms[step] = median (t + step * runs, runs);
  return measure_process (parse_argv, 1, &unused, &r->parse_peak, error) &&
         measure_process (load_argv, 1, &unused, &r->load_peak, error) &&
         (check == NULL ||
          measure_process (check_argv, runs, &r->check_ms, &r->check_peak, error));
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
          3 * sizes->len, 3 * sizes->len - misses, misses);
  return 0;
}
