/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-milestones.c: the due date a new milestone starts out with. */

#include "config.h"

#include "pp-portfolio.h"

static GDate
date (int year,
      int month,
      int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return d;
}

static void
add_milestone (PpVenture *venture,
               GDate      due)
{
  GListModel *list = pp_venture_get_milestones (venture);
  g_autofree char *id = g_strdup_printf ("m%u", g_list_model_get_n_items (list));
  g_autoptr(PpMilestone) milestone = pp_milestone_new (id);
  g_autoptr(GError) error = NULL;

  pp_milestone_set_title (milestone, id);
  pp_milestone_set_due_on (milestone, &due);
  g_assert_true (pp_node_append_item (PP_NODE (venture), list, PP_NODE (milestone), &error));
  g_assert_no_error (error);
}

static void
assert_suggests (PpVenture *venture,
                 GDate      today,
                 GDate      expected)
{
  GDate suggested;

  pp_milestone_suggest_due_on (pp_venture_get_milestones (venture),
                               pp_venture_get_start_on (venture), pp_venture_get_end_on (venture),
                               &today, &suggested);
  g_assert_true (g_date_valid (&suggested));
  g_assert_cmpint (g_date_compare (&suggested, &expected), ==, 0);
}

/* With no milestone, the venture's start when it is still to come, else
 * today: never its start once that is past. */
static void
test_first (void)
{
  g_autoptr(PpVenture) venture = pp_venture_new ("v");
  GDate start = date (2026, 1, 1);

  assert_suggests (venture, date (2025, 6, 1), date (2025, 6, 1));
  pp_venture_set_start_on (venture, &start);
  assert_suggests (venture, date (2025, 6, 1), date (2026, 1, 1));
  assert_suggests (venture, date (2027, 3, 15), date (2027, 3, 15));
}

/* A month after the latest milestone, in whatever order they are listed;
 * today when they are all past. */
static void
test_after_last (void)
{
  g_autoptr(PpVenture) venture = pp_venture_new ("v");
  GDate start = date (2025, 1, 1);

  pp_venture_set_start_on (venture, &start);
  add_milestone (venture, date (2026, 9, 30));
  add_milestone (venture, date (2026, 3, 31));
  assert_suggests (venture, date (2025, 6, 1), date (2026, 10, 30));
  assert_suggests (venture, date (2026, 9, 30), date (2026, 10, 30));
  assert_suggests (venture, date (2027, 2, 1), date (2027, 2, 1));
}

/* Within the venture's end, unless the latest milestone is already past
 * it. */
static void
test_within_end (void)
{
  g_autoptr(PpVenture) venture = pp_venture_new ("v");
  GDate end = date (2026, 10, 15);

  pp_venture_set_end_on (venture, &end);
  add_milestone (venture, date (2026, 9, 30));
  assert_suggests (venture, date (2025, 6, 1), date (2026, 10, 15));
  add_milestone (venture, date (2026, 12, 31));
  assert_suggests (venture, date (2025, 6, 1), date (2027, 1, 31));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/milestones/suggest-due-on/first", test_first);
  g_test_add_func ("/milestones/suggest-due-on/after-last", test_after_last);
  g_test_add_func ("/milestones/suggest-due-on/within-end", test_within_end);

  return g_test_run ();
}
