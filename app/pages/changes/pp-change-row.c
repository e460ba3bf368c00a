/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-change-row.c: one line of the changes view: a section's heading
 * ("MoUs"), an item's heading ("MoU “…”") with a button that shows the
 * item in the window, or a change, said in words after an icon and a word
 * for what happened (added, removed, changed, moved), so that the kind is
 * never told by colour alone. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-change-row.h"
#include "pp-change-words.h"

struct _PpChangeRow
{
  GtkBox parent_instance;

  GtkLabel *section_label;
  GtkWidget *item_box;
  GtkLabel *item_label;
  GtkWidget *show_button;
  GtkWidget *change_box;
  GtkImage *kind_image;
  GtkLabel *kind_label;
  GtkLabel *description_label;
};

G_DEFINE_FINAL_TYPE (PpChangeRow, pp_change_row, GTK_TYPE_BOX)

typedef struct
{
  const char *icon;
  const char *style;
  const char *word;
} KindLook;

static const KindLook kind_looks[] = {
  [PP_CHANGE_ADDED] = { "list-add-symbolic", "success", NC_("change kind", "Added") },
  [PP_CHANGE_REMOVED] = { "list-remove-symbolic", "error", NC_("change kind", "Removed") },
  [PP_CHANGE_CHANGED] = { "document-edit-symbolic", "accent", NC_("change kind", "Changed") },
  [PP_CHANGE_MOVED] = { "view-sort-ascending-symbolic", "accent", NC_("change kind", "Moved") },
};

static const char *
section_title (PpSection section)
{
  switch (section)
    {
    case PP_SECTION_SECTORS:
      return _("Sectors");
    case PP_SECTION_ORGANISATIONS:
      return _("Organisations");
    case PP_SECTION_MOUS:
      return _("MoUs");
    case PP_SECTION_VENTURES:
      return _("Joint Ventures");
    case PP_SECTION_COMMITMENTS:
      return _("Commitments");
    case PP_SECTION_PORTFOLIO:
    case PP_N_SECTIONS:
    default:
      return _("Partnership");
    }
}

/**
 * pp_change_row_heading:
 *
 * Returns: (transfer full): the words of @entry's line: a section's
 *   title, an item's heading, or a change's description
 */
char *
pp_change_row_heading (PpChangeEntry *entry)
{
  PpChange *change = pp_change_entry_get_change (entry);

  switch (pp_change_entry_get_level (entry))
    {
    case PP_CHANGE_ENTRY_SECTION:
      return g_strdup (section_title (pp_change_get_section (change)));
    case PP_CHANGE_ENTRY_ITEM:
      return pp_change_words_heading (pp_change_get_section (change),
                                      pp_change_get_name (change));
    case PP_CHANGE_ENTRY_CHANGE:
    default:
      return g_strdup (pp_change_get_description (change));
    }
}

static void
show_change (PpChangeRow *self,
             PpChange    *change)
{
  const KindLook *look = &kind_looks[pp_change_get_kind (change)];

  for (guint i = 0; i < G_N_ELEMENTS (kind_looks); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->kind_image), kind_looks[i].style);
  gtk_image_set_from_icon_name (self->kind_image, look->icon);
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_image), look->style);
  gtk_label_set_text (self->kind_label, g_dpgettext2 (NULL, "change kind", look->word));
  gtk_label_set_text (self->description_label, pp_change_get_description (change));
}

static void
show_item (PpChangeRow   *self,
           PpChangeEntry *entry,
           const char    *heading)
{
  PpChange *change = pp_change_entry_get_change (entry);
  /* Translators: the button beside an item in the list of changes;
   * %s is "MoU “…”" */
  g_autofree char *label = g_strdup_printf (_("Show %s"), heading);

  gtk_label_set_text (self->item_label, heading);
  /* The action is named once it has its target, which it needs. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->show_button),
                                          g_variant_new ("(us)", pp_change_get_section (change),
                                                         pp_change_get_id (change)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->show_button), "changes.show");
  /* A removed item is not in the portfolio to be shown. */
  gtk_widget_set_visible (self->show_button, pp_change_entry_get_present (entry));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->show_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void
pp_change_row_set_entry (PpChangeRow   *self,
                         PpChangeEntry *entry)
{
  PpChangeEntryLevel level;
  g_autofree char *heading = NULL;

  g_return_if_fail (PP_IS_CHANGE_ROW (self));
  g_return_if_fail (PP_IS_CHANGE_ENTRY (entry));

  level = pp_change_entry_get_level (entry);
  heading = pp_change_row_heading (entry);
  gtk_widget_set_visible (GTK_WIDGET (self->section_label), level == PP_CHANGE_ENTRY_SECTION);
  gtk_widget_set_visible (self->item_box, level == PP_CHANGE_ENTRY_ITEM);
  gtk_widget_set_visible (self->change_box, level == PP_CHANGE_ENTRY_CHANGE);
  if (level == PP_CHANGE_ENTRY_SECTION)
    gtk_label_set_text (self->section_label, heading);
  else if (level == PP_CHANGE_ENTRY_ITEM)
    show_item (self, entry, heading);
  else
    show_change (self, pp_change_entry_get_change (entry));
}

static void
pp_change_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PP_TYPE_CHANGE_ROW);

  G_OBJECT_CLASS (pp_change_row_parent_class)->dispose (object);
}

static void
pp_change_row_class_init (PpChangeRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pp_change_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-change-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PpChangeRow, section_label);
  gtk_widget_class_bind_template_child (widget_class, PpChangeRow, item_box);
  gtk_widget_class_bind_template_child (widget_class, PpChangeRow, item_label);
  gtk_widget_class_bind_template_child (widget_class, PpChangeRow, show_button);
  gtk_widget_class_bind_template_child (widget_class, PpChangeRow, change_box);
  gtk_widget_class_bind_template_child (widget_class, PpChangeRow, kind_image);
  gtk_widget_class_bind_template_child (widget_class, PpChangeRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, PpChangeRow, description_label);
}

static void
pp_change_row_init (PpChangeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pp_change_row_new (void)
{
  return g_object_new (PP_TYPE_CHANGE_ROW, NULL);
}
