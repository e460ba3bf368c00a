/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-ics.c: the dated items of a portfolio as an iCalendar file
 * (RFC 5545), written with libical so that escaping and the folding of
 * long lines are libical's, not ours.
 *
 * Every milestone, follow-up, MoU expiry and commitment deadline is an
 * all-day event. Done and cancelled items stay in, marked, so a calendar
 * that imported an earlier export sees them change rather than vanish.
 *
 * UIDs must stay the same from one export to the next, so that importing
 * again updates events instead of duplicating them. They are made of what
 * identifies the item in the file: the kind, the ids of the item and of
 * what holds it, and the two countries (item ids are unique only within a
 * portfolio). Follow-ups have no id, so theirs is their MoU's id and their
 * place in its list: reordering follow-ups changes their UIDs. */

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "pp-enum-types.h"
#include "pp-export-private.h"

#define UID_DOMAIN "partnership-planner"

typedef struct
{
  icalcomponent *calendar;
  PpPortfolio *portfolio;
  char *pair;               /* "pk-by" */
  struct icaltimetype stamp;
} Calendar;

static struct icaltimetype
to_ical_date (const GDate *date)
{
  struct icaltimetype t = icaltime_null_date ();

  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  return t;
}

/* Adds an all-day event on @date. */
static void
add_event (Calendar    *cal,
           const char  *uid,
           const GDate *date,
           const char  *summary,
           const char  *description,
           const char  *category,
           gboolean     cancelled)
{
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  g_autofree char *full_uid = g_strdup_printf ("%s.%s@%s", uid, cal->pair, UID_DOMAIN);
  GDate next = *date;

  g_date_add_days (&next, 1);
  icalcomponent_add_property (event, icalproperty_new_uid (full_uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (cal->stamp));
  icalcomponent_add_property (event, icalproperty_new_dtstart (to_ical_date (date)));
  icalcomponent_add_property (event, icalproperty_new_dtend (to_ical_date (&next)));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (description != NULL && *description != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (description));
  icalcomponent_add_property (event, icalproperty_new_categories (category));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  icalcomponent_add_property (event, icalproperty_new_status (cancelled ? ICAL_STATUS_CANCELLED
                                                                        : ICAL_STATUS_CONFIRMED));
  icalcomponent_add_component (cal->calendar, event);
}

static void
add_milestones (Calendar  *cal,
                PpVenture *venture)
{
  GListModel *milestones = pp_venture_get_milestones (venture);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, i);
      const GDate *due = pp_milestone_get_due_on (milestone);
      PpMilestoneStatus status = pp_milestone_get_status (milestone);
      g_autofree char *uid = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *description = NULL;
      const char *owner = pp_milestone_get_owner (milestone);

      if (due == NULL)
        continue;
      uid = g_strdup_printf ("milestone.%s.%s", pp_node_get_id (PP_NODE (venture)),
                             pp_node_get_id (PP_NODE (milestone)));
      /* Translators: an event's title, "Milestone: Select demonstration farms (Modern farming…)" */
      summary = g_strdup_printf (_("Milestone: %s (%s)"), pp_milestone_get_title (milestone),
                                 pp_venture_get_name (venture));
      /* Translators: an event's description: the milestone's status and owner */
      description = g_strdup_printf (_("Status: %s\nOwner: %s"),
                                     pp_enum_get_display_name (PP_TYPE_MILESTONE_STATUS, status),
                                     owner != NULL && *owner != '\0' ? owner : "—");
      add_event (cal, uid, due, summary, description, _("Milestone"),
                 status == PP_MILESTONE_STATUS_CANCELLED);
    }
}

static void
add_mou (Calendar *cal,
         PpMou    *mou)
{
  const char *id = pp_node_get_id (PP_NODE (mou));
  const GDate *expires = pp_mou_get_expires_on (mou);
  GListModel *follow_ups = pp_mou_get_follow_ups (mou);

  if (expires != NULL)
    {
      g_autofree char *uid = g_strdup_printf ("expiry.%s", id);
      /* Translators: an event's title, "Expires: Readmission Agreement" */
      g_autofree char *summary = g_strdup_printf (_("Expires: %s"), pp_mou_get_title (mou));

      add_event (cal, uid, expires, summary, pp_mou_get_summary (mou), _("Expiry"),
                 pp_mou_get_status (mou) == PP_MOU_STATUS_TERMINATED);
    }
  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(PpFollowUp) follow_up = g_list_model_get_item (follow_ups, i);
      const GDate *due = pp_follow_up_get_due_on (follow_up);
      g_autofree char *uid = NULL;
      g_autofree char *summary = NULL;

      if (due == NULL)
        continue;
      uid = g_strdup_printf ("follow-up.%s.%u", id, i);
      summary = pp_follow_up_get_done (follow_up)
                /* Translators: an event's title, "Follow-up (done): Agree …" */
                ? g_strdup_printf (_("Follow-up (done): %s"), pp_follow_up_get_title (follow_up))
                : g_strdup_printf (_("Follow-up: %s"), pp_follow_up_get_title (follow_up));
      add_event (cal, uid, due, summary, pp_mou_get_title (mou), _("Follow-up"), FALSE);
    }
}

static void
add_commitment (Calendar     *cal,
                PpCommitment *commitment)
{
  const GDate *due = pp_commitment_get_due_on (commitment);
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;

  if (due == NULL)
    return;
  uid = g_strdup_printf ("commitment.%s", pp_node_get_id (PP_NODE (commitment)));
  /* Translators: an event's title, "Deadline: Send 150,000 skilled workers…" */
  summary = g_strdup_printf (_("Deadline: %s"), pp_commitment_get_title (commitment));
  add_event (cal, uid, due, summary, NULL, _("Commitment deadline"), FALSE);
}

static void
add_all (Calendar    *cal,
         PpPortfolio *portfolio,
         gboolean     milestones_only)
{
  GListModel *ventures = pp_portfolio_get_ventures (portfolio);
  GListModel *mous = pp_portfolio_get_mous (portfolio);
  GListModel *commitments = pp_portfolio_get_commitments (portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (ventures); i++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (ventures, i);

      add_milestones (cal, venture);
    }
  if (milestones_only)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);

      add_mou (cal, mou);
    }
  for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr(PpCommitment) commitment = g_list_model_get_item (commitments, i);

      add_commitment (cal, commitment);
    }
}

/* "pk-by": the two countries, for UIDs. */
static char *
describe_pair (PpPortfolio *portfolio)
{
  PpCountryPair *pair = pp_portfolio_get_countries (portfolio);
  g_autofree char *text = NULL;

  if (!pp_country_pair_is_set (pair))
    return g_strdup ("portfolio");
  text = g_strdup_printf ("%s-%s", pp_country_pair_get_first (pair),
                          pp_country_pair_get_second (pair));
  return g_ascii_strdown (text, -1);
}

GBytes *
pp_export_ics (PpPortfolio           *portfolio,
               const PpExportOptions *options,
               GError               **error)
{
  Calendar cal = { 0 };
  PpVenture *venture;
  icalproperty *name;
  char *text;
  GBytes *bytes;

  if (!pp_export_find_venture (portfolio, options, &venture, error))
    return NULL;

  cal.calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  cal.portfolio = portfolio;
  cal.pair = describe_pair (portfolio);
  /* The export date, at midnight UTC: the same for every export that day. */
  cal.stamp = to_ical_date (&options->today);
  cal.stamp.is_date = 0;
  cal.stamp.hour = cal.stamp.minute = cal.stamp.second = 0;
  cal.stamp.zone = icaltimezone_get_utc_timezone ();

  icalcomponent_add_property (cal.calendar,
                              icalproperty_new_prodid ("-//Partnership Planner//NONSGML "
                                                       PACKAGE_VERSION "//EN"));
  icalcomponent_add_property (cal.calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (cal.calendar, icalproperty_new_calscale ("GREGORIAN"));
  name = icalproperty_new_x (pp_portfolio_get_title (portfolio));
  icalproperty_set_x_name (name, "X-WR-CALNAME");
  icalcomponent_add_property (cal.calendar, name);

  if (venture != NULL)
    add_milestones (&cal, venture);
  else
    add_all (&cal, portfolio, options->document == PP_DOCUMENT_VENTURE);

  text = icalcomponent_as_ical_string_r (cal.calendar);
  bytes = g_bytes_new (text, strlen (text));
  icalmemory_free_buffer (text);
  icalcomponent_free (cal.calendar);
  g_free (cal.pair);
  return bytes;
}
