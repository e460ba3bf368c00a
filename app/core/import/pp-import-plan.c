/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-plan.c: reading a whole register against a portfolio, and then
 * adding it as one step of the undo history.
 *
 * Sectors and parties are named in a register, not given ids: each name is
 * matched to a sector or organisation of the same name (or id), and the
 * names that match none are made when the import is done, unless the user
 * chose an existing one for them. A row whose title and signing date are
 * those of an MoU already in the portfolio updates that MoU, so importing the
 * same register twice does not double it.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pp-import-plan.h"
#include "pp-sheet.h"

/* Colours of new sectors: GNOME's palette, readable in light and dark. */
static const char *palette[] = {
  "#3584e4", "#2ec27e", "#e5a50a", "#e66100", "#c01c28", "#813d9c", "#865e3c", "#1c71d8",
};

typedef struct
{
  GHashTable *ids;        /* folded name or id → id, or "" while still to be made */
  GPtrArray *new_names;   /* the names to be made, as first written, NULL-terminated */
  GHashTable *countries;  /* folded name → country, for new organisations */
} Names;

struct _PpImportPlan
{
  PpPortfolio *portfolio;
  GPtrArray *rows;        /* of PpImportRow, the rows that can be imported */
  GPtrArray *targets;     /* of PpMou, per row: the MoU it updates, or NULL */
  GPtrArray *problems;    /* of PpImportProblem */
  Names sectors;
  Names organisations;
  guint n_updated;
};

static void
names_init (Names      *names,
            GListModel *items,
            const char *(*get_name) (gpointer item))
{
  names->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  names->new_names = g_ptr_array_new_with_free_func (g_free);
  names->countries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_ptr_array_add (names->new_names, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PpNode) item = g_list_model_get_item (items, i);
      const char *id = pp_node_get_id (item);

      g_hash_table_insert (names->ids, pp_import_fold (id), g_strdup (id));
      g_hash_table_insert (names->ids, pp_import_fold (get_name (item)), g_strdup (id));
    }
}

static void
names_clear (Names *names)
{
  g_clear_pointer (&names->ids, g_hash_table_unref);
  g_clear_pointer (&names->new_names, g_ptr_array_unref);
  g_clear_pointer (&names->countries, g_hash_table_unref);
}

static void
names_note (Names      *names,
            const char *name)
{
  char *folded = pp_import_fold (name);

  if (g_hash_table_contains (names->ids, folded))
    {
      g_free (folded);
      return;
    }
  g_hash_table_insert (names->ids, folded, g_strdup (""));
  g_ptr_array_insert (names->new_names, (int) names->new_names->len - 1, g_strdup (name));
}

/* Makes @name mean @id (an existing item), or, with %NULL, a new item again. */
static void
names_use (Names      *names,
           const char *name,
           const char *id)
{
  g_autofree char *folded = pp_import_fold (name);
  gboolean listed = FALSE;

  for (guint i = 0; i + 1 < names->new_names->len && !listed; i++)
    {
      g_autofree char *other = pp_import_fold (g_ptr_array_index (names->new_names, i));

      if (g_str_equal (other, folded))
        {
          listed = TRUE;
          if (id != NULL)
            g_ptr_array_remove_index (names->new_names, i);
        }
    }
  if (id == NULL && !listed)
    g_ptr_array_insert (names->new_names, (int) names->new_names->len - 1, g_strdup (name));
  g_hash_table_insert (names->ids, g_steal_pointer (&folded), g_strdup (id != NULL ? id : ""));
}

static const char *
names_lookup (Names      *names,
              const char *name)
{
  g_autofree char *folded = pp_import_fold (name);
  const char *id = g_hash_table_lookup (names->ids, folded);

  return id != NULL && id[0] != '\0' ? id : NULL;
}

static char *
match_key (const char  *title,
           const GDate *signed_on)
{
  g_autofree char *folded = pp_import_fold (title);
  char date[16] = "";

  if (signed_on != NULL && g_date_valid (signed_on))
    g_date_strftime (date, sizeof date, "%Y-%m-%d", signed_on);
  return g_strconcat (folded, "\n", date, NULL);
}

/* Finds the MoU each row updates: the one with its title and signing date. */
static void
match_rows (PpImportPlan *self)
{
  GListModel *mous = pp_portfolio_get_mous (self->portfolio);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      PpMou *mou = g_list_model_get_item (mous, i);

      g_hash_table_insert (by_key, match_key (pp_mou_get_title (mou), pp_mou_get_signed_on (mou)),
                           mou);
    }
  for (guint i = 0; i < self->rows->len; i++)
    {
      PpImportRow *row = g_ptr_array_index (self->rows, i);
      g_autofree char *key = match_key (row->title, &row->signed_on);
      PpMou *mou = g_hash_table_lookup (by_key, key);

      g_ptr_array_add (self->targets, mou != NULL ? g_object_ref (mou) : NULL);
      self->n_updated += mou != NULL;
    }
}

static void
unref_target (gpointer mou)
{
  if (mou != NULL)
    g_object_unref (mou);
}

static const char *
sector_name (gpointer item)
{
  return pp_sector_get_name (item);
}

static const char *
organisation_name (gpointer item)
{
  return pp_organisation_get_name (item);
}

/**
 * pp_import_plan_new:
 * @portfolio: the portfolio to import into
 * @sheet: the register, its first row the header
 * @mapping: (array): each column's field, as many as @sheet has columns
 * @order: how to read a date that reads either way
 *
 * Reads every row; nothing changes until pp_import_plan_apply().
 *
 * Returns: (transfer full): the plan
 */
PpImportPlan *
pp_import_plan_new (PpPortfolio         *portfolio,
                    PpSheet             *sheet,
                    const PpImportField *mapping,
                    PpDateOrder          order)
{
  PpImportPlan *self = g_new0 (PpImportPlan, 1);
  guint n_columns = pp_sheet_get_n_columns (sheet);

  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), NULL);

  self->portfolio = g_object_ref (portfolio);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_import_row_free);
  self->targets = g_ptr_array_new_with_free_func (unref_target);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_import_problem_free);
  names_init (&self->sectors, pp_portfolio_get_sectors (portfolio), sector_name);
  names_init (&self->organisations, pp_portfolio_get_organisations (portfolio),
              organisation_name);
  for (guint i = 1; i < pp_sheet_get_n_rows (sheet); i++)
    {
      PpImportRow *row = pp_import_row_read (sheet, i, mapping, n_columns, order, self->problems);

      if (row == NULL)
        continue;
      g_ptr_array_add (self->rows, row);
      if (row->sector != NULL)
        names_note (&self->sectors, row->sector);
      for (guint j = 0; row->parties != NULL && row->parties[j] != NULL; j++)
        names_note (&self->organisations, row->parties[j]);
    }
  match_rows (self);
  return self;
}

void
pp_import_plan_free (PpImportPlan *self)
{
  if (self == NULL)
    return;
  names_clear (&self->sectors);
  names_clear (&self->organisations);
  g_ptr_array_unref (self->problems);
  g_ptr_array_unref (self->targets);
  g_ptr_array_unref (self->rows);
  g_object_unref (self->portfolio);
  g_free (self);
}

/**
 * pp_import_plan_get_problems:
 *
 * Returns: (transfer none) (element-type PpImportProblem): the cells and rows
 *   that cannot be imported, in the register's order
 */
GPtrArray *
pp_import_plan_get_problems (PpImportPlan *self)
{
  return self->problems;
}

/* How many MoUs the import adds: the rows that update none. */
guint
pp_import_plan_get_n_added (PpImportPlan *self)
{
  return self->rows->len - self->n_updated;
}

guint
pp_import_plan_get_n_updated (PpImportPlan *self)
{
  return self->n_updated;
}

/**
 * pp_import_plan_get_new_sectors:
 *
 * Returns: (transfer none): the names of the sectors that will be made
 */
const char * const *
pp_import_plan_get_new_sectors (PpImportPlan *self)
{
  return (const char * const *) self->sectors.new_names->pdata;
}

const char * const *
pp_import_plan_get_new_organisations (PpImportPlan *self)
{
  return (const char * const *) self->organisations.new_names->pdata;
}

/**
 * pp_import_plan_use_sector:
 * @name: a sector's name as the register writes it
 * @sector_id: (nullable): the existing sector to use for it, or %NULL to
 *   make a new sector of that name
 */
void
pp_import_plan_use_sector (PpImportPlan *self,
                           const char   *name,
                           const char   *sector_id)
{
  names_use (&self->sectors, name, sector_id);
}

void
pp_import_plan_use_organisation (PpImportPlan *self,
                                 const char   *name,
                                 const char   *organisation_id)
{
  names_use (&self->organisations, name, organisation_id);
}

/**
 * pp_import_plan_set_country:
 * @name: the name of a new organisation
 * @country: (nullable): its ISO 3166 code, or %NULL for an international body
 */
void
pp_import_plan_set_country (PpImportPlan *self,
                            const char   *name,
                            const char   *country)
{
  g_hash_table_insert (self->organisations.countries, pp_import_fold (name), g_strdup (country));
}


/* An id for a new item from its name ("Minsk Tractor Works" is
 * "minsk-tractor-works"), unused in @collection. */
static char *
new_id (PpPortfolio  *portfolio,
        PpCollection  collection,
        const char   *name,
        const char   *fallback,
        guint        *next)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autoptr(GString) base = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && base->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (base, g_ascii_tolower (*p));
      else if (base->len > 0 && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  while (base->len > 0 && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  if (base->len == 0)
    g_string_assign (base, fallback);
  if (pp_portfolio_lookup (portfolio, collection, base->str) == NULL && next == NULL)
    return g_strdup (base->str);
  for (guint i = next != NULL ? *next : 2;; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", base->str, i);

      if (pp_portfolio_lookup (portfolio, collection, id) == NULL)
        {
          if (next != NULL)
            *next = i + 1;
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
      g_autofree char *id = new_id (self->portfolio, PP_COLLECTION_SECTORS, name, "sector", NULL);
      g_autoptr(PpSector) sector = pp_sector_new (id);

      pp_sector_set_name (sector, name);
      pp_sector_set_color (sector, palette[i % G_N_ELEMENTS (palette)]);
      if (!pp_history_append (history, PP_NODE (self->portfolio),
                              pp_portfolio_get_sectors (self->portfolio), PP_NODE (sector), error))
        return FALSE;
      names_use (&self->sectors, name, id);
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
      g_autofree char *id = new_id (self->portfolio, PP_COLLECTION_ORGANISATIONS, name,
                                    "organisation", NULL);
      g_autoptr(PpOrganisation) organisation = pp_organisation_new (id);

      pp_organisation_set_name (organisation, name);
      pp_organisation_set_country (organisation,
                                   g_hash_table_lookup (self->organisations.countries, folded));
      if (!pp_history_append (history, PP_NODE (self->portfolio),
                              pp_portfolio_get_organisations (self->portfolio),
                              PP_NODE (organisation), error))
        return FALSE;
      names_use (&self->organisations, name, id);
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
      const char *id = names_lookup (&self->organisations, row->parties[i]);

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
  g_autofree char *id = new_id (self->portfolio, PP_COLLECTION_MOUS, "mou", "mou", next);
  g_autoptr(PpMou) mou = pp_mou_new (id);
  g_auto(GStrv) parties = party_ids (self, row);

  pp_mou_set_title (mou, row->title);
  if (row->sector != NULL)
    pp_mou_set_sector (mou, names_lookup (&self->sectors, row->sector));
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
    pp_history_set (history, node, "sector", names_lookup (&self->sectors, row->sector), NULL);
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
