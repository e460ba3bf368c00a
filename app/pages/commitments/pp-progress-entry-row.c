/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-progress-entry-row.c: PpProgressEntryRow, one progress entry of a
 * commitment in the Commitments page's list: "40,000 tonnes" over its date
 * and note, opening to edit the date, the total and the note in place.
 *
 * Each edit is one undo step (typing into the total or the note merges
 * into one until the field is left). An entry dated after today is said to
 * be planned, in words: it does not count as achieved until its day. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-date.h"
#include "pp-format.h"
#include "pp-progress-entry-row.h"
#include "pp-widget-util.h"

struct _PpProgressEntryRow
{
  AdwExpanderRow parent_instance;

  PpHistory *history;
  PpCommitment *commitment;
  PpProgressEntry *entry;
  gboolean updating;           /* the fields follow the entry: no history */

  GtkLabel *planned_label;
  GtkButton *remove_button;
  AdwEntryRow *date_row;
  GtkSpinButton *value_spin;
  AdwEntryRow *note_row;
};

G_DEFINE_FINAL_TYPE (PpProgressEntryRow, pp_progress_entry_row, ADW_TYPE_EXPANDER_ROW)

static gboolean
is_planned (PpProgressEntry *entry)
{
  const GDate *on = pp_progress_entry_get_on (entry);
  GDate today;

  pp_date_get_today (&today);
  return on != NULL && g_date_compare (on, &today) > 0;
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* The title, "40,000 tonnes", and "2025-06-30 · customs figures" below. */
static void
show_entry (PpProgressEntryRow *self)
{
  g_autofree char *date = pp_date_to_display (pp_progress_entry_get_on (self->entry));
  g_autofree char *value = pp_format_count (pp_progress_entry_get_value (self->entry));
  const char *note = pp_progress_entry_get_note (self->entry);
  /* Translators: a progress entry's total and unit, "40,000 tonnes" */
  g_autofree char *title = pp_sentence_new (_("%s %s"), value,
                                            pp_commitment_get_unit (self->commitment));
  g_autofree char *subtitle = NULL;
  g_autofree char *label = pp_sentence_new (_("Remove the entry of %s"), date);

  /* Translators: a progress entry's date and where its figure came from */
  subtitle = *note != '\0' ? pp_sentence_new (_("%s · %s"), date, note) : g_strdup (date);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->planned_label), is_planned (self->entry));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  self->updating = TRUE;
  set_text (self->date_row, date);
  gtk_spin_button_set_value (self->value_spin, (double) pp_progress_entry_get_value (self->entry));
  set_text (self->note_row, note);
  self->updating = FALSE;
}

static void
set_value (PpProgressEntryRow *self,
           const char         *property,
           GValue             *value,
           gboolean            merge)
{
  if (!self->updating)
    pp_history_set_value (self->history, PP_NODE (self->entry), property, value, merge);
  g_value_unset (value);
}

static void
date_applied_cb (PpProgressEntryRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autoptr(GError) error = NULL;
  GValue value = G_VALUE_INIT;
  GDate date;

  if (!pp_date_parse_local (text, &date, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_row), error->message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_row), NULL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->date_row),
                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_value_init (&value, G_TYPE_DATE);
  g_value_set_boxed (&value, &date);
  set_value (self, "on", &value, FALSE);
}

static void
value_changed_cb (PpProgressEntryRow *self)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, (gint64) gtk_spin_button_get_value (self->value_spin));
  set_value (self, "value", &value, TRUE);
}

static void
note_changed_cb (PpProgressEntryRow *self)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
  set_value (self, "note", &value, TRUE);
}

/* Leaving a field ends its merged step, so the next edit is its own. */
static void
field_left_cb (PpProgressEntryRow *self)
{
  pp_history_break_merge (self->history);
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PpProgressEntryRow *self = PP_PROGRESS_ENTRY_ROW (widget);
  GListModel *progress = pp_commitment_get_progress (self->commitment);

  for (guint i = 0; i < g_list_model_get_n_items (progress); i++)
    {
      g_autoptr(PpProgressEntry) entry = g_list_model_get_item (progress, i);

      if (entry == self->entry)
        {
          pp_history_remove (self->history, PP_NODE (self->commitment), progress, i, NULL);
          return;
        }
    }
}

static void
pp_progress_entry_row_dispose (GObject *object)
{
  PpProgressEntryRow *self = PP_PROGRESS_ENTRY_ROW (object);

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_data (self->entry, self);
  if (self->commitment != NULL)
    g_signal_handlers_disconnect_by_data (self->commitment, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_PROGRESS_ENTRY_ROW);
  g_clear_object (&self->history);
  g_clear_object (&self->commitment);
  g_clear_object (&self->entry);
  G_OBJECT_CLASS (pp_progress_entry_row_parent_class)->dispose (object);
}

static void
pp_progress_entry_row_class_init (PpProgressEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_progress_entry_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-progress-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PpProgressEntryRow, planned_label);
  gtk_widget_class_bind_template_child (widget_class, PpProgressEntryRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, PpProgressEntryRow, date_row);
  gtk_widget_class_bind_template_child (widget_class, PpProgressEntryRow, value_spin);
  gtk_widget_class_bind_template_child (widget_class, PpProgressEntryRow, note_row);
  gtk_widget_class_install_action (widget_class, "entry.remove", NULL, remove_activated);
}

static void
pp_progress_entry_row_init (PpProgressEntryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Made after the window fixed its tree: fixed here. */
  pp_accessible_fix_tree (GTK_WIDGET (self));
  pp_spin_button_show_counts (self->value_spin);
  g_signal_connect_swapped (self->date_row, "apply", G_CALLBACK (date_applied_cb), self);
  g_signal_connect_swapped (self->value_spin, "value-changed", G_CALLBACK (value_changed_cb),
                            self);
  g_signal_connect_swapped (self->note_row, "changed", G_CALLBACK (note_changed_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->value_spin), G_CALLBACK (field_left_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->note_row), G_CALLBACK (field_left_cb), self);
}

/**
 * pp_progress_entry_row_new:
 * @history: where the row's edits go
 * @commitment: the commitment @entry belongs to, for its unit
 * @entry: the progress entry the row shows
 */
GtkWidget *
pp_progress_entry_row_new (PpHistory       *history,
                           PpCommitment    *commitment,
                           PpProgressEntry *entry)
{
  PpProgressEntryRow *self = g_object_new (PP_TYPE_PROGRESS_ENTRY_ROW, NULL);

  self->history = g_object_ref (history);
  self->commitment = g_object_ref (commitment);
  self->entry = g_object_ref (entry);
  g_signal_connect_swapped (entry, "notify", G_CALLBACK (show_entry), self);
  g_signal_connect_swapped (commitment, "notify::unit", G_CALLBACK (show_entry), self);
  show_entry (self);
  return GTK_WIDGET (self);
}
