/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-venture-row.c: one venture in the Joint Ventures list: its sector's
 * colour, its name, its stage, sector and partners, and a badge when the
 * partners' shares do not total 100 %.
 *
 * The list is a GtkListView, which makes rows only for the ventures on
 * screen and binds them again as the list scrolls: a row is set to a
 * venture, and set again to another. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-mou-facts.h"
#include "pp-venture-row.h"

struct _PpVentureRow
{
  GtkBox parent_instance;

  PpVenture *venture;
  GtkLabel *dot;
  GtkLabel *title;
  GtkLabel *subtitle;
  GtkLabel *badge;
};

G_DEFINE_FINAL_TYPE (PpVentureRow, pp_venture_row, GTK_TYPE_BOX)

/* "MAZ, BELAZ", or NULL when the venture has no partners. */
static char *
partner_names (PpPortfolio *portfolio,
               PpVenture   *venture)
{
  GListModel *partners = pp_venture_get_partners (venture);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PpVenturePartner) partner = g_list_model_get_item (partners, i);

      g_string_append_printf (names, "%s%s", i > 0 ? _(", ") : "",
                              pp_portfolio_get_name_of (portfolio, PP_COLLECTION_ORGANISATIONS,
                                                        pp_venture_partner_get_organisation (partner)));
    }
  return g_string_free (names, names->len == 0);
}

static void
show_sector (PpVentureRow *self,
             PpSector     *sector)
{
  g_autofree char *markup = NULL;

  markup = g_strdup_printf ("<span foreground=\"%s\">⬤</span>",
                            sector != NULL ? pp_sector_get_color (sector) : "#808080");
  gtk_label_set_markup (self->dot, markup);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dot), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sector != NULL ? pp_sector_get_name (sector) : _("No sector"),
                                  -1);
}

/* The list item around the row is what takes the focus, so it is what a
 * screen reader names: the venture's name, and the badge in words. */
static void
describe_item (PpVentureRow *self,
               gboolean      complete)
{
  GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (self));

  if (item == NULL)
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pp_venture_get_name (self->venture), -1);
  if (complete)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    _("Incomplete: the partners’ shares do not total 100 %"), -1);
}

static void
pp_venture_row_dispose (GObject *object)
{
  PpVentureRow *self = PP_VENTURE_ROW (object);

  g_clear_object (&self->venture);
  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_VENTURE_ROW);

  G_OBJECT_CLASS (pp_venture_row_parent_class)->dispose (object);
}

static void
pp_venture_row_class_init (PpVentureRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_venture_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/pp-venture-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PpVentureRow, dot);
  gtk_widget_class_bind_template_child (widget_class, PpVentureRow, title);
  gtk_widget_class_bind_template_child (widget_class, PpVentureRow, subtitle);
  gtk_widget_class_bind_template_child (widget_class, PpVentureRow, badge);
}

static void
pp_venture_row_init (PpVentureRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_label (self->badge, _("Incomplete"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->badge),
                               _("The partners’ shares do not total 100 %"));
}

GtkWidget *
pp_venture_row_new (void)
{
  return g_object_new (PP_TYPE_VENTURE_ROW, NULL);
}

/**
 * pp_venture_row_set_venture:
 * @venture: (nullable): the venture to show, or %NULL when the row is
 *   unbound
 *
 * Shows @venture as it is now; called again when it changes.
 */
void
pp_venture_row_set_venture (PpVentureRow *self,
                            PpPortfolio  *portfolio,
                            PpVenture    *venture)
{
  PpNode *sector;
  g_autofree char *names = NULL;
  g_autofree char *subtitle = NULL;
  gboolean complete;

  g_return_if_fail (PP_IS_VENTURE_ROW (self));

  g_set_object (&self->venture, venture);
  if (venture == NULL)
    return;
  sector = pp_portfolio_lookup (portfolio, PP_COLLECTION_SECTORS, pp_venture_get_sector (venture));
  names = partner_names (portfolio, venture);
  /* Translators: a venture's row: "Proposed · Mining · MAZ, BELAZ" */
  subtitle = pp_sentence_new (_("%s · %s · %s"),
                              pp_enum_get_display_name (PP_TYPE_VENTURE_STAGE,
                                                        pp_venture_get_stage (venture)),
                              sector != NULL ? pp_sector_get_name (PP_SECTOR (sector)) : _("No sector"),
                              names != NULL ? names : _("no partners yet"));
  gtk_label_set_label (self->title, pp_venture_get_name (venture));
  gtk_label_set_label (self->subtitle, subtitle);
  show_sector (self, sector != NULL ? PP_SECTOR (sector) : NULL);
  complete = pp_venture_get_shares_complete (venture);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), !complete);
  if (complete)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "overdue");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "overdue");
  describe_item (self, complete);
}

/**
 * pp_venture_row_get_venture:
 *
 * Returns: (transfer none) (nullable): the venture the row shows
 */
PpVenture *
pp_venture_row_get_venture (PpVentureRow *self)
{
  g_return_val_if_fail (PP_IS_VENTURE_ROW (self), NULL);
  return self->venture;
}
