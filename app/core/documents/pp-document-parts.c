/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-document-parts.c: the summary, the MoU register, the commitments and
 * the agenda of a planning document. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-document-private.h"
#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-mou-facts.h"

/* "7 (Signed 3 · In force 2)" */
static char *
count_with_details (guint       n,
                    const char *details)
{
  if (n == 0 || details == NULL || *details == '\0')
    return g_strdup_printf ("%u", n);
  return g_strdup_printf ("%u (%s)", n, details);
}

static void
add_figures (PpDocument *document,
             PpSummary  *summary)
{
  PpSectorSummary *total = pp_summary_get_total (summary);
  PpBlock *facts = pp_document_add_facts (document);
  g_autofree char *mou_details = pp_sector_summary_describe_counts (total, TRUE);
  g_autofree char *venture_details = pp_sector_summary_describe_counts (total, FALSE);
  g_autofree char *mous = count_with_details (pp_sector_summary_get_n_mous (total), mou_details);
  g_autofree char *ventures = count_with_details (pp_sector_summary_get_n_ventures (total),
                                                  venture_details);
  g_autofree char *budgets = pp_sector_summary_describe_budgets (total);
  g_autofree char *jobs = pp_format_count (pp_sector_summary_get_jobs (total));
  GListModel *agenda = pp_summary_get_agenda (summary);
  guint n_overdue = 0, n_agenda = g_list_model_get_n_items (agenda);
  g_autofree char *overdue = NULL;
  g_autofree char *upcoming = NULL;
  g_autofree char *incomplete = NULL;
  g_autofree char *at_risk = NULL;

  for (guint i = 0; i < n_agenda; i++)
    {
      g_autoptr(PpDueItem) item = g_list_model_get_item (agenda, i);

      n_overdue += pp_due_item_get_overdue (item);
    }
  overdue = g_strdup_printf ("%u", n_overdue);
  upcoming = g_strdup_printf ("%u", n_agenda - n_overdue);
  incomplete = g_strdup_printf ("%u", pp_sector_summary_get_n_incomplete (total));
  at_risk = g_strdup_printf ("%u", g_list_model_get_n_items (pp_summary_get_at_risk (summary)));

  pp_facts_add (facts, _("MoUs and agreements"), mous);
  pp_facts_add (facts, _("Joint ventures"), ventures);
  pp_facts_add (facts, _("Planned budget"), budgets);
  pp_facts_add (facts, _("Planned jobs"), jobs);
  pp_facts_add (facts, _("Overdue items"), overdue);
  {
    /* Translators: a label in the brief's figures; %d is a number of days */
    g_autofree char *label = pp_sentence_new (ngettext ("Due in the next %d day",
                                                        "Due in the next %d days",
                                                        PP_AGENDA_DAYS), PP_AGENDA_DAYS);
    pp_facts_add (facts, label, upcoming);
  }
  pp_facts_add (facts, _("Ventures whose partner shares do not total 100 %"), incomplete);
  pp_facts_add (facts, _("Ventures and commitments whose MoU is at risk"), at_risk);
}

/* Two small charts: MoUs and planned jobs by sector. */
static void
add_sector_charts (PpDocument *document,
                   PpSummary  *summary)
{
  GListModel *sectors = pp_summary_get_sectors (summary);
  guint n = g_list_model_get_n_items (sectors);
  double max_mous = 0, max_jobs = 0;
  PpBlock *mous, *jobs;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpSectorSummary) s = g_list_model_get_item (sectors, i);

      max_mous = MAX (max_mous, pp_sector_summary_get_n_mous (s));
      max_jobs = MAX (max_jobs, pp_sector_summary_get_jobs (s));
    }

  mous = pp_document_add_bars (document, _("MoUs and agreements by sector"));
  jobs = pp_document_add_bars (document, _("Planned jobs by sector"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpSectorSummary) s = g_list_model_get_item (sectors, i);
      PpSector *sector = pp_sector_summary_get_sector (s);
      const char *name = sector != NULL ? pp_sector_get_name (sector) : _("No sector");
      const char *color = sector != NULL ? pp_sector_get_color (sector) : NULL;
      guint n_mous = pp_sector_summary_get_n_mous (s);
      gint64 n_jobs = pp_sector_summary_get_jobs (s);

      if (n_mous > 0)
        {
          g_autofree char *caption = pp_sentence_new (ngettext ("%u MoU", "%u MoUs", n_mous),
                                                      n_mous);
          pp_bars_add (mous, name, caption, color, n_mous, max_mous, -1);
        }
      if (n_jobs > 0)
        {
          g_autofree char *count = pp_format_count (n_jobs);
          /* Translators: a sector's planned jobs, "300 jobs"; %s is the number, written
           * with the locale's digit grouping. */
          g_autofree char *caption = pp_sentence_new (ngettext ("%s job", "%s jobs",
                                                                (gulong) n_jobs), count);
          pp_bars_add (jobs, name, caption, color, n_jobs, max_jobs, -1);
        }
    }
  if (jobs->bars->len == 0)
    g_ptr_array_remove (document->blocks, jobs);
  if (mous->bars->len == 0)
    g_ptr_array_remove (document->blocks, mous);
}

void
pp_document_add_summary (PpDocument  *document,
                         PpPortfolio *portfolio,
                         PpSummary   *summary)
{
  g_autofree char *date = pp_document_format_date (&document->today);
  g_autofree char *intro = NULL;

  pp_document_add_heading (document, 1, _("Summary"), "summary");
  /* Translators: %s is a date */
  intro = pp_sentence_new (_("The portfolio in figures, as of %s."), date);
  pp_document_add_paragraph (document, PP_STYLE_NORMAL, intro);
  add_figures (document, summary);
  add_sector_charts (document, summary);
}

static void
add_mou_row (PpDocument  *document,
             PpBlock     *table,
             PpPortfolio *portfolio,
             PpMou       *mou,
             const GDate *today)
{
  g_autofree char *key = g_strdup_printf ("mous/%s", pp_node_get_id (PP_NODE (mou)));
  g_autofree char *title = pp_document_mark_text (document, key, pp_mou_get_title (mou));
  gboolean expired = pp_mou_is_expired (mou, today);
  const char *status = pp_enum_get_display_name (PP_TYPE_MOU_STATUS, pp_mou_get_status (mou));
  g_autofree char *status_text = NULL;
  g_autofree char *parties = pp_mou_describe_parties (mou, portfolio);
  g_autofree char *signed_on = pp_document_format_short_date (pp_mou_get_signed_on (mou));
  g_autofree char *expires = pp_document_format_short_date (pp_mou_get_expires_on (mou));
  PpFollowUp *next = pp_mou_get_next_follow_up (mou);
  g_autofree char *next_text = NULL;
  PpMark mark = expired ? PP_MARK_EXPIRED : PP_MARK_NONE;

  if (expired && pp_mou_get_status (mou) != PP_MOU_STATUS_EXPIRED)
    /* Translators: a status whose expiry date has passed, "In force (expired)" */
    status_text = pp_sentence_new (_("%s (expired)"), status);
  else
    status_text = g_strdup (status);

  if (next != NULL)
    {
      g_autofree char *due = pp_document_format_short_date (pp_follow_up_get_due_on (next));
      gboolean late = pp_mou_has_overdue_follow_up (mou, today);

      /* Translators: the next follow-up of an MoU, "31 Jul 2025 (overdue)" */
      next_text = late ? pp_sentence_new (_("%s (overdue)"), due) : g_steal_pointer (&due);
      if (late && mark == PP_MARK_NONE)
        mark = PP_MARK_OVERDUE;
    }

  pp_table_add_row (table, mark, (const char *[]) {
    title,
    pp_portfolio_get_name_of (portfolio, PP_COLLECTION_SECTORS, pp_mou_get_sector (mou)),
    status_text, parties, signed_on, expires, next_text != NULL ? next_text : "—",
  });
  /* The cells that say it: the status "(expired)", the follow-up "(overdue)". */
  if (expired)
    pp_table_mark_cell (table, 2, PP_MARK_EXPIRED);
  if (next != NULL && pp_mou_has_overdue_follow_up (mou, today))
    pp_table_mark_cell (table, 6, PP_MARK_OVERDUE);
}

void
pp_document_add_register (PpDocument  *document,
                          PpPortfolio *portfolio,
                          int          level)
{
  static const double widths[] = { 0.24, 0.12, 0.10, 0.23, 0.10, 0.10, 0.11 };
  const char *headers[] = {
    _("Title"), _("Sector"), _("Status"), _("Parties"),
    /* Translators: a column of dates, the day each MoU was signed */
    _("Signed"),
    /* Translators: a column of dates, the day each MoU expires */
    _("Expires"),
    _("Next follow-up"),
  };
  GListModel *mous = pp_portfolio_get_mous (portfolio);
  guint n = g_list_model_get_n_items (mous);
  PpBlock *table;
  g_autofree char *intro = NULL;

  pp_document_add_heading (document, level, _("MoU register"), "register");
  if (n == 0)
    {
      pp_document_add_paragraph (document, PP_STYLE_MUTED, _("No MoUs or agreements recorded."));
      return;
    }
  intro = pp_sentence_new (ngettext ("%u memorandum or agreement.", "%u memoranda and agreements.",
                                     n), n);
  pp_document_add_paragraph (document, PP_STYLE_NORMAL, intro);
  table = pp_document_add_table (document, _("MoU register"), G_N_ELEMENTS (headers), widths,
                                 headers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);

      add_mou_row (document, table, portfolio, mou, &document->today);
    }
}

/* "Behind: 0 of 150,000 workers; 37,000 expected by 28 November 2026" */
static char *
describe_progress (PpCommitment *commitment,
                   const GDate  *today,
                   gint64        achieved,
                   double        expected)
{
  gint64 target = pp_commitment_get_target (commitment);
  const char *unit = pp_commitment_get_unit (commitment);
  g_autofree char *a = pp_format_count (achieved);
  g_autofree char *t = pp_format_count (target);
  g_autofree char *e = pp_format_count ((gint64) expected);
  g_autofree char *date = pp_document_format_date (today);

  if (target > 0 && achieved >= target)
    return pp_sentence_new (ngettext ("Reached: %s of %s %s", "Reached: %s of %s %s",
                                      (gulong) MAX (target, 0)), a, t, unit);
  if (pp_commitment_get_due_on (commitment) == NULL)
    return pp_sentence_new (_("%s of %s %s; no due date to measure against"), a, t, unit);
  if (achieved >= expected)
    /* Translators: "On track: 5,000 of 150,000 workers; 4,000 expected by 1 June 2026";
     * the plural is chosen by the number expected, the fourth %s */
    return pp_sentence_new (ngettext ("On track: %s of %s %s; %s expected by %s",
                                      "On track: %s of %s %s; %s expected by %s",
                                      (gulong) MAX (expected, 0)), a, t, unit, e, date);
  /* Translators: "Behind: 3,000 of 150,000 workers; 4,000 expected by 1 June 2026"; the
   * plural is chosen by the number expected, the fourth %s */
  return pp_sentence_new (ngettext ("Behind: %s of %s %s; %s expected by %s",
                                    "Behind: %s of %s %s; %s expected by %s",
                                    (gulong) MAX (expected, 0)), a, t, unit, e, date);
}

static void
add_commitment (PpBlock      *bars,
                PpBlock      *table,
                PpPortfolio  *portfolio,
                PpCommitment *commitment,
                const GDate  *today)
{
  gint64 achieved = pp_commitment_get_achieved (commitment, today);
  double expected = pp_commitment_get_expected (commitment, today);
  gint64 target = pp_commitment_get_target (commitment);
  const char *side = pp_commitment_get_side (commitment);
  g_autofree char *caption = describe_progress (commitment, today, achieved, expected);
  g_autofree char *a = pp_format_count (achieved);
  g_autofree char *t = pp_format_count (target);
  g_autofree char *due = pp_document_format_short_date (pp_commitment_get_due_on (commitment));
  const GDate *due_on = pp_commitment_get_due_on (commitment);
  gboolean late = due_on != NULL && g_date_compare (due_on, today) < 0 && achieved < target;
  PpSector *sector = (PpSector *) pp_portfolio_lookup (portfolio, PP_COLLECTION_SECTORS,
                                                       pp_commitment_get_sector (commitment));
  const char *mou = pp_commitment_get_mou (commitment);
  g_autofree char *due_text = late ? pp_sentence_new (_("%s (overdue)"), due) : g_strdup (due);

  pp_bars_add (bars, pp_commitment_get_title (commitment), caption,
               sector != NULL ? pp_sector_get_color (sector) : NULL, achieved, MAX (target, 1),
               due_on != NULL ? expected : -1);
  pp_table_add_row (table, late ? PP_MARK_OVERDUE : PP_MARK_NONE, (const char *[]) {
    pp_commitment_get_title (commitment),
    side != NULL ? pp_iso_country_get_name (side) : _("Both sides"),
    a, t, due_text,
    mou != NULL ? pp_portfolio_get_name_of (portfolio, PP_COLLECTION_MOUS, mou) : "—",
  });
  if (late)
    pp_table_mark_cell (table, 4, PP_MARK_OVERDUE);
}

void
pp_document_add_commitments (PpDocument  *document,
                             PpPortfolio *portfolio)
{
  static const double widths[] = { 0.34, 0.12, 0.11, 0.11, 0.12, 0.20 };
  const char *headers[] = {
    _("Commitment"),
    /* Translators: a column naming the country that owes each item */
    _("Owed by"), _("Achieved"), _("Target"),
    /* Translators: a column of dates, the day each item is due */
    _("Due"), _("MoU"),
  };
  GListModel *commitments = pp_portfolio_get_commitments (portfolio);
  guint n = g_list_model_get_n_items (commitments);
  PpBlock *bars, *table;

  pp_document_add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
  pp_document_add_heading (document, 1, _("Commitments"), "commitments");
  if (n == 0)
    {
      pp_document_add_paragraph (document, PP_STYLE_MUTED, _("No commitments recorded."));
      return;
    }
  bars = pp_document_add_bars (document, _("Progress towards each commitment"));
  table = pp_document_add_table (document, _("Commitments"), G_N_ELEMENTS (headers), widths,
                                 headers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpCommitment) commitment = g_list_model_get_item (commitments, i);

      add_commitment (bars, table, portfolio, commitment, &document->today);
    }
}

/* What a dated item belongs to: the MoU of a follow-up, the venture of a
 * milestone. */
static const char *
describe_owner (PpDueItem *item)
{
  PpNode *node = pp_due_item_get_node (item);

  if (PP_IS_MOU (node))
    return pp_mou_get_title (PP_MOU (node));
  if (PP_IS_VENTURE (node))
    return pp_venture_get_name (PP_VENTURE (node));
  if (PP_IS_COMMITMENT (node))
    return pp_commitment_get_title (PP_COMMITMENT (node));
  return NULL;
}

static void
add_due_row (PpBlock   *table,
             PpDueItem *item)
{
  g_autofree char *date = pp_document_format_short_date (pp_due_item_get_date (item));
  gboolean overdue = pp_due_item_get_overdue (item);
  g_autofree char *date_text = overdue ? pp_sentence_new (_("%s (overdue)"), date)
                                       : g_strdup (date);
  const char *side = pp_due_item_get_side (item);
  const char *owner = describe_owner (item);
  const char *title = pp_due_item_get_title (item);

  pp_table_add_row (table, overdue ? PP_MARK_OVERDUE : PP_MARK_NONE, (const char *[]) {
    date_text, title,
    pp_enum_get_display_name (PP_TYPE_DUE_KIND, pp_due_item_get_kind (item)),
    owner != NULL && g_strcmp0 (owner, title) != 0 ? owner : "—",
    side != NULL ? pp_iso_country_get_name (side) : _("Both sides"),
  });
  if (overdue)
    pp_table_mark_cell (table, 0, PP_MARK_OVERDUE);
}

void
pp_document_add_agenda (PpDocument  *document,
                        PpPortfolio *portfolio,
                        PpSummary   *summary)
{
  static const double widths[] = { 0.15, 0.35, 0.14, 0.24, 0.12 };
  const char *headers[] = {
    _("Date"),
    /* Translators: a column of the brief's agenda naming each item that is due */
    _("What"), _("Kind"),
    /* Translators: a column of the brief's agenda naming the MoU or venture of each item */
    _("Part of"), _("Owed by"),
  };
  GListModel *agenda = pp_summary_get_agenda (summary);
  guint n = g_list_model_get_n_items (agenda);
  g_autofree char *date = pp_document_format_date (&document->today);
  g_autofree char *intro = NULL;
  PpBlock *table;

  pp_document_add_heading (document, 1, _("Upcoming and overdue"), "agenda");
  /* Translators: %d is a number of days, %s a date */
  intro = pp_sentence_new (ngettext ("Open items that are overdue or due within %d day, "
                                     "as of %s.",
                                     "Open items that are overdue or due within %d days, "
                                     "as of %s.", PP_AGENDA_DAYS),
                           PP_AGENDA_DAYS, date);
  pp_document_add_paragraph (document, PP_STYLE_NORMAL, intro);
  if (n == 0)
    {
      pp_document_add_paragraph (document, PP_STYLE_MUTED, _("Nothing is overdue or due soon."));
      return;
    }
  table = pp_document_add_table (document, _("Upcoming and overdue"), G_N_ELEMENTS (headers),
                                 widths, headers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpDueItem) item = g_list_model_get_item (agenda, i);

      add_due_row (table, item);
    }
}
