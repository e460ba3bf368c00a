/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-ventures-page-private.h: what the files of the Joint Ventures page
 * share: the page's fields and the helpers one file gives the others. */

#pragma once

#include "pp-risk-grid.h"
#include "pp-timeline.h"
#include "pp-ventures-page.h"

G_BEGIN_DECLS

struct _PpVenturesPage
{
  AdwBin parent_instance;

  PpHistory *history;
  PpPortfolio *portfolio;
  PpVenture *selected;
  char *sector_filter;
  char *search;                 /* casefolded, or NULL */
  GtkCustomFilter *filter;
  GtkFilterListModel *shown;
  gboolean updating;
  GtkStringList *sector_names;
  GtkStringList *org_names;
  GtkStringList *mou_names;
  GPtrArray *currencies;        /* ISO 4217 codes, in the currency row's order */

  AdwLeaflet *leaflet;
  GtkWidget *list_box;
  GtkWidget *content_box;
  GtkWidget *timeline_group;
  GtkScrolledWindow *timeline_scroller;
  GtkWidget *no_selection;
  GtkWidget *back_bar;
  GtkLabel *editor_title;
  PpTimeline *timeline;
  PpTimeline *venture_timeline;
  GtkWidget *filter_bar;
  GtkLabel *filter_label;
  GtkListView *list;
  GtkSingleSelection *selection;
  GtkWidget *list_scroller;
  GtkLabel *empty_label;        /* shown in place of an empty list */
  GtkSearchEntry *search_entry;
  GtkDropDown *stage_filter;
  GtkWidget *editor;
  AdwEntryRow *name_row;
  AdwComboRow *sector_row;
  AdwComboRow *stage_row;
  GtkTextView *objectives_view;
  GtkListBox *mous_list;
  AdwComboRow *add_mou_row;
  GtkListBox *partners_list;
  AdwComboRow *add_partner_row;
  GtkLabel *shares_warning;
  GtkSpinButton *budget_spin;
  AdwComboRow *currency_row;
  GtkSpinButton *jobs_spin;
  AdwEntryRow *start_row;
  AdwEntryRow *end_row;
  GtkWidget *date_buttons[2];
  GtkLabel *schedule_warning;
  GtkListBox *milestones_list;
  GtkListBox *risks_list;
  PpRiskGrid *risk_grid;
};

/* The position of @item in @list, or GTK_INVALID_LIST_POSITION. It is
 * here, inline, so that every file of the page can use it without calling
 * another one. */
static inline guint
_pp_ventures_page_index_of (GListModel *list,
                            gpointer    item)
{
  for (guint i = 0; item != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (list, i);

      if (other == item)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The helpers of each file, from the top down. A file calls only the
 * files below it: pp-ventures-page.c calls all of them, the actions call
 * the list and the editor, the list calls the editor, the editor calls
 * the rows, and the rows call none. */

/* pp-ventures-page-actions.c */
void       _pp_ventures_page_install_actions           (GtkWidgetClass *widget_class);
PpVenture *_pp_ventures_page_plan_from_mou             (PpVenturesPage *self,
                                                        PpMou          *mou);

/* pp-ventures-page-list.c */
void       _pp_ventures_page_init_list                 (PpVenturesPage *self);
void       _pp_ventures_page_filter_ventures           (PpVenturesPage *self);
void       _pp_ventures_page_rebind                    (PpVenturesPage *self);
void       _pp_ventures_page_set_sector_filter         (PpVenturesPage *self,
                                                        const char     *sector_id);
void       _pp_ventures_page_select_venture            (PpVenturesPage *self,
                                                        PpVenture      *venture);
void       _pp_ventures_page_focus_selected            (PpVenturesPage *self);

/* pp-ventures-page-editor.c */
void       _pp_ventures_page_init_editor               (PpVenturesPage *self);
void       _pp_ventures_page_show_selected             (PpVenturesPage *self,
                                                        PpVenture      *venture);
void       _pp_ventures_page_refresh_editor            (PpVenturesPage *self);
void       _pp_ventures_page_rebuild_names             (PpVenturesPage *self);
void       _pp_ventures_page_add_partner               (PpVenturesPage *self,
                                                        const char     *organisation,
                                                        double          share);

/* pp-ventures-page-rows.c */
GtkWidget *_pp_ventures_page_create_partner_row        (gpointer        item,
                                                        gpointer        user_data);
GtkWidget *_pp_ventures_page_create_milestone_row_full (gpointer        item,
                                                        gpointer        user_data);
GtkWidget *_pp_ventures_page_create_risk_row_full      (gpointer        item,
                                                        gpointer        user_data);

G_END_DECLS
