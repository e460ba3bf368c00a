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

#include "pp-import-plan-private.h"
#include "pp-iso-codes.h"
#include "pp-sheet.h"


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
void
_pp_import_names_use (Names      *names,
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

const char *
_pp_import_names_lookup (Names      *names,
                         const char *name)
{
  g_autofree char *folded = pp_import_fold (name);
  const char *id = g_hash_table_lookup (names->ids, folded);

  return id != NULL && id[0] != '\0' ? id : NULL;
}

/* Whether @folded names @country, in English or in the user's language:
 * "Ministry of Defence (Pakistan)", "Pakistani bus assembler",
 * "Министерство обороны Республики Беларусь". */
static gboolean
names_country (const char *folded,
               const char *country)
{
  const char *names[] = { pp_iso_country_get_english_name (country),
                          pp_iso_country_get_name (country) };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = names[i] != NULL ? pp_import_fold (names[i]) : NULL;

      if (name != NULL && name[0] != '\0' && strstr (folded, name) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The country a new organisation was given, else the one of the portfolio's
 * two countries that its name names, if only one does. */
const char *
_pp_import_plan_country_of (PpImportPlan *self,
                            const char   *folded)
{
  PpCountryPair *pair = pp_portfolio_get_countries (self->portfolio);
  const char *first = pp_country_pair_get_first (pair);
  const char *second = pp_country_pair_get_second (pair);
  gboolean in_first, in_second;

  if (g_hash_table_contains (self->organisations.countries, folded))
    return g_hash_table_lookup (self->organisations.countries, folded);
  if (!pp_country_pair_is_set (pair))
    return NULL;
  in_first = names_country (folded, first);
  in_second = names_country (folded, second);
  if (in_first != in_second)
    return in_first ? first : second;
  return NULL;
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
  _pp_import_names_use (&self->sectors, name, sector_id);
}

void
pp_import_plan_use_organisation (PpImportPlan *self,
                                 const char   *name,
                                 const char   *organisation_id)
{
  _pp_import_names_use (&self->organisations, name, organisation_id);
}

/**
 * pp_import_plan_get_country:
 * @name: the name of a new organisation
 *
 * Returns: (nullable): the country it will have: the one set with
 *   pp_import_plan_set_country(), else the one of the portfolio's countries
 *   that its name names
 */
const char *
pp_import_plan_get_country (PpImportPlan *self,
                            const char   *name)
{
  g_autofree char *folded = pp_import_fold (name);

  return _pp_import_plan_country_of (self, folded);
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
