/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-tree-builder.h: builds a portfolio back from keyed JSON items (what a
 * merge decided), through the loader, so that every check of a file that
 * is opened applies to the result too. */
#pragma once

#include "pp-portfolio-tree.h"

G_BEGIN_DECLS

typedef struct _PpTreeBuilder PpTreeBuilder;

PpTreeBuilder *pp_tree_builder_new        (void);
void           pp_tree_builder_free       (PpTreeBuilder  *self);
void           pp_tree_builder_add_text   (PpTreeBuilder  *self,
                                           PpSection       section,
                                           const char     *text,
                                           gssize          length);
void           pp_tree_builder_add_object (PpTreeBuilder  *self,
                                           PpSection       section,
                                           JsonObject     *object);
void           pp_tree_builder_add_item   (PpTreeBuilder  *self,
                                           PpTreeItem     *item);
GBytes        *pp_tree_builder_to_bytes   (PpTreeBuilder  *self);
PpPortfolio   *pp_tree_builder_finish     (PpTreeBuilder  *self,
                                           GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpTreeBuilder, pp_tree_builder_free)

G_END_DECLS
