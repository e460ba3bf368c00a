/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-summary-private.h: the counts that PpSummary gathers for a sector and
 * hands to its PpSectorSummary. */
#pragma once

#include "pp-sector-summary.h"

G_BEGIN_DECLS

#define PP_N_MOU_STATUSES (PP_MOU_STATUS_TERMINATED + 1)
#define PP_N_VENTURE_STAGES (PP_VENTURE_STAGE_CANCELLED + 1)

typedef struct
{
  char currency[4];   /* ISO 4217, or "" when the venture names none */
  gint64 amount;
} PpAmount;

typedef struct
{
  guint mous[PP_N_MOU_STATUSES];
  guint ventures[PP_N_VENTURE_STAGES];
  GArray *budgets;            /* of PpAmount, by currency */
  gint64 jobs;
  GPtrArray *commitments;     /* of PpCommitment, in portfolio order */
  guint commitments_hash;     /* of what the commitments show: title, progress… */
  GDate next_due;
  guint at_risk;
  guint incomplete;
} PpTally;

void              pp_tally_init          (PpTally         *tally);
void              pp_tally_clear         (PpTally         *tally);
void              pp_tally_add_budget    (PpTally         *tally,
                                          const char      *currency,
                                          gint64           amount);
void              pp_tally_add_due       (PpTally         *tally,
                                          const GDate     *date);
void              pp_tally_add           (PpTally         *tally,
                                          const PpTally   *other);

PpSectorSummary  *pp_sector_summary_new  (PpSector        *sector);
gboolean          pp_sector_summary_set  (PpSectorSummary *self,
                                          PpTally         *tally);

G_END_DECLS
