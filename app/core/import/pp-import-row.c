/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-row.c: reading one row of a register into the fields of an MoU.
 *
 * Every cell is read, so one pass lists all of a row's problems, not only
 * the first; a row with any problem gives no MoU.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pp-import-row.h"
#include "pp-sheet.h"

void
pp_import_problem_free (PpImportProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->message);
  g_free (problem);
}

void
pp_import_row_free (PpImportRow *row)
{
  if (row == NULL)
    return;
  g_free (row->title);
  g_free (row->sector);
  g_strfreev (row->parties);
  g_free (row->summary);
  g_free (row->follow_up);
  g_free (row);
}

static void
add_problem (GPtrArray  *problems,
             guint       row,
             guint       column,
             const char *message)
{
  PpImportProblem *problem = g_new0 (PpImportProblem, 1);

  problem->row = row;
  problem->column = column;
  problem->message = g_strdup (message);
  g_ptr_array_add (problems, problem);
}

static gboolean
read_date (const char  *text,
           PpDateOrder  order,
           GDate       *date,
           char       **problem)
{
  g_autoptr(GError) error = NULL;

  if (pp_import_parse_date (text, order, date, &error))
    return TRUE;
  *problem = g_strdup (error->message);
  return FALSE;
}

static gboolean
read_notice (const char  *text,
             int         *days,
             char       **problem)
{
  char *end = NULL;
  gint64 value = g_ascii_strtoll (text, &end, 10);

  /* A spreadsheet may store 90 as "90.0". */
  if (end != NULL && (g_str_equal (end, "") || g_str_equal (end, ".0"))
      && end != text && value >= 0 && value <= 3650)
    {
      *days = (int) value;
      return TRUE;
    }
  *problem = g_strdup_printf (_("“%s” is not a number of days from 0 to 3650"), text);
  return FALSE;
}

/* A follow-up may be written as its date, its title, or the date and then
 * the title ("2025-06-01 Send the draft"). */
static void
read_follow_up (PpImportRow *self,
                const char  *text,
                PpDateOrder  order)
{
  g_autofree char *first = g_strndup (text, strcspn (text, " \t"));
  const char *rest = text + strlen (first);

  if (pp_import_parse_date (first, order, &self->follow_up_due, NULL))
    {
      g_autofree char *title = g_strstrip (g_strdup (rest));

      self->follow_up = title[0] != '\0' ? g_steal_pointer (&title) : g_strdup (_("Follow-up"));
    }
  else
    {
      g_date_clear (&self->follow_up_due, 1);
      self->follow_up = g_strdup (text);
    }
}

/* Reads one non-blank cell into its field; returns a problem, or NULL. */
static char *
read_cell (PpImportRow   *self,
           PpImportField  field,
           const char    *text,
           PpDateOrder    order)
{
  char *problem = NULL;

  switch (field)
    {
    case PP_IMPORT_FIELD_TITLE:
      g_free (self->title);
      self->title = g_strdup (text);
      break;
    case PP_IMPORT_FIELD_SECTOR:
      g_free (self->sector);
      self->sector = g_strdup (text);
      break;
    case PP_IMPORT_FIELD_STATUS:
      if (!pp_import_match_status (text, &self->status))
        problem = g_strdup_printf (_("“%s” is not a status (draft, in negotiation, signed, "
                                     "in force, expired or terminated)"), text);
      break;
    case PP_IMPORT_FIELD_PARTIES:
      g_strfreev (self->parties);
      self->parties = pp_import_split_parties (text);
      break;
    case PP_IMPORT_FIELD_SIGNED:
      read_date (text, order, &self->signed_on, &problem);
      break;
    case PP_IMPORT_FIELD_EFFECTIVE:
      read_date (text, order, &self->effective_on, &problem);
      break;
    case PP_IMPORT_FIELD_EXPIRES:
      read_date (text, order, &self->expires_on, &problem);
      break;
    case PP_IMPORT_FIELD_RENEWAL:
      if (!pp_import_parse_boolean (text, &self->renewal))
        problem = g_strdup_printf (_("“%s” is neither yes nor no"), text);
      break;
    case PP_IMPORT_FIELD_NOTICE:
      read_notice (text, &self->notice_days, &problem);
      break;
    case PP_IMPORT_FIELD_SUMMARY:
      g_free (self->summary);
      self->summary = g_strdup (text);
      break;
    case PP_IMPORT_FIELD_FOLLOW_UP:
      g_free (self->follow_up);
      read_follow_up (self, text, order);
      break;
    case PP_IMPORT_FIELD_IGNORE:
    case PP_N_IMPORT_FIELDS:
    default:
      break;
    }
  return problem;
}

static PpImportRow *
row_new (guint row)
{
  PpImportRow *self = g_new0 (PpImportRow, 1);

  self->row = row;
  g_date_clear (&self->signed_on, 1);
  g_date_clear (&self->effective_on, 1);
  g_date_clear (&self->expires_on, 1);
  g_date_clear (&self->follow_up_due, 1);
  return self;
}

/**
 * pp_import_row_read:
 * @sheet: the register's sheet, whose first row is the header
 * @index: the row, from 1 (0 is the header)
 * @mapping: (array length=n_columns): each column's field
 * @n_columns: how many columns @mapping gives
 * @order: how to read a date that reads either way
 * @problems: (element-type PpImportProblem): where the row's problems go
 *
 * Returns: (transfer full) (nullable): the row's fields; %NULL for a blank
 *   row, or for a row with problems, each added to @problems
 */
PpImportRow *
pp_import_row_read (PpSheet             *sheet,
                    guint                index,
                    const PpImportField *mapping,
                    guint                n_columns,
                    PpDateOrder          order,
                    GPtrArray           *problems)
{
  g_autoptr(PpImportRow) self = row_new (index + 1);
  guint n_problems = problems->len;
  gboolean blank = TRUE;

  for (guint column = 0; column < n_columns; column++)
    {
      g_autofree char *text = g_strstrip (g_strdup (pp_sheet_get_cell (sheet, index, column)));
      g_autofree char *problem = NULL;

      if (text[0] == '\0' || mapping[column] == PP_IMPORT_FIELD_IGNORE)
        continue;
      blank = FALSE;
      self->has[mapping[column]] = TRUE;
      problem = read_cell (self, mapping[column], text, order);
      if (problem != NULL)
        add_problem (problems, self->row, column, problem);
    }
  if (blank)
    return NULL;
  if (self->title == NULL)
    add_problem (problems, self->row, G_MAXUINT, _("The row has no title"));
  if (problems->len > n_problems)
    return NULL;
  return g_steal_pointer (&self);
}
