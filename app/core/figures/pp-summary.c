/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-summary.c: the dashboard's figures.
 *
 * One walk over the portfolio gathers everything: the figures of each
 * sector and of the whole, the agenda of the next 90 days and what is
 * overdue, the ventures and commitments whose MoU is at risk, and what each
 * side owes. After a change the walk runs once more, in an idle so that a
 * burst of changes costs one walk, and each sector's summary emits
 * "changed" only when its figures differ, so views redraw only what moved.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-date.h"
#include "pp-format.h"
#include "pp-summary.h"
#include "pp-summary-private.h"

struct _PpSummary
{
  GObject parent_instance;

  PpPortfolio *portfolio;
  PpSectorSummary *total;
  GListStore *sectors;     /* of PpSectorSummary, in the portfolio's order */
  GListStore *agenda;      /* of PpDueItem, by date */
  GListStore *at_risk;     /* of PpDueItem: the reason, the venture or commitment */
  GListStore *owed[3];     /* of PpDueItem: first country, second, both */
  guint refresh_source;
  guint n_walks;
};

G_DEFINE_FINAL_TYPE (PpSummary, pp_summary, G_TYPE_OBJECT)

typedef struct
{
  PpSummary *self;
  GDate today;
  GDate horizon;
  GHashTable *tallies;     /* sector id → PpTally */
  PpTally none;            /* items with no sector */
  GPtrArray *agenda;
  GPtrArray *at_risk;
  GPtrArray *owed[3];
} Walk;

/**
 * pp_commitment_get_achieved:
 * @as_of: (nullable): count only entries on or before this date; %NULL
 *   for today
 *
 * An entry dated after @as_of is planned, not achieved, so every view and
 * document that asks for today's figure gives the same one.
 *
 * Returns: the value of the latest progress entry up to @as_of (values
 *   are running totals), or 0
 */
gint64
pp_commitment_get_achieved (PpCommitment *commitment,
                            const GDate  *as_of)
{
  GListModel *progress = pp_commitment_get_progress (commitment);
  const GDate *latest = NULL;
  gint64 value = 0;
  GDate today;

  if (as_of == NULL)
    {
      pp_date_get_today (&today);
      as_of = &today;
    }
  for (guint i = 0; i < g_list_model_get_n_items (progress); i++)
    {
      g_autoptr(PpProgressEntry) entry = g_list_model_get_item (progress, i);
      const GDate *on = pp_progress_entry_get_on (entry);

      if (on != NULL && g_date_valid (on) && g_date_compare (on, as_of) > 0)
        continue;
      if (latest == NULL || pp_date_compare (on, latest) >= 0)
        {
          latest = on;
          value = pp_progress_entry_get_value (entry);
        }
    }
  return value;
}

/**
 * pp_commitment_get_n_planned:
 * @as_of: (nullable): the day after which entries are planned; %NULL for
 *   today
 *
 * Returns: how many progress entries are dated after @as_of, which
 *   pp_commitment_get_achieved() leaves out
 */
guint
pp_commitment_get_n_planned (PpCommitment *commitment,
                             const GDate  *as_of)
{
  GListModel *progress = pp_commitment_get_progress (commitment);
  guint n = 0;
  GDate today;

  if (as_of == NULL)
    {
      pp_date_get_today (&today);
      as_of = &today;
    }
  for (guint i = 0; i < g_list_model_get_n_items (progress); i++)
    {
      g_autoptr(PpProgressEntry) entry = g_list_model_get_item (progress, i);
      const GDate *on = pp_progress_entry_get_on (entry);

      if (on != NULL && g_date_valid (on) && g_date_compare (on, as_of) > 0)
        n++;
    }
  return n;
}

/* When the commitment's straight line starts: its MoU's signing, else its
 * first progress entry. */
static gboolean
commitment_start (PpCommitment *commitment,
                  GDate        *start)
{
  PpNode *root = pp_node_get_root (PP_NODE (commitment));
  PpNode *mou = PP_IS_PORTFOLIO (root)
                ? pp_portfolio_lookup (PP_PORTFOLIO (root), PP_COLLECTION_MOUS,
                                       pp_commitment_get_mou (commitment))
                : NULL;
  GListModel *progress = pp_commitment_get_progress (commitment);

  g_date_clear (start, 1);
  if (mou != NULL && pp_mou_get_signed_on (PP_MOU (mou)) != NULL)
    {
      *start = *pp_mou_get_signed_on (PP_MOU (mou));
      return TRUE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (progress); i++)
    {
      g_autoptr(PpProgressEntry) entry = g_list_model_get_item (progress, i);

      if (pp_date_compare (pp_progress_entry_get_on (entry), start) < 0)
        *start = *pp_progress_entry_get_on (entry);
    }
  return g_date_valid (start);
}

/**
 * pp_commitment_get_expected:
 *
 * Returns: where the straight line from the start (the MoU's signing) to
 *   the target on the due date stands on @as_of; the target when there is
 *   no such line
 */
double
pp_commitment_get_expected (PpCommitment *commitment,
                            const GDate  *as_of)
{
  const GDate *due = pp_commitment_get_due_on (commitment);
  double target = (double) pp_commitment_get_target (commitment);
  GDate start;
  int span, done;

  if (due == NULL || !commitment_start (commitment, &start))
    return target;
  span = g_date_days_between (&start, due);
  done = g_date_days_between (&start, as_of);
  if (span <= 0 || done >= span)
    return target;
  if (done <= 0)
    return 0;
  return target * done / span;
}

static PpTally *
tally_for (Walk       *walk,
           const char *sector)
{
  PpTally *tally = sector != NULL ? g_hash_table_lookup (walk->tallies, sector) : NULL;

  return tally != NULL ? tally : &walk->none;
}

static int
side_index (Walk       *walk,
            const char *side)
{
  PpCountryPair *pair = pp_portfolio_get_countries (walk->self->portfolio);

  if (side != NULL && g_strcmp0 (side, pp_country_pair_get_first (pair)) == 0)
    return 0;
  if (side != NULL && g_strcmp0 (side, pp_country_pair_get_second (pair)) == 0)
    return 1;
  return 2;
}

static PpDueItem *
due_item_new (PpDueKind    kind,
              const GDate *date,
              const char  *title,
              PpNode      *node,
              PpNode      *subject,
              const char  *side,
              gboolean     overdue)
{
  PpDueItem *item = pp_due_item_new (kind, date, title, node, side, overdue);

  pp_due_item_set_subject (item, subject);
  return item;
}

/* Puts a dated open item on the agenda when it is overdue or within the
 * horizon, and on its sector's "next due". @subject is the follow-up or
 * milestone that @node, its MoU or venture, holds, or NULL. @owed is the
 * same item already on a side's list, or NULL: the two lists share it, as
 * a large portfolio has a hundred thousand of them. */
static void
add_due (Walk        *walk,
         PpTally     *tally,
         PpDueKind    kind,
         const GDate *date,
         const char  *title,
         PpNode      *node,
         PpNode      *subject,
         const char  *side,
         PpDueItem   *owed)
{
  gboolean overdue;

  if (date == NULL)
    return;
  overdue = g_date_compare (date, &walk->today) < 0;
  if (!overdue)
    pp_tally_add_due (tally, date);
  if (overdue || g_date_compare (date, &walk->horizon) <= 0)
    g_ptr_array_add (walk->agenda,
                     owed != NULL ? g_object_ref (owed)
                                  : due_item_new (kind, date, title, node, subject, side, overdue));
}

/* Puts an open item on its side's list; returns it, which the list keeps. */
static PpDueItem *
add_owed (Walk        *walk,
          PpDueKind    kind,
          const GDate *date,
          const char  *title,
          PpNode      *node,
          PpNode      *subject,
          const char  *side)
{
  gboolean overdue = date != NULL && g_date_compare (date, &walk->today) < 0;
  PpDueItem *item = due_item_new (kind, date, title, node, subject, side, overdue);

  g_ptr_array_add (walk->owed[side_index (walk, side)], item);
  return item;
}

static void
walk_mou (Walk  *walk,
          PpMou *mou)
{
  PpTally *tally = tally_for (walk, pp_mou_get_sector (mou));
  PpMouStatus status = pp_mou_get_status (mou);
  const GDate *expires = pp_mou_get_expires_on (mou);
  GListModel *follow_ups = pp_mou_get_follow_ups (mou);

  tally->mous[status]++;

  if (expires != NULL && (status == PP_MOU_STATUS_SIGNED || status == PP_MOU_STATUS_IN_FORCE) &&
      g_date_compare (expires, &walk->today) >= 0)
    {
      int notice = pp_mou_get_renewal_notice_days (mou);

      add_due (walk, tally, PP_DUE_KIND_EXPIRY, expires, pp_mou_get_title (mou),
               PP_NODE (mou), NULL, NULL, NULL);
      if (notice > 0)
        {
          GDate last_notice = *expires;

          pp_date_add_days_within (&last_notice, -notice);
          add_due (walk, tally, PP_DUE_KIND_NOTICE, &last_notice, pp_mou_get_title (mou),
                   PP_NODE (mou), NULL, NULL, NULL);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(PpFollowUp) follow_up = g_list_model_get_item (follow_ups, i);
      PpDueItem *owed;

      if (pp_follow_up_get_done (follow_up))
        continue;
      owed = add_owed (walk, PP_DUE_KIND_FOLLOW_UP, pp_follow_up_get_due_on (follow_up),
                       pp_follow_up_get_title (follow_up), PP_NODE (mou), PP_NODE (follow_up),
                       pp_follow_up_get_side (follow_up));
      add_due (walk, tally, PP_DUE_KIND_FOLLOW_UP, pp_follow_up_get_due_on (follow_up),
               pp_follow_up_get_title (follow_up), PP_NODE (mou), PP_NODE (follow_up),
               pp_follow_up_get_side (follow_up), owed);
    }
}

/* Says why the MoU @id puts an item that runs until @until at risk, or
 * NULL. */
static char *
mou_risk (Walk        *walk,
          const char  *id,
          const GDate *until)
{
  PpNode *node = pp_portfolio_lookup (walk->self->portfolio, PP_COLLECTION_MOUS, id);
  PpMou *mou;
  const GDate *expires;
  g_autofree char *date = NULL;

  if (node == NULL)
    return NULL;
  mou = PP_MOU (node);
  expires = pp_mou_get_expires_on (mou);
  if (pp_mou_get_status (mou) == PP_MOU_STATUS_EXPIRED)
    return pp_sentence_new (_("its MoU “%s” has expired"), pp_mou_get_title (mou));
  if (pp_mou_get_status (mou) == PP_MOU_STATUS_TERMINATED)
    return pp_sentence_new (_("its MoU “%s” was terminated"), pp_mou_get_title (mou));
  if (expires != NULL && until != NULL && g_date_compare (expires, until) < 0)
    {
      date = pp_date_to_display (expires);
      return pp_sentence_new (_("its MoU “%s” expires on %s, before it ends"),
                              pp_mou_get_title (mou), date);
    }
  return NULL;
}

static void
add_risk (Walk       *walk,
          PpTally    *tally,
          PpNode     *node,
          const char *name,
          char       *reason)
{
  g_autofree char *text = NULL;

  if (reason == NULL)
    return;
  /* Translators: "Electric buses: its MoU “…” has expired" */
  text = pp_sentence_new (_("%s: %s"), name, reason);
  g_ptr_array_add (walk->at_risk, pp_due_item_new (PP_DUE_KIND_EXPIRY, NULL, text, node, NULL,
                                                   TRUE));
  tally->at_risk++;
  g_free (reason);
}

static void
walk_venture (Walk      *walk,
              PpVenture *venture)
{
  PpTally *tally = tally_for (walk, pp_venture_get_sector (venture));
  GListModel *milestones = pp_venture_get_milestones (venture);
  const char * const *mous = pp_venture_get_mous (venture);

  tally->ventures[pp_venture_get_stage (venture)]++;
  if (pp_venture_get_budget_amount (venture) > 0)
    pp_tally_add_budget (tally, pp_venture_get_budget_currency (venture),
                         pp_venture_get_budget_amount (venture));
  tally->jobs += pp_venture_get_jobs (venture);

  if (!pp_venture_get_shares_complete (venture))
    tally->incomplete++;

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, i);
      PpMilestoneStatus status = pp_milestone_get_status (milestone);
      PpDueItem *owed;

      if (status == PP_MILESTONE_STATUS_DONE || status == PP_MILESTONE_STATUS_CANCELLED)
        continue;
      owed = add_owed (walk, PP_DUE_KIND_MILESTONE, pp_milestone_get_due_on (milestone),
                       pp_milestone_get_title (milestone), PP_NODE (venture),
                       PP_NODE (milestone), pp_milestone_get_side (milestone));
      add_due (walk, tally, PP_DUE_KIND_MILESTONE, pp_milestone_get_due_on (milestone),
               pp_milestone_get_title (milestone), PP_NODE (venture), PP_NODE (milestone),
               pp_milestone_get_side (milestone), owed);
    }

  /* One entry per venture: the first MoU that puts it at risk. */
  for (guint i = 0; mous[i] != NULL; i++)
    {
      char *reason = mou_risk (walk, mous[i], pp_venture_get_end_on (venture));

      if (reason != NULL)
        {
          add_risk (walk, tally, PP_NODE (venture), pp_venture_get_name (venture), reason);
          break;
        }
    }
}

static void
walk_commitment (Walk         *walk,
                 PpCommitment *commitment)
{
  PpTally *tally = tally_for (walk, pp_commitment_get_sector (commitment));
  gint64 achieved = pp_commitment_get_achieved (commitment, &walk->today);
  const GDate *due = pp_commitment_get_due_on (commitment);

  g_ptr_array_add (tally->commitments, g_object_ref (commitment));
  tally->commitments_hash = tally->commitments_hash * 31 +
                            g_str_hash (pp_commitment_get_title (commitment)) +
                            g_str_hash (pp_commitment_get_unit (commitment)) +
                            (guint) achieved * 7 + (guint) pp_commitment_get_target (commitment) +
                            (due != NULL ? g_date_get_julian (due) : 0);

  if (achieved < pp_commitment_get_target (commitment))
    {
      PpDueItem *owed = add_owed (walk, PP_DUE_KIND_COMMITMENT, due,
                                  pp_commitment_get_title (commitment), PP_NODE (commitment),
                                  NULL, pp_commitment_get_side (commitment));

      add_due (walk, tally, PP_DUE_KIND_COMMITMENT, due, pp_commitment_get_title (commitment),
               PP_NODE (commitment), NULL, pp_commitment_get_side (commitment), owed);
    }

  add_risk (walk, tally, PP_NODE (commitment), pp_commitment_get_title (commitment),
            mou_risk (walk, pp_commitment_get_mou (commitment), due));
}

static void
free_tally (gpointer data)
{
  pp_tally_clear (data);
  g_free (data);
}

static void
replace_items (GListStore *store,
               GPtrArray  *items)
{
  g_ptr_array_sort_with_data (items, (GCompareDataFunc) pp_due_item_compare_indirect, NULL);
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

/* Makes the sector summaries follow the portfolio's sectors, keeping the
 * summary of each sector that is still there. */
static void
sync_sectors (PpSummary *self)
{
  GListModel *sectors = pp_portfolio_get_sectors (self->portfolio);
  guint n = g_list_model_get_n_items (sectors);
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean same = n == g_list_model_get_n_items (G_LIST_MODEL (self->sectors));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpSector) sector = g_list_model_get_item (sectors, i);
      PpSectorSummary *found = NULL;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (self->sectors)); j++)
        {
          g_autoptr(PpSectorSummary) summary = g_list_model_get_item (G_LIST_MODEL (self->sectors), j);

          if (pp_sector_summary_get_sector (summary) == sector)
            {
              found = g_object_ref (summary);
              same = same && j == i;
              break;
            }
        }
      if (found == NULL)
        {
          found = pp_sector_summary_new (sector);
          same = FALSE;
        }
      g_ptr_array_add (summaries, found);
    }

  if (!same)
    g_list_store_splice (self->sectors, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sectors)),
                         summaries->pdata, summaries->len);
}

static void
refresh (PpSummary *self)
{
  Walk walk = { self };
  GListModel *list;
  PpTally total;

  self->n_walks++;
  pp_date_get_today (&walk.today);
  walk.horizon = walk.today;
  g_date_add_days (&walk.horizon, PP_AGENDA_DAYS);
  walk.tallies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, free_tally);
  pp_tally_init (&walk.none);
  walk.agenda = g_ptr_array_new_with_free_func (g_object_unref);
  walk.at_risk = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < 3; i++)
    walk.owed[i] = g_ptr_array_new_with_free_func (g_object_unref);

  sync_sectors (self);
  list = G_LIST_MODEL (self->sectors);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpSectorSummary) summary = g_list_model_get_item (list, i);
      PpTally *tally = g_new (PpTally, 1);

      pp_tally_init (tally);
      g_hash_table_insert (walk.tallies,
                           (gpointer) pp_node_get_id (PP_NODE (pp_sector_summary_get_sector (summary))),
                           tally);
    }

  list = pp_portfolio_get_mous (self->portfolio);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (list, i);
      walk_mou (&walk, mou);
    }
  list = pp_portfolio_get_ventures (self->portfolio);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (list, i);
      walk_venture (&walk, venture);
    }
  list = pp_portfolio_get_commitments (self->portfolio);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpCommitment) commitment = g_list_model_get_item (list, i);
      walk_commitment (&walk, commitment);
    }

  /* Hand each sector its figures, and add them up for the whole. */
  pp_tally_init (&total);
  list = G_LIST_MODEL (self->sectors);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpSectorSummary) summary = g_list_model_get_item (list, i);
      PpTally *tally = g_hash_table_lookup (walk.tallies,
                                            pp_node_get_id (PP_NODE (pp_sector_summary_get_sector (summary))));

      pp_tally_add (&total, tally);
      pp_sector_summary_set (summary, tally);
    }
  pp_tally_add (&total, &walk.none);
  pp_sector_summary_set (self->total, &total);
  pp_tally_clear (&total);

  replace_items (self->agenda, walk.agenda);
  replace_items (self->at_risk, walk.at_risk);
  for (guint i = 0; i < 3; i++)
    replace_items (self->owed[i], walk.owed[i]);

  g_hash_table_unref (walk.tallies);
  pp_tally_clear (&walk.none);
  g_ptr_array_unref (walk.agenda);
  g_ptr_array_unref (walk.at_risk);
  for (guint i = 0; i < 3; i++)
    g_ptr_array_unref (walk.owed[i]);
}

static gboolean
refresh_cb (gpointer user_data)
{
  PpSummary *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
portfolio_changed_cb (PpPortfolio *portfolio,
                      PpNode      *origin,
                      PpSummary   *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

static void
pp_summary_dispose (GObject *object)
{
  PpSummary *self = PP_SUMMARY (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_func (self->portfolio, portfolio_changed_cb, self);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->total);
  g_clear_object (&self->sectors);
  g_clear_object (&self->agenda);
  g_clear_object (&self->at_risk);
  for (guint i = 0; i < 3; i++)
    g_clear_object (&self->owed[i]);

  G_OBJECT_CLASS (pp_summary_parent_class)->dispose (object);
}

static void
pp_summary_class_init (PpSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pp_summary_dispose;
}

static void
pp_summary_init (PpSummary *self)
{
  self->total = pp_sector_summary_new (NULL);
  self->sectors = g_list_store_new (PP_TYPE_SECTOR_SUMMARY);
  self->agenda = g_list_store_new (PP_TYPE_DUE_ITEM);
  self->at_risk = g_list_store_new (PP_TYPE_DUE_ITEM);
  for (guint i = 0; i < 3; i++)
    self->owed[i] = g_list_store_new (PP_TYPE_DUE_ITEM);
}

/**
 * pp_summary_new:
 *
 * Computes the figures of @portfolio and keeps them up to date.
 */
PpSummary *
pp_summary_new (PpPortfolio *portfolio)
{
  PpSummary *self;

  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), NULL);

  self = g_object_new (PP_TYPE_SUMMARY, NULL);
  self->portfolio = g_object_ref (portfolio);
  g_signal_connect (portfolio, "changed", G_CALLBACK (portfolio_changed_cb), self);
  refresh (self);
  return self;
}

/**
 * pp_summary_get_total:
 *
 * Returns: (transfer none): the figures of the whole portfolio
 */
PpSectorSummary *
pp_summary_get_total (PpSummary *self)
{
  g_return_val_if_fail (PP_IS_SUMMARY (self), NULL);
  return self->total;
}

/**
 * pp_summary_get_sectors:
 *
 * Returns: (transfer none): a #PpSectorSummary per sector, in order
 */
GListModel *
pp_summary_get_sectors (PpSummary *self)
{
  g_return_val_if_fail (PP_IS_SUMMARY (self), NULL);
  return G_LIST_MODEL (self->sectors);
}

/**
 * pp_summary_get_agenda:
 *
 * Returns: (transfer none): the open dated items that are overdue or due
 *   within %PP_AGENDA_DAYS days, by date
 */
GListModel *
pp_summary_get_agenda (PpSummary *self)
{
  g_return_val_if_fail (PP_IS_SUMMARY (self), NULL);
  return G_LIST_MODEL (self->agenda);
}

/**
 * pp_summary_get_at_risk:
 *
 * Returns: (transfer none): a #PpDueItem per venture or commitment whose
 *   MoU has expired, was terminated or expires before it ends; its title
 *   says why
 */
GListModel *
pp_summary_get_at_risk (PpSummary *self)
{
  g_return_val_if_fail (PP_IS_SUMMARY (self), NULL);
  return G_LIST_MODEL (self->at_risk);
}

/**
 * pp_summary_get_owed:
 * @side: 0 for the first country, 1 for the second, 2 for both
 *
 * Returns: (transfer none): the open follow-ups, milestones and commitments
 *   that @side owes
 */
GListModel *
pp_summary_get_owed (PpSummary *self,
                     guint      side)
{
  g_return_val_if_fail (PP_IS_SUMMARY (self), NULL);
  g_return_val_if_fail (side < 3, NULL);
  return G_LIST_MODEL (self->owed[side]);
}

/**
 * pp_summary_get_n_walks:
 *
 * Returns: how many times the portfolio was walked, for tests that check a
 *   change costs one walk
 */
guint
pp_summary_get_n_walks (PpSummary *self)
{
  g_return_val_if_fail (PP_IS_SUMMARY (self), 0);
  return self->n_walks;
}

/**
 * pp_summary_flush:
 *
 * Brings the figures up to date now rather than in the next idle.
 */
void
pp_summary_flush (PpSummary *self)
{
  g_return_if_fail (PP_IS_SUMMARY (self));

  if (self->refresh_source != 0)
    {
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      refresh (self);
    }
}
