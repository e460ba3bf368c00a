/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-array-store.h: PpArrayStore, a list model over an array. */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PP_TYPE_ARRAY_STORE (pp_array_store_get_type ())

G_DECLARE_FINAL_TYPE (PpArrayStore, pp_array_store, PP, ARRAY_STORE, GObject)

PpArrayStore *pp_array_store_new    (GType         item_type);
void          pp_array_store_insert (PpArrayStore *self,
                                     guint         position,
                                     gpointer      item);
void          pp_array_store_append (PpArrayStore *self,
                                     gpointer      item);
void          pp_array_store_remove (PpArrayStore *self,
                                     guint         position);
void          pp_array_store_splice (PpArrayStore *self,
                                     guint         position,
                                     guint         n_removals,
                                     gpointer     *additions,
                                     guint         n_additions);

G_END_DECLS
