/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-recovery-prompt.c: at start, one question for each copy of unsaved
 * changes that a crash or a kill left behind: Restore opens them in a
 * window, Discard deletes the copy, and closing the question keeps it to
 * be asked about again next time.
 *
 * The application calls it and gives the window to show them in by a
 * callback; this file knows neither it nor the window. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-format.h"
#include "pp-recovery-prompt.h"

typedef struct
{
  GtkApplication *application;
  PpRecovery *recovery;
  PpRecoveryRestoreFunc restore;
  PpRecoveryAnsweredFunc answered;
  gpointer user_data;
} Offer;

static void
offer_free (Offer *offer)
{
  g_object_unref (offer->application);
  g_object_unref (offer->recovery);
  g_free (offer);
}

static void
show_error (GtkApplication *application,
            const char     *heading,
            const char     *message)
{
  GtkWidget *dialog = adw_message_dialog_new (NULL, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), application);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_offer (Offer *offer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;

  /* Taken over first, so that a second crash finds the changes still
   * kept, as this process's. */
  if (!pp_recovery_claim (offer->recovery, &error) ||
      (portfolio = pp_recovery_load (offer->recovery, &error)) == NULL)
    {
      show_error (offer->application, _("Could Not Restore the Changes"), error->message);
      return;
    }
  offer->restore (offer->recovery, portfolio, offer->user_data);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Offer            *offer)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "restore") == 0)
    restore_offer (offer);
  else if (g_strcmp0 (response, "discard") == 0 &&
           !pp_recovery_discard (offer->recovery, &error))
    show_error (offer->application, _("Could Not Discard the Changes"), error->message);
  offer->answered (offer->user_data);
}

/* "…changes to “name.json”…", or to an unsaved portfolio by its title. */
static char *
describe (PpRecovery *recovery)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = pp_recovery_describe_time (pp_recovery_get_saved_at (recovery), now);
  GFile *file = pp_recovery_get_file (recovery);
  const char *title = pp_recovery_get_title (recovery);

  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      /* Translators: %1$s is a file name, %2$s a time such as “today at 10:42” */
      return pp_sentence_new (_("Partnership Planner stopped before the changes to “%1$s” "
                                "were saved. They were kept %2$s.\n\nRestore opens them, not "
                                "yet saved; Discard deletes them."), name, when);
    }
  if (title != NULL && *title != '\0')
    /* Translators: %1$s is a portfolio's title, %2$s a time such as “today at 10:42” */
    return pp_sentence_new (_("Partnership Planner stopped before an unsaved portfolio, "
                              "“%1$s”, was saved. It was kept %2$s.\n\nRestore opens it, not "
                              "yet saved; Discard deletes it."), title, when);
  /* Translators: %s is a time such as “today at 10:42” */
  return pp_sentence_new (_("Partnership Planner stopped before an unsaved portfolio was "
                            "saved. It was kept %s.\n\nRestore opens it, not yet saved; "
                            "Discard deletes it."), when);
}

static void
ask (Offer *offer)
{
  g_autofree char *body = describe (offer->recovery);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Restore Unsaved Changes?"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  /* Escape decides nothing: the copy stays and is offered next time. */
  adw_message_dialog_set_close_response (dialog, "later");
  gtk_window_set_application (GTK_WINDOW (dialog), offer->application);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), offer,
                         (GClosureNotify) (void (*) (void)) offer_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * pp_recovery_prompt_offer:
 * @restore: shows a restored portfolio in a window
 * @answered: called after each question is answered
 *
 * Asks about each copy left by a process that no longer runs, oldest
 * first. A folder that cannot be read is said in a dialog.
 *
 * Returns: how many questions were asked
 */
guint
pp_recovery_prompt_offer (GtkApplication         *application,
                          PpRecoveryRestoreFunc   restore,
                          PpRecoveryAnsweredFunc  answered,
                          gpointer                user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) left_over = pp_recovery_list_left_over (&error);

  g_return_val_if_fail (GTK_IS_APPLICATION (application), 0);

  if (left_over == NULL)
    {
      show_error (application, _("Could Not Look for Unsaved Changes"), error->message);
      return 0;
    }
  for (guint i = 0; i < left_over->len; i++)
    {
      Offer *offer = g_new0 (Offer, 1);

      offer->application = g_object_ref (application);
      offer->recovery = g_object_ref (left_over->pdata[i]);
      offer->restore = restore;
      offer->answered = answered;
      offer->user_data = user_data;
      ask (offer);
    }
  return left_over->len;
}
