/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-organisations-page-contacts.c: the contacts of the organisation
 * selected on the Organisations page: a row each, showing the contact on
 * one line, that opens on its name, role, email and phone, and a button
 * that removes it ("organisations.remove-contact"). Typing in a field is
 * one undo step until the field is left. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-organisations-page-private.h"
#include "pp-widget-util.h"

typedef struct
{
  PpHistory *history;
  PpContact *contact;
  AdwExpanderRow *row;
  GtkWidget *fields[4];
  gboolean updating;
} Row;

static const char * const properties[] = { "name", "role", "email", "phone" };

static void
row_free (gpointer data)
{
  Row *row = data;

  g_clear_object (&row->history);
  g_clear_object (&row->contact);
  g_free (row);
}

static Row *
get_row (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "pp-contact-row");
}

static void
contact_notify_cb (PpContact  *contact,
                   GParamSpec *pspec,
                   GtkWidget  *widget)
{
  Row *row = get_row (widget);
  g_autofree char *line = pp_contact_describe (contact);

  row->updating = TRUE;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), line);
  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (contact, properties[i], &value, NULL);
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->fields[i])), value) != 0)
        gtk_editable_set_text (GTK_EDITABLE (row->fields[i]), value);
    }
  row->updating = FALSE;
}

static void
field_changed_cb (GtkEditable *editable,
                  GtkWidget   *widget)
{
  Row *row = get_row (widget);
  const char *property = g_object_get_data (G_OBJECT (editable), "property");
  GValue value = G_VALUE_INIT;

  if (row->updating)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, gtk_editable_get_text (editable));
  pp_history_set_value (row->history, PP_NODE (row->contact), property, &value, TRUE);
  g_value_unset (&value);
}

static void
field_left_cb (GtkWidget *widget)
{
  pp_history_break_merge (get_row (widget)->history);
}

static GtkWidget *
row_new (PpHistory *history,
         PpContact *contact,
         guint      position)
{
  const char *titles[] = { _("Name"), _("Role"), _("Email"), _("Phone") };
  GtkWidget *widget = adw_expander_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  Row *row = g_new0 (Row, 1);

  row->history = g_object_ref (history);
  row->contact = g_object_ref (contact);
  row->row = ADW_EXPANDER_ROW (widget);
  g_object_set_data_full (G_OBJECT (widget), "pp-contact-row", row, row_free);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      row->fields[i] = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->fields[i]), titles[i]);
      pp_accessible_fix_tree (row->fields[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->fields[i]), FALSE);
      g_object_set_data (G_OBJECT (row->fields[i]), "property", (gpointer) properties[i]);
      g_signal_connect_object (row->fields[i], "changed", G_CALLBACK (field_changed_cb), widget, 0);
      pp_on_focus_leave (row->fields[i], G_CALLBACK (field_left_cb), widget);
      adw_expander_row_add_row (row->row, row->fields[i]);
    }

  gtk_widget_set_tooltip_text (remove, _("Remove the Contact"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "organisations.remove-contact");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", position);
  adw_expander_row_add_action (row->row, remove);

  g_signal_connect_object (contact, "notify", G_CALLBACK (contact_notify_cb), widget, 0);
  contact_notify_cb (contact, NULL, widget);
  return widget;
}

/**
 * _pp_organisations_show_contacts:
 * @rows: (element-type GtkWidget): the rows shown in @group, replaced
 * @organisation: (nullable): whose contacts to show
 *
 * Shows the contacts of @organisation in @group.
 */
void
_pp_organisations_show_contacts (AdwPreferencesGroup *group,
                                 GPtrArray           *rows,
                                 PpHistory           *history,
                                 PpOrganisation      *organisation)
{
  GListModel *contacts;

  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
  if (organisation == NULL)
    return;

  contacts = pp_organisation_get_contacts (organisation);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(PpContact) contact = g_list_model_get_item (contacts, i);
      GtkWidget *row = row_new (history, contact, i);

      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }
}
