/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-progress-entry-row.h: PpProgressEntryRow, one progress entry of a commitment, edited in place. */
#pragma once

#include <adwaita.h>

#include "pp-commitment.h"
#include "pp-history.h"
#include "pp-progress-entry.h"

G_BEGIN_DECLS

#define PP_TYPE_PROGRESS_ENTRY_ROW (pp_progress_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (PpProgressEntryRow, pp_progress_entry_row, PP, PROGRESS_ENTRY_ROW,
                      AdwExpanderRow)

GtkWidget *pp_progress_entry_row_new (PpHistory       *history,
                                      PpCommitment    *commitment,
                                      PpProgressEntry *entry);

G_END_DECLS
