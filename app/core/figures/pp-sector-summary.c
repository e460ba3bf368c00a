/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sector-summary.c: the figures of one sector, replaced as a whole when
 * they change, with one "changed" signal so a card redraws only then. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-summary-private.h"

struct _PpSectorSummary
{
  GObject parent_instance;

  PpSector *sector;   /* NULL for the whole portfolio */
  PpTally tally;
};

G_DEFINE_FINAL_TYPE (PpSectorSummary, pp_sector_summary, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
pp_tally_init (PpTally *tally)
{
  memset (tally, 0, sizeof *tally);
  tally->budgets = g_array_new (FALSE, FALSE, sizeof (PpAmount));
  tally->commitments = g_ptr_array_new_with_free_func (g_object_unref);
  g_date_clear (&tally->next_due, 1);
}

void
pp_tally_clear (PpTally *tally)
{
  g_clear_pointer (&tally->budgets, g_array_unref);
  g_clear_pointer (&tally->commitments, g_ptr_array_unref);
}

/* Adds to the amount in @currency, keeping currencies apart and sorted:
 * amounts in different currencies are never added together. */
void
pp_tally_add_budget (PpTally    *tally,
                     const char *currency,
                     gint64      amount)
{
  PpAmount entry = { "", amount };
  guint i;

  if (currency != NULL)
    g_strlcpy (entry.currency, currency, sizeof entry.currency);

  for (i = 0; i < tally->budgets->len; i++)
    {
      PpAmount *existing = &g_array_index (tally->budgets, PpAmount, i);
      int order = strcmp (existing->currency, entry.currency);

      if (order == 0)
        {
          existing->amount = amount > G_MAXINT64 - existing->amount
                             ? G_MAXINT64 : existing->amount + amount;
          return;
        }
      if (order > 0)
        break;
    }
  g_array_insert_val (tally->budgets, i, entry);
}

void
pp_tally_add_due (PpTally     *tally,
                  const GDate *date)
{
  if (date != NULL && pp_date_compare (date, &tally->next_due) < 0)
    tally->next_due = *date;
}

/* Adds @other into @tally, for the whole portfolio's total. */
void
pp_tally_add (PpTally       *tally,
              const PpTally *other)
{
  for (guint i = 0; i < PP_N_MOU_STATUSES; i++)
    tally->mous[i] += other->mous[i];
  for (guint i = 0; i < PP_N_VENTURE_STAGES; i++)
    tally->ventures[i] += other->ventures[i];
  for (guint i = 0; i < other->budgets->len; i++)
    {
      PpAmount *amount = &g_array_index (other->budgets, PpAmount, i);

      pp_tally_add_budget (tally, amount->currency, amount->amount);
    }
  tally->jobs += other->jobs;
  for (guint i = 0; i < other->commitments->len; i++)
    g_ptr_array_add (tally->commitments, g_object_ref (other->commitments->pdata[i]));
  tally->commitments_hash = tally->commitments_hash * 31 + other->commitments_hash;
  pp_tally_add_due (tally, g_date_valid (&other->next_due) ? &other->next_due : NULL);
  tally->at_risk += other->at_risk;
  tally->incomplete += other->incomplete;
}

static gboolean
tally_equal (const PpTally *a,
             const PpTally *b)
{
  if (memcmp (a->mous, b->mous, sizeof a->mous) != 0 ||
      memcmp (a->ventures, b->ventures, sizeof a->ventures) != 0 ||
      a->jobs != b->jobs || a->at_risk != b->at_risk || a->incomplete != b->incomplete ||
      a->commitments_hash != b->commitments_hash ||
      pp_date_compare (&a->next_due, &b->next_due) != 0 ||
      a->budgets->len != b->budgets->len || a->commitments->len != b->commitments->len)
    return FALSE;
  if (a->budgets->len > 0 &&
      memcmp (a->budgets->data, b->budgets->data, a->budgets->len * sizeof (PpAmount)) != 0)
    return FALSE;
  for (guint i = 0; i < a->commitments->len; i++)
    if (a->commitments->pdata[i] != b->commitments->pdata[i])
      return FALSE;
  return TRUE;
}

static void
pp_sector_summary_finalize (GObject *object)
{
  PpSectorSummary *self = PP_SECTOR_SUMMARY (object);

  g_clear_object (&self->sector);
  pp_tally_clear (&self->tally);

  G_OBJECT_CLASS (pp_sector_summary_parent_class)->finalize (object);
}

static void
pp_sector_summary_class_init (PpSectorSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pp_sector_summary_finalize;

  /**
   * PpSectorSummary::changed:
   *
   * Emitted when any figure changed. Commitments' progress is read from
   * the commitments themselves, so a new progress entry also emits it.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pp_sector_summary_init (PpSectorSummary *self)
{
  pp_tally_init (&self->tally);
}

PpSectorSummary *
pp_sector_summary_new (PpSector *sector)
{
  PpSectorSummary *self = g_object_new (PP_TYPE_SECTOR_SUMMARY, NULL);

  self->sector = sector != NULL ? g_object_ref (sector) : NULL;
  return self;
}

/**
 * pp_sector_summary_set:
 * @tally: (inout): the new figures; swapped with the old ones
 *
 * Returns: whether anything changed (and "changed" was emitted)
 */
gboolean
pp_sector_summary_set (PpSectorSummary *self,
                       PpTally         *tally)
{
  PpTally old;

  if (tally_equal (&self->tally, tally))
    return FALSE;
  old = self->tally;
  self->tally = *tally;
  *tally = old;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * pp_sector_summary_get_sector:
 *
 * Returns: (transfer none) (nullable): the sector, or %NULL for the figures
 *   of the whole portfolio
 */
PpSector *
pp_sector_summary_get_sector (PpSectorSummary *self)
{
  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), NULL);
  return self->sector;
}

guint
pp_sector_summary_get_mou_count (PpSectorSummary *self,
                                 PpMouStatus      status)
{
  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), 0);
  g_return_val_if_fail (status < PP_N_MOU_STATUSES, 0);
  return self->tally.mous[status];
}

guint
pp_sector_summary_get_n_mous (PpSectorSummary *self)
{
  guint n = 0;

  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), 0);
  for (guint i = 0; i < PP_N_MOU_STATUSES; i++)
    n += self->tally.mous[i];
  return n;
}

guint
pp_sector_summary_get_venture_count (PpSectorSummary *self,
                                     PpVentureStage   stage)
{
  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), 0);
  g_return_val_if_fail (stage < PP_N_VENTURE_STAGES, 0);
  return self->tally.ventures[stage];
}

guint
pp_sector_summary_get_n_ventures (PpSectorSummary *self)
{
  guint n = 0;

  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), 0);
  for (guint i = 0; i < PP_N_VENTURE_STAGES; i++)
    n += self->tally.ventures[i];
  return n;
}

guint
pp_sector_summary_get_n_budgets (PpSectorSummary *self)
{
  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), 0);
  return self->tally.budgets->len;
}

/**
 * pp_sector_summary_get_budget:
 * @currency: (out) (transfer none): the ISO 4217 code, "" when the ventures
 *   name no currency
 *
 * Returns: the planned budget in @currency: one per currency, as amounts
 *   in different currencies are not added together
 */
gint64
pp_sector_summary_get_budget (PpSectorSummary  *self,
                              guint             index,
                              const char      **currency)
{
  PpAmount *amount;

  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), 0);
  g_return_val_if_fail (index < self->tally.budgets->len, 0);

  amount = &g_array_index (self->tally.budgets, PpAmount, index);
  if (currency != NULL)
    *currency = amount->currency;
  return amount->amount;
}

gint64
pp_sector_summary_get_jobs (PpSectorSummary *self)
{
  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), 0);
  return self->tally.jobs;
}

/**
 * pp_sector_summary_get_commitments:
 *
 * Returns: (transfer none) (element-type PpCommitment): the commitments
 */
GPtrArray *
pp_sector_summary_get_commitments (PpSectorSummary *self)
{
  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), NULL);
  return self->tally.commitments;
}

/**
 * pp_sector_summary_get_next_due:
 *
 * Returns: (nullable): the first open date from today on, or %NULL
 */
const GDate *
pp_sector_summary_get_next_due (PpSectorSummary *self)
{
  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), NULL);
  return pp_date_or_null (&self->tally.next_due);
}

guint
pp_sector_summary_get_n_at_risk (PpSectorSummary *self)
{
  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), 0);
  return self->tally.at_risk;
}

guint
pp_sector_summary_get_n_incomplete (PpSectorSummary *self)
{
  g_return_val_if_fail (PP_IS_SECTOR_SUMMARY (self), 0);
  return self->tally.incomplete;
}

/* "Signed 2 · In force 1", for the statuses or stages that have any. */
/* The phrases are whole messages, each with its own plural forms, so that
 * a language can make the status agree with the number ("Подписан 1",
 * "Подписано 7"). English keeps the status first and the same word for
 * any number. */
static char *
describe_mou_count (PpMouStatus status,
                    guint       n)
{
  switch (status)
    {
    case PP_MOU_STATUS_DRAFT:
      /* Translators: the number of MoUs in draft, in a list such as "Signed 7 · Draft 1" */
      return pp_sentence_new (ngettext ("Draft %u", "Draft %u", n), n);
    case PP_MOU_STATUS_NEGOTIATION:
      /* Translators: the number of MoUs, or of ventures, in negotiation */
      return pp_sentence_new (ngettext ("In negotiation %u", "In negotiation %u", n), n);
    case PP_MOU_STATUS_SIGNED:
      /* Translators: the number of signed MoUs, in a list such as "Signed 7 · In force 0" */
      return pp_sentence_new (ngettext ("Signed %u", "Signed %u", n), n);
    case PP_MOU_STATUS_IN_FORCE:
      /* Translators: the number of MoUs in force */
      return pp_sentence_new (ngettext ("In force %u", "In force %u", n), n);
    case PP_MOU_STATUS_EXPIRED:
      /* Translators: the number of expired MoUs */
      return pp_sentence_new (ngettext ("Expired %u", "Expired %u", n), n);
    case PP_MOU_STATUS_TERMINATED:
    default:
      /* Translators: the number of terminated MoUs */
      return pp_sentence_new (ngettext ("Terminated %u", "Terminated %u", n), n);
    }
}

static char *
describe_venture_count (PpVentureStage stage,
                        guint          n)
{
  switch (stage)
    {
    case PP_VENTURE_STAGE_PROPOSED:
      /* Translators: the number of proposed ventures, as in "Proposed 2 · Approved 1" */
      return pp_sentence_new (ngettext ("Proposed %u", "Proposed %u", n), n);
    case PP_VENTURE_STAGE_FEASIBILITY:
      /* Translators: the number of ventures at the feasibility study stage */
      return pp_sentence_new (ngettext ("Feasibility study %u", "Feasibility study %u", n), n);
    case PP_VENTURE_STAGE_NEGOTIATION:
      return pp_sentence_new (ngettext ("In negotiation %u", "In negotiation %u", n), n);
    case PP_VENTURE_STAGE_APPROVED:
      /* Translators: the number of approved ventures */
      return pp_sentence_new (ngettext ("Approved %u", "Approved %u", n), n);
    case PP_VENTURE_STAGE_IMPLEMENTATION:
      /* Translators: the number of ventures being implemented */
      return pp_sentence_new (ngettext ("Implementation %u", "Implementation %u", n), n);
    case PP_VENTURE_STAGE_OPERATIONAL:
      /* Translators: the number of ventures in operation */
      return pp_sentence_new (ngettext ("Operational %u", "Operational %u", n), n);
    case PP_VENTURE_STAGE_SUSPENDED:
      /* Translators: the number of suspended ventures */
      return pp_sentence_new (ngettext ("Suspended %u", "Suspended %u", n), n);
    case PP_VENTURE_STAGE_CANCELLED:
    default:
      /* Translators: the number of cancelled ventures */
      return pp_sentence_new (ngettext ("Cancelled %u", "Cancelled %u", n), n);
    }
}

/**
 * pp_sector_summary_describe_count:
 * @mous: whether @value is a #PpMouStatus, else a #PpVentureStage
 *
 * Returns: (transfer full): how many MoUs have the status or ventures the
 * stage, "Signed 7"
 */
char *
pp_sector_summary_describe_count (gboolean mous,
                                  guint    value,
                                  guint    count)
{
  return mous ? describe_mou_count ((PpMouStatus) value, count)
              : describe_venture_count ((PpVentureStage) value, count);
}

char *
pp_sector_summary_describe_counts (PpSectorSummary *summary,
                                   gboolean         mous)
{
  GString *text = g_string_new (NULL);
  guint n = mous ? PP_MOU_STATUS_TERMINATED + 1 : PP_VENTURE_STAGE_CANCELLED + 1;

  for (guint i = 0; i < n; i++)
    {
      guint count = mous ? pp_sector_summary_get_mou_count (summary, i)
                         : pp_sector_summary_get_venture_count (summary, i);

      if (count == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      {
        g_autofree char *phrase = pp_sector_summary_describe_count (mous, i, count);

        g_string_append (text, phrase);
      }
    }
  return g_string_free (text, FALSE);
}

/* "USD 80,000,000 + EUR 2,000,000": amounts in different currencies are
 * never added. */
char *
pp_sector_summary_describe_budgets (PpSectorSummary *summary)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < pp_sector_summary_get_n_budgets (summary); i++)
    {
      const char *currency;
      gint64 amount = pp_sector_summary_get_budget (summary, i, &currency);
      g_autofree char *number = pp_format_count (amount);

      if (text->len > 0)
        g_string_append (text, " + ");
      /* Translators: an amount with its currency, "USD 80,000,000" */
      g_string_append_printf (text, _("%s %s"), *currency != '\0' ? currency : _("(no currency)"),
                              number);
    }
  return g_string_free (text, FALSE);
}
