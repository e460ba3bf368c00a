/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-dialog.c: PpVersionDialog, the one question of Save Version…
 * (the message) and of Tag a Meeting… (the label), with the author's name
 * and e-mail below it only when git has none for the repository. The
 * response ("save" or "tag") is for the caller, who does the work. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-version-dialog.h"

struct _PpVersionDialog
{
  AdwMessageDialog parent_instance;

  PpVersionDialogKind kind;

  AdwEntryRow *text_row;
  AdwPreferencesGroup *author_group;
  AdwEntryRow *name_row;
  AdwEntryRow *email_row;
};

G_DEFINE_FINAL_TYPE (PpVersionDialog, pp_version_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *
accept_response (PpVersionDialog *self)
{
  return self->kind == PP_VERSION_DIALOG_SAVE ? "save" : "tag";
}

static gboolean
is_blank (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text == '\0';
}

/* A version needs its words, and a commit its author: the button waits
 * for them. */
static void
entry_changed_cb (PpVersionDialog *self)
{
  gboolean ready = !is_blank (self->text_row);

  if (gtk_widget_get_visible (GTK_WIDGET (self->author_group)))
    ready = ready && !is_blank (self->name_row) && !is_blank (self->email_row);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), accept_response (self),
                                           ready);
}

/* Enter in the last entry answers as the button does. */
static void
entry_activate_cb (PpVersionDialog *self)
{
  const char *response = accept_response (self);

  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), response))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), response);
}

static void
pp_version_dialog_class_init (PpVersionDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-version-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PpVersionDialog, text_row);
  gtk_widget_class_bind_template_child (widget_class, PpVersionDialog, author_group);
  gtk_widget_class_bind_template_child (widget_class, PpVersionDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, PpVersionDialog, email_row);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
}

static void
pp_version_dialog_init (PpVersionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_up_save (PpVersionDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  adw_message_dialog_set_heading (dialog, _("Save a Version"));
  adw_message_dialog_set_body (dialog, _("The file is saved as it is now, with a message that "
                                         "says what changed, so this version can be found, "
                                         "compared and restored later."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_row), _("What changed"));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "save", _("_Save Version"), NULL);
}

static void
set_up_tag (PpVersionDialog *self,
            const char      *version)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  adw_message_dialog_set_heading (dialog, _("Tag a Meeting"));
  /* Translators: %s is a version's short id, such as a1b2c3d */
  adw_message_dialog_format_body (dialog, _("Name the meeting that version %s was agreed at, "
                                            "such as “JWG-3, Minsk, 12 Apr 2026”. The name "
                                            "shows in the history and can be a brief’s "
                                            "baseline."), version);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_row), _("Meeting"));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "tag", _("_Tag"), NULL);
}

/**
 * pp_version_dialog_new:
 * @version: (nullable): the short id of the version tagged
 * @ask_author: whether to ask the user's name and e-mail too
 */
PpVersionDialog *
pp_version_dialog_new (GtkWindow           *parent,
                       PpVersionDialogKind  kind,
                       const char          *version,
                       gboolean             ask_author)
{
  PpVersionDialog *self = g_object_new (PP_TYPE_VERSION_DIALOG, "transient-for", parent, NULL);
  const char *response;

  self->kind = kind;
  if (kind == PP_VERSION_DIALOG_SAVE)
    set_up_save (self);
  else
    set_up_tag (self, version);
  response = accept_response (self);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), response,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  gtk_widget_set_visible (GTK_WIDGET (self->author_group), ask_author);
  entry_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_row));
  return self;
}

const char *
pp_version_dialog_get_text (PpVersionDialog *self)
{
  g_return_val_if_fail (PP_IS_VERSION_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->text_row));
}

const char *
pp_version_dialog_get_name (PpVersionDialog *self)
{
  g_return_val_if_fail (PP_IS_VERSION_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

const char *
pp_version_dialog_get_email (PpVersionDialog *self)
{
  g_return_val_if_fail (PP_IS_VERSION_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->email_row));
}
