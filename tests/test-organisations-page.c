/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-organisations-page.c: the Organisations page, opened from the
 * window's menu on the sample, driven as a user would (needs a display). */

#include "config.h"

#include <adwaita.h>

#include "pp-portfolio-io.h"
#include "pp-organisations-page.h"
#include "pp-test-ui.h"
#include "pp-window.h"

typedef PpTestPartnership Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  pp_test_partnership_open (f, data != NULL, "win.organisations");
  g_assert_true (PP_IS_ORGANISATIONS_PAGE (f->page));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  pp_test_partnership_close (f);
}


static gpointer
child_of (Fixture    *f,
          const char *name)
{
  gpointer child = gtk_widget_get_template_child (f->page, PP_TYPE_ORGANISATIONS_PAGE, name);

  g_assert_nonnull (child);
  return child;
}

static guint
n_shown (Fixture *f)
{
  GtkListView *view = child_of (f, "list_view");

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view)));
}

static PpOrganisation *
selected (Fixture *f)
{
  GtkListView *view = child_of (f, "list_view");

  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (gtk_list_view_get_model (view)));
}

static void
type_search (Fixture    *f,
             const char *text)
{
  GtkEditable *search = child_of (f, "search_entry");

  gtk_editable_set_text (search, text);
  /* The search entry waits a moment before it searches. */
  for (int i = 0; i < 100 && g_strcmp0 (gtk_string_filter_get_search (GTK_STRING_FILTER (
         gtk_filter_list_model_get_filter (GTK_FILTER_LIST_MODEL (gtk_single_selection_get_model (
           GTK_SINGLE_SELECTION (gtk_list_view_get_model (child_of (f, "list_view")))))))), text) != 0; i++)
    {
      pp_test_wait_for_idle ();
      g_usleep (10000);
    }
  pp_test_wait_for_idle ();
}

static void
choose (AdwMessageDialog *dialog,
        const char       *name)
{
  GtkDropDown *choice = pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, NULL);
  GListModel *names = gtk_drop_down_get_model (choice);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name) == 0)
      {
        gtk_drop_down_set_selected (choice, i);
        return;
      }
  g_assert_not_reached ();
}

static void
test_search_and_edit (Fixture       *f,
                      gconstpointer  data)
{
  GtkEditable *name;

  g_assert_cmpuint (n_shown (f), ==, 21);
  type_search (f, "defence");
  g_assert_cmpuint (n_shown (f), ==, 2);
  g_assert_cmpstr (gtk_label_get_label (child_of (f, "count_label")), ==,
                   "2 of 21 organisations match");
  g_assert_cmpstr (pp_organisation_get_name (selected (f)), ==, "Ministry of Defence (Pakistan)");

  name = child_of (f, "name_row");
  gtk_editable_set_text (name, "Ministry of Defence Production (Pakistan)");
  g_assert_cmpstr (pp_organisation_get_name (selected (f)), ==,
                   "Ministry of Defence Production (Pakistan)");
  adw_combo_row_set_selected (child_of (f, "kind_row"), PP_ORGANISATION_KIND_AGENCY);
  g_assert_cmpint (pp_organisation_get_kind (selected (f)), ==, PP_ORGANISATION_KIND_AGENCY);
  adw_combo_row_set_selected (child_of (f, "country_row"), 0);
  g_assert_null (pp_organisation_get_country (selected (f)));

  g_assert_true (gtk_widget_activate_action (f->page, "partnership.undo", NULL));
  g_assert_cmpstr (pp_organisation_get_country (selected (f)), ==, "PK");
  g_assert_true (gtk_widget_activate_action (f->page, "partnership.undo", NULL));
  g_assert_true (gtk_widget_activate_action (f->page, "partnership.undo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Ministry of Defence (Pakistan)");
  g_assert_false (pp_history_get_modified (f->history));
}

static void
test_add_with_contact (Fixture       *f,
                       gconstpointer  data)
{
  GListModel *orgs = pp_portfolio_get_organisations (f->portfolio);
  PpOrganisation *org;
  g_autoptr(PpContact) contact = NULL;
  GtkWidget *row;

  pp_test_click (pp_test_find_widget (f->page, GTK_TYPE_BUTTON, "Add an Organisation"));
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 22);
  org = selected (f);
  g_assert_cmpstr (pp_organisation_get_name (org), ==, "New organisation");
  g_assert_true (gtk_widget_activate_action (f->page, "organisations.add-contact", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (pp_organisation_get_contacts (org)), ==, 1);
  row = pp_test_find_widget (child_of (f, "contacts_group"), ADW_TYPE_EXPANDER_ROW, "New contact");
  g_assert_nonnull (row);
  gtk_editable_set_text (pp_test_find_widget (row, ADW_TYPE_ENTRY_ROW, "Email"), "desk@example.org");
  contact = g_list_model_get_item (pp_organisation_get_contacts (org), 0);
  g_assert_cmpstr (pp_contact_get_email (contact), ==, "desk@example.org");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "New contact · desk@example.org");
  g_assert_true (gtk_widget_activate_action (f->page, "organisations.remove-contact", "u", 0));
  g_assert_cmpuint (g_list_model_get_n_items (pp_organisation_get_contacts (org)), ==, 0);
}

static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  PpMou *mou = PP_MOU (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_MOUS,
                                            "military-technical-cooperation"));
  AdwMessageDialog *dialog;

  type_search (f, "military");
  g_assert_cmpuint (n_shown (f), ==, 1);
  g_assert_true (gtk_widget_activate_action (f->page, "organisations.merge", NULL));
  dialog = pp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  pp_test_wait_for_idle ();
  choose (dialog, "Ministry of Defence of the Republic of Belarus");
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Merge"));
  g_assert_null (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_ORGANISATIONS,
                                      "military-industry-by"));
  g_assert_cmpuint (g_strv_length ((char **) pp_mou_get_parties (mou)), ==, 2);
  g_assert_true (gtk_widget_activate_action (f->page, "partnership.undo", NULL));
  g_assert_cmpuint (g_strv_length ((char **) pp_mou_get_parties (mou)), ==, 3);
}

static void
test_delete_replacing (Fixture       *f,
                       gconstpointer  data)
{
  PpVenture *venture = PP_VENTURE (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_VENTURES,
                                                        "mining-equipment"));
  g_autoptr(PpVenturePartner) partner = NULL;
  AdwMessageDialog *dialog;
  const char *body;

  type_search (f, "belaz");
  g_assert_true (gtk_widget_activate_action (f->page, "organisations.delete", NULL));
  dialog = pp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  pp_test_wait_for_idle ();
  body = adw_message_dialog_get_body (dialog);
  g_assert_true (g_str_has_prefix (body, "“"));
  g_assert_nonnull (strstr (body, "” is named in 1 venture: “"));
  g_assert_null (strstr (body, "belaz"));
  choose (dialog, "MTZ (Minsk Tractor Works)");
  pp_test_click (pp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Replace and Delete"));
  g_assert_null (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_ORGANISATIONS, "belaz"));
  partner = g_list_model_get_item (pp_venture_get_partners (venture), 1);
  g_assert_cmpstr (pp_venture_partner_get_organisation (partner), ==, "mtz");
  g_assert_true (gtk_widget_activate_action (f->page, "partnership.undo", NULL));
  g_assert_nonnull (pp_portfolio_lookup (f->portfolio, PP_COLLECTION_ORGANISATIONS, "belaz"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/organisations-page/search-and-edit", test_search_and_edit);
  ADD ("/organisations-page/add-with-contact", test_add_with_contact);
  ADD ("/organisations-page/merge", test_merge);
  ADD ("/organisations-page/delete-replacing", test_delete_replacing);
#undef ADD

  return g_test_run ();
}
