/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-organisations-page.c: PpOrganisationsPage, the portfolio's
 * organisations: a list that search filters (a GtkListView, so hundreds
 * of organisations cost only the rows on screen), the selected one's name,
 * country and kind, its contacts, and merging or deleting it.
 *
 * Every change goes through the history. What the user can do is an
 * action of the page ("organisations.add", "organisations.merge", …). */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-organisations-page-private.h"
#include "pp-organisations-page.h"
#include "pp-references.h"
#include "pp-widget-util.h"

struct _PpOrganisationsPage
{
  AdwPreferencesPage parent_instance;

  PpHistory *history;
  PpPortfolio *portfolio;
  GtkSingleSelection *selection;
  GtkStringFilter *filter;
  PpOrganisation *shown;       /* the organisation the fields show */
  GPtrArray *countries;        /* the country choices' codes; NULL first */
  GPtrArray *contact_rows;
  gboolean updating;           /* the fields follow the model: no history */

  GtkSearchEntry *search_entry;
  GtkListView *list_view;
  GtkLabel *count_label;
  AdwPreferencesGroup *editor_group;
  AdwEntryRow *name_row;
  AdwComboRow *country_row;
  AdwComboRow *kind_row;
  AdwPreferencesGroup *contacts_group;
};

G_DEFINE_FINAL_TYPE (PpOrganisationsPage, pp_organisations_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
organisations (PpOrganisationsPage *self)
{
  return pp_portfolio_get_organisations (self->portfolio);
}

static guint
country_position (PpOrganisationsPage *self,
                  const char          *country)
{
  for (guint i = 0; i < self->countries->len; i++)
    if (g_strcmp0 (self->countries->pdata[i], country) == 0)
      return i;
  return 0;
}

static void
contacts_changed_cb (PpOrganisationsPage *self)
{
  _pp_organisations_show_contacts (self->contacts_group, self->contact_rows, self->history,
                                   self->shown);
}

/* Shows the selected organisation in the fields, and follows it. */
static void
show_selected (PpOrganisationsPage *self)
{
  PpOrganisation *org = gtk_single_selection_get_selected_item (self->selection);

  if (self->shown != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->shown, self);
      g_signal_handlers_disconnect_by_data (pp_organisation_get_contacts (self->shown), self);
    }
  g_set_object (&self->shown, org);
  gtk_widget_set_sensitive (GTK_WIDGET (self->editor_group), org != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->contacts_group), org != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "organisations.delete", org != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "organisations.merge",
                                 org != NULL && g_list_model_get_n_items (organisations (self)) > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "organisations.add-contact", org != NULL);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         org != NULL ? pp_organisation_get_name (org) : "");
  adw_combo_row_set_selected (self->country_row,
                              country_position (self, org != NULL ?
                                                pp_organisation_get_country (org) : NULL));
  adw_combo_row_set_selected (self->kind_row, org != NULL ? pp_organisation_get_kind (org) :
                                              PP_ORGANISATION_KIND_OTHER);
  self->updating = FALSE;
  contacts_changed_cb (self);

  if (org == NULL)
    return;
  g_signal_connect_object (org, "notify", G_CALLBACK (show_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pp_organisation_get_contacts (org), "items-changed",
                           G_CALLBACK (contacts_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
selected_cb (PpOrganisationsPage *self)
{
  if (gtk_single_selection_get_selected_item (self->selection) != self->shown)
    show_selected (self);
}

static void
update_count (PpOrganisationsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint all = g_list_model_get_n_items (organisations (self));
  g_autofree char *text = NULL;

  if (all == 0)
    text = g_strdup (_("No organisations yet"));
  else if (shown == all)
    text = pp_sentence_new (ngettext ("%u organisation", "%u organisations", all), all);
  else
    /* Translators: "3 of 40 organisations match" */
    text = pp_sentence_new (ngettext ("%u of %u organisation matches",
                                      "%u of %u organisations match", all), shown, all);
  gtk_label_set_label (self->count_label, text);
}

static void
search_changed_cb (PpOrganisationsPage *self)
{
  gtk_string_filter_set_search (self->filter,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
set_value (PpOrganisationsPage *self,
           const char          *property,
           const GValue        *value,
           gboolean             merge)
{
  if (!self->updating && self->shown != NULL)
    pp_history_set_value (self->history, PP_NODE (self->shown), property, value, merge);
}

/* An organisation must have a name: while the field is empty it keeps its
 * last one. */
static void
name_changed_cb (PpOrganisationsPage *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autofree char *text = g_strstrip (g_strdup (typed));
  GValue value = G_VALUE_INIT;

  if (self->updating)
    return;
  if (*text == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  set_value (self, "name", &value, TRUE);
  g_value_unset (&value);
}

static void
name_left_cb (PpOrganisationsPage *self)
{
  pp_history_break_merge (self->history);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  if (self->shown != NULL)
    show_selected (self);
}

static void
country_selected_cb (PpOrganisationsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->country_row);
  GValue value = G_VALUE_INIT;

  if (selected >= self->countries->len)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, self->countries->pdata[selected]);
  set_value (self, "country", &value, FALSE);
  g_value_unset (&value);
}

static void
kind_selected_cb (PpOrganisationsPage *self)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, PP_TYPE_ORGANISATION_KIND);
  g_value_set_enum (&value, adw_combo_row_get_selected (self->kind_row));
  set_value (self, "kind", &value, FALSE);
  g_value_unset (&value);
}

static gboolean
same_code (gconstpointer a,
           gconstpointer b)
{
  return g_strcmp0 (a, b) == 0;
}

/* None (an international body), the two partner countries, then every
 * other country by name. */
static void
fill_countries (PpOrganisationsPage *self)
{
  PpCountryPair *pair = pp_portfolio_get_countries (self->portfolio);
  g_autoptr(GPtrArray) all = pp_iso_country_list_by_name ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  /* The codes are iso-codes' own, which live as long as the process: the
   * pair's strings go when its countries change. */
  g_clear_pointer (&self->countries, g_ptr_array_unref);
  self->countries = g_ptr_array_new ();
  g_ptr_array_add (self->countries, NULL);
  if (pp_country_pair_is_set (pair))
    {
      const char *pair_codes[] = { pp_country_pair_get_first (pair),
                                   pp_country_pair_get_second (pair) };

      for (guint i = 0; i < G_N_ELEMENTS (pair_codes); i++)
        {
          guint index;

          if (g_ptr_array_find_with_equal_func (all, pair_codes[i], same_code, &index))
            g_ptr_array_add (self->countries, all->pdata[index]);
        }
    }
  for (guint i = 0; i < all->len; i++)
    if (!g_ptr_array_find_with_equal_func (self->countries, all->pdata[i], same_code, NULL))
      g_ptr_array_add (self->countries, all->pdata[i]);

  gtk_string_list_append (names, _("None (international)"));
  for (guint i = 1; i < self->countries->len; i++)
    gtk_string_list_append (names, pp_iso_country_get_name (self->countries->pdata[i]));
  adw_combo_row_set_model (self->country_row, G_LIST_MODEL (names));
}

static void
countries_changed_cb (PpOrganisationsPage *self)
{
  /* A new model selects its first choice: that is no change of the
   * organisation's country. */
  self->updating = TRUE;
  fill_countries (self);
  self->updating = FALSE;
  show_selected (self);
}

static void
fill_kinds (PpOrganisationsPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (int i = PP_ORGANISATION_KIND_MINISTRY; i <= PP_ORGANISATION_KIND_OTHER; i++)
    gtk_string_list_append (kinds, pp_enum_get_display_name (PP_TYPE_ORGANISATION_KIND, i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

static void
select_organisation (PpOrganisationsPage *self,
                     PpOrganisation      *org)
{
  GListModel *shown = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(PpOrganisation) item = g_list_model_get_item (shown, i);

      if (item == org)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return;
        }
    }
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PpOrganisationsPage *self = PP_ORGANISATIONS_PAGE (widget);
  const char *name = _("New organisation");
  g_autofree char *id = pp_references_new_id (self->portfolio, PP_COLLECTION_ORGANISATIONS, name);
  g_autoptr(PpOrganisation) org = pp_organisation_new (id);
  g_autoptr(GError) error = NULL;

  pp_organisation_set_name (org, name);
  if (!pp_history_append (self->history, PP_NODE (self->portfolio), organisations (self),
                          PP_NODE (org), &error))
    {
      g_warning ("Could not add an organisation: %s", error->message);
      return;
    }
  /* The new one must be in the list to be named. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_string_filter_set_search (self->filter, NULL);
  select_organisation (self, org);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PpOrganisationsPage *self = PP_ORGANISATIONS_PAGE (widget);

  if (self->shown != NULL)
    _pp_organisations_delete (widget, self->history, self->shown);
}

static void
merge_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PpOrganisationsPage *self = PP_ORGANISATIONS_PAGE (widget);

  if (self->shown != NULL)
    _pp_organisations_merge (widget, self->history, self->shown);
}

static void
add_contact_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PpOrganisationsPage *self = PP_ORGANISATIONS_PAGE (widget);
  g_autoptr(PpContact) contact = pp_contact_new ();
  GListModel *contacts;

  if (self->shown == NULL)
    return;
  contacts = pp_organisation_get_contacts (self->shown);
  pp_contact_set_name (contact, _("New contact"));
  if (pp_history_append (self->history, PP_NODE (self->shown), contacts, PP_NODE (contact), NULL))
    {
      GtkWidget *row = self->contact_rows->pdata[self->contact_rows->len - 1];

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (row);
    }
}

static void
remove_contact_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PpOrganisationsPage *self = PP_ORGANISATIONS_PAGE (widget);
  guint position = g_variant_get_uint32 (parameter);

  if (self->shown != NULL &&
      position < g_list_model_get_n_items (pp_organisation_get_contacts (self->shown)))
    pp_history_remove (self->history, PP_NODE (self->shown),
                       pp_organisation_get_contacts (self->shown), position, NULL);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (PP_ORGANISATIONS_PAGE (widget)->search_entry));
}

static void
pp_organisations_page_constructed (GObject *object)
{
  PpOrganisationsPage *self = PP_ORGANISATIONS_PAGE (object);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkFilterListModel *filtered;

  G_OBJECT_CLASS (pp_organisations_page_parent_class)->constructed (object);

  self->portfolio = g_object_ref (pp_history_get_portfolio (self->history));
  self->filter = gtk_string_filter_new (gtk_property_expression_new (PP_TYPE_ORGANISATION, NULL,
                                                                     "name"));
  filtered = gtk_filter_list_model_new (g_object_ref (organisations (self)),
                                        GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  _pp_organisations_set_up_rows (GTK_SIGNAL_LIST_ITEM_FACTORY (factory));
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  pp_on_focus_leave (GTK_WIDGET (self->name_row), G_CALLBACK (name_left_cb), self);
  fill_countries (self);
  /* The partner countries come first in the choice, so it follows them. */
  g_signal_connect_object (pp_portfolio_get_countries (self->portfolio), "notify::codes",
                           G_CALLBACK (countries_changed_cb), self, G_CONNECT_SWAPPED);
  fill_kinds (self);
  show_selected (self);
  update_count (self);
}

static void
pp_organisations_page_dispose (GObject *object)
{
  PpOrganisationsPage *self = PP_ORGANISATIONS_PAGE (object);

  if (self->shown != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->shown, self);
      g_signal_handlers_disconnect_by_data (pp_organisation_get_contacts (self->shown), self);
    }
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  /* The contacts' rows leave their group, which outlives the page (see
   * pp_sectors_page_dispose()); they would keep the history. */
  if (self->contacts_group != NULL)
    _pp_organisations_show_contacts (self->contacts_group, self->contact_rows, self->history,
                                     NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_ORGANISATIONS_PAGE);
  g_clear_object (&self->shown);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->history);
  g_clear_object (&self->portfolio);

  G_OBJECT_CLASS (pp_organisations_page_parent_class)->dispose (object);
}

static void
pp_organisations_page_finalize (GObject *object)
{
  PpOrganisationsPage *self = PP_ORGANISATIONS_PAGE (object);

  g_clear_pointer (&self->countries, g_ptr_array_unref);
  g_clear_pointer (&self->contact_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pp_organisations_page_parent_class)->finalize (object);
}

static void
pp_organisations_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, PP_ORGANISATIONS_PAGE (object)->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_organisations_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_HISTORY:
      PP_ORGANISATIONS_PAGE (object)->history = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "organisations.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "organisations.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "organisations.merge", NULL, merge_activated);
  gtk_widget_class_install_action (widget_class, "organisations.add-contact", NULL,
                                   add_contact_activated);
  gtk_widget_class_install_action (widget_class, "organisations.remove-contact", "u",
                                   remove_contact_activated);
  gtk_widget_class_install_action (widget_class, "organisations.search", NULL, search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "organisations.search", NULL);
}

static void
pp_organisations_page_class_init (PpOrganisationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pp_organisations_page_constructed;
  object_class->dispose = pp_organisations_page_dispose;
  object_class->finalize = pp_organisations_page_finalize;
  object_class->get_property = pp_organisations_page_get_property;
  object_class->set_property = pp_organisations_page_set_property;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, PP_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/PartnershipPlanner/ui/pp-organisations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PpOrganisationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PpOrganisationsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, PpOrganisationsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PpOrganisationsPage, editor_group);
  gtk_widget_class_bind_template_child (widget_class, PpOrganisationsPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, PpOrganisationsPage, country_row);
  gtk_widget_class_bind_template_child (widget_class, PpOrganisationsPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PpOrganisationsPage, contacts_group);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, country_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  install_actions (widget_class);
}

static void
pp_organisations_page_init (PpOrganisationsPage *self)
{
  self->contact_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  pp_accessible_fix_tree (GTK_WIDGET (self));
}

GtkWidget *
pp_organisations_page_new (PpHistory *history)
{
  g_return_val_if_fail (PP_IS_HISTORY (history), NULL);

  return g_object_new (PP_TYPE_ORGANISATIONS_PAGE, "history", history, NULL);
}
