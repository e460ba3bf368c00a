/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-change-summary.h: what a list of changes amounts to, counted the way
 * a meeting's brief asks: MoUs signed, expired and added, milestones
 * moved, commitments' progress; and the same in one line of words. */
#pragma once

#include "pp-change.h"

G_BEGIN_DECLS

typedef struct
{
  guint mous_signed;         /* now signed or in force, and were not */
  guint mous_expired;        /* now expired, and were not */
  guint mous_added;
  guint milestones_moved;    /* a due date changed */
  guint milestones_slipped;  /* of those, to a later date */
  guint progress_moved;      /* commitments whose value reached changed */
  guint other;               /* every other change */
} PpChangeSummary;

/* What a change counts as. */
typedef enum
{
  PP_CHANGE_NOTE_MOU_SIGNED,
  PP_CHANGE_NOTE_MOU_EXPIRED,
  PP_CHANGE_NOTE_MOU_ADDED,
  PP_CHANGE_NOTE_MILESTONE_MOVED,
  PP_CHANGE_NOTE_PROGRESS_MOVED,
  PP_CHANGE_NOTE_OTHER,
} PpChangeNote;

PpChangeNote pp_change_summary_classify (PpChange *change);
void  pp_change_summary_count   (PpChangeSummary       *summary,
                                 GListModel            *changes);
char *pp_change_summary_to_text (const PpChangeSummary *summary);

G_END_DECLS
