/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-editor.c: edits every field of one MoU.
 *
 * Each change goes through the portfolio's history as it is made, so it
 * shows everywhere at once and can be undone; typing in a field is one step
 * per visit to the field. When the MoU changes by other means (undo), the
 * fields follow it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date-button.h"
#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-iso-codes.h"
#include "pp-mou-editor.h"
#include "pp-mou-editor-follow-ups-private.h"
#include "pp-mou-editor-parties-private.h"
#include "pp-mou-facts.h"
#include "pp-widget-util.h"

struct _PpMouEditor
{
  AdwBin parent_instance;

  PpHistory *history;
  PpPortfolio *portfolio;
  PpMou *mou;
  gboolean updating;            /* filling widgets from the model */
  GtkStringList *sector_names;  /* "No sector", then each sector */
  GtkStringList *org_names;     /* "Choose…", then each organisation */

  GtkStack *stack;
  AdwEntryRow *title_row;
  AdwComboRow *sector_row;
  AdwComboRow *status_row;
  GtkListBox *parties_list;
  AdwComboRow *add_party_row;
  AdwEntryRow *signed_row;
  AdwEntryRow *effective_row;
  AdwEntryRow *expires_row;
  GtkWidget *date_buttons[3];
  GtkLabel *date_error;
  GtkSwitch *renewal_switch;
  GtkSpinButton *notice_spin;
  GtkTextView *summary_view;
  GtkListBox *follow_ups_list;
};

G_DEFINE_FINAL_TYPE (PpMouEditor, pp_mou_editor, ADW_TYPE_BIN)

static const char * const date_properties[3] = { "signed-on", "effective-on", "expires-on" };

static void
set_property (PpMouEditor *self,
              const char  *property,
              const GValue *value,
              gboolean      merge)
{
  if (self->updating || self->mou == NULL)
    return;
  pp_history_set_value (self->history, PP_NODE (self->mou), property, value, merge);
}

static void
set_string (PpMouEditor *self,
            const char  *property,
            const char  *text,
            gboolean     merge)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  set_property (self, property, &value, merge);
  g_value_unset (&value);
}

static void
rebuild_names (PpMouEditor *self)
{
  g_autoptr(GPtrArray) sectors = g_ptr_array_new ();
  g_autoptr(GPtrArray) orgs = g_ptr_array_new ();
  GListModel *list;

  g_ptr_array_add (sectors, (gpointer) _("No sector"));
  list = pp_portfolio_get_sectors (self->portfolio);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpSector) sector = g_list_model_get_item (list, i);
      g_ptr_array_add (sectors, (gpointer) pp_sector_get_name (sector));
    }
  g_ptr_array_add (sectors, NULL);

  g_ptr_array_add (orgs, (gpointer) _("Choose an organisation…"));
  list = pp_portfolio_get_organisations (self->portfolio);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpOrganisation) org = g_list_model_get_item (list, i);
      g_ptr_array_add (orgs, (gpointer) pp_organisation_get_name (org));
    }
  g_ptr_array_add (orgs, NULL);

  self->updating = TRUE;
  gtk_string_list_splice (self->sector_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->sector_names)),
                          (const char * const *) sectors->pdata);
  gtk_string_list_splice (self->org_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->org_names)),
                          (const char * const *) orgs->pdata);
  self->updating = FALSE;
}

static guint
sector_index (PpMouEditor *self,
              const char  *id)
{
  GListModel *sectors = pp_portfolio_get_sectors (self->portfolio);

  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(PpNode) sector = g_list_model_get_item (sectors, i);

      if (g_strcmp0 (pp_node_get_id (sector), id) == 0)
        return i + 1;
    }
  return 0;
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
show_date_error (PpMouEditor *self,
                 AdwEntryRow *row,
                 const char  *message)
{
  AdwEntryRow *rows[] = { self->signed_row, self->effective_row, self->expires_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (rows[i]),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->date_error), message != NULL);
  if (message == NULL)
    return;
  gtk_label_set_label (self->date_error, message);
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message, -1);
}

static void
refresh (PpMouEditor *self)
{
  AdwEntryRow *date_rows[] = { self->signed_row, self->effective_row, self->expires_row };
  const GDate *dates[3];
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);
  g_autofree char *summary = NULL;
  GtkTextIter start, end;

  if (self->mou == NULL)
    return;

  self->updating = TRUE;
  set_row_text (self->title_row, pp_mou_get_title (self->mou));
  adw_combo_row_set_selected (self->sector_row, sector_index (self, pp_mou_get_sector (self->mou)));
  adw_combo_row_set_selected (self->status_row, pp_mou_get_status (self->mou));
  adw_combo_row_set_selected (self->add_party_row, 0);
  _pp_mou_editor_show_parties (self->parties_list, self->portfolio,
                               pp_mou_get_parties (self->mou));

  dates[0] = pp_mou_get_signed_on (self->mou);
  dates[1] = pp_mou_get_effective_on (self->mou);
  dates[2] = pp_mou_get_expires_on (self->mou);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = pp_date_to_display (dates[i]);

      set_row_text (date_rows[i], text != NULL ? text : "");
      pp_date_button_set_date (self->date_buttons[i], dates[i]);
    }

  gtk_switch_set_active (self->renewal_switch, pp_mou_get_renewal_automatic (self->mou));
  gtk_spin_button_set_value (self->notice_spin, pp_mou_get_renewal_notice_days (self->mou));

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  summary = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (summary, pp_mou_get_summary (self->mou)) != 0)
    gtk_text_buffer_set_text (buffer, pp_mou_get_summary (self->mou), -1);
  self->updating = FALSE;
}

static void
portfolio_changed_cb (PpPortfolio *portfolio,
                      PpNode      *origin,
                      PpMouEditor *self)
{
  if (PP_IS_SECTOR (origin) || PP_IS_ORGANISATION (origin) || PP_IS_PORTFOLIO (origin))
    rebuild_names (self);
  if (self->mou != NULL)
    refresh (self);
}

static void
title_changed_cb (PpMouEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  if (self->updating)
    return;
  /* A title is required: an empty one is shown as an error, not saved. */
  if (*text == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  set_string (self, "title", text, TRUE);
}

static void
plan_clicked_cb (PpMouEditor *self)
{
  if (self->mou != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.plan-venture", "s",
                                pp_node_get_id (PP_NODE (self->mou)));
}

static void
field_left_cb (PpMouEditor *self)
{
  if (self->history != NULL)
    pp_history_break_merge (self->history);
}

static void
sector_selected_cb (PpMouEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->sector_row);
  g_autoptr(PpNode) sector = NULL;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    sector = g_list_model_get_item (pp_portfolio_get_sectors (self->portfolio), selected - 1);
  set_string (self, "sector", sector != NULL ? pp_node_get_id (sector) : NULL, FALSE);
}

static void
status_selected_cb (PpMouEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);
  GValue value = G_VALUE_INIT;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  g_value_init (&value, PP_TYPE_MOU_STATUS);
  g_value_set_enum (&value, (int) selected);
  set_property (self, "status", &value, FALSE);
}

/**
 * pp_mou_editor_add_party:
 *
 * Makes @organisation_id a party of the MoU, as one undoable step.
 */
void
pp_mou_editor_add_party (PpMouEditor *self,
                         const char  *organisation_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parties = NULL;

  g_return_if_fail (PP_IS_MOU_EDITOR (self));

  if (self->mou == NULL || g_strv_contains (pp_mou_get_parties (self->mou), organisation_id))
    return;
  g_strv_builder_addv (builder, (const char **) pp_mou_get_parties (self->mou));
  g_strv_builder_add (builder, organisation_id);
  parties = g_strv_builder_end (builder);
  pp_history_set (self->history, PP_NODE (self->mou), "parties", parties, NULL);
}

static void
add_party_selected_cb (PpMouEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->add_party_row);
  g_autoptr(PpNode) org = NULL;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION || selected == 0)
    return;
  org = g_list_model_get_item (pp_portfolio_get_organisations (self->portfolio), selected - 1);
  if (org != NULL)
    pp_mou_editor_add_party (self, pp_node_get_id (org));
}

static void
remove_party_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PpMouEditor *self = PP_MOU_EDITOR (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  const char * const *parties;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) remaining = NULL;

  if (self->mou == NULL)
    return;
  parties = pp_mou_get_parties (self->mou);
  for (guint i = 0; parties[i] != NULL; i++)
    if (g_strcmp0 (parties[i], id) != 0)
      g_strv_builder_add (builder, parties[i]);
  remaining = g_strv_builder_end (builder);
  pp_history_set (self->history, PP_NODE (self->mou), "parties", remaining, NULL);
}

static int
date_row_index (PpMouEditor *self,
                GtkWidget   *row)
{
  if (row == GTK_WIDGET (self->signed_row))
    return 0;
  if (row == GTK_WIDGET (self->effective_row))
    return 1;
  return 2;
}

/* Checks a date against the MoU's other dates; returns a message or NULL. */
static char *
check_dates (PpMouEditor *self,
             int          index,
             const GDate *date)
{
  const GDate *signed_on = index == 0 ? date : pp_mou_get_signed_on (self->mou);
  const GDate *effective_on = index == 1 ? date : pp_mou_get_effective_on (self->mou);
  const GDate *expires_on = index == 2 ? date : pp_mou_get_expires_on (self->mou);

  if (signed_on != NULL && expires_on != NULL && g_date_compare (expires_on, signed_on) < 0)
    return g_strdup (_("An MoU cannot expire before it is signed."));
  if (signed_on != NULL && effective_on != NULL && g_date_compare (effective_on, signed_on) < 0)
    return g_strdup (_("An MoU cannot come into force before it is signed."));
  return NULL;
}

static void
apply_date (PpMouEditor *self,
            GtkWidget   *row,
            const GDate *date)
{
  int index = date_row_index (self, row);
  g_autofree char *problem = NULL;
  GValue value = G_VALUE_INIT;

  if (self->mou == NULL)
    return;

  problem = check_dates (self, index, date);
  if (problem != NULL)
    {
      show_date_error (self, ADW_ENTRY_ROW (row), problem);
      return;
    }
  show_date_error (self, ADW_ENTRY_ROW (row), NULL);

  g_value_init (&value, G_TYPE_DATE);
  g_value_set_boxed (&value, date);
  set_property (self, date_properties[index], &value, FALSE);
  g_value_unset (&value);
  refresh (self);
}

static void
date_applied_cb (AdwEntryRow *row,
                 PpMouEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  GDate date;

  if (self->updating)
    return;
  if (*text == '\0')
    {
      apply_date (self, GTK_WIDGET (row), NULL);
      return;
    }
  if (!pp_date_parse_local (text, &date, &error))
    {
      const char *message = error->message;

      show_date_error (self, row, message);
      return;
    }
  apply_date (self, GTK_WIDGET (row), &date);
}

static void
date_picked_cb (GtkWidget   *row,
                const GDate *date,
                gpointer     user_data)
{
  apply_date (PP_MOU_EDITOR (user_data), row, date);
}

static void
renewal_switched_cb (PpMouEditor *self)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_switch_get_active (self->renewal_switch));
  set_property (self, "renewal-automatic", &value, FALSE);
}

static void
notice_changed_cb (PpMouEditor *self)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, gtk_spin_button_get_value_as_int (self->notice_spin));
  set_property (self, "renewal-notice-days", &value, TRUE);
}

static void
summary_changed_cb (PpMouEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  set_string (self, "summary", text, TRUE);
}

/* Follow-up rows (pp-mou-editor-follow-ups.c). */
static GtkWidget *
create_follow_up_row (gpointer item,
                      gpointer user_data)
{
  PpMouEditor *self = user_data;

  return _pp_mou_editor_create_follow_up_row (item, self->history);
}

static void
add_follow_up_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PpMouEditor *self = PP_MOU_EDITOR (widget);
  g_autoptr(PpFollowUp) follow_up = pp_follow_up_new ();
  GListModel *list;
  GtkListBoxRow *row;

  if (self->mou == NULL)
    return;
  list = pp_mou_get_follow_ups (self->mou);
  pp_follow_up_set_title (follow_up, _("New follow-up"));
  if (!pp_history_append (self->history, PP_NODE (self->mou), list, PP_NODE (follow_up), NULL))
    return;
  row = gtk_list_box_get_row_at_index (self->follow_ups_list,
                                       (int) g_list_model_get_n_items (list) - 1);
  if (row != NULL)
    _pp_mou_editor_open_follow_up_row (GTK_WIDGET (row));
}

/* New organisation, from the Parties group. */

static char *
new_organisation_id (PpMouEditor *self,
                     const char  *name)
{
  g_autofree char *base = g_str_to_ascii (name, "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = base; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "organisation");

  for (guint i = 1; pp_portfolio_lookup (self->portfolio, PP_COLLECTION_ORGANISATIONS,
                                         slug->str) != NULL; i++)
    {
      g_string_truncate (slug, strlen (slug->str) - (i > 1 ? strlen (strrchr (slug->str, '-')) : 0));
      g_string_append_printf (slug, "-%u", i + 1);
    }
  return g_string_free (slug, FALSE);
}

static void
new_organisation_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              PpMouEditor      *self)
{
  GtkEditable *name_entry = g_object_get_data (G_OBJECT (dialog), "name");
  GtkDropDown *country = g_object_get_data (G_OBJECT (dialog), "country");
  GtkDropDown *kind = g_object_get_data (G_OBJECT (dialog), "kind");
  const char *name = gtk_editable_get_text (name_entry);
  g_autofree char *id = NULL;
  g_autoptr(PpOrganisation) org = NULL;
  PpCountryPair *pair = pp_portfolio_get_countries (self->portfolio);
  guint country_index = gtk_drop_down_get_selected (country);

  if (g_strcmp0 (response, "add") != 0 || *name == '\0' || self->mou == NULL)
    return;

  id = new_organisation_id (self, name);
  org = pp_organisation_new (id);
  pp_organisation_set_name (org, name);
  pp_organisation_set_kind (org, (PpOrganisationKind) gtk_drop_down_get_selected (kind));
  if (pp_country_pair_is_set (pair) && country_index == 1)
    pp_organisation_set_country (org, pp_country_pair_get_first (pair));
  else if (pp_country_pair_is_set (pair) && country_index == 2)
    pp_organisation_set_country (org, pp_country_pair_get_second (pair));

  /* Adding it and making it a party is one step. */
  pp_history_begin_group (self->history);
  if (pp_history_append (self->history, PP_NODE (self->portfolio),
                         pp_portfolio_get_organisations (self->portfolio), PP_NODE (org), NULL))
    pp_mou_editor_add_party (self, id);
  pp_history_end_group (self->history);
}

static void
new_organisation_clicked_cb (PpMouEditor *self)
{
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *name = gtk_entry_new ();
  g_autoptr(GtkStringList) countries = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *country, *kind;
  PpCountryPair *pair = pp_portfolio_get_countries (self->portfolio);

  if (self->mou == NULL)
    return;

  gtk_string_list_append (countries, _("No country"));
  if (pp_country_pair_is_set (pair))
    {
      gtk_string_list_append (countries, pp_iso_country_get_name (pp_country_pair_get_first (pair)));
      gtk_string_list_append (countries, pp_iso_country_get_name (pp_country_pair_get_second (pair)));
    }
  for (int i = PP_ORGANISATION_KIND_MINISTRY; i <= PP_ORGANISATION_KIND_OTHER; i++)
    gtk_string_list_append (kinds, pp_enum_get_display_name (PP_TYPE_ORGANISATION_KIND, i));

  gtk_entry_set_placeholder_text (GTK_ENTRY (name), _("Name"));
  gtk_entry_set_activates_default (GTK_ENTRY (name), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name"), -1);
  country = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (countries)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (country), pp_country_pair_is_set (pair) ? 1 : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (country), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Country"), -1);
  kind = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (kinds)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), PP_ORGANISATION_KIND_MINISTRY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (kind), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Kind"), -1);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), country);
  gtk_box_append (GTK_BOX (box), kind);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("New Organisation"),
                                   _("It is added to the portfolio and as a party of this MoU."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  g_object_set_data (G_OBJECT (dialog), "name", name);
  g_object_set_data (G_OBJECT (dialog), "country", country);
  g_object_set_data (G_OBJECT (dialog), "kind", kind);
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_organisation_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (name);
}

/* Beside the register the editor takes what it needs, up to a width that
 * leaves the table room; AdwPreferencesPage alone would ask for more. */
#define MAX_NATURAL_WIDTH 440

static void
pp_mou_editor_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  GTK_WIDGET_CLASS (pp_mou_editor_parent_class)->measure (widget, orientation, for_size,
                                                          minimum, natural,
                                                          minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, MAX_NATURAL_WIDTH));
}

static void
pp_mou_editor_dispose (GObject *object)
{
  PpMouEditor *self = PP_MOU_EDITOR (object);

  if (self->portfolio != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_signal_handlers_disconnect_by_data (pp_portfolio_get_sectors (self->portfolio), self);
      g_signal_handlers_disconnect_by_data (pp_portfolio_get_organisations (self->portfolio),
                                            self);
    }
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->mou);
  g_clear_object (&self->history);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->sector_names);
  g_clear_object (&self->org_names);

  G_OBJECT_CLASS (pp_mou_editor_parent_class)->dispose (object);
}

static void
pp_mou_editor_class_init (PpMouEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_mou_editor_dispose;
  widget_class->measure = pp_mou_editor_measure;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/pp-mou-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, sector_row);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, parties_list);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, add_party_row);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, signed_row);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, effective_row);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, expires_row);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, date_error);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, renewal_switch);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, notice_spin);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, summary_view);
  gtk_widget_class_bind_template_child (widget_class, PpMouEditor, follow_ups_list);
  gtk_widget_class_bind_template_callback (widget_class, new_organisation_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_clicked_cb);

  gtk_widget_class_install_action (widget_class, "editor.remove-party", "s",
                                   remove_party_activated);
  gtk_widget_class_install_action (widget_class, "editor.add-follow-up", NULL,
                                   add_follow_up_activated);
}

static void
pp_mou_editor_init (PpMouEditor *self)
{
  AdwEntryRow *date_rows[3];
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  static const char *date_labels[3] = {
    N_("Choose the signing date"), N_("Choose the date it comes into force"),
    N_("Choose the expiry date"),
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sector_names = gtk_string_list_new (NULL);
  self->org_names = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->sector_row, G_LIST_MODEL (self->sector_names));
  adw_combo_row_set_model (self->add_party_row, G_LIST_MODEL (self->org_names));
  for (int i = PP_MOU_STATUS_DRAFT; i <= PP_MOU_STATUS_TERMINATED; i++)
    gtk_string_list_append (statuses, pp_enum_get_display_name (PP_TYPE_MOU_STATUS, i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  /* Ctrl+Z is the portfolio's undo, not the entry's own. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);

  date_rows[0] = self->signed_row;
  date_rows[1] = self->effective_row;
  date_rows[2] = self->expires_row;
  for (guint i = 0; i < 3; i++)
    {
      self->date_buttons[i] = pp_date_button_new (GTK_WIDGET (date_rows[i]), _(date_labels[i]),
                                                  date_picked_cb, self);
      adw_entry_row_add_suffix (date_rows[i], self->date_buttons[i]);
      gtk_editable_set_enable_undo (GTK_EDITABLE (date_rows[i]), FALSE);
      g_signal_connect (date_rows[i], "apply", G_CALLBACK (date_applied_cb), self);
    }

  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (title_changed_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->title_row), G_CALLBACK (field_left_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->summary_view), G_CALLBACK (field_left_cb), self);
  pp_text_view_tab_moves_focus (self->summary_view);
  pp_on_focus_leave (GTK_WIDGET (self->notice_spin), G_CALLBACK (field_left_cb), self);
  g_signal_connect_swapped (self->sector_row, "notify::selected",
                            G_CALLBACK (sector_selected_cb), self);
  g_signal_connect_swapped (self->status_row, "notify::selected",
                            G_CALLBACK (status_selected_cb), self);
  g_signal_connect_swapped (self->add_party_row, "notify::selected",
                            G_CALLBACK (add_party_selected_cb), self);
  g_signal_connect_swapped (self->renewal_switch, "notify::active",
                            G_CALLBACK (renewal_switched_cb), self);
  g_signal_connect_swapped (self->notice_spin, "value-changed",
                            G_CALLBACK (notice_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->summary_view), "changed",
                            G_CALLBACK (summary_changed_cb), self);
}

/* Read-only, the form can still be scrolled and read. */
static void
read_only_changed_cb (PpMouEditor *self)
{
  pp_widget_set_content_sensitive (gtk_stack_get_child_by_name (self->stack, "editor"),
                                   !pp_history_get_read_only (self->history));
}

void
pp_mou_editor_set_history (PpMouEditor *self,
                           PpHistory   *history)
{
  g_return_if_fail (PP_IS_MOU_EDITOR (self));
  g_return_if_fail (self->history == NULL);

  self->history = g_object_ref (history);
  self->portfolio = g_object_ref (pp_history_get_portfolio (history));
  g_signal_connect (self->portfolio, "changed", G_CALLBACK (portfolio_changed_cb), self);
  g_signal_connect_swapped (pp_portfolio_get_sectors (self->portfolio), "items-changed",
                            G_CALLBACK (rebuild_names), self);
  g_signal_connect_swapped (pp_portfolio_get_organisations (self->portfolio), "items-changed",
                            G_CALLBACK (rebuild_names), self);
  g_signal_connect_object (history, "notify::read-only", G_CALLBACK (read_only_changed_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild_names (self);
  read_only_changed_cb (self);
}

/**
 * pp_mou_editor_set_mou:
 * @mou: (nullable): the MoU to edit
 */
void
pp_mou_editor_set_mou (PpMouEditor *self,
                       PpMou       *mou)
{
  g_return_if_fail (PP_IS_MOU_EDITOR (self));

  if (self->mou == mou)
    return;

  if (self->history != NULL)
    pp_history_break_merge (self->history);
  g_set_object (&self->mou, mou);
  show_date_error (self, self->signed_row, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  gtk_stack_set_visible_child_name (self->stack, mou != NULL ? "editor" : "none");
  if (mou == NULL)
    {
      gtk_list_box_bind_model (self->follow_ups_list, NULL, NULL, NULL, NULL);
      return;
    }
  gtk_list_box_bind_model (self->follow_ups_list, pp_mou_get_follow_ups (mou),
                           create_follow_up_row, self, NULL);
  refresh (self);
}

PpMou *
pp_mou_editor_get_mou (PpMouEditor *self)
{
  g_return_val_if_fail (PP_IS_MOU_EDITOR (self), NULL);

  return self->mou;
}

void
pp_mou_editor_focus_title (PpMouEditor *self)
{
  g_return_if_fail (PP_IS_MOU_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
