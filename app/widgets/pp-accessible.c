/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-accessible.c: names said once and focus reported, where the toolkit
 * does not.
 *
 * GTK 4.8 names a button with a mnemonic ("_Add MoU") by its label as
 * written and again by the label the mnemonic makes label it, so screen
 * readers hear "_Add MoU Add MoU". libadwaita 1.2 hides an entry row's text
 * field from the accessibility tree, so when it has the focus nothing is
 * reported as focused. Toplevels call pp_accessible_fix_tree() on their
 * widgets once they are built, before they are shown.
 */

#include "config.h"

#include "pp-accessible.h"

static void
name_button_once (GtkButton *button)
{
  GtkWidget *child = gtk_button_get_child (button);

  if (!gtk_button_get_use_underline (button) || !GTK_IS_LABEL (child))
    return;
  /* The label's text is the label without its mnemonic's underline. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (child)), -1);
}

static void
name_text (AdwEntryRow *row)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
}

/* The row's text field takes the focus: it becomes a text box of the
 * tree, named as the row, so that its focus is reported. Its role can only
 * change before the widget is shown. */
static void
expose_entry_row (AdwEntryRow *row)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (text == NULL ||
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (text)) != GTK_ACCESSIBLE_ROLE_NONE)
    return;
  g_object_set (text, "accessible-role", GTK_ACCESSIBLE_ROLE_TEXT_BOX, NULL);
  name_text (row);
  g_signal_connect (row, "notify::title", G_CALLBACK (name_text), NULL);
}

static void
fix_widget (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "pp-named") == NULL)
    {
      name_button_once (GTK_BUTTON (widget));
      /* GTK names it twice again whenever the label changes. */
      g_signal_connect_after (widget, "notify::label", G_CALLBACK (name_button_once), NULL);
      g_object_set_data (G_OBJECT (widget), "pp-named", GINT_TO_POINTER (TRUE));
    }
  if (ADW_IS_ENTRY_ROW (widget))
    expose_entry_row (ADW_ENTRY_ROW (widget));
}

/**
 * pp_accessible_fix_tree:
 *
 * Names the buttons with a mnemonic under @root once, and lets its entry
 * rows report their focus. Calling it again on the same widgets does
 * nothing more.
 */
void
pp_accessible_fix_tree (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  fix_widget (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pp_accessible_fix_tree (child);
}
