/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-ventures-page.c: the Joint Ventures page.
 *
 * The timeline of all ventures, the list (filtered to a sector when asked
 * from the dashboard) and an editor for the selected venture, grouped as a
 * planner thinks: overview and linked MoUs, partners and their shares,
 * budget and jobs, schedule and milestones, risks and their matrix. Every
 * change goes through the history; problems (shares not totalling 100 %,
 * an end before the start, milestones outside the dates) are said in
 * words and do not block, as plans are often incomplete.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-date-button.h"
#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-iso-codes.h"
#include "pp-mou-facts.h"
#include "pp-risk-grid.h"
#include "pp-timeline.h"
#include "pp-ventures-page.h"
#include "pp-widget-util.h"

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
  GtkWidget *back_bar;
  GtkLabel *editor_title;
  PpTimeline *timeline;
  PpTimeline *venture_timeline;
  GtkWidget *filter_bar;
  GtkLabel *filter_label;
  GtkListBox *list;
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

G_DEFINE_FINAL_TYPE (PpVenturesPage, pp_ventures_page, ADW_TYPE_BIN)

enum {
  SHOW_MOU,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

static double
share_total (PpVenture *venture)
{
  GListModel *partners = pp_venture_get_partners (venture);
  double total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PpVenturePartner) partner = g_list_model_get_item (partners, i);
      total += pp_venture_partner_get_share_percent (partner);
    }
  return total;
}

static gboolean
shares_complete (PpVenture *venture)
{
  double total = share_total (venture);

  return total > 99.995 && total < 100.005;
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

static GtkWidget *
create_venture_row (gpointer item,
                    gpointer user_data)
{
  PpVenturesPage *self = user_data;
  PpVenture *venture = item;
  GtkWidget *row = adw_action_row_new ();
  PpNode *sector = pp_portfolio_lookup (self->portfolio, PP_COLLECTION_SECTORS,
                                        pp_venture_get_sector (venture));
  g_autofree char *subtitle = NULL;

  GListModel *partners = pp_venture_get_partners (venture);
  GString *names = g_string_new (NULL);
  GtkWidget *dot;
  g_autofree char *markup = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PpVenturePartner) partner = g_list_model_get_item (partners, i);

      g_string_append_printf (names, "%s%s", i > 0 ? _(", ") : "",
                              pp_portfolio_get_name_of (self->portfolio,
                                                        PP_COLLECTION_ORGANISATIONS,
                                                        pp_venture_partner_get_organisation (partner)));
    }
  /* Translators: a venture's row: "Proposed · Mining · MAZ, BELAZ" */
  subtitle = g_strdup_printf (_("%s · %s · %s"),
                              pp_enum_get_display_name (PP_TYPE_VENTURE_STAGE,
                                                        pp_venture_get_stage (venture)),
                              sector != NULL ? pp_sector_get_name (PP_SECTOR (sector)) : _("No sector"),
                              names->len > 0 ? names->str : _("no partners yet"));
  g_string_free (names, TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pp_venture_get_name (venture));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  markup = g_strdup_printf ("<span foreground=\"%s\">⬤</span>",
                            sector != NULL ? pp_sector_get_color (PP_SECTOR (sector)) : "#808080");
  dot = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (dot), markup);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sector != NULL ? pp_sector_get_name (PP_SECTOR (sector)) : _("No sector"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);
  if (!shares_complete (venture))
    {
      GtkWidget *badge = gtk_label_new (_("Incomplete"));

      gtk_widget_add_css_class (badge, "badge");
      gtk_widget_add_css_class (row, "overdue");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (badge, _("The partners’ shares do not total 100 %"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Incomplete: the partners’ shares do not total 100 %"), -1);
    }
  g_object_set_data_full (G_OBJECT (row), "venture", g_object_ref (venture), g_object_unref);
  return row;
}

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
  guint position = index_of (list, item);

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

static GtkWidget *
create_partner_row (gpointer item,
                    gpointer user_data)
{
  PpVenturesPage *self = user_data;
  PpVenturePartner *partner = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 1);
  const char *name = pp_portfolio_get_name_of (self->portfolio, PP_COLLECTION_ORGANISATIONS,
                                               pp_venture_partner_get_organisation (partner));
  g_autofree char *share_label = g_strdup_printf (_("Share of %s in percent"), name);
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s from the partners"), name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
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

/* Milestones: an expander with title, owner, due date and status, and
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
  guint position = index_of (list, milestone);
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
  g_autofree char *date = pp_date_to_iso (pp_milestone_get_due_on (milestone));
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_label = g_strdup_printf (_("Remove the milestone “%s”"),
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
  g_autofree char *remove_label = g_strdup_printf (_("Remove the risk “%s”"),
                                                   pp_risk_get_title (risk));

  /* Translators: "Likelihood: High · Impact: Medium" */
  subtitle = g_strdup_printf (_("Likelihood: %s · Impact: %s"),
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
  g_autofree char *up = g_strdup_printf (_("Move the milestone “%s” up"), title);
  g_autofree char *down = g_strdup_printf (_("Move the milestone “%s” down"), title);

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
  g_autofree char *date = pp_date_to_iso (pp_milestone_get_due_on (milestone));
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", date != NULL ? date : _("No date"),
                                               pp_enum_get_display_name (PP_TYPE_MILESTONE_STATUS,
                                                                         pp_milestone_get_status (milestone)));
  GtkWidget *due = g_object_get_data (G_OBJECT (row), "due");
  g_autofree char *remove_label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pp_milestone_get_title (milestone));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (due), date != NULL ? date : _("No date"));
  remove_label = g_strdup_printf (_("Remove the milestone “%s”"), pp_milestone_get_title (milestone));
  name_row_actions (row, pp_milestone_get_title (milestone), remove_label);
}

static void
sync_risk_header (GtkWidget *row)
{
  PpRisk *risk = g_object_get_data (G_OBJECT (row), "item");
  g_autofree char *subtitle = g_strdup_printf (_("Likelihood: %s · Impact: %s"),
                                               pp_enum_get_display_name (PP_TYPE_LEVEL, pp_risk_get_likelihood (risk)),
                                               pp_enum_get_display_name (PP_TYPE_LEVEL, pp_risk_get_impact (risk)));
  g_autofree char *remove_label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pp_risk_get_title (risk));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  remove_label = g_strdup_printf (_("Remove the risk “%s”"), pp_risk_get_title (risk));
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

static GtkWidget *
create_milestone_row_full (gpointer item,
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

static GtkWidget *
create_risk_row_full (gpointer item,
                      gpointer user_data)
{
  GtkWidget *row = create_risk_row (item, user_data);

  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (item, "notify", G_CALLBACK (sync_risk_header), row, G_CONNECT_SWAPPED);
  sync_risk_header (row);
  return row;
}

/* Linked MoUs: each with Open and Remove. */

static void
open_mou_clicked_cb (GtkButton      *button,
                     PpVenturesPage *self)
{
  g_signal_emit (self, signals[SHOW_MOU], 0, g_object_get_data (G_OBJECT (button), "mou"));
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
      g_autofree char *open_label = g_strdup_printf (_("Open the MoU “%s”"), title);
      g_autofree char *remove_label = g_strdup_printf (_("Unlink the MoU “%s”"), title);
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

static void
rebuild_names (PpVenturesPage *self)
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

static void
refresh_editor (PpVenturesPage *self)
{
  PpVenture *v = self->selected;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->objectives_view);
  g_autofree char *objectives = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *problem = NULL;
  GtkTextIter a, b;

  gtk_widget_set_visible (self->editor, v != NULL);
  gtk_label_set_label (self->editor_title, v != NULL ? "" : _("No venture chosen"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ventures.duplicate", v != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ventures.delete", v != NULL);
  if (v == NULL)
    return;

  gtk_label_set_label (self->editor_title, pp_venture_get_name (v));
  self->updating = TRUE;
  set_row_text (self->name_row, pp_venture_get_name (v));
  adw_combo_row_set_selected (self->sector_row,
                              index_of (pp_portfolio_get_sectors (self->portfolio),
                                        pp_portfolio_lookup (self->portfolio, PP_COLLECTION_SECTORS,
                                                             pp_venture_get_sector (v))) + 1);
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
  start = pp_date_to_iso (pp_venture_get_start_on (v));
  end = pp_date_to_iso (pp_venture_get_end_on (v));
  set_row_text (self->start_row, start != NULL ? start : "");
  set_row_text (self->end_row, end != NULL ? end : "");
  pp_date_button_set_date (self->date_buttons[0], pp_venture_get_start_on (v));
  pp_date_button_set_date (self->date_buttons[1], pp_venture_get_end_on (v));
  self->updating = FALSE;

  rebuild_mous (self);
  if (!shares_complete (v))
    {
      g_autofree char *text = g_strdup_printf (_("The partners’ shares total %.4g %%, not 100 %%. "
                                                 "The venture is shown as incomplete until they do."),
                                               share_total (v));

      gtk_label_set_label (self->shares_warning, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->shares_warning), !shares_complete (v));
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

static void rebind         (PpVenturesPage *self);
static void select_venture (PpVenturesPage *self,
                            PpVenture      *venture);

static gboolean
text_matches (const char *text,
              const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PpVenturesPage *self = user_data;
  PpVenture *venture = item;
  guint stage = gtk_drop_down_get_selected (self->stage_filter);
  GListModel *partners;

  if (self->sector_filter != NULL &&
      g_strcmp0 (pp_venture_get_sector (venture), self->sector_filter) != 0)
    return FALSE;
  if (stage != GTK_INVALID_LIST_POSITION && stage > 0 &&
      (guint) pp_venture_get_stage (venture) != stage - 1)
    return FALSE;
  if (self->search == NULL)
    return TRUE;
  if (text_matches (pp_venture_get_name (venture), self->search) ||
      text_matches (pp_venture_get_objectives (venture), self->search))
    return TRUE;
  partners = pp_venture_get_partners (venture);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PpVenturePartner) partner = g_list_model_get_item (partners, i);

      if (text_matches (pp_portfolio_get_name_of (self->portfolio, PP_COLLECTION_ORGANISATIONS,
                                                  pp_venture_partner_get_organisation (partner)),
                        self->search))
        return TRUE;
    }
  return FALSE;
}

static void
refilter (PpVenturesPage *self)
{
  if (self->filter == NULL)
    return;   /* not showing a portfolio yet */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  rebind (self);
}

static void
search_changed_cb (PpVenturesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search, g_free);
  if (*text != '\0')
    self->search = g_utf8_casefold (text, -1);
  refilter (self);
}

static void
show_selected (PpVenturesPage *self,
               PpVenture      *venture)
{
  if (venture == self->selected)
    return;
  pp_history_break_merge (self->history);
  g_set_object (&self->selected, venture);
  gtk_list_box_bind_model (self->partners_list,
                           venture != NULL ? pp_venture_get_partners (venture) : NULL,
                           create_partner_row, self, NULL);
  gtk_list_box_bind_model (self->milestones_list,
                           venture != NULL ? pp_venture_get_milestones (venture) : NULL,
                           create_milestone_row_full, self, NULL);
  gtk_list_box_bind_model (self->risks_list,
                           venture != NULL ? pp_venture_get_risks (venture) : NULL,
                           create_risk_row_full, self, NULL);
  pp_risk_grid_set_venture (self->risk_grid, venture);
  pp_timeline_set_venture (self->venture_timeline, venture);
  refresh_editor (self);
}

static void
row_selected_cb (GtkListBox     *list,
                 GtkListBoxRow  *row,
                 PpVenturesPage *self)
{
  if (self->updating)
    return;
  show_selected (self, row != NULL ? g_object_get_data (G_OBJECT (row), "venture") : NULL);
}

/* Narrow, the list and the editor are two pages: choosing a venture (a
 * click, Enter) opens its editor; moving through the list with the arrow
 * keys only selects. */
static void
row_activated_cb (GtkListBox     *list,
                  GtkListBoxRow  *row,
                  PpVenturesPage *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

/* The portfolio's timeline goes above the editor when there is room, and
 * above the list when the page is folded, so the editor starts at the
 * top of its page. */
static void
leaflet_folded_cb (PpVenturesPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  GtkWidget *parent = gtk_widget_get_parent (self->timeline_group);
  GtkWidget *wanted = folded ? self->list_box : self->content_box;

  gtk_widget_set_visible (self->back_bar, folded);
  if (parent == wanted)
    return;
  g_object_ref (self->timeline_group);
  gtk_box_remove (GTK_BOX (parent), self->timeline_group);
  gtk_box_prepend (GTK_BOX (wanted), self->timeline_group);
  g_object_unref (self->timeline_group);
}

/* A list box moves from row to row on Tab, and selects each row it
 * passes, so tabbing to the editor would leave the last venture chosen:
 * Tab and Shift+Tab leave the list instead, as the arrow keys move in it. */
static gboolean
list_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     PpVenturesPage        *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkDirectionType direction;

  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    direction = GTK_DIR_TAB_FORWARD;
  else if (keyval == GDK_KEY_ISO_Left_Tab)
    direction = GTK_DIR_TAB_BACKWARD;
  else
    return FALSE;
  if (root == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  gtk_widget_set_can_focus (GTK_WIDGET (self->list), FALSE);
  gtk_widget_child_focus (root, direction);
  gtk_widget_set_can_focus (GTK_WIDGET (self->list), TRUE);
  return TRUE;
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  if (self->selected != NULL)
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

/* Clicking a milestone on the venture's timeline opens it in the list. */
static void
milestone_activated_cb (PpTimeline     *timeline,
                        PpMilestone    *milestone,
                        PpVenturesPage *self)
{
  guint position;
  GtkListBoxRow *row;

  if (self->selected == NULL)
    return;
  position = index_of (pp_venture_get_milestones (self->selected), milestone);
  row = gtk_list_box_get_row_at_index (self->milestones_list, (int) position);
  if (row == NULL)
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
rebind (PpVenturesPage *self)
{
  guint position = index_of (G_LIST_MODEL (self->shown), self->selected);

  self->updating = TRUE;
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->shown), create_venture_row, self, NULL);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, (int) position));
  self->updating = FALSE;
}

static void
portfolio_changed_cb (PpPortfolio    *portfolio,
                      PpNode         *origin,
                      PpVenturesPage *self)
{
  if (PP_IS_SECTOR (origin) || PP_IS_ORGANISATION (origin) || PP_IS_MOU (origin) ||
      PP_IS_PORTFOLIO (origin))
    rebuild_names (self);
  /* A venture's row shows its name, stage, sector and whether its shares
   * add up. */
  if (PP_IS_VENTURE (origin) || PP_IS_VENTURE_PARTNER (origin) || PP_IS_PORTFOLIO (origin) ||
      PP_IS_SECTOR (origin))
    rebind (self);
  if (self->selected != NULL && pp_node_get_owner (PP_NODE (self->selected)) == NULL)
    show_selected (self, NULL);
  if (self->selected != NULL)
    refresh_editor (self);
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
  else if (pp_date_parse (text, &date, &error))
    set_date (self, GTK_WIDGET (row), &date);
  else
    {
      g_autofree char *message = g_strdup_printf ("%c%s.", g_ascii_toupper (error->message[0]),
                                                  error->message + 1);

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
      refresh_editor (self);
      return;
    }
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) pp_venture_get_mous (self->selected));
  g_strv_builder_add (builder, pp_node_get_id (mou));
  mous = g_strv_builder_end (builder);
  pp_history_set (self->history, PP_NODE (self->selected), "mous", mous, NULL);
}

static void
add_partner (PpVenturesPage *self,
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
  add_partner (self, pp_node_get_id (org), MAX (0, 100 - share_total (self->selected)));
}

static char *
new_id (GListModel *list,
        const char *base)
{
  for (guint i = 1;; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", base, i);
      gboolean used = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (list) && !used; j++)
        {
          g_autoptr(PpNode) item = g_list_model_get_item (list, j);
          used = g_strcmp0 (pp_node_get_id (item), id) == 0;
        }
      if (!used)
        return g_steal_pointer (&id);
    }
}

static void
add_milestone_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (widget);
  GListModel *list;
  g_autofree char *id = NULL;
  g_autoptr(PpMilestone) milestone = NULL;

  if (self->selected == NULL)
    return;
  list = pp_venture_get_milestones (self->selected);
  id = new_id (list, "milestone");
  milestone = pp_milestone_new (id);
  pp_milestone_set_title (milestone, _("New milestone"));
  pp_milestone_set_due_on (milestone, pp_venture_get_start_on (self->selected));
  pp_history_append (self->history, PP_NODE (self->selected), list, PP_NODE (milestone), NULL);
}

static void
add_risk_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (widget);
  g_autoptr(PpRisk) risk = pp_risk_new ();

  if (self->selected == NULL)
    return;
  pp_risk_set_title (risk, _("New risk"));
  pp_history_append (self->history, PP_NODE (self->selected), pp_venture_get_risks (self->selected),
                     PP_NODE (risk), NULL);
}

static PpVenture *
insert_venture (PpVenturesPage *self,
                PpVenture      *venture,
                guint           position)
{
  GListModel *ventures = pp_portfolio_get_ventures (self->portfolio);
  g_autoptr(GError) error = NULL;

  if (!pp_history_insert (self->history, PP_NODE (self->portfolio), ventures,
                          MIN (position, g_list_model_get_n_items (ventures)), PP_NODE (venture),
                          &error))
    {
      g_critical ("Cannot add a venture: %s", error->message);
      return NULL;
    }
  pp_ventures_page_set_sector_filter (self, NULL);
  pp_ventures_page_select (self, venture);
  return venture;
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (widget);
  g_autofree char *id = new_id (pp_portfolio_get_ventures (self->portfolio), "venture");
  g_autoptr(PpVenture) venture = pp_venture_new (id);

  pp_venture_set_name (venture, _("New venture"));
  if (self->sector_filter != NULL)
    pp_venture_set_sector (venture, self->sector_filter);
  if (insert_venture (self, venture, G_MAXUINT) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
duplicate_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (widget);
  GListModel *ventures = pp_portfolio_get_ventures (self->portfolio);
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(PpVenture) copy = NULL;

  if (self->selected == NULL)
    return;
  id = new_id (ventures, pp_node_get_id (PP_NODE (self->selected)));
  copy = PP_VENTURE (pp_node_copy (PP_NODE (self->selected), id));
  name = g_strdup_printf (_("%s (copy)"), pp_venture_get_name (self->selected));
  pp_venture_set_name (copy, name);
  insert_venture (self, copy, index_of (ventures, self->selected) + 1);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (widget);
  GListModel *ventures = pp_portfolio_get_ventures (self->portfolio);
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  g_autofree char *name = NULL;
  guint position;

  if (self->selected == NULL)
    return;
  name = g_strdup (pp_venture_get_name (self->selected));
  position = index_of (ventures, self->selected);
  if (position == GTK_INVALID_LIST_POSITION ||
      !pp_history_remove (self->history, PP_NODE (self->portfolio), ventures, position, NULL))
    return;

  if (ADW_IS_APPLICATION_WINDOW (window))
    {
      g_autofree char *message = g_strdup_printf (_("Deleted “%s”"), name);
      AdwToast *toast = adw_toast_new (message);
      GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      else
        g_object_unref (toast);
    }
}

static void
zoom_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (widget);

  gboolean in = g_str_has_suffix (action_name, "zoom-in");

  pp_timeline_zoom (g_str_has_prefix (action_name, "ventures.venture-") ? self->venture_timeline
                                                                      : self->timeline,
                    in ? 1.5 : 1 / 1.5);
}

static void
show_all_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  pp_ventures_page_set_sector_filter (PP_VENTURES_PAGE (widget), NULL);
}

static void
new_organisation_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              PpVenturesPage   *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "name");
  const char *name = gtk_editable_get_text (entry);
  g_autofree char *id = NULL;
  g_autoptr(PpOrganisation) org = NULL;

  if (g_strcmp0 (response, "add") != 0 || *name == '\0' || self->selected == NULL)
    return;
  id = new_id (pp_portfolio_get_organisations (self->portfolio), "organisation");
  org = pp_organisation_new (id);
  pp_organisation_set_name (org, name);
  pp_organisation_set_kind (org, PP_ORGANISATION_KIND_COMPANY);
  /* The new organisation and its place among the partners are one step. */
  pp_history_begin_group (self->history);
  if (pp_history_append (self->history, PP_NODE (self->portfolio),
                         pp_portfolio_get_organisations (self->portfolio), PP_NODE (org), NULL))
    add_partner (self, id, MAX (0, 100 - share_total (self->selected)));
  pp_history_end_group (self->history);
}

static void
new_organisation_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (widget);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *dialog;

  if (self->selected == NULL)
    return;
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Company name"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name"), -1);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("New Partner Organisation"),
                                   _("It is added to the portfolio as a company and as a partner "
                                     "of this venture."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  g_object_set_data (G_OBJECT (dialog), "name", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_organisation_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
field_left_cb (PpVenturesPage *self)
{
  if (self->history != NULL)
    pp_history_break_merge (self->history);
}

static void
pp_ventures_page_dispose (GObject *object)
{
  PpVenturesPage *self = PP_VENTURES_PAGE (object);

  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (self->portfolio, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->selected);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->history);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->sector_names);
  g_clear_object (&self->org_names);
  g_clear_object (&self->mou_names);
  g_clear_pointer (&self->currencies, g_ptr_array_unref);
  g_clear_pointer (&self->sector_filter, g_free);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (pp_ventures_page_parent_class)->dispose (object);
}

static void
pp_ventures_page_class_init (PpVenturesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_ventures_page_dispose;

  /**
   * PpVenturesPage::show-mou:
   * @mou: the linked MoU to open
   */
  signals[SHOW_MOU] = g_signal_new ("show-mou", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, PP_TYPE_MOU);

  g_type_ensure (PP_TYPE_TIMELINE);
  g_type_ensure (PP_TYPE_RISK_GRID);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/pp-ventures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, timeline_group);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, back_bar);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, venture_timeline);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, list);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, stage_filter);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, editor);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, sector_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, stage_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, objectives_view);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, mous_list);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, add_mou_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, partners_list);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, add_partner_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, shares_warning);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, budget_spin);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, currency_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, jobs_spin);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, start_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, end_row);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, schedule_warning);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, milestones_list);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, risks_list);
  gtk_widget_class_bind_template_child (widget_class, PpVenturesPage, risk_grid);

  gtk_widget_class_install_action (widget_class, "ventures.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "ventures.duplicate", NULL, duplicate_activated);
  gtk_widget_class_install_action (widget_class, "ventures.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "ventures.add-milestone", NULL,
                                   add_milestone_activated);
  gtk_widget_class_install_action (widget_class, "ventures.add-risk", NULL, add_risk_activated);
  gtk_widget_class_install_action (widget_class, "ventures.new-organisation", NULL,
                                   new_organisation_activated);
  gtk_widget_class_install_action (widget_class, "ventures.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "ventures.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "ventures.venture-zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "ventures.venture-zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "ventures.show-all", NULL, show_all_activated);
  gtk_widget_class_install_action (widget_class, "ventures.back", NULL, back_activated);
}

static void
pp_ventures_page_init (PpVenturesPage *self)
{
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) currencies = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) codes = pp_iso_currency_list_codes ();
  AdwEntryRow *date_rows[2];
  GtkEventController *key;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sector_names = gtk_string_list_new (NULL);
  self->org_names = gtk_string_list_new (NULL);
  self->mou_names = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->sector_row, G_LIST_MODEL (self->sector_names));
  adw_combo_row_set_model (self->add_partner_row, G_LIST_MODEL (self->org_names));
  adw_combo_row_set_model (self->add_mou_row, G_LIST_MODEL (self->mou_names));
  for (int i = PP_VENTURE_STAGE_PROPOSED; i <= PP_VENTURE_STAGE_CANCELLED; i++)
    gtk_string_list_append (stages, pp_enum_get_display_name (PP_TYPE_VENTURE_STAGE, i));
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (stages));
  {
    g_autoptr(GtkStringList) filter_stages = gtk_string_list_new (NULL);

    gtk_string_list_append (filter_stages, _("All stages"));
    for (int i = PP_VENTURE_STAGE_PROPOSED; i <= PP_VENTURE_STAGE_CANCELLED; i++)
      gtk_string_list_append (filter_stages, pp_enum_get_display_name (PP_TYPE_VENTURE_STAGE, i));
    gtk_drop_down_set_model (self->stage_filter, G_LIST_MODEL (filter_stages));
  }

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

  g_signal_connect (self->list, "row-selected", G_CALLBACK (row_selected_cb), self);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list), key);
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (leaflet_folded_cb), self);
  leaflet_folded_cb (self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->stage_filter, "notify::selected", G_CALLBACK (refilter), self);
  /* The drop-down's own button is what takes the focus: name it too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (GTK_WIDGET (self->stage_filter))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stage filter"), -1);
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (name_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->objectives_view), "changed",
                            G_CALLBACK (objectives_changed_cb), self);
  g_signal_connect_swapped (self->sector_row, "notify::selected", G_CALLBACK (combo_changed_cb), self);
  g_signal_connect_swapped (self->stage_row, "notify::selected", G_CALLBACK (combo_changed_cb), self);
  g_signal_connect_swapped (self->currency_row, "notify::selected", G_CALLBACK (combo_changed_cb), self);
  g_signal_connect_swapped (self->budget_spin, "value-changed", G_CALLBACK (numbers_changed_cb), self);
  g_signal_connect_swapped (self->jobs_spin, "value-changed", G_CALLBACK (numbers_changed_cb), self);
  g_signal_connect_swapped (self->add_mou_row, "notify::selected", G_CALLBACK (add_mou_selected_cb), self);
  g_signal_connect_swapped (self->add_partner_row, "notify::selected",
                            G_CALLBACK (add_partner_selected_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->name_row), G_CALLBACK (field_left_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->objectives_view), G_CALLBACK (field_left_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->budget_spin), G_CALLBACK (field_left_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->jobs_spin), G_CALLBACK (field_left_cb), self);
}

void
pp_ventures_page_set_history (PpVenturesPage *self,
                              PpHistory      *history)
{
  g_return_if_fail (PP_IS_VENTURES_PAGE (self));
  g_return_if_fail (self->history == NULL);

  self->history = g_object_ref (history);
  self->portfolio = g_object_ref (pp_history_get_portfolio (history));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (pp_portfolio_get_ventures (self->portfolio)),
                                           g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect (self->portfolio, "changed", G_CALLBACK (portfolio_changed_cb), self);
  pp_timeline_set_portfolio (self->timeline, self->portfolio);
  pp_timeline_set_portfolio (self->venture_timeline, self->portfolio);
  g_signal_connect (self->venture_timeline, "milestone-activated",
                    G_CALLBACK (milestone_activated_cb), self);
  rebuild_names (self);
  rebind (self);
  refresh_editor (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0)
    {
      g_autoptr(PpVenture) first = g_list_model_get_item (G_LIST_MODEL (self->shown), 0);

      select_venture (self, first);
    }
}

/**
 * pp_ventures_page_set_sector_filter:
 * @sector_id: (nullable): show only this sector's ventures, or all
 */
void
pp_ventures_page_set_sector_filter (PpVenturesPage *self,
                                    const char     *sector_id)
{
  PpNode *sector;

  g_return_if_fail (PP_IS_VENTURES_PAGE (self));

  sector = pp_portfolio_lookup (self->portfolio, PP_COLLECTION_SECTORS, sector_id);
  g_free (self->sector_filter);
  self->sector_filter = sector != NULL ? g_strdup (sector_id) : NULL;
  gtk_widget_set_visible (self->filter_bar, sector != NULL);
  if (sector != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Ventures in %s"),
                                               pp_sector_get_name (PP_SECTOR (sector)));

      gtk_label_set_label (self->filter_label, text);
    }
  refilter (self);
}

static void
select_venture (PpVenturesPage *self,
                PpVenture      *venture)
{
  guint position;

  position = index_of (G_LIST_MODEL (self->shown), venture);
  if (venture != NULL && position == GTK_INVALID_LIST_POSITION)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      g_clear_pointer (&self->search, g_free);
      gtk_drop_down_set_selected (self->stage_filter, 0);
      pp_ventures_page_set_sector_filter (self, NULL);
      position = index_of (G_LIST_MODEL (self->shown), venture);
    }
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, (int) position));
  else
    gtk_list_box_unselect_all (self->list);
  show_selected (self, venture);
}

/**
 * pp_ventures_page_select:
 * @venture: (nullable): the venture to edit
 *
 * Selects @venture and shows its editor (on its own page when narrow).
 */
void
pp_ventures_page_select (PpVenturesPage *self,
                         PpVenture      *venture)
{
  g_return_if_fail (PP_IS_VENTURES_PAGE (self));

  select_venture (self, venture);
  if (venture != NULL)
    adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

/**
 * pp_ventures_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the venture being edited
 */
PpVenture *
pp_ventures_page_get_selected (PpVenturesPage *self)
{
  g_return_val_if_fail (PP_IS_VENTURES_PAGE (self), NULL);
  return self->selected;
}

/**
 * pp_ventures_page_plan_from_mou:
 *
 * Starts a venture from @mou: its sector, its parties as partners sharing
 * 100 % equally, and the link to it, as one undoable step.
 *
 * Returns: (transfer none) (nullable): the new venture, selected
 */
PpVenture *
pp_ventures_page_plan_from_mou (PpVenturesPage *self,
                                PpMou          *mou)
{
  const char * const *parties;
  const char *links[2] = { NULL, NULL };
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(PpVenture) venture = NULL;
  guint n = 0;

  g_return_val_if_fail (PP_IS_VENTURES_PAGE (self), NULL);
  g_return_val_if_fail (PP_IS_MOU (mou), NULL);

  id = new_id (pp_portfolio_get_ventures (self->portfolio), "venture");
  venture = pp_venture_new (id);
  /* Translators: the name of a venture planned from an MoU */
  name = g_strdup_printf (_("Venture under “%s”"), pp_mou_get_title (mou));
  pp_venture_set_name (venture, name);
  pp_venture_set_sector (venture, pp_mou_get_sector (mou));
  links[0] = pp_node_get_id (PP_NODE (mou));
  pp_venture_set_mous (venture, links);

  parties = pp_mou_get_parties (mou);
  n = g_strv_length ((char **) parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpVenturePartner) partner = pp_venture_partner_new ();

      pp_venture_partner_set_organisation (partner, parties[i]);
      pp_venture_partner_set_share_percent (partner, floor (1000.0 / n) / 10.0 +
                                            (i == 0 ? 100 - n * floor (1000.0 / n) / 10.0 : 0));
      pp_node_append_item (PP_NODE (venture), pp_venture_get_partners (venture), PP_NODE (partner),
                           NULL);
    }
  return insert_venture (self, venture, G_MAXUINT);
}
