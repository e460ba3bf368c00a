/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sector-summary.h: PpSectorSummary, where one sector (or the whole
 * portfolio) stands: MoUs by status, ventures by stage, budgets per
 * currency, jobs, commitments and the next date due. */
#pragma once

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_SECTOR_SUMMARY (pp_sector_summary_get_type ())

G_DECLARE_FINAL_TYPE (PpSectorSummary, pp_sector_summary, PP, SECTOR_SUMMARY, GObject)

PpSector     *pp_sector_summary_get_sector        (PpSectorSummary *self);
guint         pp_sector_summary_get_mou_count     (PpSectorSummary *self,
                                                   PpMouStatus      status);
guint         pp_sector_summary_get_n_mous        (PpSectorSummary *self);
guint         pp_sector_summary_get_venture_count (PpSectorSummary *self,
                                                   PpVentureStage   stage);
guint         pp_sector_summary_get_n_ventures    (PpSectorSummary *self);
guint         pp_sector_summary_get_n_budgets     (PpSectorSummary *self);
gint64        pp_sector_summary_get_budget        (PpSectorSummary *self,
                                                   guint            index,
                                                   const char     **currency);
gint64        pp_sector_summary_get_jobs          (PpSectorSummary *self);
GPtrArray    *pp_sector_summary_get_commitments   (PpSectorSummary *self);
const GDate  *pp_sector_summary_get_next_due      (PpSectorSummary *self);
guint         pp_sector_summary_get_n_at_risk     (PpSectorSummary *self);
guint         pp_sector_summary_get_n_incomplete  (PpSectorSummary *self);
char         *pp_sector_summary_describe_count    (gboolean         mous,
                                                   guint            value,
                                                   guint            count);
char         *pp_sector_summary_describe_counts   (PpSectorSummary *summary,
                                                   gboolean         mous);
char         *pp_sector_summary_describe_budgets  (PpSectorSummary *summary);

G_END_DECLS
