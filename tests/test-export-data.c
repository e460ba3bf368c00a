/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-data.c: the data files: CSV read back to the same rows,
 * iCalendar parsed back with libical, XLSX unpacked with unzip (PP_UNZIP,
 * skipped when missing) and its sheets counted. */

#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "pp-date.h"
#include "pp-export-private.h"
#include "pp-export.h"
#include "pp-portfolio-io.h"
#include "pp-test-util.h"

#define HOSTILE_TITLE "Trade, \"fair\" and free\nsecond line"

static char *
export_string (PpPortfolio    *portfolio,
               PpExportFormat  format,
               PpDocumentKind  document,
               const char     *venture,
               gsize          *length)
{
  PpExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *data;

  pp_export_options_init (&options);
  g_assert_true (pp_date_parse ("2026-11-28", &options.today, NULL));
  options.document = document;
  options.venture_id = g_strdup (venture);
  bytes = pp_export_to_bytes (portfolio, format, &options, &error);
  pp_export_options_clear (&options);
  g_assert_no_error (error);
  if (length != NULL)
    *length = g_bytes_get_size (bytes);
  /* Binary for XLSX: copied whole, with a NUL after it for the text formats. */
  data = g_malloc (g_bytes_get_size (bytes) + 1);
  memcpy (data, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  data[g_bytes_get_size (bytes)] = '\0';
  return data;
}

/* A small RFC 4180 reader: rows of fields, quotes undone. */
static GPtrArray *
read_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = text;

  g_assert_true (g_str_has_prefix (p, "\xEF\xBB\xBF"));
  for (p += 3; *p != '\0'; p++)
    {
      if (*p == '"' && field->len == 0)
        {
          for (p++; !(*p == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          continue;
        }
      if (*p == ',' || *p == '\r')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (*p == '\r')
            {
              g_assert_true (p[1] == '\n');
              p++;
              g_ptr_array_add (rows, row);
              row = g_ptr_array_new_with_free_func (g_free);
            }
          continue;
        }
      g_assert_true (*p != '\n');
      g_string_append_c (field, *p);
    }
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

static const char *
field (GPtrArray *rows,
       guint      row,
       guint      column)
{
  GPtrArray *fields = g_ptr_array_index (rows, row);

  return g_ptr_array_index (fields, column);
}

/* The register reads back row by row, a title with a comma, quotes and a
 * line break included. */
static void
test_csv_register (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  GListModel *mous = pp_portfolio_get_mous (portfolio);
  g_autoptr(PpMou) first = g_list_model_get_item (mous, 0);
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  pp_mou_set_title (first, HOSTILE_TITLE);
  csv = export_string (portfolio, PP_EXPORT_FORMAT_CSV, PP_DOCUMENT_REGISTER, NULL, NULL);
  g_assert_nonnull (strstr (csv, "\"Trade, \"\"fair\"\" and free\nsecond line\""));
  rows = read_csv (csv);
  g_assert_cmpuint (rows->len, ==, 1 + g_list_model_get_n_items (mous));
  g_assert_cmpstr (field (rows, 0, 1), ==, "Title");
  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);
      g_autofree char *signed_on = pp_date_to_iso (pp_mou_get_signed_on (mou));

      g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, i + 1))->len, ==, 10);
      g_assert_cmpstr (field (rows, i + 1, 0), ==, pp_node_get_id (PP_NODE (mou)));
      g_assert_cmpstr (field (rows, i + 1, 1), ==, pp_mou_get_title (mou));
      g_assert_cmpstr (field (rows, i + 1, 5), ==, signed_on);
      g_assert_cmpstr (field (rows, i + 1, 9), ==, pp_mou_get_summary (mou));
    }
}

/* A cell a spreadsheet would take for a formula is made text. */
static void
test_csv_formula (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(PpMou) first = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 0);
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  pp_mou_set_title (first, "=HYPERLINK(\"http://example.com\")");
  csv = export_string (portfolio, PP_EXPORT_FORMAT_CSV, PP_DOCUMENT_REGISTER, NULL, NULL);
  rows = read_csv (csv);
  g_assert_cmpstr (field (rows, 1, 1), ==, "'=HYPERLINK(\"http://example.com\")");
}

/* A leading TAB or CR is skipped by spreadsheets, which then see the
 * formula after it (OWASP lists both beside = + - @). */
static void
test_csv_formula_after_space (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(PpMou) first = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 0);
  g_autoptr(PpMou) second = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 1);
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  pp_mou_set_title (first, "\t=1+1");
  pp_mou_set_title (second, "\r=1+1");
  csv = export_string (portfolio, PP_EXPORT_FORMAT_CSV, PP_DOCUMENT_REGISTER, NULL, NULL);
  rows = read_csv (csv);
  g_assert_cmpstr (field (rows, 1, 1), ==, "'\t=1+1");
  g_assert_cmpstr (field (rows, 2, 1), ==, "'\r=1+1");
}

static guint
count_milestones (PpPortfolio *portfolio)
{
  GListModel *ventures = pp_portfolio_get_ventures (portfolio);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (ventures); i++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (ventures, i);

      n += g_list_model_get_n_items (pp_venture_get_milestones (venture));
    }
  return n;
}

static void
test_csv_milestones (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autofree char *all = export_string (portfolio, PP_EXPORT_FORMAT_CSV, PP_DOCUMENT_VENTURE,
                                        NULL, NULL);
  g_autofree char *one = export_string (portfolio, PP_EXPORT_FORMAT_CSV, PP_DOCUMENT_VENTURE,
                                        "electric-buses", NULL);
  g_autoptr(GPtrArray) all_rows = read_csv (all);
  g_autoptr(GPtrArray) one_rows = read_csv (one);
  PpVenture *buses = PP_VENTURE (pp_portfolio_lookup (portfolio, PP_COLLECTION_VENTURES,
                                                      "electric-buses"));
  GListModel *milestones = pp_venture_get_milestones (buses);

  g_assert_cmpuint (all_rows->len, ==, 1 + count_milestones (portfolio));
  g_assert_cmpuint (one_rows->len, ==, 1 + g_list_model_get_n_items (milestones));
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, i);

      g_assert_cmpstr (field (one_rows, i + 1, 0), ==, "Electric bus manufacturing");
      g_assert_cmpstr (field (one_rows, i + 1, 1), ==, pp_node_get_id (PP_NODE (milestone)));
    }
}

/* How many dated items an iCalendar export of the whole portfolio holds. */
static guint
count_dated (PpPortfolio *portfolio)
{
  GListModel *ventures = pp_portfolio_get_ventures (portfolio);
  GListModel *mous = pp_portfolio_get_mous (portfolio);
  GListModel *commitments = pp_portfolio_get_commitments (portfolio);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (ventures); i++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (ventures, i);
      GListModel *milestones = pp_venture_get_milestones (venture);

      for (guint j = 0; j < g_list_model_get_n_items (milestones); j++)
        {
          g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, j);
          n += pp_milestone_get_due_on (milestone) != NULL;
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);
      GListModel *follow_ups = pp_mou_get_follow_ups (mou);

      n += pp_mou_get_expires_on (mou) != NULL;
      for (guint j = 0; j < g_list_model_get_n_items (follow_ups); j++)
        {
          g_autoptr(PpFollowUp) follow_up = g_list_model_get_item (follow_ups, j);
          n += pp_follow_up_get_due_on (follow_up) != NULL;
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
    {
      g_autoptr(PpCommitment) commitment = g_list_model_get_item (commitments, i);
      n += pp_commitment_get_due_on (commitment) != NULL;
    }
  return n;
}

/* Parses @text with libical; returns the UIDs of its events, in order. */
static GPtrArray *
parse_ics (const char  *text,
           PpPortfolio *portfolio)
{
  icalcomponent *calendar = icalparser_parse_string (text);
  GPtrArray *uids = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      struct icaltimetype end = icalcomponent_get_dtend (event);

      g_assert_true (start.is_date);
      g_assert_cmpint (icaltime_compare_date_only (end, start), >, 0);
      g_assert_nonnull (icalcomponent_get_summary (event));
      g_ptr_array_add (uids, g_strdup (icalcomponent_get_uid (event)));
    }
  icalcomponent_free (calendar);
  return uids;
}

static void
test_ics_parses (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autofree char *text = export_string (portfolio, PP_EXPORT_FORMAT_ICS, PP_DOCUMENT_BRIEF,
                                         NULL, NULL);
  g_autoptr(GPtrArray) uids = parse_ics (text, portfolio);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "\r\nVERSION:2.0\r\n"));
  g_assert_cmpuint (uids->len, ==, count_dated (portfolio));
  for (guint i = 0; i < uids->len; i++)
    {
      g_assert_true (g_str_has_suffix (uids->pdata[i], "@partnership-planner"));
      g_assert_true (g_hash_table_add (seen, uids->pdata[i]));
    }
}

/* A milestone's event is on its due date, as an all-day date. */
static void
test_ics_dates (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autofree char *text = export_string (portfolio, PP_EXPORT_FORMAT_ICS, PP_DOCUMENT_VENTURE,
                                         "electric-buses", NULL);
  icalcomponent *calendar = icalparser_parse_string (text);
  PpVenture *buses = PP_VENTURE (pp_portfolio_lookup (portfolio, PP_COLLECTION_VENTURES,
                                                      "electric-buses"));
  GListModel *milestones = pp_venture_get_milestones (buses);
  icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);

  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==,
                   g_list_model_get_n_items (milestones));
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, i);
      const GDate *due = pp_milestone_get_due_on (milestone);
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      g_autofree char *uid = g_strdup_printf ("milestone.electric-buses.%s.pk-by@"
                                              "partnership-planner",
                                              pp_node_get_id (PP_NODE (milestone)));

      g_assert_cmpint (start.year, ==, g_date_get_year (due));
      g_assert_cmpint (start.month, ==, g_date_get_month (due));
      g_assert_cmpint (start.day, ==, g_date_get_day (due));
      g_assert_cmpstr (icalcomponent_get_uid (event), ==, uid);
      g_assert_nonnull (strstr (icalcomponent_get_summary (event),
                                pp_milestone_get_title (milestone)));
      event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT);
    }
  icalcomponent_free (calendar);
}

/* The same UIDs from two exports, even after an edit; lines folded at 75
 * octets, in the middle of a multi-byte title too. */
static void
test_ics_stable_and_folded (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 0);
  g_autofree char *before = export_string (portfolio, PP_EXPORT_FORMAT_ICS, PP_DOCUMENT_BRIEF,
                                           NULL, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) uids_before = parse_ics (before, portfolio);
  g_autoptr(GPtrArray) uids_after = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean folded = FALSE;

  pp_mou_set_title (mou, "Соглашение о направлении 150 000 квалифицированных работников "
                         "из Пакистана в Беларусь, с длинным названием; and a comma, too");
  after = export_string (portfolio, PP_EXPORT_FORMAT_ICS, PP_DOCUMENT_BRIEF, NULL, NULL);
  uids_after = parse_ics (after, portfolio);
  g_assert_cmpuint (uids_before->len, ==, uids_after->len);
  for (guint i = 0; i < uids_before->len; i++)
    g_assert_cmpstr (uids_before->pdata[i], ==, uids_after->pdata[i]);

  lines = g_strsplit (after, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      folded |= lines[i][0] == ' ';
    }
  g_assert_true (folded);
  g_assert_nonnull (strstr (after, "\\, too"));
}

/* Unpacks @member of the workbook @data; NULL when unzip is not
 * installed. */
static char *
unzip_member (const char *data,
              gsize       length,
              const char *member)
{
  return pp_test_run_reader ("unzip", (const char *[]) { "-p", "{}", member, NULL }, data, length,
                             FALSE);
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = text; (p = strstr (p, needle)) != NULL; p++)
    n++;
  return n;
}

/* Translated sheet names are made into ones spreadsheets accept. */
static void
test_xlsx_sheet_names (void)
{
  struct { const char *name; const char *expected; } cases[] = {
    { "MoUs", "MoUs" },
    { "Меморандумы о взаимопонимании и соглашения", "Меморандумы о взаимопонимании и" },
    { "Jobs: [a/b] *now*?", "Jobs   a b   now" },
    { "'quoted'", "quoted" },
    { "", "Sheet" },
    { "::", "Sheet" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = pp_export_xlsx_sheet_name (cases[i].name);

      g_assert_cmpstr (name, ==, cases[i].expected);
      g_assert_cmpint (g_utf8_strlen (name, -1), <=, 31);
    }
}

static void
test_xlsx_sheets (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  gsize length;
  g_autofree char *data = export_string (portfolio, PP_EXPORT_FORMAT_XLSX, PP_DOCUMENT_BRIEF,
                                         NULL, &length);
  g_autofree char *workbook = unzip_member (data, length, "xl/workbook.xml");
  struct { const char *member; guint rows; } sheets[] = {
    { "xl/worksheets/sheet1.xml", 1 + g_list_model_get_n_items (pp_portfolio_get_mous (portfolio)) },
    { "xl/worksheets/sheet2.xml", 1 + g_list_model_get_n_items (pp_portfolio_get_ventures (portfolio)) },
    { "xl/worksheets/sheet3.xml", 1 + count_milestones (portfolio) },
    { "xl/worksheets/sheet4.xml", 1 + g_list_model_get_n_items (pp_portfolio_get_commitments (portfolio)) },
  };

  if (workbook == NULL)
    return;
  g_assert_true (g_str_has_prefix (data, "PK"));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"MoUs\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Ventures\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Milestones\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Commitments\""));
  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      g_autofree char *sheet = unzip_member (data, length, sheets[i].member);

      g_assert_cmpuint (count (sheet, "<row "), ==, sheets[i].rows);
      g_assert_nonnull (strstr (sheet, "state=\"frozen\""));
      g_assert_nonnull (strstr (sheet, "<autoFilter "));
    }
  /* Dates are numbers with a date format, not text: the signing date of
   * the first MoU, 12 April 2025, is day 45759 of Excel's calendar. */
  {
    g_autofree char *mous = unzip_member (data, length, "xl/worksheets/sheet1.xml");
    g_assert_nonnull (strstr (mous, "<v>45759</v>"));
  }
}

static void
test_unknown_venture (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  PpExportOptions options;
  g_autoptr(GError) error = NULL;

  pp_export_options_init (&options);
  options.document = PP_DOCUMENT_VENTURE;
  options.venture_id = g_strdup ("nowhere");
  for (PpExportFormat format = PP_EXPORT_FORMAT_CSV; format <= PP_EXPORT_FORMAT_ICS; format++)
    {
      g_autoptr(GBytes) bytes = pp_export_to_bytes (portfolio, format, &options, &error);

      g_assert_null (bytes);
      g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE);
      g_clear_error (&error);
    }
  pp_export_options_clear (&options);
}

/* Every format copes with a portfolio that has nothing in it. */
static void
test_empty_portfolio (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();

  for (PpExportFormat format = 0; format < PP_N_EXPORT_FORMATS; format++)
    {
      gsize length;
      g_autofree char *data = export_string (portfolio, format, PP_DOCUMENT_BRIEF, NULL, &length);

      g_assert_cmpuint (length, >, 0);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/csv/register", test_csv_register);
  g_test_add_func ("/export/csv/formula", test_csv_formula);
  g_test_add_func ("/export/csv/formula-after-space", test_csv_formula_after_space);
  g_test_add_func ("/export/csv/milestones", test_csv_milestones);
  g_test_add_func ("/export/ics/parses", test_ics_parses);
  g_test_add_func ("/export/ics/dates", test_ics_dates);
  g_test_add_func ("/export/ics/stable-and-folded", test_ics_stable_and_folded);
  g_test_add_func ("/export/xlsx/sheets", test_xlsx_sheets);
  g_test_add_func ("/export/xlsx/sheet-names", test_xlsx_sheet_names);
  g_test_add_func ("/export/data/unknown-venture", test_unknown_venture);
  g_test_add_func ("/export/data/empty-portfolio", test_empty_portfolio);

  return g_test_run ();
}
