/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-organisations-page-delete.c: deleting and merging organisations from
 * the Organisations page.
 *
 * Deleting one that MoUs or ventures name says which, by title, and offers
 * another organisation to take its place, or to remove it from them (a
 * venture then loses that partner). Merging makes two entries of one body
 * one: what named the other names the one kept. The core moves every
 * reference before it deletes, as one undo step. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-format.h"
#include "pp-organisations-page-private.h"
#include "pp-references.h"

#define NAMES_SHOWN 5

typedef struct
{
  GtkWidget *page;
  PpHistory *history;
  PpOrganisation *organisation;
  GtkDropDown *choice;
  GPtrArray *others;       /* the organisations of @choice, in its order */
  gboolean merge;
} Question;

static void
question_free (gpointer  data,
               GClosure *closure)
{
  Question *question = data;

  g_clear_object (&question->page);
  g_clear_object (&question->history);
  g_clear_object (&question->organisation);
  g_clear_pointer (&question->others, g_ptr_array_unref);
  g_free (question);
}

static void
show_toast (Question *question)
{
  GtkWidget *window = gtk_widget_get_ancestor (question->page, ADW_TYPE_PREFERENCES_WINDOW);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (window == NULL)
    return;
  /* Toasts read markup: "&" must be escaped. */
  name = g_markup_escape_text (pp_organisation_get_name (question->organisation), -1);
  if (question->merge)
    /* Translators: a toast, "Merged “Ministry of Trade”" */
    title = pp_sentence_new (_("Merged “%s”"), name);
  else
    /* Translators: a toast, "Deleted “Ministry of Trade”" */
    title = pp_sentence_new (_("Deleted “%s”"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "organisations.undo");
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), toast);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Question         *question)
{
  const char *id = pp_node_get_id (PP_NODE (question->organisation));
  const char *other = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (g_strcmp0 (response, "cancel") == 0 || g_strcmp0 (response, "close") == 0)
    return;
  if (question->choice != NULL && g_strcmp0 (response, "remove") != 0 &&
      g_strcmp0 (response, "delete") != 0)
    {
      guint selected = gtk_drop_down_get_selected (question->choice);

      g_return_if_fail (selected < question->others->len);
      other = pp_node_get_id (question->others->pdata[selected]);
    }

  if (question->merge)
    done = pp_references_merge (question->history, PP_COLLECTION_ORGANISATIONS, other, id,
                                &error);
  else
    done = pp_references_delete (question->history, PP_COLLECTION_ORGANISATIONS, id, other,
                                 &error);
  if (!done)
    g_warning ("Could not change the organisations: %s", error->message);
  else
    show_toast (question);
}

/* A searchable choice of the other organisations. */
static GtkWidget *
choice_new (Question   *question,
            const char *label_text)
{
  GListModel *orgs = pp_portfolio_get_organisations (pp_history_get_portfolio (question->history));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkExpression *expression;
  GtkWidget *drop_down;

  question->others = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr(PpOrganisation) org = g_list_model_get_item (orgs, i);

      if (org == question->organisation)
        continue;
      gtk_string_list_append (names, pp_organisation_get_name (org));
      g_ptr_array_add (question->others, g_steal_pointer (&org));
    }
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop_down);
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (label)), -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), drop_down);
  question->choice = GTK_DROP_DOWN (drop_down);
  return box;
}

static Question *
question_new (GtkWidget      *page,
              PpHistory      *history,
              PpOrganisation *organisation)
{
  Question *question = g_new0 (Question, 1);

  question->page = g_object_ref (page);
  question->history = g_object_ref (history);
  question->organisation = g_object_ref (organisation);
  return question;
}

static void
present (AdwMessageDialog *dialog,
         Question         *question)
{
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), question, question_free,
                         0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "“Ministry of Trade” is named in 2 MoUs and 1 venture: “A”, “B” and “C”." */
static char *
describe_use (PpOrganisation *organisation,
              GPtrArray      *references)
{
  g_autofree char *summary = pp_references_summarize (references);
  g_autofree char *names = pp_references_list_names (references, NAMES_SHOWN);

  /* Translators: "“Ministry of Trade” is named in 2 MoUs and 1 venture: “A”, “B” and “C”." */
  return pp_sentence_new (_("“%s” is named in %s: %s."), pp_organisation_get_name (organisation),
                          summary, names);
}

void
_pp_organisations_delete (GtkWidget      *page,
                          PpHistory      *history,
                          PpOrganisation *organisation)
{
  PpPortfolio *portfolio = pp_history_get_portfolio (history);
  Question *question = question_new (page, history, organisation);
  g_autoptr(GPtrArray) references = pp_references_find (portfolio, PP_COLLECTION_ORGANISATIONS,
                                                        pp_node_get_id (PP_NODE (organisation)));
  g_autofree char *heading = pp_sentence_new (_("Delete “%s”?"),
                                              pp_organisation_get_name (organisation));
  g_autofree char *use = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (references->len == 0)
    body = g_strdup (_("No MoU or venture names this organisation."));
  else
    {
      use = describe_use (organisation, references);
      body = g_strdup_printf ("%s\n\n%s", use,
                              _("Choose an organisation to take its place, or remove it from "
                                "them: a venture then loses it as a partner."));
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (page)),
                                                       heading, body));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (references->len == 0)
    {
      adw_message_dialog_add_response (dialog, "delete", _("_Delete"));
      adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      adw_message_dialog_add_response (dialog, "remove", _("_Remove From Them"));
      adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
      if (g_list_model_get_n_items (pp_portfolio_get_organisations (portfolio)) > 1)
        {
          adw_message_dialog_set_extra_child (dialog, choice_new (question, _("_Replace it by")));
          adw_message_dialog_add_response (dialog, "replace", _("_Replace and Delete"));
          adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_SUGGESTED);
          adw_message_dialog_set_default_response (dialog, "replace");
        }
    }
  present (dialog, question);
}

void
_pp_organisations_merge (GtkWidget      *page,
                         PpHistory      *history,
                         PpOrganisation *organisation)
{
  Question *question = question_new (page, history, organisation);
  const char *name = pp_organisation_get_name (organisation);
  g_autofree char *heading = pp_sentence_new (_("Merge “%s” Into…"), name);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* Translators: the organisation's name, twice */
  body = pp_sentence_new (_("Choose the organisation that is the same body as “%s”. What names "
                            "“%s” will name it instead, the contacts move to it, and “%s” is "
                            "deleted."), name, name, name);
  question->merge = TRUE;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (page)),
                                                       heading, body));
  adw_message_dialog_set_extra_child (dialog, choice_new (question, _("_Keep")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "merge");
  present (dialog, question);
}
