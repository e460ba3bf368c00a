/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-source.c: PpImportSource, the first step of the Import dialog.
 *
 * It shows the register's file, lets one pick a sheet of a workbook, or the
 * encoding of a text register (reading the file again in it), and how
 * dates such as 04/05/2025 are written; the first rows show whether the
 * text reads right. "sheet-changed" and "dates-changed" say when the
 * columns and the preview that follow must be made again.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-format.h"
#include "pp-import-line.h"
#include "pp-import-source.h"
#include "pp-register-file.h"

/* Header and a few rows: enough to see whether the text reads right. */
#define PREVIEW_ROWS 6

struct _PpImportSource
{
  AdwBin parent_instance;

  char *name;                 /* the file's name, as the user knows it */
  GBytes *bytes;
  GPtrArray *sheets;          /* of PpSheet; NULL when the chosen encoding fails */
  GListStore *preview;        /* of PpImportLine */
  gboolean reloading;         /* filling the rows again from a reloaded file */

  AdwActionRow *file_row;
  AdwComboRow *sheet_row;
  AdwComboRow *encoding_row;
  GtkStringList *encodings;
  AdwComboRow *dates_row;
  GtkLabel *error_label;
  GtkListBox *preview_list;
};

G_DEFINE_FINAL_TYPE (PpImportSource, pp_import_source, ADW_TYPE_BIN)

enum {
  SHEET_CHANGED,
  DATES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The encodings of the encoding row after "Detected", as iconv names them. */
static const char *encodings[] = { NULL, "UTF-8", "UTF-16", "WINDOWS-1251", "WINDOWS-1252" };

static char *
describe_row (PpSheet *sheet,
              guint    row)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint column = 0; column < pp_sheet_get_n_columns (sheet) && text->len < 300; column++)
    {
      if (column > 0)
        g_string_append (text, " · ");
      g_string_append (text, pp_sheet_get_cell (sheet, row, column));
    }
  /* A cell of several lines shows on one. */
  g_strdelimit (text->str, "\r\n", ' ');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_preview (PpImportSource *self)
{
  PpSheet *sheet = pp_import_source_get_sheet (self);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_rows = sheet != NULL ? MIN (pp_sheet_get_n_rows (sheet), PREVIEW_ROWS) : 0;

  for (guint row = 0; row < n_rows; row++)
    {
      g_autofree char *cells = describe_row (sheet, row);
      g_autofree char *number = row == 0 ? g_strdup (_("Row 1, the header"))
                                         : pp_sentence_new (_("Row %u"), row + 1);

      g_ptr_array_add (lines, pp_import_line_new (cells, number, FALSE));
    }
  g_list_store_splice (self->preview, 0, g_list_model_get_n_items (G_LIST_MODEL (self->preview)),
                       lines->pdata, lines->len);
}

static void
fill_sheets (PpImportSource *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; self->sheets != NULL && i < self->sheets->len; i++)
    gtk_string_list_append (names, pp_sheet_get_name (g_ptr_array_index (self->sheets, i)));
  adw_combo_row_set_model (self->sheet_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->sheet_row, 0);
}

static void
show_detected (PpImportSource *self,
               const char     *detected)
{
  g_autofree char *label = NULL;

  /* Translators: the text encoding found in the file, "Detected (UTF-8)" */
  label = pp_sentence_new (_("Detected (%s)"), detected);
  gtk_string_list_splice (self->encodings, 0, 1, (const char * const[]) { label, NULL });
}

static void
reread (PpImportSource *self)
{
  guint chosen = adw_combo_row_get_selected (self->encoding_row);
  const char *encoding = chosen < G_N_ELEMENTS (encodings) ? encodings[chosen] : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->sheets);

  (void) old;   /* freed on return, once the new sheets are in place */
  self->sheets = pp_register_file_read (self->bytes, self->name, encoding, NULL, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), self->sheets == NULL);
  if (self->sheets == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: "“register.csv” cannot be read in this encoding: …" */
      message = pp_sentence_new (_("“%s” cannot be read in this encoding: %s"), self->name,
                                 error->message);
      gtk_label_set_text (self->error_label, message);
    }
  update_preview (self);
  /* The old sheets are dropped only once the others have the new one. */
  g_signal_emit (self, signals[SHEET_CHANGED], 0);
}

static void
encoding_selected_cb (PpImportSource *self)
{
  /* The row is filled before the register is given. */
  if (self->bytes != NULL && !self->reloading && !pp_import_source_is_workbook (self))
    reread (self);
}

static void
sheet_selected_cb (PpImportSource *self)
{
  if (self->reloading)
    return;
  update_preview (self);
  g_signal_emit (self, signals[SHEET_CHANGED], 0);
}

static void
dates_selected_cb (PpImportSource *self)
{
  g_signal_emit (self, signals[DATES_CHANGED], 0);
}

static void
pp_import_source_dispose (GObject *object)
{
  PpImportSource *self = PP_IMPORT_SOURCE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_IMPORT_SOURCE);
  g_clear_object (&self->preview);
  G_OBJECT_CLASS (pp_import_source_parent_class)->dispose (object);
}

static void
pp_import_source_finalize (GObject *object)
{
  PpImportSource *self = PP_IMPORT_SOURCE (object);

  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->name);
  G_OBJECT_CLASS (pp_import_source_parent_class)->finalize (object);
}

static void
pp_import_source_class_init (PpImportSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_import_source_dispose;
  object_class->finalize = pp_import_source_finalize;

  /**
   * PpImportSource::sheet-changed:
   *
   * Emitted when another sheet is chosen, or the text is read in another
   * encoding; the sheet is %NULL when the text cannot be read in it.
   */
  signals[SHEET_CHANGED] = g_signal_new ("sheet-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
  /**
   * PpImportSource::dates-changed:
   *
   * Emitted when the user says how ambiguous dates are written.
   */
  signals[DATES_CHANGED] = g_signal_new ("dates-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-import-source.ui");
  gtk_widget_class_bind_template_child (widget_class, PpImportSource, file_row);
  gtk_widget_class_bind_template_child (widget_class, PpImportSource, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, PpImportSource, encoding_row);
  gtk_widget_class_bind_template_child (widget_class, PpImportSource, encodings);
  gtk_widget_class_bind_template_child (widget_class, PpImportSource, dates_row);
  gtk_widget_class_bind_template_child (widget_class, PpImportSource, error_label);
  gtk_widget_class_bind_template_child (widget_class, PpImportSource, preview_list);
  gtk_widget_class_bind_template_callback (widget_class, encoding_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sheet_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, dates_selected_cb);
}

static void
pp_import_source_init (PpImportSource *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->preview = g_list_store_new (PP_TYPE_IMPORT_LINE);
  gtk_list_box_bind_model (self->preview_list, G_LIST_MODEL (self->preview),
                           pp_import_line_create_row, NULL, NULL);
}

/**
 * pp_import_source_set_register:
 * @name: the file's name
 * @bytes: its contents, read again when another encoding is chosen
 * @sheets: (transfer full) (element-type PpSheet): its sheets, as first read
 * @detected: (nullable): the encoding a text register was read in, or %NULL
 *   for a workbook
 */
void
pp_import_source_set_register (PpImportSource *self,
                               const char     *name,
                               GBytes         *bytes,
                               GPtrArray      *sheets,
                               const char     *detected)
{
  g_return_if_fail (PP_IS_IMPORT_SOURCE (self));
  g_return_if_fail (self->bytes == NULL);
  g_return_if_fail (sheets != NULL && sheets->len > 0);

  /* Before the bytes are kept, so that the encoding row's change reads nothing again. */
  if (detected != NULL)
    show_detected (self, detected);
  self->name = g_strdup (name);
  self->bytes = g_bytes_ref (bytes);
  self->sheets = sheets;
  adw_action_row_set_subtitle (self->file_row, name);
  gtk_widget_set_visible (GTK_WIDGET (self->encoding_row), detected != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), detected == NULL && sheets->len > 1);
  fill_sheets (self);
  update_preview (self);
}

/**
 * pp_import_source_get_sheet:
 *
 * Returns: (transfer none) (nullable): the sheet chosen, or %NULL when the
 *   text cannot be read in the chosen encoding
 */
PpSheet *
pp_import_source_get_sheet (PpImportSource *self)
{
  guint chosen;

  g_return_val_if_fail (PP_IS_IMPORT_SOURCE (self), NULL);

  if (self->sheets == NULL)
    return NULL;
  chosen = adw_combo_row_get_selected (self->sheet_row);
  if (chosen >= self->sheets->len)
    chosen = 0;
  return g_ptr_array_index (self->sheets, chosen);
}

/* A workbook has named sheets; a text register has an encoding instead. */
gboolean
pp_import_source_is_workbook (PpImportSource *self)
{
  g_return_val_if_fail (PP_IS_IMPORT_SOURCE (self), FALSE);

  return !gtk_widget_get_visible (GTK_WIDGET (self->encoding_row));
}

PpDateOrder
pp_import_source_get_date_order (PpImportSource *self)
{
  g_return_val_if_fail (PP_IS_IMPORT_SOURCE (self), PP_DATE_ORDER_UNKNOWN);

  switch (adw_combo_row_get_selected (self->dates_row))
    {
    case 1:
      return PP_DATE_ORDER_DAY_FIRST;
    case 2:
      return PP_DATE_ORDER_MONTH_FIRST;
    default:
      return PP_DATE_ORDER_UNKNOWN;
    }
}

/* The position of the sheet named @name, or 0 when there is none. */
static guint
find_sheet (GPtrArray  *sheets,
            const char *name)
{
  for (guint i = 0; name != NULL && i < sheets->len; i++)
    if (g_strcmp0 (pp_sheet_get_name (g_ptr_array_index (sheets, i)), name) == 0)
      return i;
  return 0;
}

/**
 * pp_import_source_reload:
 * @bytes: the register's contents, read from its file again
 * @error: return location for why @bytes cannot be read
 *
 * Reads the register again, after the user changed it, in the encoding
 * chosen, and keeps the sheet chosen when the workbook still has it. The
 * date order is kept too. Unlike a change made on this step, it emits no
 * "sheet-changed": the caller gives the new sheet to the steps that follow,
 * keeping what it can of what the user chose there.
 *
 * Returns: (transfer full) (nullable): the sheets read before, for the
 *   caller to drop once nothing shows them; %NULL, with @error set and
 *   nothing changed, when @bytes cannot be read
 */
GPtrArray *
pp_import_source_reload (PpImportSource  *self,
                         GBytes          *bytes,
                         GError         **error)
{
  guint chosen;
  const char *encoding;
  g_autofree char *detected = NULL;
  g_autofree char *sheet_name = NULL;
  GPtrArray *sheets;
  GPtrArray *old;

  g_return_val_if_fail (PP_IS_IMPORT_SOURCE (self), NULL);
  g_return_val_if_fail (self->bytes != NULL, NULL);

  chosen = adw_combo_row_get_selected (self->encoding_row);
  encoding = chosen < G_N_ELEMENTS (encodings) ? encodings[chosen] : NULL;
  sheets = pp_register_file_read (bytes, self->name, encoding, &detected, error);
  if (sheets == NULL)
    return NULL;
  if (pp_import_source_get_sheet (self) != NULL)
    sheet_name = g_strdup (pp_sheet_get_name (pp_import_source_get_sheet (self)));

  self->reloading = TRUE;
  old = g_steal_pointer (&self->sheets);
  g_bytes_unref (self->bytes);
  self->bytes = g_bytes_ref (bytes);
  self->sheets = sheets;
  if (detected != NULL && encoding == NULL)
    show_detected (self, detected);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row),
                          pp_import_source_is_workbook (self) && sheets->len > 1);
  fill_sheets (self);
  adw_combo_row_set_selected (self->sheet_row, find_sheet (sheets, sheet_name));
  self->reloading = FALSE;
  update_preview (self);
  return old != NULL ? old : g_ptr_array_new ();
}
