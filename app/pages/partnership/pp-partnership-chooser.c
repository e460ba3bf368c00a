/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-partnership-chooser.c: a search entry over every iso-codes country
 * (or currency), sorted by localized name.
 *
 * Typing filters the list by the start of any word of the name, in the
 * user's language or English, or by the code; Enter takes the first match
 * and a click or Enter on a row takes that row. The list holds only codes;
 * rows are made for what is seen, so the popover opens at once.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-iso-codes.h"
#include "pp-partnership-chooser.h"

struct _PpPartnershipChooser
{
  GtkPopover parent_instance;

  gboolean currencies;
  char *selected;
  char *query;

  GtkSearchEntry *search_entry;
  GtkListView *list_view;
  GtkCustomFilter *filter;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (PpPartnershipChooser, pp_partnership_chooser, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_CURRENCIES,
  PROP_SELECTED,
  N_PROPS
};

enum {
  CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
code_name (PpPartnershipChooser *self,
           const char           *code)
{
  return self->currencies ? pp_iso_currency_get_name (code) : pp_iso_country_get_name (code);
}

static gboolean
match_cb (gpointer item,
          gpointer user_data)
{
  PpPartnershipChooser *self = user_data;
  const char *code = gtk_string_object_get_string (item);

  return self->currencies ? pp_iso_currency_matches (code, self->query)
                          : pp_iso_country_matches (code, self->query);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PpPartnershipChooser     *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *code = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (code, "dim-label");
  gtk_widget_add_css_class (code, "numeric");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), code);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             PpPartnershipChooser     *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *code = gtk_widget_get_next_sibling (name);
  GtkWidget *check = gtk_widget_get_next_sibling (code);
  const char *value = gtk_string_object_get_string (gtk_list_item_get_item (item));
  gboolean current = g_strcmp0 (value, self->selected) == 0;

  gtk_label_set_label (GTK_LABEL (name), code_name (self, value));
  gtk_label_set_label (GTK_LABEL (code), value);
  /* The tick says which is the current choice; so does the row's name. */
  gtk_widget_set_visible (check, current);
  gtk_accessible_update_state (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_STATE_SELECTED, current, -1);
}

static void
choose (PpPartnershipChooser *self,
        guint                 position)
{
  g_autoptr(GtkStringObject) item = NULL;
  g_autofree char *code = NULL;

  item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (item == NULL)
    return;
  code = g_strdup (gtk_string_object_get_string (item));
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[CHOSEN], 0, code);
}

static void
list_activate_cb (PpPartnershipChooser *self,
                  guint                 position)
{
  choose (self, position);
}

static void
search_activate_cb (PpPartnershipChooser *self)
{
  choose (self, gtk_single_selection_get_selected (self->selection));
}

/* The match that Enter takes: the code typed, else the first name that
 * begins with the text ("india" is India, not British Indian Ocean
 * Territory), else the first in the list. */
static guint
best_match (PpPartnershipChooser *self)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  g_autofree char *query = NULL;
  guint n = g_list_model_get_n_items (model);

  if (self->query == NULL || *self->query == '\0')
    return 0;
  query = g_utf8_casefold (self->query, -1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);
      const char *code = gtk_string_object_get_string (item);
      g_autofree char *name = g_utf8_casefold (code_name (self, code), -1);

      if (g_ascii_strcasecmp (code, self->query) == 0 || g_str_has_prefix (name, query))
        return i;
    }
  return 0;
}

static void
search_changed_cb (PpPartnershipChooser *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_free (self->query);
  self->query = g_strdup (text);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_single_selection_set_selected (self->selection, best_match (self));
}

static void
search_stopped_cb (PpPartnershipChooser *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

/* Opens on the whole list with the current choice selected. */
static void
pp_partnership_chooser_show (GtkWidget *widget)
{
  PpPartnershipChooser *self = PP_PARTNERSHIP_CHOOSER (widget);
  GListModel *model = G_LIST_MODEL (self->selection);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  for (guint i = 0; self->selected != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), self->selected) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item",
                                      "u", i);
          break;
        }
    }

  GTK_WIDGET_CLASS (pp_partnership_chooser_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
pp_partnership_chooser_constructed (GObject *object)
{
  PpPartnershipChooser *self = PP_PARTNERSHIP_CHOOSER (object);
  g_autoptr(GPtrArray) codes = self->currencies ? pp_iso_currency_list_by_name ()
                                                : pp_iso_country_list_by_name ();
  GtkStringList *strings = gtk_string_list_new (NULL);
  GtkFilterListModel *filtered;
  const char *label = self->currencies ? _("Search currencies") : _("Search countries");

  G_OBJECT_CLASS (pp_partnership_chooser_parent_class)->constructed (object);

  g_ptr_array_add (codes, NULL);
  gtk_string_list_splice (strings, 0, 0, (const char * const *) codes->pdata);
  self->filter = gtk_custom_filter_new (match_cb, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (strings),
                                        GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_object_set (self->search_entry, "placeholder-text", label, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->currencies ? _("Currencies") : _("Countries"), -1);
}

static void
pp_partnership_chooser_dispose (GObject *object)
{
  PpPartnershipChooser *self = PP_PARTNERSHIP_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_PARTNERSHIP_CHOOSER);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (pp_partnership_chooser_parent_class)->dispose (object);
}

static void
pp_partnership_chooser_finalize (GObject *object)
{
  PpPartnershipChooser *self = PP_PARTNERSHIP_CHOOSER (object);

  g_free (self->selected);
  g_free (self->query);

  G_OBJECT_CLASS (pp_partnership_chooser_parent_class)->finalize (object);
}

static void
pp_partnership_chooser_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PpPartnershipChooser *self = PP_PARTNERSHIP_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_CURRENCIES:
      g_value_set_boolean (value, self->currencies);
      break;

    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_partnership_chooser_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PpPartnershipChooser *self = PP_PARTNERSHIP_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_CURRENCIES:
      self->currencies = g_value_get_boolean (value);
      break;

    case PROP_SELECTED:
      pp_partnership_chooser_set_selected (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_partnership_chooser_class_init (PpPartnershipChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pp_partnership_chooser_constructed;
  object_class->dispose = pp_partnership_chooser_dispose;
  object_class->finalize = pp_partnership_chooser_finalize;
  object_class->get_property = pp_partnership_chooser_get_property;
  object_class->set_property = pp_partnership_chooser_set_property;
  widget_class->show = pp_partnership_chooser_show;

  properties[PROP_CURRENCIES] =
    g_param_spec_boolean ("currencies", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PpPartnershipChooser::chosen:
   * @code: the ISO code the user chose
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-partnership-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, PpPartnershipChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PpPartnershipChooser, list_view);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped_cb);
}

static void
pp_partnership_chooser_init (PpPartnershipChooser *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
}

/**
 * pp_partnership_chooser_new:
 * @currencies: list currencies rather than countries
 */
GtkWidget *
pp_partnership_chooser_new (gboolean currencies)
{
  return g_object_new (PP_TYPE_PARTNERSHIP_CHOOSER, "currencies", currencies, NULL);
}

/**
 * pp_partnership_chooser_get_selected:
 *
 * Returns: (nullable): the code shown as the current choice
 */
const char *
pp_partnership_chooser_get_selected (PpPartnershipChooser *self)
{
  g_return_val_if_fail (PP_IS_PARTNERSHIP_CHOOSER (self), NULL);

  return self->selected;
}

void
pp_partnership_chooser_set_selected (PpPartnershipChooser *self,
                                     const char           *code)
{
  g_return_if_fail (PP_IS_PARTNERSHIP_CHOOSER (self));

  if (g_strcmp0 (self->selected, code) == 0)
    return;
  g_free (self->selected);
  self->selected = g_strdup (code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}
