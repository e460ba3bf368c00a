/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-preferences-window.h: PpPreferencesWindow, the app's preferences. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PP_TYPE_PREFERENCES_WINDOW (pp_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PpPreferencesWindow, pp_preferences_window, PP, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

PpPreferencesWindow *pp_preferences_window_new (GtkWindow *parent,
                                                GSettings *settings);

G_END_DECLS
