/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window.c: the main window: the portfolio's title and what it holds.
 *
 * The overview rows follow the portfolio's list models, so they stay right
 * whatever changes the model.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-iso-codes.h"
#include "pp-window.h"

struct _PpWindow
{
  AdwApplicationWindow parent_instance;

  PpPortfolio *portfolio;
  GFile *file;

  AdwWindowTitle *window_title;
  AdwStatusPage *status_page;
  GtkLabel *count_labels[PP_N_COLLECTIONS];
};

G_DEFINE_FINAL_TYPE (PpWindow, pp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PORTFOLIO,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_title (PpWindow *self)
{
  const char *title = pp_portfolio_get_title (self->portfolio);
  g_autofree char *subtitle = NULL;

  if (self->file != NULL)
    subtitle = g_file_get_basename (self->file);
  else
    subtitle = g_strdup (_("Sample portfolio (unsaved copy)"));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_status_page_set_title (self->status_page, title);
}

static void
update_countries (PpWindow *self)
{
  PpCountryPair *pair = pp_portfolio_get_countries (self->portfolio);
  g_autofree char *text = NULL;

  if (pp_country_pair_is_set (pair))
    /* Translators: the two partner countries, "Pakistan and Belarus" */
    text = g_strdup_printf (_("%s and %s"),
                            pp_iso_country_get_name (pp_country_pair_get_first (pair)),
                            pp_iso_country_get_name (pp_country_pair_get_second (pair)));
  else
    text = g_strdup (_("No partner countries chosen yet"));
  adw_status_page_set_description (self->status_page, text);
}

static void
update_count (PpWindow     *self,
              PpCollection  collection)
{
  guint n = g_list_model_get_n_items (pp_portfolio_get_collection (self->portfolio, collection));
  char text[16];

  g_snprintf (text, sizeof text, "%u", n);
  gtk_label_set_label (self->count_labels[collection], text);
}

static void
collection_items_changed_cb (GListModel *list,
                             guint       position,
                             guint       removed,
                             guint       added,
                             PpWindow   *self)
{
  for (guint i = 0; i < PP_N_COLLECTIONS; i++)
    if (pp_portfolio_get_collection (self->portfolio, i) == list)
      update_count (self, i);
}

static void
set_portfolio (PpWindow    *self,
               PpPortfolio *portfolio)
{
  g_assert (self->portfolio == NULL);

  self->portfolio = g_object_ref (portfolio);
  g_signal_connect_object (portfolio, "notify::title", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (pp_portfolio_get_countries (portfolio), "notify",
                           G_CALLBACK (update_countries), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < PP_N_COLLECTIONS; i++)
    {
      g_signal_connect_object (pp_portfolio_get_collection (portfolio, i), "items-changed",
                               G_CALLBACK (collection_items_changed_cb), self, 0);
      update_count (self, i);
    }
  update_countries (self);
}

static void
restore_geometry (PpWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = PP_IS_APPLICATION (app) ? pp_application_get_settings (PP_APPLICATION (app)) : NULL;

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
pp_window_close_request (GtkWindow *window)
{
  GtkApplication *app = gtk_window_get_application (window);
  GSettings *settings = PP_IS_APPLICATION (app) ? pp_application_get_settings (PP_APPLICATION (app)) : NULL;

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
    }

  return GTK_WINDOW_CLASS (pp_window_parent_class)->close_request (window);
}

static void
pp_window_constructed (GObject *object)
{
  PpWindow *self = PP_WINDOW (object);

  G_OBJECT_CLASS (pp_window_parent_class)->constructed (object);

  g_assert (self->portfolio != NULL);
  update_title (self);
  restore_geometry (self);
}

static void
pp_window_dispose (GObject *object)
{
  PpWindow *self = PP_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_WINDOW);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (pp_window_parent_class)->dispose (object);
}

static void
pp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PpWindow *self = PP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      g_value_set_object (value, self->portfolio);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PpWindow *self = PP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      set_portfolio (self, g_value_get_object (value));
      break;

    case PROP_FILE:
      g_set_object (&self->file, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_window_class_init (PpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = pp_window_constructed;
  object_class->dispose = pp_window_dispose;
  object_class->get_property = pp_window_get_property;
  object_class->set_property = pp_window_set_property;
  window_class->close_request = pp_window_close_request;

  properties[PROP_PORTFOLIO] =
    g_param_spec_object ("portfolio", NULL, NULL, PP_TYPE_PORTFOLIO,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/pp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PpWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PpWindow, status_page);
  gtk_widget_class_bind_template_child_full (widget_class, "sectors_count", FALSE,
                                             G_STRUCT_OFFSET (PpWindow, count_labels[PP_COLLECTION_SECTORS]));
  gtk_widget_class_bind_template_child_full (widget_class, "organisations_count", FALSE,
                                             G_STRUCT_OFFSET (PpWindow, count_labels[PP_COLLECTION_ORGANISATIONS]));
  gtk_widget_class_bind_template_child_full (widget_class, "mous_count", FALSE,
                                             G_STRUCT_OFFSET (PpWindow, count_labels[PP_COLLECTION_MOUS]));
  gtk_widget_class_bind_template_child_full (widget_class, "ventures_count", FALSE,
                                             G_STRUCT_OFFSET (PpWindow, count_labels[PP_COLLECTION_VENTURES]));
  gtk_widget_class_bind_template_child_full (widget_class, "commitments_count", FALSE,
                                             G_STRUCT_OFFSET (PpWindow, count_labels[PP_COLLECTION_COMMITMENTS]));
}

static void
pp_window_init (PpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PpWindow *
pp_window_new (PpApplication *application,
               PpPortfolio   *portfolio,
               GFile         *file)
{
  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), NULL);

  return g_object_new (PP_TYPE_WINDOW,
                       "application", application,
                       "portfolio", portfolio,
                       "file", file,
                       NULL);
}

PpPortfolio *
pp_window_get_portfolio (PpWindow *self)
{
  g_return_val_if_fail (PP_IS_WINDOW (self), NULL);

  return self->portfolio;
}

/**
 * pp_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file shown, or %NULL for an
 *   unsaved portfolio
 */
GFile *
pp_window_get_file (PpWindow *self)
{
  g_return_val_if_fail (PP_IS_WINDOW (self), NULL);

  return self->file;
}
