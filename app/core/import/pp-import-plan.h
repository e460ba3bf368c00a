/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-plan.h: what importing a register into a portfolio will do, to
 * be looked at (the rows that cannot be read, the sectors and organisations
 * to be made, the MoUs added and updated) and then done as one undo step. */
#pragma once

#include "pp-history.h"
#include "pp-import-row.h"

G_BEGIN_DECLS

typedef struct _PpImportPlan PpImportPlan;

PpImportPlan       *pp_import_plan_new               (PpPortfolio         *portfolio,
                                                      PpSheet             *sheet,
                                                      const PpImportField *mapping,
                                                      PpDateOrder          order);
void                pp_import_plan_free              (PpImportPlan        *self);
GPtrArray          *pp_import_plan_get_problems      (PpImportPlan        *self);
guint               pp_import_plan_get_n_added       (PpImportPlan        *self);
guint               pp_import_plan_get_n_updated     (PpImportPlan        *self);
const char * const *pp_import_plan_get_new_sectors   (PpImportPlan        *self);
const char * const *pp_import_plan_get_new_organisations (PpImportPlan    *self);
void                pp_import_plan_use_sector        (PpImportPlan        *self,
                                                      const char          *name,
                                                      const char          *sector_id);
void                pp_import_plan_use_organisation  (PpImportPlan        *self,
                                                      const char          *name,
                                                      const char          *organisation_id);
const char         *pp_import_plan_get_country       (PpImportPlan        *self,
                                                      const char          *name);
void                pp_import_plan_set_country       (PpImportPlan        *self,
                                                      const char          *name,
                                                      const char          *country);
gboolean            pp_import_plan_apply             (PpImportPlan        *self,
                                                      PpHistory           *history,
                                                      gboolean             skip_bad,
                                                      GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpImportPlan, pp_import_plan_free)

G_END_DECLS
