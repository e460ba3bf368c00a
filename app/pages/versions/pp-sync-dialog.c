/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sync-dialog.c: PpSyncDialog, the sync of a portfolio file with the
 * repository it is shared through, shown while it runs: fetch, then take
 * the other copy's versions or send this one's, with a progress bar and
 * Cancel. It ends by emitting "finished" (with the file's new contents
 * when the sync changed it) or "failed", and closes itself.
 *
 * Two copies that both changed need the three-way merge, which is not
 * here yet: the sync stops before anything is committed and says so. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-sync-dialog.h"

struct _PpSyncDialog
{
  AdwWindow parent_instance;

  PpVersionSync *sync;
  GCancellable *cancellable;

  GtkLabel *status_label;
  GtkProgressBar *progress_bar;
  GtkButton *cancel_button;
};

G_DEFINE_FINAL_TYPE (PpSyncDialog, pp_sync_dialog, ADW_TYPE_WINDOW)

enum {
  FINISHED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
fail (PpSyncDialog *self,
      const GError *error)
{
  g_signal_emit (self, signals[FAILED], 0, error);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
succeed (PpSyncDialog *self,
         GBytes       *contents)
{
  g_signal_emit (self, signals[FINISHED], 0, contents, pp_version_sync_get_state (self->sync));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
finish_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PpSyncDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pp_version_sync_finish_finish (self->sync, result, &error))
    fail (self, error);
  else if (pp_version_sync_get_state (self->sync) == PP_SYNC_STATE_BEHIND)
    succeed (self, pp_version_sync_get_theirs (self->sync));
  else
    succeed (self, NULL);
}

static void
fetch_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PpSyncDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pp_version_sync_fetch_finish (self->sync, result, &error))
    {
      fail (self, error);
      return;
    }
  switch (pp_version_sync_get_state (self->sync))
    {
    case PP_SYNC_STATE_AHEAD:
      gtk_label_set_text (self->status_label, _("Sending this copy’s versions…"));
      break;

    case PP_SYNC_STATE_BEHIND:
      gtk_label_set_text (self->status_label, _("Taking the shared copy’s versions…"));
      break;

    case PP_SYNC_STATE_DIVERGED:
      g_set_error_literal (&error, PP_VERSION_ERROR, PP_VERSION_ERROR_FAILED,
                           _("Both this copy and the shared one have new versions. Merging "
                             "them is not possible in this version of the app yet; nothing "
                             "was changed."));
      fail (self, error);
      return;

    case PP_SYNC_STATE_UP_TO_DATE:
    default:
      succeed (self, NULL);
      return;
    }
  pp_version_sync_finish_async (self->sync, NULL, self->cancellable, finish_done_cb,
                                g_object_ref (self));
}

static void
progress_cb (PpSyncDialog *self)
{
  gtk_progress_bar_set_fraction (self->progress_bar, pp_version_sync_get_progress (self->sync));
}

/* The work stops at its next step; the dialog closes when it has. */
static void
cancel_clicked_cb (PpSyncDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_label_set_text (self->status_label, _("Cancelling…"));
}

static gboolean
pp_sync_dialog_close_request (GtkWindow *window)
{
  PpSyncDialog *self = PP_SYNC_DIALOG (window);

  /* Closing while it runs is cancelling; the window goes once it stopped. */
  if (!g_cancellable_is_cancelled (self->cancellable))
    cancel_clicked_cb (self);
  return TRUE;
}

static void
pp_sync_dialog_dispose (GObject *object)
{
  PpSyncDialog *self = PP_SYNC_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_SYNC_DIALOG);
  g_clear_object (&self->sync);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (pp_sync_dialog_parent_class)->dispose (object);
}

static void
pp_sync_dialog_class_init (PpSyncDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_sync_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = pp_sync_dialog_close_request;

  /**
   * PpSyncDialog::finished:
   * @contents: (nullable): the file as the sync left it, when it changed
   * @state: how the two copies stood
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_BYTES, G_TYPE_INT);
  /**
   * PpSyncDialog::failed:
   * @error: why, in words; %G_IO_ERROR_CANCELLED when the user cancelled
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-sync-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PpSyncDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, PpSyncDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PpSyncDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
}

static void
pp_sync_dialog_init (PpSyncDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * pp_sync_dialog_new:
 * @name: (nullable): the author of the versions the sync saves, or %NULL
 *   for the repository's own
 *
 * Starts the sync; present the dialog to show it.
 */
PpSyncDialog *
pp_sync_dialog_new (GtkWindow      *parent,
                    PpVersionStore *store,
                    const char     *name,
                    const char     *email)
{
  PpSyncDialog *self;

  g_return_val_if_fail (PP_IS_VERSION_STORE (store), NULL);

  self = g_object_new (PP_TYPE_SYNC_DIALOG, "transient-for", parent, NULL);
  self->sync = pp_version_sync_new (store, name, email);
  g_signal_connect_object (self->sync, "notify::progress", G_CALLBACK (progress_cb), self,
                           G_CONNECT_SWAPPED);
  pp_version_sync_fetch_async (self->sync, self->cancellable, fetch_done_cb,
                               g_object_ref (self));
  return self;
}
