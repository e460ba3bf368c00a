/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-dashboard-page-lists.c: the Dashboard's lists of due items (the
 * agenda, what is at risk, what each side owes): a row per item saying
 * what it is, whose it is, when it is due and who owes it; the first few
 * items, a line saying how many more there are, and words when there are
 * none. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pp-dashboard-page-private.h"
#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-iso-codes.h"

/* "Follow-up of “Readmission Agreement” · 2025-07-31 · owed by Belarus":
 * what the item is, the MoU or venture it belongs to (unless the title
 * already names it), when it is due and who owes it. */
static char *
describe_due (PpDueItem *item)
{
  g_autofree char *date = pp_date_to_display (pp_due_item_get_date (item));
  const char *owner = pp_due_item_get_owner_name (item);
  const char *side = pp_due_item_get_side (item);
  g_autofree char *kind = g_strdup (pp_enum_get_display_name (PP_TYPE_DUE_KIND,
                                                              pp_due_item_get_kind (item)));

  if (owner != NULL && g_strcmp0 (owner, pp_due_item_get_title (item)) != 0)
    {
      g_autofree char *of = g_steal_pointer (&kind);

      /* Translators: what an agenda item is and whose, "Milestone of “Electric buses”" */
      kind = pp_sentence_new (_("%s of “%s”"), of, owner);
    }

  if (date == NULL)
    return g_strdup (kind);
  if (side != NULL)
    /* Translators: "Follow-up · 2025-07-31 · owed by Belarus" */
    return pp_sentence_new (_("%s · %s · owed by %s"), kind, date, pp_iso_country_get_name (side));
  return g_strdup_printf ("%s · %s", kind, date);
}

static GtkWidget *
create_due_row (gpointer item,
                gpointer user_data)
{
  PpDueItem *due = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe_due (due);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pp_due_item_get_title (due));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (pp_due_item_get_overdue (due) && pp_due_item_get_date (due) != NULL)
    {
      GtkWidget *badge = gtk_label_new (_("Overdue"));

      gtk_widget_add_css_class (badge, "badge");
      gtk_widget_add_css_class (row, "overdue");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Overdue"), -1);
    }
  /* The arrow only shows that the row opens something: screen readers
   * skip it. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "go-next-symbolic",
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           NULL));
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (due), g_object_unref);
  return row;
}

/* Says how many items of @model its list leaves out. */
static void
update_more (GListModel *model,
             guint       position,
             guint       removed,
             guint       added,
             GtkLabel   *more)
{
  guint n = g_list_model_get_n_items (model);
  guint shown = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (more), "shown"));
  g_autofree char *count = pp_format_count (n > shown ? n - shown : 0);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (more), n > shown);
  if (n <= shown)
    return;
  /* Translators: below a list that shows only its first items, "and 9,950 more" (items) */
  text = pp_sentence_new (ngettext ("and %s more", "and %s more", n - shown), count);
  gtk_label_set_label (more, text);
}

/* Binds @list to the first @shown items of @model, with a line after it
 * saying how many more there are: a list box of 100,000 rows would take
 * seconds to build and gigabytes to hold. */
void
_pp_dashboard_bind_first (GtkListBox *list,
                          GListModel *model,
                          guint       shown,
                          const char *empty)
{
  g_autoptr(GtkSliceListModel) slice = gtk_slice_list_model_new (g_object_ref (model), 0, shown);
  GtkWidget *more = gtk_label_new (NULL);
  GtkWidget *placeholder = gtk_label_new (empty);

  /* An empty boxed list is a bare line: it says there is nothing instead. */
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_xalign (GTK_LABEL (placeholder), 0);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (list, placeholder);

  gtk_label_set_xalign (GTK_LABEL (more), 0);
  gtk_widget_add_css_class (more, "dim-label");
  gtk_widget_insert_after (more, gtk_widget_get_parent (GTK_WIDGET (list)), GTK_WIDGET (list));
  g_object_set_data (G_OBJECT (more), "shown", GUINT_TO_POINTER (shown));
  gtk_list_box_bind_model (list, G_LIST_MODEL (slice), create_due_row, NULL, NULL);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (update_more), more, 0);
  update_more (model, 0, 0, 0, GTK_LABEL (more));
}

