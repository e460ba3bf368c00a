/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-page-sort-menu.c: the register's Sort menu, a keyboard way to
 * sort it (the column headers take only the pointer): "sort.column" picks
 * the column (or none: the order the MoUs were entered in), "sort.order"
 * up or down, as clicking a header would. Both
 * follow the headers when the user clicks them. */

#include "config.h"

#include "pp-mou-page-private.h"
#include "pp-mou-sort.h"

static const char * const column_names[PP_MOU_N_COLUMNS] = {
  "title", "sector", "status", "parties", "signed", "expires", "next-follow-up",
};

/* GTK 4.8 cannot give back an inserted action group: the page keeps it. */
static GActionGroup *
sort_actions (PpMouPage *self)
{
  return g_object_get_data (G_OBJECT (self), "pp-sort-actions");
}

static int
column_from_name (const char *name)
{
  for (guint i = 0; i < PP_MOU_N_COLUMNS; i++)
    if (g_strcmp0 (column_names[i], name) == 0)
      return (int) i;
  return -1;
}

/* Sorts the table by the actions' column and order, as a header does. */
static void
apply (PpMouPage    *self,
       GActionGroup *group)
{
  g_autoptr(GVariant) column_state = g_action_group_get_action_state (group, "column");
  g_autoptr(GVariant) order_state = g_action_group_get_action_state (group, "order");
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  int index = column_from_name (g_variant_get_string (column_state, NULL));
  g_autoptr(GtkColumnViewColumn) column = NULL;

  /* No column: the order the MoUs were entered in. */
  if (index >= 0 && (guint) index < g_list_model_get_n_items (columns))
    column = g_list_model_get_item (columns, (guint) index);
  gtk_column_view_sort_by_column (self->column_view, column,
                                  g_strcmp0 (g_variant_get_string (order_state, NULL),
                                             "descending") == 0
                                  ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

static void
change_state_cb (GSimpleAction *action,
                 GVariant      *value,
                 gpointer       user_data)
{
  PpMouPage *self = user_data;
  GActionGroup *group = sort_actions (self);

  g_simple_action_set_state (action, value);
  apply (self, group);
}

/* The menu shows what the headers say. */
static void
view_sorter_changed_cb (PpMouPage *self)
{
  GActionGroup *group = sort_actions (self);
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  PpMouColumn column;
  gboolean descending;

  if (group == NULL || sorter == NULL)
    return;
  if (!pp_mou_sort_get_first (sorter, &column, &descending))
    {
      g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group),
                                                                              "column")),
                                 g_variant_new_string (""));
      return;
    }
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group),
                                                                          "column")),
                             g_variant_new_string (column_names[column]));
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group),
                                                                          "order")),
                             g_variant_new_string (descending ? "descending" : "ascending"));
}

void
pp_mou_page_add_sort_menu (PpMouPage *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  const GActionEntry entries[] = {
    { .name = "column", .parameter_type = "s", .state = "''",
      .change_state = change_state_cb },
    { .name = "order", .parameter_type = "s", .state = "'ascending'",
      .change_state = change_state_cb },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "sort", G_ACTION_GROUP (group));
  g_object_set_data_full (G_OBJECT (self), "pp-sort-actions", g_object_ref (group),
                          g_object_unref);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (view_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  view_sorter_changed_cb (self);
}
