/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli-report.h: how the headless commands end: exit statuses, usage
 * errors, and errors named by file and place. */
#pragma once

#include <glib.h>

#include "pp-portfolio.h"

G_BEGIN_DECLS

/* Exit statuses of the headless commands. */
enum {
  PP_EXIT_OK = 0,
  PP_EXIT_BAD_INPUT = 1,
  PP_EXIT_USAGE = 2,
};

int   pp_cli_usage          (const char   *message);
char *pp_cli_describe_error (const char   *path,
                             const GError *error);

PpPortfolio *pp_cli_load (const char *spec);

G_END_DECLS
