/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-pages.c: what the pages ask of the window by their signals:
 * show another page at an item or a sector's items, a toast (with Undo),
 * an error.
 *
 * This file is below pp-window.c: it works on the window's struct and
 * calls only pp-window-actions.c and pp-window-fill.c. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-window-private.h"

static void
show_mous_cb (PpWindow   *self,
              const char *sector_id)
{
  adw_view_stack_set_visible_child_name (self->stack, "mous");
  pp_mou_page_set_sector_filter (self->mou_page, sector_id);
}

/* Shows the Joint Ventures page, with only the ventures of @sector_id when
 * it is not %NULL. */
static void
show_ventures_cb (PpWindow   *self,
                  const char *sector_id)
{
  _pp_window_fill_page (self, PP_WINDOW_PAGE_VENTURES);
  pp_ventures_page_set_sector_filter (self->ventures_page, sector_id);
  adw_view_stack_set_visible_child_name (self->stack, "ventures");
}

static void
show_node_cb (PpWindow *self,
              PpNode   *node)
{
  _pp_window_show_node (self, node);
}

/* A page's result, such as "Deleted “…”", with Undo when it can be
 * undone. */
static void
show_toast_cb (PpWindow   *self,
               const char *message,
               gboolean    undo)
{
  AdwToast *toast = adw_toast_new (message);

  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  _pp_window_add_toast (self, toast);
}

static void
show_error_cb (PpWindow   *self,
               const char *heading,
               const char *message)
{
  _pp_window_show_error (self, heading, message);
}

/**
 * _pp_window_connect_pages:
 *
 * Answers the pages' signals.
 */
void
_pp_window_connect_pages (PpWindow *self)
{
  /* The pages may outlive the window (a test holding one): their signals must
   * not reach a window that is gone. */
  g_signal_connect_object (self->dashboard_page, "show-mous", G_CALLBACK (show_mous_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dashboard_page, "show-ventures", G_CALLBACK (show_ventures_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dashboard_page, "show-node", G_CALLBACK (show_node_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ventures_page, "show-mou", G_CALLBACK (show_node_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->mou_page, "show-toast", G_CALLBACK (show_toast_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->mou_page, "show-error", G_CALLBACK (show_error_cb), self,
                           G_CONNECT_SWAPPED);
}
