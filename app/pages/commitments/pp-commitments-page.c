/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-commitments-page.c: the list of commitments, each with its progress
 * bar, and an editor for the selected one: its fields, its dated progress
 * entries, a chart against the straight line to the target, and whether it
 * is on track, in words. Every edit goes through the history. */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "pp-commitment-row.h"
#include "pp-commitments-page.h"
#include "pp-progress-entry-row.h"
#include "pp-date-button.h"
#include "pp-date.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-progress-chart.h"
#include "pp-summary.h"
#include "pp-widget-util.h"

struct _PpCommitmentsPage
{
  AdwBin parent_instance;

  PpHistory *history;
  PpPortfolio *portfolio;
  PpCommitment *selected;
  gboolean updating;
  GtkStringList *sector_names;
  GtkStringList *mou_names;
  GtkStringList *side_names;

  GtkListView *list;
  GtkScrolledWindow *list_scroller;
  guint rows_height_id;      /* the height to ask for, set after the layout */
  GtkSingleSelection *selection;
  GtkWidget *editor;
  AdwEntryRow *title_row;
  AdwComboRow *sector_row;
  AdwEntryRow *unit_row;
  GtkSpinButton *target_spin;
  AdwEntryRow *due_row;
  GtkWidget *due_button;
  AdwComboRow *mou_row;
  AdwComboRow *side_row;
  GtkLabel *status_label;
  GtkProgressBar *progress_bar;
  PpProgressChart *chart;
  GtkListBox *entries;
  AdwEntryRow *entry_date_row;
  GtkSpinButton *entry_value_spin;
  AdwEntryRow *entry_note_row;
  GtkLabel *entry_error;
};

G_DEFINE_FINAL_TYPE (PpCommitmentsPage, pp_commitments_page, ADW_TYPE_BIN)


static guint
index_of (GListModel *list,
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

static void
rebuild_names (PpCommitmentsPage *self)
{
  GListModel *sectors = pp_portfolio_get_sectors (self->portfolio);
  GListModel *mous = pp_portfolio_get_mous (self->portfolio);
  PpCountryPair *pair = pp_portfolio_get_countries (self->portfolio);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  self->updating = TRUE;
  g_ptr_array_add (names, (gpointer) _("No sector"));
  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(PpSector) sector = g_list_model_get_item (sectors, i);
      g_ptr_array_add (names, (gpointer) pp_sector_get_name (sector));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->sector_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->sector_names)),
                          (const char * const *) names->pdata);

  g_ptr_array_set_size (names, 0);
  g_ptr_array_add (names, (gpointer) _("No MoU"));
  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);
      g_ptr_array_add (names, (gpointer) pp_mou_get_title (mou));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->mou_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->mou_names)),
                          (const char * const *) names->pdata);

  g_ptr_array_set_size (names, 0);
  g_ptr_array_add (names, (gpointer) _("Both sides"));
  if (pp_country_pair_is_set (pair))
    {
      g_ptr_array_add (names, (gpointer) pp_iso_country_get_name (pp_country_pair_get_first (pair)));
      g_ptr_array_add (names, (gpointer) pp_iso_country_get_name (pp_country_pair_get_second (pair)));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->side_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->side_names)),
                          (const char * const *) names->pdata);
  self->updating = FALSE;
}

static GtkWidget *
create_entry_row (gpointer item,
                  gpointer user_data)
{
  PpCommitmentsPage *self = user_data;

  return pp_progress_entry_row_new (self->history, self->selected, item);
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
refresh_editor (PpCommitmentsPage *self)
{
  PpCommitment *c = self->selected;
  PpCountryPair *pair = pp_portfolio_get_countries (self->portfolio);
  g_autofree char *due = NULL;
  g_autofree char *status = NULL;
  gint64 target;
  guint side = 0;
  gboolean editable = self->history == NULL || !pp_history_get_read_only (self->history);

  gtk_widget_set_visible (self->editor, c != NULL);
  gtk_widget_set_sensitive (self->editor, editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commitments.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commitments.delete", editable && c != NULL);
  if (c == NULL)
    return;

  self->updating = TRUE;
  set_row_text (self->title_row, pp_commitment_get_title (c));
  set_row_text (self->unit_row, pp_commitment_get_unit (c));
  gtk_spin_button_set_value (self->target_spin, (double) pp_commitment_get_target (c));
  due = pp_date_to_display (pp_commitment_get_due_on (c));
  set_row_text (self->due_row, due != NULL ? due : "");
  pp_date_button_set_date (self->due_button, pp_commitment_get_due_on (c));
  adw_combo_row_set_selected (self->sector_row,
                              index_of (pp_portfolio_get_sectors (self->portfolio),
                                        pp_portfolio_lookup (self->portfolio, PP_COLLECTION_SECTORS,
                                                             pp_commitment_get_sector (c))) + 1);
  adw_combo_row_set_selected (self->mou_row,
                              index_of (pp_portfolio_get_mous (self->portfolio),
                                        pp_portfolio_lookup (self->portfolio, PP_COLLECTION_MOUS,
                                                             pp_commitment_get_mou (c))) + 1);
  if (pp_commitment_get_side (c) != NULL)
    side = g_strcmp0 (pp_commitment_get_side (c), pp_country_pair_get_first (pair)) == 0 ? 1 : 2;
  adw_combo_row_set_selected (self->side_row, side);
  self->updating = FALSE;

  status = pp_commitment_row_describe_status (c);
  gtk_label_set_label (self->status_label, status);
  target = pp_commitment_get_target (c);
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 target > 0 ? MIN (1.0, (double) pp_commitment_get_achieved (c, NULL) / target)
                                            : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, status, -1);
  pp_progress_chart_update (self->chart);
  gtk_widget_set_visible (GTK_WIDGET (self->entries),
                          g_list_model_get_n_items (pp_commitment_get_progress (c)) > 0);
}

/* Shows each commitment's progress and status again in its row. The rows
 * stay, with the list following the model's items itself: made again,
 * they would take the pointer's press from the Target buttons, whose
 * spinning then never stopped. */
static void
refresh_rows (PpCommitmentsPage *self)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list)); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (PP_IS_COMMITMENT_ROW (row) && pp_commitment_row_get_commitment (PP_COMMITMENT_ROW (row)))
        pp_commitment_row_set_commitment (PP_COMMITMENT_ROW (row),
                                          pp_commitment_row_get_commitment (PP_COMMITMENT_ROW (row)));
    }
}

static void
portfolio_changed_cb (PpPortfolio       *portfolio,
                      PpNode            *origin,
                      PpCommitmentsPage *self)
{
  if (PP_IS_SECTOR (origin) || PP_IS_MOU (origin) || PP_IS_PORTFOLIO (origin) ||
      PP_IS_COUNTRY_PAIR (origin))
    rebuild_names (self);
  /* The rows show progress and the status, which any change can move. */
  if (PP_IS_COMMITMENT (origin) || PP_IS_PROGRESS_ENTRY (origin) || PP_IS_PORTFOLIO (origin))
    refresh_rows (self);
  if (self->selected != NULL && pp_node_get_owner (PP_NODE (self->selected)) == NULL)
    pp_commitments_page_select (self, NULL);
  refresh_editor (self);
}

/* A few commitments show whole, in the page's own scrolling; more scroll
 * in a list of their own, a few rows high, so that the list view makes
 * rows only for those in sight and the editor stays close below. */
#define FEW_COMMITMENTS 5
#define LIST_HEIGHT 400

/* A scrolled window measures its content as if it had all the width it
 * wants, so a few rows shown whole, wrapped in a narrow window or a long
 * language, would be cut off. Once the list has laid its rows out at the
 * width it has, their height is known, and the list asks for just that
 * (a height asked for counts only with a scrolling policy). */
static gboolean
ask_rows_height (gpointer data)
{
  PpCommitmentsPage *self = data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list));
  int rows = (int) ceil (gtk_adjustment_get_upper (adjustment));

  self->rows_height_id = 0;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > FEW_COMMITMENTS ||
      rows <= 0 || rows == gtk_scrolled_window_get_min_content_height (self->list_scroller))
    return G_SOURCE_REMOVE;
  gtk_scrolled_window_set_policy (self->list_scroller, GTK_POLICY_NEVER, GTK_POLICY_EXTERNAL);
  gtk_scrolled_window_set_min_content_height (self->list_scroller, rows);
  return G_SOURCE_REMOVE;
}

/* The rows' height is known during the list's layout, where a new size
 * asked for would be lost: it is asked for just after. */
static void
rows_height_cb (GtkAdjustment     *adjustment,
                GParamSpec        *pspec,
                PpCommitmentsPage *self)
{
  if (self->rows_height_id == 0)
    self->rows_height_id = g_idle_add (ask_rows_height, self);
}

static void
update_list_height (PpCommitmentsPage *self)
{
  gboolean few = g_list_model_get_n_items (G_LIST_MODEL (self->selection)) <= FEW_COMMITMENTS;

  gtk_scrolled_window_set_policy (self->list_scroller, GTK_POLICY_NEVER,
                                  few ? GTK_POLICY_NEVER : GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (self->list_scroller, few ? -1 : LIST_HEIGHT);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, pp_commitment_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  pp_commitment_row_set_commitment (PP_COMMITMENT_ROW (gtk_list_item_get_child (item)),
                                    gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  pp_commitment_row_set_commitment (PP_COMMITMENT_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
show_selected (PpCommitmentsPage *self,
               PpCommitment      *commitment)
{
  if (commitment == self->selected)
    return;
  pp_history_break_merge (self->history);
  g_set_object (&self->selected, commitment);
  pp_progress_chart_set_commitment (self->chart, commitment);
  gtk_list_box_bind_model (self->entries,
                           commitment != NULL ? pp_commitment_get_progress (commitment) : NULL,
                           create_entry_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->entry_error), FALSE);
  refresh_editor (self);
}

static void
selection_changed_cb (PpCommitmentsPage *self)
{
  show_selected (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
set_value (PpCommitmentsPage *self,
           const char        *property,
           GValue            *value,
           gboolean           merge)
{
  if (!self->updating && self->selected != NULL)
    pp_history_set_value (self->history, PP_NODE (self->selected), property, value, merge);
  g_value_unset (value);
}

static void
title_changed_cb (PpCommitmentsPage *self)
{
  GValue value = G_VALUE_INIT;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  if (*text == '\0')
    return;   /* a title is required */
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  set_value (self, "title", &value, TRUE);
}

static void
unit_changed_cb (PpCommitmentsPage *self)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, gtk_editable_get_text (GTK_EDITABLE (self->unit_row)));
  set_value (self, "unit", &value, TRUE);
}

static void
target_changed_cb (PpCommitmentsPage *self)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, (gint64) gtk_spin_button_get_value (self->target_spin));
  set_value (self, "target", &value, TRUE);
}

static void
set_due (PpCommitmentsPage *self,
         const GDate       *date)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DATE);
  g_value_set_boxed (&value, date);
  set_value (self, "due-on", &value, FALSE);
}

static void
due_applied_cb (PpCommitmentsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->due_row));
  g_autoptr(GError) error = NULL;
  GDate date;

  if (*text == '\0')
    set_due (self, NULL);
  else if (pp_date_parse_local (text, &date, &error))
    set_due (self, &date);
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->due_row), error->message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->due_row), NULL);
}

static void
due_picked_cb (GtkWidget   *row,
               const GDate *date,
               gpointer     user_data)
{
  set_due (user_data, date);
}

static void
reference_selected_cb (PpCommitmentsPage *self)
{
  guint sector = adw_combo_row_get_selected (self->sector_row);
  guint mou = adw_combo_row_get_selected (self->mou_row);
  guint side = adw_combo_row_get_selected (self->side_row);
  PpCountryPair *pair = pp_portfolio_get_countries (self->portfolio);
  g_autoptr(PpNode) sector_node = NULL;
  g_autoptr(PpNode) mou_node = NULL;
  const char *side_code = NULL;

  if (self->updating || self->selected == NULL)
    return;
  if (sector != GTK_INVALID_LIST_POSITION && sector > 0)
    sector_node = g_list_model_get_item (pp_portfolio_get_sectors (self->portfolio), sector - 1);
  if (mou != GTK_INVALID_LIST_POSITION && mou > 0)
    mou_node = g_list_model_get_item (pp_portfolio_get_mous (self->portfolio), mou - 1);
  if (side == 1)
    side_code = pp_country_pair_get_first (pair);
  else if (side == 2)
    side_code = pp_country_pair_get_second (pair);

  pp_history_set (self->history, PP_NODE (self->selected),
                  "sector", sector_node != NULL ? pp_node_get_id (sector_node) : NULL,
                  "mou", mou_node != NULL ? pp_node_get_id (mou_node) : NULL,
                  "side", side_code,
                  NULL);
}

static void
field_left_cb (PpCommitmentsPage *self)
{
  if (self->history != NULL)
    pp_history_break_merge (self->history);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PpCommitmentsPage *self = PP_COMMITMENTS_PAGE (widget);
  GListModel *commitments = pp_portfolio_get_commitments (self->portfolio);
  g_autoptr(PpCommitment) commitment = NULL;
  g_autofree char *id = NULL;

  for (guint i = 1; id == NULL; i++)
    {
      id = g_strdup_printf ("commitment-%u", i);
      if (pp_portfolio_lookup (self->portfolio, PP_COLLECTION_COMMITMENTS, id) != NULL)
        g_clear_pointer (&id, g_free);
    }
  commitment = pp_commitment_new (id);
  pp_commitment_set_title (commitment, _("New commitment"));
  if (pp_history_append (self->history, PP_NODE (self->portfolio), commitments,
                         PP_NODE (commitment), NULL))
    {
      pp_commitments_page_select (self, commitment);
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
    }
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PpCommitmentsPage *self = PP_COMMITMENTS_PAGE (widget);
  GListModel *commitments = pp_portfolio_get_commitments (self->portfolio);
  guint position = index_of (commitments, self->selected);

  if (position != GTK_INVALID_LIST_POSITION)
    pp_history_remove (self->history, PP_NODE (self->portfolio), commitments, position, NULL);
}

static void
add_entry_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PpCommitmentsPage *self = PP_COMMITMENTS_PAGE (widget);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry_date_row));
  g_autoptr(PpProgressEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  GDate on, today;

  if (self->selected == NULL)
    return;
  if (!pp_date_parse_local (text, &on, &error))
    {
      const char *message = error->message;

      gtk_widget_remove_css_class (GTK_WIDGET (self->entry_error), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->entry_error), "error");
      gtk_label_set_label (self->entry_error, message);
      gtk_widget_set_visible (GTK_WIDGET (self->entry_error), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry_date_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->entry_error), FALSE);

  entry = pp_progress_entry_new ();
  pp_progress_entry_set_on (entry, &on);
  pp_progress_entry_set_value (entry, (gint64) gtk_spin_button_get_value (self->entry_value_spin));
  pp_progress_entry_set_note (entry, gtk_editable_get_text (GTK_EDITABLE (self->entry_note_row)));
  if (!pp_history_append (self->history, PP_NODE (self->selected),
                          pp_commitment_get_progress (self->selected), PP_NODE (entry), NULL))
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->entry_date_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->entry_note_row), "");
  pp_date_get_today (&today);
  if (g_date_compare (&on, &today) > 0)
    {
      /* Said, not refused: a plan's figures may be entered ahead. */
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry_error), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->entry_error), "warning");
      gtk_label_set_label (self->entry_error,
                           _("This entry is dated after today, so it is planned: it counts as "
                             "achieved only from its date."));
      gtk_widget_set_visible (GTK_WIDGET (self->entry_error), TRUE);
    }
}

static void
pp_commitments_page_dispose (GObject *object)
{
  PpCommitmentsPage *self = PP_COMMITMENTS_PAGE (object);

  g_clear_handle_id (&self->rows_height_id, g_source_remove);
  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (self->portfolio, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->selected);
  g_clear_object (&self->selection);
  g_clear_object (&self->history);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->sector_names);
  g_clear_object (&self->mou_names);
  g_clear_object (&self->side_names);

  G_OBJECT_CLASS (pp_commitments_page_parent_class)->dispose (object);
}

static void
pp_commitments_page_class_init (PpCommitmentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_commitments_page_dispose;

  g_type_ensure (PP_TYPE_PROGRESS_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/pp-commitments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, list);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, sector_row);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, unit_row);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, target_spin);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, due_row);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, mou_row);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, side_row);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, chart);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, entries);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, entry_date_row);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, entry_value_spin);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, entry_note_row);
  gtk_widget_class_bind_template_child (widget_class, PpCommitmentsPage, entry_error);

  gtk_widget_class_install_action (widget_class, "commitments.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "commitments.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "commitments.add-entry", NULL,
                                   add_entry_activated);
}

static void
pp_commitments_page_init (PpCommitmentsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sector_names = gtk_string_list_new (NULL);
  self->mou_names = gtk_string_list_new (NULL);
  self->side_names = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->sector_row, G_LIST_MODEL (self->sector_names));
  adw_combo_row_set_model (self->mou_row, G_LIST_MODEL (self->mou_names));
  adw_combo_row_set_model (self->side_row, G_LIST_MODEL (self->side_names));

  self->due_button = pp_date_button_new (GTK_WIDGET (self->due_row), _("Choose the due date"),
                                         due_picked_cb, self);
  adw_entry_row_add_suffix (self->due_row, self->due_button);

  /* Ctrl+Z is the portfolio's undo, not the entries' own. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->unit_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->due_row), FALSE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list, factory);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (title_changed_cb), self);
  g_signal_connect_swapped (self->unit_row, "changed", G_CALLBACK (unit_changed_cb), self);
  pp_spin_button_show_counts (self->target_spin);
  pp_spin_button_show_counts (self->entry_value_spin);
  g_signal_connect_swapped (self->target_spin, "value-changed", G_CALLBACK (target_changed_cb), self);
  g_signal_connect_swapped (self->due_row, "apply", G_CALLBACK (due_applied_cb), self);
  g_signal_connect_swapped (self->sector_row, "notify::selected", G_CALLBACK (reference_selected_cb), self);
  g_signal_connect_swapped (self->mou_row, "notify::selected", G_CALLBACK (reference_selected_cb), self);
  g_signal_connect_swapped (self->side_row, "notify::selected", G_CALLBACK (reference_selected_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->title_row), G_CALLBACK (field_left_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->unit_row), G_CALLBACK (field_left_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->target_spin), G_CALLBACK (field_left_cb), self);
}

void
pp_commitments_page_set_history (PpCommitmentsPage *self,
                                 PpHistory         *history)
{
  g_return_if_fail (PP_IS_COMMITMENTS_PAGE (self));
  g_return_if_fail (self->history == NULL);

  self->history = g_object_ref (history);
  self->portfolio = g_object_ref (pp_history_get_portfolio (history));
  g_signal_connect (self->portfolio, "changed", G_CALLBACK (portfolio_changed_cb), self);
  /* A portfolio shown read-only: the editor is read, not changed. */
  g_signal_connect_object (history, "notify::read-only", G_CALLBACK (refresh_editor), self,
                           G_CONNECT_SWAPPED);
  rebuild_names (self);
  self->selection = gtk_single_selection_new (g_object_ref (pp_portfolio_get_commitments (self->portfolio)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_list_height), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list)),
                           "notify::upper", G_CALLBACK (rows_height_cb), self, 0);
  update_list_height (self);
  pp_commitments_page_select (self, NULL);
  if (g_list_model_get_n_items (pp_portfolio_get_commitments (self->portfolio)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
}

/**
 * pp_commitments_page_select:
 * @commitment: (nullable): the commitment to show in the editor
 */
void
pp_commitments_page_select (PpCommitmentsPage *self,
                            PpCommitment      *commitment)
{
  guint position;

  g_return_if_fail (PP_IS_COMMITMENTS_PAGE (self));

  position = index_of (pp_portfolio_get_commitments (self->portfolio), commitment);
  gtk_single_selection_set_selected (self->selection, position);
  if (position == GTK_INVALID_LIST_POSITION)
    show_selected (self, NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
}

/**
 * pp_commitments_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the commitment being edited
 */
PpCommitment *
pp_commitments_page_get_selected (PpCommitmentsPage *self)
{
  g_return_val_if_fail (PP_IS_COMMITMENTS_PAGE (self), NULL);
  return self->selected;
}
