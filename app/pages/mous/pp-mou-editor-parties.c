/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-editor-parties.c: the MoU editor's rows of parties: a row each
 * with the organisation's name, its country and the people to reach there
 * ("Ayesha Khan, Director · a.khan@example.org · +92 51 000 0000", one a
 * line), and a button that removes it from the parties
 * ("editor.remove-party").
 *
 * The editor fills the list again whenever the portfolio changes, so an
 * organisation renamed or a contact added on the Organisations page (or
 * undone) shows here at once.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-mou-editor-parties-private.h"

/* The country, then the contacts; NULL when there is neither. */
static char *
party_subtitle (PpOrganisation *org)
{
  const char *country = pp_organisation_get_country (org);
  g_autofree char *contacts = pp_organisation_describe_contacts (org);
  const char *country_name = country != NULL ? pp_iso_country_get_name (country) : NULL;

  if (country_name != NULL && contacts != NULL)
    return g_strconcat (country_name, "\n", contacts, NULL);
  if (contacts != NULL)
    return g_steal_pointer (&contacts);
  return g_strdup (country_name);
}

static GtkWidget *
remove_button (const char *id,
               const char *name)
{
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *label = pp_sentence_new (_("Remove %s from the parties"), name);

  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove-party");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", id);
  return remove;
}

static GtkWidget *
party_row_new (PpPortfolio *portfolio,
               const char  *id)
{
  PpNode *org = pp_portfolio_lookup (portfolio, PP_COLLECTION_ORGANISATIONS, id);
  GtkWidget *row = adw_action_row_new ();
  const char *name = org != NULL ? pp_organisation_get_name (PP_ORGANISATION (org)) : id;
  g_autofree char *subtitle = org != NULL ? party_subtitle (PP_ORGANISATION (org)) : NULL;

  /* Names and addresses are shown as typed, "&" and all. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove_button (id, name));
  return row;
}

/**
 * _pp_mou_editor_show_parties:
 * @parties: the MoU's parties, organisation ids
 *
 * Fills @list with a row for each of @parties, and hides it when there are
 * none.
 */
void
_pp_mou_editor_show_parties (GtkListBox         *list,
                             PpPortfolio        *portfolio,
                             const char * const *parties)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (guint i = 0; parties[i] != NULL; i++)
    gtk_list_box_append (list, party_row_new (portfolio, parties[i]));
  gtk_widget_set_visible (GTK_WIDGET (list), parties[0] != NULL);
}
