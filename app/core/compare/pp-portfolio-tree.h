/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-portfolio-tree.h: a portfolio seen as keyed JSON items, the common
 * ground of comparing and merging two versions of one portfolio.
 *
 * Each top-level item (a sector, an organisation, an MoU, a venture, a
 * commitment) is written compactly on its own and its text kept: two items
 * with the same text are equal without parsing. An item is parsed into a
 * JsonObject only when it must be looked into. The portfolio's own fields
 * (title, countries, description, currency and unknown members) are one
 * more item, of the section PP_SECTION_PORTFOLIO, whose key is "".
 *
 * How the lists inside an item are keyed is in pp-tree-keys.h; a portfolio
 * is built back from items with pp-tree-builder.h.
 */
#pragma once

#include "pp-portfolio.h"

G_BEGIN_DECLS

/* A section is a collection, or the portfolio's own fields. Sections are
 * numbered like PpCollection, so one below PP_N_COLLECTIONS is that
 * collection; their order in the file is pp_section_at (0…PP_N_SECTIONS-1). */
typedef enum
{
  PP_SECTION_SECTORS       = PP_COLLECTION_SECTORS,
  PP_SECTION_ORGANISATIONS = PP_COLLECTION_ORGANISATIONS,
  PP_SECTION_MOUS          = PP_COLLECTION_MOUS,
  PP_SECTION_VENTURES      = PP_COLLECTION_VENTURES,
  PP_SECTION_COMMITMENTS   = PP_COLLECTION_COMMITMENTS,
  PP_SECTION_PORTFOLIO     = PP_N_COLLECTIONS,
  PP_N_SECTIONS,
} PpSection;

typedef struct _PpPortfolioTree PpPortfolioTree;
typedef struct _PpTreeItem PpTreeItem;

PpSection        pp_section_at                 (guint             index);
const char      *pp_section_get_member         (PpSection         section);

PpPortfolioTree *pp_portfolio_tree_new         (PpPortfolio      *portfolio);
void             pp_portfolio_tree_free        (PpPortfolioTree  *self);
guint            pp_portfolio_tree_get_n_items (PpPortfolioTree  *self,
                                                PpSection         section);
PpTreeItem      *pp_portfolio_tree_get_item    (PpPortfolioTree  *self,
                                                PpSection         section,
                                                guint             position);
PpTreeItem      *pp_portfolio_tree_lookup      (PpPortfolioTree  *self,
                                                PpSection         section,
                                                const char       *key);
const char      *pp_portfolio_tree_get_name_of (PpPortfolioTree  *self,
                                                PpCollection      collection,
                                                const char       *id);

PpSection        pp_tree_item_get_section      (PpTreeItem       *item);
const char      *pp_tree_item_get_key          (PpTreeItem       *item);
guint            pp_tree_item_get_position     (PpTreeItem       *item);
const char      *pp_tree_item_get_text         (PpTreeItem       *item,
                                                gsize            *length);
gboolean         pp_tree_item_equal            (PpTreeItem       *a,
                                                PpTreeItem       *b);
JsonObject      *pp_tree_item_get_object       (PpTreeItem       *item);
const char      *pp_tree_item_get_name         (PpTreeItem       *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpPortfolioTree, pp_portfolio_tree_free)

G_END_DECLS
