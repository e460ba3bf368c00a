/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-pages.c: the window's pages, and what they ask of it by their
 * signals: show another page at an item or a sector's items, a toast (with
 * Undo), an error.
 *
 * The Dashboard is built with the window. The MoU, venture and commitment
 * pages are made and filled after the window's first frame, one per turn
 * of the main loop, so the window shows what it opens on without first
 * building the others (a tenth of a second for the sample, seconds for a
 * large portfolio). A page is made at once when it is shown; then the
 * window's "pages-ready" property turns true once all are.
 *
 * This file is below pp-window.c: it works on the window's struct and
 * calls only pp-window-actions.c. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-after-paint.h"
#include "pp-window-private.h"

static void show_toast_cb (PpWindow   *self,
                           const char *message,
                           gboolean    undo);
static void show_error_cb (PpWindow   *self,
                           const char *heading,
                           const char *message);
static void show_node_cb  (PpWindow   *self,
                           PpNode     *node);

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

/* The stack's page that holds @page once it is made. */
static AdwBin *
page_bin (PpWindow     *self,
          PpWindowPage  page)
{
  AdwBin *bins[PP_N_WINDOW_PAGES] = {
    self->mous_bin, self->ventures_bin, self->commitments_bin,
  };

  return bins[page];
}

static GtkWidget *
make (PpWindow     *self,
      PpWindowPage  page)
{
  switch (page)
    {
    case PP_WINDOW_PAGE_MOUS:
      self->mou_page = g_object_new (PP_TYPE_MOU_PAGE, NULL);
      pp_mou_page_set_history (self->mou_page, self->history);
      g_signal_connect_object (self->mou_page, "show-toast", G_CALLBACK (show_toast_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->mou_page, "show-error", G_CALLBACK (show_error_cb), self,
                               G_CONNECT_SWAPPED);
      return GTK_WIDGET (self->mou_page);
    case PP_WINDOW_PAGE_VENTURES:
      self->ventures_page = g_object_new (PP_TYPE_VENTURES_PAGE, NULL);
      pp_ventures_page_set_history (self->ventures_page, self->history);
      g_signal_connect_object (self->ventures_page, "show-mou", G_CALLBACK (show_node_cb), self,
                               G_CONNECT_SWAPPED);
      return GTK_WIDGET (self->ventures_page);
    case PP_WINDOW_PAGE_COMMITMENTS:
      self->commitments_page = g_object_new (PP_TYPE_COMMITMENTS_PAGE, NULL);
      pp_commitments_page_set_history (self->commitments_page, self->history);
      return GTK_WIDGET (self->commitments_page);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
made (PpWindow     *self,
      PpWindowPage  page)
{
  return adw_bin_get_child (page_bin (self, page)) != NULL;
}

/**
 * _pp_window_fill_page:
 * @page: which page
 *
 * Makes and fills @page now if it is not yet.
 */
void
_pp_window_fill_page (PpWindow     *self,
                      PpWindowPage  page)
{
  GtkWidget *widget;

  if (made (self, page))
    return;
  widget = make (self, page);
  pp_accessible_fix_tree (widget);
  adw_bin_set_child (page_bin (self, page), widget);
  if (_pp_window_pages_ready (self))
    g_object_notify (G_OBJECT (self), "pages-ready");
}

/* Makes the next page not made yet, one per turn of the main loop. */
static gboolean
fill_next_cb (gpointer user_data)
{
  PpWindow *self = user_data;

  for (PpWindowPage page = 0; page < PP_N_WINDOW_PAGES; page++)
    if (!made (self, page))
      {
        _pp_window_fill_page (self, page);
        break;
      }
  if (!_pp_window_pages_ready (self))
    return G_SOURCE_CONTINUE;
  self->fill_id = 0;
  return G_SOURCE_REMOVE;
}

static void
painted_cb (GtkWidget *widget)
{
  PpWindow *self = (PpWindow *) widget;  /* no type check: it calls up */

  if (self->fill_id == 0 && !_pp_window_pages_ready (self))
    self->fill_id = g_idle_add (fill_next_cb, self);
}

static void
visible_child_cb (PpWindow *self)
{
  GtkWidget *shown = adw_view_stack_get_visible_child (self->stack);

  for (PpWindowPage page = 0; page < PP_N_WINDOW_PAGES; page++)
    if (GTK_WIDGET (page_bin (self, page)) == shown)
      _pp_window_fill_page (self, page);
}

/**
 * _pp_window_fill_later:
 *
 * Makes the shown page now and the others after the window's first frame.
 * Call it once, with the history made.
 */
void
_pp_window_fill_later (PpWindow *self)
{
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (visible_child_cb), self, G_CONNECT_SWAPPED);
  visible_child_cb (self);
  pp_widget_after_first_paint (GTK_WIDGET (self), painted_cb);
}

/**
 * _pp_window_pages_ready:
 *
 * Returns: whether every page is made
 */
gboolean
_pp_window_pages_ready (PpWindow *self)
{
  for (PpWindowPage page = 0; page < PP_N_WINDOW_PAGES; page++)
    if (!made (self, page))
      return FALSE;
  return TRUE;
}

/**
 * _pp_window_fill_stop:
 *
 * Fills nothing more: the window is going.
 */
void
_pp_window_fill_stop (PpWindow *self)
{
  g_clear_handle_id (&self->fill_id, g_source_remove);
}

/* When the window is too narrow for the switcher under the header bar, the
 * one at the bottom takes over. It gives each page a quarter of a phone's
 * width, where the full names of some languages are cut ("Совместные
 * предприятия"), so the pages take their short names there. */
static void
squeezer_child_cb (PpWindow *self)
{
  gboolean narrow = adw_squeezer_get_visible_child (self->switcher_squeezer)
                    == self->switcher_hidden;

  adw_view_stack_page_set_title (adw_view_stack_get_page (self->stack,
                                                          GTK_WIDGET (self->mous_bin)),
                                 narrow ? C_("page name in a narrow window", "MoUs")
                                        : _("MoUs"));
  adw_view_stack_page_set_title (adw_view_stack_get_page (self->stack,
                                                          GTK_WIDGET (self->ventures_bin)),
                                 narrow ? C_("page name in a narrow window", "Ventures")
                                        : _("Joint Ventures"));
  adw_view_switcher_bar_set_reveal (self->switcher_bar, narrow);
}

/* The bottom switcher comes and goes without its slide: sliding in while
 * the window is first laid out made GTK 4.8 allocate the bar's content a
 * height of -1, with a warning. */
static void
switcher_bar_no_slide (PpWindow *self)
{
  GtkWidget *action_bar = gtk_widget_get_first_child (GTK_WIDGET (self->switcher_bar));
  GtkWidget *revealer = action_bar != NULL ? gtk_widget_get_first_child (action_bar) : NULL;

  if (GTK_IS_REVEALER (revealer))
    gtk_revealer_set_transition_type (GTK_REVEALER (revealer), GTK_REVEALER_TRANSITION_TYPE_NONE);
}

/**
 * _pp_window_connect_pages:
 *
 * Answers the Dashboard's signals (the other pages' are answered when
 * they are made), and gives the pages short names in a narrow window.
 */
void
_pp_window_connect_pages (PpWindow *self)
{
  /* The pages may outlive the window (a test holding one): their signals must
   * not reach a window that is gone. */
  g_signal_connect_swapped (self->switcher_squeezer, "notify::visible-child",
                            G_CALLBACK (squeezer_child_cb), self);
  switcher_bar_no_slide (self);
  g_signal_connect_object (self->dashboard_page, "show-mous", G_CALLBACK (show_mous_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dashboard_page, "show-ventures", G_CALLBACK (show_ventures_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dashboard_page, "show-node", G_CALLBACK (show_node_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * _pp_window_page:
 * @page: which page
 *
 * Returns: (transfer none): @page, made now if it was not yet
 */
GtkWidget *
_pp_window_page (PpWindow     *self,
                 PpWindowPage  page)
{
  _pp_window_fill_page (self, page);
  return adw_bin_get_child (page_bin (self, page));
}
