/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-history.c: undo and redo of every kind of change, merging of
 * consecutive edits, and the saved state. */

#include "config.h"

#include "pp-history.h"
#include "pp-portfolio-io.h"

typedef struct
{
  PpPortfolio *portfolio;
  PpHistory *history;
  PpMou *mou;
  GBytes *original;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->portfolio = pp_portfolio_load_sample (&error);
  g_assert_no_error (error);
  f->history = pp_history_new (f->portfolio);
  f->mou = g_list_model_get_item (pp_portfolio_get_mous (f->portfolio), 0);
  f->original = pp_portfolio_save_to_bytes (f->portfolio);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->mou);
  g_assert_finalize_object (f->history);
  g_assert_finalize_object (f->portfolio);
  g_bytes_unref (f->original);
}

/* The whole portfolio is as it was loaded. */
static void
assert_original (Fixture *f)
{
  g_autoptr(GBytes) now = pp_portfolio_save_to_bytes (f->portfolio);

  g_assert_true (g_bytes_equal (now, f->original));
}

static void
test_set_undo_redo (Fixture       *f,
                    gconstpointer  data)
{
  GDate date;

  g_assert_false (pp_history_get_can_undo (f->history));
  g_assert_false (pp_history_get_modified (f->history));

  pp_history_set (f->history, PP_NODE (f->mou), "status", PP_MOU_STATUS_IN_FORCE, NULL);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 1, 2031);
  pp_history_set (f->history, PP_NODE (f->mou), "expires-on", &date, NULL);
  g_assert_cmpint (pp_mou_get_status (f->mou), ==, PP_MOU_STATUS_IN_FORCE);
  g_assert_true (pp_history_get_can_undo (f->history));
  g_assert_true (pp_history_get_modified (f->history));

  g_assert_true (pp_history_undo (f->history));
  g_assert_cmpint (pp_mou_get_status (f->mou), ==, PP_MOU_STATUS_IN_FORCE);
  g_assert_true (pp_history_undo (f->history));
  g_assert_cmpint (pp_mou_get_status (f->mou), ==, PP_MOU_STATUS_SIGNED);
  g_assert_false (pp_history_undo (f->history));
  g_assert_false (pp_history_get_modified (f->history));
  assert_original (f);

  g_assert_true (pp_history_redo (f->history));
  g_assert_true (pp_history_redo (f->history));
  g_assert_cmpint (g_date_get_year (pp_mou_get_expires_on (f->mou)), ==, 2031);
  g_assert_false (pp_history_get_can_redo (f->history));
}

static void
test_no_op_is_no_step (Fixture       *f,
                       gconstpointer  data)
{
  pp_history_set (f->history, PP_NODE (f->mou), "status", pp_mou_get_status (f->mou),
                  "signed-on", pp_mou_get_signed_on (f->mou), NULL);
  g_assert_false (pp_history_get_can_undo (f->history));
  g_assert_false (pp_history_get_modified (f->history));
}

static void
set_title (Fixture    *f,
           const char *title)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, title);
  pp_history_set_value (f->history, PP_NODE (f->mou), "title", &value, TRUE);
  g_value_unset (&value);
}

static void
test_merge_typing (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *original = g_strdup (pp_mou_get_title (f->mou));

  set_title (f, "R");
  set_title (f, "Re");
  set_title (f, "Rea");
  g_assert_cmpstr (pp_mou_get_title (f->mou), ==, "Rea");

  /* One undo takes back the whole edit. */
  g_assert_true (pp_history_undo (f->history));
  g_assert_cmpstr (pp_mou_get_title (f->mou), ==, original);
  g_assert_false (pp_history_get_can_undo (f->history));

  /* A break (leaving the field) starts a new step. */
  set_title (f, "A");
  pp_history_break_merge (f->history);
  set_title (f, "AB");
  g_assert_true (pp_history_undo (f->history));
  g_assert_cmpstr (pp_mou_get_title (f->mou), ==, "A");
}

static guint
find_unreferenced_mou (PpPortfolio *portfolio)
{
  GListModel *mous = pp_portfolio_get_mous (portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpNode) mou = g_list_model_get_item (mous, i);

      if (pp_portfolio_count_references (portfolio, PP_COLLECTION_MOUS,
                                         pp_node_get_id (mou), NULL) == 0)
        return i;
    }
  g_assert_not_reached ();
}

static void
test_insert_remove_move (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PpFollowUp) follow_up = pp_follow_up_new ();
  GListModel *follow_ups = pp_mou_get_follow_ups (f->mou);
  GListModel *mous = pp_portfolio_get_mous (f->portfolio);
  guint n_follow_ups = g_list_model_get_n_items (follow_ups);
  guint n_mous = g_list_model_get_n_items (mous);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpMou) first = NULL;
  guint unused = 0;

  pp_follow_up_set_title (follow_up, "Send the draft");
  g_assert_true (pp_history_append (f->history, PP_NODE (f->mou), follow_ups,
                                    PP_NODE (follow_up), &error));
  g_assert_cmpuint (g_list_model_get_n_items (follow_ups), ==, n_follow_ups + 1);

  /* Remove an MoU nothing refers to. */
  unused = find_unreferenced_mou (f->portfolio);
  g_assert_true (pp_history_remove (f->history, PP_NODE (f->portfolio), mous, unused, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mous), ==, n_mous - 1);

  pp_history_move (f->history, PP_NODE (f->portfolio), mous, 0, 2);

  /* Undo all three, in reverse order. */
  g_assert_true (pp_history_undo (f->history));
  first = g_list_model_get_item (mous, 0);
  g_assert_true (first == f->mou);
  g_assert_true (pp_history_undo (f->history));
  g_assert_cmpuint (g_list_model_get_n_items (mous), ==, n_mous);
  g_assert_true (pp_history_undo (f->history));
  g_assert_cmpuint (g_list_model_get_n_items (follow_ups), ==, n_follow_ups);
  assert_original (f);

  /* And redo all three. */
  while (pp_history_redo (f->history))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (mous), ==, n_mous - 1);
  g_assert_cmpuint (g_list_model_get_n_items (follow_ups), ==, n_follow_ups + 1);
}

static void
test_refused_change_is_no_step (Fixture       *f,
                                gconstpointer  data)
{
  GListModel *sectors = pp_portfolio_get_sectors (f->portfolio);
  g_autoptr(GError) error = NULL;

  /* The first sector is used by MoUs, so it cannot go. */
  g_assert_false (pp_history_remove (f->history, PP_NODE (f->portfolio), sectors, 0, &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE);
  g_assert_false (pp_history_get_can_undo (f->history));
  g_assert_false (pp_history_get_modified (f->history));
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* Read-only, every kind of change is refused, and undo with it; the
 * history says so each time. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PpFollowUp) follow_up = pp_follow_up_new ();
  g_autoptr(PpPortfolio) other = pp_portfolio_load_sample (NULL);
  GListModel *follow_ups = pp_mou_get_follow_ups (f->mou);
  GListModel *mous = pp_portfolio_get_mous (f->portfolio);
  g_autoptr(GError) error = NULL;
  guint refused = 0;

  pp_history_set (f->history, PP_NODE (f->mou), "title", "Before", NULL);
  g_signal_connect_swapped (f->history, "refused", G_CALLBACK (count_cb), &refused);
  pp_history_set_read_only (f->history, TRUE);
  g_assert_false (pp_history_get_can_undo (f->history));

  pp_history_set (f->history, PP_NODE (f->mou), "title", "After", NULL);
  g_assert_cmpstr (pp_mou_get_title (f->mou), ==, "Before");
  g_assert_false (pp_history_append (f->history, PP_NODE (f->mou), follow_ups,
                                     PP_NODE (follow_up), &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (pp_history_remove (f->history, PP_NODE (f->portfolio), mous, 0, &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_READ_ONLY);
  g_clear_error (&error);
  pp_history_move (f->history, PP_NODE (f->portfolio), mous, 0, 1);
  g_assert_false (pp_history_undo (f->history));
  pp_portfolio_set_title (other, "Another");
  g_assert_false (pp_history_replace_contents (f->history, other, &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_READ_ONLY);
  g_assert_cmpuint (refused, ==, 6);
  g_assert_cmpstr (pp_mou_get_title (f->mou), ==, "Before");
  g_assert_true (g_list_model_get_item (mous, 0) == (gpointer) f->mou);
  g_object_unref (f->mou);

  /* Writable again, the step made before is there to undo. */
  pp_history_set_read_only (f->history, FALSE);
  g_assert_true (pp_history_undo (f->history));
  assert_original (f);
}

static void
test_group (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PpOrganisation) org = pp_organisation_new ("new-org");
  const char *parties[] = { "new-org", NULL };

  /* "Add an organisation and make it a party" is one step. */
  pp_history_begin_group (f->history);
  pp_organisation_set_name (org, "New organisation");
  g_assert_true (pp_history_append (f->history, PP_NODE (f->portfolio),
                                    pp_portfolio_get_organisations (f->portfolio),
                                    PP_NODE (org), NULL));
  pp_history_set (f->history, PP_NODE (f->mou), "parties", parties, NULL);
  pp_history_end_group (f->history);

  g_assert_cmpstr (pp_mou_get_parties (f->mou)[0], ==, "new-org");
  g_assert_true (pp_history_undo (f->history));
  g_assert_false (pp_history_get_can_undo (f->history));
  g_assert_null (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_ORGANISATIONS, "new-org"));
  assert_original (f);
  g_assert_true (pp_history_redo (f->history));
  g_assert_nonnull (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_ORGANISATIONS, "new-org"));
}

static void
test_saved_state (Fixture       *f,
                  gconstpointer  data)
{
  pp_history_set (f->history, PP_NODE (f->mou), "status", PP_MOU_STATUS_EXPIRED, NULL);
  pp_history_mark_saved (f->history);
  g_assert_false (pp_history_get_modified (f->history));

  /* Undoing past the save is a change; redoing back to it is not. */
  pp_history_undo (f->history);
  g_assert_true (pp_history_get_modified (f->history));
  pp_history_redo (f->history);
  g_assert_false (pp_history_get_modified (f->history));

  /* After undoing past the save and doing something else, the saved state
   * cannot come back. */
  pp_history_undo (f->history);
  pp_history_set (f->history, PP_NODE (f->mou), "status", PP_MOU_STATUS_DRAFT, NULL);
  pp_history_undo (f->history);
  g_assert_true (pp_history_get_modified (f->history));
}

static void
test_merge_stops_at_save (Fixture       *f,
                          gconstpointer  data)
{
  set_title (f, "Saved title");
  pp_history_mark_saved (f->history);
  set_title (f, "Saved title, then more");
  g_assert_true (pp_history_get_modified (f->history));
  pp_history_undo (f->history);
  g_assert_cmpstr (pp_mou_get_title (f->mou), ==, "Saved title");
  g_assert_false (pp_history_get_modified (f->history));
}

static void
test_untracked_change (Fixture       *f,
                       gconstpointer  data)
{
  /* A change made around the history still marks the portfolio modified. */
  pp_mou_set_summary (f->mou, "Changed directly");
  g_assert_true (pp_history_get_modified (f->history));
  g_assert_false (pp_history_get_can_undo (f->history));
  pp_history_mark_saved (f->history);
  g_assert_false (pp_history_get_modified (f->history));
}

static void
test_clear (Fixture       *f,
            gconstpointer  data)
{
  pp_history_set (f->history, PP_NODE (f->mou), "status", PP_MOU_STATUS_EXPIRED, NULL);
  pp_history_undo (f->history);
  pp_history_set (f->history, PP_NODE (f->mou), "status", PP_MOU_STATUS_DRAFT, NULL);
  pp_history_clear (f->history);
  g_assert_false (pp_history_get_can_undo (f->history));
  g_assert_false (pp_history_get_can_redo (f->history));
  g_assert_false (pp_history_get_modified (f->history));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_notifications (Fixture       *f,
                    gconstpointer  data)
{
  guint modified = 0, can_undo = 0;

  g_signal_connect (f->history, "notify::modified", G_CALLBACK (count_notify_cb), &modified);
  g_signal_connect (f->history, "notify::can-undo", G_CALLBACK (count_notify_cb), &can_undo);
  pp_history_set (f->history, PP_NODE (f->mou), "status", PP_MOU_STATUS_EXPIRED, NULL);
  pp_history_set (f->history, PP_NODE (f->mou), "status", PP_MOU_STATUS_DRAFT, NULL);
  g_assert_cmpuint (modified, ==, 1);
  g_assert_cmpuint (can_undo, ==, 1);
  pp_history_undo (f->history);
  pp_history_undo (f->history);
  g_assert_cmpuint (modified, ==, 2);
  g_assert_cmpuint (can_undo, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/history/set", test_set_undo_redo);
  ADD ("/history/no-op", test_no_op_is_no_step);
  ADD ("/history/merge-typing", test_merge_typing);
  ADD ("/history/insert-remove-move", test_insert_remove_move);
  ADD ("/history/refused-change", test_refused_change_is_no_step);
  ADD ("/history/group", test_group);
  ADD ("/history/saved-state", test_saved_state);
  ADD ("/history/merge-stops-at-save", test_merge_stops_at_save);
  ADD ("/history/untracked-change", test_untracked_change);
  ADD ("/history/clear", test_clear);
  ADD ("/history/read-only", test_read_only);
  ADD ("/history/notifications", test_notifications);

  return g_test_run ();
}
