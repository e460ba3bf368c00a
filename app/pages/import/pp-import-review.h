/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-review.h: PpImportReview, the last step of the Import dialog:
 * what the import will do, the sectors and organisations it will make, and
 * the rows it cannot read. */
#pragma once

#include <adwaita.h>

#include "pp-import-plan.h"

G_BEGIN_DECLS

#define PP_TYPE_IMPORT_REVIEW (pp_import_review_get_type ())

G_DECLARE_FINAL_TYPE (PpImportReview, pp_import_review, PP, IMPORT_REVIEW, AdwBin)

void     pp_import_review_set_plan       (PpImportReview *self,
                                          PpImportPlan   *plan,
                                          PpPortfolio    *portfolio,
                                          PpSheet        *sheet,
                                          gboolean        workbook);
gboolean pp_import_review_get_can_import (PpImportReview *self);
gboolean pp_import_review_apply          (PpImportReview *self,
                                          PpHistory      *history,
                                          guint          *n_added,
                                          guint          *n_updated,
                                          GError        **error);

G_END_DECLS
