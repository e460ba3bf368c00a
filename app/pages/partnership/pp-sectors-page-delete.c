/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sectors-page-delete.c: deleting a sector from the Sectors page.
 *
 * A sector nothing uses goes after a plain question. One that MoUs,
 * ventures or commitments use says which, by title, and offers to move
 * them to another sector first or to leave them without one; either way
 * the core moves the references before it deletes, as one undo step, so
 * nothing is left pointing at a sector that is gone. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-format.h"
#include "pp-references.h"
#include "pp-sectors-page-private.h"

/* How many titles the question lists before "and 3 others". */
#define NAMES_SHOWN 5

typedef struct
{
  GtkWidget *page;
  PpHistory *history;
  PpSector *sector;
  GtkDropDown *target;     /* NULL when there is nothing to move */
  GPtrArray *others;       /* the sectors to move to, in the list's order */
} Deletion;

static void
deletion_free (gpointer data)
{
  Deletion *deletion = data;

  g_clear_object (&deletion->page);
  g_clear_object (&deletion->history);
  g_clear_object (&deletion->sector);
  g_clear_pointer (&deletion->others, g_ptr_array_unref);
  g_free (deletion);
}

static void
deletion_closure_free (gpointer  data,
                       GClosure *closure)
{
  deletion_free (data);
}

static void
show_toast (Deletion *deletion)
{
  GtkWidget *window = gtk_widget_get_ancestor (deletion->page, ADW_TYPE_PREFERENCES_WINDOW);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (window == NULL)
    return;
  /* Toasts read markup: "&" must be escaped. */
  name = g_markup_escape_text (pp_sector_get_name (deletion->sector), -1);
  /* Translators: a toast, "Deleted “Mining”" */
  title = pp_sentence_new (_("Deleted “%s”"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "sectors.undo");
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), toast);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Deletion         *deletion)
{
  const char *replacement = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "move") == 0)
    {
      guint selected = gtk_drop_down_get_selected (deletion->target);

      g_return_if_fail (selected < deletion->others->len);
      replacement = pp_node_get_id (deletion->others->pdata[selected]);
    }
  else if (g_strcmp0 (response, "leave") != 0 && g_strcmp0 (response, "delete") != 0)
    return;

  if (pp_references_delete (deletion->history, PP_COLLECTION_SECTORS,
                            pp_node_get_id (PP_NODE (deletion->sector)), replacement, &error))
    show_toast (deletion);
  else
    g_warning ("Could not delete the sector: %s", error->message);
}

/* A choice of the other sectors, for "move them to". */
static GtkWidget *
target_new (Deletion *deletion)
{
  GListModel *sectors = pp_portfolio_get_sectors (pp_history_get_portfolio (deletion->history));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Move them to"));
  GtkWidget *drop_down;

  deletion->others = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(PpSector) sector = g_list_model_get_item (sectors, i);

      if (sector == deletion->sector)
        continue;
      gtk_string_list_append (names, pp_sector_get_name (sector));
      g_ptr_array_add (deletion->others, g_steal_pointer (&sector));
    }
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop_down);
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Move them to"), -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), drop_down);
  deletion->target = GTK_DROP_DOWN (drop_down);
  return box;
}

/* "2 MoUs and 1 venture are in “Mining”: “A”, “B” and “C”." */
static char *
describe_use (PpSector  *sector,
              GPtrArray *references)
{
  g_autofree char *summary = pp_references_summarize (references);
  g_autofree char *names = pp_references_list_names (references, NAMES_SHOWN);
  guint n = pp_references_count_items (references);

  /* Translators: "2 MoUs and 1 venture are in “Mining”: “A”, “B” and “C”." */
  return pp_sentence_new (ngettext ("%s is in “%s”: %s.", "%s are in “%s”: %s.", n),
                          summary, pp_sector_get_name (sector), names);
}

static AdwMessageDialog *
dialog_new (Deletion  *deletion,
            GPtrArray *references)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (deletion->page));
  g_autofree char *heading = pp_sentence_new (_("Delete “%s”?"),
                                              pp_sector_get_name (deletion->sector));
  g_autofree char *use = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (references->len == 0)
    body = g_strdup (_("No MoU, venture or commitment is in this sector."));
  else
    {
      use = describe_use (deletion->sector, references);
      body = g_strdup_printf ("%s\n\n%s", use,
                              _("Move them to another sector first, or leave them without a "
                                "sector."));
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

/**
 * _pp_sectors_delete:
 *
 * Asks whether to delete @sector, saying what uses it, and deletes it as
 * the user answers.
 */
void
_pp_sectors_delete (GtkWidget *page,
                    PpHistory *history,
                    PpSector  *sector)
{
  g_autoptr(GPtrArray) references = NULL;
  Deletion *deletion = g_new0 (Deletion, 1);
  AdwMessageDialog *dialog;

  deletion->page = g_object_ref (page);
  deletion->history = g_object_ref (history);
  deletion->sector = g_object_ref (sector);
  references = pp_references_find (pp_history_get_portfolio (history), PP_COLLECTION_SECTORS,
                                   pp_node_get_id (PP_NODE (sector)));
  dialog = dialog_new (deletion, references);

  if (references->len == 0)
    {
      adw_message_dialog_add_response (dialog, "delete", _("_Delete"));
      adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      GListModel *sectors = pp_portfolio_get_sectors (pp_history_get_portfolio (history));

      adw_message_dialog_add_response (dialog, "leave", _("_Leave Without Sector"));
      adw_message_dialog_set_response_appearance (dialog, "leave", ADW_RESPONSE_DESTRUCTIVE);
      if (g_list_model_get_n_items (sectors) > 1)
        {
          adw_message_dialog_set_extra_child (dialog, target_new (deletion));
          adw_message_dialog_add_response (dialog, "move", _("_Move and Delete"));
          adw_message_dialog_set_response_appearance (dialog, "move", ADW_RESPONSE_SUGGESTED);
          adw_message_dialog_set_default_response (dialog, "move");
        }
    }
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), deletion,
                         deletion_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
