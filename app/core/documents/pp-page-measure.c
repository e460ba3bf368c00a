/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-page-measure.c: the page's body, and the text of headings,
 * paragraphs and captions laid out at its width: what pagination measures
 * and drawing draws, so the two agree to the point. Tables' and fact
 * lists' cells are in pp-page-cells.c. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-page-layout-private.h"

/* Heading sizes by level, from 1. */
static const double pp_page_heading_sizes[4] = { 0, 17.0, 13.5, 10.5 };

double
pp_page_body_width (PpPageLayout *self)
{
  return self->width - 2 * MARGIN;
}

double
pp_page_body_top (void)
{
  return MARGIN + HEADER;
}

double
pp_page_body_bottom (PpPageLayout *self)
{
  return self->height - MARGIN - FOOTER;
}

const PpBlock *
pp_page_get_block (PpPageLayout *self,
                   guint         index)
{
  return g_ptr_array_index (self->document->blocks, index);
}

/* "Risks (continued)", above the rows of a table that go on from the page
 * before, with the header row repeated under it; laid out once for all
 * the pages the table goes on to. */
PangoLayout *
pp_page_continued_layout (PpPageLayout  *self,
                          const PpBlock *block)
{
  PangoLayout *layout = g_hash_table_lookup (self->labels, block);

  if (layout == NULL)
    {
      /* Translators: above a table that goes on from the page before, "Risks (continued)" */
      g_autofree char *text = g_strdup_printf (_("%s (continued)"), block->text);

      layout = pp_page_text_new (self->context, text, PP_PAGE_TEXT_SIZE, TRUE,
                                 pp_page_body_width (self));
      g_hash_table_insert (self->labels, (gpointer) block, layout);
    }
  return g_object_ref (layout);
}

double
pp_page_continued_height (PpPageLayout  *self,
                          const PpBlock *block)
{
  g_autoptr(PangoLayout) layout = pp_page_continued_layout (self, block);

  return pp_page_text_height (layout) + 4;
}

PangoLayout *
pp_page_paragraph_layout (PpPageLayout  *self,
                          const PpBlock *block)
{
  PangoLayout *layout = pp_page_text_new (self->context, block->text, PP_PAGE_TEXT_SIZE,
                                          block->style == PP_STYLE_WARNING,
                                          pp_page_body_width (self));

  pango_layout_set_spacing (layout, (int) (2 * PANGO_SCALE));
  return layout;
}

PangoLayout *
pp_page_heading_layout (PpPageLayout  *self,
                        const PpBlock *block)
{
  return pp_page_text_new (self->context, block->text,
                           pp_page_heading_sizes[CLAMP (block->level, 1, 3)],
                           TRUE, pp_page_body_width (self));
}

double
pp_page_heading_height (PpPageLayout  *self,
                        const PpBlock *block)
{
  g_autoptr(PangoLayout) layout = pp_page_heading_layout (self, block);

  return pp_page_text_height (layout) + (block->level == 1 ? 8 : 2);
}

PangoLayout *
pp_page_caption_layout (PpPageLayout  *self,
                        const PpBlock *block)
{
  return pp_page_text_new (self->context, block->text, PP_PAGE_TEXT_SIZE, TRUE,
                           pp_page_body_width (self));
}
