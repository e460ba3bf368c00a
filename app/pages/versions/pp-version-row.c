/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-row.c: PpVersionRow, one version in the History view. The
 * list item's template binds the version; the row fills its labels and
 * its menu, whose items name the version in their target for the view's
 * "history." actions. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-version-row.h"

struct _PpVersionRow
{
  GtkWidget parent_instance;

  PpVersion *version;

  GtkLabel *message_label;
  GtkLabel *details_label;
  GtkLabel *tags_label;
  GtkLabel *summary_label;
  GtkMenuButton *menu_button;
};

G_DEFINE_FINAL_TYPE (PpVersionRow, pp_version_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Each item is a "history." action on this version. */
static GMenuModel *
build_menu (PpVersion *version)
{
  static const struct { const char *label; const char *action; } items[] = {
    { N_("_Open"), "history.open" },
    { N_("_Compare With Current"), "history.compare" },
    { N_("_Restore"), "history.restore" },
    { N_("_Tag a Meeting…"), "history.tag" },
  };
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target (item, items[i].action, "s",
                                         pp_version_get_id (version));
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

/* Several meetings may name one version. */
static char *
describe_tags (PpVersion *version)
{
  const char * const *tags = pp_version_get_tags (version);
  g_autofree char *joined = NULL;
  guint n = tags != NULL ? g_strv_length ((GStrv) tags) : 0;

  if (n == 0)
    return NULL;
  /* Translators: the separator between meetings tagged on one version */
  joined = g_strjoinv (_("; "), (GStrv) tags);
  /* Translators: the meetings a version is tagged with, in the History view */
  return g_strdup_printf (ngettext ("Meeting: %s", "Meetings: %s", n), joined);
}

static void
fill_summary (PpVersionRow *self)
{
  const char *summary = self->version != NULL ? pp_version_get_summary (self->version) : NULL;

  gtk_label_set_text (self->summary_label, summary != NULL ? summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary != NULL && *summary != '\0');
}

static void
fill (PpVersionRow *self)
{
  PpVersion *version = self->version;
  g_autofree char *subject = NULL;
  g_autofree char *when = NULL;
  g_autofree char *details = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *menu_label = NULL;
  g_autoptr(GMenuModel) menu = NULL;

  if (version == NULL)
    return;
  subject = pp_version_dup_subject (version);
  when = pp_version_describe_time (version);
  /* Translators: a version's date, author and short id, as
   * "12 Apr 2026, 14:05 · Ayesha Khan · a1b2c3d" */
  details = g_strdup_printf (_("%s · %s · %s"), when, pp_version_get_author (version),
                             pp_version_get_short_id (version));
  tags = describe_tags (version);

  gtk_label_set_text (self->message_label, *subject != '\0' ? subject : _("No message"));
  gtk_label_set_text (self->details_label, details);
  gtk_label_set_text (self->tags_label, tags);
  gtk_widget_set_visible (GTK_WIDGET (self->tags_label), tags != NULL);
  fill_summary (self);

  menu = build_menu (version);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
  /* Translators: the accessible name of a version's menu button; %s is its short id */
  menu_label = g_strdup_printf (_("Actions for version %s"), pp_version_get_short_id (version));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
}

static void
pp_version_row_dispose (GObject *object)
{
  PpVersionRow *self = PP_VERSION_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_VERSION_ROW);
  /* The box of labels is no template child: it goes by hand. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->version != NULL)
    g_signal_handlers_disconnect_by_func (self->version, fill_summary, self);
  g_clear_object (&self->version);
  G_OBJECT_CLASS (pp_version_row_parent_class)->dispose (object);
}

static void
pp_version_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PpVersionRow *self = PP_VERSION_ROW (object);

  switch (prop_id)
    {
    case PROP_VERSION:
      g_value_set_object (value, self->version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_version_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PpVersionRow *self = PP_VERSION_ROW (object);

  switch (prop_id)
    {
    case PROP_VERSION:
      pp_version_row_set_version (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_version_row_class_init (PpVersionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_version_row_dispose;
  object_class->get_property = pp_version_row_get_property;
  object_class->set_property = pp_version_row_set_property;

  properties[PROP_VERSION] =
    g_param_spec_object ("version", NULL, NULL, PP_TYPE_VERSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-version-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PpVersionRow, message_label);
  gtk_widget_class_bind_template_child (widget_class, PpVersionRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, PpVersionRow, tags_label);
  gtk_widget_class_bind_template_child (widget_class, PpVersionRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PpVersionRow, menu_button);
}

static void
pp_version_row_init (PpVersionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PpVersion *
pp_version_row_get_version (PpVersionRow *self)
{
  g_return_val_if_fail (PP_IS_VERSION_ROW (self), NULL);

  return self->version;
}

void
pp_version_row_set_version (PpVersionRow *self,
                            PpVersion    *version)
{
  g_return_if_fail (PP_IS_VERSION_ROW (self));
  g_return_if_fail (version == NULL || PP_IS_VERSION (version));

  if (self->version == version)
    return;
  if (self->version != NULL)
    g_signal_handlers_disconnect_by_func (self->version, fill_summary, self);
  g_set_object (&self->version, version);
  /* The summary comes later, when the version has been compared with the
   * one before. */
  if (version != NULL)
    g_signal_connect_object (version, "notify::summary", G_CALLBACK (fill_summary), self,
                             G_CONNECT_SWAPPED);
  fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

/**
 * pp_version_describe_time:
 *
 * Returns: (transfer full): when @version was saved, in local time, as the
 *   user's language writes a date, with the time of day
 */
char *
pp_version_describe_time (PpVersion *version)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (pp_version_get_time (version));
  g_autofree char *date = NULL;
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (local),
                                         g_date_time_get_month (local),
                                         g_date_time_get_year (local));

  date = pp_date_to_display (day);
  /* Translators: when a version was saved: a date and the time of day, "12 Apr 2026, 14:05" */
  return g_strdup_printf (_("%s, %s"), date, time);
}
