/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-sort.h: the columns of the MoU register and how they sort. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  PP_MOU_COLUMN_TITLE,
  PP_MOU_COLUMN_SECTOR,
  PP_MOU_COLUMN_STATUS,
  PP_MOU_COLUMN_PARTIES,
  PP_MOU_COLUMN_SIGNED,
  PP_MOU_COLUMN_EXPIRES,
  PP_MOU_COLUMN_NEXT_FOLLOW_UP,
  PP_MOU_N_COLUMNS
} PpMouColumn;

GtkSorter *pp_mou_column_sorter_new (PpMouColumn  column,
                                     GtkSortType  order);
GtkSorter *pp_mou_sort_list_sorter  (GtkSorter   *view_sorter,
                                     gboolean    *reversed);
gboolean   pp_mou_sort_get_first    (GtkSorter   *view_sorter,
                                     PpMouColumn *column,
                                     gboolean    *descending);

G_END_DECLS
