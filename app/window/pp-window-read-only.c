/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-read-only.c: a window showing an earlier version from the
 * History, which can be read, searched, exported and printed but not
 * changed, until the user chooses to edit a copy of it.
 *
 * What makes it read-only is the history: it refuses every change, however
 * the change is asked for (an editor, a shortcut, a drop). The pages follow
 * the history's "read-only" property and make their editors insensitive;
 * this file turns off the window's own actions that change the portfolio,
 * shows the bar that says why, and answers a refused change with a toast.
 *
 * Below pp-window.c, which calls it once the window is made; it calls no
 * other window file. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-widget-util.h"
#include "pp-window-private.h"

/* The window's actions that change the portfolio or write its file. */
static const char * const changing_actions[] = {
  "save", "partnership", "plan-venture", "sectors", "organisations", "import",
  "import-file", "merge-with", "merge-file", "merge-files", "merge-disk",
};

static void
update (PpWindow *self)
{
  gboolean read_only = pp_history_get_read_only (self->history);

  for (guint i = 0; i < G_N_ELEMENTS (changing_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), changing_actions[i]);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), !read_only);
    }
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "edit-copy")),
                               read_only);
  pp_info_bar_set_shown (self->version_bar, read_only);
}

static void
refused_cb (PpWindow *self)
{
  /* One toast however many changes a keystroke asked for. */
  if (self->read_only_toast != NULL)
    return;
  self->read_only_toast = adw_toast_new (_("This version is read-only. To change it, edit a copy."));
  adw_toast_set_button_label (self->read_only_toast, _("_Edit a Copy"));
  adw_toast_set_action_name (self->read_only_toast, "win.edit-copy");
  g_object_add_weak_pointer (G_OBJECT (self->read_only_toast),
                             (gpointer *) &self->read_only_toast);
  adw_toast_overlay_add_toast (self->toast_overlay, self->read_only_toast);
}

static void
edit_copy_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  PpWindow *self = user_data;

  if (self->read_only_toast != NULL)
    adw_toast_dismiss (self->read_only_toast);
  pp_history_set_read_only (self->history, FALSE);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Editing a copy: saving asks where to keep it.")));
}

/* Saved under a name of its own, the copy is an ordinary file. */
static void
file_changed_cb (PpWindow *self)
{
  if (self->file != NULL)
    pp_history_set_read_only (self->history, FALSE);
}

/**
 * _pp_window_read_only_init:
 *
 * Makes a window that shows an earlier version read-only; other windows
 * only learn the "win.edit-copy" action, which does nothing for them.
 */
void
_pp_window_read_only_init (PpWindow *self)
{
  static const GActionEntry actions[] = {
    { "edit-copy", edit_copy_activated },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  gtk_label_set_label (self->version_bar_label,
                       _("An earlier version, shown read-only. To change it, edit a copy and "
                         "save it under a name of its own."));
  g_signal_connect_object (self->history, "notify::read-only", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "refused", G_CALLBACK (refused_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::file", G_CALLBACK (file_changed_cb), NULL);
  pp_history_set_read_only (self->history, self->version_label != NULL && self->file == NULL);
  update (self);
}
