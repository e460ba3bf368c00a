/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-sectors-page.c: the Sectors page, opened from the window's menu on
 * the sample and on a new portfolio, driven as a user would (needs a
 * display). */

#include "config.h"

#include <adwaita.h>

#include "pp-portfolio-io.h"
#include "pp-sector-palette.h"
#include "pp-sectors-page.h"
#include "pp-test-ui.h"
#include "pp-window.h"

typedef PpTestPartnership Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  pp_test_partnership_open (f, data != NULL, "win.sectors");
  g_assert_true (PP_IS_SECTORS_PAGE (f->page));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  pp_test_partnership_close (f);
}

static GtkWidget *
sector_row (Fixture    *f,
            const char *name)
{
  GtkWidget *row = pp_test_find_widget (f->page, ADW_TYPE_EXPANDER_ROW, name);

  g_assert_nonnull (row);
  return row;
}

static PpSector *
sector_at (Fixture *f,
           guint    position)
{
  PpSector *sector = g_list_model_get_item (pp_portfolio_get_sectors (f->portfolio), position);

  g_object_unref (sector);   /* the portfolio keeps it */
  return sector;
}

static void
test_add_rename_recolour (Fixture       *f,
                          gconstpointer  data)
{
  GListModel *sectors = pp_portfolio_get_sectors (f->portfolio);
  guint n = g_list_model_get_n_items (sectors);
  GtkWidget *row, *name;
  AdwComboRow *colour;
  PpSector *added;

  pp_test_click (pp_test_find_widget (f->page, GTK_TYPE_BUTTON, "Add a Sector"));
  g_assert_cmpuint (g_list_model_get_n_items (sectors), ==, n + 1);
  added = sector_at (f, n);
  g_assert_cmpstr (pp_sector_get_name (added), ==, "New sector");

  /* The new row is open with its name field focused: type the name. */
  row = sector_row (f, "New sector");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  name = pp_test_find_widget (row, ADW_TYPE_ENTRY_ROW, "Name");
  gtk_editable_set_text (GTK_EDITABLE (name), "Ener");
  gtk_editable_set_text (GTK_EDITABLE (name), "Energy");
  g_assert_cmpstr (pp_sector_get_name (added), ==, "Energy");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Energy");

  /* Emptying the field keeps the name: a sector must have one. */
  gtk_editable_set_text (GTK_EDITABLE (name), "");
  g_assert_cmpstr (pp_sector_get_name (added), ==, "Energy");
  g_assert_true (gtk_widget_has_css_class (name, "error"));
  gtk_editable_set_text (GTK_EDITABLE (name), "Energy");

  /* Pick red: the swatch and the words follow. */
  colour = pp_test_find_widget (row, ADW_TYPE_COMBO_ROW, "Colour");
  adw_combo_row_set_selected (colour, 5);
  g_assert_cmpstr (pp_sector_get_color (added), ==, pp_sector_palette_get_color (5));
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                                   "Red · Not used yet"));

  /* Three steps: recolour, the typing, the addition. */
  g_assert_true (gtk_widget_activate_action (f->page, "partnership.undo", NULL));
  g_assert_cmpstr (pp_sector_get_color (added), !=, pp_sector_palette_get_color (5));
  g_assert_true (gtk_widget_activate_action (f->page, "partnership.undo", NULL));
  g_assert_cmpstr (pp_sector_get_name (added), ==, "New sector");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "New sector");
  g_assert_true (gtk_widget_activate_action (f->page, "partnership.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (sectors), ==, n);
  g_assert_false (pp_history_get_modified (f->history));
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  PpSector *first = sector_at (f, 0);
  PpSector *second = sector_at (f, 1);
  GtkWidget *row = sector_row (f, pp_sector_get_name (first));
  GtkWidget *up = pp_test_find_widget (row, GTK_TYPE_BUTTON, "Move Up");
  GtkWidget *down = pp_test_find_widget (row, GTK_TYPE_BUTTON, "Move Down");

  /* The first sector cannot move up. */
  g_assert_false (gtk_widget_get_sensitive (up));
  pp_test_click (down);
  g_assert_true (sector_at (f, 0) == second);
  g_assert_true (sector_at (f, 1) == first);

  /* The focus stays on the moved sector's button, to go on moving it. */
  row = sector_row (f, pp_sector_get_name (first));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (f->dialog), row));
  g_assert_true (gtk_widget_get_sensitive (pp_test_find_widget (row, GTK_TYPE_BUTTON, "Move Up")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (sector_at (f, 0) == first);
}

/* Asks to delete the sector @id with its row's Delete action. */
static AdwMessageDialog *
ask_delete (Fixture    *f,
            const char *id)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (f->page, "sectors.delete", "s", id));
  dialog = pp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  pp_test_wait_for_idle ();
  return dialog;
}

static void
test_delete_moving (Fixture       *f,
                    gconstpointer  data)
{
  PpNode *defense = pp_portfolio_lookup (f->portfolio, PP_COLLECTION_SECTORS, "defense");
  PpMou *mou = PP_MOU (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_MOUS,
                                            "defense-cooperation"));
  AdwMessageDialog *dialog = ask_delete (f, "defense");
  const char *body = adw_message_dialog_get_body (dialog);
  GtkDropDown *target = pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, NULL);
  GListModel *names = gtk_drop_down_get_model (target);
  guint trade = GTK_INVALID_LIST_POSITION;

  g_assert_nonnull (defense);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “Defense”?");
  g_assert_true (g_str_has_prefix (body, "2 MoUs are in “Defense”: “MoU on defense cooperation” "
                                         "and “Agreement on military-technical cooperation”."));
  g_assert_null (strstr (body, "defense-cooperation"));
  g_assert_null (strstr (body, "["));

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i),
                   "Trade & commerce") == 0)
      trade = i;
  g_assert_cmpuint (trade, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (target, trade);
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Move and Delete"));
  pp_test_wait_for_idle ();

  g_assert_null (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_SECTORS, "defense"));
  g_assert_cmpstr (pp_mou_get_sector (mou), ==, "trade");
  g_assert_null (pp_test_find_widget (f->page, ADW_TYPE_EXPANDER_ROW, "Defense"));
  g_assert_true (g_str_has_suffix (adw_expander_row_get_subtitle (
                   ADW_EXPANDER_ROW (sector_row (f, "Trade & commerce"))), "4 MoUs"));

  /* One step brings the sector and its MoUs back. */
  g_assert_true (gtk_widget_activate_action (f->page, "partnership.undo", NULL));
  g_assert_cmpstr (pp_mou_get_sector (mou), ==, "defense");
  g_assert_nonnull (sector_row (f, "Defense"));
  g_assert_false (pp_history_get_modified (f->history));
}

static void
test_delete_leaving (Fixture       *f,
                     gconstpointer  data)
{
  PpMou *mou = PP_MOU (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_MOUS, "skilled-workers"));
  AdwMessageDialog *dialog = ask_delete (f, "labour-mobility");

  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog),
                                   "1 MoU and 1 commitment are in “Skilled workers & labour "
                                   "mobility”: “Agreement on sending"));
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Leave Without Sector"));
  g_assert_null (pp_mou_get_sector (mou));
  g_assert_null (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_SECTORS, "labour-mobility"));
}

static void
test_delete_unused (Fixture       *f,
                    gconstpointer  data)
{
  AdwMessageDialog *dialog = ask_delete (f, "food-security");

  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "No MoU, venture or commitment is in this sector.");
  g_assert_null (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, NULL));
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Delete"));
  g_assert_null (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_SECTORS, "food-security"));
}

/* A new portfolio has no sectors: the page says so, and the first one
 * added replaces the message. */
static void
test_empty_portfolio (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *empty = pp_test_find_widget (f->page, ADW_TYPE_ACTION_ROW, "No sectors yet");

  g_assert_nonnull (empty);
  g_assert_true (gtk_widget_get_visible (empty));
  g_assert_true (gtk_widget_activate_action (f->page, "sectors.add", NULL));
  g_assert_false (gtk_widget_get_visible (empty));
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_sectors (f->portfolio)), ==, 1);
  g_assert_cmpstr (pp_sector_get_color (sector_at (f, 0)), ==, pp_sector_palette_get_color (0));

  /* The only sector cannot move, and deleting it asks nothing about moving. */
  g_assert_false (gtk_widget_get_sensitive (pp_test_find_widget (f->page, GTK_TYPE_BUTTON, "Move Up")));
  g_assert_false (gtk_widget_get_sensitive (pp_test_find_widget (f->page, GTK_TYPE_BUTTON, "Move Down")));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Rows open at once instead of sliding open over some frames. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sectors-page/add-rename-recolour", test_add_rename_recolour);
  ADD ("/sectors-page/move", test_move);
  ADD ("/sectors-page/delete/moving", test_delete_moving);
  ADD ("/sectors-page/delete/leaving", test_delete_leaving);
  ADD ("/sectors-page/delete/unused", test_delete_unused);
#undef ADD
  g_test_add ("/sectors-page/empty-portfolio", Fixture, GINT_TO_POINTER (1), fixture_set_up,
              test_empty_portfolio, fixture_tear_down);

  return g_test_run ();
}
