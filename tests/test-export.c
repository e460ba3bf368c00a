/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export.c: the planning documents and their PDF, checked by reading
 * the PDF back with poppler's tools (skipped when they are missing). */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pp-date.h"

#include "pp-document.h"
#include "pp-export.h"
#include "pp-page-text.h"
#include "pp-portfolio-io.h"
#include "pp-test-util.h"

/* Options with a fixed date, so overdue marks do not depend on the day the
 * tests run. */
static void
init_options (PpExportOptions *options,
              const char      *today)
{
  pp_export_options_init (options);
  g_assert_true (pp_date_parse (today, &options->today, NULL));
}

/* Text with every run of white space made one space, and lines broken
 * after a hyphen joined again, so words wrapped inside a table cell still
 * read as one phrase. */
static char *
squeeze (const char *text)
{
  g_autoptr(GRegex) hyphen = g_regex_new ("(?<=\\w)-\\n", 0, 0, NULL);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *joined = g_regex_replace_literal (hyphen, text, -1, 0, "-", 0, NULL);

  return g_regex_replace_literal (space, joined, -1, 0, " ", 0, NULL);
}

static char *
pdf_text (GBytes     *pdf,
          const char *first_page,
          const char *last_page)
{
  g_autofree char *raw = NULL;
  gsize length;
  const void *data = g_bytes_get_data (pdf, &length);

  if (first_page != NULL)
    raw = pp_test_run_reader ("pdftotext", (const char *[]) { "-raw", "-f", first_page, "-l",
                                                             last_page, "{}", "-", NULL },
                              data, length, FALSE);
  else
    raw = pp_test_run_reader ("pdftotext", (const char *[]) { "-raw", "{}", "-", NULL }, data,
                              length, FALSE);
  return raw != NULL ? squeeze (raw) : NULL;
}

static char *
pdf_info (GBytes *pdf)
{
  gsize length;
  const void *data = g_bytes_get_data (pdf, &length);

  return pp_test_run_reader ("pdfinfo", (const char *[]) { "{}", NULL }, data, length, FALSE);
}

static guint
pdf_pages (GBytes *pdf)
{
  g_autofree char *info = pdf_info (pdf);
  const char *line;

  if (info == NULL)
    return 0;
  line = strstr (info, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static GBytes *
export (PpPortfolio           *portfolio,
        PpExportFormat         format,
        const PpExportOptions *options)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = pp_export_to_bytes (portfolio, format, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static void
test_brief_content (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_auto(PpExportOptions) options;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  GListModel *mous = pp_portfolio_get_mous (portfolio);
  GListModel *ventures = pp_portfolio_get_ventures (portfolio);
  guint pages;

  init_options (&options, "2025-06-01");
  pdf = export (portfolio, PP_EXPORT_FORMAT_PDF, &options);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));
  text = pdf_text (pdf, NULL, NULL);
  if (text == NULL)
    return;

  g_assert_nonnull (strstr (text, "Pakistan–Belarus Partnership 2025"));
  g_assert_nonnull (strstr (text, "Pakistan and Belarus"));
  g_assert_nonnull (strstr (text, "Partnership brief · 1 June 2025"));
  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);
      g_autofree char *title = squeeze (pp_mou_get_title (mou));

      g_assert_nonnull (strstr (text, title));
    }
  for (guint i = 0; i < g_list_model_get_n_items (ventures); i++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (ventures, i);

      g_assert_nonnull (strstr (text, pp_venture_get_name (venture)));
    }
  g_assert_nonnull (strstr (text, "Send 150,000 skilled Pakistani workers to Belarus"));
  g_assert_nonnull (strstr (text, "0 of 150,000 workers"));
  g_assert_nonnull (strstr (text, "Page 1 of"));

  /* Cover, summary, register, four ventures, commitments: a page each at
   * least, and not many more. */
  pages = pdf_pages (pdf);
  g_assert_cmpuint (pages, >=, 8);
  g_assert_cmpuint (pages, <=, 14);
  {
    g_autofree char *last = g_strdup_printf ("Page %u of %u", pages, pages);
    g_assert_nonnull (strstr (text, last));
  }
}

static void
test_paper (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_auto(PpExportOptions) options;
  g_autoptr(GBytes) a4 = NULL;
  g_autoptr(GBytes) letter = NULL;
  g_autofree char *a4_info = NULL;
  g_autofree char *letter_info = NULL;

  init_options (&options, "2025-06-01");
  a4 = export (portfolio, PP_EXPORT_FORMAT_PDF, &options);
  options.paper = PP_PAPER_LETTER;
  letter = export (portfolio, PP_EXPORT_FORMAT_PDF, &options);
  a4_info = pdf_info (a4);
  letter_info = pdf_info (letter);
  if (a4_info == NULL || letter_info == NULL)
    return;
  g_assert_nonnull (strstr (a4_info, "(A4)"));
  g_assert_nonnull (strstr (letter_info, "(letter)"));
}

/* A portfolio with many MoUs, whose register runs over several pages. */
static PpPortfolio *
long_register (guint n)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  GListModel *mous = pp_portfolio_get_mous (portfolio);
  g_autoptr(PpMou) model = g_list_model_get_item (mous, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("extra-%u", i);
      g_autofree char *title = g_strdup_printf ("Extra memorandum number %u of the test", i);
      g_autoptr(PpNode) copy = pp_node_copy (PP_NODE (model), id);

      pp_mou_set_title (PP_MOU (copy), title);
      g_assert_true (pp_node_append_item (PP_NODE (portfolio), mous, copy, NULL));
    }
  return g_steal_pointer (&portfolio);
}

/* Every row is whole on one page, and every page of the register starts
 * with the header row. */
static void
test_register_pages (void)
{
  g_autoptr(PpPortfolio) portfolio = long_register (60);
  g_auto(PpExportOptions) options;
  g_autoptr(GBytes) pdf = NULL;
  guint pages, found = 0;

  init_options (&options, "2025-06-01");
  options.document = PP_DOCUMENT_REGISTER;
  pdf = export (portfolio, PP_EXPORT_FORMAT_PDF, &options);
  pages = pdf_pages (pdf);
  if (pages == 0)
    return;
  g_assert_cmpuint (pages, >=, 3);

  for (guint page = 1; page <= pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      g_autofree char *text = pdf_text (pdf, number, number);

      if (text == NULL)
        return;
      g_assert_nonnull (strstr (text, "Title Sector Status Parties Signed Expires Next"));
      for (guint i = 0; i < 60; i++)
        {
          g_autofree char *title = g_strdup_printf ("Extra memorandum number %u of the test ", i);

          found += strstr (text, title) != NULL;
        }
    }
  g_assert_cmpuint (found, ==, 60);
}

static void
test_venture_document (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_auto(PpExportOptions) options;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *none;

  init_options (&options, "2025-06-01");
  options.document = PP_DOCUMENT_VENTURE;
  options.venture_id = g_strdup ("electric-buses");
  pdf = export (portfolio, PP_EXPORT_FORMAT_PDF, &options);
  text = pdf_text (pdf, NULL, NULL);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Electric bus manufacturing"));
      g_assert_nonnull (strstr (text, "Venture plan · 1 June 2025"));
      g_assert_null (strstr (text, "Mining equipment manufacturing"));
      g_assert_null (strstr (text, "MoU register"));
      g_assert_nonnull (strstr (text, "Timeline"));
    }

  g_free (options.venture_id);
  options.venture_id = g_strdup ("no-such-venture");
  none = pp_export_to_bytes (portfolio, PP_EXPORT_FORMAT_PDF, &options, &error);
  g_assert_null (none);
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE);
  g_assert_nonnull (strstr (error->message, "no-such-venture"));
}

/* The fixture's Urdu and Russian text: shaped with fonts that have every
 * glyph (no boxes for missing ones), and readable back from the PDF. */
static void
test_scripts (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_fixture ("export-scripts.json");
  const char *samples[] = {
    "زرعی تعاون کی مفاہمت کی یادداشت",
    "Совместное предприятие по сборке тракторов",
    "وزارت خوراک (پاکستان)",
  };
  g_auto(PpExportOptions) options;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(PangoLayout) layout = pp_page_text_new (context, samples[i], 9, FALSE, 300);

      g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layout), ==, 0);
    }
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  init_options (&options, "2025-06-01");
  pdf = export (portfolio, PP_EXPORT_FORMAT_PDF, &options);
  text = pdf_text (pdf, NULL, NULL);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "Совместное предприятие по сборке тракторов"));
  g_assert_nonnull (strstr (text, "Пакистан и Беларусь"));

  {
    gsize length;
    const void *data = g_bytes_get_data (pdf, &length);
    g_autofree char *fonts = pp_test_run_reader ("pdffonts", (const char *[]) { "{}", NULL },
                                                 data, length, FALSE);

    if (fonts == NULL)
      return;
    g_assert_true (strstr (fonts, "Naskh") != NULL || strstr (fonts, "Nastaliq") != NULL ||
                   strstr (fonts, "Arabic") != NULL);
  }
}

/* Exporting over a file either replaces it whole or leaves it alone. */
static void
test_atomic (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pp-test-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "brief.pdf", NULL);
  g_autofree char *locked_dir = g_build_filename (dir, "locked", NULL);
  g_autofree char *locked = g_build_filename (locked_dir, "brief.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) locked_file = g_file_new_for_path (locked);
  g_auto(PpExportOptions) options;
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  init_options (&options, "2025-06-01");
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  /* A document that cannot be made leaves the old file. */
  options.document = PP_DOCUMENT_VENTURE;
  options.venture_id = g_strdup ("no-such-venture");
  g_assert_false (pp_export_to_file (portfolio, PP_EXPORT_FORMAT_PDF, &options, file, NULL,
                                     &error));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  /* A folder that cannot be written to gets no file, and an error. */
  g_assert_cmpint (g_mkdir (locked_dir, 0500), ==, 0);
  if (access (locked_dir, W_OK) == 0)
    g_test_message ("running as root: the folder stays writable");
  else
    {
      pp_export_options_clear (&options);
      init_options (&options, "2025-06-01");
      g_assert_false (pp_export_to_file (portfolio, PP_EXPORT_FORMAT_PDF, &options, locked_file,
                                         NULL, &error));
      g_assert_nonnull (error);
      g_assert_false (g_file_test (locked, G_FILE_TEST_EXISTS));
      g_clear_error (&error);
    }

  /* So does a folder that does not exist. */
  {
    g_autofree char *missing = g_build_filename (dir, "missing", "brief.pdf", NULL);
    g_autoptr(GFile) missing_file = g_file_new_for_path (missing);

    g_assert_false (pp_export_to_file (portfolio, PP_EXPORT_FORMAT_PDF, &options, missing_file,
                                       NULL, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }

  /* A good export replaces the file. */
  pp_export_options_clear (&options);
  init_options (&options, "2025-06-01");
  g_assert_true (pp_export_to_file (portfolio, PP_EXPORT_FORMAT_PDF, &options, file, NULL,
                                    &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_chmod (locked_dir, 0700);
  g_rmdir (locked_dir);
  g_unlink (path);
  g_rmdir (dir);
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;

  if (!pp_export_to_file_finish (result, error) && *error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "failed without an error");
  else if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

/* Exports in a thread and waits; returns the file's contents, or NULL
 * with @error set. */
static char *
export_async (PpPortfolio           *portfolio,
              PpExportFormat         format,
              const PpExportOptions *options,
              GFile                 *file,
              void                 (*meanwhile) (PpPortfolio *portfolio),
              GError               **error)
{
  g_autoptr(GError) outcome = NULL;
  char *contents = NULL;

  pp_export_to_file_async (portfolio, format, options, file, NULL, async_done_cb, &outcome);
  if (meanwhile != NULL)
    meanwhile (portfolio);
  while (outcome == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (!g_error_matches (outcome, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&outcome));
      return NULL;
    }
  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

static void
retitle (PpPortfolio *portfolio)
{
  pp_portfolio_set_title (portfolio, "Changed after the export began");
}

/* Exporting in a thread writes what exporting at once would, of the
 * portfolio as it was when the export began. */
static void
test_async (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pp-test-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "export", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(PpExportOptions) options;
  const PpExportFormat text_formats[] = {
    PP_EXPORT_FORMAT_HTML, PP_EXPORT_FORMAT_MARKDOWN, PP_EXPORT_FORMAT_CSV,
  };

  g_assert_no_error (error);
  init_options (&options, "2025-06-01");
  for (guint i = 0; i < G_N_ELEMENTS (text_formats); i++)
    {
      g_autoptr(GBytes) expected = pp_export_to_bytes (portfolio, text_formats[i], &options,
                                                       &error);
      g_autofree char *contents = export_async (portfolio, text_formats[i], &options, file,
                                                NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (contents, ==, g_bytes_get_data (expected, NULL));
    }

  /* The binary formats, whose files hold the time they were made. */
  {
    g_autofree char *pdf = export_async (portfolio, PP_EXPORT_FORMAT_PDF, &options, file, NULL,
                                         &error);
    g_autofree char *ics = NULL;
    g_autofree char *xlsx = NULL;

    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
    ics = export_async (portfolio, PP_EXPORT_FORMAT_ICS, &options, file, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR"));
    xlsx = export_async (portfolio, PP_EXPORT_FORMAT_XLSX, &options, file, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (xlsx, "PK"));
  }

  /* A change made while the thread works is not in the file. */
  {
    g_autofree char *title = g_strdup (pp_portfolio_get_title (portfolio));
    g_autofree char *contents = export_async (portfolio, PP_EXPORT_FORMAT_MARKDOWN, &options,
                                              file, retitle, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (pp_portfolio_get_title (portfolio), ==, "Changed after the export began");
    g_assert_nonnull (strstr (contents, title));
    g_assert_null (strstr (contents, "Changed after"));
  }

  /* Errors come back through the callback, and leave no file. */
  g_unlink (path);
  g_free (options.venture_id);
  options.document = PP_DOCUMENT_VENTURE;
  options.venture_id = g_strdup ("no-such-venture");
  g_assert_null (export_async (portfolio, PP_EXPORT_FORMAT_PDF, &options, file, NULL, &error));
  g_assert_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

static const PpBlock *
find_block (const PpDocument *document,
            PpBlockKind       kind,
            const char       *text)
{
  for (guint i = 0; i < document->blocks->len; i++)
    {
      const PpBlock *block = g_ptr_array_index (document->blocks, i);

      if (block->kind == kind && (text == NULL || g_strcmp0 (block->text, text) == 0))
        return block;
    }
  return NULL;
}

/* The register marks expired MoUs and overdue follow-ups in words as well. */
static void
test_document_marks (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_auto(PpExportOptions) options;
  g_autoptr(PpDocument) document = NULL;
  const PpBlock *table;
  guint n_rows;

  init_options (&options, "2031-01-01");
  options.document = PP_DOCUMENT_REGISTER;
  document = pp_document_new (portfolio, &options, NULL);
  g_assert_nonnull (document);
  table = find_block (document, PP_BLOCK_TABLE, "MoU register");
  g_assert_nonnull (table);
  n_rows = pp_block_get_n_rows (table);
  g_assert_cmpuint (n_rows, ==, 1 + g_list_model_get_n_items (pp_portfolio_get_mous (portfolio)));
  g_assert_cmpuint (table->marks->len, ==, n_rows - 1);
  g_assert_cmpstr (pp_block_get_cell (table, 0, 0), ==, "Title");
  /* Six of the sample's MoUs expire in 2030; the last has no expiry date
   * but overdue follow-ups. */
  for (guint row = 1; row < n_rows; row++)
    {
      PpMark mark = g_array_index (table->marks, PpMark, row - 1);

      if (mark == PP_MARK_EXPIRED)
        g_assert_nonnull (strstr (pp_block_get_cell (table, row, 2), "xpired"));
      else
        {
          g_assert_cmpint (mark, ==, PP_MARK_OVERDUE);
          g_assert_nonnull (strstr (pp_block_get_cell (table, row, 6), "overdue"));
        }
    }
}

static void
test_empty_portfolio (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_portfolio_new ();
  g_auto(PpExportOptions) options;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;

  init_options (&options, "2025-06-01");
  pdf = export (portfolio, PP_EXPORT_FORMAT_PDF, &options);
  text = pdf_text (pdf, NULL, NULL);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "Untitled portfolio"));
  g_assert_nonnull (strstr (text, "No MoUs or agreements recorded."));
  g_assert_nonnull (strstr (text, "No joint ventures planned yet."));
}

static void
test_names (void)
{
  PpExportFormat format;
  PpDocumentKind kind;
  PpPaper paper;

  for (guint i = 0; i < PP_N_EXPORT_FORMATS; i++)
    {
      g_assert_true (pp_export_format_from_name (pp_export_format_get_name (i), &format));
      g_assert_cmpint (format, ==, i);
    }
  g_assert_true (pp_export_format_from_name ("Markdown", &format));
  g_assert_cmpint (format, ==, PP_EXPORT_FORMAT_MARKDOWN);
  g_assert_false (pp_export_format_from_name ("docx", &format));
  g_assert_true (pp_document_kind_from_name ("register", &kind));
  g_assert_cmpint (kind, ==, PP_DOCUMENT_REGISTER);
  g_assert_false (pp_document_kind_from_name ("novel", &kind));
  g_assert_true (pp_paper_from_name ("Letter", &paper));
  g_assert_cmpint (paper, ==, PP_PAPER_LETTER);
  g_assert_false (pp_paper_from_name ("a3", &paper));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/names", test_names);
  g_test_add_func ("/export/pdf/brief-content", test_brief_content);
  g_test_add_func ("/export/pdf/paper", test_paper);
  g_test_add_func ("/export/pdf/register-pages", test_register_pages);
  g_test_add_func ("/export/pdf/venture", test_venture_document);
  g_test_add_func ("/export/pdf/scripts", test_scripts);
  g_test_add_func ("/export/pdf/empty-portfolio", test_empty_portfolio);
  g_test_add_func ("/export/to-file/atomic", test_atomic);
  g_test_add_func ("/export/to-file/async", test_async);
  g_test_add_func ("/export/document/marks", test_document_marks);

  return g_test_run ();
}
