/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-settled-model.h: PpSettledModel, a sorted list that only changes when
 * the sorting has finished. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PP_TYPE_SETTLED_MODEL (pp_settled_model_get_type ())

G_DECLARE_FINAL_TYPE (PpSettledModel, pp_settled_model, PP, SETTLED_MODEL, GObject)

PpSettledModel *pp_settled_model_new          (GtkSortListModel *sorted);
void            pp_settled_model_set_reversed (PpSettledModel   *self,
                                               gboolean          reversed);

G_END_DECLS
