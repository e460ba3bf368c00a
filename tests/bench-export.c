/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-export.c: how long exporting large portfolios takes, per format,
 * how long building the document takes, and how long saving the portfolio
 * to memory takes (the part of an export from the app that runs before the
 * thread, so the window waits for it). A benchmark, not a test: it prints
 * figures and exits 0.
 *
 *   bench-export [N_MOUS…]   (default: 1000 10000 100000)
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "bench-generate.h"
#include "pp-document.h"
#include "pp-export.h"
#include "pp-portfolio-io.h"

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static void
measure (guint n_mous)
{
  g_autoptr(GBytes) text = bench_generate (n_mous);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (text, &error);
  g_auto(PpExportOptions) options;
  gint64 start;

  g_assert_no_error (error);
  pp_export_options_init (&options);
  g_date_set_dmy (&options.today, 1, G_DATE_JUNE, 2025);

  start = g_get_monotonic_time ();
  {
    g_autoptr(GBytes) snapshot = pp_portfolio_save_to_bytes (portfolio);

    printf ("%7u MoUs  %-8s %8.2f s   %8.1f MiB\n", n_mous, "snapshot", seconds_since (start),
            g_bytes_get_size (snapshot) / 1048576.0);
  }

  start = g_get_monotonic_time ();
  {
    g_autoptr(PpDocument) document = pp_document_new (portfolio, &options, &error);

    g_assert_no_error (error);
    printf ("%7u MoUs  %-8s %8.2f s   %5u blocks\n", n_mous, "document", seconds_since (start),
            document->blocks->len);
  }

  for (guint format = 0; format < PP_N_EXPORT_FORMATS; format++)
    {
      g_autoptr(GBytes) bytes = NULL;

      /* Paginating 100,000 register rows with Pango takes minutes; the
       * PDF is measured up to 10,000. */
      if (format == PP_EXPORT_FORMAT_PDF && n_mous > 10000)
        continue;
      start = g_get_monotonic_time ();
      bytes = pp_export_to_bytes (portfolio, format, &options, &error);
      g_assert_no_error (error);
      printf ("%7u MoUs  %-8s %8.2f s   %8.1f MiB\n", n_mous, pp_export_format_get_name (format),
              seconds_since (start), g_bytes_get_size (bytes) / 1048576.0);
      fflush (stdout);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 1000, 10000, 100000 };

  setlocale (LC_ALL, "");
  printf ("bench-export: the brief of a generated portfolio (seed %u), each format once\n",
          BENCH_SEED);
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      measure ((guint) g_ascii_strtoull (argv[i], NULL, 10));
  else
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      measure (sizes[i]);
  return 0;
}
