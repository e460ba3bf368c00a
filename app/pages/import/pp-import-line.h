/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-line.h: PpImportLine, one line of the Import dialog's lists (a
 * row of the register previewed, or a cell that cannot be read), and how the
 * dialog names a column as the spreadsheet shows it. */
#pragma once

#include <adwaita.h>

#include "pp-sheet.h"

G_BEGIN_DECLS

#define PP_TYPE_IMPORT_LINE (pp_import_line_get_type ())

G_DECLARE_FINAL_TYPE (PpImportLine, pp_import_line, PP, IMPORT_LINE, GObject)

PpImportLine *pp_import_line_new          (const char   *title,
                                           const char   *subtitle,
                                           gboolean      problem);
const char   *pp_import_line_get_title    (PpImportLine *self);
const char   *pp_import_line_get_subtitle (PpImportLine *self);
gboolean      pp_import_line_get_problem  (PpImportLine *self);
GtkWidget    *pp_import_line_create_row   (gpointer      item,
                                           gpointer      user_data);
char         *pp_import_column_letters    (guint         column);
char         *pp_import_column_name       (PpSheet      *sheet,
                                           guint         column);
void          pp_import_list_box_clear    (GtkListBox   *list);

G_END_DECLS
