/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-versions.h: helpers of the window's versions tests
 * (test-window-versions, test-window-sync). */
#pragma once

#include "pp-test-util.h"
#include "pp-version-store.h"
#include "pp-window.h"

G_BEGIN_DECLS

/* A folder of the test's own, with plans/pk-by.json holding the sample,
 * and the settings the windows use. */
typedef struct
{
  char *root;
  GFile *file;
  GSettings *settings;
} PpTestVersions;

void            pp_test_versions_set_up    (PpTestVersions *f,
                                            gconstpointer   data);
void            pp_test_versions_tear_down (PpTestVersions *f,
                                            gconstpointer   data);
void            pp_test_save_sample        (GFile          *file,
                                            const char     *title);
PpWindow       *pp_test_open_window        (PpTestVersions *f,
                                            GFile          *file);
void            pp_test_close_window       (PpWindow       *window);
gboolean        pp_test_action_enabled     (PpWindow       *window,
                                            const char     *name);
void            pp_test_type_into          (GtkWidget      *root,
                                            const char     *row_title,
                                            const char     *text);
void            pp_test_answer             (gpointer        dialog,
                                            const char     *label);
PpVersionStore *pp_test_open_store         (GFile          *file);

G_END_DECLS
