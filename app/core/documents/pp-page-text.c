/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-text.c: text on printed pages: Pango layouts in the documents'
 * font, their heights, showing them with Cairo, and the inks. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pp-page-text.h"

PangoLayout *
pp_page_text_new (PangoContext *context,
                  const char   *text,
                  double        size,
                  gboolean      bold,
                  double        width)
{
  static PangoFontDescription *base;
  static PangoAttrList *no_hyphens;
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = NULL;

  if (g_once_init_enter (&base))
    {
      no_hyphens = pango_attr_list_new ();
      pango_attr_list_insert (no_hyphens, pango_attr_insert_hyphens_new (FALSE));
      g_once_init_leave (&base, pango_font_description_from_string (PP_PAGE_FONT));
    }
  font = pango_font_description_copy_static (base);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  /* Lines break between words; a word wider than its column is broken
   * where it must, but with no hyphen, since Pango's are not placed by
   * any rules of the language ("In negotiatio-n"). */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_attributes (layout, no_hyphens);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
pp_page_text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

void
pp_page_show_text (cairo_t     *cr,
                   PangoLayout *layout,
                   double       x,
                   double       y)
{
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  if (matrix.xx < 0)
    {
      pp_page_show_lines (cr, layout, x, y, 0, G_MAXUINT);
      return;
    }
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/**
 * pp_page_show_lines:
 * @first: the first line shown, from 0
 * @last: the line after the last one shown
 *
 * Shows lines @first to @last of @layout, the first one's top at @y.
 * Drawn through a mirror (a right-to-left document), each line keeps its
 * glyphs unmirrored and takes the mirrored place of its box, so a line
 * aligned at the layout's left ends up at its right.
 */
void
pp_page_show_lines (cairo_t     *cr,
                    PangoLayout *layout,
                    double       x,
                    double       y,
                    guint        first,
                    guint        last)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  cairo_matrix_t matrix;
  gboolean mirrored;
  double top = -1;
  guint line = 0;

  cairo_get_matrix (cr, &matrix);
  mirrored = matrix.xx < 0;
  do
    {
      PangoRectangle extents;
      double left, baseline;

      if (line >= first && line < last)
        {
          pango_layout_iter_get_line_extents (iter, NULL, &extents);
          if (top < 0)
            top = (double) extents.y / PANGO_SCALE;
          left = x + (double) extents.x / PANGO_SCALE;
          baseline = y - top + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
          cairo_save (cr);
          if (mirrored)
            {
              /* Unmirrored, the box's mirrored left is its right edge, negated. */
              cairo_scale (cr, -1, 1);
              left = -(left + (double) extents.width / PANGO_SCALE);
            }
          cairo_move_to (cr, left, baseline);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
          cairo_restore (cr);
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* Sets a "#rrggbb" colour, or @fallback when @color is not one. */
void
pp_page_set_color (cairo_t    *cr,
                   const char *color,
                   const char *fallback)
{
  guint r, g, b;

  if (color == NULL || strlen (color) != 7 ||
      sscanf (color, "#%02x%02x%02x", &r, &g, &b) != 3)
    {
      g_assert (fallback != NULL);
      sscanf (fallback, "#%02x%02x%02x", &r, &g, &b);
    }
  cairo_set_source_rgb (cr, r / 255.0, g / 255.0, b / 255.0);
}
