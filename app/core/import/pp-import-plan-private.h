/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-plan-private.h: what pp-import-plan.c (reading a register
 * against a portfolio) hands to pp-import-apply.c (doing it). */
#pragma once

#include "pp-import-plan.h"

G_BEGIN_DECLS

typedef struct
{
  GHashTable *ids;        /* folded name or id → id, or "" while still to be made */
  GPtrArray *new_names;   /* the names to be made, as first written, NULL-terminated */
  GHashTable *countries;  /* folded name → country, for new organisations */
} Names;

struct _PpImportPlan
{
  PpPortfolio *portfolio;
  GPtrArray *rows;        /* of PpImportRow, the rows that can be imported */
  GPtrArray *targets;     /* of PpMou, per row: the MoU it updates, or NULL */
  GPtrArray *problems;    /* of PpImportProblem */
  Names sectors;
  Names organisations;
  guint n_updated;
};

void        _pp_import_names_use        (Names        *names,
                                         const char   *name,
                                         const char   *id);
const char *_pp_import_names_lookup     (Names        *names,
                                         const char   *name);
const char *_pp_import_plan_country_of  (PpImportPlan *self,
                                         const char   *folded);

G_END_DECLS
