/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-portfolio-tree.c: a portfolio as keyed JSON items, the keys of the
 * lists inside them, and a portfolio built back from items. */

#include "config.h"

#include "pp-portfolio-io.h"
#include "pp-portfolio-tree.h"
#include "pp-test-util.h"
#include "pp-tree-builder.h"
#include "pp-tree-keys.h"

static JsonArray *
parse_array (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  return json_array_ref (json_node_get_array (json_parser_get_root (parser)));
}

static void
test_items (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(PpPortfolioTree) tree = pp_portfolio_tree_new (portfolio);
  PpTreeItem *item;
  JsonObject *object;

  g_assert_cmpint (pp_section_at (0), ==, PP_SECTION_PORTFOLIO);
  g_assert_cmpint (pp_section_at (3), ==, PP_SECTION_MOUS);
  g_assert_cmpuint (pp_portfolio_tree_get_n_items (tree, PP_SECTION_PORTFOLIO), ==, 1);
  g_assert_cmpuint (pp_portfolio_tree_get_n_items (tree, PP_SECTION_MOUS), ==,
                    g_list_model_get_n_items (pp_portfolio_get_mous (portfolio)));

  item = pp_portfolio_tree_lookup (tree, PP_SECTION_MOUS, "skilled-workers");
  g_assert_nonnull (item);
  g_assert_true (item == pp_portfolio_tree_get_item (tree, PP_SECTION_MOUS,
                                                     pp_tree_item_get_position (item)));
  g_assert_cmpstr (pp_tree_item_get_key (item), ==, "skilled-workers");
  g_assert_true (g_str_has_prefix (pp_tree_item_get_text (item, NULL), "{\"id\":\"skilled-workers\","));
  object = pp_tree_item_get_object (item);
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "signed");
  g_assert_true (pp_tree_item_get_object (item) == object);
  g_assert_true (g_str_has_prefix (pp_tree_item_get_name (item), "Agreement on sending 150,000"));
  g_assert_cmpstr (pp_portfolio_tree_get_name_of (tree, PP_COLLECTION_ORGANISATIONS,
                                                  "pm-office-pk"),
                   ==, "Prime Minister's Office of Pakistan");
  g_assert_cmpstr (pp_portfolio_tree_get_name_of (tree, PP_COLLECTION_ORGANISATIONS, "nobody"),
                   ==, "nobody");
  g_assert_null (pp_portfolio_tree_lookup (tree, PP_SECTION_MOUS, "nobody"));

  item = pp_portfolio_tree_lookup (tree, PP_SECTION_PORTFOLIO, "");
  g_assert_cmpstr (pp_tree_item_get_name (item), ==, pp_portfolio_get_title (portfolio));
  g_assert_false (json_object_has_member (pp_tree_item_get_object (item), "mous"));
}

/* Two trees of equal portfolios have equal items; an edit changes its
 * item's text and no other. */
static void
test_equal (void)
{
  g_autoptr(PpPortfolio) a = pp_test_load_sample ();
  g_autoptr(PpPortfolio) b = pp_test_load_sample ();
  g_autoptr(PpPortfolioTree) before = pp_portfolio_tree_new (a);
  g_autoptr(PpPortfolioTree) same = pp_portfolio_tree_new (b);
  g_autoptr(PpPortfolioTree) after = NULL;
  PpMou *mou = PP_MOU (pp_portfolio_lookup (b, PP_COLLECTION_MOUS, "skilled-workers"));

  for (guint s = 0; s < PP_N_SECTIONS; s++)
    for (guint i = 0; i < pp_portfolio_tree_get_n_items (before, s); i++)
      g_assert_true (pp_tree_item_equal (pp_portfolio_tree_get_item (before, s, i),
                                         pp_portfolio_tree_get_item (same, s, i)));

  pp_mou_set_title (mou, "Another title");
  after = pp_portfolio_tree_new (b);
  for (guint i = 0; i < pp_portfolio_tree_get_n_items (before, PP_SECTION_MOUS); i++)
    {
      PpTreeItem *x = pp_portfolio_tree_get_item (before, PP_SECTION_MOUS, i);
      PpTreeItem *y = pp_portfolio_tree_get_item (after, PP_SECTION_MOUS, i);

      g_assert_cmpint (pp_tree_item_equal (x, y), ==,
                       g_strcmp0 (pp_tree_item_get_key (x), "skilled-workers") != 0);
    }
}

static void
test_rules (void)
{
  const char *key_member;

  g_assert_cmpint (pp_tree_list_rule (PP_SECTION_VENTURES, "milestones", &key_member), ==,
                   PP_LIST_RULE_ID);
  g_assert_cmpstr (key_member, ==, "id");
  g_assert_cmpint (pp_tree_list_rule (PP_SECTION_VENTURES, "partners", &key_member), ==,
                   PP_LIST_RULE_MEMBER);
  g_assert_cmpstr (key_member, ==, "organisation");
  g_assert_cmpint (pp_tree_list_rule (PP_SECTION_MOUS, "parties", NULL), ==, PP_LIST_RULE_SET);
  g_assert_cmpint (pp_tree_list_rule (PP_SECTION_VENTURES, "mous", NULL), ==, PP_LIST_RULE_SET);
  g_assert_cmpint (pp_tree_list_rule (PP_SECTION_COMMITMENTS, "progress", &key_member), ==,
                   PP_LIST_RULE_NATURAL);
  g_assert_cmpstr (key_member, ==, "on");
  g_assert_cmpint (pp_tree_list_rule (PP_SECTION_MOUS, "renewal", &key_member), ==,
                   PP_LIST_RULE_NONE);
  g_assert_null (key_member);
}

/* Duplicate titles get occurrence numbers; what is left over after
 * matching by key is paired in order, so an edited title is one change. */
static void
test_match (void)
{
  g_autoptr(JsonArray) old_list = parse_array ("[{\"title\":\"Visit\"},{\"title\":\"Visit\"},"
                                               "{\"title\":\"Report\"},{\"title\":\"Gone\"}]");
  g_autoptr(JsonArray) new_list = parse_array ("[{\"title\":\"Report\"},{\"title\":\"Visit\"},"
                                               "{\"title\":\"Renamed\"}]");
  g_autoptr(GPtrArray) keys = pp_tree_list_keys (PP_SECTION_MOUS, "follow_ups", old_list);
  g_autoptr(GArray) old_of_new = NULL;
  g_autoptr(GArray) new_of_old = NULL;

  g_assert_cmpuint (keys->len, ==, 4);
  g_assert_cmpstr (keys->pdata[0], ==, "Visit");
  g_assert_cmpstr (keys->pdata[1], ==, "Visit\x1f" "1");
  g_assert_cmpstr (keys->pdata[2], ==, "Report");

  pp_tree_match_list (PP_SECTION_MOUS, "follow_ups", old_list, new_list, &old_of_new, &new_of_old);
  g_assert_cmpint (g_array_index (old_of_new, int, 0), ==, 2);
  g_assert_cmpint (g_array_index (old_of_new, int, 1), ==, 0);
  /* The second "Visit" is the first left over, so "Renamed" is it. */
  g_assert_cmpint (g_array_index (old_of_new, int, 2), ==, 1);
  g_assert_cmpint (g_array_index (new_of_old, int, 3), ==, -1);
}

/* Ids are not paired by position: a milestone with another id is new. */
static void
test_match_ids (void)
{
  g_autoptr(JsonArray) old_list = parse_array ("[{\"id\":\"a\"},{\"id\":\"b\"}]");
  g_autoptr(JsonArray) new_list = parse_array ("[{\"id\":\"b\"},{\"id\":\"c\"}]");
  g_autoptr(GArray) old_of_new = NULL;
  g_autoptr(GArray) new_of_old = NULL;

  pp_tree_match_list (PP_SECTION_VENTURES, "milestones", old_list, new_list,
                      &old_of_new, &new_of_old);
  g_assert_cmpint (g_array_index (old_of_new, int, 0), ==, 1);
  g_assert_cmpint (g_array_index (old_of_new, int, 1), ==, -1);
  g_assert_cmpint (g_array_index (new_of_old, int, 0), ==, -1);
}

/* The items of a tree build the same portfolio again, through the loader. */
static void
test_build (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(PpPortfolioTree) tree = pp_portfolio_tree_new (portfolio);
  g_autoptr(PpTreeBuilder) builder = pp_tree_builder_new ();
  g_autoptr(PpPortfolio) built = NULL;
  g_autoptr(GBytes) expected = pp_portfolio_save_to_bytes (portfolio);
  g_autoptr(GBytes) got = NULL;
  g_autoptr(GError) error = NULL;

  for (guint s = 0; s < PP_N_SECTIONS; s++)
    for (guint i = 0; i < pp_portfolio_tree_get_n_items (tree, s); i++)
      {
        PpTreeItem *item = pp_portfolio_tree_get_item (tree, s, i);

        /* Half the items go in as objects, as a merge adds its edited ones. */
        if (i % 2 == 0)
          pp_tree_builder_add_item (builder, item);
        else
          pp_tree_builder_add_object (builder, s, pp_tree_item_get_object (item));
      }
  built = pp_tree_builder_finish (builder, &error);
  g_assert_no_error (error);
  got = pp_portfolio_save_to_bytes (built);
  g_assert_true (g_bytes_equal (expected, got));
}

/* What the items make is checked as any file is. */
static void
test_build_refused (void)
{
  g_autoptr(PpTreeBuilder) builder = pp_tree_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) built = NULL;

  pp_tree_builder_add_text (builder, PP_SECTION_PORTFOLIO,
                            "{\"title\":\"T\",\"countries\":[],\"description\":\"\","
                            "\"currency\":\"USD\"}", -1);
  pp_tree_builder_add_text (builder, PP_SECTION_MOUS,
                            "{\"id\":\"m\",\"title\":\"M\",\"sector\":null,\"status\":\"draft\","
                            "\"parties\":[\"nobody\"]}", -1);
  built = pp_tree_builder_finish (builder, &error);
  g_assert_null (built);
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tree/items", test_items);
  g_test_add_func ("/tree/equal", test_equal);
  g_test_add_func ("/tree/rules", test_rules);
  g_test_add_func ("/tree/match", test_match);
  g_test_add_func ("/tree/match-ids", test_match_ids);
  g_test_add_func ("/tree/build", test_build);
  g_test_add_func ("/tree/build-refused", test_build_refused);

  return g_test_run ();
}
