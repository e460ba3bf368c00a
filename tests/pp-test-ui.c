/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-ui.c: helpers shared by the widget tests. */

#include "config.h"

#include <X11/extensions/XTest.h>
#include <gdk/x11/gdkx.h>

#include "pp-portfolio-io.h"
#include "pp-test-ui.h"

/* The message dialog on screen (the last one opened), if any. */
AdwMessageDialog *
pp_test_find_message_dialog (void)
{
  AdwMessageDialog *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

/* Opens a window on the sample (or, when @empty, a new portfolio) and, with
 * @action ("win.sectors"), the Partnership dialog at that page. */
void
pp_test_partnership_open (PpTestPartnership *f,
                          gboolean           empty,
                          const char        *action)
{
  g_autoptr(GError) error = NULL;

  f->portfolio = empty ? pp_portfolio_new () : pp_portfolio_load_sample (&error);
  g_assert_no_error (error);
  f->window = g_object_ref_sink (pp_window_new (NULL, f->portfolio, NULL));
  f->history = pp_window_get_history (f->window);
  gtk_window_present (GTK_WINDOW (f->window));
  pp_test_wait_for_pages (GTK_WIDGET (f->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  f->dialog = NULL;
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_PREFERENCES_WINDOW (l->data))
      f->dialog = l->data;
  g_assert_nonnull (f->dialog);
  g_object_ref (f->dialog);
  f->page = GTK_WIDGET (adw_preferences_window_get_visible_page (
    ADW_PREFERENCES_WINDOW (f->dialog)));
}

/* Closes the dialog and the window; all of them, and the portfolio, must
 * then be freed. */
void
pp_test_partnership_close (PpTestPartnership *f)
{
  gtk_window_destroy (f->dialog);
  g_assert_finalize_object (f->dialog);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (f->portfolio);
}

/* The first widget of @type under @root for which @label is its label,
 * title or tooltip (any when @label is NULL). */
gpointer
pp_test_find_widget (GtkWidget  *root,
                     GType       type,
                     const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    {
      const char *text = NULL;

      if (label == NULL)
        return root;
      if (GTK_IS_BUTTON (root))
        text = gtk_button_get_label (GTK_BUTTON (root));
      if (GTK_IS_LABEL (root))
        text = gtk_label_get_text (GTK_LABEL (root));
      if (ADW_IS_PREFERENCES_ROW (root))
        text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root));
      if (g_strcmp0 (text, label) == 0 ||
          g_strcmp0 (gtk_widget_get_tooltip_text (root), label) == 0)
        return root;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = pp_test_find_widget (child, type, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
pp_test_wait_for_idle (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Turns the main loop until @done (@data) holds, failing after @seconds. */
static void
iterate_until (gboolean (*done) (gpointer data),
               gpointer   data,
               int        seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

static gboolean
flag_set (gpointer flag)
{
  return *(gboolean *) flag;
}

static gboolean
pages_ready (gpointer window)
{
  gboolean ready = FALSE;

  g_object_get (window, "pages-ready", &ready, NULL);
  return ready;
}

/* A window fills the pages it does not show after its first frame: shows
 * @window and waits for that, for a test that looks at a page it has not
 * shown. */
void
pp_test_wait_for_pages (GtkWidget *window)
{
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (pages_ready, window, 30);
}

static void
clicked_cb (GtkButton *button,
            gboolean  *clicked)
{
  *clicked = TRUE;
}

/* Activates @button as the keyboard does (Space or Enter), which GTK turns
 * into a click after a short press animation. */
void
pp_test_click (GtkWidget *button)
{
  gboolean clicked = FALSE;
  gulong handler;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  /* An opening row shows its buttons once it has drawn. */
  for (int i = 0; i < 200 && !gtk_widget_get_mapped (button); i++)
    {
      pp_test_wait_for_idle ();
      g_usleep (10000);
    }
  g_assert_true (gtk_widget_get_mapped (button));
  /* A click may take the button's row away. */
  g_object_ref (button);
  handler = g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &clicked);
  g_assert_true (gtk_widget_activate (button));
  while (!clicked)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (button, handler);
  g_object_unref (button);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                gboolean              *pressed)
{
  *pressed = TRUE;
  return GDK_EVENT_PROPAGATE;
}

static void
fake_key (Display *display,
          KeySym   keysym,
          gboolean press)
{
  KeyCode code = XKeysymToKeycode (display, keysym);

  g_assert_cmpuint (code, !=, 0);
  XTestFakeKeyEvent (display, code, press, CurrentTime);
}

/* Presses and releases @keyval with @modifiers (Control, Shift or Alt) on
 * the X server, as a keyboard would, for the widget with the focus in
 * @widget's window, and waits until the window has had the press. Only in an
 * X11 display (as under xvfb-run): elsewhere the test is skipped. */
gboolean
pp_test_press_key (GtkWidget       *widget,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  GtkEventController *watch;
  gboolean pressed = FALSE;
  Display *display;

  if (surface == NULL || !GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("keys are pressed only on an X11 display");
      return FALSE;
    }
  display = gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface));
  watch = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (watch, GTK_PHASE_CAPTURE);
  /* Not the release: GTK gives none to a window whose press a shortcut took. */
  g_signal_connect (watch, "key-pressed", G_CALLBACK (key_pressed_cb), &pressed);
  gtk_widget_add_controller (GTK_WIDGET (native), watch);

  XSetInputFocus (display, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  if (modifiers & GDK_CONTROL_MASK)
    fake_key (display, XK_Control_L, TRUE);
  if (modifiers & GDK_SHIFT_MASK)
    fake_key (display, XK_Shift_L, TRUE);
  if (modifiers & GDK_ALT_MASK)
    fake_key (display, XK_Alt_L, TRUE);
  fake_key (display, keyval, TRUE);
  fake_key (display, keyval, FALSE);
  if (modifiers & GDK_ALT_MASK)
    fake_key (display, XK_Alt_L, FALSE);
  if (modifiers & GDK_SHIFT_MASK)
    fake_key (display, XK_Shift_L, FALSE);
  if (modifiers & GDK_CONTROL_MASK)
    fake_key (display, XK_Control_L, FALSE);
  XFlush (display);

  iterate_until (flag_set, &pressed, 10);
  gtk_widget_remove_controller (GTK_WIDGET (native), watch);
  pp_test_wait_for_idle ();
  return TRUE;
}

/* The last visible toplevel of @type. */
gpointer
pp_test_find_toplevel (GType type)
{
  gpointer found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

/* Runs the main loop until a toplevel of @type shows, or fails after ten
 * seconds. */
static gboolean
toplevel_shown (gpointer type)
{
  return pp_test_find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

gpointer
pp_test_wait_for_toplevel (GType type)
{
  iterate_until (toplevel_shown, GSIZE_TO_POINTER (type), 10);
  pp_test_wait_for_idle ();
  return pp_test_find_toplevel (type);
}

static gboolean
button_released_cb (GtkEventControllerLegacy *controller,
                    GdkEvent                 *event,
                    gboolean                 *released)
{
  if (gdk_event_get_event_type (event) == GDK_BUTTON_RELEASE)
    *released = TRUE;
  return GDK_EVENT_PROPAGATE;
}

/* Clicks the middle of @widget with the first mouse button on the X server,
 * as a mouse would, and waits until the window has had the release. Only in
 * an X11 display (as under xvfb-run): elsewhere the test is skipped. */
gboolean
pp_test_click_on (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                 gtk_widget_get_height (widget) / 2.0);
  graphene_point_t point;
  GtkEventController *watch;
  gboolean released = FALSE;
  double dx, dy;
  Display *display;
  Window child;
  int x, y;

  if (surface == NULL || !GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("clicks are made only on an X11 display");
      return FALSE;
    }
  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &middle, &point));
  gtk_native_get_surface_transform (native, &dx, &dy);
  display = gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface));
  XTranslateCoordinates (display, gdk_x11_surface_get_xid (surface), DefaultRootWindow (display),
                         (int) (point.x + dx), (int) (point.y + dy), &x, &y, &child);
  watch = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (watch, GTK_PHASE_CAPTURE);
  g_signal_connect (watch, "event", G_CALLBACK (button_released_cb), &released);
  gtk_widget_add_controller (GTK_WIDGET (native), watch);

  XTestFakeMotionEvent (display, -1, x, y, CurrentTime);
  XTestFakeButtonEvent (display, 1, True, CurrentTime);
  XTestFakeButtonEvent (display, 1, False, CurrentTime);
  XFlush (display);
  iterate_until (flag_set, &released, 10);
  gtk_widget_remove_controller (GTK_WIDGET (native), watch);
  pp_test_wait_for_idle ();
  return TRUE;
}

/* The row of a GtkListView or GtkColumnView that shows item @position,
 * counting the rows the view has made from the top: GTK 4.8 keeps them in
 * the order of their items and says no row's position, so the view must
 * show its first rows. */
GtkWidget *
pp_test_list_row (GtkWidget *view,
                  guint      position)
{
  guint n = 0;

  if (GTK_IS_COLUMN_VIEW (view))
    view = gtk_widget_get_last_child (view);   /* the list view below the titles */
  for (GtkWidget *row = gtk_widget_get_first_child (view); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_focusable (row) && n++ == position)
      return row;
  return NULL;
}
