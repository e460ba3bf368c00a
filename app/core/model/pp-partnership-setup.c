/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-partnership-setup.c: a new portfolio for two countries, and changes of
 * its countries that carry every item naming them along.
 *
 * A side ("who owes it") must be one of the portfolio's two countries, or
 * the file no longer loads; so when a country of the pair is replaced, the
 * items on its side move to the new country in the same undo step, and so
 * do the organisations of that country, which were chosen as its bodies.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-iso-codes.h"
#include "pp-partnership-setup.h"
#include "pp-references.h"
#include "pp-sector-palette.h"

typedef enum
{
  USE_ORGANISATION,
  USE_FOLLOW_UP,
  USE_MILESTONE,
  USE_COMMITMENT,
} UseKind;

/* Called for each country an item names, with the property holding it. */
typedef void (*CountryFunc) (PpNode     *node,
                             const char *property,
                             const char *code,
                             UseKind     kind,
                             gpointer    user_data);

static void
foreach_in_list (GListModel  *list,
                 const char  *property,
                 UseKind      kind,
                 CountryFunc  func,
                 gpointer     user_data)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpNode) node = g_list_model_get_item (list, i);
      g_autofree char *code = NULL;

      g_object_get (node, property, &code, NULL);
      if (code != NULL)
        func (node, property, code, kind, user_data);
    }
}

static void
foreach_country (PpPortfolio *portfolio,
                 CountryFunc  func,
                 gpointer     user_data)
{
  GListModel *mous = pp_portfolio_get_mous (portfolio);
  GListModel *ventures = pp_portfolio_get_ventures (portfolio);

  foreach_in_list (pp_portfolio_get_organisations (portfolio), "country", USE_ORGANISATION,
                   func, user_data);
  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);

      foreach_in_list (pp_mou_get_follow_ups (mou), "side", USE_FOLLOW_UP, func, user_data);
    }
  for (guint i = 0; i < g_list_model_get_n_items (ventures); i++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (ventures, i);

      foreach_in_list (pp_venture_get_milestones (venture), "side", USE_MILESTONE, func,
                       user_data);
    }
  foreach_in_list (pp_portfolio_get_commitments (portfolio), "side", USE_COMMITMENT, func,
                   user_data);
}

typedef struct
{
  const char *country;
  PpCountryUses *uses;
} CountData;

static void
count_cb (PpNode     *node,
          const char *property,
          const char *code,
          UseKind     kind,
          gpointer    user_data)
{
  CountData *data = user_data;
  guint *counts[] = {
    &data->uses->organisations, &data->uses->follow_ups,
    &data->uses->milestones, &data->uses->commitments,
  };

  if (g_strcmp0 (code, data->country) == 0)
    (*counts[kind])++;
}

/**
 * pp_partnership_count_uses:
 * @uses: (out caller-allocates): what names @country
 *
 * Counts the organisations of @country and the follow-ups, milestones and
 * commitments on its side.
 */
void
pp_partnership_count_uses (PpPortfolio   *portfolio,
                           const char    *country,
                           PpCountryUses *uses)
{
  CountData data = { country, uses };

  g_return_if_fail (PP_IS_PORTFOLIO (portfolio));
  g_return_if_fail (uses != NULL);

  *uses = (PpCountryUses) { 0 };
  if (country != NULL)
    foreach_country (portfolio, count_cb, &data);
}

guint
pp_country_uses_total (const PpCountryUses *uses)
{
  g_return_val_if_fail (uses != NULL, 0);

  return uses->organisations + uses->follow_ups + uses->milestones + uses->commitments;
}

/* Adds @line (taking it) on a line of its own. */
static void
append_line (GString *text,
             char    *line)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
  g_free (line);
}

/**
 * pp_country_uses_describe:
 *
 * Returns: (transfer full) (nullable): one line per kind of item, "3
 *   organisations", "5 follow-ups of MoUs", or %NULL when nothing names the
 *   country
 */
char *
pp_country_uses_describe (const PpCountryUses *uses)
{
  GString *text;

  g_return_val_if_fail (uses != NULL, NULL);

  if (pp_country_uses_total (uses) == 0)
    return NULL;

  /* A list rather than a sentence, so that each line translates whole. */
  text = g_string_new (NULL);
  if (uses->organisations > 0)
    append_line (text, g_strdup_printf (ngettext ("%u organisation", "%u organisations",
                                                  uses->organisations), uses->organisations));
  if (uses->follow_ups > 0)
    append_line (text, g_strdup_printf (ngettext ("%u follow-up of MoUs",
                                                  "%u follow-ups of MoUs",
                                                  uses->follow_ups), uses->follow_ups));
  if (uses->milestones > 0)
    append_line (text, g_strdup_printf (ngettext ("%u milestone of ventures",
                                                  "%u milestones of ventures",
                                                  uses->milestones), uses->milestones));
  if (uses->commitments > 0)
    append_line (text, g_strdup_printf (ngettext ("%u commitment", "%u commitments",
                                                  uses->commitments), uses->commitments));
  return g_string_free (text, FALSE);
}

typedef struct
{
  PpHistory *history;
  const char *from[2];   /* the countries leaving the pair */
  const char *to[2];     /* and the one each is replaced by */
  const char *first;     /* the new pair */
  const char *second;
} MoveData;

static void
move_cb (PpNode     *node,
         const char *property,
         const char *code,
         UseKind     kind,
         gpointer    user_data)
{
  MoveData *data = user_data;

  for (guint i = 0; i < 2; i++)
    if (data->from[i] != NULL && g_strcmp0 (code, data->from[i]) == 0)
      {
        pp_history_set (data->history, node, property, data->to[i], NULL);
        return;
      }

  /* A side outside the new pair (only a file written without countries
   * holds one) would keep the file from loading: it becomes "both". */
  if (kind != USE_ORGANISATION && g_strcmp0 (code, data->first) != 0 &&
      g_strcmp0 (code, data->second) != 0)
    pp_history_set (data->history, node, property, NULL, NULL);
}

/* Pairs each country leaving the pair with one entering it, in order, so
 * that a country kept keeps its items and swapping the two moves nothing. */
static void
match_changes (MoveData   *data,
               const char *old_first,
               const char *old_second)
{
  const char *old[2] = { old_first, old_second };
  const char *new[2] = { data->first, data->second };
  guint n_from = 0, n_to = 0;

  if (old_first == NULL || data->first == NULL)
    return;
  for (guint i = 0; i < 2; i++)
    {
      if (g_strcmp0 (old[i], data->first) != 0 && g_strcmp0 (old[i], data->second) != 0)
        data->from[n_from++] = old[i];
      if (g_strcmp0 (new[i], old_first) != 0 && g_strcmp0 (new[i], old_second) != 0)
        data->to[n_to++] = new[i];
    }
  g_assert (n_from == n_to);
}

/**
 * pp_partnership_set_countries:
 * @new_first: (nullable): an ISO 3166-1 alpha-2 code
 * @new_second: (nullable): another one, %NULL exactly when @new_first is
 *
 * Makes @new_first and @new_second the portfolio's countries as one undo step.
 * Where a country is replaced, its organisations and the items on its side
 * move to the country that replaces it.
 */
void
pp_partnership_set_countries (PpHistory  *history,
                              const char *new_first,
                              const char *new_second)
{
  PpPortfolio *portfolio;
  PpCountryPair *pair;
  g_autofree char *old_first = NULL;
  g_autofree char *old_second = NULL;
  /* The caller's codes may be the pair's own strings (a swap), which setting
   * the pair frees. */
  g_autofree char *first = g_strdup (new_first);
  g_autofree char *second = g_strdup (new_second);
  const char *codes[] = { first, second, NULL };
  MoveData data = { history, { NULL, NULL }, { NULL, NULL }, first, second };

  g_return_if_fail (PP_IS_HISTORY (history));
  g_return_if_fail ((first == NULL) == (second == NULL));
  g_return_if_fail (first == NULL || (pp_iso_country_is_valid (first) &&
                                      pp_iso_country_is_valid (second) &&
                                      g_strcmp0 (first, second) != 0));

  portfolio = pp_history_get_portfolio (history);
  pair = pp_portfolio_get_countries (portfolio);
  old_first = g_strdup (pp_country_pair_get_first (pair));
  old_second = g_strdup (pp_country_pair_get_second (pair));
  match_changes (&data, old_first, old_second);

  pp_history_begin_group (history);
  pp_history_set (history, PP_NODE (pair), "codes", first != NULL ? codes : NULL, NULL);
  if (first != NULL)
    foreach_country (portfolio, move_cb, &data);
  pp_history_end_group (history);
}

/* The fields of cooperation a new portfolio starts with; the user unticks
 * those that do not apply. */
static const char * const starting_sectors[] = {
  N_("Trade and commerce"),
  N_("Agriculture"),
  N_("Industry"),
  N_("Energy"),
  N_("Education"),
  N_("Health"),
  N_("Science and technology"),
  N_("Tourism"),
  N_("Transport and logistics"),
  N_("Culture"),
  NULL
};

/**
 * pp_partnership_starting_sectors:
 *
 * Returns: (transfer full): the names of the sectors offered for a new
 *   portfolio, translated
 */
char **
pp_partnership_starting_sectors (void)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **names;

  for (guint i = 0; starting_sectors[i] != NULL; i++)
    g_strv_builder_add (builder, _(starting_sectors[i]));
  names = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return names;
}

/**
 * pp_partnership_new_portfolio:
 * @sectors: (nullable): the names of its first sectors
 *
 * Returns: (transfer full): a portfolio between @first and @second, with
 *   one sector for each name of @sectors in order, each of its own colour
 */
PpPortfolio *
pp_partnership_new_portfolio (const char         *title,
                              const char         *first,
                              const char         *second,
                              const char * const *sectors)
{
  PpPortfolio *portfolio;

  g_return_val_if_fail (title != NULL && *title != '\0', NULL);

  portfolio = pp_portfolio_new ();
  pp_portfolio_set_title (portfolio, title);
  pp_country_pair_set (pp_portfolio_get_countries (portfolio), first, second);

  for (guint i = 0; sectors != NULL && sectors[i] != NULL; i++)
    {
      g_autofree char *id = pp_references_new_id (portfolio, PP_COLLECTION_SECTORS, sectors[i]);
      g_autoptr(PpSector) sector = pp_sector_new (id);
      g_autoptr(GError) error = NULL;

      pp_sector_set_name (sector, sectors[i]);
      pp_sector_set_color (sector,
                           pp_sector_palette_get_color (i % pp_sector_palette_get_n_colors ()));
      if (!pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_sectors (portfolio),
                                PP_NODE (sector), &error))
        g_critical ("Cannot add the sector “%s”: %s", sectors[i], error->message);
    }
  return portfolio;
}
