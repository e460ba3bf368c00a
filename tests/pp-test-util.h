/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-util.h: what several tests do alike: load the sample or a
 * fixture, read an exported file back with an outside program, remove a
 * temporary folder, and run git in a home of the test's own. */

#pragma once

#include "pp-portfolio.h"

G_BEGIN_DECLS

PpPortfolio *pp_test_load_sample  (void);
PpPortfolio *pp_test_load_fixture (const char         *name);
char        *pp_test_run_reader   (const char         *tool,
                                   const char * const *args,
                                   const void         *data,
                                   gsize               length,
                                   gboolean            want_errors);
void         pp_test_remove_tree  (const char         *path);
void         pp_test_git          (const char         *folder,
                                   ...) G_GNUC_NULL_TERMINATED;
char        *pp_test_isolate_git  (void);

G_END_DECLS
