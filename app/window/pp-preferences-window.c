/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-preferences-window.c: PpPreferencesWindow, the app's preferences:
 * for now those of versions, whether every save also saves a version and
 * the name and e-mail versions are saved under when git has none. Each
 * control is bound to its key, so a change is kept at once. */

#include "config.h"

#include "pp-preferences-window.h"

struct _PpPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GtkSwitch *version_on_save_switch;
  AdwEntryRow *name_row;
  AdwEntryRow *email_row;
};

G_DEFINE_FINAL_TYPE (PpPreferencesWindow, pp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
pp_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PP_TYPE_PREFERENCES_WINDOW);
  G_OBJECT_CLASS (pp_preferences_window_parent_class)->dispose (object);
}

static void
pp_preferences_window_class_init (PpPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pp_preferences_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PpPreferencesWindow,
                                        version_on_save_switch);
  gtk_widget_class_bind_template_child (widget_class, PpPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, PpPreferencesWindow, email_row);
}

static void
pp_preferences_window_init (PpPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PpPreferencesWindow *
pp_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  PpPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PP_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  g_settings_bind (settings, "version-on-save", self->version_on_save_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "version-author-name", self->name_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "version-author-email", self->email_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  return self;
}
