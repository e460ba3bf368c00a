/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-ventures-page-actions.c: what one can do on the Joint Ventures page:
 * add, duplicate and delete ventures, add milestones and risks, plan a
 * venture from an MoU, zoom the timeline, add an organisation.
 *
 * The actions are installed on the page's class, so the widget each one
 * is given is the page: it is cast plainly, as PP_VENTURES_PAGE() would
 * call up into pp-ventures-page.c for the type. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pp-date.h"
#include "pp-format.h"
#include "pp-timeline.h"
#include "pp-ventures-page-private.h"

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
  PpVenturesPage *self = (PpVenturesPage *) widget;
  GListModel *list;
  g_autofree char *id = NULL;
  g_autoptr(PpMilestone) milestone = NULL;
  GDate today, due;

  if (self->selected == NULL)
    return;
  list = pp_venture_get_milestones (self->selected);
  id = new_id (list, "milestone");
  milestone = pp_milestone_new (id);
  pp_milestone_set_title (milestone, _("New milestone"));
  /* Not the venture's start, which is often past: a new milestone would
   * start out overdue. */
  pp_date_get_today (&today);
  pp_milestone_suggest_due_on (list, pp_venture_get_start_on (self->selected),
                               pp_venture_get_end_on (self->selected), &today, &due);
  pp_milestone_set_due_on (milestone, &due);
  pp_history_append (self->history, PP_NODE (self->selected), list, PP_NODE (milestone), NULL);
}

static void
add_risk_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PpVenturesPage *self = (PpVenturesPage *) widget;
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
  _pp_ventures_page_set_sector_filter (self, NULL);
  _pp_ventures_page_select_venture (self, venture);
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
  return venture;
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PpVenturesPage *self = (PpVenturesPage *) widget;
  g_autofree char *id = new_id (pp_portfolio_get_ventures (self->portfolio), "venture");
  g_autoptr(PpVenture) venture = pp_venture_new (id);

  pp_venture_set_name (venture, _("New venture"));
  pp_venture_set_budget_currency (venture, pp_portfolio_get_currency (self->portfolio));
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
  PpVenturesPage *self = (PpVenturesPage *) widget;
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
  insert_venture (self, copy, _pp_ventures_page_index_of (ventures, self->selected) + 1);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PpVenturesPage *self = (PpVenturesPage *) widget;
  GListModel *ventures = pp_portfolio_get_ventures (self->portfolio);
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  g_autofree char *name = NULL;
  guint position;

  if (self->selected == NULL)
    return;
  name = g_strdup (pp_venture_get_name (self->selected));
  position = _pp_ventures_page_index_of (ventures, self->selected);
  if (position == GTK_INVALID_LIST_POSITION ||
      !pp_history_remove (self->history, PP_NODE (self->portfolio), ventures, position, NULL))
    return;

  if (ADW_IS_APPLICATION_WINDOW (window))
    {
      g_autofree char *message = pp_sentence_new (_("Deleted “%s”"), name);
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
  PpVenturesPage *self = (PpVenturesPage *) widget;

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
  _pp_ventures_page_set_sector_filter ((PpVenturesPage *) widget, NULL);
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
    _pp_ventures_page_add_partner (self, id,
                                   MAX (0, 100 - pp_venture_get_share_total (self->selected)));
  pp_history_end_group (self->history);
}

static void
new_organisation_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PpVenturesPage *self = (PpVenturesPage *) widget;
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

/* Starts a venture from @mou: its sector, its parties as partners sharing
 * 100 % equally, and the link to it, as one undoable step. */
PpVenture *
_pp_ventures_page_plan_from_mou (PpVenturesPage *self,
                                 PpMou          *mou)
{
  const char * const *parties;
  const char *links[2] = { NULL, NULL };
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(PpVenture) venture = NULL;
  guint n = 0;

  id = new_id (pp_portfolio_get_ventures (self->portfolio), "venture");
  venture = pp_venture_new (id);
  /* Translators: the name of a venture planned from an MoU */
  name = g_strdup_printf (_("Venture under “%s”"), pp_mou_get_title (mou));
  pp_venture_set_name (venture, name);
  pp_venture_set_sector (venture, pp_mou_get_sector (mou));
  pp_venture_set_budget_currency (venture, pp_portfolio_get_currency (self->portfolio));
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

void
_pp_ventures_page_install_actions (GtkWidgetClass *widget_class)
{
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
}
