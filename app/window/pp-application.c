/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-application.c: command line, start-up and the app-wide actions.
 *
 * The headless commands are handled in local_command_line, before the
 * application registers or GTK opens a display, and every usage error exits
 * with status 2 (GApplication's own parser would exit with 1).
 *
 * The application is on top: it makes the windows, gives them its
 * settings, and answers their "open-file" and "new-portfolio" signals;
 * the windows do not know it.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pp-application.h"
#include "pp-cli.h"
#include "pp-first-frame.h"
#include "pp-format.h"
#include "pp-new-portfolio-dialog.h"
#include "pp-portfolio-io.h"
#include "pp-recovery-prompt.h"
#include "pp-version-spec.h"
#include "pp-window.h"

struct _PpApplication
{
  AdwApplication parent_instance;

  GSettings *settings;   /* NULL when the schema is not installed */
  gboolean offered;      /* left-over unsaved changes were offered */
  guint n_offers;        /* questions about them not yet answered */
};

G_DEFINE_FINAL_TYPE (PpApplication, pp_application, ADW_TYPE_APPLICATION)

static gboolean
pp_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  if (pp_cli_run (*arguments, exit_status))
    return TRUE;
  return G_APPLICATION_CLASS (pp_application_parent_class)->local_command_line (app, arguments,
                                                                                exit_status);
}

static void
show_load_error (PpApplication *self,
                 GFile         *file,
                 const GError  *error,
                 GtkWindow     *parent)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *message = pp_cli_describe_error (name, error);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Could Not Open the File"),
                                                       message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remember_file (PpApplication *self,
               GFile         *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) PP_MIME_TYPE,
    .app_name = (char *) "partnership-planner",
    .app_exec = (char *) "partnership-planner %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-file", uri);
}

static PpWindow *
find_window (PpApplication *self,
             GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (PP_IS_WINDOW (l->data) && pp_window_get_file (l->data) != NULL &&
        g_file_equal (pp_window_get_file (l->data), file))
      return l->data;
  return NULL;
}

typedef struct
{
  PpApplication *app;
  GFile *file;
  GtkWindow *from;        /* weak: the window that asked, if any */
  gboolean report_errors;
  gboolean reload;        /* replace @from, which shows @file */
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_weak_pointer (&data->from);
  g_object_unref (data->file);
  g_application_release (G_APPLICATION (data->app));
  g_object_unref (data->app);
  g_free (data);
}

static void
window_open_file_cb (PpWindow      *window,
                     GFile         *file,
                     PpApplication *self)
{
  pp_application_open_file (self, file, GTK_WINDOW (window));
}

static void
window_new_portfolio_cb (PpWindow      *window,
                         PpApplication *self)
{
  pp_application_new_portfolio (self, GTK_WINDOW (window));
}

static void open_file_async (PpApplication *self,
                             GFile         *file,
                             GtkWindow     *from,
                             gboolean       report_errors,
                             gboolean       reload);

/* Reload, after another program changed the window's file. */
static void
window_reload_cb (PpWindow      *window,
                  PpApplication *self)
{
  if (pp_window_get_file (window) != NULL)
    open_file_async (self, pp_window_get_file (window), GTK_WINDOW (window), TRUE, TRUE);
}

static void window_open_version_cb (PpWindow      *window,
                                    PpPortfolio   *portfolio,
                                    const char    *label,
                                    PpApplication *self);

/* @base and @identity: (nullable): the file's bytes and identity as
 * loaded, which the window keeps rather than reading the file again. */
static PpWindow *
new_window (PpApplication *self,
            PpPortfolio   *portfolio,
            GFile         *file,
            GBytes        *base,
            const char    *identity)
{
  PpWindow *window = g_object_new (PP_TYPE_WINDOW,
                                   "application", self,
                                   "settings", self->settings,
                                   "portfolio", portfolio,
                                   "file", file,
                                   "base", base,
                                   "identity", identity,
                                   NULL);

  g_signal_connect_object (window, "open-file", G_CALLBACK (window_open_file_cb), self, 0);
  g_signal_connect_object (window, "new-portfolio", G_CALLBACK (window_new_portfolio_cb), self,
                           0);
  g_signal_connect_object (window, "reload", G_CALLBACK (window_reload_cb), self, 0);
  g_signal_connect_object (window, "open-version", G_CALLBACK (window_open_version_cb), self,
                           0);
  return window;
}

/* An old version from the History, in a window of its own that has no
 * file: its Save asks where, so the real file is never saved over. */
static void
window_open_version_cb (PpWindow      *window,
                        PpPortfolio   *portfolio,
                        const char    *label,
                        PpApplication *self)
{
  PpWindow *shown = g_object_new (PP_TYPE_WINDOW,
                                  "application", self,
                                  "settings", self->settings,
                                  "portfolio", portfolio,
                                  "version-label", label,
                                  NULL);

  g_signal_connect_object (shown, "open-file", G_CALLBACK (window_open_file_cb), self, 0);
  g_signal_connect_object (shown, "new-portfolio", G_CALLBACK (window_new_portfolio_cb), self,
                           0);
  gtk_window_present (GTK_WINDOW (shown));
}

static PpWindow *
show_portfolio (PpApplication *self,
                PpPortfolio   *portfolio,
                GFile         *file,
                GBytes        *base,
                const char    *identity,
                GtkWindow     *from)
{
  PpWindow *window = new_window (self, portfolio, file, base, identity);

  gtk_window_present (GTK_WINDOW (window));
  if (file != NULL)
    remember_file (self, file);

  /* Opening a file replaces the untouched sample or new portfolio it was
   * opened from, as people expect from document apps. */
  if (PP_IS_WINDOW (from) && pp_window_is_pristine (PP_WINDOW (from)))
    gtk_window_destroy (from);
  return window;
}

static void
load_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  OpenData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) base = NULL;
  g_autofree char *identity = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_finish_with_file (result, &base,
                                                                         &identity, &error);
  PpWindow *existing = find_window (data->app, data->file);

  /* Reloading replaces the window, whose changes the user chose to lose. */
  if (data->reload && portfolio != NULL)
    {
      show_portfolio (data->app, portfolio, data->file, base, identity, NULL);
      if (data->from != NULL)
        gtk_window_destroy (data->from);
    }
  else if (data->reload)
    show_load_error (data->app, data->file, error, data->from);
  else if (existing != NULL)
    gtk_window_present (GTK_WINDOW (existing));
  else if (portfolio != NULL)
    show_portfolio (data->app, portfolio, data->file, base, identity, data->from);
  else if (data->report_errors)
    show_load_error (data->app, data->file, error, data->from);
  else
    pp_application_open_sample (data->app);

  open_data_free (data);
}

static void
open_file_async (PpApplication *self,
                 GFile         *file,
                 GtkWindow     *from,
                 gboolean       report_errors,
                 gboolean       reload)
{
  OpenData *data;
  PpWindow *existing = find_window (self, file);

  if (existing != NULL && !reload)
    {
      gtk_window_present (GTK_WINDOW (existing));
      return;
    }

  data = g_new0 (OpenData, 1);
  data->app = g_object_ref (self);
  data->file = g_object_ref (file);
  data->report_errors = report_errors;
  data->reload = reload;
  g_set_weak_pointer (&data->from, from);
  /* Keep running while loading, even with no window yet. */
  g_application_hold (G_APPLICATION (self));
  pp_portfolio_load_async (file, NULL, load_ready_cb, data);
}

/**
 * pp_application_open_file:
 * @from: (nullable): the window the user opened it from
 *
 * Opens @file in a window of its own, or presents the window that already
 * shows it. A file that does not load is reported in a dialog and nothing
 * already open is touched.
 */
void
pp_application_open_file (PpApplication *self,
                          GFile         *file,
                          GtkWindow     *from)
{
  g_return_if_fail (PP_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  open_file_async (self, file, from, TRUE, FALSE);
}

/* The user's own choices are in it: closing asks to save them. */
static void
new_portfolio_created_cb (PpNewPortfolioDialog *dialog,
                          PpPortfolio          *portfolio,
                          PpApplication        *self)
{
  PpWindow *window = show_portfolio (self, portfolio, NULL, NULL, NULL, NULL);

  pp_history_mark_unsaved (pp_window_get_history (window));
}

/**
 * pp_application_new_portfolio:
 * @parent: (nullable): the window the user asked from
 *
 * Asks for the countries, title and first sectors of a new portfolio, and
 * opens it in a window of its own; Cancel opens nothing.
 */
void
pp_application_new_portfolio (PpApplication *self,
                              GtkWindow     *parent)
{
  PpNewPortfolioDialog *dialog;

  g_return_if_fail (PP_IS_APPLICATION (self));

  dialog = pp_new_portfolio_dialog_new (parent);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_object (dialog, "create", G_CALLBACK (new_portfolio_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * pp_application_open_sample:
 *
 * Opens the bundled sample as an unsaved copy: it has no file, so saving
 * asks for a place and the resource is never written.
 */
void
pp_application_open_sample (PpApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_load_sample (&error);

  if (portfolio == NULL)
    g_error ("The bundled sample does not load: %s", error->message);

  show_portfolio (self, portfolio, NULL, NULL, NULL, NULL);
}

/* Reopens the last file if it still loads, else shows the sample. */
static void
open_default (PpApplication *self)
{
  g_autofree char *last = NULL;

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-file");
  if (last != NULL && *last != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (last);

      open_file_async (self, file, NULL, FALSE, FALSE);
      return;
    }
  pp_application_open_sample (self);
}

/* A restored portfolio opens attached to its file, so Save writes there
 * (asking first if the file has changed since). */
static void
restore_cb (PpRecovery  *recovery,
            PpPortfolio *portfolio,
            gpointer     user_data)
{
  PpApplication *self = user_data;
  PpWindow *window = new_window (self, portfolio, pp_recovery_get_file (recovery), NULL, NULL);

  pp_window_adopt_recovery (window, recovery);
  gtk_window_present (GTK_WINDOW (window));
}

/* Once every question is answered with nothing restored, start as usual
 * (the questions themselves are windows of the application too). */
static void
answered_cb (gpointer user_data)
{
  PpApplication *self = user_data;

  g_assert (self->n_offers > 0);
  if (--self->n_offers > 0)
    return;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (PP_IS_WINDOW (l->data))
      return;
  open_default (self);
}

/* Offers, once a run, the unsaved changes of runs that crashed or were
 * killed. Returns whether it asked. */
static gboolean
offer_recovery (PpApplication *self)
{
  if (self->offered)
    return FALSE;
  self->offered = TRUE;
  self->n_offers = pp_recovery_prompt_offer (GTK_APPLICATION (self), restore_cb, answered_cb,
                                             self);
  return self->n_offers > 0;
}

static void
pp_application_activate (GApplication *app)
{
  PpApplication *self = PP_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  if (!offer_recovery (self))
    open_default (self);
}

/* "FILE@VERSION" given to open, when there is a FILE and no file of the
 * whole name: that version read-only in a window of its own, as the
 * History's Open shows it. */
static gboolean
open_version (PpApplication *self,
              GFile         *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *label = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  const char *at = path != NULL ? strrchr (path, '@') : NULL;

  if (at == NULL || g_file_test (path, G_FILE_TEST_EXISTS))
    return FALSE;
  prefix = g_strndup (path, at - path);
  if (!g_file_test (prefix, G_FILE_TEST_IS_REGULAR))
    return FALSE;
  portfolio = pp_version_load_spec (path, &label, &error);
  if (portfolio == NULL)
    show_load_error (self, file, error, NULL);
  else
    window_open_version_cb (NULL, portfolio, label, self);
  return TRUE;
}

static void
pp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  offer_recovery (PP_APPLICATION (app));
  for (int i = 0; i < n_files; i++)
    if (!open_version (PP_APPLICATION (app), files[i]))
      pp_application_open_file (PP_APPLICATION (app), files[i], NULL);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "Partnership Planner contributors", NULL };
  /* Translators: your names, one a line, as "Name <email>"; they are shown
   * in the About window's credits. */
  const char *translators = _("translator-credits");

  /* The addresses are the metainfo's homepage and bugtracker. */
  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Partnership Planner"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan bilateral partnerships: MoUs, joint ventures and "
                                       "commitments between two countries"),
                         "developer-name", _("Partnership Planner contributors"),
                         "developers", developers,
                         "website", PP_HOMEPAGE_URL,
                         "issue-url", PP_BUGTRACKER_URL,
                         "copyright", _("© 2026 Partnership Planner contributors"),
                         "translator-credits",
                         g_strcmp0 (translators, "translator-credits") != 0 ? translators : "",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void quit_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data);

static gboolean
continue_quitting (gpointer user_data)
{
  quit_activated (NULL, NULL, user_data);
  return G_SOURCE_REMOVE;
}

/* A window with unsaved changes was saved or discarded and closed: go on
 * with the next. */
static void
asked_window_destroyed_cb (PpApplication *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, continue_quitting, g_object_ref (self), g_object_unref);
}

static void stop_quitting_cb (PpWindow      *window,
                              PpApplication *self);

static void
forget_window (PpWindow      *window,
               PpApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, asked_window_destroyed_cb, self);
  g_signal_handlers_disconnect_by_func (window, stop_quitting_cb, self);
}

/* Cancel: the quit ends here, and every window stays. */
static void
stop_quitting_cb (PpWindow      *window,
                  PpApplication *self)
{
  forget_window (window, self);
}

/* Closes every window, the ones with unsaved changes first; the application
 * ends when the last one is gone. */
static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PpApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* The windows with unsaved changes ask first, one at a time; the others
   * close only once every question is answered, so Cancel on any of them
   * leaves every window open as it was. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (PP_IS_WINDOW (l->data) &&
        pp_history_get_modified (pp_window_get_history (PP_WINDOW (l->data))))
      {
        forget_window (l->data, self);
        g_signal_connect_object (l->data, "destroy", G_CALLBACK (asked_window_destroyed_cb), self,
                                 G_CONNECT_SWAPPED);
        g_signal_connect_object (l->data, "close-cancelled", G_CALLBACK (stop_quitting_cb), self,
                                 0);
        gtk_window_present (l->data);
        gtk_window_close (l->data);
        return;
      }

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "about", about_activated },
  { "quit", quit_activated },
};

static void
pp_application_startup (GApplication *app)
{
  PpApplication *self = PP_APPLICATION (app);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.partnership", { "<Alt>Return", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.print", { "<Control>p", NULL } },
  };

  G_APPLICATION_CLASS (pp_application_parent_class)->startup (app);
  /* GTK has chosen the window's direction from the language by now; the
   * sentences the pages make isolate their values when it is right to left. */
  pp_format_set_rtl (gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL);
  pp_first_frame_watch (GTK_APPLICATION (app));

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);
  else
    g_warning ("The settings schema %s is not installed; window size and the last file "
               "will not be remembered", APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
pp_application_dispose (GObject *object)
{
  PpApplication *self = PP_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pp_application_parent_class)->dispose (object);
}

static void
pp_application_class_init (PpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = pp_application_dispose;
  app_class->local_command_line = pp_application_local_command_line;
  app_class->startup = pp_application_startup;
  app_class->activate = pp_application_activate;
  app_class->open = pp_application_open;
}

static void
pp_application_init (PpApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), pp_cli_get_option_entries ());
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan bilateral partnerships between two "
                                              "countries. Opens each FILE in a window."));
}

PpApplication *
pp_application_new (void)
{
  return g_object_new (PP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/PartnershipPlanner",
                       NULL);
}

/**
 * pp_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the app's settings, or %NULL when the
 *   schema is not installed
 */
GSettings *
pp_application_get_settings (PpApplication *self)
{
  g_return_val_if_fail (PP_IS_APPLICATION (self), NULL);

  return self->settings;
}
