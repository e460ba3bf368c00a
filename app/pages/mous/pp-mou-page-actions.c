/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-page-actions.c: the MoU register's actions: add, duplicate and
 * delete an MoU, each one step of the undo history.
 *
 * pp-mou-page.c installs them on the page's class, so the widget they are
 * given is always the page, and they never call back into pp-mou-page.c:
 * they select through pp-mou-page-filter.c and report to the window by
 * the page's "show-toast" and "show-error" signals. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-format.h"
#include "pp-mou-page-private.h"
#include "pp-references.h"

static char *
new_id (PpMouPage  *self,
        const char *base)
{
  for (guint i = 1;; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", base, i);

      if (pp_portfolio_lookup (self->portfolio, PP_COLLECTION_MOUS, id) == NULL)
        return g_steal_pointer (&id);
    }
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PpMouPage *self = (PpMouPage *) widget;
  g_autofree char *id = new_id (self, "mou");
  g_autoptr(PpMou) mou = pp_mou_new (id);
  g_autoptr(GError) error = NULL;

  pp_mou_set_title (mou, _("New MoU"));
  if (self->sector_id != NULL)
    pp_mou_set_sector (mou, self->sector_id);
  if (!pp_history_append (self->history, PP_NODE (self->portfolio),
                          pp_portfolio_get_mous (self->portfolio), PP_NODE (mou), &error))
    {
      g_critical ("Cannot add an MoU: %s", error->message);
      return;
    }
  pp_mou_page_show_mou (self, mou);
  gtk_toggle_button_set_active (self->editor_toggle, TRUE);
  pp_mou_editor_focus_title (self->editor);
}

static void
duplicate_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PpMouPage *self = (PpMouPage *) widget;
  PpMou *original = pp_mou_page_selected_mou (self);
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autoptr(PpMou) copy = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *mous = pp_portfolio_get_mous (self->portfolio);
  guint position = 0;

  if (original == NULL)
    return;

  id = new_id (self, pp_node_get_id (PP_NODE (original)));
  copy = PP_MOU (pp_node_copy (PP_NODE (original), id));
  /* Translators: the title of a duplicated MoU */
  title = g_strdup_printf (_("%s (copy)"), pp_mou_get_title (original));
  pp_mou_set_title (copy, title);

  while (position < g_list_model_get_n_items (mous))
    {
      g_autoptr(PpMou) item = g_list_model_get_item (mous, position++);

      if (item == original)
        break;
    }
  if (!pp_history_insert (self->history, PP_NODE (self->portfolio), mous, position,
                          PP_NODE (copy), &error))
    {
      g_critical ("Cannot duplicate an MoU: %s", error->message);
      return;
    }
  pp_mou_page_show_mou (self, copy);
}

/* An MoU that ventures or commitments refer to stays: says which, by
 * title, as the user knows them. */
static gboolean
refuse_linked (PpMouPage *self,
               PpMou     *mou)
{
  g_autoptr(GPtrArray) references = pp_references_find (self->portfolio, PP_COLLECTION_MOUS,
                                                        pp_node_get_id (PP_NODE (mou)));
  g_autofree char *who = NULL;
  g_autofree char *names = NULL;
  g_autofree char *message = NULL;
  guint n = pp_references_count_items (references);

  if (n == 0)
    return FALSE;
  who = pp_references_summarize (references);
  names = pp_references_list_names (references, 3);
  /* Translators: "1 venture and 1 commitment refer to “Trade MoU”: “Tractor plant” and “Send 150,000 workers”. …" */
  message = pp_sentence_new (ngettext ("%s refers to “%s”: %s. Remove the MoU from it first, "
                                       "then delete the MoU.",
                                       "%s refer to “%s”: %s. Remove the MoU from them first, "
                                       "then delete the MoU.", n),
                             who, pp_mou_get_title (mou), names);
  g_signal_emit_by_name (self, "show-error", _("Could Not Delete the MoU"), message);
  return TRUE;
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PpMouPage *self = (PpMouPage *) widget;
  PpMou *mou = pp_mou_page_selected_mou (self);
  GListModel *mous = pp_portfolio_get_mous (self->portfolio);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  guint position = G_MAXUINT;

  if (mou == NULL)
    return;

  title = g_strdup (pp_mou_get_title (mou));
  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpMou) item = g_list_model_get_item (mous, i);

      if (item == mou)
        position = i;
    }
  g_return_if_fail (position != G_MAXUINT);

  if (refuse_linked (self, mou))
    return;
  if (!pp_history_remove (self->history, PP_NODE (self->portfolio), mous, position, &error))
    {
      g_signal_emit_by_name (self, "show-error", _("Could Not Delete the MoU"), error->message);
      return;
    }

  message = pp_sentence_new (_("Deleted “%s”"), title);
  g_signal_emit_by_name (self, "show-toast", message, TRUE);
}

void
pp_mou_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "mou.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "mou.duplicate", NULL, duplicate_activated);
  gtk_widget_class_install_action (widget_class, "mou.delete", NULL, delete_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "mou.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "mou.add", NULL);
}

/* Delete and Insert on the table. The search entry captures the table's
 * keys to search as the user types, and its text took these two (Insert
 * toggled its overwrite mode, Delete deleted nothing): they are caught
 * first, while going down to the table, by the table's scrolled window. */
void
pp_mou_page_add_table_keys (PpMouPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkWidget *holder = gtk_widget_get_parent (GTK_WIDGET (self->column_view));

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("mou.delete")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Delete,
                                                                                  0),
                                                          gtk_named_action_new ("mou.delete")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Insert, 0),
                                                          gtk_named_action_new ("mou.add")));
  gtk_widget_add_controller (holder, controller);
}
