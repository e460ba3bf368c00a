/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-ventures-page-editor.c: the venture editor's fields: showing the
 * selected venture, and its name, sector, stage, objectives, budget, jobs,
 * dates, linked MoUs and partners changed through the history. The rows
 * of its lists of partners, milestones and risks are made in
 * pp-ventures-page-rows.c. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date-button.h"
#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-risk-grid.h"
#include "pp-ventures-page-private.h"
#include "pp-widget-util.h"

/* Linked MoUs: each with Open and Remove. */

/* The page's "show-mou" signal asks the window to open the MoU. */
static void
open_mou_clicked_cb (GtkButton      *button,
                     PpVenturesPage *self)
{
  g_signal_emit_by_name (self, "show-mou", g_object_get_data (G_OBJECT (button), "mou"));
}

static void
unlink_mou_clicked_cb (GtkButton      *button,
                       PpVenturesPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "id");
  const char * const *mous = pp_venture_get_mous (self->selected);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) remaining = NULL;

  for (guint i = 0; mous[i] != NULL; i++)
    if (g_strcmp0 (mous[i], id) != 0)
      g_strv_builder_add (builder, mous[i]);
  remaining = g_strv_builder_end (builder);
  pp_history_set (self->history, PP_NODE (self->selected), "mous", remaining, NULL);
}

static GtkWidget *
small_button (const char *icon,
              const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

static void
rebuild_mous (PpVenturesPage *self)
{
  const char * const *mous = pp_venture_get_mous (self->selected);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->mous_list))) != NULL)
    gtk_list_box_remove (self->mous_list, child);
  for (guint i = 0; mous[i] != NULL; i++)
    {
      PpNode *mou = pp_portfolio_lookup (self->portfolio, PP_COLLECTION_MOUS, mous[i]);
      GtkWidget *row = adw_action_row_new ();
      const char *title = mou != NULL ? pp_mou_get_title (PP_MOU (mou)) : mous[i];
      g_autofree char *open_label = pp_sentence_new (_("Open the MoU “%s”"), title);
      g_autofree char *remove_label = pp_sentence_new (_("Unlink the MoU “%s”"), title);
      GtkWidget *open = small_button ("go-next-symbolic", open_label);
      GtkWidget *unlink = small_button ("list-remove-symbolic", remove_label);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (mou != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                     pp_enum_get_display_name (PP_TYPE_MOU_STATUS,
                                                               pp_mou_get_status (PP_MOU (mou))));
      g_object_set_data (G_OBJECT (open), "mou", mou);
      g_object_set_data_full (G_OBJECT (unlink), "id", g_strdup (mous[i]), g_free);
      g_signal_connect (open, "clicked", G_CALLBACK (open_mou_clicked_cb), self);
      g_signal_connect (unlink, "clicked", G_CALLBACK (unlink_mou_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), unlink);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
      gtk_list_box_append (self->mous_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->mous_list), mous[0] != NULL);
}

void
_pp_ventures_page_rebuild_names (PpVenturesPage *self)
{
  GListModel *list;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  self->updating = TRUE;
  g_ptr_array_add (names, (gpointer) _("No sector"));
  list = pp_portfolio_get_sectors (self->portfolio);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpSector) sector = g_list_model_get_item (list, i);
      g_ptr_array_add (names, (gpointer) pp_sector_get_name (sector));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->sector_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->sector_names)),
                          (const char * const *) names->pdata);

  g_ptr_array_set_size (names, 0);
  g_ptr_array_add (names, (gpointer) _("Choose an organisation…"));
  list = pp_portfolio_get_organisations (self->portfolio);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpOrganisation) org = g_list_model_get_item (list, i);
      g_ptr_array_add (names, (gpointer) pp_organisation_get_name (org));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->org_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->org_names)),
                          (const char * const *) names->pdata);

  g_ptr_array_set_size (names, 0);
  g_ptr_array_add (names, (gpointer) _("Choose an MoU…"));
  list = pp_portfolio_get_mous (self->portfolio);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (list, i);
      g_ptr_array_add (names, (gpointer) pp_mou_get_title (mou));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->mou_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->mou_names)),
                          (const char * const *) names->pdata);
  self->updating = FALSE;
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static guint
currency_index (PpVenturesPage *self,
                const char     *code)
{
  for (guint i = 0; code != NULL && i < self->currencies->len; i++)
    if (g_str_equal (self->currencies->pdata[i], code))
      return i + 1;
  return 0;
}

/* What is wrong with the venture's dates, or NULL. */
static char *
schedule_problem (PpVenture *venture)
{
  const GDate *start = pp_venture_get_start_on (venture);
  const GDate *end = pp_venture_get_end_on (venture);
  GListModel *milestones = pp_venture_get_milestones (venture);
  GString *text = g_string_new (NULL);

  if (start != NULL && end != NULL && g_date_compare (end, start) < 0)
    g_string_append (text, _("The venture ends before it starts."));
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, i);
      const GDate *due = pp_milestone_get_due_on (milestone);

      if (due != NULL && ((start != NULL && g_date_compare (due, start) < 0) ||
                          (end != NULL && g_date_compare (due, end) > 0)))
        {
          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append_printf (text, _("“%s” falls outside the venture’s dates."),
                                  pp_milestone_get_title (milestone));
        }
    }
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}

void
_pp_ventures_page_refresh_editor (PpVenturesPage *self)
{
  PpVenture *v = self->selected;
  PpNode *sector;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->objectives_view);
  g_autofree char *objectives = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *problem = NULL;
  GtkTextIter a, b;
  gboolean editable = self->history == NULL || !pp_history_get_read_only (self->history);

  gtk_widget_set_visible (self->editor, v != NULL);
  gtk_widget_set_visible (self->no_selection, v == NULL);
  gtk_label_set_label (self->editor_title, v != NULL ? "" : _("No venture chosen"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ventures.duplicate", editable && v != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ventures.delete", editable && v != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ventures.add", editable);
  gtk_widget_set_sensitive (self->editor, editable);
  if (v == NULL)
    return;

  gtk_label_set_label (self->editor_title, pp_venture_get_name (v));
  self->updating = TRUE;
  set_row_text (self->name_row, pp_venture_get_name (v));
  sector = pp_portfolio_lookup (self->portfolio, PP_COLLECTION_SECTORS, pp_venture_get_sector (v));
  adw_combo_row_set_selected (self->sector_row,
                              _pp_ventures_page_index_of (pp_portfolio_get_sectors (self->portfolio),
                                                          sector) + 1);
  adw_combo_row_set_selected (self->stage_row, pp_venture_get_stage (v));
  gtk_text_buffer_get_bounds (buffer, &a, &b);
  objectives = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
  if (g_strcmp0 (objectives, pp_venture_get_objectives (v)) != 0)
    gtk_text_buffer_set_text (buffer, pp_venture_get_objectives (v), -1);
  adw_combo_row_set_selected (self->add_mou_row, 0);
  adw_combo_row_set_selected (self->add_partner_row, 0);
  gtk_spin_button_set_value (self->budget_spin, (double) pp_venture_get_budget_amount (v));
  adw_combo_row_set_selected (self->currency_row, currency_index (self, pp_venture_get_budget_currency (v)));
  gtk_spin_button_set_value (self->jobs_spin, pp_venture_get_jobs (v));
  start = pp_date_to_display (pp_venture_get_start_on (v));
  end = pp_date_to_display (pp_venture_get_end_on (v));
  set_row_text (self->start_row, start != NULL ? start : "");
  set_row_text (self->end_row, end != NULL ? end : "");
  pp_date_button_set_date (self->date_buttons[0], pp_venture_get_start_on (v));
  pp_date_button_set_date (self->date_buttons[1], pp_venture_get_end_on (v));
  self->updating = FALSE;

  rebuild_mous (self);
  if (!pp_venture_get_shares_complete (v))
    {
      g_autofree char *text = pp_sentence_new (_("The partners’ shares total %.4g %%, not 100 %%. "
                                                 "The venture is shown as incomplete until they do."),
                                               pp_venture_get_share_total (v));

      gtk_label_set_label (self->shares_warning, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->shares_warning), !pp_venture_get_shares_complete (v));
  problem = schedule_problem (v);
  gtk_label_set_label (self->schedule_warning, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->schedule_warning), problem != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->partners_list),
                          g_list_model_get_n_items (pp_venture_get_partners (v)) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->milestones_list),
                          g_list_model_get_n_items (pp_venture_get_milestones (v)) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->risks_list),
                          g_list_model_get_n_items (pp_venture_get_risks (v)) > 0);
  pp_risk_grid_update (self->risk_grid);
}

/* Makes @venture (or none) the one the editor shows, with its lists of
 * partners, milestones and risks, its risk matrix and its timeline. */
void
_pp_ventures_page_show_selected (PpVenturesPage *self,
                                 PpVenture      *venture)
{
  if (venture == self->selected)
    return;
  pp_history_break_merge (self->history);
  g_set_object (&self->selected, venture);
  gtk_list_box_bind_model (self->partners_list,
                           venture != NULL ? pp_venture_get_partners (venture) : NULL,
                           _pp_ventures_page_create_partner_row, self, NULL);
  gtk_list_box_bind_model (self->milestones_list,
                           venture != NULL ? pp_venture_get_milestones (venture) : NULL,
                           _pp_ventures_page_create_milestone_row_full, self, NULL);
  gtk_list_box_bind_model (self->risks_list,
                           venture != NULL ? pp_venture_get_risks (venture) : NULL,
                           _pp_ventures_page_create_risk_row_full, self, NULL);
  pp_risk_grid_set_venture (self->risk_grid, venture);
  pp_timeline_set_venture (self->venture_timeline, venture);
  _pp_ventures_page_refresh_editor (self);
}

static void
set_venture (PpVenturesPage *self,
             const char     *property,
             GValue         *value,
             gboolean        merge)
{
  if (!self->updating && self->selected != NULL)
    pp_history_set_value (self->history, PP_NODE (self->selected), property, value, merge);
  g_value_unset (value);
}

static void
name_changed_cb (PpVenturesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  GValue value = G_VALUE_INIT;

  if (*text == '\0')
    return;   /* a name is required */
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  set_venture (self, "name", &value, TRUE);
}

static void
objectives_changed_cb (PpVenturesPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->objectives_view);
  g_autofree char *text = NULL;
  GValue value = G_VALUE_INIT;
  GtkTextIter a, b;

  gtk_text_buffer_get_bounds (buffer, &a, &b);
  text = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  set_venture (self, "objectives", &value, TRUE);
}

static void
combo_changed_cb (PpVenturesPage *self)
{
  guint sector = adw_combo_row_get_selected (self->sector_row);
  guint currency = adw_combo_row_get_selected (self->currency_row);
  g_autoptr(PpNode) sector_node = NULL;

  if (self->updating || self->selected == NULL)
    return;
  if (sector != GTK_INVALID_LIST_POSITION && sector > 0)
    sector_node = g_list_model_get_item (pp_portfolio_get_sectors (self->portfolio), sector - 1);
  pp_history_set (self->history, PP_NODE (self->selected),
                  "sector", sector_node != NULL ? pp_node_get_id (sector_node) : NULL,
                  "stage", (int) adw_combo_row_get_selected (self->stage_row),
                  "budget-currency", currency != GTK_INVALID_LIST_POSITION && currency > 0
                                     ? (const char *) self->currencies->pdata[currency - 1] : NULL,
                  NULL);
}

static void
numbers_changed_cb (PpVenturesPage *self)
{
  GValue value = G_VALUE_INIT;

  if (self->updating || self->selected == NULL)
    return;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, (gint64) gtk_spin_button_get_value (self->budget_spin));
  set_venture (self, "budget-amount", &value, TRUE);
  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, gtk_spin_button_get_value_as_int (self->jobs_spin));
  set_venture (self, "jobs", &value, TRUE);
}

static void
set_date (PpVenturesPage *self,
          GtkWidget      *row,
          const GDate    *date)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DATE);
  g_value_set_boxed (&value, date);
  set_venture (self, row == GTK_WIDGET (self->start_row) ? "start-on" : "end-on", &value, FALSE);
  gtk_widget_remove_css_class (row, "error");
}

static void
date_applied_cb (AdwEntryRow    *row,
                 PpVenturesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  GDate date;

  if (*text == '\0')
    set_date (self, GTK_WIDGET (row), NULL);
  else if (pp_date_parse_local (text, &date, &error))
    set_date (self, GTK_WIDGET (row), &date);
  else
    {
      const char *message = error->message;

      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_label_set_label (self->schedule_warning, message);
      gtk_widget_set_visible (GTK_WIDGET (self->schedule_warning), TRUE);
    }
}

static void
date_picked_cb (GtkWidget   *row,
                const GDate *date,
                gpointer     user_data)
{
  set_date (user_data, row, date);
}

static void
add_mou_selected_cb (PpVenturesPage *self)
{
  guint selected = adw_combo_row_get_selected (self->add_mou_row);
  g_autoptr(PpNode) mou = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) mous = NULL;

  if (self->updating || self->selected == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected == 0)
    return;
  mou = g_list_model_get_item (pp_portfolio_get_mous (self->portfolio), selected - 1);
  if (g_strv_contains (pp_venture_get_mous (self->selected), pp_node_get_id (mou)))
    {
      _pp_ventures_page_refresh_editor (self);
      return;
    }
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) pp_venture_get_mous (self->selected));
  g_strv_builder_add (builder, pp_node_get_id (mou));
  mous = g_strv_builder_end (builder);
  pp_history_set (self->history, PP_NODE (self->selected), "mous", mous, NULL);
}

void
_pp_ventures_page_add_partner (PpVenturesPage *self,
                               const char     *organisation,
                               double          share)
{
  g_autoptr(PpVenturePartner) partner = pp_venture_partner_new ();

  pp_venture_partner_set_organisation (partner, organisation);
  pp_venture_partner_set_share_percent (partner, share);
  pp_history_append (self->history, PP_NODE (self->selected),
                     pp_venture_get_partners (self->selected), PP_NODE (partner), NULL);
}

static void
add_partner_selected_cb (PpVenturesPage *self)
{
  guint selected = adw_combo_row_get_selected (self->add_partner_row);
  g_autoptr(PpNode) org = NULL;

  if (self->updating || self->selected == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected == 0)
    return;
  org = g_list_model_get_item (pp_portfolio_get_organisations (self->portfolio), selected - 1);
  /* The new partner takes what is left of 100 %. */
  _pp_ventures_page_add_partner (self, pp_node_get_id (org),
                                 MAX (0, 100 - pp_venture_get_share_total (self->selected)));
}

static void
field_left_cb (PpVenturesPage *self)
{
  if (self->history != NULL)
    pp_history_break_merge (self->history);
}

/* Fills the editor's choices and connects its fields. */
void
_pp_ventures_page_init_editor (PpVenturesPage *self)
{
  g_autoptr(GtkStringList) currencies = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) codes = pp_iso_currency_list_codes ();
  AdwEntryRow *date_rows[2];

  /* Currencies from iso-codes, shown as "USD — US Dollar". */
  self->currencies = g_ptr_array_new ();
  gtk_string_list_append (currencies, _("No currency"));
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = codes->pdata[i];
      g_autofree char *label = g_strdup_printf ("%s — %s", code, pp_iso_currency_get_name (code));

      g_ptr_array_add (self->currencies, (gpointer) code);
      gtk_string_list_append (currencies, label);
    }
  adw_combo_row_set_model (self->currency_row, G_LIST_MODEL (currencies));
  adw_combo_row_set_use_subtitle (self->currency_row, FALSE);

  date_rows[0] = self->start_row;
  date_rows[1] = self->end_row;
  for (guint i = 0; i < 2; i++)
    {
      self->date_buttons[i] = pp_date_button_new (GTK_WIDGET (date_rows[i]),
                                                  i == 0 ? _("Choose the start date")
                                                         : _("Choose the end date"),
                                                  date_picked_cb, self);
      adw_entry_row_add_suffix (date_rows[i], self->date_buttons[i]);
      gtk_editable_set_enable_undo (GTK_EDITABLE (date_rows[i]), FALSE);
      g_signal_connect (date_rows[i], "apply", G_CALLBACK (date_applied_cb), self);
    }
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->name_row), FALSE);

  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (name_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->objectives_view), "changed",
                            G_CALLBACK (objectives_changed_cb), self);
  g_signal_connect_swapped (self->sector_row, "notify::selected", G_CALLBACK (combo_changed_cb), self);
  g_signal_connect_swapped (self->stage_row, "notify::selected", G_CALLBACK (combo_changed_cb), self);
  g_signal_connect_swapped (self->currency_row, "notify::selected", G_CALLBACK (combo_changed_cb), self);
  g_signal_connect_swapped (self->budget_spin, "value-changed", G_CALLBACK (numbers_changed_cb), self);
  pp_spin_button_show_counts (self->budget_spin);
  pp_spin_button_show_counts (self->jobs_spin);
  g_signal_connect_swapped (self->jobs_spin, "value-changed", G_CALLBACK (numbers_changed_cb), self);
  g_signal_connect_swapped (self->add_mou_row, "notify::selected", G_CALLBACK (add_mou_selected_cb), self);
  g_signal_connect_swapped (self->add_partner_row, "notify::selected",
                            G_CALLBACK (add_partner_selected_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->name_row), G_CALLBACK (field_left_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->objectives_view), G_CALLBACK (field_left_cb), self);
  pp_text_view_tab_moves_focus (self->objectives_view);
  pp_on_focus_leave (GTK_WIDGET (self->budget_spin), G_CALLBACK (field_left_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->jobs_spin), G_CALLBACK (field_left_cb), self);
}
