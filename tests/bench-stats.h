/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-stats.h: the figures the benchmarks print of several runs. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double bench_median (const double *values,
                     guint         n,
                     double       *low,
                     double       *high);

G_END_DECLS
