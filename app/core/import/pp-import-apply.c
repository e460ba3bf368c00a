/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-apply.c: doing what an import plan says, as one step of the
 * undo history: making the new sectors and organisations, then adding and
 * updating the MoUs. A failure half-way takes everything back. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-import-plan-private.h"
#include "pp-references.h"
#include "pp-sector-palette.h"
#include "pp-sheet.h"

/* "mou-N" for the next N unused, counting on from @next so that a long
 * register does not try every number from 1 for each row. */
static char *
new_mou_id (PpPortfolio *portfolio,
            guint       *next)
{
  for (;; (*next)++)
    {
      g_autofree char *id = g_strdup_printf ("mou-%u", *next);

      if (pp_portfolio_lookup (portfolio, PP_COLLECTION_MOUS, id) == NULL)
        {
          (*next)++;
          return g_steal_pointer (&id);
        }
    }
}

static gboolean
make_sectors (PpImportPlan  *self,
              PpHistory     *history,
              GError       **error)
{
  GPtrArray *names = self->sectors.new_names;

  /* Each name made is taken off the list by names_use(). */
  for (guint i = 0; names->len > 1; i++)
    {
      g_autofree char *name = g_strdup (g_ptr_array_index (names, 0));
      g_autofree char *id = pp_references_new_id (self->portfolio, PP_COLLECTION_SECTORS, name);
      g_autoptr(PpSector) sector = pp_sector_new (id);

      pp_sector_set_name (sector, name);
      pp_sector_set_color (sector,
                           pp_sector_palette_get_color (i % pp_sector_palette_get_n_colors ()));
      if (!pp_history_append (history, PP_NODE (self->portfolio),
                              pp_portfolio_get_sectors (self->portfolio), PP_NODE (sector), error))
        return FALSE;
      _pp_import_names_use (&self->sectors, name, id);
    }
  return TRUE;
}

static gboolean
make_organisations (PpImportPlan  *self,
                    PpHistory     *history,
                    GError       **error)
{
  GPtrArray *names = self->organisations.new_names;

  while (names->len > 1)
    {
      g_autofree char *name = g_strdup (g_ptr_array_index (names, 0));
      g_autofree char *folded = pp_import_fold (name);
      g_autofree char *id = pp_references_new_id (self->portfolio, PP_COLLECTION_ORGANISATIONS,
                                                  name);
      g_autoptr(PpOrganisation) organisation = pp_organisation_new (id);

      pp_organisation_set_name (organisation, name);
      pp_organisation_set_country (organisation, _pp_import_plan_country_of (self, folded));
      if (!pp_history_append (history, PP_NODE (self->portfolio),
                              pp_portfolio_get_organisations (self->portfolio),
                              PP_NODE (organisation), error))
        return FALSE;
      _pp_import_names_use (&self->organisations, name, id);
    }
  return TRUE;
}

static GStrv
party_ids (PpImportPlan *self,
           PpImportRow  *row)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; row->parties != NULL && row->parties[i] != NULL; i++)
    {
      const char *id = _pp_import_names_lookup (&self->organisations, row->parties[i]);

      if (id != NULL)
        g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}

static PpFollowUp *
new_follow_up (PpImportRow *row)
{
  PpFollowUp *follow_up = pp_follow_up_new ();

  pp_follow_up_set_title (follow_up, row->follow_up);
  if (g_date_valid (&row->follow_up_due))
    pp_follow_up_set_due_on (follow_up, &row->follow_up_due);
  return follow_up;
}

static gboolean
add_mou (PpImportPlan  *self,
         PpHistory     *history,
         PpImportRow   *row,
         guint         *next,
         GError       **error)
{
  g_autofree char *id = new_mou_id (self->portfolio, next);
  g_autoptr(PpMou) mou = pp_mou_new (id);
  g_auto(GStrv) parties = party_ids (self, row);

  pp_mou_set_title (mou, row->title);
  if (row->sector != NULL)
    pp_mou_set_sector (mou, _pp_import_names_lookup (&self->sectors, row->sector));
  if (row->has[PP_IMPORT_FIELD_STATUS])
    pp_mou_set_status (mou, row->status);
  else if (g_date_valid (&row->signed_on))
    pp_mou_set_status (mou, PP_MOU_STATUS_SIGNED);
  pp_mou_set_parties (mou, (const char * const *) parties);
  pp_mou_set_signed_on (mou, pp_date_or_null (&row->signed_on));
  pp_mou_set_effective_on (mou, pp_date_or_null (&row->effective_on));
  pp_mou_set_expires_on (mou, pp_date_or_null (&row->expires_on));
  pp_mou_set_renewal_automatic (mou, row->renewal);
  pp_mou_set_renewal_notice_days (mou, row->notice_days);
  if (row->summary != NULL)
    pp_mou_set_summary (mou, row->summary);
  if (row->follow_up != NULL)
    {
      g_autoptr(PpFollowUp) follow_up = new_follow_up (row);

      if (!pp_node_append_item (PP_NODE (mou), pp_mou_get_follow_ups (mou),
                                PP_NODE (follow_up), error))
        return FALSE;
    }
  return pp_history_append (history, PP_NODE (self->portfolio),
                            pp_portfolio_get_mous (self->portfolio), PP_NODE (mou), error);
}

static gboolean
has_follow_up (PpMou      *mou,
               const char *title)
{
  GListModel *follow_ups = pp_mou_get_follow_ups (mou);

  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(PpFollowUp) follow_up = g_list_model_get_item (follow_ups, i);

      if (g_strcmp0 (pp_follow_up_get_title (follow_up), title) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Sets the fields the row gives, and only those, on the MoU it matched. */
static gboolean
update_mou (PpImportPlan  *self,
            PpHistory     *history,
            PpImportRow   *row,
            PpMou         *mou,
            GError       **error)
{
  PpNode *node = PP_NODE (mou);

  if (row->has[PP_IMPORT_FIELD_SECTOR])
    pp_history_set (history, node, "sector",
                    _pp_import_names_lookup (&self->sectors, row->sector), NULL);
  if (row->has[PP_IMPORT_FIELD_STATUS])
    pp_history_set (history, node, "status", row->status, NULL);
  if (row->has[PP_IMPORT_FIELD_PARTIES])
    {
      g_auto(GStrv) parties = party_ids (self, row);

      pp_history_set (history, node, "parties", parties, NULL);
    }
  if (row->has[PP_IMPORT_FIELD_EFFECTIVE])
    pp_history_set (history, node, "effective-on", &row->effective_on, NULL);
  if (row->has[PP_IMPORT_FIELD_EXPIRES])
    pp_history_set (history, node, "expires-on", &row->expires_on, NULL);
  if (row->has[PP_IMPORT_FIELD_RENEWAL])
    pp_history_set (history, node, "renewal-automatic", row->renewal, NULL);
  if (row->has[PP_IMPORT_FIELD_NOTICE])
    pp_history_set (history, node, "renewal-notice-days", row->notice_days, NULL);
  if (row->has[PP_IMPORT_FIELD_SUMMARY])
    pp_history_set (history, node, "summary", row->summary, NULL);
  if (row->follow_up != NULL && !has_follow_up (mou, row->follow_up))
    {
      g_autoptr(PpFollowUp) follow_up = new_follow_up (row);

      return pp_history_append (history, node, pp_mou_get_follow_ups (mou),
                                PP_NODE (follow_up), error);
    }
  return TRUE;
}

static gboolean
apply_all (PpImportPlan  *self,
           PpHistory     *history,
           GError       **error)
{
  guint next = g_list_model_get_n_items (pp_portfolio_get_mous (self->portfolio)) + 1;

  if (!make_sectors (self, history, error) || !make_organisations (self, history, error))
    return FALSE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      PpImportRow *row = g_ptr_array_index (self->rows, i);
      PpMou *target = g_ptr_array_index (self->targets, i);

      if (target != NULL ? !update_mou (self, history, row, target, error)
                         : !add_mou (self, history, row, &next, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * pp_import_plan_apply:
 * @self: a plan
 * @history: the portfolio's history
 * @skip_bad: whether to import the other rows when some cannot be
 * @error: return location for an error
 *
 * Makes the new sectors and organisations, adds the new MoUs and updates the
 * matched ones, all as one step of @history. A plan is applied once.
 *
 * Returns: whether the register was imported; when not, the portfolio is
 *   as it was
 */
gboolean
pp_import_plan_apply (PpImportPlan  *self,
                      PpHistory     *history,
                      gboolean       skip_bad,
                      GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (PP_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (pp_history_get_portfolio (history) == self->portfolio, FALSE);

  if (self->problems->len > 0 && !skip_bad)
    {
      g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_VALUE,
                   ngettext ("%u cell or row of the register cannot be imported",
                             "%u cells or rows of the register cannot be imported",
                             self->problems->len), self->problems->len);
      return FALSE;
    }
  pp_history_begin_group (history);
  ok = apply_all (self, history, error);
  if (ok)
    pp_history_end_group (history);
  else
    pp_history_cancel_group (history);
  return ok;
}
