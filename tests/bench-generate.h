/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-generate.h: large portfolio files for the benchmarks. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BENCH_SEED 20250714

GBytes *bench_generate (guint n_mous);

G_END_DECLS
