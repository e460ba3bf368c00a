/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-cli.h: running the app's command line as a process with no
 * display, and writing its input files. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int status;
  char *out;
  char *err;
} PpTestRun;

void  pp_test_run_clear  (PpTestRun  *run);
void  pp_test_run_app    (PpTestRun  *run,
                          ...) G_GNUC_NULL_TERMINATED;
char *pp_test_write_temp (const char *contents);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PpTestRun, pp_test_run_clear)

G_END_DECLS
