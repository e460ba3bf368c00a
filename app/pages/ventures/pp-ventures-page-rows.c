/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-ventures-page-rows.c: the rows of the venture editor's lists:
 * partners with their shares, milestones (moved by buttons or by drag and
 * drop) and risks, each bound to its item through the history. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-date-button.h"
#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-mou-facts.h"
#include "pp-side-row.h"
#include "pp-ventures-page-private.h"

/* Partners: an organisation and its share. */

static void
share_changed_cb (GtkSpinButton  *spin,
                  PpVenturesPage *self)
{
  PpVenturePartner *partner = g_object_get_data (G_OBJECT (spin), "partner");
  GValue value = G_VALUE_INIT;

  if (self->updating)
    return;
  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, gtk_spin_button_get_value (spin));
  pp_history_set_value (self->history, PP_NODE (partner), "share-percent", &value, TRUE);
}

static void
remove_item_clicked_cb (GtkButton      *button,
                        PpVenturesPage *self)
{
  PpNode *item = g_object_get_data (G_OBJECT (button), "item");
  GListModel *list = g_object_get_data (G_OBJECT (button), "list");
  guint position = _pp_ventures_page_index_of (list, item);

  if (position != GTK_INVALID_LIST_POSITION)
    pp_history_remove (self->history, PP_NODE (self->selected), list, position, NULL);
}

static GtkWidget *
remove_button (PpVenturesPage *self,
               GListModel     *list,
               gpointer        item,
               const char     *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (button), "list", list);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_item_clicked_cb), self);
  return button;
}

/* The partner's contacts, one a line, follow the portfolio: a contact
 * added or edited on the Organisations page, or undone, shows at once. */
static void
partner_contacts_changed_cb (PpPortfolio  *portfolio,
                             PpNode       *origin,
                             AdwActionRow *row)
{
  PpVenturePartner *partner = g_object_get_data (G_OBJECT (row), "partner");
  PpNode *org = pp_portfolio_lookup (portfolio, PP_COLLECTION_ORGANISATIONS,
                                     pp_venture_partner_get_organisation (partner));
  g_autofree char *contacts = NULL;

  if (org != NULL)
    contacts = pp_organisation_describe_contacts (PP_ORGANISATION (org));
  if (g_strcmp0 (adw_action_row_get_subtitle (row), contacts != NULL ? contacts : "") != 0)
    adw_action_row_set_subtitle (row, contacts != NULL ? contacts : "");
}

GtkWidget *
_pp_ventures_page_create_partner_row (gpointer item,
                                      gpointer user_data)
{
  PpVenturesPage *self = user_data;
  PpVenturePartner *partner = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 1);
  const char *name = pp_portfolio_get_name_of (self->portfolio, PP_COLLECTION_ORGANISATIONS,
                                               pp_venture_partner_get_organisation (partner));
  g_autofree char *share_label = pp_sentence_new (_("Share of %s in percent"), name);
  g_autofree char *remove_label = pp_sentence_new (_("Remove %s from the partners"), name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "partner", g_object_ref (partner), g_object_unref);
  g_signal_connect_object (self->portfolio, "changed", G_CALLBACK (partner_contacts_changed_cb),
                           row, 0);
  partner_contacts_changed_cb (self->portfolio, NULL, ADW_ACTION_ROW (row));
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), pp_venture_partner_get_share_percent (partner));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, share_label, -1);
  g_object_set_data (G_OBJECT (spin), "partner", partner);
  g_signal_connect (spin, "value-changed", G_CALLBACK (share_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new ("%"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             remove_button (self, pp_venture_get_partners (self->selected), partner,
                                            remove_label));
  return row;
}

/* Milestones: an expander with title, owner, side, due date and status, and
 * buttons to move it up and down (the keyboard's way to reorder) and to
 * remove it. */

static void
milestone_text_changed_cb (GtkEditable    *editable,
                           PpVenturesPage *self)
{
  PpNode *milestone = g_object_get_data (G_OBJECT (editable), "item");
  const char *property = g_object_get_data (G_OBJECT (editable), "property");
  const char *text = gtk_editable_get_text (editable);
  GValue value = G_VALUE_INIT;

  if (self->updating || (g_str_equal (property, "title") && *text == '\0'))
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  pp_history_set_value (self->history, milestone, property, &value, TRUE);
  g_value_unset (&value);
}

static void
level_selected_cb (AdwComboRow    *row,
                   GParamSpec     *pspec,
                   PpVenturesPage *self)
{
  PpNode *item = g_object_get_data (G_OBJECT (row), "item");
  const char *property = g_object_get_data (G_OBJECT (row), "property");
  GType type = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "type"));
  GValue value = G_VALUE_INIT;

  if (self->updating)
    return;
  g_value_init (&value, type);
  g_value_set_enum (&value, (int) adw_combo_row_get_selected (row));
  pp_history_set_value (self->history, item, property, &value, FALSE);
  g_value_unset (&value);
}

/* Brings an entry or combo row of an item's property up to date, leaving
 * it alone when it already shows the value (so typing is not disturbed). */
static void
sync_row (GtkWidget *row)
{
  PpVenturesPage *self = g_object_get_data (G_OBJECT (row), "page");
  GObject *item = g_object_get_data (G_OBJECT (row), "item");
  const char *property = g_object_get_data (G_OBJECT (row), "property");

  self->updating = TRUE;
  if (ADW_IS_ENTRY_ROW (row))
    {
      g_autofree char *text = NULL;

      g_object_get (item, property, &text, NULL);
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text != NULL ? text : "") != 0)
        gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
    }
  else
    {
      int value;

      g_object_get (item, property, &value, NULL);
      if ((int) adw_combo_row_get_selected (ADW_COMBO_ROW (row)) != value)
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), (guint) value);
    }
  self->updating = FALSE;
}

static void
follow_item (PpVenturesPage *self,
             GtkWidget      *row,
             gpointer        item)
{
  g_object_set_data (G_OBJECT (row), "page", self);
  g_signal_connect_object (item, "notify", G_CALLBACK (sync_row), row, G_CONNECT_SWAPPED);
}

static GtkWidget *
enum_row (PpVenturesPage *self,
          PpNode         *item,
          const char     *title,
          const char     *property,
          GType           type,
          int             value)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (names, pp_enum_get_display_name (type, (int) i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), (guint) value);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "property", (gpointer) property);
  g_object_set_data (G_OBJECT (row), "type", GSIZE_TO_POINTER (type));
  g_signal_connect (row, "notify::selected", G_CALLBACK (level_selected_cb), self);
  follow_item (self, row, item);
  return row;
}

static GtkWidget *
text_row (PpVenturesPage *self,
          PpNode         *item,
          const char     *title,
          const char     *property,
          const char     *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  pp_accessible_fix_tree (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "property", (gpointer) property);
  g_signal_connect (row, "changed", G_CALLBACK (milestone_text_changed_cb), self);
  follow_item (self, row, item);
  return row;
}

static void
milestone_date_picked_cb (GtkWidget   *row,
                          const GDate *date,
                          gpointer     user_data)
{
  PpVenturesPage *self = user_data;

  pp_history_set (self->history, g_object_get_data (G_OBJECT (row), "item"), "due-on", date, NULL);
}

static void
move_clicked_cb (GtkButton      *button,
                 PpVenturesPage *self)
{
  PpMilestone *milestone = g_object_get_data (G_OBJECT (button), "item");
  int step = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "step"));
  GListModel *list = pp_venture_get_milestones (self->selected);
  guint position = _pp_ventures_page_index_of (list, milestone);
  int to = (int) position + step;

  if (position == GTK_INVALID_LIST_POSITION || to < 0 || to >= (int) g_list_model_get_n_items (list))
    return;
  pp_history_move (self->history, PP_NODE (self->selected), list, position, (guint) to);
}

static GtkWidget *
move_button (PpVenturesPage *self,
             PpMilestone    *milestone,
             int             step)
{
  GtkWidget *button = gtk_button_new_from_icon_name (step < 0 ? "go-up-symbolic" : "go-down-symbolic");
  const char *label = step < 0 ? _("Move the milestone up") : _("Move the milestone down");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (milestone), g_object_unref);
  g_object_set_data (G_OBJECT (button), "step", GINT_TO_POINTER (step));
  g_signal_connect (button, "clicked", G_CALLBACK (move_clicked_cb), self);
  return button;
}

static GtkWidget *
create_milestone_row (gpointer item,
                      gpointer user_data)
{
  PpVenturesPage *self = user_data;
  PpMilestone *milestone = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *due = adw_action_row_new ();
  GtkWidget *calendar;
  GtkWidget *button;
  g_autofree char *date = pp_date_to_display (pp_milestone_get_due_on (milestone));
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_label = pp_sentence_new (_("Remove the milestone “%s”"),
                                                   pp_milestone_get_title (milestone));

  subtitle = g_strdup_printf ("%s · %s", date != NULL ? date : _("No date"),
                              pp_enum_get_display_name (PP_TYPE_MILESTONE_STATUS,
                                                        pp_milestone_get_status (milestone)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pp_milestone_get_title (milestone));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  /* Each action goes before the ones added earlier: add them last first. */
  button = remove_button (self, pp_venture_get_milestones (self->selected), milestone, remove_label);
  g_object_set_data (G_OBJECT (row), "remove", button);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
  button = move_button (self, milestone, +1);
  g_object_set_data (G_OBJECT (row), "down", button);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
  button = move_button (self, milestone, -1);
  g_object_set_data (G_OBJECT (row), "up", button);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            text_row (self, PP_NODE (milestone), _("Title"), "title",
                                      pp_milestone_get_title (milestone)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            text_row (self, PP_NODE (milestone), _("Owner"), "owner",
                                      pp_milestone_get_owner (milestone)));
  /* Which country owes it, for "What each side owes" on the dashboard. */
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            pp_side_row_new (self->history, PP_NODE (milestone)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (due), _("Due on"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (due), date != NULL ? date : _("No date"));
  g_object_set_data_full (G_OBJECT (due), "item", g_object_ref (milestone), g_object_unref);
  calendar = pp_date_button_new (due, _("Choose the milestone’s due date"),
                                 milestone_date_picked_cb, self);
  pp_date_button_set_date (calendar, pp_milestone_get_due_on (milestone));
  adw_action_row_add_suffix (ADW_ACTION_ROW (due), calendar);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), due);
  g_object_set_data (G_OBJECT (row), "due", due);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            enum_row (self, PP_NODE (milestone), _("Status"), "status",
                                      PP_TYPE_MILESTONE_STATUS, pp_milestone_get_status (milestone)));
  return row;
}

static GtkWidget *
create_risk_row (gpointer item,
                 gpointer user_data)
{
  PpVenturesPage *self = user_data;
  PpRisk *risk = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *button;
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_label = pp_sentence_new (_("Remove the risk “%s”"),
                                                   pp_risk_get_title (risk));

  /* Translators: "Likelihood: High · Impact: Medium" */
  subtitle = pp_sentence_new (_("Likelihood: %s · Impact: %s"),
                              pp_enum_get_display_name (PP_TYPE_LEVEL, pp_risk_get_likelihood (risk)),
                              pp_enum_get_display_name (PP_TYPE_LEVEL, pp_risk_get_impact (risk)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pp_risk_get_title (risk));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  button = remove_button (self, pp_venture_get_risks (self->selected), risk, remove_label);
  g_object_set_data (G_OBJECT (row), "remove", button);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            text_row (self, PP_NODE (risk), _("Risk"), "title",
                                      pp_risk_get_title (risk)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            enum_row (self, PP_NODE (risk), _("Likelihood"), "likelihood",
                                      PP_TYPE_LEVEL, pp_risk_get_likelihood (risk)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            enum_row (self, PP_NODE (risk), _("Impact"), "impact",
                                      PP_TYPE_LEVEL, pp_risk_get_impact (risk)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            text_row (self, PP_NODE (risk), _("Mitigation"), "mitigation",
                                      pp_risk_get_mitigation (risk)));
  return row;
}

/* Screen readers hear the row's title on the row and on each of its
 * buttons, kept up to date as the title is edited. */
static void
label_button (GtkWidget  *row,
              const char *key,
              const char *label)
{
  GtkWidget *button = g_object_get_data (G_OBJECT (row), key);

  if (button != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    label, -1);
}

static void
name_row_actions (GtkWidget  *row,
                  const char *title,
                  const char *remove_label)
{
  g_autofree char *up = pp_sentence_new (_("Move the milestone “%s” up"), title);
  g_autofree char *down = pp_sentence_new (_("Move the milestone “%s” down"), title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  label_button (row, "remove", remove_label);
  label_button (row, "up", up);
  label_button (row, "down", down);
}

/* The header of a milestone or risk row follows its item. */
static void
sync_milestone_header (GtkWidget *row)
{
  PpMilestone *milestone = g_object_get_data (G_OBJECT (row), "item");
  g_autofree char *date = pp_date_to_display (pp_milestone_get_due_on (milestone));
  const char *status = pp_enum_get_display_name (PP_TYPE_MILESTONE_STATUS,
                                                pp_milestone_get_status (milestone));
  const char *side = pp_milestone_get_side (milestone);
  const char *side_name = side != NULL ? pp_iso_country_get_name (side) : NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *due = g_object_get_data (G_OBJECT (row), "due");
  g_autofree char *remove_label = NULL;

  if (side != NULL)
    /* Translators: a milestone's row, "2026-03-01 · Planned · owed by Belarus" */
    subtitle = pp_sentence_new (_("%s · %s · owed by %s"), date != NULL ? date : _("No date"),
                                status, side_name != NULL ? side_name : side);
  else
    subtitle = g_strdup_printf ("%s · %s", date != NULL ? date : _("No date"), status);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pp_milestone_get_title (milestone));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (due), date != NULL ? date : _("No date"));
  remove_label = pp_sentence_new (_("Remove the milestone “%s”"), pp_milestone_get_title (milestone));
  name_row_actions (row, pp_milestone_get_title (milestone), remove_label);
}

static void
sync_risk_header (GtkWidget *row)
{
  PpRisk *risk = g_object_get_data (G_OBJECT (row), "item");
  g_autofree char *subtitle = pp_sentence_new (_("Likelihood: %s · Impact: %s"),
                                               pp_enum_get_display_name (PP_TYPE_LEVEL, pp_risk_get_likelihood (risk)),
                                               pp_enum_get_display_name (PP_TYPE_LEVEL, pp_risk_get_impact (risk)));
  g_autofree char *remove_label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pp_risk_get_title (risk));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  remove_label = pp_sentence_new (_("Remove the risk “%s”"), pp_risk_get_title (risk));
  name_row_actions (row, pp_risk_get_title (risk), remove_label);
}

/* Dragging a milestone row onto another moves it there. */
static GdkContentProvider *
milestone_drag_prepare_cb (GtkDragSource *source,
                           double         x,
                           double         y,
                           GtkWidget     *row)
{
  return gdk_content_provider_new_typed (G_TYPE_UINT,
                                         (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
}

static gboolean
milestone_drop_cb (GtkDropTarget *target,
                   const GValue  *value,
                   double         x,
                   double         y,
                   GtkWidget     *row)
{
  PpVenturesPage *self = g_object_get_data (G_OBJECT (row), "page");
  guint from = g_value_get_uint (value);
  int to = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  GListModel *list;

  if (self->selected == NULL || to < 0)
    return FALSE;
  list = pp_venture_get_milestones (self->selected);
  if (from >= g_list_model_get_n_items (list) || from == (guint) to)
    return FALSE;
  pp_history_move (self->history, PP_NODE (self->selected), list, from, (guint) to);
  return TRUE;
}

GtkWidget *
_pp_ventures_page_create_milestone_row_full (gpointer item,
                                             gpointer user_data)
{
  GtkWidget *row = create_milestone_row (item, user_data);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);

  g_object_set_data (G_OBJECT (row), "page", user_data);
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (milestone_drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (milestone_drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (item, "notify", G_CALLBACK (sync_milestone_header), row,
                           G_CONNECT_SWAPPED);
  sync_milestone_header (row);
  return row;
}

GtkWidget *
_pp_ventures_page_create_risk_row_full (gpointer item,
                                        gpointer user_data)
{
  GtkWidget *row = create_risk_row (item, user_data);

  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (item, "notify", G_CALLBACK (sync_risk_header), row, G_CONNECT_SWAPPED);
  sync_risk_header (row);
  return row;
}
