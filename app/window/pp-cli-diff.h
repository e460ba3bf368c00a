/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli-diff.h: `--diff OLD NEW`, the changes between two portfolio
 * files, as lines to read or as JSON. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int pp_cli_diff (const char *old_path,
                 const char *new_path,
                 const char *format);

G_END_DECLS
