/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-row.h: one row of a register read as the fields of an MoU, with
 * the problems of the cells that cannot be read. */
#pragma once

#include "pp-import-mapping.h"
#include "pp-import-values.h"

G_BEGIN_DECLS

/* A cell (or, with column %G_MAXUINT, a row) that cannot be imported. */
typedef struct
{
  guint row;        /* as the spreadsheet numbers it: the header is row 1 */
  guint column;     /* from 0; %G_MAXUINT for the whole row */
  char *message;
} PpImportProblem;

void pp_import_problem_free (PpImportProblem *problem);

typedef struct
{
  guint row;                          /* as the spreadsheet numbers it */
  gboolean has[PP_N_IMPORT_FIELDS];   /* the fields the row's cells give */
  char *title;
  char *sector;                       /* a name, as the register writes it */
  PpMouStatus status;
  GStrv parties;                      /* names */
  GDate signed_on;
  GDate effective_on;
  GDate expires_on;
  gboolean renewal;
  int notice_days;
  char *summary;
  char *follow_up;                    /* the follow-up's title */
  GDate follow_up_due;
} PpImportRow;

PpImportRow *pp_import_row_read (PpSheet             *sheet,
                                 guint                index,
                                 const PpImportField *mapping,
                                 guint                n_columns,
                                 PpDateOrder          order,
                                 GPtrArray           *problems);
void         pp_import_row_free (PpImportRow         *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpImportRow, pp_import_row_free)

G_END_DECLS
