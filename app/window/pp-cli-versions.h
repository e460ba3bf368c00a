/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli-versions.h: `--history FILE`, the saved versions of a portfolio
 * file on the command line. */
#pragma once

#include "pp-cli-report.h"

G_BEGIN_DECLS

int pp_cli_history (const char *path);

G_END_DECLS
