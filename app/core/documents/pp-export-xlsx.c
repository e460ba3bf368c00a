/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-xlsx.c: a workbook of the portfolio, written with
 * libxlsxwriter: sheets of MoUs, ventures, milestones and commitments,
 * with real dates and numbers, a bold frozen header row and filters.
 *
 * libxlsxwriter writes only to a file name, so the workbook goes to a
 * temporary file that is read back and removed. */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "pp-enum-types.h"
#include "pp-export-private.h"
#include "pp-iso-codes.h"
#include "pp-mou-facts.h"
#include "pp-summary.h"

/* Excel's limit on the text of a cell, in characters. */
#define MAX_CELL 32767

typedef struct
{
  lxw_workbook *workbook;
  lxw_format *header;
  lxw_format *date;
  lxw_format *number;
  lxw_format *percent;
  lxw_error error;        /* the first error, if any */
  PpPortfolio *portfolio;
} Book;

typedef struct
{
  Book *book;
  lxw_worksheet *sheet;
  lxw_row_t row;
  lxw_col_t n_columns;
} Sheet;

static void
check (Book      *book,
       lxw_error  error)
{
  if (book->error == LXW_NO_ERROR)
    book->error = error;
}

static void
put_text (Sheet      *sheet,
          lxw_col_t   column,
          const char *text)
{
  g_autofree char *cut = NULL;

  if (text == NULL || *text == '\0')
    return;
  if (g_utf8_strlen (text, -1) > MAX_CELL)
    text = cut = g_utf8_substring (text, 0, MAX_CELL);
  check (sheet->book, worksheet_write_string (sheet->sheet, sheet->row, column, text, NULL));
}

static void
put_date (Sheet       *sheet,
          lxw_col_t    column,
          const GDate *date)
{
  lxw_datetime value = { 0 };

  if (date == NULL || !g_date_valid (date))
    return;
  value.year = g_date_get_year (date);
  value.month = g_date_get_month (date);
  value.day = g_date_get_day (date);
  check (sheet->book, worksheet_write_datetime (sheet->sheet, sheet->row, column, &value,
                                                sheet->book->date));
}

static void
put_number (Sheet      *sheet,
            lxw_col_t   column,
            double      value,
            lxw_format *format)
{
  check (sheet->book, worksheet_write_number (sheet->sheet, sheet->row, column, value, format));
}

/**
 * pp_export_xlsx_sheet_name:
 *
 * A sheet name spreadsheets accept, from @name (a translation, which may be
 * anything): at most 31 characters, none of : \\ / ? * [ ], not starting or
 * ending with an apostrophe, and not empty.
 *
 * Returns: (transfer full): the name
 */
char *
pp_export_xlsx_sheet_name (const char *name)
{
  g_autoptr(GString) out = g_string_new (NULL);
  glong n = 0;
  char *start;
  char *end;

  for (const char *p = name != NULL ? name : ""; *p != '\0' && n < 31; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x80 && strchr (":\\/?*[]", (int) c) != NULL) || g_unichar_iscntrl (c))
        c = ' ';
      g_string_append_unichar (out, c);
    }

  /* Neither the first nor the last character may be an apostrophe. */
  start = out->str;
  while (*start == '\'' || *start == ' ')
    start++;
  end = out->str + out->len;
  while (end > start && (end[-1] == '\'' || end[-1] == ' '))
    end--;
  if (end == start)
    return g_strdup ("Sheet");
  return g_strndup (start, end - start);
}

/* A sheet with its header row, frozen; @widths in characters. */
static Sheet
add_sheet (Book               *book,
           const char         *name,
           const char * const *headers,
           const double       *widths,
           lxw_col_t           n_columns)
{
  g_autofree char *sheet_name = pp_export_xlsx_sheet_name (name);
  Sheet sheet = { book, workbook_add_worksheet (book->workbook, sheet_name), 0, n_columns };

  if (sheet.sheet == NULL)
    {
      check (book, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return sheet;
    }
  for (lxw_col_t i = 0; i < n_columns; i++)
    {
      check (book, worksheet_write_string (sheet.sheet, 0, i, headers[i], book->header));
      check (book, worksheet_set_column (sheet.sheet, i, i, widths[i], NULL));
    }
  worksheet_freeze_panes (sheet.sheet, 1, 0);
  sheet.row = 1;
  return sheet;
}

/* Filters over the header and every row written. */
static void
finish_sheet (Sheet *sheet)
{
  if (sheet->sheet == NULL)
    return;
  check (sheet->book, worksheet_autofilter (sheet->sheet, 0, 0, MAX (sheet->row - 1, 1),
                                            sheet->n_columns - 1));
}

static const char *
name_of (Book         *book,
         PpCollection  collection,
         const char   *id)
{
  return id != NULL ? pp_portfolio_get_name_of (book->portfolio, collection, id) : NULL;
}

static void
write_mous (Book *book)
{
  const char *headers[] = {
    _("Id"), _("Title"), _("Sector"), _("Status"), _("Parties"), _("Signed"), _("Effective"),
    _("Expires"), _("Next follow-up"), _("Summary"),
  };
  static const double widths[] = { 18, 48, 24, 14, 60, 12, 12, 12, 14, 80 };
  GListModel *mous = pp_portfolio_get_mous (book->portfolio);
  Sheet sheet = add_sheet (book, _("MoUs"), headers, widths, G_N_ELEMENTS (headers));

  for (guint i = 0; sheet.sheet != NULL && i < g_list_model_get_n_items (mous); i++, sheet.row++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);
      g_autofree char *parties = pp_mou_describe_parties (mou, book->portfolio);
      PpFollowUp *next = pp_mou_get_next_follow_up (mou);

      put_text (&sheet, 0, pp_node_get_id (PP_NODE (mou)));
      put_text (&sheet, 1, pp_mou_get_title (mou));
      put_text (&sheet, 2, name_of (book, PP_COLLECTION_SECTORS, pp_mou_get_sector (mou)));
      put_text (&sheet, 3, pp_enum_get_display_name (PP_TYPE_MOU_STATUS,
                                                     pp_mou_get_status (mou)));
      put_text (&sheet, 4, parties);
      put_date (&sheet, 5, pp_mou_get_signed_on (mou));
      put_date (&sheet, 6, pp_mou_get_effective_on (mou));
      put_date (&sheet, 7, pp_mou_get_expires_on (mou));
      put_date (&sheet, 8, next != NULL ? pp_follow_up_get_due_on (next) : NULL);
      put_text (&sheet, 9, pp_mou_get_summary (mou));
    }
  finish_sheet (&sheet);
}

static void
write_ventures (Book *book)
{
  const char *headers[] = {
    _("Id"), _("Name"), _("Sector"), _("Stage"), _("Budget"), _("Currency"), _("Jobs"),
    _("Start"), _("End"), _("Partner shares (%)"), _("Objectives"),
  };
  static const double widths[] = { 18, 40, 24, 18, 16, 10, 10, 12, 12, 14, 80 };
  GListModel *ventures = pp_portfolio_get_ventures (book->portfolio);
  Sheet sheet = add_sheet (book, _("Ventures"), headers, widths, G_N_ELEMENTS (headers));

  for (guint i = 0; sheet.sheet != NULL && i < g_list_model_get_n_items (ventures);
       i++, sheet.row++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (ventures, i);

      put_text (&sheet, 0, pp_node_get_id (PP_NODE (venture)));
      put_text (&sheet, 1, pp_venture_get_name (venture));
      put_text (&sheet, 2, name_of (book, PP_COLLECTION_SECTORS, pp_venture_get_sector (venture)));
      put_text (&sheet, 3, pp_enum_get_display_name (PP_TYPE_VENTURE_STAGE,
                                                     pp_venture_get_stage (venture)));
      put_number (&sheet, 4, pp_venture_get_budget_amount (venture), book->number);
      put_text (&sheet, 5, pp_venture_get_budget_currency (venture));
      put_number (&sheet, 6, pp_venture_get_jobs (venture), book->number);
      put_date (&sheet, 7, pp_venture_get_start_on (venture));
      put_date (&sheet, 8, pp_venture_get_end_on (venture));
      put_number (&sheet, 9, pp_venture_get_share_total (venture), book->percent);
      put_text (&sheet, 10, pp_venture_get_objectives (venture));
    }
  finish_sheet (&sheet);
}

static void
write_milestones (Book *book)
{
  const char *headers[] = {
    _("Venture"), _("Milestone id"), _("Title"), _("Due"), _("Status"), _("Owner"), _("Side"),
  };
  static const double widths[] = { 40, 18, 48, 12, 14, 36, 14 };
  GListModel *ventures = pp_portfolio_get_ventures (book->portfolio);
  Sheet sheet = add_sheet (book, _("Milestones"), headers, widths, G_N_ELEMENTS (headers));

  for (guint i = 0; sheet.sheet != NULL && i < g_list_model_get_n_items (ventures); i++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (ventures, i);
      GListModel *milestones = pp_venture_get_milestones (venture);

      for (guint j = 0; j < g_list_model_get_n_items (milestones); j++, sheet.row++)
        {
          g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, j);
          const char *side = pp_milestone_get_side (milestone);

          put_text (&sheet, 0, pp_venture_get_name (venture));
          put_text (&sheet, 1, pp_node_get_id (PP_NODE (milestone)));
          put_text (&sheet, 2, pp_milestone_get_title (milestone));
          put_date (&sheet, 3, pp_milestone_get_due_on (milestone));
          put_text (&sheet, 4, pp_enum_get_display_name (PP_TYPE_MILESTONE_STATUS,
                                                         pp_milestone_get_status (milestone)));
          put_text (&sheet, 5, pp_milestone_get_owner (milestone));
          put_text (&sheet, 6, side != NULL ? pp_iso_country_get_name (side) : NULL);
        }
    }
  finish_sheet (&sheet);
}

static void
write_commitments (Book        *book,
                   const GDate *today)
{
  const char *headers[] = {
    _("Id"), _("Commitment"), _("Sector"), _("Owed by"), _("Unit"), _("Target"), _("Achieved"),
    _("Due"), _("MoU"),
  };
  static const double widths[] = { 18, 48, 24, 14, 14, 14, 14, 12, 40 };
  GListModel *commitments = pp_portfolio_get_commitments (book->portfolio);
  Sheet sheet = add_sheet (book, _("Commitments"), headers, widths, G_N_ELEMENTS (headers));

  for (guint i = 0; sheet.sheet != NULL && i < g_list_model_get_n_items (commitments);
       i++, sheet.row++)
    {
      g_autoptr(PpCommitment) commitment = g_list_model_get_item (commitments, i);
      const char *side = pp_commitment_get_side (commitment);

      put_text (&sheet, 0, pp_node_get_id (PP_NODE (commitment)));
      put_text (&sheet, 1, pp_commitment_get_title (commitment));
      put_text (&sheet, 2, name_of (book, PP_COLLECTION_SECTORS,
                                    pp_commitment_get_sector (commitment)));
      put_text (&sheet, 3, side != NULL ? pp_iso_country_get_name (side) : _("Both sides"));
      put_text (&sheet, 4, pp_commitment_get_unit (commitment));
      put_number (&sheet, 5, pp_commitment_get_target (commitment), book->number);
      put_number (&sheet, 6, pp_commitment_get_achieved (commitment, today), book->number);
      put_date (&sheet, 7, pp_commitment_get_due_on (commitment));
      put_text (&sheet, 8, name_of (book, PP_COLLECTION_MOUS, pp_commitment_get_mou (commitment)));
    }
  finish_sheet (&sheet);
}

static void
add_formats (Book *book)
{
  book->header = workbook_add_format (book->workbook);
  format_set_bold (book->header);
  format_set_bg_color (book->header, 0xE4E9F0);
  format_set_bottom (book->header, LXW_BORDER_THIN);
  book->date = workbook_add_format (book->workbook);
  format_set_num_format (book->date, "yyyy-mm-dd");
  book->number = workbook_add_format (book->workbook);
  format_set_num_format (book->number, "#,##0");
  book->percent = workbook_add_format (book->workbook);
  format_set_num_format (book->percent, "0.##");
}

GBytes *
pp_export_xlsx (PpPortfolio           *portfolio,
                const PpExportOptions *options,
                GError               **error)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  Book book = { .portfolio = portfolio };
  gsize length;
  int fd;

  fd = g_file_open_tmp ("pp-export-XXXXXX.xlsx", &path, error);
  if (fd < 0)
    return NULL;
  close (fd);

  book.workbook = workbook_new (path);
  if (book.workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not start the workbook"));
      g_unlink (path);
      return NULL;
    }
  add_formats (&book);
  write_mous (&book);
  write_ventures (&book);
  write_milestones (&book);
  write_commitments (&book, &options->today);
  check (&book, workbook_close (book.workbook));

  if (book.error != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the workbook: %s"),
                   lxw_strerror (book.error));
      g_unlink (path);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, error))
    {
      g_unlink (path);
      return NULL;
    }
  g_unlink (path);
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}
