/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-document-venture.c: a venture's plan in a planning document: overview,
 * partners and shares, budget and jobs, milestones with a timeline, risks. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-document-private.h"
#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-mou-facts.h"

static char *
describe_budget (PpVenture *venture)
{
  gint64 amount = pp_venture_get_budget_amount (venture);
  const char *currency = pp_venture_get_budget_currency (venture);
  g_autofree char *number = NULL;

  if (amount <= 0)
    return g_strdup (_("Not planned yet"));
  number = pp_format_count (amount);
  return pp_sentence_new (_("%s %s"), currency != NULL && *currency != '\0' ? currency
                                                                          : _("(no currency)"),
                          number);
}

static char *
describe_schedule (PpVenture *venture)
{
  g_autofree char *start = pp_document_format_date (pp_venture_get_start_on (venture));
  g_autofree char *end = pp_document_format_date (pp_venture_get_end_on (venture));

  /* Translators: a span of dates, "1 September 2025 – 31 August 2028" */
  return pp_sentence_new (_("%s – %s"), start, end);
}

static char *
describe_mous (PpVenture   *venture,
               PpPortfolio *portfolio)
{
  const char * const *mous = pp_venture_get_mous (venture);
  GString *text = g_string_new (NULL);

  for (guint i = 0; mous != NULL && mous[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, pp_portfolio_get_name_of (portfolio, PP_COLLECTION_MOUS, mous[i]));
    }
  if (text->len == 0)
    g_string_append (text, _("None"));
  return g_string_free (text, FALSE);
}

static void
add_overview (PpDocument  *document,
              PpPortfolio *portfolio,
              PpVenture   *venture)
{
  PpBlock *facts = pp_document_add_facts (document);
  g_autofree char *budget = describe_budget (venture);
  g_autofree char *jobs = pp_format_count (pp_venture_get_jobs (venture));
  g_autofree char *schedule = describe_schedule (venture);
  g_autofree char *mous = describe_mous (venture, portfolio);
  const char *objectives = pp_venture_get_objectives (venture);

  pp_facts_add (facts, _("Sector"),
                pp_portfolio_get_name_of (portfolio, PP_COLLECTION_SECTORS,
                                          pp_venture_get_sector (venture)));
  pp_facts_add (facts, _("Stage"),
                pp_enum_get_display_name (PP_TYPE_VENTURE_STAGE, pp_venture_get_stage (venture)));
  pp_facts_add (facts, _("Budget"), budget);
  pp_facts_add (facts, _("Planned jobs"), jobs);
  pp_facts_add (facts, _("Schedule"), schedule);
  pp_facts_add (facts, _("Linked MoUs"), mous);
  if (objectives != NULL && *objectives != '\0')
    {
      pp_document_add_heading (document, 3, _("Objectives"), NULL);
      pp_document_add_paragraph (document, PP_STYLE_NORMAL, objectives);
    }
}

static void
add_partners (PpDocument  *document,
              PpPortfolio *portfolio,
              PpVenture   *venture)
{
  static const double widths[] = { 0.56, 0.26, 0.18 };
  const char *headers[] = { _("Organisation"), _("Country"), _("Share") };
  GListModel *partners = pp_venture_get_partners (venture);
  guint n = g_list_model_get_n_items (partners);
  PpBlock *table;

  pp_document_add_heading (document, 3, _("Partners and shares"), NULL);
  if (n == 0)
    {
      pp_document_add_paragraph (document, PP_STYLE_WARNING,
                                 _("No partners yet: the plan is incomplete."));
      return;
    }
  table = pp_document_add_table (document, _("Partners and shares"), 3, widths, headers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpVenturePartner) partner = g_list_model_get_item (partners, i);
      const char *id = pp_venture_partner_get_organisation (partner);
      PpOrganisation *org = (PpOrganisation *) pp_portfolio_lookup (portfolio,
                                                                    PP_COLLECTION_ORGANISATIONS,
                                                                    id);
      const char *country = org != NULL ? pp_organisation_get_country (org) : NULL;
      double share = pp_venture_partner_get_share_percent (partner);
      /* Translators: an equity share, "51 %" */
      g_autofree char *share_text = pp_sentence_new (_("%g %%"), share);

      pp_table_add_row (table, PP_MARK_NONE, (const char *[]) {
        org != NULL ? pp_organisation_get_name (org) : id,
        country != NULL ? pp_iso_country_get_name (country) : "—",
        share_text,
      });
    }
  if (!pp_venture_get_shares_complete (venture))
    {
      /* Translators: "Partner shares total 90 %, not 100 %: the plan is incomplete." */
      g_autofree char *warning = pp_sentence_new (_("Partner shares total %g %%, not 100 %%: "
                                                    "the plan is incomplete."),
                                                  pp_venture_get_share_total (venture));
      pp_document_add_paragraph (document, PP_STYLE_WARNING, warning);
    }
}

static gboolean
milestone_is_open (PpMilestone *milestone)
{
  PpMilestoneStatus status = pp_milestone_get_status (milestone);

  return status != PP_MILESTONE_STATUS_DONE && status != PP_MILESTONE_STATUS_CANCELLED;
}

static PpMark
milestone_mark (PpMilestone *milestone,
                const GDate *today)
{
  const GDate *due = pp_milestone_get_due_on (milestone);

  if (!milestone_is_open (milestone))
    return pp_milestone_get_status (milestone) == PP_MILESTONE_STATUS_DONE ? PP_MARK_DONE
                                                                          : PP_MARK_NONE;
  if (pp_milestone_get_status (milestone) == PP_MILESTONE_STATUS_LATE ||
      (due != NULL && g_date_compare (due, today) < 0))
    return PP_MARK_OVERDUE;
  return PP_MARK_NONE;
}

/* Says what is wrong with the schedule, if anything. */
static void
check_schedule (PpDocument *document,
                PpVenture  *venture,
                guint       n_outside)
{
  const GDate *start = pp_venture_get_start_on (venture);
  const GDate *end = pp_venture_get_end_on (venture);

  if (start != NULL && end != NULL && g_date_compare (end, start) < 0)
    pp_document_add_paragraph (document, PP_STYLE_WARNING,
                               _("The end date is before the start date."));
  if (n_outside > 0)
    {
      g_autofree char *text = pp_sentence_new (ngettext ("%u milestone falls outside the "
                                                         "venture’s start and end dates.",
                                                         "%u milestones fall outside the "
                                                         "venture’s start and end dates.",
                                                         n_outside), n_outside);
      pp_document_add_paragraph (document, PP_STYLE_WARNING, text);
    }
}

static gboolean
is_outside (const GDate *date,
            PpVenture   *venture)
{
  const GDate *start = pp_venture_get_start_on (venture);
  const GDate *end = pp_venture_get_end_on (venture);

  if (date == NULL)
    return FALSE;
  return (start != NULL && g_date_compare (date, start) < 0) ||
         (end != NULL && g_date_compare (date, end) > 0);
}

static void
add_milestone_row (PpDocument  *document,
                   PpVenture   *venture,
                   PpBlock     *table,
                   PpBlock     *timeline,
                   PpMilestone *milestone,
                   const GDate *today)
{
  g_autofree char *key = g_strdup_printf ("ventures/%s/milestones/%s",
                                          pp_node_get_id (PP_NODE (venture)),
                                          pp_node_get_id (PP_NODE (milestone)));
  g_autofree char *title = pp_document_mark_text (document, key,
                                                  pp_milestone_get_title (milestone));
  PpMark mark = milestone_mark (milestone, today);
  const GDate *due = pp_milestone_get_due_on (milestone);
  g_autofree char *due_text = pp_document_format_short_date (due);
  const char *status = pp_enum_get_display_name (PP_TYPE_MILESTONE_STATUS,
                                                 pp_milestone_get_status (milestone));
  g_autofree char *status_text = NULL;
  const char *owner = pp_milestone_get_owner (milestone);

  if (mark == PP_MARK_OVERDUE && pp_milestone_get_status (milestone) != PP_MILESTONE_STATUS_LATE)
    /* Translators: a milestone past its date, "Planned (overdue)" */
    status_text = pp_sentence_new (_("%s (overdue)"), status);
  else
    status_text = g_strdup (status);

  pp_table_add_row (table, mark, (const char *[]) {
    title, due_text, status_text,
    owner != NULL && *owner != '\0' ? owner : "—",
  });
  if (mark == PP_MARK_OVERDUE)
    pp_table_mark_cell (table, 2, PP_MARK_OVERDUE);
  if (due != NULL)
    pp_timeline_add_marker (timeline, title, due, mark);
}

static void
add_milestones (PpDocument *document,
                PpVenture  *venture)
{
  static const double widths[] = { 0.44, 0.14, 0.16, 0.26 };
  const char *headers[] = { _("Milestone"), _("Due"), _("Status"), _("Owner") };
  GListModel *milestones = pp_venture_get_milestones (venture);
  guint n = g_list_model_get_n_items (milestones), n_outside = 0;
  PpBlock *table, *timeline;

  pp_document_add_heading (document, 3, _("Milestones"), NULL);
  if (n == 0)
    {
      pp_document_add_paragraph (document, PP_STYLE_MUTED, _("No milestones planned yet."));
      check_schedule (document, venture, 0);
      return;
    }
  table = pp_document_add_table (document, _("Milestones"), 4, widths, headers);
  timeline = pp_document_add_timeline (document, _("Timeline"), pp_venture_get_start_on (venture),
                                       pp_venture_get_end_on (venture));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, i);

      add_milestone_row (document, venture, table, timeline, milestone, &document->today);
      n_outside += is_outside (pp_milestone_get_due_on (milestone), venture);
    }
  check_schedule (document, venture, n_outside);
}

static void
add_risks (PpDocument *document,
           PpVenture  *venture)
{
  static const double widths[] = { 0.34, 0.12, 0.12, 0.42 };
  const char *headers[] = { _("Risk"), _("Likelihood"), _("Impact"), _("Mitigation") };
  GListModel *risks = pp_venture_get_risks (venture);
  guint n = g_list_model_get_n_items (risks);
  PpBlock *table;

  pp_document_add_heading (document, 3, _("Risks"), NULL);
  if (n == 0)
    {
      pp_document_add_paragraph (document, PP_STYLE_MUTED, _("No risks recorded."));
      return;
    }
  table = pp_document_add_table (document, _("Risks"), 4, widths, headers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpRisk) risk = g_list_model_get_item (risks, i);
      PpLevel likelihood = pp_risk_get_likelihood (risk);
      PpLevel impact = pp_risk_get_impact (risk);

      pp_table_add_row (table, PP_MARK_NONE, (const char *[]) {
        pp_risk_get_title (risk),
        pp_enum_get_display_name (PP_TYPE_LEVEL, likelihood),
        pp_enum_get_display_name (PP_TYPE_LEVEL, impact),
        pp_risk_get_mitigation (risk),
      });
    }
}

static void
add_venture (PpDocument  *document,
             PpPortfolio *portfolio,
             PpVenture   *venture)
{
  g_autofree char *anchor = g_strdup_printf ("venture-%s", pp_node_get_id (PP_NODE (venture)));

  pp_document_add_heading (document, 2, pp_venture_get_name (venture), anchor);
  add_overview (document, portfolio, venture);
  add_partners (document, portfolio, venture);
  add_milestones (document, venture);
  add_risks (document, venture);
}

/**
 * pp_document_add_ventures:
 * @only: the venture to write, or %NULL for every venture
 *
 * Each venture starts on a new page.
 */
void
pp_document_add_ventures (PpDocument  *document,
                          PpPortfolio *portfolio,
                          PpVenture   *only)
{
  GListModel *ventures = pp_portfolio_get_ventures (portfolio);
  guint n = g_list_model_get_n_items (ventures);

  if (only != NULL)
    {
      add_venture (document, portfolio, only);
      return;
    }
  pp_document_add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
  pp_document_add_heading (document, 1, _("Joint ventures"), "ventures");
  if (n == 0)
    pp_document_add_paragraph (document, PP_STYLE_MUTED, _("No joint ventures planned yet."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (ventures, i);

      if (i > 0)
        pp_document_add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
      add_venture (document, portfolio, venture);
    }
}
