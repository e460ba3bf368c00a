/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-risk-grid.c: the classic risk matrix. Rows are likelihood (high at
 * the top), columns impact; each cell lists the risks that fall in it and
 * is shaded by severity, which its text also says. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-risk-grid.h"

struct _PpRiskGrid
{
  AdwBin parent_instance;

  PpVenture *venture;
  GtkGrid *grid;
};

G_DEFINE_FINAL_TYPE (PpRiskGrid, pp_risk_grid, ADW_TYPE_BIN)

static GtkWidget *
header (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  /* Wrapping keeps the grid as narrow as a phone. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "caption-heading");
  return label;
}

void
pp_risk_grid_update (PpRiskGrid *self)
{
  GtkWidget *child;
  GListModel *risks;

  g_return_if_fail (PP_IS_RISK_GRID (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  if (self->venture == NULL)
    return;
  risks = pp_venture_get_risks (self->venture);

  gtk_grid_attach (self->grid, header (_("Likelihood ↓ Impact →")), 0, 0, 1, 1);
  for (int impact = PP_LEVEL_LOW; impact <= PP_LEVEL_HIGH; impact++)
    gtk_grid_attach (self->grid, header (pp_enum_get_display_name (PP_TYPE_LEVEL, impact)),
                     impact + 1, 0, 1, 1);

  for (int likelihood = PP_LEVEL_HIGH; likelihood >= PP_LEVEL_LOW; likelihood--)
    {
      int row = PP_LEVEL_HIGH - likelihood + 1;

      gtk_grid_attach (self->grid, header (pp_enum_get_display_name (PP_TYPE_LEVEL, likelihood)),
                       0, row, 1, 1);
      for (int impact = PP_LEVEL_LOW; impact <= PP_LEVEL_HIGH; impact++)
        {
          GString *text = g_string_new (NULL);
          GtkWidget *cell = gtk_label_new (NULL);
          int severity = likelihood + impact;   /* 0 … 4 */
          g_autofree char *css = g_strdup_printf ("severity-%d", severity <= 1 ? 1 : severity <= 2 ? 2 : 3);
          g_autofree char *description = NULL;

          for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
            {
              g_autoptr(PpRisk) risk = g_list_model_get_item (risks, i);

              if ((int) pp_risk_get_likelihood (risk) == likelihood &&
                  (int) pp_risk_get_impact (risk) == impact)
                g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                                        pp_risk_get_title (risk));
            }
          gtk_label_set_text (GTK_LABEL (cell), text->str);
          gtk_label_set_wrap (GTK_LABEL (cell), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (cell), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_xalign (GTK_LABEL (cell), 0);
          gtk_label_set_yalign (GTK_LABEL (cell), 0);
          gtk_widget_set_hexpand (cell, TRUE);
          gtk_widget_set_size_request (cell, -1, 48);
          gtk_widget_add_css_class (cell, "risk-cell");
          gtk_widget_add_css_class (cell, css);
          /* Translators: a cell of the risk matrix for screen readers:
           * "High likelihood, Medium impact: Delays in permits" */
          description = pp_sentence_new (_("%s likelihood, %s impact: %s"),
                                         pp_enum_get_display_name (PP_TYPE_LEVEL, likelihood),
                                         pp_enum_get_display_name (PP_TYPE_LEVEL, impact),
                                         text->len > 0 ? text->str : _("no risks"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          description, -1);
          gtk_grid_attach (self->grid, cell, impact + 1, row, 1, 1);
          g_string_free (text, TRUE);
        }
    }
}

static void
pp_risk_grid_dispose (GObject *object)
{
  PpRiskGrid *self = PP_RISK_GRID (object);

  g_clear_object (&self->venture);

  G_OBJECT_CLASS (pp_risk_grid_parent_class)->dispose (object);
}

static void
pp_risk_grid_class_init (PpRiskGridClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pp_risk_grid_dispose;
}

static void
pp_risk_grid_init (PpRiskGrid *self)
{
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 4);
  gtk_grid_set_column_spacing (self->grid, 4);
  gtk_grid_set_column_homogeneous (self->grid, TRUE);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->grid));
}

void
pp_risk_grid_set_venture (PpRiskGrid *self,
                          PpVenture  *venture)
{
  g_return_if_fail (PP_IS_RISK_GRID (self));

  g_set_object (&self->venture, venture);
  pp_risk_grid_update (self);
}
