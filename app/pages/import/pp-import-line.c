/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-line.c: PpImportLine, one line of the Import dialog's lists: a
 * row of the register as it will be imported, or a cell that cannot be
 * read. The lists are short (the first rows, the first problems), so they
 * are list boxes bound to stores of these. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-format.h"
#include "pp-import-line.h"

struct _PpImportLine
{
  GObject parent_instance;

  char *title;
  char *subtitle;
  gboolean problem;
};

G_DEFINE_FINAL_TYPE (PpImportLine, pp_import_line, G_TYPE_OBJECT)

static void
pp_import_line_finalize (GObject *object)
{
  PpImportLine *self = PP_IMPORT_LINE (object);

  g_free (self->title);
  g_free (self->subtitle);
  G_OBJECT_CLASS (pp_import_line_parent_class)->finalize (object);
}

static void
pp_import_line_class_init (PpImportLineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pp_import_line_finalize;
}

static void
pp_import_line_init (PpImportLine *self)
{
}

PpImportLine *
pp_import_line_new (const char *title,
                    const char *subtitle,
                    gboolean    problem)
{
  PpImportLine *self = g_object_new (PP_TYPE_IMPORT_LINE, NULL);

  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->problem = problem;
  return self;
}

const char *
pp_import_line_get_title (PpImportLine *self)
{
  g_return_val_if_fail (PP_IS_IMPORT_LINE (self), NULL);

  return self->title;
}

const char *
pp_import_line_get_subtitle (PpImportLine *self)
{
  g_return_val_if_fail (PP_IS_IMPORT_LINE (self), NULL);

  return self->subtitle;
}

gboolean
pp_import_line_get_problem (PpImportLine *self)
{
  g_return_val_if_fail (PP_IS_IMPORT_LINE (self), FALSE);

  return self->problem;
}

/**
 * pp_import_line_create_row:
 *
 * A #GtkListBoxCreateWidgetFunc: the row showing a line, with a warning
 * icon and its words for a problem, so that it is not told by colour alone.
 *
 * Returns: (transfer full): the row
 */
GtkWidget *
pp_import_line_create_row (gpointer item,
                           gpointer user_data)
{
  PpImportLine *self = PP_IMPORT_LINE (item);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), self->subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  if (self->problem)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Cannot be read"), -1);
      gtk_widget_set_tooltip_text (icon, _("Cannot be read"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  return row;
}

/* "A", "B", … "Z", "AA": the column's letters as a spreadsheet heads it. */
char *
pp_import_column_letters (guint column)
{
  char buffer[16];
  int i = sizeof buffer - 1;

  buffer[i] = '\0';
  do
    {
      buffer[--i] = 'A' + column % 26;
      column = column / 26;
    }
  while (column-- > 0 && i > 0);
  return g_strdup (buffer + i);
}

/**
 * pp_import_column_name:
 * @sheet: the register's sheet, whose first row is the header
 * @column: from 0
 *
 * Returns: (transfer full): the column as the user knows it, such as
 *   "C “Date of signing”", or "C" for a column without a header
 */
char *
pp_import_column_name (PpSheet *sheet,
                       guint    column)
{
  g_autofree char *letters = pp_import_column_letters (column);
  g_autofree char *header = g_strstrip (g_strdup (pp_sheet_get_cell (sheet, 0, column)));

  if (header[0] == '\0')
    return g_steal_pointer (&letters);
  /* Translators: a column of a spreadsheet: its letter and its header, "C “Signed”" */
  return pp_sentence_new (_("%s “%s”"), letters, header);
}

/* Empties a list box filled by hand (GTK 4.8 has no gtk_list_box_remove_all). */
void
pp_import_list_box_clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}
