/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sync-dialog.c: PpSyncDialog, the sync of a portfolio file with the
 * repository it is shared through, shown while it runs: fetch, then take
 * the other copy's versions or send this one's, with a progress bar and
 * Cancel. It ends by emitting "finished" (with the file's new contents
 * when the sync changed it) or "failed", and closes itself.
 *
 * Two copies that both changed are merged with their common version (or,
 * when they have none, with an empty portfolio of the same countries, so
 * that whatever differs is a choice). A merge with conflicts is handed
 * out by "conflicts" for the user to settle, and waits for
 * pp_sync_dialog_settle(): nothing is committed before, so a cancel
 * there leaves both copies as they were. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-portfolio-io.h"
#include "pp-sync-dialog.h"

struct _PpSyncDialog
{
  AdwWindow parent_instance;

  PpVersionSync *sync;
  GCancellable *cancellable;
  PpMerge *merge;          /* the two copies merged, once both changed */
  GBytes *merged;          /* the merge as the file's text, once settled */
  gboolean without_base;   /* the copies had no version in common */
  gboolean settling;       /* waiting for the user to settle the conflicts */

  GtkLabel *status_label;
  GtkProgressBar *progress_bar;
  GtkButton *cancel_button;
};

G_DEFINE_FINAL_TYPE (PpSyncDialog, pp_sync_dialog, ADW_TYPE_WINDOW)

enum {
  FINISHED,
  FAILED,
  CONFLICTS,
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
  else if (pp_version_sync_get_state (self->sync) == PP_SYNC_STATE_DIVERGED)
    succeed (self, self->merged);
  else
    succeed (self, NULL);
}

/* Commits the merge, as the conflicts were settled, and sends it. */
static void
commit_merge (PpSyncDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!pp_merge_rebuild (self->merge, &error))
    {
      fail (self, error);
      return;
    }
  g_clear_pointer (&self->merged, g_bytes_unref);
  self->merged = pp_portfolio_save_to_bytes (pp_merge_get_portfolio (self->merge));
  gtk_label_set_text (self->status_label, _("Saving the merged copy and sending it…"));
  pp_version_sync_finish_async (self->sync, self->merged, self->cancellable, finish_done_cb,
                                g_object_ref (self));
}

/* What the two copies are merged with when they have no version in
 * common: nothing, between the same two countries. */
static PpPortfolio *
empty_like (PpPortfolio *portfolio)
{
  PpPortfolio *empty = pp_portfolio_new ();
  PpCountryPair *countries = pp_portfolio_get_countries (portfolio);

  pp_country_pair_set (pp_portfolio_get_countries (empty), pp_country_pair_get_first (countries),
                       pp_country_pair_get_second (countries));
  return empty;
}

static PpPortfolio *
load_copy (GBytes      *bytes,
           const char  *name,
           GError     **error)
{
  g_autoptr(GError) load_error = NULL;
  PpPortfolio *portfolio = NULL;

  if (bytes != NULL)
    portfolio = pp_portfolio_load_from_bytes (bytes, &load_error);
  if (portfolio != NULL)
    return portfolio;
  if (load_error != NULL)
    /* Translators: "The shared copy: <why it does not load>" */
    g_set_error (error, load_error->domain, load_error->code, _("%s: %s"), name,
                 load_error->message);
  else
    /* Translators: %s is "this copy" or "the shared copy" */
    g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NOT_IN_VERSION,
                 _("%s has no version of the file to merge."), name);
  return NULL;
}

/* Both copies changed: the three-way merge, then the user settles what
 * both changed differently, or the merge is committed at once. */
static void
merge_copies (PpSyncDialog *self)
{
  g_autoptr(PpPortfolio) ours = NULL;
  g_autoptr(PpPortfolio) theirs = NULL;
  g_autoptr(PpPortfolio) base = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *base_bytes = pp_version_sync_get_base (self->sync);

  if ((ours = load_copy (pp_version_sync_get_ours (self->sync), _("This copy"), &error)) == NULL ||
      (theirs = load_copy (pp_version_sync_get_theirs (self->sync), _("The shared copy"),
                           &error)) == NULL ||
      (base_bytes != NULL && (base = load_copy (base_bytes, _("Their common version"),
                                                &error)) == NULL))
    {
      fail (self, error);
      return;
    }
  self->without_base = base == NULL;
  if (base == NULL)
    base = empty_like (ours);
  self->merge = pp_portfolio_merge (base, ours, theirs, &error);
  if (self->merge == NULL)
    {
      fail (self, error);
      return;
    }
  if (g_list_model_get_n_items (pp_merge_get_conflicts (self->merge)) == 0)
    {
      commit_merge (self);
      return;
    }
  self->settling = TRUE;
  gtk_label_set_text (self->status_label,
                      self->without_base
                      ? _("The two copies have no version in common, so where they differ you "
                          "choose which to keep.")
                      : _("Both copies changed some things differently; choose which to keep."));
  g_signal_emit (self, signals[CONFLICTS], 0, self->merge);
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
      gtk_label_set_text (self->status_label, _("Merging the two copies…"));
      merge_copies (self);
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
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (self->cancellable);
  /* Waiting for the user, nothing runs that would stop: it stops here. */
  if (self->settling)
    {
      self->settling = FALSE;
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Sync cancelled"));
      fail (self, error);
      return;
    }
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
  g_clear_object (&self->merge);
  g_clear_pointer (&self->merged, g_bytes_unref);
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
  /**
   * PpSyncDialog::conflicts:
   * @merge: the two copies merged, with conflicts to settle
   *
   * Emitted when both copies changed some things differently. The handler
   * shows the conflicts, and calls pp_sync_dialog_settle() once the user
   * made the choices (or cancelled); the sync waits until then.
   */
  signals[CONFLICTS] = g_signal_new ("conflicts", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, PP_TYPE_MERGE);

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

/**
 * pp_sync_dialog_settle:
 * @settled: %TRUE when the user made the choices in the conflicts, which
 *   the merge holds; %FALSE when they cancelled
 *
 * Goes on with a sync that waits for its conflicts: commits and sends the
 * merge as it was settled, or stops with nothing committed.
 */
void
pp_sync_dialog_settle (PpSyncDialog *self,
                       gboolean      settled)
{
  g_return_if_fail (PP_IS_SYNC_DIALOG (self));

  if (!self->settling)
    return;
  if (!settled)
    {
      cancel_clicked_cb (self);
      return;
    }
  self->settling = FALSE;
  commit_merge (self);
}

/**
 * pp_sync_dialog_get_merged_without_base:
 *
 * Returns: %TRUE when the sync merged two copies that had no version in
 *   common, which the user is told
 */
gboolean
pp_sync_dialog_get_merged_without_base (PpSyncDialog *self)
{
  g_return_val_if_fail (PP_IS_SYNC_DIALOG (self), FALSE);

  return self->merge != NULL && self->without_base;
}
