/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-widget-util.c: small helpers shared by the editors and the charts. */

#include "config.h"

#include "pp-widget-util.h"

#include <math.h>

#include "pp-format.h"

/**
 * pp_on_focus_leave:
 * @callback: called as callback (data) when the focus leaves @widget
 *
 * The editors use it to end an undo step that merges typing when the user
 * leaves a field.
 */
void
pp_on_focus_leave (GtkWidget *widget,
                   GCallback  callback,
                   gpointer   data)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", callback, data);
  gtk_widget_add_controller (widget, focus);
}

static gboolean
count_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = pp_format_count ((gint64) gtk_spin_button_get_value (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
count_input_cb (GtkSpinButton *spin,
                double        *value)
{
  if (pp_parse_count (gtk_editable_get_text (GTK_EDITABLE (spin)), value))
    {
      *value = round (*value);
      return TRUE;
    }
  /* GTK applies *value even after an error: keep the value the field had,
   * which also puts its text back. */
  *value = gtk_spin_button_get_value (spin);
  return GTK_INPUT_ERROR;
}

/**
 * pp_spin_button_show_counts:
 *
 * Makes @spin show its value with grouped digits, "24,000,000", and accept
 * it typed with or without the separators; text that is not a number keeps
 * the value it had.
 */
void
pp_spin_button_show_counts (GtkSpinButton *spin)
{
  g_signal_connect (spin, "output", G_CALLBACK (count_output_cb), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (count_input_cb), NULL);
}

static gboolean
text_view_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkTextView           *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab) ||
      (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) !=
      GDK_CONTROL_MASK)
    return FALSE;
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "\t", -1,
                                                gtk_text_view_get_editable (view));
  return TRUE;
}

/**
 * pp_text_view_tab_moves_focus:
 *
 * Makes Tab and Shift+Tab move the focus out of @view, as in every other
 * field, so that a keyboard user is not trapped in it; Ctrl+Tab inserts a
 * tab character instead.
 */
void
pp_text_view_tab_moves_focus (GtkTextView *view)
{
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (text_view_key_pressed_cb), view);
  gtk_widget_add_controller (GTK_WIDGET (view), key);
}

/**
 * pp_widget_isolate:
 * @text: a value inserted into a translated sentence: a name, a date
 *
 * Under right-to-left wraps @text in FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE, so that a Latin name or a number inside an Urdu
 * sentence keeps its own direction and does not pull the punctuation
 * around it along. Left to right it is returned as it is, since the
 * isolates change nothing there.
 *
 * Returns: (transfer full): the text
 */
char *
pp_widget_isolate (GtkWidget  *widget,
                   const char *text)
{
  if (gtk_widget_get_direction (widget) != GTK_TEXT_DIR_RTL)
    return g_strdup (text);
  return g_strconcat ("\u2068", text, "\u2069", NULL);
}

static GtkWidget *
find_viewport (GtkWidget *widget)
{
  if (GTK_IS_VIEWPORT (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_viewport (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * pp_widget_set_content_sensitive:
 * @widget: a form, or something holding a scrolled form
 *
 * Makes what @widget scrolls insensitive, or sensitive again, but not the
 * scrolled window around it, so that a form shown read-only can still be
 * scrolled and read. Rows the form adds later are insensitive too, since
 * they are inside. A form that does not scroll is made insensitive whole.
 */
void
pp_widget_set_content_sensitive (GtkWidget *widget,
                                 gboolean   sensitive)
{
  GtkWidget *viewport = find_viewport (widget);
  GtkWidget *content = viewport != NULL ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;

  gtk_widget_set_sensitive (content != NULL ? content : widget, sensitive);
}

/**
 * pp_widget_show_text:
 * @x: where the text's box starts, or its middle or end (see @align), in
 *   the widget's left-to-right coordinates
 * @y: where the line's top (@valign 0) or middle (0.5) is
 * @max_width: past this the text ends in "…"; 0 or less for no limit
 * @align: 0 to start the box at @x, 0.5 to centre it there, 1 to end it
 * @valign: 0 to put the line's top at @y, 0.5 its middle
 *
 * Draws one line of text in a chart drawn left to right and mirrored
 * under right-to-left, where the snapshot's mirroring is undone for the
 * text: it takes the mirrored place of its box, so it reads normally.
 */
void
pp_widget_show_text (GtkWidget  *widget,
                     cairo_t    *cr,
                     const char *text,
                     double      x,
                     double      y,
                     double      max_width,
                     double      align,
                     double      valign)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoRectangle box;

  if (max_width > 0)
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
    }
  pango_layout_get_pixel_extents (layout, NULL, &box);
  x -= align * box.width;
  cairo_save (cr);
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    {
      cairo_scale (cr, -1, 1);
      cairo_translate (cr, -gtk_widget_get_width (widget), 0);
      x = gtk_widget_get_width (widget) - x - box.width;
    }
  cairo_move_to (cr, x - box.x, y - valign * box.height);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  g_object_unref (layout);
}

/**
 * pp_info_bar_set_shown:
 *
 * Reveals @bar or takes it away. A bar taken away is also hidden: one
 * only unrevealed is still measured with the window, labels and all.
 */
void
pp_info_bar_set_shown (GtkInfoBar *bar,
                       gboolean    shown)
{
  gtk_widget_set_visible (GTK_WIDGET (bar), shown);
  gtk_info_bar_set_revealed (bar, shown);
}
