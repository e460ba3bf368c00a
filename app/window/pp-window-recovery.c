/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-recovery.c: the window's copy of its unsaved changes, kept in
 * the user's data folder a few seconds after the last edit, so that a
 * crash or a kill loses at most those seconds; removed once the changes
 * are saved or deliberately thrown away (the window goes).
 *
 * Below pp-window.c and pp-window-actions.c, which call it; it calls
 * neither. pp_window_adopt_recovery(), the window's public function for a
 * restored window, is here, beside the copy it takes over. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-format.h"
#include "pp-window-private.h"

/* Long enough not to write on every key typed, short enough that little
 * is lost. */
#define AUTOSAVE_DELAY_MS 3000

static void
show_failure (PpWindow     *self,
              const GError *error)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->recovery_failed)
    return;
  self->recovery_failed = TRUE;
  /* Translators: a toast; the reason says which folder and why */
  title = pp_sentence_new (_("Unsaved changes cannot be kept for recovery after a crash: %s"),
                           error->message);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
keep_copy (PpWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!pp_history_get_modified (self->history))
    {
      _pp_window_recovery_forget (self);
      return;
    }
  if (self->recovery == NULL)
    self->recovery = pp_recovery_new ();
  if (!pp_recovery_save (self->recovery, self->portfolio, self->file, self->identity, &error))
    show_failure (self, error);
  else
    self->recovery_failed = FALSE;
}

static gboolean
autosave_cb (gpointer data)
{
  PpWindow *self = data;

  self->autosave_id = 0;
  keep_copy (self);
  return G_SOURCE_REMOVE;
}

/* Every change starts the delay again: the copy is written once the user
 * pauses. */
static void
schedule (PpWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_cb, self);
}

/* Saved, or undone back to what was saved: nothing is left to recover. */
static void
modified_cb (PpWindow *self)
{
  if (pp_history_get_modified (self->history))
    schedule (self);
  else
    _pp_window_recovery_forget (self);
}

/**
 * _pp_window_recovery_start:
 *
 * Follows the window's portfolio and history from now on.
 */
void
_pp_window_recovery_start (PpWindow *self)
{
  g_signal_connect_object (self->portfolio, "changed", G_CALLBACK (schedule), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::modified", G_CALLBACK (modified_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * _pp_window_recovery_forget:
 *
 * Removes the copy, after a save or when the window goes.
 */
void
_pp_window_recovery_forget (PpWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->recovery != NULL && !pp_recovery_discard (self->recovery, &error))
    g_warning ("%s", error->message);
}

/**
 * pp_window_adopt_recovery:
 * @recovery: the copy of unsaved changes the window's portfolio was
 *   restored from, already this process's (pp_recovery_claim())
 *
 * Shows the window's portfolio as modified, keeps its copy in @recovery
 * from now on, and compares the window's file with what it was when the
 * changes were begun, so that saving asks first if it has changed since.
 */
void
pp_window_adopt_recovery (PpWindow   *self,
                          PpRecovery *recovery)
{
  /* PP_IS_WINDOW() would call pp-window.c, which is above this file. */
  g_return_if_fail (GTK_IS_WINDOW (self));
  g_return_if_fail (PP_IS_RECOVERY (recovery));

  /* The copy is written there from now on, so the changes stay kept in
   * between too. */
  g_set_object (&self->recovery, recovery);
  _pp_window_disk_expect (self, pp_recovery_get_identity (recovery));
  pp_history_mark_unsaved (self->history);
}
