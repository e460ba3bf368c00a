/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-versions.c: the window's versions of its file, when the file
 * is in a git repository: History (and the changes since a version in
 * it), Save Version…, Start Keeping Versions…, Sync (with the conflicts
 * dialog when both copies changed something differently) and
 * Preferences, the header buttons of History and Sync, and a version on
 * every save when the user ticked it.
 *
 * This file is below pp-window.c and pp-window-actions.c: it works on the
 * window's struct, saves through the window's "save" action and emits the
 * window's signals by name, and calls none of their functions. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-changes-window.h"
#include "pp-compare.h"
#include "pp-history-view.h"
#include "pp-merge-dialog.h"
#include "pp-portfolio-io.h"
#include "pp-preferences-window.h"
#include "pp-sync-dialog.h"
#include "pp-version-author.h"
#include "pp-version-dialog.h"
#include "pp-window-private.h"

static void
show_error (PpWindow   *self,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_toast (PpWindow   *self,
            const char *message,
            gboolean    undo)
{
  AdwToast *toast = adw_toast_new (message);

  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_enabled (PpWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
reload_history (PpWindow *self)
{
  if (self->history_view != NULL)
    pp_history_view_reload (self->history_view);
}

/* Saves unsaved changes through the window's own Save, which asks before
 * overwriting another program's changes; %FALSE when they are still
 * unsaved (the save failed, or is waiting for the user's answer). */
static gboolean
save_first (PpWindow *self)
{
  if (!pp_history_get_modified (self->history))
    return TRUE;
  self->saving_version = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (self), "save", NULL);
  self->saving_version = FALSE;
  return !pp_history_get_modified (self->history);
}

static void
commit (PpWindow   *self,
        const char *message,
        const char *name,
        const char *email)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpVersion) version = NULL;
  g_autofree char *text = NULL;

  version = pp_version_store_save (self->store, message, name, email, &error);
  if (version == NULL && g_error_matches (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNCHANGED))
    {
      show_toast (self, error->message, FALSE);
      return;
    }
  if (version == NULL)
    {
      show_error (self, _("Could Not Save the Version"), error->message);
      return;
    }
  /* Translators: a toast; %s is the new version's short id */
  text = g_strdup_printf (_("Saved version %s"), pp_version_get_short_id (version));
  show_toast (self, text, FALSE);
  reload_history (self);
}

typedef struct
{
  PpWindow *window;
  gboolean ask_author;
  char *name;
  char *email;
} SaveVersion;

static void
save_version_free (gpointer data)
{
  SaveVersion *save = data;

  g_object_unref (save->window);
  g_free (save->name);
  g_free (save->email);
  g_free (save);
}

static void
save_version_response_cb (PpVersionDialog *dialog,
                          const char      *response,
                          SaveVersion     *save)
{
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;

  if (g_strcmp0 (response, "save") != 0 || save->window->store == NULL)
    return;
  if (save->ask_author)
    {
      pp_version_author_keep (save->window->settings, pp_version_dialog_get_name (dialog),
                              pp_version_dialog_get_email (dialog));
      name = g_strstrip (g_strdup (pp_version_dialog_get_name (dialog)));
      email = g_strstrip (g_strdup (pp_version_dialog_get_email (dialog)));
    }
  message = g_strstrip (g_strdup (pp_version_dialog_get_text (dialog)));
  commit (save->window, message, save->ask_author ? name : save->name,
          save->ask_author ? email : save->email);
}

static void
save_version_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  PpWindow *self = user_data;
  PpVersionDialog *dialog;
  SaveVersion *save;

  if (self->store == NULL || !save_first (self))
    return;
  save = g_new0 (SaveVersion, 1);
  save->window = g_object_ref (self);
  save->ask_author = !pp_version_author_find (self->store, self->settings, &save->name,
                                              &save->email);
  dialog = pp_version_dialog_new (GTK_WINDOW (self), PP_VERSION_DIALOG_SAVE, NULL,
                                  save->ask_author);
  g_signal_connect_data (dialog, "response", G_CALLBACK (save_version_response_cb), save,
                         (GClosureNotify) (void (*) (void)) save_version_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _pp_window_versions_saved:
 *
 * After every save: a version too, when the user asked for one on every
 * save and git knows who is saving (else the save alone, not a question
 * each time).
 */
void
_pp_window_versions_saved (PpWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpVersion) version = NULL;

  if (self->store == NULL || self->saving_version || self->settings == NULL ||
      !g_settings_get_boolean (self->settings, "version-on-save") ||
      !pp_version_author_find (self->store, self->settings, &name, &email))
    return;
  version = pp_version_store_save (self->store, _("Saved from Partnership Planner"), name, email,
                                   &error);
  if (version == NULL && !g_error_matches (error, PP_VERSION_ERROR, PP_VERSION_ERROR_UNCHANGED))
    show_error (self, _("Saved, but Could Not Save a Version"), error->message);
  reload_history (self);
}

static void
view_open_version_cb (PpHistoryView *view,
                      PpPortfolio   *portfolio,
                      const char    *label,
                      PpWindow      *self)
{
  g_signal_emit_by_name (self, "open-version", portfolio, label);
}

static void
view_show_toast_cb (PpHistoryView *view,
                    const char    *message,
                    gboolean       undo,
                    PpWindow      *self)
{
  show_toast (self, message, undo);
}

/* Shown by the window's action, since pp-window-compare.c is above this
 * file. */
static void
changes_show_item_cb (PpChangesWindow *changes,
                      guint            section,
                      const char      *id,
                      PpWindow        *self)
{
  g_action_group_activate_action (G_ACTION_GROUP (self), "show-change",
                                  g_variant_new ("(us)", section, id));
}

/* History's Compare With Current: the changes from the version to the
 * open portfolio, as Compare With… shows them for a file. */
static void
view_compare_version_cb (PpHistoryView *view,
                         PpPortfolio   *portfolio,
                         const char    *label,
                         PpWindow      *self)
{
  g_autoptr(GListModel) changes = pp_portfolio_compare (portfolio, self->portfolio);
  PpChangesWindow *window = pp_changes_window_new (GTK_WINDOW (self), changes, label);

  g_signal_connect_object (window, "show-item", G_CALLBACK (changes_show_item_cb), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
history_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PpWindow *self = user_data;
  PpHistoryView *view;

  if (self->store == NULL)
    return;
  if (self->history_view != NULL &&
      pp_history_view_get_store (self->history_view) == self->store)
    {
      gtk_window_present (GTK_WINDOW (self->history_view));
      return;
    }
  if (self->history_view != NULL)
    gtk_window_destroy (GTK_WINDOW (self->history_view));
  view = pp_history_view_new (GTK_WINDOW (self), self->store, self->history, self->settings);
  g_signal_connect_object (view, "open-version", G_CALLBACK (view_open_version_cb), self, 0);
  g_signal_connect_object (view, "compare-version", G_CALLBACK (view_compare_version_cb), self,
                           0);
  g_signal_connect_object (view, "show-toast", G_CALLBACK (view_show_toast_cb), self, 0);
  g_set_weak_pointer (&self->history_view, view);
  gtk_window_present (GTK_WINDOW (view));
}

static void
start_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   PpWindow         *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (g_strcmp0 (response, "start") != 0 || self->file == NULL)
    return;
  g_clear_object (&self->store);
  self->store = pp_version_store_create (self->file, &error);
  _pp_window_versions_update (self);
  if (self->store == NULL)
    {
      show_error (self, _("Could Not Keep Versions Here"), error->message);
      return;
    }
  name = g_file_get_basename (self->file);
  /* Translators: a toast after Start Keeping Versions; %s is the file's name */
  message = g_strdup_printf (_("Keeping versions of “%s”"), name);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("Save _Version…"));
  adw_toast_set_action_name (toast, "win.save-version");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
start_versions_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  PpWindow *self = user_data;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder_name = NULL;
  GtkWidget *dialog;

  if (self->file == NULL || self->store != NULL)
    return;
  folder = g_file_get_parent (self->file);
  if (!pp_version_store_check_folder (folder, &error))
    {
      show_error (self, _("Could Not Keep Versions Here"), error->message);
      return;
    }
  name = g_file_get_basename (self->file);
  folder_name = g_file_get_basename (folder);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Start Keeping Versions?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("A hidden folder named .git is made in the folder “%s”, "
                                    "beside “%s”. Every version you save is kept in it, with "
                                    "who saved it and why, so you can go back to any of them. "
                                    "Only this file is kept, not the folder’s other files.\n\n"
                                    "Nothing leaves this computer until a shared repository "
                                    "is set up for the office."),
                                  folder_name, name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "start", _("_Keep Versions"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "start",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "start");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (start_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The file the sync wrote becomes the window's contents, as one undo step,
 * and counts as saved: it is what is on disk. */
static void
show_synced (PpWindow *self,
             GBytes   *contents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_from_bytes (contents, &error);

  if (portfolio == NULL || !pp_history_replace_contents (self->history, portfolio, &error))
    {
      show_error (self, _("Synced, but Could Not Show the File"), error->message);
      return;
    }
  pp_history_mark_saved (self->history);
  _pp_window_recovery_forget (self);
  _pp_window_disk_watch (self);
}

static void
sync_finished_cb (PpSyncDialog *dialog,
                  GBytes       *contents,
                  int           state,
                  PpWindow     *self)
{
  if (contents != NULL)
    show_synced (self, contents);
  reload_history (self);
  if (state == PP_SYNC_STATE_AHEAD)
    show_toast (self, _("Synced: the shared copy has this copy’s versions now"), FALSE);
  else if (state == PP_SYNC_STATE_BEHIND)
    show_toast (self, _("Synced: this copy has the shared copy’s versions now"),
                contents != NULL);
  else if (state == PP_SYNC_STATE_DIVERGED && pp_sync_dialog_get_merged_without_base (dialog))
    show_toast (self, _("Synced: merged with the shared copy, which had no version in common "
                        "with this one"), contents != NULL);
  else if (state == PP_SYNC_STATE_DIVERGED)
    show_toast (self, _("Synced: this copy and the shared one are merged"), contents != NULL);
  else
    show_toast (self, _("Already in sync with the shared copy"), FALSE);
}

static void
sync_failed_cb (PpSyncDialog *dialog,
                const GError *error,
                PpWindow     *self)
{
  reload_history (self);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_toast (self, _("Sync cancelled"), FALSE);
  else
    show_error (self, _("Could Not Sync"), error->message);
}

/* The choices are made: the sync goes on with them. Once it has, the
 * dialog's closing is not a cancel any more. */
static void
conflicts_merged_cb (PpMergeDialog *conflicts,
                     PpSyncDialog  *dialog)
{
  pp_sync_dialog_settle (dialog, TRUE);
}

static void
conflicts_destroy_cb (PpMergeDialog *conflicts,
                      PpSyncDialog  *dialog)
{
  pp_sync_dialog_settle (dialog, FALSE);
}

/* Both copies changed some things differently: the conflicts dialog, over
 * the sync's own, which it goes with if the sync stops. */
static void
sync_conflicts_cb (PpSyncDialog *dialog,
                   PpMerge      *merge,
                   PpWindow     *self)
{
  /* Translators: the other copy in the conflicts dialog's title, "Merge “%s”",
   * when a sync found conflicts */
  PpMergeDialog *conflicts = pp_merge_dialog_new (GTK_WINDOW (dialog), merge,
                                                  _("The shared copy"));

  gtk_window_set_destroy_with_parent (GTK_WINDOW (conflicts), TRUE);
  g_signal_connect_object (conflicts, "merged", G_CALLBACK (conflicts_merged_cb), dialog, 0);
  g_signal_connect_object (conflicts, "destroy", G_CALLBACK (conflicts_destroy_cb), dialog, 0);
  gtk_window_present (GTK_WINDOW (conflicts));
}

static void
start_sync (PpWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  PpSyncDialog *dialog;

  if (self->store == NULL)
    return;
  /* Without an author, the core says so in words when it needs one. */
  pp_version_author_find (self->store, self->settings, &name, &email);
  dialog = pp_sync_dialog_new (GTK_WINDOW (self), self->store, name, email);
  g_signal_connect_object (dialog, "finished", G_CALLBACK (sync_finished_cb), self, 0);
  g_signal_connect_object (dialog, "failed", G_CALLBACK (sync_failed_cb), self, 0);
  g_signal_connect_object (dialog, "conflicts", G_CALLBACK (sync_conflicts_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_then_sync_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            PpWindow         *self)
{
  if (g_strcmp0 (response, "save") == 0 && save_first (self))
    start_sync (self);
}

/* The sync takes the file as it is on disk, so unsaved changes are saved
 * first, or nothing is synced: they are never lost to the other copy. */
static void
sync_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PpWindow *self = user_data;
  GtkWidget *dialog;

  if (!pp_history_get_modified (self->history))
    {
      start_sync (self);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Before Syncing?"),
                                   _("The sync takes the file as it is saved. Save your "
                                     "changes first, so that they are synced too."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save and Sync"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_then_sync_response_cb), self,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PpWindow *self = user_data;

  if (self->settings != NULL)
    gtk_window_present (GTK_WINDOW (pp_preferences_window_new (GTK_WINDOW (self),
                                                               self->settings)));
}

/**
 * _pp_window_versions_update:
 *
 * Finds the repository of the window's file again (after it was opened,
 * saved elsewhere, or versions were started) and shows what it allows.
 */
void
_pp_window_versions_update (PpWindow *self)
{
  gboolean remote;

  if (self->store != NULL &&
      (self->file == NULL || !g_file_equal (pp_version_store_get_file (self->store), self->file)))
    g_clear_object (&self->store);
  if (self->store == NULL && self->file != NULL)
    self->store = pp_version_store_open (self->file, NULL);
  remote = self->store != NULL && pp_version_store_has_remote (self->store);

  set_enabled (self, "history", self->store != NULL);
  set_enabled (self, "save-version", self->store != NULL);
  set_enabled (self, "start-versions", self->file != NULL && self->store == NULL);
  set_enabled (self, "sync", remote);
  set_enabled (self, "preferences", self->settings != NULL);
  gtk_widget_set_visible (self->history_button, self->store != NULL);
  gtk_widget_set_visible (self->sync_button, remote);
}

static const GActionEntry version_actions[] = {
  { "history", history_activated },
  { "save-version", save_version_activated },
  { "start-versions", start_versions_activated },
  { "sync", sync_activated },
  { "preferences", preferences_activated },
};

void
_pp_window_install_version_actions (PpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), version_actions,
                                   G_N_ELEMENTS (version_actions), self);
  g_signal_connect_swapped (self, "notify::file", G_CALLBACK (_pp_window_versions_update), self);
}

void
_pp_window_versions_dispose (PpWindow *self)
{
  g_clear_weak_pointer (&self->history_view);
  g_clear_object (&self->store);
}
