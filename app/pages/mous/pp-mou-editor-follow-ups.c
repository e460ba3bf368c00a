/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-editor-follow-ups.c: the MoU editor's rows of follow-ups.
 *
 * A row each, as the venture editor's milestones: its header shows the
 * whole title (the editor is narrow, and a title in an entry beside a
 * date and buttons had room for about eight characters), when it is due,
 * who owes it and whether it is done or overdue, with a check box for
 * done and a button that removes it. Opened, it edits the title, the due
 * date and the side that owes it ("Owed by"), each change one step in the
 * history.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-date-button.h"
#include "pp-date.h"
#include "pp-follow-up.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-mou.h"
#include "pp-mou-editor-follow-ups-private.h"
#include "pp-side-row.h"

static PpFollowUp *
row_follow_up (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "follow-up");
}

static PpHistory *
row_history (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "history");
}

static gboolean
is_overdue (PpFollowUp *follow_up)
{
  const GDate *due = pp_follow_up_get_due_on (follow_up);
  GDate today;

  pp_date_get_today (&today);
  return !pp_follow_up_get_done (follow_up) && due != NULL && g_date_compare (due, &today) < 0;
}

/* "2025-07-31 · owed by Belarus · Overdue": the state is said in words, not
 * only by the colour. */
static char *
describe (PpFollowUp *follow_up)
{
  g_autofree char *date = pp_date_to_display (pp_follow_up_get_due_on (follow_up));
  const char *side = pp_follow_up_get_side (follow_up);
  const char *side_name = side != NULL ? pp_iso_country_get_name (side) : NULL;
  g_autofree char *owed = NULL;
  const char *state = NULL;

  if (side != NULL)
    /* Translators: who owes a follow-up, "owed by Belarus" */
    owed = pp_sentence_new (_("owed by %s"), side_name != NULL ? side_name : side);
  else
    owed = g_strdup (_("owed by both sides"));
  if (pp_follow_up_get_done (follow_up))
    state = _("Done");
  else if (is_overdue (follow_up))
    state = _("Overdue");
  if (state != NULL)
    /* Translators: a follow-up's row, "2025-07-31 · owed by Belarus · Overdue" */
    return pp_sentence_new (_("%s · %s · %s"), date != NULL ? date : _("No date"), owed, state);
  /* Translators: a follow-up's row, "2025-07-31 · owed by Belarus" */
  return pp_sentence_new (_("%s · %s"), date != NULL ? date : _("No date"), owed);
}

/* The row follows its follow-up, whatever changed it (this row, undo). */
static void
sync_row (GtkWidget *row)
{
  PpFollowUp *follow_up = row_follow_up (row);
  GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");
  GtkWidget *title = g_object_get_data (G_OBJECT (row), "title");
  GtkWidget *due = g_object_get_data (G_OBJECT (row), "due");
  GtkWidget *remove = g_object_get_data (G_OBJECT (row), "remove");
  g_autofree char *date = pp_date_to_display (pp_follow_up_get_due_on (follow_up));
  g_autofree char *subtitle = describe (follow_up);
  g_autofree char *remove_label = pp_sentence_new (_("Remove the follow-up “%s”"),
                                                   pp_follow_up_get_title (follow_up));

  g_object_set_data (G_OBJECT (row), "updating", GINT_TO_POINTER (TRUE));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pp_follow_up_get_title (follow_up));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (title)),
                 pp_follow_up_get_title (follow_up)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (title), pp_follow_up_get_title (follow_up));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), pp_follow_up_get_done (follow_up));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (due), date != NULL ? date : _("No date"));
  pp_date_button_set_date (g_object_get_data (G_OBJECT (row), "calendar"),
                           pp_follow_up_get_due_on (follow_up));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_object_set_data (G_OBJECT (row), "updating", NULL);

  if (is_overdue (follow_up))
    gtk_widget_add_css_class (row, "overdue");
  else
    gtk_widget_remove_css_class (row, "overdue");
}

static gboolean
row_updating (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "updating") != NULL;
}

static void
title_changed_cb (GtkEditable *title,
                  GtkWidget   *row)
{
  const char *text = gtk_editable_get_text (title);
  GValue value = G_VALUE_INIT;

  /* A follow-up needs a title: an empty one is not saved. */
  if (row_updating (row) || *text == '\0')
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  pp_history_set_value (row_history (row), PP_NODE (row_follow_up (row)), "title", &value, TRUE);
  g_value_unset (&value);
}

static void
title_left_cb (GtkWidget *row)
{
  pp_history_break_merge (row_history (row));
}

static void
done_toggled_cb (GtkCheckButton *check,
                 GtkWidget      *row)
{
  if (row_updating (row) ||
      gtk_check_button_get_active (check) == pp_follow_up_get_done (row_follow_up (row)))
    return;
  pp_history_set (row_history (row), PP_NODE (row_follow_up (row)),
                  "done", gtk_check_button_get_active (check), NULL);
}

static void
date_picked_cb (GtkWidget   *due,
                const GDate *date,
                gpointer     user_data)
{
  GtkWidget *row = user_data;

  pp_history_set (row_history (row), PP_NODE (row_follow_up (row)), "due-on", date, NULL);
}

static void
remove_clicked_cb (GtkButton *button,
                   GtkWidget *row)
{
  PpFollowUp *follow_up = row_follow_up (row);
  PpNode *mou = pp_node_get_owner (PP_NODE (follow_up));
  GListModel *list;

  if (!PP_IS_MOU (mou))
    return;
  list = pp_mou_get_follow_ups (PP_MOU (mou));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpFollowUp) item = g_list_model_get_item (list, i);

      if (item == follow_up)
        {
          pp_history_remove (row_history (row), mou, list, i, NULL);
          return;
        }
    }
}

static GtkWidget *
add_header_widgets (GtkWidget *row)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Done"), -1);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);
  g_signal_connect (check, "toggled", G_CALLBACK (done_toggled_cb), row);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Follow-up"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), row);
  g_object_set_data (G_OBJECT (row), "remove", remove);
  return check;
}

/**
 * _pp_mou_editor_create_follow_up_row:
 *
 * Returns: (transfer floating): the row of @follow_up, whose changes go
 *   through @history
 */
GtkWidget *
_pp_mou_editor_create_follow_up_row (PpFollowUp *follow_up,
                                     PpHistory  *history)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *title = adw_entry_row_new ();
  GtkWidget *due = adw_action_row_new ();
  GtkWidget *calendar = pp_date_button_new (due, _("Choose the follow-up’s due date"),
                                            date_picked_cb, row);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "follow-up", g_object_ref (follow_up), g_object_unref);
  g_object_set_data (G_OBJECT (row), "history", history);
  g_object_set_data (G_OBJECT (row), "check", add_header_widgets (row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title), _("Title"));
  pp_accessible_fix_tree (title);
  gtk_editable_set_enable_undo (GTK_EDITABLE (title), FALSE);
  g_signal_connect (title, "changed", G_CALLBACK (title_changed_cb), row);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (title_left_cb), row);
  gtk_widget_add_controller (title, focus);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), title);
  g_object_set_data (G_OBJECT (row), "title", title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (due), _("Due on"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (due), calendar);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), due);
  g_object_set_data (G_OBJECT (row), "due", due);
  g_object_set_data (G_OBJECT (row), "calendar", calendar);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), pp_side_row_new (history, PP_NODE (follow_up)));

  sync_row (row);
  g_signal_connect_object (follow_up, "notify", G_CALLBACK (sync_row), row, G_CONNECT_SWAPPED);
  return row;
}

/**
 * _pp_mou_editor_open_follow_up_row:
 *
 * Opens @row, a new follow-up's, with its title ready to be typed over.
 */
void
_pp_mou_editor_open_follow_up_row (GtkWidget *row)
{
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "title"));
}
