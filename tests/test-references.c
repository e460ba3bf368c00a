/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-references.c: who refers to a sector or an organisation, said in
 * words, and deleting or merging them without leaving a reference to
 * nothing, each as one undoable step (no display needed). */

#include "config.h"

#include "pp-references.h"
#include "pp-sector-palette.h"
#include "pp-test-util.h"

typedef struct
{
  PpPortfolio *portfolio;
  PpHistory *history;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->portfolio = pp_test_load_sample ();
  f->history = pp_history_new (f->portfolio);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->history);
  g_clear_object (&f->portfolio);
}

static gpointer
lookup (Fixture      *f,
        PpCollection  collection,
        const char   *id)
{
  return pp_portfolio_lookup (f->portfolio, collection, id);
}

static PpMou *
mou (Fixture    *f,
     const char *id)
{
  PpMou *found = lookup (f, PP_COLLECTION_MOUS, id);

  g_assert_nonnull (found);
  return found;
}

static char *
parties (Fixture    *f,
         const char *id)
{
  return g_strjoinv (",", (char **) pp_mou_get_parties (mou (f, id)));
}

static char *
partners (Fixture    *f,
          const char *id)
{
  PpVenture *venture = lookup (f, PP_COLLECTION_VENTURES, id);
  GListModel *list = pp_venture_get_partners (venture);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpVenturePartner) partner = g_list_model_get_item (list, i);

      g_string_append_printf (text, "%s%s %.0f", i > 0 ? "," : "",
                              pp_venture_partner_get_organisation (partner),
                              pp_venture_partner_get_share_percent (partner));
    }
  return g_string_free (text, FALSE);
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) labour = pp_references_find (f->portfolio, PP_COLLECTION_SECTORS,
                                                    "labour-mobility");
  g_autoptr(GPtrArray) maz = pp_references_find (f->portfolio, PP_COLLECTION_ORGANISATIONS,
                                                 "maz");
  g_autoptr(GPtrArray) nothing = pp_references_find (f->portfolio, PP_COLLECTION_SECTORS,
                                                     "no-such-sector");
  g_autofree char *summary = pp_references_summarize (labour);
  g_autofree char *names = pp_references_list_names (labour, 5);
  PpReference *partner;

  g_assert_cmpuint (labour->len, ==, 2);
  g_assert_cmpuint (pp_references_count_items (labour), ==, 2);
  g_assert_cmpstr (summary, ==, "1 MoU and 1 commitment");
  g_assert_true (g_str_has_prefix (names, "“Agreement on sending 150,000 skilled"));
  g_assert_true (g_str_has_suffix (names, "” and “Send 150,000 skilled Pakistani workers to Belarus”"));

  /* A venture partner is held by the partner, in the venture. */
  g_assert_cmpuint (maz->len, ==, 1);
  partner = maz->pdata[0];
  g_assert_true (PP_IS_VENTURE (partner->item));
  g_assert_true (PP_IS_VENTURE_PARTNER (partner->holder));
  g_assert_cmpstr (partner->member, ==, "organisation");
  g_assert_cmpuint (nothing->len, ==, 0);
}

static void
test_names_shortened (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) defence = pp_references_find (f->portfolio, PP_COLLECTION_ORGANISATIONS,
                                                     "defence-by");
  g_autoptr(GPtrArray) trade = pp_references_find (f->portfolio, PP_COLLECTION_SECTORS, "trade");
  g_autofree char *one = pp_references_list_names (defence, 1);
  g_autofree char *summary = pp_references_summarize (trade);

  /* "and 1 other" would be no shorter than the name. */
  g_assert_cmpstr (one, ==, "“MoU on defense cooperation” and "
                            "“Agreement on military-technical cooperation”");
  g_assert_cmpstr (summary, ==, "2 MoUs");
}

static void
test_count_all (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GHashTable) sectors = pp_references_count_all (f->portfolio, PP_COLLECTION_SECTORS);
  g_autoptr(GHashTable) orgs = pp_references_count_all (f->portfolio,
                                                        PP_COLLECTION_ORGANISATIONS);

  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (sectors, "labour-mobility")), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (sectors, "trade")), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (sectors, "mining")), ==, 1);
  g_assert_false (g_hash_table_contains (sectors, "food-security"));
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (orgs, "trade-by")), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (orgs, "belaz")), ==, 1);
}

static void
test_delete_sector_moving (Fixture       *f,
                           gconstpointer  data)
{
  GListModel *sectors = pp_portfolio_get_sectors (f->portfolio);
  guint n = g_list_model_get_n_items (sectors);
  g_autoptr(GError) error = NULL;

  g_assert_true (pp_references_delete (f->history, PP_COLLECTION_SECTORS, "defense", "trade",
                                       &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sectors), ==, n - 1);
  g_assert_null (lookup (f, PP_COLLECTION_SECTORS, "defense"));
  g_assert_cmpstr (pp_mou_get_sector (mou (f, "defense-cooperation")), ==, "trade");
  g_assert_cmpstr (pp_mou_get_sector (mou (f, "military-technical-cooperation")), ==, "trade");

  /* One step back, one step forward. */
  g_assert_true (pp_history_undo (f->history));
  g_assert_false (pp_history_get_can_undo (f->history));
  g_assert_nonnull (lookup (f, PP_COLLECTION_SECTORS, "defense"));
  g_assert_cmpstr (pp_mou_get_sector (mou (f, "defense-cooperation")), ==, "defense");
  g_assert_true (pp_history_redo (f->history));
  g_assert_null (lookup (f, PP_COLLECTION_SECTORS, "defense"));
}

static void
test_delete_sector_leaving (Fixture       *f,
                            gconstpointer  data)
{
  PpCommitment *commitment = lookup (f, PP_COLLECTION_COMMITMENTS, "skilled-workers-150k");
  g_autoptr(GError) error = NULL;

  g_assert_true (pp_references_delete (f->history, PP_COLLECTION_SECTORS, "labour-mobility", NULL,
                                       &error));
  g_assert_no_error (error);
  g_assert_null (pp_mou_get_sector (mou (f, "skilled-workers")));
  g_assert_null (pp_commitment_get_sector (commitment));
  g_assert_cmpuint (pp_portfolio_count_references (f->portfolio, PP_COLLECTION_SECTORS,
                                                   "labour-mobility", NULL), ==, 0);
  g_assert_true (pp_history_undo (f->history));
  g_assert_cmpstr (pp_commitment_get_sector (commitment), ==, "labour-mobility");
}

/* Without the core's help the model still refuses to leave a reference to
 * nothing. */
static void
test_used_sector_refused (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pp_history_remove (f->history, PP_NODE (f->portfolio),
                                     pp_portfolio_get_sectors (f->portfolio), 0, &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE);
}

static void
test_merge_organisations (Fixture       *f,
                          gconstpointer  data)
{
  PpOrganisation *kept = lookup (f, PP_COLLECTION_ORGANISATIONS, "defence-by");
  PpOrganisation *dropped = lookup (f, PP_COLLECTION_ORGANISATIONS, "military-industry-by");
  g_autoptr(PpContact) contact = pp_contact_new ();
  g_autoptr(PpContact) moved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = parties (f, "military-technical-cooperation");
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;

  pp_contact_set_name (contact, "Ivan Petrov");
  g_assert_true (pp_node_append_item (PP_NODE (dropped), pp_organisation_get_contacts (dropped),
                                      PP_NODE (contact), NULL));

  g_assert_true (pp_references_merge (f->history, PP_COLLECTION_ORGANISATIONS, "defence-by",
                                      "military-industry-by", &error));
  g_assert_no_error (error);
  /* Both were parties: the one kept is named once. */
  after = parties (f, "military-technical-cooperation");
  g_assert_cmpstr (after, ==, "defence-pk,defence-by");
  g_assert_null (lookup (f, PP_COLLECTION_ORGANISATIONS, "military-industry-by"));
  g_assert_cmpuint (g_list_model_get_n_items (pp_organisation_get_contacts (kept)), ==, 1);
  moved = g_list_model_get_item (pp_organisation_get_contacts (kept), 0);
  g_assert_cmpstr (pp_contact_get_name (moved), ==, "Ivan Petrov");

  g_assert_true (pp_history_undo (f->history));
  g_assert_false (pp_history_get_can_undo (f->history));
  undone = parties (f, "military-technical-cooperation");
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (pp_organisation_get_contacts (kept)), ==, 0);
  g_assert_nonnull (lookup (f, PP_COLLECTION_ORGANISATIONS, "military-industry-by"));
}

/* Two partners of one venture that are the same body become one partner
 * with both shares. */
static void
test_merge_partners (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *merged = NULL;
  g_autofree char *undone = NULL;

  g_assert_true (pp_references_merge (f->history, PP_COLLECTION_ORGANISATIONS, "maz",
                                      "bus-maker-pk", NULL));
  merged = partners (f, "electric-buses");
  g_assert_cmpstr (merged, ==, "maz 100");
  g_assert_true (pp_history_undo (f->history));
  undone = partners (f, "electric-buses");
  g_assert_cmpstr (undone, ==, "bus-maker-pk 51,maz 49");
}

static void
test_delete_organisation (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *replaced = NULL;
  g_autofree char *left = NULL;
  g_autofree char *trade = NULL;

  g_assert_true (pp_references_delete (f->history, PP_COLLECTION_ORGANISATIONS, "belaz", "mtz",
                                       NULL));
  replaced = partners (f, "mining-equipment");
  g_assert_cmpstr (replaced, ==, "heavy-engineering-pk 51,mtz 49");
  g_assert_true (pp_history_undo (f->history));

  /* Without a replacement, a party leaves the MoU and a partner the venture. */
  g_assert_true (pp_references_delete (f->history, PP_COLLECTION_ORGANISATIONS, "belaz", NULL,
                                       NULL));
  left = partners (f, "mining-equipment");
  g_assert_cmpstr (left, ==, "heavy-engineering-pk 51");
  g_assert_true (pp_references_delete (f->history, PP_COLLECTION_ORGANISATIONS, "trade-by", NULL,
                                       NULL));
  trade = parties (f, "commerce");
  g_assert_cmpstr (trade, ==, "commerce-pk");
}

static void
test_new_id (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *fresh = pp_references_new_id (f->portfolio, PP_COLLECTION_SECTORS,
                                                 "Space & Science");
  g_autofree char *taken = pp_references_new_id (f->portfolio, PP_COLLECTION_SECTORS, "Mining");
  g_autofree char *empty = pp_references_new_id (f->portfolio, PP_COLLECTION_SECTORS, "  ");

  g_assert_cmpstr (fresh, ==, "space-science");
  g_assert_cmpstr (taken, ==, "mining-2");
  g_assert_cmpstr (empty, ==, "item");
}

static void
test_palette (void)
{
  gboolean exact = TRUE;

  g_assert_cmpuint (pp_sector_palette_get_n_colors (), >=, 8);
  g_assert_cmpstr (pp_sector_palette_get_name (0), ==, "Blue");
  g_assert_cmpuint (pp_sector_palette_find (pp_sector_palette_get_color (3), &exact), ==, 3);
  g_assert_true (exact);
  /* The sample's own blue is named by the nearest colour of the palette. */
  g_assert_cmpstr (pp_sector_palette_name_color ("#4a7fd6"), ==, "Blue");
  g_assert_cmpuint (pp_sector_palette_find ("#4a7fd6", &exact), ==, 0);
  g_assert_false (exact);
  g_assert_cmpuint (pp_sector_palette_find ("not a colour", NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/references/find", test_find);
  ADD ("/references/names-shortened", test_names_shortened);
  ADD ("/references/count-all", test_count_all);
  ADD ("/references/delete-sector/moving", test_delete_sector_moving);
  ADD ("/references/delete-sector/leaving", test_delete_sector_leaving);
  ADD ("/references/delete-sector/refused-when-used", test_used_sector_refused);
  ADD ("/references/merge/organisations", test_merge_organisations);
  ADD ("/references/merge/partners", test_merge_partners);
  ADD ("/references/delete-organisation", test_delete_organisation);
  ADD ("/references/new-id", test_new_id);
#undef ADD
  g_test_add_func ("/references/palette", test_palette);

  return g_test_run ();
}
