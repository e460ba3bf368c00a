/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-fill.c: the pages other than the one shown are filled after the
 * window's first frame, one per turn of the main loop, so the window shows
 * what it opens on without first building the register, the ventures and
 * the commitments of a large portfolio.
 *
 * A page is filled at once when it is shown, or when the window needs it
 * (to show an item on it). When the last one is filled the window's
 * "pages-ready" property turns true.
 *
 * This file is the lowest of the window's: it calls none of the others. */

#include "config.h"

#include "pp-after-paint.h"
#include "pp-window-private.h"

static GtkWidget *
page_widget (PpWindow *self,
             PpWindowPage page)
{
  switch (page)
    {
    case PP_WINDOW_PAGE_MOUS:
      return GTK_WIDGET (self->mou_page);
    case PP_WINDOW_PAGE_VENTURES:
      return GTK_WIDGET (self->ventures_page);
    case PP_WINDOW_PAGE_COMMITMENTS:
      return GTK_WIDGET (self->commitments_page);
    default:
      g_assert_not_reached ();
    }
}

static void
fill (PpWindow     *self,
      PpWindowPage  page)
{
  switch (page)
    {
    case PP_WINDOW_PAGE_MOUS:
      pp_mou_page_set_history (self->mou_page, self->history);
      break;
    case PP_WINDOW_PAGE_VENTURES:
      pp_ventures_page_set_history (self->ventures_page, self->history);
      break;
    case PP_WINDOW_PAGE_COMMITMENTS:
      pp_commitments_page_set_history (self->commitments_page, self->history);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
stop (PpWindow *self)
{
  g_clear_handle_id (&self->fill_id, g_source_remove);
}

/**
 * _pp_window_fill_page:
 * @page: which page
 *
 * Fills @page now if it is not yet.
 */
void
_pp_window_fill_page (PpWindow     *self,
                      PpWindowPage  page)
{
  if (self->filled & (1u << page))
    return;
  self->filled |= 1u << page;
  fill (self, page);
  if (self->filled == (1u << PP_N_WINDOW_PAGES) - 1)
    {
      stop (self);
      g_object_notify (G_OBJECT (self), "pages-ready");
    }
}

/**
 * _pp_window_fill_pages:
 *
 * Fills every page not yet filled, for what needs them all.
 */
void
_pp_window_fill_pages (PpWindow *self)
{
  for (PpWindowPage page = 0; page < PP_N_WINDOW_PAGES; page++)
    _pp_window_fill_page (self, page);
}

static gboolean
fill_next_cb (gpointer user_data)
{
  PpWindow *self = user_data;

  for (PpWindowPage page = 0; page < PP_N_WINDOW_PAGES; page++)
    if (!(self->filled & (1u << page)))
      {
        _pp_window_fill_page (self, page);
        /* The last page's fill has stopped this source. */
        return self->fill_id != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
      }
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
    if (page_widget (self, page) == shown)
      _pp_window_fill_page (self, page);
}

/**
 * _pp_window_fill_later:
 *
 * Fills the shown page now and the others after the window's first frame.
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
 * Returns: whether every page is filled
 */
gboolean
_pp_window_pages_ready (PpWindow *self)
{
  return self->filled == (1u << PP_N_WINDOW_PAGES) - 1;
}

/**
 * _pp_window_fill_stop:
 *
 * Fills nothing more: the window is going.
 */
void
_pp_window_fill_stop (PpWindow *self)
{
  stop (self);
}
