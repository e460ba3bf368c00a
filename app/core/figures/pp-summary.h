/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-summary.h: PpSummary, the dashboard's figures, computed from a
 * portfolio (without GTK) and kept up to date as it changes. */
#pragma once

#include "pp-due-item.h"
#include "pp-portfolio.h"
#include "pp-sector-summary.h"

G_BEGIN_DECLS

#define PP_TYPE_SUMMARY (pp_summary_get_type ())

G_DECLARE_FINAL_TYPE (PpSummary, pp_summary, PP, SUMMARY, GObject)

#define PP_AGENDA_DAYS 90

PpSummary       *pp_summary_new              (PpPortfolio  *portfolio);
PpSectorSummary *pp_summary_get_total        (PpSummary    *self);
GListModel      *pp_summary_get_sectors      (PpSummary    *self);
GListModel      *pp_summary_get_agenda       (PpSummary    *self);
GListModel      *pp_summary_get_at_risk      (PpSummary    *self);
GListModel      *pp_summary_get_owed         (PpSummary    *self,
                                              guint         side);
guint            pp_summary_get_n_walks      (PpSummary    *self);
void             pp_summary_flush            (PpSummary    *self);

gint64           pp_commitment_get_achieved  (PpCommitment *commitment,
                                              const GDate  *as_of);
guint            pp_commitment_get_n_planned (PpCommitment *commitment,
                                              const GDate  *as_of);
double           pp_commitment_get_expected  (PpCommitment *commitment,
                                              const GDate  *as_of);

G_END_DECLS
