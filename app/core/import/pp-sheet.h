/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sheet.h: one sheet of a register read from a spreadsheet or a text file,
 * as rows of cell text, before its columns are mapped to MoU fields. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PP_IMPORT_ERROR (pp_import_error_quark ())

typedef enum
{
  PP_IMPORT_ERROR_ENCODING,   /* text in no encoding we can read */
  PP_IMPORT_ERROR_SYNTAX,     /* a quote left open, a damaged workbook */
  PP_IMPORT_ERROR_EMPTY,      /* no rows at all */
  PP_IMPORT_ERROR_LIMIT,      /* more rows or columns than a register can have */
  PP_IMPORT_ERROR_VALUE,      /* a cell that is not what its column holds */
  PP_IMPORT_ERROR_AMBIGUOUS,  /* a date that reads either way round */
} PpImportError;

GQuark pp_import_error_quark (void);

/* The most rows and columns a register may have, so a hostile file cannot
 * take all memory. */
#define PP_SHEET_MAX_ROWS 1000000
#define PP_SHEET_MAX_COLUMNS 1000
/* A million rows of a thousand cells would not fit in memory: the cells of
 * a sheet are limited too, to ten times a 100,000-MoU register's. */
#define PP_SHEET_MAX_CELLS 10000000

typedef struct _PpSheet PpSheet;

PpSheet    *pp_sheet_new          (const char  *name);
void        pp_sheet_free         (PpSheet     *self);
const char *pp_sheet_get_name     (PpSheet     *self);
gboolean    pp_sheet_append_row   (PpSheet     *self,
                                   GStrv        cells,
                                   GError     **error);
guint       pp_sheet_get_n_rows   (PpSheet     *self);
guint       pp_sheet_get_n_columns (PpSheet    *self);
const char *pp_sheet_get_cell     (PpSheet     *self,
                                   guint        row,
                                   guint        column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpSheet, pp_sheet_free)

G_END_DECLS
