/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-collection.c: names of the portfolio's collections, and the message for
 * a reference into one that finds nothing. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-collection.h"
#include "pp-error.h"

static const char * const collection_members[PP_N_COLLECTIONS] = {
  "sectors", "organisations", "mous", "ventures", "commitments",
};

/**
 * pp_collection_get_member:
 *
 * Returns: the member of the portfolio file that holds @collection
 *   ("organisations").
 */
const char *
pp_collection_get_member (PpCollection collection)
{
  g_return_val_if_fail (collection < PP_N_COLLECTIONS, NULL);

  return collection_members[collection];
}

/**
 * pp_set_dangling_error:
 * @member: (nullable): the place of the reference, to start the message with
 *
 * Sets a %PP_PORTFOLIO_ERROR_REFERENCE error saying that @id names nothing.
 */
void
pp_set_dangling_error (GError       **error,
                       PpCollection   collection,
                       const char    *member,
                       const char    *id)
{
  g_autofree char *message = NULL;

  switch (collection)
    {
    case PP_COLLECTION_SECTORS:
      message = g_strdup_printf (_("no sector “%s”"), id);
      break;
    case PP_COLLECTION_ORGANISATIONS:
      message = g_strdup_printf (_("no organisation “%s”"), id);
      break;
    case PP_COLLECTION_MOUS:
      message = g_strdup_printf (_("no MoU “%s”"), id);
      break;
    case PP_COLLECTION_VENTURES:
      message = g_strdup_printf (_("no venture “%s”"), id);
      break;
    case PP_COLLECTION_COMMITMENTS:
    default:
      message = g_strdup_printf (_("no commitment “%s”"), id);
      break;
    }

  if (member != NULL)
    g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE,
                 "%s: %s", member, message);
  else
    g_set_error_literal (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE, message);
}
