/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-commitment-row.h: one commitment in the Commitments list. */

#pragma once

#include <gtk/gtk.h>

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_COMMITMENT_ROW (pp_commitment_row_get_type ())

G_DECLARE_FINAL_TYPE (PpCommitmentRow, pp_commitment_row, PP, COMMITMENT_ROW, GtkBox)

GtkWidget    *pp_commitment_row_new             (void);
void          pp_commitment_row_set_commitment  (PpCommitmentRow *self,
                                                 PpCommitment    *commitment);
PpCommitment *pp_commitment_row_get_commitment  (PpCommitmentRow *self);
char         *pp_commitment_row_describe_status (PpCommitment    *commitment);

G_END_DECLS
