/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-commitments-page.h: PpCommitmentsPage, the commitments and their
 * progress. */
#pragma once

#include <adwaita.h>

#include "pp-history.h"

G_BEGIN_DECLS

#define PP_TYPE_COMMITMENTS_PAGE (pp_commitments_page_get_type ())

G_DECLARE_FINAL_TYPE (PpCommitmentsPage, pp_commitments_page, PP, COMMITMENTS_PAGE, AdwBin)

void          pp_commitments_page_set_history (PpCommitmentsPage *self,
                                               PpHistory         *history);
void          pp_commitments_page_select      (PpCommitmentsPage *self,
                                               PpCommitment      *commitment);
PpCommitment *pp_commitments_page_get_selected (PpCommitmentsPage *self);

G_END_DECLS
