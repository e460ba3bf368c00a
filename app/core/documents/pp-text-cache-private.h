/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-text-cache-private.h: the shaped words that pp-text-cache.c keeps and
 * pp-text-wrap.c fills lines with and draws. */

#pragma once

#include "pp-text-cache.h"

G_BEGIN_DECLS

typedef struct
{
  PangoItem *item;            /* its offset is from the start of the word */
  PangoGlyphString *glyphs;
} PpTextRun;

typedef struct
{
  int width;                  /* Pango units, with the spaces after it */
  int trail;                  /* the final space's width, or 0 when it ends in none */
  int ascent;
  int descent;
  int length;                 /* bytes */
  gboolean refused;           /* shaping it alone is not shaping it in a text */
  guint n_runs;
  PpTextRun runs[];
} PpTextWord;

int pp_text_cache_empty_height (PpTextCache *self,
                                double       size,
                                gboolean     bold);

G_END_DECLS
