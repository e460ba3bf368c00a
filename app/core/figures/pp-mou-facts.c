/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-facts.c: derived facts about MoUs, shared by every view. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-date.h"
#include "pp-mou-facts.h"

/**
 * pp_mou_get_next_follow_up:
 *
 * Returns: (transfer none) (nullable): the open follow-up due first; one
 *   without a due date only when no open one has a date
 */
PpFollowUp *
pp_mou_get_next_follow_up (PpMou *mou)
{
  GListModel *follow_ups = pp_mou_get_follow_ups (mou);
  guint n = g_list_model_get_n_items (follow_ups);
  PpFollowUp *next = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpFollowUp) follow_up = g_list_model_get_item (follow_ups, i);

      if (pp_follow_up_get_done (follow_up))
        continue;
      if (next == NULL || pp_date_compare (pp_follow_up_get_due_on (follow_up),
                                           pp_follow_up_get_due_on (next)) < 0)
        next = follow_up;
    }
  /* The list holds the item, so the pointer stays valid. */
  return next;
}

/**
 * pp_mou_is_expired:
 *
 * Returns: whether the MoU is marked expired, or its expiry date has passed
 *   while it is signed or in force
 */
gboolean
pp_mou_is_expired (PpMou       *mou,
                   const GDate *today)
{
  PpMouStatus status = pp_mou_get_status (mou);
  const GDate *expires_on = pp_mou_get_expires_on (mou);

  if (status == PP_MOU_STATUS_EXPIRED)
    return TRUE;
  if (status != PP_MOU_STATUS_SIGNED && status != PP_MOU_STATUS_IN_FORCE)
    return FALSE;
  return expires_on != NULL && g_date_compare (expires_on, today) < 0;
}

gboolean
pp_mou_has_overdue_follow_up (PpMou       *mou,
                              const GDate *today)
{
  PpFollowUp *next = pp_mou_get_next_follow_up (mou);
  const GDate *due = next != NULL ? pp_follow_up_get_due_on (next) : NULL;

  return due != NULL && g_date_compare (due, today) < 0;
}

/**
 * pp_portfolio_get_name_of:
 *
 * Returns: the display name of the item @id of @collection (a sector's or
 *   organisation's name, an MoU's title), or @id itself when there is none
 */
const char *
pp_portfolio_get_name_of (PpPortfolio  *portfolio,
                          PpCollection  collection,
                          const char   *id)
{
  PpNode *node = pp_portfolio_lookup (portfolio, collection, id);

  if (node == NULL)
    return id;
  if (PP_IS_SECTOR (node))
    return pp_sector_get_name (PP_SECTOR (node));
  if (PP_IS_ORGANISATION (node))
    return pp_organisation_get_name (PP_ORGANISATION (node));
  if (PP_IS_MOU (node))
    return pp_mou_get_title (PP_MOU (node));
  if (PP_IS_VENTURE (node))
    return pp_venture_get_name (PP_VENTURE (node));
  return pp_commitment_get_title (PP_COMMITMENT (node));
}

/**
 * pp_mou_describe_parties:
 *
 * Returns: (transfer full): the parties' names, separated by commas
 */
char *
pp_mou_describe_parties (PpMou       *mou,
                         PpPortfolio *portfolio)
{
  const char * const *parties = pp_mou_get_parties (mou);
  GString *text = g_string_new (NULL);

  for (guint i = 0; parties[i] != NULL; i++)
    {
      if (i > 0)
        /* Translators: the separator between names in a list */
        g_string_append (text, _(", "));
      g_string_append (text, pp_portfolio_get_name_of (portfolio, PP_COLLECTION_ORGANISATIONS,
                                                       parties[i]));
    }
  return g_string_free (text, FALSE);
}
