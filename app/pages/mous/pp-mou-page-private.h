/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-page-private.h: the MoU register's fields, shared by the files
 * that make it up: pp-mou-page.c (the type and its models),
 * pp-mou-page-cells.c (the columns and their cells),
 * pp-mou-page-actions.c (add, duplicate, delete), pp-mou-page-filter.c
 * (the filters and the selection) and pp-mou-page-scroll.c (scrolling
 * sideways). pp-mou-page.c calls the others, and the actions call the
 * filter; no call goes the other way. */

#pragma once

#include <adwaita.h>

#include "pp-history.h"
#include "pp-mou-editor.h"
#include "pp-mou-page.h"
#include "pp-mou-sort.h"
#include "pp-row-model.h"
#include "pp-settled-model.h"

G_BEGIN_DECLS

typedef PpMouColumn Column;

struct _PpMouPage
{
  AdwBin parent_instance;

  PpHistory *history;
  PpPortfolio *portfolio;

  GtkCustomFilter *filter;
  GtkFilterListModel *filter_model;
  GtkSortListModel *sort_model;
  PpSettledModel *settled;
  PpRowModel *rows;
  GtkSingleSelection *selection;
  GtkStringList *sector_names;   /* "All sectors", then each sector */
  char *search;                  /* casefolded, or NULL */
  char *sector_id;               /* the sector shown, or NULL for all */
  int status;                    /* the status shown, or -1 for all */
  guint refresh_source;
  gboolean updating_filters;
  GHashTable *bound;             /* the GtkListItems showing a row */
  GDate today;                   /* for the marks, looked up once a minute */
  gint64 today_checked;
  PpMou *kept;                   /* the selection to keep across filtering */
  gboolean restoring;            /* filtering: put the selection back after */
  guint restore_source;

  AdwFlap *flap;
  GtkSearchEntry *search_entry;
  GtkDropDown *sector_filter;
  GtkDropDown *status_filter;
  GtkLabel *count_label;
  GtkLabel *count_short_label;
  GtkStack *content_stack;
  GtkScrolledWindow *register_scroll;
  GtkColumnView *column_view;
  AdwStatusPage *empty_page;
  PpMouEditor *editor;
  GtkToggleButton *editor_toggle;
  double scrolled_from_start;    /* sideways, past the first column */
  gulong relayout_handler;       /* on the frame clock, to lay out again */
};

PpMou *pp_mou_page_owning_mou     (PpNode      *node);
void   pp_mou_page_add_columns     (PpMouPage   *self);
void   pp_mou_page_refresh_cells   (PpMouPage   *self,
                                    PpNode      *origin);
void   pp_mou_page_refresh_rows    (PpMouPage   *self,
                                    guint        position,
                                    guint        n_rows);
void   pp_mou_page_install_actions (GtkWidgetClass *widget_class);
void   pp_mou_page_add_table_keys  (PpMouPage      *self);
void   pp_mou_page_add_sort_menu   (PpMouPage      *self);
void   pp_mou_page_add_sideways_scroll (PpMouPage *self);

gboolean pp_mou_page_filter_func       (gpointer         item,
                                        gpointer         user_data);
gboolean pp_mou_page_is_filtering      (PpMouPage       *self);
void     pp_mou_page_refilter          (PpMouPage       *self,
                                        GtkFilterChange  change);
void     pp_mou_page_search_changed    (PpMouPage       *self);
void     pp_mou_page_update_count      (PpMouPage       *self);
PpMou   *pp_mou_page_selected_mou      (PpMouPage       *self);
void     pp_mou_page_show_selected     (PpMouPage       *self,
                                        PpMou           *mou);
void     pp_mou_page_show_mou          (PpMouPage       *self,
                                        PpMou           *mou);
void     pp_mou_page_restore_selection (PpMouPage       *self);
void     pp_mou_page_follow_selection  (PpMouPage       *self);

G_END_DECLS
