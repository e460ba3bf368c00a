/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-csv.c: the MoU register, or ventures' milestones, as CSV.
 *
 * RFC 4180: a header row, CRLF line ends, fields in double quotes when they
 * hold a comma, a quote, a CR or an LF, quotes doubled. UTF-8 with a byte
 * order mark, because Excel reads CSV without one in the legacy code page
 * and garbles Urdu or Russian names, while LibreOffice Calc and the usual
 * CSV libraries skip it. Dates are ISO 8601 (YYYY-MM-DD), which every
 * spreadsheet reads as a date.
 *
 * A field that begins with =, +, - or @ is a formula to a spreadsheet, and
 * a hostile title such as "=HYPERLINK(…)" would run when opened; so is one
 * that begins with a TAB or a CR, which spreadsheets skip. Such fields get
 * a leading apostrophe, the convention spreadsheets show as text (OWASP's
 * advice on CSV injection). Data is otherwise unchanged.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-export-private.h"
#include "pp-mou-facts.h"

static void
append_field (GString    *out,
              const char *text,
              gboolean    last)
{
  if (text == NULL)
    text = "";
  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    {
      g_autofree char *guarded = g_strconcat ("'", text, NULL);

      append_field (out, guarded, last);
      return;
    }
  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
  g_string_append (out, last ? "\r\n" : ",");
}

static void
append_row (GString            *out,
            const char * const *fields,
            guint               n)
{
  for (guint i = 0; i < n; i++)
    append_field (out, fields[i], i + 1 == n);
}

static char *
iso (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? pp_date_to_iso (date) : g_strdup ("");
}

/* The parties' names, separated by semicolons, which read better than
 * commas inside one cell. */
static char *
list_parties (PpMou       *mou,
              PpPortfolio *portfolio)
{
  const char * const *parties = pp_mou_get_parties (mou);
  GString *text = g_string_new (NULL);

  for (guint i = 0; parties != NULL && parties[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, pp_portfolio_get_name_of (portfolio, PP_COLLECTION_ORGANISATIONS,
                                                       parties[i]));
    }
  return g_string_free (text, FALSE);
}

static void
append_mou (GString     *out,
            PpPortfolio *portfolio,
            PpMou       *mou)
{
  PpFollowUp *next = pp_mou_get_next_follow_up (mou);
  g_autofree char *parties = list_parties (mou, portfolio);
  g_autofree char *signed_on = iso (pp_mou_get_signed_on (mou));
  g_autofree char *effective = iso (pp_mou_get_effective_on (mou));
  g_autofree char *expires = iso (pp_mou_get_expires_on (mou));
  g_autofree char *next_due = iso (next != NULL ? pp_follow_up_get_due_on (next) : NULL);
  const char *sector = pp_mou_get_sector (mou);
  const char *fields[] = {
    pp_node_get_id (PP_NODE (mou)), pp_mou_get_title (mou),
    sector != NULL ? pp_portfolio_get_name_of (portfolio, PP_COLLECTION_SECTORS, sector) : "",
    pp_enum_get_display_name (PP_TYPE_MOU_STATUS, pp_mou_get_status (mou)),
    parties, signed_on, effective, expires, next_due, pp_mou_get_summary (mou),
  };

  append_row (out, fields, G_N_ELEMENTS (fields));
}

static void
write_register (GString     *out,
                PpPortfolio *portfolio)
{
  const char *headers[] = {
    _("Id"), _("Title"), _("Sector"), _("Status"), _("Parties"), _("Signed"), _("Effective"),
    _("Expires"), _("Next follow-up"), _("Summary"),
  };
  GListModel *mous = pp_portfolio_get_mous (portfolio);

  append_row (out, headers, G_N_ELEMENTS (headers));
  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);

      append_mou (out, portfolio, mou);
    }
}

static void
append_milestones (GString   *out,
                   PpVenture *venture)
{
  GListModel *milestones = pp_venture_get_milestones (venture);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, i);
      g_autofree char *due = iso (pp_milestone_get_due_on (milestone));
      const char *side = pp_milestone_get_side (milestone);
      const char *fields[] = {
        pp_venture_get_name (venture), pp_node_get_id (PP_NODE (milestone)),
        pp_milestone_get_title (milestone), due,
        pp_enum_get_display_name (PP_TYPE_MILESTONE_STATUS, pp_milestone_get_status (milestone)),
        pp_milestone_get_owner (milestone), side != NULL ? side : "",
      };

      append_row (out, fields, G_N_ELEMENTS (fields));
    }
}

static void
write_milestones (GString     *out,
                  PpPortfolio *portfolio,
                  PpVenture   *only)
{
  const char *headers[] = {
    _("Venture"), _("Milestone id"), _("Title"), _("Due"), _("Status"), _("Owner"), _("Side"),
  };
  GListModel *ventures = pp_portfolio_get_ventures (portfolio);

  append_row (out, headers, G_N_ELEMENTS (headers));
  if (only != NULL)
    {
      append_milestones (out, only);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (ventures); i++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (ventures, i);

      append_milestones (out, venture);
    }
}

GBytes *
pp_export_csv (PpPortfolio           *portfolio,
               const PpExportOptions *options,
               GError               **error)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  PpVenture *venture;

  if (!pp_export_find_venture (portfolio, options, &venture, error))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  if (options->document == PP_DOCUMENT_VENTURE)
    write_milestones (out, portfolio, venture);
  else
    write_register (out, portfolio);
  return g_string_free_to_bytes (out);
}
