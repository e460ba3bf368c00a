/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-disk.c: noticing that the open file was changed by another
 * program (a sync folder, a colleague, git), so that their changes are not
 * silently saved over.
 *
 * The file's identity (its etag, which is the modification time to the
 * microsecond, and its size) is remembered when it is opened and saved. A
 * GFileMonitor says when to look again; a bar then offers Reload (and Keep
 * Mine when there are unsaved changes). Just before every save the identity
 * is checked again, monitor or not, and a save over a changed file asks
 * first. The window's own saves remember the new identity before the
 * monitor's events arrive, so they never look like another program's.
 *
 * The file's text as it was opened or last saved is kept too (the base):
 * it is the version that the user's changes and another program's both
 * started from, which merging them needs.
 *
 * Below pp-window.c and pp-window-actions.c, which call it; it calls
 * neither, and reaches them by the "reload" signal and the "win.save"
 * action; the bar's Merge is pp-window-merge.c's "win.merge-disk". */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-file-read.h"
#include "pp-format.h"
#include "pp-portfolio-io.h"
#include "pp-widget-util.h"
#include "pp-window-private.h"

/* One write by another program comes as several events: look once they
 * have passed. */
#define CHECK_DELAY_MS 300

static char *
file_name (PpWindow *self)
{
  return g_file_get_basename (self->file);
}

/* The bar's words and buttons follow whether there is anything of the
 * user's to keep. */
static void
update_bar (PpWindow *self)
{
  g_autofree char *name = file_name (self);
  g_autofree char *text = NULL;
  gboolean modified = pp_history_get_modified (self->history);

  if (modified && self->base != NULL)
    /* Translators: a bar over the window; %s is the file name */
    text = g_strdup_printf (_("“%s” was changed by another program. Merge brings its changes "
                              "into yours; Reload discards your unsaved changes; Keep Mine "
                              "saves yours over it."), name);
  else if (modified)
    /* Translators: a bar over the window; %s is the file name */
    text = pp_sentence_new (_("“%s” was changed by another program. Reload discards your "
                              "unsaved changes; Keep Mine saves yours over it."), name);
  else
    /* Translators: a bar over the window; %s is the file name */
    text = pp_sentence_new (_("“%s” was changed by another program. Reload shows it as it is "
                              "now."), name);
  gtk_label_set_text (self->disk_label, text);
  gtk_widget_set_visible (self->keep_button, modified);
  /* Merging needs the version both changes started from. */
  gtk_widget_set_visible (self->merge_button, modified && self->base != NULL);
}

static void
hide_bar (PpWindow *self)
{
  pp_info_bar_set_shown (self->disk_bar, FALSE);
}

static void
check_now (PpWindow *self)
{
  g_autofree char *now = pp_file_query_identity (self->file);

  /* A file removed or moved away is not a change to keep: saving writes
   * it again. */
  if (now == NULL || g_strcmp0 (now, self->identity) == 0)
    {
      hide_bar (self);
      return;
    }
  update_bar (self);
  pp_info_bar_set_shown (self->disk_bar, TRUE);
}

static gboolean
check_cb (gpointer data)
{
  PpWindow *self = data;

  self->disk_check_id = 0;
  check_now (self);
  return G_SOURCE_REMOVE;
}

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    PpWindow          *self)
{
  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  self->disk_check_id = g_timeout_add (CHECK_DELAY_MS, check_cb, self);
}

static void
reload (PpWindow *self)
{
  hide_bar (self);
  g_signal_emit_by_name (self, "reload");
}

/* Keep Mine: the user has seen the change and wants theirs saved over it,
 * so the next save does not ask again (unless the file changes again). */
/* Merge: the window's merge of the file on disk into the unsaved edits,
 * with the file as it was opened or last saved as their common version. */
static void
merge_clicked (PpWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.merge-disk", NULL);
}

static void
keep_mine (PpWindow *self)
{
  g_free (self->identity);
  self->identity = pp_file_query_identity (self->file);
  hide_bar (self);
}

/* The bar's only response is its dismiss button's; Reload and Keep Mine
 * are buttons under the message. */
static void
bar_response_cb (GtkInfoBar *bar,
                 int         response,
                 PpWindow   *self)
{
  hide_bar (self);
}

static void
modified_cb (PpWindow *self)
{
  if (gtk_info_bar_get_revealed (self->disk_bar))
    update_bar (self);
}

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PpWindow         *self)
{
  if (g_strcmp0 (response, "overwrite") == 0)
    {
      self->overwrite_confirmed = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
    }
  else if (g_strcmp0 (response, "reload") == 0)
    reload (self);
}

static void
ask_before_overwriting (PpWindow *self)
{
  g_autofree char *name = file_name (self);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("File Changed by Another Program"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” was changed by another program since it was opened "
                                    "here. Overwrite replaces those changes with yours; Reload "
                                    "shows the file as it is now and discards your unsaved "
                                    "changes; Cancel saves nothing."), name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Reload"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (overwrite_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _pp_window_disk_init:
 *
 * Connects the bar, once the template is built and the history made.
 */
void
_pp_window_disk_init (PpWindow *self)
{
  /* The portfolio the window is made with is its file as loaded (or the
   * sample, or a new portfolio); a restored window says otherwise later.
   * The file's own bytes are that version, as the loader read them (the
   * "base" property), else read again: cheaper than writing the portfolio
   * out (a second of a large file's start). */
  if (self->base == NULL && self->file != NULL)
    self->base = g_file_load_bytes (self->file, NULL, NULL, NULL);
  if (self->base == NULL)
    self->base = pp_portfolio_save_to_bytes (self->portfolio);
  g_signal_connect_object (self->disk_bar, "response", G_CALLBACK (bar_response_cb), self, 0);
  g_signal_connect_object (self->reload_button, "clicked", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->keep_button, "clicked", G_CALLBACK (keep_mine), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->merge_button, "clicked", G_CALLBACK (merge_clicked), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::modified", G_CALLBACK (modified_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * _pp_window_disk_watch:
 *
 * Remembers the identity of the window's file as it is now (just opened or
 * saved) and watches it from now on.
 */
void
_pp_window_disk_watch (PpWindow *self)
{
  g_autoptr(GError) error = NULL;

  _pp_window_disk_stop (self);
  self->overwrite_confirmed = FALSE;
  hide_bar (self);
  if (self->file == NULL)
    return;

  /* Just opened: the identity the loader took before reading, so that a
   * change made since is seen. */
  if (self->opened_identity != NULL)
    self->identity = g_steal_pointer (&self->opened_identity);
  else
    self->identity = pp_file_query_identity (self->file);
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      /* The check before each save still protects it. */
      g_debug ("Cannot watch the file: %s", error->message);
      return;
    }
  g_signal_connect (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
}

/**
 * _pp_window_disk_stop:
 *
 * Stops watching and forgets the identity.
 */
void
_pp_window_disk_stop (PpWindow *self)
{
  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, monitor_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_pointer (&self->identity, g_free);
}

/**
 * _pp_window_disk_expect:
 * @identity: (nullable): the identity the file had when the changes shown
 *   were begun (kept with a recovery copy)
 *
 * A restored window compares the file with what it was before the crash,
 * and offers Reload at once when it has changed since. The restored
 * changes started from the file as it was then, which is known only while
 * it is still so.
 */
void
_pp_window_disk_expect (PpWindow   *self,
                        const char *identity)
{
  g_autofree char *now = NULL;

  g_clear_pointer (&self->base, g_bytes_unref);
  if (self->file == NULL || identity == NULL)
    return;
  g_free (self->identity);
  self->identity = g_strdup (identity);
  now = pp_file_query_identity (self->file);
  if (g_strcmp0 (now, identity) == 0)
    self->base = g_file_load_bytes (self->file, NULL, NULL, NULL);
  check_now (self);
}

/**
 * _pp_window_disk_may_save:
 *
 * Checks, just before saving to @file, that the window's file has not been
 * changed by another program since it was opened or saved here. When it
 * has, asks (Overwrite, Reload, Cancel) and returns %FALSE: Overwrite then
 * saves again.
 *
 * Returns: whether saving may go on now
 */
gboolean
_pp_window_disk_may_save (PpWindow *self,
                          GFile    *file)
{
  g_autofree char *now = NULL;

  if (self->file == NULL || !g_file_equal (file, self->file) || self->identity == NULL)
    return TRUE;
  if (self->overwrite_confirmed)
    {
      self->overwrite_confirmed = FALSE;
      return TRUE;
    }
  now = pp_file_query_identity (file);
  if (now == NULL || g_strcmp0 (now, self->identity) == 0)
    return TRUE;
  ask_before_overwriting (self);
  return FALSE;
}

/**
 * _pp_window_disk_query:
 *
 * Returns: (transfer full) (nullable): the identity of the window's file
 *   as it is on disk now
 */
char *
_pp_window_disk_query (PpWindow *self)
{
  return pp_file_query_identity (self->file);
}

/**
 * _pp_window_disk_merged:
 * @identity: (nullable): the file's identity when @bytes were read
 * @bytes: the file's text that was merged into the portfolio
 *
 * The file as another program wrote it is in the portfolio now: the next
 * save writes over it without asking (unless it changes again), and a
 * later merge starts from it. The result is not saved yet.
 */
void
_pp_window_disk_merged (PpWindow   *self,
                        const char *identity,
                        GBytes     *bytes)
{
  g_free (self->identity);
  self->identity = g_strdup (identity);
  g_bytes_unref (self->base);
  self->base = g_bytes_ref (bytes);
  pp_history_mark_unsaved (self->history);
  hide_bar (self);
}
