/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-progress-entry.h: PpProgressEntry, the cumulative value achieved for a commitment as of a date, with a note of its source. */
#pragma once

#include "pp-node.h"
#include "pp-enums.h"

G_BEGIN_DECLS

#define PP_TYPE_PROGRESS_ENTRY (pp_progress_entry_get_type ())

G_DECLARE_FINAL_TYPE (PpProgressEntry, pp_progress_entry, PP, PROGRESS_ENTRY, PpNode)

PpProgressEntry *pp_progress_entry_new (void);

const GDate *pp_progress_entry_get_on (PpProgressEntry *self);
void pp_progress_entry_set_on (PpProgressEntry *self, const GDate *on);
gint64 pp_progress_entry_get_value (PpProgressEntry *self);
void pp_progress_entry_set_value (PpProgressEntry *self, gint64 value);
const char *pp_progress_entry_get_note (PpProgressEntry *self);
void pp_progress_entry_set_note (PpProgressEntry *self, const char *note);

G_END_DECLS

