/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli-merge.h: `partnership-planner --merge BASE OURS THEIRS --output
 * RESULT`, which needs no display and serves as a git merge driver. */
#pragma once

#include "pp-cli-report.h"

G_BEGIN_DECLS

int pp_cli_merge (const char *base,
                  const char *ours,
                  const char *theirs,
                  const char *output);

G_END_DECLS
