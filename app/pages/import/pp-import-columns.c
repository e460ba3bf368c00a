/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-columns.c: PpImportColumns, the second step of the Import
 * dialog.
 *
 * Each column of the register is a combo row of the MoU fields, set to the
 * field its header suggests. A field goes to one column at a time: giving
 * it to another sets the first back to "Ignore". Below, the first rows are
 * read with the mapping as it stands, and read again whenever it changes,
 * so the user sees each row's title, status and dates, or why it cannot be
 * read. Only those rows are read: a register of thousands of rows costs no
 * more here than one of ten.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-format.h"
#include "pp-import-columns.h"
#include "pp-import-line.h"
#include "pp-import-row.h"

#define PREVIEW_ROWS 10
#define SAMPLE_VALUES 3

struct _PpImportColumns
{
  AdwBin parent_instance;

  PpSheet *sheet;             /* not owned: the dialog gives a new one before dropping it */
  PpDateOrder order;
  PpImportField *mapping;     /* one per column of the sheet */
  GtkStringList *fields;      /* the fields' names, in PpImportField order */
  GListStore *preview;        /* of PpImportLine */
  gboolean updating;          /* while one choice sets another back to Ignore */

  GtkListBox *columns_list;
  GtkListBox *preview_list;
};

G_DEFINE_FINAL_TYPE (PpImportColumns, pp_import_columns, ADW_TYPE_BIN)

/* Adds the text of a date, made by the caller's format of its ISO form. */
#define ADD_DATE(parts, format, date) \
  G_STMT_START { \
    if (g_date_valid (date)) \
      { \
        g_autofree char *iso = pp_date_to_iso (date); \
        g_ptr_array_add ((parts), g_strdup_printf ((format), iso)); \
      } \
  } G_STMT_END

/* "Row 2 · Signed · Mining · BelAZ, Ministry of Industry · signed 2025-04-12". */
static char *
describe_row (PpImportRow *row)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, pp_sentence_new (_("Row %u"), row->row));
  if (row->has[PP_IMPORT_FIELD_STATUS])
    g_ptr_array_add (parts, g_strdup (pp_enum_get_display_name (PP_TYPE_MOU_STATUS,
                                                                row->status)));
  if (row->sector != NULL)
    g_ptr_array_add (parts, g_strdup (row->sector));
  if (row->parties != NULL && row->parties[0] != NULL)
    g_ptr_array_add (parts, g_strjoinv (", ", row->parties));
  /* Translators: in the import preview, "signed 2025-04-12" */
  ADD_DATE (parts, _("signed %s"), &row->signed_on);
  /* Translators: in the import preview, "in force from 2025-05-01" */
  ADD_DATE (parts, _("in force from %s"), &row->effective_on);
  /* Translators: in the import preview, "expires 2030-04-11" */
  ADD_DATE (parts, _("expires %s"), &row->expires_on);
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (GStrv) parts->pdata);
}

/* The problems of one row, each with its column, one to a line. */
static char *
describe_problems (PpImportColumns *self,
                   GPtrArray       *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      PpImportProblem *problem = g_ptr_array_index (problems, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (problem->column == G_MAXUINT)
        g_string_append (text, problem->message);
      else
        {
          g_autofree char *column = pp_import_column_name (self->sheet, problem->column);

          /* Translators: a cell that cannot be read, "Column C “Signed”: …" */
          g_string_append_printf (text, _("Column %s: %s"), column, problem->message);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static PpImportLine *
preview_line (PpImportColumns *self,
              guint            index)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (
    (GDestroyNotify) pp_import_problem_free);
  g_autoptr(PpImportRow) row = pp_import_row_read (self->sheet, index, self->mapping,
                                                   pp_sheet_get_n_columns (self->sheet),
                                                   self->order, problems);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (row != NULL)
    {
      subtitle = describe_row (row);
      return pp_import_line_new (row->title, subtitle, FALSE);
    }
  if (problems->len == 0)
    {
      title = pp_sentence_new (_("Row %u is blank"), index + 1);
      return pp_import_line_new (title, _("Blank rows are left out"), FALSE);
    }
  title = pp_sentence_new (_("Row %u cannot be read"), index + 1);
  subtitle = describe_problems (self, problems);
  return pp_import_line_new (title, subtitle, TRUE);
}

static void
update_preview (PpImportColumns *self)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_rows = self->sheet != NULL ? pp_sheet_get_n_rows (self->sheet) : 0;

  for (guint index = 1; index < n_rows && index <= PREVIEW_ROWS; index++)
    g_ptr_array_add (lines, preview_line (self, index));
  g_list_store_splice (self->preview, 0, g_list_model_get_n_items (G_LIST_MODEL (self->preview)),
                       lines->pdata, lines->len);
}

/* The column's letter and its first values, so that a column without a
 * telling header can still be recognised. */
static char *
describe_column (PpSheet *sheet,
                 guint    column)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *letters = pp_import_column_letters (column);
  guint shown = 0;

  for (guint row = 1; row < pp_sheet_get_n_rows (sheet) && shown < SAMPLE_VALUES; row++)
    {
      g_autofree char *value = g_strstrip (g_strdup (pp_sheet_get_cell (sheet, row, column)));

      if (value[0] == '\0')
        continue;
      g_strdelimit (value, "\r\n", ' ');
      g_string_append_printf (text, "%s%s", shown++ > 0 ? ", " : "", value);
    }
  if (shown == 0)
    /* Translators: a column of the register whose cells are all empty, "Column C: empty" */
    return pp_sentence_new (_("Column %s: empty"), letters);
  /* Translators: a column and its first values, "Column C: 2025-04-12, 2024-11-05" */
  return pp_sentence_new (_("Column %s: %s"), letters, text->str);
}

static void
field_selected_cb (AdwComboRow     *row,
                   GParamSpec      *pspec,
                   PpImportColumns *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  PpImportField field = adw_combo_row_get_selected (row);
  guint n_columns = pp_sheet_get_n_columns (self->sheet);
  GtkWidget *child;

  if (field >= PP_N_IMPORT_FIELDS || self->mapping[column] == field)
    return;
  self->mapping[column] = field;
  if (self->updating)
    return;
  self->updating = TRUE;
  child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_list));
  for (guint other = 0; other < n_columns && child != NULL; other++)
    {
      if (other != column && field != PP_IMPORT_FIELD_IGNORE && self->mapping[other] == field)
        adw_combo_row_set_selected (ADW_COMBO_ROW (child), PP_IMPORT_FIELD_IGNORE);
      child = gtk_widget_get_next_sibling (child);
    }
  self->updating = FALSE;
  update_preview (self);
}

static GtkWidget *
column_row (PpImportColumns *self,
            guint            column)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autofree char *header = g_strstrip (g_strdup (pp_sheet_get_cell (self->sheet, 0, column)));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = describe_column (self->sheet, column);

  if (header[0] == '\0')
    {
      g_autofree char *letters = pp_import_column_letters (column);

      /* Translators: a column without a header, by its letter, "Column C" */
      title = pp_sentence_new (_("Column %s"), letters);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : header);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (self->fields));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), self->mapping[column]);
  g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (column));
  g_signal_connect (row, "notify::selected", G_CALLBACK (field_selected_cb), self);
  return row;
}

static void
pp_import_columns_dispose (GObject *object)
{
  PpImportColumns *self = PP_IMPORT_COLUMNS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_IMPORT_COLUMNS);
  g_clear_object (&self->fields);
  g_clear_object (&self->preview);
  G_OBJECT_CLASS (pp_import_columns_parent_class)->dispose (object);
}

static void
pp_import_columns_finalize (GObject *object)
{
  PpImportColumns *self = PP_IMPORT_COLUMNS (object);

  g_free (self->mapping);
  G_OBJECT_CLASS (pp_import_columns_parent_class)->finalize (object);
}

static void
pp_import_columns_class_init (PpImportColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_import_columns_dispose;
  object_class->finalize = pp_import_columns_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-import-columns.ui");
  gtk_widget_class_bind_template_child (widget_class, PpImportColumns, columns_list);
  gtk_widget_class_bind_template_child (widget_class, PpImportColumns, preview_list);
}

static void
pp_import_columns_init (PpImportColumns *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = gtk_string_list_new (NULL);
  for (PpImportField field = 0; field < PP_N_IMPORT_FIELDS; field++)
    gtk_string_list_append (self->fields, pp_import_field_get_display_name (field));
  self->preview = g_list_store_new (PP_TYPE_IMPORT_LINE);
  gtk_list_box_bind_model (self->preview_list, G_LIST_MODEL (self->preview),
                           pp_import_line_create_row, NULL, NULL);
}

/**
 * pp_import_columns_set_sheet:
 * @sheet: (nullable): the sheet to import, kept by the caller until it gives
 *   another; %NULL while there is none
 *
 * Shows @sheet's columns, each set to the field its header suggests.
 */
void
pp_import_columns_set_sheet (PpImportColumns *self,
                             PpSheet         *sheet)
{
  g_return_if_fail (PP_IS_IMPORT_COLUMNS (self));

  self->sheet = sheet;
  g_clear_pointer (&self->mapping, g_free);
  pp_import_list_box_clear (self->columns_list);
  if (sheet != NULL)
    {
      self->mapping = pp_import_guess_mapping (sheet);
      for (guint column = 0; column < pp_sheet_get_n_columns (sheet); column++)
        gtk_list_box_append (self->columns_list, column_row (self, column));
    }
  update_preview (self);
}

/* Whether @a and @b have the same header row, cell for cell. */
static gboolean
same_headers (PpSheet *a,
              PpSheet *b)
{
  if (pp_sheet_get_n_columns (a) != pp_sheet_get_n_columns (b))
    return FALSE;
  for (guint column = 0; column < pp_sheet_get_n_columns (a); column++)
    if (g_strcmp0 (pp_sheet_get_cell (a, 0, column), pp_sheet_get_cell (b, 0, column)) != 0)
      return FALSE;
  return TRUE;
}

/**
 * pp_import_columns_reload_sheet:
 * @sheet: (nullable): the register's sheet read again, kept by the caller as
 *   for pp_import_columns_set_sheet()
 *
 * Shows @sheet in place of the sheet shown, which must not be dropped yet.
 * When their headers are the same, each column keeps the field the user
 * chose for it; otherwise the fields are guessed again, as for a new sheet.
 */
void
pp_import_columns_reload_sheet (PpImportColumns *self,
                                PpSheet         *sheet)
{
  g_autofree PpImportField *kept = NULL;
  GtkWidget *row;
  guint n_columns;

  g_return_if_fail (PP_IS_IMPORT_COLUMNS (self));

  if (self->sheet != NULL && sheet != NULL && same_headers (self->sheet, sheet))
    kept = g_memdup2 (self->mapping, pp_sheet_get_n_columns (sheet) * sizeof *kept);
  pp_import_columns_set_sheet (self, sheet);
  if (kept == NULL)
    return;

  /* Each choice was already without a double, so none clears another. */
  n_columns = pp_sheet_get_n_columns (sheet);
  self->updating = TRUE;
  row = gtk_widget_get_first_child (GTK_WIDGET (self->columns_list));
  for (guint column = 0; column < n_columns && row != NULL; column++)
    {
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), kept[column]);
      row = gtk_widget_get_next_sibling (row);
    }
  self->updating = FALSE;
  update_preview (self);
}

void
pp_import_columns_set_date_order (PpImportColumns *self,
                                  PpDateOrder      order)
{
  g_return_if_fail (PP_IS_IMPORT_COLUMNS (self));

  if (self->order == order)
    return;
  self->order = order;
  update_preview (self);
}

/**
 * pp_import_columns_get_mapping:
 *
 * Returns: (transfer none) (nullable): each column's field, or %NULL without
 *   a sheet
 */
const PpImportField *
pp_import_columns_get_mapping (PpImportColumns *self)
{
  g_return_val_if_fail (PP_IS_IMPORT_COLUMNS (self), NULL);

  return self->mapping;
}

/**
 * pp_import_columns_get_preview:
 *
 * Returns: (transfer none): the first rows as they will be imported, as
 *   #PpImportLine items
 */
GListModel *
pp_import_columns_get_preview (PpImportColumns *self)
{
  g_return_val_if_fail (PP_IS_IMPORT_COLUMNS (self), NULL);

  return G_LIST_MODEL (self->preview);
}
