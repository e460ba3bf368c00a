/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-references.h: who refers to a sector or an organisation, and moving
 * those references to another item as one undoable step (to delete or
 * merge the item without leaving a reference to nothing). */
#pragma once

#include "pp-history.h"

G_BEGIN_DECLS

typedef struct
{
  PpNode *item;     /* the portfolio's item that refers: an MoU, a venture */
  PpNode *holder;   /* what holds the reference: @item, or a part of it (a partner) */
  char *member;     /* the holder's member: "sector", "parties[1]", "organisation" */
} PpReference;

GPtrArray  *pp_references_find      (PpPortfolio   *portfolio,
                                     PpCollection   collection,
                                     const char    *id);
GHashTable *pp_references_count_all (PpPortfolio   *portfolio,
                                     PpCollection   collection);
guint       pp_references_count_items (GPtrArray   *references);
char       *pp_references_summarize (GPtrArray     *references);
char       *pp_references_list_names (GPtrArray    *references,
                                      guint         max_names);

char       *pp_references_new_id    (PpPortfolio   *portfolio,
                                     PpCollection   collection,
                                     const char    *name);

void        pp_references_replace   (PpHistory     *history,
                                     PpCollection   collection,
                                     const char    *from,
                                     const char    *to);
gboolean    pp_references_delete    (PpHistory     *history,
                                     PpCollection   collection,
                                     const char    *id,
                                     const char    *replacement,
                                     GError       **error);
gboolean    pp_references_merge     (PpHistory     *history,
                                     PpCollection   collection,
                                     const char    *keep,
                                     const char    *drop,
                                     GError       **error);

G_END_DECLS
