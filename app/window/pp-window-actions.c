/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-actions.c: the window's actions: new, open, save, save as,
 * recent files, the Partnership dialog, export and print, undo and redo,
 * find, close; and the toasts and error dialogs that they and the window
 * show.
 *
 * This file is below pp-window.c: it works on the window's struct and
 * never calls pp-window.c, whose signals it emits by name. New and Open
 * are the application's to do, asked for by the window's "new-portfolio"
 * and "open-file" signals. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-export-dialog.h"
#include "pp-format.h"
#include "pp-partnership-dialog.h"
#include "pp-portfolio-io.h"
#include "pp-print.h"
#include "pp-window-private.h"

#define MAX_RECENT 10

/**
 * _pp_window_new_chooser:
 *
 * Creates the window's file chooser, showing portfolios; the window keeps
 * it (one at a time) until it answers.
 */
GtkFileChooser *
_pp_window_new_chooser (PpWindow             *self,
                        const char           *title,
                        GtkFileChooserAction  action,
                        const char           *accept)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  /* Portfolios are told from other JSON files by their own type. Where it
   * is not installed (the app run from its build folder) no file would have
   * it, so the suffix stands in for it. */
  gtk_file_filter_set_name (filter, _("Portfolios"));
  gtk_file_filter_add_mime_type (filter, PP_MIME_TYPE);
  if (!g_content_type_is_a (PP_MIME_TYPE, "application/json"))
    gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_set_name (json, _("All JSON files"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  return GTK_FILE_CHOOSER (chooser);
}

typedef struct
{
  PpWindow *self;
  PpWindowFileFunc chosen;
  gpointer data;
  GDestroyNotify destroy;
} Choice;

static void
choice_free (gpointer data)
{
  Choice *choice = data;

  if (choice->destroy != NULL)
    choice->destroy (choice->data);
  g_free (choice);
}

static void
choose_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    Choice          *choice)
{
  g_autoptr(GFile) file = NULL;
  PpWindow *self = choice->self;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  /* The window lets go of the chooser first, so that what is chosen may
   * ask for another file; the choice lives as long as the chooser, which
   * is kept until the call is over. */
  g_object_ref (chooser);
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
  if (file != NULL)
    choice->chosen (self, file, choice->data);
  g_object_unref (chooser);
}

/**
 * _pp_window_choose_portfolio:
 * @chosen: called with the file when the user accepts one
 *
 * Asks for a portfolio file to open, with the window's file chooser, unless
 * one is open already.
 */
void
_pp_window_choose_portfolio (PpWindow         *self,
                             const char       *title,
                             const char       *accept,
                             PpWindowFileFunc  chosen,
                             gpointer          data,
                             GDestroyNotify    destroy)
{
  GtkFileChooser *chooser;
  Choice *choice;

  if (self->chooser != NULL)
    {
      if (destroy != NULL)
        destroy (data);
      return;
    }
  chooser = _pp_window_new_chooser (self, title, GTK_FILE_CHOOSER_ACTION_OPEN, accept);
  choice = g_new0 (Choice, 1);
  *choice = (Choice) { self, chosen, data, destroy };
  g_signal_connect_data (chooser, "response", G_CALLBACK (choose_response_cb), choice,
                         (GClosureNotify) (void (*) (void)) choice_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
remember_recent (PpWindow *self,
                 GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = (char *) pp_portfolio_get_title (self->portfolio),
    .mime_type = (char *) PP_MIME_TYPE,
    .app_name = (char *) "partnership-planner",
    .app_exec = (char *) "partnership-planner %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-file", uri);
}

void
_pp_window_add_toast (PpWindow *self,
                      AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_pp_window_show_error (PpWindow   *self,
                       const char *heading,
                       const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _pp_window_show_node:
 *
 * Shows @node on its page: an MoU, a venture, a milestone or a commitment.
 */
void
_pp_window_show_node (PpWindow *self,
                      PpNode   *node)
{
  if (PP_IS_MOU (node))
    {
      adw_view_stack_set_visible_child_name (self->stack, "mous");
      pp_mou_page_select (self->mou_page, PP_MOU (node));
    }
  else if (PP_IS_VENTURE (node))
    {
      adw_view_stack_set_visible_child_name (self->stack, "ventures");
      pp_ventures_page_select (self->ventures_page, PP_VENTURE (node));
    }
  else if (PP_IS_MILESTONE (node))
    {
      adw_view_stack_set_visible_child_name (self->stack, "ventures");
      pp_ventures_page_show_milestone (self->ventures_page, PP_MILESTONE (node));
    }
  else if (PP_IS_COMMITMENT (node))
    {
      adw_view_stack_set_visible_child_name (self->stack, "commitments");
      pp_commitments_page_select (self->commitments_page, PP_COMMITMENT (node));
    }
}

/**
 * _pp_window_save_to:
 *
 * Saves to @file, showing the error in a dialog when that fails. When
 * another program has changed the file since it was opened or saved here,
 * asks first and returns %FALSE; Overwrite saves again.
 *
 * Returns: whether the portfolio was saved
 */
gboolean
_pp_window_save_to (PpWindow *self,
                    GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  /* Another program's changes to the file are not saved over unasked. */
  if (!_pp_window_disk_may_save (self, file))
    return FALSE;
  bytes = pp_portfolio_save_to_bytes (self->portfolio);
  if (!pp_portfolio_save_bytes_to_file (bytes, file, NULL, &error))
    {
      _pp_window_show_error (self, _("Could Not Save"), error->message);
      return FALSE;
    }

  /* The window shows the new file's name in its title. */
  if (g_set_object (&self->file, file))
    g_object_notify (G_OBJECT (self), "file");
  /* Before the file monitor's events arrive, so this save is known as ours. */
  _pp_window_disk_watch (self);
  /* What was saved is what a later merge with another copy started from. */
  g_bytes_unref (self->base);
  self->base = g_steal_pointer (&bytes);
  pp_history_mark_saved (self->history);
  _pp_window_recovery_forget (self);
  remember_recent (self, file);
  _pp_window_versions_saved (self);

  message = pp_sentence_new (_("Saved “%s”"), name);
  _pp_window_add_toast (self, adw_toast_new (message));
  return TRUE;
}

static char *
suggest_file_name (PpWindow *self)
{
  const char *title = pp_portfolio_get_title (self->portfolio);
  g_autofree char *base = g_strdup (*title != '\0' ? title : _("Portfolio"));

  /* Keep it a valid file name. */
  g_strdelimit (base, "/\\:*?\"<>|", '-');
  return g_strconcat (base, ".json", NULL);
}

typedef struct
{
  PpWindow *window;
  gboolean close_after;
} SaveAs;

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     SaveAs          *data)
{
  PpWindow *self = data->window;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL && _pp_window_save_to (self, file) && data->close_after)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (data->close_after)
    g_signal_emit_by_name (self, "close-cancelled");

  g_clear_object (&self->chooser);
  g_object_unref (data->window);
  g_free (data);
}

/**
 * _pp_window_save_as:
 * @close_after: close the window once saved (from the close dialog)
 */
void
_pp_window_save_as (PpWindow *self,
                    gboolean  close_after)
{
  g_autofree char *name = suggest_file_name (self);
  GtkFileChooser *chooser;
  SaveAs *data;

  if (self->chooser != NULL)
    return;

  chooser = _pp_window_new_chooser (self, _("Save Portfolio"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                    _("_Save"));
  if (self->file != NULL)
    gtk_file_chooser_set_file (chooser, self->file, NULL);
  else
    gtk_file_chooser_set_current_name (chooser, name);

  data = g_new0 (SaveAs, 1);
  data->window = g_object_ref (self);
  data->close_after = close_after;
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PpWindow *self = user_data;

  if (self->file != NULL)
    _pp_window_save_to (self, self->file);
  else
    _pp_window_save_as (self, FALSE);
}

static void
save_as_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  _pp_window_save_as (user_data, FALSE);
}

static void
open_chosen (PpWindow *self,
             GFile    *file,
             gpointer  data)
{
  g_signal_emit_by_name (self, "open-file", file);
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  _pp_window_choose_portfolio (user_data, _("Open Portfolio"), _("_Open"), open_chosen, NULL,
                               NULL);
}

static void
open_recent_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  g_signal_emit_by_name (user_data, "open-file", file);
}

static void
new_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  g_signal_emit_by_name (user_data, "new-portfolio");
}

/* The partnership itself (title, description, countries, currency), its
 * sectors and its organisations, in one dialog open at @page. */
static void
present_partnership (PpWindow   *self,
                     const char *page)
{
  PpPartnershipDialog *dialog = pp_partnership_dialog_new (GTK_WINDOW (self), self->history);

  pp_partnership_dialog_show_page (dialog, page);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
partnership_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  present_partnership (user_data, "partnership");
}

static void
sectors_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  present_partnership (user_data, "sectors");
}

static void
organisations_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  present_partnership (user_data, "organisations");
}

static void
close_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
}

static void
undo_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PpWindow *self = user_data;

  pp_history_undo (self->history);
}

static void
redo_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PpWindow *self = user_data;

  pp_history_redo (self->history);
}

/* "Plan a venture from this MoU", from the MoU editor. */
static void
plan_venture_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  PpWindow *self = user_data;
  PpNode *mou = pp_portfolio_lookup (self->portfolio, PP_COLLECTION_MOUS,
                                     g_variant_get_string (parameter, NULL));

  if (mou == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->stack, "ventures");
  pp_ventures_page_plan_from_mou (self->ventures_page, PP_MOU (mou));
}

static void
find_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PpWindow *self = user_data;

  /* The page's own search where it has one; else the register's. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "ventures") == 0)
    {
      pp_ventures_page_focus_search (self->ventures_page);
      return;
    }
  adw_view_stack_set_visible_child_name (self->stack, "mous");
  pp_mou_page_focus_search (self->mou_page);
}

static void
set_enabled (PpWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_pp_window_update_actions (PpWindow *self)
{
  set_enabled (self, "undo", pp_history_get_can_undo (self->history));
  set_enabled (self, "redo", pp_history_get_can_redo (self->history));
  set_enabled (self, "no-recent", FALSE);
}

static gboolean
is_our_file (GtkRecentInfo *info)
{
  return gtk_recent_info_has_application (info, "partnership-planner") &&
         gtk_recent_info_exists (info);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (tb, ta);
}

/**
 * _pp_window_fill_recent:
 *
 * Lists the portfolios opened or saved last in the "Open Recent" menu.
 */
void
_pp_window_fill_recent (PpWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GList *ours = NULL;
  guint n = 0;

  g_menu_remove_all (self->recent_section);
  for (GList *l = items; l != NULL; l = l->next)
    if (is_our_file (l->data))
      ours = g_list_prepend (ours, l->data);
  ours = g_list_sort (ours, compare_recent);

  for (GList *l = ours; l != NULL && n < MAX_RECENT; l = l->next, n++)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_section, item);
    }
  if (n == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Portfolios"), "win.no-recent");

      g_menu_append_item (self->recent_section, item);
    }

  g_list_free (ours);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* A toast with "Open", which opens the file in the app for its type. */
static void
exported_cb (PpExportDialog *dialog,
             GFile          *file,
             PpWindow       *self)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: a toast, "Exported “Brief.pdf”" */
  title = pp_sentence_new (_("Exported “%s”"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-uri");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_set_timeout (toast, 10);
  _pp_window_add_toast (self, toast);
}

static void
export_failed_cb (PpExportDialog *dialog,
                  const GError   *error,
                  PpWindow       *self)
{
  _pp_window_show_error (self, _("Could Not Export"), error->message);
}

static void
export_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  PpWindow *self = user_data;
  PpExportDialog *dialog = pp_export_dialog_new (GTK_WINDOW (self), self->portfolio, self->file,
                                                 self->settings);

  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, 0);
  g_signal_connect_object (dialog, "failed", G_CALLBACK (export_failed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Ctrl+P prints the partnership brief; the Export dialog prints the other
 * documents. */
static void
print_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  PpWindow *self = user_data;
  g_auto(PpExportOptions) options;

  pp_export_options_init (&options);
  pp_print_document (GTK_WINDOW (self), self->portfolio, &options, FALSE);
}

static void
launch_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PpWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    _pp_window_show_error (self, _("Could Not Open the File"), error->message);
}

/* The "Open" button of the toast that says a file was exported. */
static void
open_uri_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PpWindow *self = user_data;
  g_autoptr(GAppLaunchContext) context = NULL;

  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (
    gtk_widget_get_display (GTK_WIDGET (self))));
  g_app_info_launch_default_for_uri_async (g_variant_get_string (parameter, NULL), context, NULL,
                                           launch_done_cb, g_object_ref (self));
}

static const GActionEntry win_actions[] = {
  { "new", new_activated },
  { "open", open_activated },
  { "open-recent", open_recent_activated, "s" },
  { "partnership", partnership_activated },
  { "no-recent", NULL },
  { "save", save_activated },
  { "save-as", save_as_activated },
  { "export", export_activated },
  { "print", print_activated },
  { "open-uri", open_uri_activated, "s" },
  { "close", close_activated },
  { "undo", undo_activated },
  { "redo", redo_activated },
  { "find", find_activated },
  { "plan-venture", plan_venture_activated, "s" },
  { "sectors", sectors_activated },
  { "organisations", organisations_activated },
};

void
_pp_window_install_actions (PpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
}
