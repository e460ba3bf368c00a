/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-merge.c: bringing another copy's changes into the open
 * portfolio: Merge With… (a copy chosen by the user) and the disk bar's
 * Merge (the file as another program wrote it). Both take as the common
 * version the file as this window opened or last saved it, unless the
 * user chooses another; a merge with conflicts asks about each in the
 * conflicts dialog. The result replaces the portfolio's contents as one
 * step to undo, and nothing is written until the user saves.
 *
 * Like pp-window-actions.c, this file is below pp-window.c: it works on
 * the window's struct and never calls pp-window.c. The disk bar asks for
 * its merge by the "win.merge-disk" action. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-compare.h"
#include "pp-format.h"
#include "pp-merge-dialog.h"
#include "pp-portfolio-io.h"
#include "pp-window-private.h"

/* Where the other copy came from, for the words and, from the disk, for
 * the window's identity of its file. */
typedef struct
{
  char *name;          /* the other copy's file name */
  GBytes *bytes;       /* from the disk: what was read */
  char *identity;      /* from the disk: the file's identity when read */
} Theirs;

static void
theirs_free (Theirs *theirs)
{
  g_free (theirs->name);
  g_clear_pointer (&theirs->bytes, g_bytes_unref);
  g_free (theirs->identity);
  g_free (theirs);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Theirs, theirs_free)

static void
show_merge_error (PpWindow     *self,
                  const char   *name,
                  const GError *error)
{
  g_autofree char *heading = NULL;

  /* Translators: the heading of an error; %s is a file name */
  heading = g_strdup_printf (_("Cannot Merge “%s”"), name);
  _pp_window_show_error (self, heading, error->message);
}

static void
say_merged (PpWindow   *self,
            guint       n,
            const char *name)
{
  g_autofree char *count = pp_format_count (n);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (n == 0)
    /* Translators: a toast; %s is a file name */
    message = g_strdup_printf (_("“%s” has no changes to merge"), name);
  else
    /* Translators: a toast; the first %s is a number, the second a file name */
    message = g_strdup_printf (ngettext ("Merged %s change from “%s”",
                                         "Merged %s changes from “%s”", n), count, name);
  toast = adw_toast_new (message);
  if (n > 0)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  _pp_window_add_toast (self, toast);
}

/* Puts the merge's result in place of the portfolio's contents, as one
 * step to undo. */
static void
apply (PpWindow *self,
       PpMerge  *merge,
       Theirs   *theirs)
{
  PpPortfolio *result = pp_merge_get_portfolio (merge);
  g_autoptr(GListModel) changes = pp_portfolio_compare (self->portfolio, result);
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (changes);

  if (n > 0 && !pp_history_replace_contents (self->history, result, &error))
    {
      show_merge_error (self, theirs->name, error);
      return;
    }
  /* From now on the file on disk is what the portfolio started from. */
  if (theirs->bytes != NULL)
    _pp_window_disk_merged (self, theirs->identity, theirs->bytes);
  say_merged (self, n, theirs->name);
}

static void
dialog_merged_cb (PpMergeDialog *dialog,
                  PpWindow      *self)
{
  apply (self, g_object_get_data (G_OBJECT (dialog), "pp-merge"),
         g_object_get_data (G_OBJECT (dialog), "pp-theirs"));
}

/* Merges @their_portfolio into the open one from @base, asking about the
 * conflicts first when there are any. */
static void
merge_into (PpWindow    *self,
            PpPortfolio *base,
            PpPortfolio *their_portfolio,
            Theirs      *theirs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpMerge) merge = pp_portfolio_merge (base, self->portfolio, their_portfolio,
                                                 &error);
  PpMergeDialog *dialog;

  if (merge == NULL)
    {
      show_merge_error (self, theirs->name, error);
      theirs_free (theirs);
      return;
    }
  if (g_list_model_get_n_items (pp_merge_get_conflicts (merge)) == 0)
    {
      apply (self, merge, theirs);
      theirs_free (theirs);
      return;
    }
  dialog = pp_merge_dialog_new (GTK_WINDOW (self), merge, theirs->name);
  g_object_set_data_full (G_OBJECT (dialog), "pp-merge", g_object_ref (merge), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "pp-theirs", theirs, (GDestroyNotify) theirs_free);
  g_signal_connect_object (dialog, "merged", G_CALLBACK (dialog_merged_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Merges the copy in @file, from @base_file or, when it is %NULL, from the
 * file as the window opened or last saved it. */
static void
merge_file (PpWindow *self,
            GFile    *file,
            GFile    *base_file)
{
  g_autoptr(Theirs) theirs = g_new0 (Theirs, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) their_portfolio = NULL;
  g_autoptr(PpPortfolio) base = NULL;

  theirs->name = g_file_get_basename (file);
  their_portfolio = pp_portfolio_load_from_file (file, NULL, &error);
  if (their_portfolio == NULL)
    {
      show_merge_error (self, theirs->name, error);
      return;
    }
  if (base_file != NULL)
    base = pp_portfolio_load_from_file (base_file, NULL, &error);
  else
    base = pp_portfolio_load_from_bytes (self->base, &error);
  if (base == NULL)
    {
      g_autofree char *base_name = base_file != NULL ? g_file_get_basename (base_file) : NULL;

      show_merge_error (self, base_name != NULL ? base_name : theirs->name, error);
      return;
    }
  merge_into (self, base, their_portfolio, g_steal_pointer (&theirs));
}

/* The disk bar's Merge: the window's file as another program wrote it
 * is merged into the unsaved changes, from the file as the window opened
 * or last saved it. */
static void
merge_disk_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  PpWindow *self = user_data;
  g_autoptr(Theirs) theirs = g_new0 (Theirs, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) their_portfolio = NULL;
  g_autoptr(PpPortfolio) base = NULL;

  if (self->file == NULL || self->base == NULL)
    return;
  theirs->name = g_file_get_basename (self->file);
  /* Before reading: a write after it makes the file differ again. */
  theirs->identity = _pp_window_disk_query (self);
  theirs->bytes = g_file_load_bytes (self->file, NULL, NULL, &error);
  if (theirs->bytes != NULL)
    their_portfolio = pp_portfolio_load_from_bytes (theirs->bytes, &error);
  if (their_portfolio != NULL)
    base = pp_portfolio_load_from_bytes (self->base, &error);
  if (base == NULL)
    {
      show_merge_error (self, theirs->name, error);
      return;
    }
  merge_into (self, base, their_portfolio, g_steal_pointer (&theirs));
}

static void
base_chosen (PpWindow *self,
             GFile    *base_file,
             gpointer  data)
{
  merge_file (self, data, base_file);
}

/* "Choose the Common Version…": the version both copies started from,
 * such as the one sent to the other officer before the last meeting. */
static void
choose_base (PpWindow *self,
             GFile    *file)
{
  _pp_window_choose_portfolio (self, _("Choose the Version Both Copies Started From"),
                               _("_Choose"), base_chosen, g_object_ref (file), g_object_unref);
}

static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 PpWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "pp-theirs");

  if (g_strcmp0 (response, "merge") == 0)
    merge_file (self, file, NULL);
  else if (g_strcmp0 (response, "choose") == 0)
    choose_base (self, file);
}

static char *
ask_body (PpWindow   *self,
          const char *name)
{
  g_autofree char *own = self->file != NULL ? g_file_get_basename (self->file) : NULL;

  if (self->base == NULL)
    /* Translators: %s is a file name */
    return g_strdup_printf (_("The version that “%s” and this portfolio both started from is "
                              "not known here. Choose it to merge them."), name);
  if (own == NULL)
    /* Translators: %s is a file name */
    return g_strdup_printf (_("The changes in “%s” and here are brought together from the "
                              "version both started from, taken to be this portfolio as this "
                              "window opened it. If the copy did not start from it, choose "
                              "the version it did start from."), name);
  /* Translators: the first %s is the other copy's file name, the second
   * the open portfolio's */
  return g_strdup_printf (_("The changes in “%s” and here are brought together from the "
                            "version both started from, taken to be “%s” as this window "
                            "opened or last saved it. If the copy did not start from it, "
                            "choose the version it did start from."), name, own);
}

/* Says which version the merge starts from, and offers another. */
static void
ask_base (PpWindow *self,
          GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  g_autofree char *body = ask_body (self, name);
  AdwMessageDialog *dialog;

  /* Translators: a question's heading; %s is a file name */
  heading = g_strdup_printf (_("Merge “%s”?"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "choose", _("Choose the Common _Version…"),
                                    NULL);
  if (self->base != NULL)
    {
      adw_message_dialog_add_response (dialog, "merge", _("_Merge"));
      adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "merge");
    }
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "pp-theirs", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (ask_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
merge_chosen (PpWindow *self,
              GFile    *file,
              gpointer  data)
{
  ask_base (self, file);
}

static void
merge_with_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  _pp_window_choose_portfolio (user_data, _("Merge With Another Copy"), _("_Merge"),
                               merge_chosen, NULL, NULL);
}

/* "win.merge-file" with a URI: Merge With… for a copy known already. */
static void
merge_file_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  ask_base (user_data, file);
}

/* "win.merge-files" with the copy's URI and the common version's, as
 * "Choose the Common Version…" would give. */
static void
merge_files_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  const char *uri, *base_uri;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) base_file = NULL;

  g_variant_get (parameter, "(&s&s)", &uri, &base_uri);
  file = g_file_new_for_uri (uri);
  base_file = g_file_new_for_uri (base_uri);
  merge_file (user_data, file, base_file);
}

static const GActionEntry merge_actions[] = {
  { "merge-with", merge_with_activated },
  { "merge-file", merge_file_activated, "s" },
  { "merge-files", merge_files_activated, "(ss)" },
  { "merge-disk", merge_disk_activated },
};

void
_pp_window_install_merge_actions (PpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), merge_actions,
                                   G_N_ELEMENTS (merge_actions), self);
}
