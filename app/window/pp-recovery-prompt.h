/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-recovery-prompt.h: asking, at start, whether to restore the unsaved
 * changes a crash or a kill left behind. */
#pragma once

#include <adwaita.h>

#include "pp-recovery.h"

G_BEGIN_DECLS

/* Called with the restored portfolio and its copy, already this process's,
 * to show them in a window. */
typedef void (*PpRecoveryRestoreFunc) (PpRecovery  *recovery,
                                       PpPortfolio *portfolio,
                                       gpointer     user_data);

/* Called once each question is answered. */
typedef void (*PpRecoveryAnsweredFunc) (gpointer user_data);

guint pp_recovery_prompt_offer (GtkApplication         *application,
                                PpRecoveryRestoreFunc   restore,
                                PpRecoveryAnsweredFunc  answered,
                                gpointer                user_data);

G_END_DECLS
