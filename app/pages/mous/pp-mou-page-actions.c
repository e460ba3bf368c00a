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

#include "pp-mou-page-private.h"

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

  if (!pp_history_remove (self->history, PP_NODE (self->portfolio), mous, position, &error))
    {
      g_signal_emit_by_name (self, "show-error", _("Could Not Delete the MoU"), error->message);
      return;
    }

  message = g_strdup_printf (_("Deleted “%s”"), title);
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
