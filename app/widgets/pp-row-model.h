/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-row-model.h: PpRowModel, a list of rows that stay in place while the
 * items they show change. */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PP_TYPE_ROW (pp_row_get_type ())

G_DECLARE_FINAL_TYPE (PpRow, pp_row, PP, ROW, GObject)

gpointer pp_row_get_item     (PpRow *self);
guint    pp_row_get_position (PpRow *self);

#define PP_TYPE_ROW_MODEL (pp_row_model_get_type ())

G_DECLARE_FINAL_TYPE (PpRowModel, pp_row_model, PP, ROW_MODEL, GObject)

PpRowModel *pp_row_model_new         (GListModel *model);
GListModel *pp_row_model_get_model   (PpRowModel *self);
gboolean    pp_row_model_is_changing (PpRowModel *self);

G_END_DECLS
