/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-direction.c: the window under right-to-left (needs a display): the
 * widgets take the direction, the header bar mirrors, the custom-drawn
 * chart and timeline draw mirrored, and a narrow MoU register opens on its
 * Title, at the right. Run under LC_ALL=ur_PK.UTF-8 it checks
 * that Urdu itself turns the window right to left, as the app starts
 * (main.c); otherwise it sets the direction as GTK would for Urdu. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "pp-dashboard-page.h"
#include "pp-mou-page.h"
#include "pp-portfolio-io.h"
#include "pp-test-ui.h"
#include "pp-ventures-page.h"
#include "pp-window.h"

/* The longest run of one opaque colour along row @y of @widget as drawn:
 * a bar or a segment of one, never text, whose antialiased glyphs change
 * colour every few pixels. */
typedef struct
{
  int start;
  int end;
} Run;

static Run
longest_run (GtkWidget *widget,
             int        y)
{
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint32 *pixels = g_new0 (guint32, (gsize) width * height);
  Run best = { 0, 0 };
  int start = 0;

  /* The widget's own drawing, now, rather than what GTK kept of the last
   * frame: a frame drawn before the change of direction reached the
   * widget would otherwise be read as its new drawing. */
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, (guchar *) pixels, (gsize) width * 4);
  for (int x = 1; x <= width; x++)
    if (x == width || pixels[y * width + x] != pixels[y * width + start])
      {
        if ((pixels[y * width + start] >> 24) != 0 && x - start > best.end - best.start)
          best = (Run) { start, x };
        start = x;
      }
  return best;
}

/* Under right-to-left the run must lie where the left-to-right one lies,
 * seen in a mirror. */
static void
assert_draws_mirrored (GtkWidget *widget,
                       int        y)
{
  int width = gtk_widget_get_width (widget);
  Run ltr, rtl;

  gtk_widget_set_direction (widget, GTK_TEXT_DIR_LTR);
  gtk_test_widget_wait_for_draw (widget);
  ltr = longest_run (widget, y);
  gtk_widget_set_direction (widget, GTK_TEXT_DIR_NONE);
  g_assert_cmpint (gtk_widget_get_direction (widget), ==, GTK_TEXT_DIR_RTL);
  /* On a busy machine the frame drawn first may come before the new
   * layout: look again for a while before calling it unmirrored. */
  for (int i = 0; i < 50; i++)
    {
      gtk_test_widget_wait_for_draw (widget);
      pp_test_wait_for_idle ();
      rtl = longest_run (widget, y);
      if (rtl.start != ltr.start)
        break;
      g_usleep (20000);
    }

  g_assert_cmpint (ltr.end - ltr.start, >, 4);
  g_assert_cmpint (ltr.start, !=, rtl.start);
  g_assert_cmpint (ABS (rtl.start - (width - ltr.end)), <=, 1);
  g_assert_cmpint (ABS (rtl.end - (width - ltr.start)), <=, 1);
}

static PpWindow *
open_sample_window (int width)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) sample = pp_portfolio_load_sample (&error);
  PpWindow *window;

  g_assert_no_error (error);
  window = g_object_ref_sink (pp_window_new (NULL, sample, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), width, 760);
  gtk_window_present (GTK_WINDOW (window));
  pp_test_wait_for_pages (GTK_WIDGET (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  pp_test_wait_for_idle ();
  return window;
}

static gpointer
child_of (gpointer    widget,
          GType       type,
          const char *name)
{
  gpointer child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static void
close_window (PpWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The standard widgets follow the default direction, and the header bar
 * puts its end (the main menu) on the left. */
static void
test_window_mirrors (void)
{
  PpWindow *window = open_sample_window (1100);
  GtkWidget *menu = child_of (window, PP_TYPE_WINDOW, "menu_button");
  graphene_rect_t bounds;

  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (pp_test_find_widget (GTK_WIDGET (window),
                                                                  ADW_TYPE_HEADER_BAR, NULL)),
                   ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (child_of (window, PP_TYPE_WINDOW, "stack")),
                   ==, GTK_TEXT_DIR_RTL);
  g_assert_true (gtk_widget_compute_bounds (menu, GTK_WIDGET (window), &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <,
                     gtk_widget_get_width (GTK_WIDGET (window)) / 2.0);
  close_window (window);
}

/* The dashboard's status chart: labels on the right, bars growing left.
 * Its first row's bar is at the row's middle. */
static void
test_bar_chart_mirrors (void)
{
  PpWindow *window = open_sample_window (1100);
  GtkWidget *dashboard = child_of (window, PP_TYPE_WINDOW, "dashboard_page");

  assert_draws_mirrored (child_of (dashboard, PP_TYPE_DASHBOARD_PAGE, "status_chart"), 17);
  close_window (window);
}

/* The timeline runs from right to left: the first venture's bar, in the
 * middle of the first row under the axis. */
static void
test_timeline_mirrors (void)
{
  PpWindow *window = open_sample_window (1100);
  GtkWidget *ventures = pp_window_get_page (PP_WINDOW (window), "ventures");

  adw_view_stack_set_visible_child_name (child_of (window, PP_TYPE_WINDOW, "stack"), "ventures");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  pp_test_wait_for_idle ();
  assert_draws_mirrored (child_of (ventures, PP_TYPE_VENTURES_PAGE, "timeline"), 32 + 14);
  close_window (window);
}

/* Whether @header lies wholly within the part of @scroll that shows its
 * child: its width less the vertical scroll bar, on the left or the right. */
static gboolean
header_in_sight (GtkWidget         *header,
                 GtkScrolledWindow *scroll)
{
  GtkWidget *scrollbar = gtk_scrolled_window_get_vscrollbar (scroll);
  double start = 0, end = gtk_widget_get_width (GTK_WIDGET (scroll));
  graphene_rect_t bounds, bar;

  if (gtk_widget_get_mapped (scrollbar) &&
      gtk_widget_compute_bounds (scrollbar, GTK_WIDGET (scroll), &bar))
    {
      if (bar.origin.x < end / 2)
        start = bar.origin.x + bar.size.width;
      else
        end = bar.origin.x;
    }
  g_assert_true (gtk_widget_compute_bounds (header, GTK_WIDGET (scroll), &bounds));
  return bounds.origin.x >= start && bounds.origin.x + bounds.size.width <= end;
}

/* At 400 px the MoU register opens on its first column, the Title, at the
 * right; Left, from a row, brings the columns further on into sight, down
 * to the last, and Right goes back. */
static void
test_narrow_register (void)
{
  PpWindow *window = open_sample_window (400);
  GtkWidget *page = pp_window_get_page (PP_WINDOW (window), "mous");
  GtkScrolledWindow *scroll = child_of (page, PP_TYPE_MOU_PAGE, "register_scroll");
  GtkWidget *view = child_of (page, PP_TYPE_MOU_PAGE, "column_view");
  GtkWidget *headers = gtk_widget_get_first_child (view);
  GtkWidget *title = gtk_widget_get_first_child (headers);
  GtkWidget *last = gtk_widget_get_last_child (headers);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (scroll);

  adw_view_stack_set_visible_child_name (child_of (window, PP_TYPE_WINDOW, "stack"), "mous");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  pp_test_wait_for_idle ();
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >,
                     gtk_adjustment_get_page_size (adjustment));
  g_assert_true (header_in_sight (title, scroll));
  g_assert_false (header_in_sight (last, scroll));

  g_assert_true (gtk_widget_grab_focus (view));
  for (int i = 0; i < 20 && !header_in_sight (last, scroll); i++)
    {
      if (!pp_test_press_key (view, GDK_KEY_Left, 0))
        {
          close_window (window);
          return;
        }
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }
  g_assert_true (header_in_sight (last, scroll));
  g_assert_false (header_in_sight (title, scroll));

  /* Right goes back to the Title. */
  for (int i = 0; i < 20 && !header_in_sight (title, scroll); i++)
    {
      g_assert_true (pp_test_press_key (view, GDK_KEY_Right, 0));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }
  g_assert_true (header_in_sight (title, scroll));

  /* Turned left to right, the register is still at its first column. */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  pp_test_wait_for_idle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_true (header_in_sight (title, scroll));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  const char *messages;

  /* As main.c does: GLib translates GTK's own messages, among them the
   * one that turns GTK right to left, only when the app's text domain has
   * a catalogue for the language. */
  setlocale (LC_ALL, "");
  /* PP_LOCALEDIR: the build's catalogues, for the tests and meson devenv. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PP_LOCALEDIR") != NULL ? g_getenv ("PP_LOCALEDIR")
                                                                      : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  messages = setlocale (LC_MESSAGES, NULL);

  /* Urdu turns the window right to left; any other locale is set right to
   * left by hand, as Urdu would. A catalogue's header is its translation
   * of "". */
  if (messages != NULL && g_str_has_prefix (messages, "ur") && *_("") == '\0')
    {
      g_test_skip ("the app's Urdu catalogue is not there (LOCALEDIR or PP_LOCALEDIR)");
      return g_test_run ();
    }
  if (messages != NULL && g_str_has_prefix (messages, "ur"))
    g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
  else
    gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);

  g_test_add_func ("/direction/window", test_window_mirrors);
  g_test_add_func ("/direction/bar-chart", test_bar_chart_mirrors);
  g_test_add_func ("/direction/timeline", test_timeline_mirrors);
  g_test_add_func ("/direction/narrow-register", test_narrow_register);

  return g_test_run ();
}
