/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-merge-dialog.c: the conflicts of Merge With…, one at a time: the
 * item, what both copies changed, both values and the one before them in
 * words, and the choice of keeping mine or taking theirs; "2 of 5" with
 * Previous and Next. Merge builds the result with the choices made and
 * says so by the "merged" signal; the window then puts the result in
 * place as one step to undo. Cancel leaves everything as it was. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-format.h"
#include "pp-merge-dialog.h"
#include "pp-widget-util.h"

struct _PpMergeDialog
{
  AdwWindow parent_instance;

  PpMerge *merge;
  GListModel *conflicts;
  guint current;

  AdwWindowTitle *window_title;
  GtkLabel *count_label;
  GtkLabel *kind_label;
  GtkLabel *title_label;
  GtkLabel *description_label;
  AdwPreferencesGroup *choice_group;
  AdwActionRow *mine_row;
  AdwActionRow *theirs_row;
  AdwActionRow *base_row;
  GtkCheckButton *mine_check;
  GtkCheckButton *theirs_check;
};

G_DEFINE_FINAL_TYPE (PpMergeDialog, pp_merge_dialog, ADW_TYPE_WINDOW)

enum {
  MERGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A value in words; an empty one is said to be so rather than shown as
 * nothing. */
static const char *
value_words (const char *value)
{
  /* Translators: a conflict's value that is empty, in the conflicts
   * dialog */
  return value != NULL && *value != '\0' ? value : _("(empty)");
}

static void
show_count (PpMergeDialog *self,
            guint          n)
{
  g_autofree char *place = pp_format_count (self->current + 1);
  g_autofree char *total = pp_format_count (n);
  g_autofree char *count = NULL;

  /* Translators: which conflict is shown, "Conflict 2 of 5" */
  count = g_strdup_printf (_("Conflict %s of %s"), place, total);
  gtk_label_set_text (self->count_label, count);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge.previous", self->current > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge.next", self->current + 1 < n);
}

static void
show_current (PpMergeDialog *self)
{
  guint n = g_list_model_get_n_items (self->conflicts);
  g_autoptr(PpConflict) conflict = g_list_model_get_item (self->conflicts, self->current);
  const char *label = pp_conflict_get_label (conflict);

  show_count (self, n);
  gtk_label_set_text (self->kind_label, pp_conflict_get_item_kind (conflict));
  gtk_label_set_text (self->title_label, pp_conflict_get_item_title (conflict));
  gtk_label_set_text (self->description_label, pp_conflict_get_description (conflict));
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          pp_conflict_get_description (conflict) != NULL);
  adw_preferences_group_set_title (self->choice_group, label != NULL ? label : "");
  adw_action_row_set_subtitle (self->mine_row,
                               value_words (pp_conflict_get_ours_value (conflict)));
  adw_action_row_set_subtitle (self->theirs_row,
                               value_words (pp_conflict_get_theirs_value (conflict)));
  adw_action_row_set_subtitle (self->base_row,
                               value_words (pp_conflict_get_base_value (conflict)));
  if (pp_conflict_get_choice (conflict) == PP_MERGE_CHOICE_THEIRS)
    gtk_check_button_set_active (self->theirs_check, TRUE);
  else
    gtk_check_button_set_active (self->mine_check, TRUE);
}

static void
choice_toggled_cb (PpMergeDialog  *self,
                   GtkCheckButton *check)
{
  g_autoptr(PpConflict) conflict = NULL;

  if (!gtk_check_button_get_active (check) || self->conflicts == NULL)
    return;
  conflict = g_list_model_get_item (self->conflicts, self->current);
  pp_conflict_set_choice (conflict, check == self->theirs_check ? PP_MERGE_CHOICE_THEIRS
                                                                 : PP_MERGE_CHOICE_OURS);
}

static void
step_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpMergeDialog *self = PP_MERGE_DIALOG (widget);
  guint n = g_list_model_get_n_items (self->conflicts);

  if (g_str_equal (action_name, "merge.next") && self->current + 1 < n)
    self->current++;
  else if (g_str_equal (action_name, "merge.previous") && self->current > 0)
    self->current--;
  show_current (self);
}

static void
apply_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PpMergeDialog *self = PP_MERGE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (pp_merge_rebuild (self->merge, &error))
    {
      g_signal_emit (self, signals[MERGED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Merge"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pp_merge_dialog_dispose (GObject *object)
{
  PpMergeDialog *self = PP_MERGE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_MERGE_DIALOG);
  self->conflicts = NULL;
  g_clear_object (&self->merge);

  G_OBJECT_CLASS (pp_merge_dialog_parent_class)->dispose (object);
}

static void
pp_merge_dialog_class_init (PpMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_merge_dialog_dispose;

  /**
   * PpMergeDialog::merged:
   *
   * Emitted when the user has made the choices and the merge's portfolio
   * holds them; the dialog then closes.
   */
  signals[MERGED] = g_signal_new ("merged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "merge.previous", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "merge.next", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "merge.apply", NULL, apply_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "merge.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "merge.previous", NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PpMergeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PpMergeDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, PpMergeDialog, kind_label);
  gtk_widget_class_bind_template_child (widget_class, PpMergeDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, PpMergeDialog, description_label);
  gtk_widget_class_bind_template_child (widget_class, PpMergeDialog, choice_group);
  gtk_widget_class_bind_template_child (widget_class, PpMergeDialog, mine_row);
  gtk_widget_class_bind_template_child (widget_class, PpMergeDialog, theirs_row);
  gtk_widget_class_bind_template_child (widget_class, PpMergeDialog, base_row);
  gtk_widget_class_bind_template_child (widget_class, PpMergeDialog, mine_check);
  gtk_widget_class_bind_template_child (widget_class, PpMergeDialog, theirs_check);
  gtk_widget_class_bind_template_callback (widget_class, choice_toggled_cb);
}

static void
pp_merge_dialog_init (PpMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pp_accessible_fix_tree (GTK_WIDGET (self));
}

/**
 * pp_merge_dialog_new:
 * @merge: a merge with conflicts
 * @their_name: the other copy's name, as its file is called
 */
PpMergeDialog *
pp_merge_dialog_new (GtkWindow  *parent,
                     PpMerge    *merge,
                     const char *their_name)
{
  PpMergeDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *count = NULL;
  g_autofree char *name = NULL;
  guint n;

  g_return_val_if_fail (PP_IS_MERGE (merge), NULL);
  g_return_val_if_fail (g_list_model_get_n_items (pp_merge_get_conflicts (merge)) > 0, NULL);

  self = g_object_new (PP_TYPE_MERGE_DIALOG, "transient-for", parent, NULL);
  self->merge = g_object_ref (merge);
  self->conflicts = pp_merge_get_conflicts (merge);
  n = g_list_model_get_n_items (self->conflicts);
  name = pp_widget_isolate (GTK_WIDGET (self), their_name);
  /* Translators: the title of the conflicts dialog; %s is a file name */
  title = g_strdup_printf (_("Merge “%s”"), name);
  count = pp_format_count (n);
  /* Translators: under the title of the conflicts dialog; %s is a number */
  subtitle = g_strdup_printf (ngettext ("%s conflict to decide", "%s conflicts to decide", n),
                              count);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
  show_current (self);
  return self;
}
