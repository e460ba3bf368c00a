/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-changes-window.c: the changes view of Compare With…: what differs
 * from another version of the portfolio to the open one, grouped by
 * section and item, with a filter by kind. Activating a change, or an
 * item's button, asks for its item to be shown by the "show-item" signal,
 * which the main window answers: this window never calls it. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-change-row.h"
#include "pp-changes-window.h"
#include "pp-format.h"
#include "pp-widget-util.h"

struct _PpChangesWindow
{
  AdwWindow parent_instance;

  GListModel *changes;
  GListStore *entries;
  PpChangeFilter filter;

  AdwWindowTitle *window_title;
  GtkWidget *filter_box;
  GtkToggleButton *added_button;
  GtkToggleButton *removed_button;
  GtkToggleButton *changed_button;
  GtkStack *stack;
  AdwStatusPage *same_page;
  GtkListView *list_view;
};

G_DEFINE_FINAL_TYPE (PpChangesWindow, pp_changes_window, ADW_TYPE_WINDOW)

enum {
  SHOW_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
refill (PpChangesWindow *self)
{
  g_autoptr(GPtrArray) entries = pp_change_entries_build (self->changes, self->filter);

  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       entries->pdata, entries->len);
  if (g_list_model_get_n_items (self->changes) == 0)
    gtk_stack_set_visible_child_name (self->stack, "same");
  else if (entries->len == 0)
    gtk_stack_set_visible_child_name (self->stack, "none-of-kind");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
filter_toggled_cb (PpChangesWindow *self,
                   GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  if (button == self->added_button)
    self->filter = PP_CHANGE_FILTER_ADDED;
  else if (button == self->removed_button)
    self->filter = PP_CHANGE_FILTER_REMOVED;
  else if (button == self->changed_button)
    self->filter = PP_CHANGE_FILTER_CHANGED;
  else
    self->filter = PP_CHANGE_FILTER_ALL;
  refill (self);
}

static void
show_entry (PpChangesWindow *self,
            PpChangeEntry   *entry)
{
  PpChange *change = pp_change_entry_get_change (entry);

  if (pp_change_entry_get_level (entry) == PP_CHANGE_ENTRY_SECTION ||
      !pp_change_entry_get_present (entry))
    return;
  g_signal_emit (self, signals[SHOW_ITEM], 0, (guint) pp_change_get_section (change),
                 pp_change_get_id (change));
}

/* Enter or a double click on a line. */
static void
list_activate_cb (PpChangesWindow *self,
                  guint            position)
{
  g_autoptr(PpChangeEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries),
                                                          position);

  if (entry != NULL)
    show_entry (self, entry);
}

/* An item's button; its target is the item's section and id. */
static void
show_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  guint section;
  const char *id;

  g_variant_get (parameter, "(u&s)", &section, &id);
  g_signal_emit (widget, signals[SHOW_ITEM], 0, section, id);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  gtk_list_item_set_child (item, pp_change_row_new ());
  gtk_list_item_set_selectable (item, FALSE);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  PpChangeEntry *entry = gtk_list_item_get_item (item);

  pp_change_row_set_entry (PP_CHANGE_ROW (gtk_list_item_get_child (item)), entry);
  gtk_list_item_set_activatable (item,
                                 pp_change_entry_get_level (entry) != PP_CHANGE_ENTRY_SECTION &&
                                 pp_change_entry_get_present (entry));
}

static void
set_title (PpChangesWindow *self,
           const char      *other_name)
{
  guint n = g_list_model_get_n_items (self->changes);
  g_autofree char *count = pp_format_count (n);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *same = NULL;
  /* A file name is often in another script than the words around it. */
  g_autofree char *name = pp_widget_isolate (GTK_WIDGET (self), other_name);

  /* Translators: the title of the changes view; %s is a file name */
  title = g_strdup_printf (_("Changes Since “%s”"), name);
  /* Translators: under the title of the changes view; %s is a number */
  subtitle = g_strdup_printf (ngettext ("%s change", "%s changes", n), count);
  /* Translators: %s is a file name */
  same = g_strdup_printf (_("“%s” and the open portfolio are the same."), name);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_status_page_set_description (self->same_page, same);
  gtk_widget_set_visible (self->filter_box, n > 0);
}

static void
pp_changes_window_dispose (GObject *object)
{
  PpChangesWindow *self = PP_CHANGES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_CHANGES_WINDOW);
  g_clear_object (&self->changes);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (pp_changes_window_parent_class)->dispose (object);
}

static void
pp_changes_window_class_init (PpChangesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_changes_window_dispose;

  /**
   * PpChangesWindow::show-item:
   * @section: the item's #PpSection
   * @id: the item's id ("" for the portfolio's own fields)
   *
   * Emitted when the user asks to see a changed item in the main window.
   */
  signals[SHOW_ITEM] = g_signal_new ("show-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT,
                                     G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "changes.show", "(us)", show_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-changes-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PpChangesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PpChangesWindow, filter_box);
  gtk_widget_class_bind_template_child (widget_class, PpChangesWindow, added_button);
  gtk_widget_class_bind_template_child (widget_class, PpChangesWindow, removed_button);
  gtk_widget_class_bind_template_child (widget_class, PpChangesWindow, changed_button);
  gtk_widget_class_bind_template_child (widget_class, PpChangesWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PpChangesWindow, same_page);
  gtk_widget_class_bind_template_child (widget_class, PpChangesWindow, list_view);
  gtk_widget_class_bind_template_callback (widget_class, filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
pp_changes_window_init (PpChangesWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  pp_accessible_fix_tree (GTK_WIDGET (self));
  self->entries = g_list_store_new (PP_TYPE_CHANGE_ENTRY);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (
                             G_LIST_MODEL (g_object_ref (self->entries)))));
}

/**
 * pp_changes_window_new:
 * @changes: the #PpChange list from the other version to the open one
 * @other_name: the other version's name, as its file is called
 */
PpChangesWindow *
pp_changes_window_new (GtkWindow  *parent,
                       GListModel *changes,
                       const char *other_name)
{
  PpChangesWindow *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (changes), NULL);

  self = g_object_new (PP_TYPE_CHANGES_WINDOW, "transient-for", parent, NULL);
  self->changes = g_object_ref (changes);
  set_title (self, other_name);
  refill (self);
  return self;
}
