/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-recovery.h: PpRecovery, a copy of a window's unsaved changes in the
 * user's data folder, from which they are restored after a crash. */
#pragma once

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_RECOVERY (pp_recovery_get_type ())

G_DECLARE_FINAL_TYPE (PpRecovery, pp_recovery, PP, RECOVERY, GObject)

char        *pp_recovery_get_folder       (void);
PpRecovery  *pp_recovery_new              (void);
GPtrArray   *pp_recovery_list_left_over   (GError      **error);

gboolean     pp_recovery_save             (PpRecovery   *self,
                                           PpPortfolio  *portfolio,
                                           GFile        *file,
                                           const char   *identity,
                                           GError      **error);
PpPortfolio *pp_recovery_load             (PpRecovery   *self,
                                           GError      **error);
gboolean     pp_recovery_claim            (PpRecovery   *self,
                                           GError      **error);
gboolean     pp_recovery_discard          (PpRecovery   *self,
                                           GError      **error);

GFile       *pp_recovery_get_file         (PpRecovery   *self);
const char  *pp_recovery_get_title        (PpRecovery   *self);
const char  *pp_recovery_get_identity     (PpRecovery   *self);
GDateTime   *pp_recovery_get_saved_at     (PpRecovery   *self);
const char  *pp_recovery_get_path         (PpRecovery   *self);

char        *pp_recovery_describe_time    (GDateTime    *when,
                                           GDateTime    *now);

G_END_DECLS
