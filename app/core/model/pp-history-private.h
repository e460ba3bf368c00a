/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-history-private.h: what the history's own files share. */
#pragma once

#include "pp-history.h"

G_BEGIN_DECLS

gboolean _pp_history_refuse (PpHistory  *self,
                             GError    **error);

G_END_DECLS
