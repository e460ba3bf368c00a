/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-text-batch.c: the lines of a page's cells gathered while they are in
 * one font and ink, and drawn at the end of the page in one
 * cairo_show_text_glyphs() for each such run.
 *
 * A PDF surface records every drawing operation of a page, measures it
 * and then writes it out, so a page of a register, with a few hundred
 * lines of cell text, costs far more as a few hundred operations than as
 * a few. The glyphs are placed and tied to their text exactly as
 * PangoCairo would place and tie them (pango_cairo_show_glyph_item()), so
 * the page looks the same and its text reads back the same. Cell text
 * never overlaps what is drawn after it on a page (fills and rules lie
 * under or beside it), so drawing it last changes nothing. The rows'
 * backgrounds and rules are gathered too, each kind filled as one path.
 */

#include "config.h"

#include <string.h>

#include "pp-page-text.h"
#include "pp-text-cache.h"

typedef struct
{
  const char *color;          /* "#rrggbb" */
  GArray *rectangles;         /* of cairo_rectangle_t */
} Layer;

typedef struct
{
  cairo_scaled_font_t *font;
  double rgba[4];
  GArray *glyphs;             /* of cairo_glyph_t */
  GArray *clusters;           /* of cairo_text_cluster_t */
  GString *text;
} Group;

struct _PpTextBatch
{
  Layer layers[PP_TEXT_BATCH_LAYERS];
  GPtrArray *groups;
  GPtrArray *spare;           /* groups drawn already, kept for their room */
};

static void
group_free (Group *group)
{
  g_clear_pointer (&group->font, cairo_scaled_font_destroy);
  g_array_unref (group->glyphs);
  g_array_unref (group->clusters);
  g_string_free (group->text, TRUE);
  g_free (group);
}

PpTextBatch *
pp_text_batch_new (void)
{
  PpTextBatch *batch = g_new0 (PpTextBatch, 1);

  batch->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  batch->spare = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  for (guint i = 0; i < PP_TEXT_BATCH_LAYERS; i++)
    batch->layers[i].rectangles = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  return batch;
}

void
pp_text_batch_free (PpTextBatch *batch)
{
  if (batch == NULL)
    return;
  g_ptr_array_unref (batch->groups);
  g_ptr_array_unref (batch->spare);
  for (guint i = 0; i < PP_TEXT_BATCH_LAYERS; i++)
    g_array_unref (batch->layers[i].rectangles);
  g_free (batch);
}

static Group *
find_group (PpTextBatch         *batch,
            cairo_scaled_font_t *font,
            const double        *rgba)
{
  Group *group;

  /* Only the last group takes more: the text goes on in the order it was
   * drawn in, which is the order a PDF reader reads it back in. */
  if (batch->groups->len > 0)
    {
      group = g_ptr_array_index (batch->groups, batch->groups->len - 1);
      if (group->font == font && memcmp (group->rgba, rgba, sizeof group->rgba) == 0)
        return group;
    }
  if (batch->spare->len > 0)
    group = g_ptr_array_steal_index_fast (batch->spare, batch->spare->len - 1);
  else
    {
      group = g_new0 (Group, 1);
      group->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
      group->clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
      group->text = g_string_new (NULL);
    }
  group->font = cairo_scaled_font_reference (font);
  memcpy (group->rgba, rgba, sizeof group->rgba);
  g_ptr_array_add (batch->groups, group);
  return group;
}

/**
 * pp_text_batch_add:
 * @text: the @length bytes that @glyphs, left to right, were shaped from
 * @x: where the glyphs start, in @cr's user space
 * @y: their baseline
 *
 * Gathers glyphs in @font, in @cr's ink, after those gathered before, to
 * be drawn by
 * pp_text_batch_flush() on a context with @cr's transformation.
 *
 * Returns: %FALSE, having gathered nothing, when they must be drawn now:
 *   the ink is not a plain colour, or the font has no Cairo font
 */
gboolean
pp_text_batch_add (PpTextBatch      *batch,
                   cairo_t          *cr,
                   PangoFont        *font,
                   const char       *text,
                   int               length,
                   PangoGlyphString *glyphs,
                   double            x,
                   double            y)
{
  cairo_scaled_font_t *scaled_font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font));
  double rgba[4];
  Group *group;
  int position = 0;

  if (scaled_font == NULL ||
      cairo_pattern_get_rgba (cairo_get_source (cr), &rgba[0], &rgba[1], &rgba[2], &rgba[3]) !=
      CAIRO_STATUS_SUCCESS)
    return FALSE;
  group = find_group (batch, scaled_font, rgba);
  g_string_append_len (group->text, text, length);
  /* A cluster is the glyphs of one place in the text, as PangoCairo ties
   * them; a space that ends a wrapped line is a cluster with no glyph. */
  for (int i = 0; i < glyphs->num_glyphs;)
    {
      int start = glyphs->log_clusters[i];
      cairo_text_cluster_t cluster = { 0, 0 };

      for (; i < glyphs->num_glyphs && glyphs->log_clusters[i] == start; i++)
        {
          PangoGlyphInfo *info = &glyphs->glyphs[i];

          if (info->glyph != PANGO_GLYPH_EMPTY)
            {
              cairo_glyph_t glyph = { info->glyph,
                                      x + (double) (position + info->geometry.x_offset) /
                                      PANGO_SCALE,
                                      info->geometry.y_offset == 0 ? y :
                                      y + (double) info->geometry.y_offset / PANGO_SCALE };

              g_array_append_val (group->glyphs, glyph);
              cluster.num_glyphs++;
            }
          position += info->geometry.width;
        }
      cluster.num_bytes = (i < glyphs->num_glyphs ? glyphs->log_clusters[i] : length) - start;
      g_array_append_val (group->clusters, cluster);
    }
  return TRUE;
}

/**
 * pp_text_batch_fill:
 * @layer: below %PP_TEXT_BATCH_LAYERS: what lower layers are drawn under
 * @color: "#rrggbb", the same for all of a layer's rectangles
 *
 * Gathers a rectangle to be filled under the gathered text, in one path
 * with the rest of its layer: a table's row backgrounds and rules.
 */
void
pp_text_batch_fill (PpTextBatch *batch,
                    cairo_t     *cr,
                    guint        layer,
                    const char  *color,
                    double       x,
                    double       y,
                    double       width,
                    double       height)
{
  Layer *l = &batch->layers[layer];
  cairo_rectangle_t rectangle = { x, y, width, height };

  g_return_if_fail (layer < PP_TEXT_BATCH_LAYERS);

  if (l->rectangles->len > 0 && g_strcmp0 (l->color, color) != 0)
    pp_text_batch_flush_fills (batch, cr);
  l->color = color;
  g_array_append_val (l->rectangles, rectangle);
}

/* Fills the gathered rectangles, layer by layer, and forgets them: before
 * anything is drawn that they must lie under. */
void
pp_text_batch_flush_fills (PpTextBatch *batch,
                           cairo_t     *cr)
{
  /* The ink set for what is drawn next stays. */
  cairo_save (cr);
  for (guint i = 0; i < PP_TEXT_BATCH_LAYERS; i++)
    {
      Layer *layer = &batch->layers[i];

      if (layer->rectangles->len == 0)
        continue;
      pp_page_set_color (cr, layer->color, NULL);
      for (guint r = 0; r < layer->rectangles->len; r++)
        {
          const cairo_rectangle_t *rectangle = &g_array_index (layer->rectangles,
                                                               cairo_rectangle_t, r);

          cairo_rectangle (cr, rectangle->x, rectangle->y, rectangle->width,
                           rectangle->height);
        }
      cairo_fill (cr);
      g_array_set_size (layer->rectangles, 0);
    }
  cairo_restore (cr);
}

/* Draws what was gathered, the rectangles and then the text in order, each
 * run of one font and ink at once, and forgets it. */
void
pp_text_batch_flush (PpTextBatch *batch,
                     cairo_t     *cr)
{
  pp_text_batch_flush_fills (batch, cr);
  cairo_save (cr);
  for (guint i = 0; i < batch->groups->len; i++)
    {
      Group *group = g_ptr_array_index (batch->groups, i);

      cairo_set_source_rgba (cr, group->rgba[0], group->rgba[1], group->rgba[2],
                             group->rgba[3]);
      cairo_set_scaled_font (cr, group->font);
      cairo_show_text_glyphs (cr, group->text->str, group->text->len,
                              (const cairo_glyph_t *) (void *) group->glyphs->data,
                              group->glyphs->len,
                              (const cairo_text_cluster_t *) (void *) group->clusters->data,
                              group->clusters->len, 0);
    }
  cairo_restore (cr);
  while (batch->groups->len > 0)
    {
      Group *group = g_ptr_array_steal_index_fast (batch->groups, batch->groups->len - 1);

      g_clear_pointer (&group->font, cairo_scaled_font_destroy);
      g_array_set_size (group->glyphs, 0);
      g_array_set_size (group->clusters, 0);
      g_string_truncate (group->text, 0);
      g_ptr_array_add (batch->spare, group);
    }
}
