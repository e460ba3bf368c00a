/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sheet.c: rows of cell text, as every register reader hands them on. */

#include "config.h"

#include "pp-sheet.h"

struct _PpSheet
{
  char *name;
  GPtrArray *rows;    /* of GStrv, one per row, of any length */
  guint n_columns;    /* the longest row's */
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
 */
void
pp_sheet_append_row (PpSheet *self,
                     GStrv    cells)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cells != NULL);

  self->n_columns = MAX (self->n_columns, g_strv_length (cells));
  g_ptr_array_add (self->rows, cells);
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
