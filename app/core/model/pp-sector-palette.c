/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sector-palette.c: the colours offered for sectors, with their names.
 *
 * These are libadwaita's accent colours (and GNOME's brown): mid tones
 * chosen to stand out both on a light and on a dark background. Every
 * colour has a name, so a sector's colour can also be said in words. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-sector-palette.h"

static const struct
{
  const char *color;
  const char *name;
} palette[] = {
  { "#3584e4", N_("Blue") },
  { "#2190a4", N_("Teal") },
  { "#3a944a", N_("Green") },
  { "#c88800", N_("Yellow") },
  { "#ed5b00", N_("Orange") },
  { "#e62d42", N_("Red") },
  { "#d56199", N_("Pink") },
  { "#9141ac", N_("Purple") },
  { "#986a44", N_("Brown") },
  { "#6f8396", N_("Slate") },
};

guint
pp_sector_palette_get_n_colors (void)
{
  return G_N_ELEMENTS (palette);
}

/* "#rrggbb", the form sectors hold. */
const char *
pp_sector_palette_get_color (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (palette), NULL);

  return palette[index].color;
}

const char *
pp_sector_palette_get_name (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (palette), NULL);

  return _(palette[index].name);
}

static gboolean
parse_rgb (const char *color,
           int         rgb[3])
{
  guint64 value;

  if (color == NULL || color[0] != '#' || strlen (color) != 7 ||
      !g_ascii_string_to_unsigned (color + 1, 16, 0, 0xffffff, &value, NULL))
    return FALSE;
  rgb[0] = (value >> 16) & 0xff;
  rgb[1] = (value >> 8) & 0xff;
  rgb[2] = value & 0xff;
  return TRUE;
}

/**
 * pp_sector_palette_find:
 * @exact: (out) (optional): whether @color is that colour of the palette
 *
 * Returns: the index of the colour of the palette nearest to @color
 *   ("#4a7fd6" is nearest to blue), 0 when @color is not a colour
 */
guint
pp_sector_palette_find (const char *color,
                        gboolean   *exact)
{
  int rgb[3], other[3];
  guint best = 0;
  int best_distance = G_MAXINT;

  if (exact != NULL)
    *exact = FALSE;
  if (!parse_rgb (color, rgb))
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    {
      int distance = 0;

      parse_rgb (palette[i].color, other);
      for (guint c = 0; c < 3; c++)
        distance += (rgb[c] - other[c]) * (rgb[c] - other[c]);
      if (distance < best_distance)
        {
          best = i;
          best_distance = distance;
        }
    }
  if (exact != NULL)
    *exact = best_distance == 0;
  return best;
}

/* The name of @color, or of the colour of the palette it is nearest to. */
const char *
pp_sector_palette_name_color (const char *color)
{
  return pp_sector_palette_get_name (pp_sector_palette_find (color, NULL));
}
