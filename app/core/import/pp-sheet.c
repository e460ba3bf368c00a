/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sheet.c: rows of cell text, as every register reader hands them on. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pp-sheet.h"

struct _PpSheet
{
  char *name;
  GPtrArray *rows;    /* of GStrv, one per row, of any length */
  guint n_columns;    /* the longest row's */
  gsize n_cells;
};

G_DEFINE_QUARK (pp-import-error, pp_import_error)

PpSheet *
pp_sheet_new (const char *name)
{
  PpSheet *self = g_new0 (PpSheet, 1);

  self->name = g_strdup (name != NULL ? name : "");
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return self;
}

void
pp_sheet_free (PpSheet *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->rows);
  g_free (self->name);
  g_free (self);
}

const char *
pp_sheet_get_name (PpSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

/**
 * pp_sheet_append_row:
 * @self: a sheet
 * @cells: (transfer full): the row's cells, left to right
 * @error: return location for an error
 *
 * Returns: whether the row was added; %FALSE, with @cells freed, when the
 *   sheet would have more than %PP_SHEET_MAX_ROWS rows or
 *   %PP_SHEET_MAX_CELLS cells
 */
gboolean
pp_sheet_append_row (PpSheet  *self,
                     GStrv     cells,
                     GError  **error)
{
  guint length;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cells != NULL, FALSE);

  length = g_strv_length (cells);
  if (self->rows->len >= PP_SHEET_MAX_ROWS || self->n_cells + length > PP_SHEET_MAX_CELLS)
    {
      /* Translators: "10000000 cells", put into "The register has more than 1000000
       * rows or 10000000 cells": write the form that follows "more than". */
      g_autofree char *cells_text = g_strdup_printf (ngettext ("%d cell", "%d cells",
                                                               PP_SHEET_MAX_CELLS),
                                                     PP_SHEET_MAX_CELLS);

      g_strfreev (cells);
      g_set_error (error, PP_IMPORT_ERROR, PP_IMPORT_ERROR_LIMIT,
                   /* Translators: why a register cannot be imported, "The register has
                    * more than 1000000 rows or 10000000 cells"; %s is the number of cells
                    * ("10000000 cells"). */
                   ngettext ("The register has more than %d row or %s",
                             "The register has more than %d rows or %s", PP_SHEET_MAX_ROWS),
                   PP_SHEET_MAX_ROWS, cells_text);
      return FALSE;
    }
  self->n_columns = MAX (self->n_columns, length);
  self->n_cells += length;
  g_ptr_array_add (self->rows, cells);
  return TRUE;
}

guint
pp_sheet_get_n_rows (PpSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

guint
pp_sheet_get_n_columns (PpSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_columns;
}

/**
 * pp_sheet_get_cell:
 *
 * Returns: the text of the cell, "" for a cell past the end of its row
 */
const char *
pp_sheet_get_cell (PpSheet *self,
                   guint    row,
                   guint    column)
{
  GStrv cells;

  g_return_val_if_fail (self != NULL, "");
  g_return_val_if_fail (row < self->rows->len, "");

  cells = g_ptr_array_index (self->rows, row);
  if (column >= g_strv_length (cells))
    return "";
  return cells[column];
}
