/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window.c: the main window: a view stack of the dashboard, the MoU
 * register and the other pages, the title with the modified mark, and
 * asking before unsaved changes are lost. The actions are in
 * pp-window-actions.c, the copy kept for crash recovery in
 * pp-window-recovery.c, the watch on the file in pp-window-disk.c and its
 * versions in pp-window-versions.c, all
 * below this file: it calls them, they never call back. The window reaches
 * the application only by its signals ("open-file", "new-portfolio",
 * "close-cancelled", "reload", "open-version"), and the pages reach the window only by
 * theirs. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-window-private.h"

G_DEFINE_FINAL_TYPE (PpWindow, pp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PORTFOLIO,
  PROP_FILE,
  PROP_SETTINGS,
  PROP_VERSION_LABEL,
  PROP_PAGES_READY,
  PROP_BASE,
  PROP_IDENTITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CLOSE_CANCELLED,
  OPEN_FILE,
  NEW_PORTFOLIO,
  RELOAD,
  OPEN_VERSION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_title (PpWindow *self)
{
  const char *title = pp_portfolio_get_title (self->portfolio);
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;

  if (self->version_label != NULL)
    name = g_strdup (self->version_label);
  else if (self->file != NULL)
    name = g_file_get_basename (self->file);
  else
    name = g_strdup (_("Not saved yet"));

  if (pp_history_get_modified (self->history))
    /* Translators: the window subtitle: a file name and the modified mark */
    subtitle = pp_sentence_new (_("%s • modified"), name);
  else
    subtitle = g_steal_pointer (&name);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
history_notify_cb (PpWindow *self)
{
  update_title (self);
  _pp_window_update_actions (self);
}

static void
set_portfolio (PpWindow    *self,
               PpPortfolio *portfolio)
{
  g_assert (self->portfolio == NULL);

  self->portfolio = g_object_ref (portfolio);
  self->history = pp_history_new (portfolio);
  g_signal_connect_object (self->history, "notify", G_CALLBACK (history_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (portfolio, "notify::title", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  pp_dashboard_page_set_portfolio (self->dashboard_page, portfolio);
  _pp_window_fill_later (self);
  _pp_window_recovery_start (self);
}

static void
restore_geometry (PpWindow *self)
{
  GSettings *settings = self->settings;

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (settings, "page", self->stack, "visible-child-name", G_SETTINGS_BIND_DEFAULT);
}

static void
save_geometry (PpWindow *self)
{
  GSettings *settings = self->settings;
  int width, height;

  if (settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}

static gboolean
close_later_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* Closes the window once the dialog that asked has gone: closing it from
 * the dialog's own response would destroy the dialog's parent under it. */
static void
close_confirmed (PpWindow *self)
{
  self->close_confirmed = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT, close_later_cb, g_object_ref (self), g_object_unref);
}

/* The user kept the window open after all: cancelled the question, the
 * file chooser of Save, or the save failed. */
static void
close_cancelled (PpWindow *self)
{
  g_signal_emit (self, signals[CLOSE_CANCELLED], 0);
}

static void
close_dialog_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          PpWindow         *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    close_confirmed (self);
  else if (g_strcmp0 (response, "save") == 0)
    {
      if (self->file == NULL)
        _pp_window_save_as (self, TRUE);
      else if (_pp_window_save_to (self, self->file))
        close_confirmed (self);
      else
        /* A failed save has shown its error and keeps the window open. */
        close_cancelled (self);
    }
  else
    close_cancelled (self);
}

static void
ask_before_closing (PpWindow *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has unsaved changes. Changes that are not saved "
                                    "are lost."),
                                  pp_portfolio_get_title (self->portfolio));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
pp_window_close_request (GtkWindow *window)
{
  PpWindow *self = PP_WINDOW (window);

  if (!self->close_confirmed && pp_history_get_modified (self->history))
    {
      ask_before_closing (self);
      return TRUE;
    }

  save_geometry (self);
  return GTK_WINDOW_CLASS (pp_window_parent_class)->close_request (window);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PpWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  /* A register (one: its dialog is modal) is imported into this portfolio. */
  for (GSList *l = files; l != NULL; l = l->next)
    if (_pp_window_is_register (l->data))
      {
        _pp_window_import (self, l->data);
        return TRUE;
      }
  /* Without the application listening, nothing would open them. */
  if (!g_signal_has_handler_pending (self, signals[OPEN_FILE], 0, FALSE))
    return FALSE;
  for (GSList *l = files; l != NULL; l = l->next)
    g_signal_emit (self, signals[OPEN_FILE], 0, l->data);
  return files != NULL;
}


static void
pp_window_constructed (GObject *object)
{
  PpWindow *self = PP_WINDOW (object);

  G_OBJECT_CLASS (pp_window_parent_class)->constructed (object);

  g_assert (self->portfolio != NULL);
  update_title (self);
  _pp_window_update_actions (self);
  _pp_window_fill_recent (self);
  restore_geometry (self);
  _pp_window_disk_init (self);
  _pp_window_disk_watch (self);
  _pp_window_versions_update (self);
  _pp_window_read_only_init (self);
}

static void
pp_window_dispose (GObject *object)
{
  PpWindow *self = PP_WINDOW (object);

  /* A window that goes, other than by a crash, takes its unsaved changes
   * with it: it was saved, or the user chose to discard them. */
  _pp_window_recovery_forget (self);
  g_clear_object (&self->recovery);
  _pp_window_disk_stop (self);
  _pp_window_fill_stop (self);
  _pp_window_versions_dispose (self);
  g_clear_pointer (&self->base, g_bytes_unref);
  g_clear_pointer (&self->opened_identity, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_WINDOW);
  self->mou_page = NULL;
  self->ventures_page = NULL;
  self->commitments_page = NULL;
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_object (&self->recent_section);
  g_clear_object (&self->history);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->version_label, g_free);

  G_OBJECT_CLASS (pp_window_parent_class)->dispose (object);
}

static void
pp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PpWindow *self = PP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      g_value_set_object (value, self->portfolio);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_VERSION_LABEL:
      g_value_set_string (value, self->version_label);
      break;

    case PROP_PAGES_READY:
      g_value_set_boolean (value, _pp_window_pages_ready (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PpWindow *self = PP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      set_portfolio (self, g_value_get_object (value));
      break;

    case PROP_FILE:
      g_set_object (&self->file, g_value_get_object (value));
      break;

    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;

    case PROP_VERSION_LABEL:
      self->version_label = g_value_dup_string (value);
      break;

    case PROP_BASE:
      self->base = g_value_dup_boxed (value);
      break;

    case PROP_IDENTITY:
      self->opened_identity = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_window_class_init (PpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = pp_window_constructed;
  object_class->dispose = pp_window_dispose;
  object_class->get_property = pp_window_get_property;
  object_class->set_property = pp_window_set_property;
  window_class->close_request = pp_window_close_request;

  /**
   * PpWindow::close-cancelled:
   *
   * Emitted when closing with unsaved changes was cancelled and the window
   * stays open.
   */
  signals[CLOSE_CANCELLED] = g_signal_new ("close-cancelled", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
  /**
   * PpWindow::open-file:
   * @file: the file to open
   *
   * Emitted when the user asks to open @file from this window: Open, Open
   * Recent or a drop. The application opens it, in place of this window
   * when it is pristine.
   */
  signals[OPEN_FILE] = g_signal_new ("open-file", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);
  /**
   * PpWindow::new-portfolio:
   *
   * Emitted when the user asks for a new, empty portfolio from this
   * window; the application opens one in a window of its own.
   */
  signals[NEW_PORTFOLIO] = g_signal_new ("new-portfolio", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
  /**
   * PpWindow::reload:
   *
   * Emitted when the user asks to show the window's file as it is on disk
   * now, discarding the window's unsaved changes; the application opens it
   * in place of this window.
   */
  signals[RELOAD] = g_signal_new ("reload", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PpWindow::open-version:
   * @portfolio: an old version of the window's file
   * @label: which version, for the new window's subtitle
   *
   * Emitted when the user opens a version from the History; the
   * application shows it in a window of its own, not saved to any file.
   */
  signals[OPEN_VERSION] = g_signal_new ("open-version", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                        PP_TYPE_PORTFOLIO, G_TYPE_STRING);

  properties[PROP_PORTFOLIO] =
    g_param_spec_object ("portfolio", NULL, NULL, PP_TYPE_PORTFOLIO,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Saving elsewhere changes the file, with a notification. */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Where the size, the page and the last file are remembered; the
   * application gives its own. */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A window showing an old version of a file says which one; it has no
   * file, so Save asks where to save the copy. */
  properties[PROP_VERSION_LABEL] =
    g_param_spec_string ("version-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The file's bytes and identity as the loader read them, so the window
   * need not read it again (pp_portfolio_load_finish_with_file()). */
  properties[PROP_BASE] =
    g_param_spec_boxed ("base", NULL, NULL, G_TYPE_BYTES,
                        G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IDENTITY] =
    g_param_spec_string ("identity", NULL, NULL, NULL,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The pages not shown are made after the first frame: true once all
   * are (pp-window-pages.c). */
  properties[PROP_PAGES_READY] =
    g_param_spec_boolean ("pages-ready", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PP_TYPE_DASHBOARD_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/pp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PpWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, switcher_squeezer);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, switcher_hidden);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, mous_bin);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, ventures_bin);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, commitments_bin);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, disk_bar);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, disk_label);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, reload_button);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, keep_button);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, history_button);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, sync_button);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, merge_button);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, version_bar);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, version_bar_label);
}

static void
pp_window_init (PpWindow *self)
{
  GtkDropTarget *target;
  g_autoptr(GMenuModel) first_section = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  pp_accessible_fix_tree (GTK_WIDGET (self));
  _pp_window_install_actions (self);
  _pp_window_install_import_actions (self);
  _pp_window_install_version_actions (self);
  _pp_window_install_compare_actions (self);
  _pp_window_install_merge_actions (self);
  _pp_window_connect_pages (self);
  g_signal_connect_swapped (self, "notify::file", G_CALLBACK (update_title), self);

  /* "Open Recent" goes after "Open…" in the first section. */
  self->recent_section = g_menu_new ();
  first_section = g_menu_model_get_item_link (gtk_menu_button_get_menu_model (self->menu_button),
                                              0, G_MENU_LINK_SECTION);
  g_menu_append_submenu (G_MENU (first_section), _("Open _Recent"),
                         G_MENU_MODEL (self->recent_section));

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/**
 * pp_window_new:
 * @application: (nullable): the application the window belongs to
 * @file: (nullable): where @portfolio was read from
 *
 * A window without settings, so its size and page are not remembered; the
 * application makes its windows with the "settings" property as well.
 */
PpWindow *
pp_window_new (GtkApplication *application,
               PpPortfolio    *portfolio,
               GFile          *file)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), NULL);

  return g_object_new (PP_TYPE_WINDOW,
                       "application", application,
                       "portfolio", portfolio,
                       "file", file,
                       NULL);
}

PpPortfolio *
pp_window_get_portfolio (PpWindow *self)
{
  g_return_val_if_fail (PP_IS_WINDOW (self), NULL);

  return self->portfolio;
}

PpHistory *
pp_window_get_history (PpWindow *self)
{
  g_return_val_if_fail (PP_IS_WINDOW (self), NULL);

  return self->history;
}

/**
 * pp_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file shown, or %NULL for a
 *   portfolio not saved yet
 */
GFile *
pp_window_get_file (PpWindow *self)
{
  g_return_val_if_fail (PP_IS_WINDOW (self), NULL);

  return self->file;
}

/**
 * pp_window_is_pristine:
 *
 * Returns: whether the window shows an unsaved portfolio nobody has
 *   touched, which opening a file may replace
 */
gboolean
pp_window_is_pristine (PpWindow *self)
{
  g_return_val_if_fail (PP_IS_WINDOW (self), FALSE);

  /* A restored or new portfolio is modified with nothing to undo. */
  return self->file == NULL && !pp_history_get_can_undo (self->history) &&
         !pp_history_get_can_redo (self->history) && !pp_history_get_modified (self->history);
}

/**
 * pp_window_get_page:
 * @name: "dashboard", "mous", "ventures" or "commitments"
 *
 * A page of the window, made now if it was not yet (the pages not shown
 * are made after the window's first frame).
 *
 * Returns: (transfer none): the page
 */
GtkWidget *
pp_window_get_page (PpWindow   *self,
                    const char *name)
{
  static const char * const names[PP_N_WINDOW_PAGES] = { "mous", "ventures", "commitments" };

  g_return_val_if_fail (PP_IS_WINDOW (self), NULL);

  if (g_strcmp0 (name, "dashboard") == 0)
    return GTK_WIDGET (self->dashboard_page);
  for (PpWindowPage page = 0; page < PP_N_WINDOW_PAGES; page++)
    if (g_strcmp0 (name, names[page]) == 0)
      return _pp_window_page (self, page);
  g_return_val_if_reached (NULL);
}
