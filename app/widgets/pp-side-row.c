/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-side-row.c: the "Owed by" row of a follow-up or a milestone: a combo
 * row that chooses which of the two countries owes the item, or both,
 * setting the item's "side" (a country code, or none for both) through
 * the history, and following it when it changes by other means (undo).
 * "What each side owes" on the dashboard sorts the items by it. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-iso-codes.h"
#include "pp-side-row.h"

/* The country codes in the row's order after "Both sides". */
static GPtrArray *
row_codes (AdwComboRow *row)
{
  return g_object_get_data (G_OBJECT (row), "codes");
}

static guint
side_position (AdwComboRow *row,
               const char  *side)
{
  GPtrArray *codes = row_codes (row);

  for (guint i = 0; side != NULL && i < codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (codes, i), side) == 0)
      return i + 1;
  return 0;
}

static void
item_side_changed_cb (PpNode      *item,
                      GParamSpec  *pspec,
                      AdwComboRow *row)
{
  g_autofree char *side = NULL;
  guint position;

  g_object_get (item, "side", &side, NULL);
  position = side_position (row, side);
  if (adw_combo_row_get_selected (row) == position)
    return;
  g_object_set_data (G_OBJECT (row), "syncing", GINT_TO_POINTER (TRUE));
  adw_combo_row_set_selected (row, position);
  g_object_set_data (G_OBJECT (row), "syncing", NULL);
}

static void
row_selected_cb (AdwComboRow *row,
                 GParamSpec  *pspec,
                 PpHistory   *history)
{
  PpNode *item = g_object_get_data (G_OBJECT (row), "item");
  guint selected = adw_combo_row_get_selected (row);
  GPtrArray *codes = row_codes (row);
  const char *side = NULL;
  g_autofree char *old = NULL;

  if (g_object_get_data (G_OBJECT (row), "syncing") != NULL ||
      selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0 && selected <= codes->len)
    side = g_ptr_array_index (codes, selected - 1);
  g_object_get (item, "side", &old, NULL);
  if (g_strcmp0 (old, side) != 0)
    pp_history_set (history, item, "side", side, NULL);
}

/* The two countries of the portfolio, and the item's own side when it is
 * neither (a file made for another pair): a choice is never lost by being
 * shown as another. */
static GPtrArray *
collect_codes (PpHistory *history,
               PpNode    *item)
{
  PpCountryPair *pair = pp_portfolio_get_countries (pp_history_get_portfolio (history));
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *side = NULL;

  if (pp_country_pair_is_set (pair))
    {
      g_ptr_array_add (codes, g_strdup (pp_country_pair_get_first (pair)));
      g_ptr_array_add (codes, g_strdup (pp_country_pair_get_second (pair)));
    }
  g_object_get (item, "side", &side, NULL);
  if (side != NULL && (!pp_country_pair_is_set (pair) || !pp_country_pair_contains (pair, side)))
    g_ptr_array_add (codes, g_steal_pointer (&side));
  return codes;
}

/**
 * pp_side_row_new:
 * @item: a follow-up or a milestone (a node with a "side" property)
 *
 * Returns: (transfer floating): the "Owed by" row of @item
 */
GtkWidget *
pp_side_row_new (PpHistory *history,
                 PpNode    *item)
{
  GtkWidget *row;
  g_autoptr(GtkStringList) names = NULL;
  GPtrArray *codes;

  g_return_val_if_fail (PP_IS_HISTORY (history), NULL);
  g_return_val_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (item), "side"), NULL);

  row = adw_combo_row_new ();
  names = gtk_string_list_new (NULL);
  codes = collect_codes (history, item);
  gtk_string_list_append (names, _("Both sides"));
  for (guint i = 0; i < codes->len; i++)
    {
      const char *name = pp_iso_country_get_name (g_ptr_array_index (codes, i));

      gtk_string_list_append (names, name != NULL ? name : g_ptr_array_index (codes, i));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Owed by"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  g_object_set_data_full (G_OBJECT (row), "codes", codes, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  item_side_changed_cb (item, NULL, ADW_COMBO_ROW (row));
  g_signal_connect_object (item, "notify::side", G_CALLBACK (item_side_changed_cb), row, 0);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (row_selected_cb), history, 0);
  return row;
}
