/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-stats.c: the figures the benchmarks print of several runs. */

#include "config.h"

#include <stdlib.h>

#include "bench-stats.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * bench_median:
 * @values: (array length=n): the runs' figures, left as they are
 * @low: (out) (optional): the smallest
 * @high: (out) (optional): the largest
 *
 * Returns: the median of @values, or 0 when there are none
 */
double
bench_median (const double *values,
              guint         n,
              double       *low,
              double       *high)
{
  g_autofree double *sorted = NULL;

  if (n == 0)
    return 0;
  sorted = g_memdup2 (values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_doubles);
  if (low != NULL)
    *low = sorted[0];
  if (high != NULL)
    *high = sorted[n - 1];
  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}
