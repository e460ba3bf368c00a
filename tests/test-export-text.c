/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-text.c: the HTML and Markdown documents: well-formed, every
 * data string escaped, tables that keep their columns. xmllint checks the
 * HTML when it is installed (PP_XMLLINT). */

#include "config.h"

#include <string.h>

#include "pp-date.h"
#include "pp-document.h"
#include "pp-export.h"
#include "pp-portfolio-io.h"
#include "pp-test-util.h"

#define HOSTILE "<script>alert(1)</script> & \"quoted\" 'single' | pipe\nsecond line"

/* The sample with hostile text in an MoU's title and a sector's colour. */
static PpPortfolio *
load_hostile (void)
{
  PpPortfolio *portfolio = pp_test_load_sample ();
  g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 0);
  g_autoptr(PpSector) sector = g_list_model_get_item (pp_portfolio_get_sectors (portfolio), 0);

  pp_mou_set_title (mou, HOSTILE);
  /* Seven characters that start with "#", as the setter requires. */
  pp_sector_set_color (sector, "#\"><b>x");
  return portfolio;
}

static char *
export_text (PpPortfolio    *portfolio,
             PpExportFormat  format)
{
  PpExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  pp_export_options_init (&options);
  g_assert_true (pp_date_parse ("2026-11-28", &options.today, NULL));
  bytes = pp_export_to_bytes (portfolio, format, &options, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Runs xmllint on @text, as HTML when @mode is "--html"; returns what it
 * says is wrong, or NULL when xmllint is not installed. */
static char *
xmllint (const char *text,
         const char *mode)
{
  const char *html[] = { "--noout", "--html", "{}", NULL };
  const char *xml[] = { "--noout", "{}", NULL };

  return pp_test_run_reader ("xmllint", mode != NULL ? html : xml, text, strlen (text), TRUE);
}

/* The HTML is well-formed XML, and the HTML parser finds nothing wrong but
 * the HTML5 and SVG elements it does not know (it predates them). */
static void
test_html_well_formed (void)
{
  g_autoptr(PpPortfolio) portfolio = load_hostile ();
  g_autofree char *html = export_text (portfolio, PP_EXPORT_FORMAT_HTML);
  g_autofree char *xml_errors = xmllint (html, NULL);
  g_autofree char *html_errors = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) known = g_regex_new ("Tag (header|figure|figcaption|svg|g|text|rect|line|"
                                         "path|circle|title) invalid", 0, 0, NULL);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  if (xml_errors == NULL)
    return;
  g_assert_cmpstr (xml_errors, ==, "");

  html_errors = xmllint (html, "--html");
  lines = g_strsplit (html_errors, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "parser error") != NULL && !g_regex_match (known, lines[i], 0, NULL))
      g_error ("xmllint --html: %s", lines[i]);
}

static void
test_html_escapes (void)
{
  g_autoptr(PpPortfolio) portfolio = load_hostile ();
  g_autofree char *html = export_text (portfolio, PP_EXPORT_FORMAT_HTML);

  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "\"><b>x"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; "
                                  "&apos;single&apos; | pipe<br/>second line"));
  /* No scripts and nothing fetched from elsewhere. */
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "href="));
}

static void
test_html_content (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autofree char *html = export_text (portfolio, PP_EXPORT_FORMAT_HTML);
  GListModel *mous = pp_portfolio_get_mous (portfolio);
  PpExportOptions options;
  g_autoptr(PpDocument) document = NULL;
  guint n_charts = 0, n_svg = 0;

  for (guint i = 0; i < g_list_model_get_n_items (mous); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (mous, i);
      g_autofree char *title = g_markup_escape_text (pp_mou_get_title (mou), -1);

      g_assert_nonnull (strstr (html, title));
    }
  g_assert_nonnull (strstr (html, "Send 150,000 skilled Pakistani workers to Belarus"));

  /* An inline SVG for each chart and timeline, named for screen readers. */
  pp_export_options_init (&options);
  g_assert_true (pp_date_parse ("2026-11-28", &options.today, NULL));
  document = pp_document_new (portfolio, &options, NULL);
  for (guint i = 0; i < document->blocks->len; i++)
    {
      PpBlock *block = g_ptr_array_index (document->blocks, i);

      n_charts += block->kind == PP_BLOCK_BARS || block->kind == PP_BLOCK_TIMELINE;
    }
  for (const char *p = html; (p = strstr (p, "<svg ")) != NULL; p++)
    {
      n_svg++;
      g_assert_nonnull (strstr (p, "role=\"img\" "));
    }
  g_assert_cmpuint (n_charts, >=, 6);
  g_assert_cmpuint (n_svg, ==, n_charts);
}

static void
test_html_scripts (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_fixture ("export-scripts.json");
  g_autofree char *html = export_text (portfolio, PP_EXPORT_FORMAT_HTML);
  g_assert_nonnull (strstr (html, "<td dir=\"auto\">زرعی تعاون کی مفاہمت کی یادداشت"));
  g_assert_nonnull (strstr (html, "Совместное предприятие по сборке тракторов"));
}

/* Counts the pipes of a table line that are not escaped. */
static guint
count_pipes (const char *line)
{
  guint n = 0;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '|')
        n++;
    }
  return n;
}

/* Every line of a table has the columns of its header, even with a pipe
 * and a line break in a title. */
static void
test_markdown_tables (void)
{
  g_autoptr(PpPortfolio) portfolio = load_hostile ();
  g_autofree char *markdown = export_text (portfolio, PP_EXPORT_FORMAT_MARKDOWN);
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  guint columns = 0, n_tables = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] != '|')
        {
          columns = 0;
          continue;
        }
      if (columns == 0)
        {
          columns = count_pipes (lines[i]);
          n_tables++;
          g_assert_true (g_str_has_prefix (lines[i + 1], "| ---"));
          g_assert_cmpuint (count_pipes (lines[i + 1]), ==, columns);
        }
      g_assert_cmpuint (count_pipes (lines[i]), ==, columns);
    }
  g_assert_cmpuint (n_tables, >=, 10);
  g_assert_nonnull (strstr (markdown, "| \\<script\\>alert(1)\\</script\\> & \"quoted\" 'single' "
                                      "\\| pipe<br>second line |"));
}

static void
test_markdown_escapes (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autoptr(PpMou) mou = g_list_model_get_item (pp_portfolio_get_mous (portfolio), 0);
  g_autofree char *markdown = NULL;

  pp_portfolio_set_description (portfolio, "# Not a heading\n- not a list\n1. not numbered\n"
                                           "*not bold* _nor this_ [no link](x) `no code` &copy;");
  pp_mou_set_title (mou, "Plain title, 150,000 workers (2025).");
  markdown = export_text (portfolio, PP_EXPORT_FORMAT_MARKDOWN);
  g_assert_true (g_str_has_prefix (markdown, "# Pakistan–Belarus Partnership 2025\n\n"));
  g_assert_nonnull (strstr (markdown, "\\# Not a heading  \n\\- not a list  \n1\\. not numbered  \n"
                                      "\\*not bold\\* \\_nor this\\_ \\[no link\\](x) "
                                      "\\`no code\\` \\&copy;"));
  /* Ordinary punctuation is left as it is. */
  g_assert_nonnull (strstr (markdown, "| Plain title, 150,000 workers (2025). |"));
  g_assert_nonnull (strstr (markdown, "\n## MoU register\n"));
  g_assert_nonnull (strstr (markdown, "\n### Electric bus manufacturing\n"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/html/well-formed", test_html_well_formed);
  g_test_add_func ("/export/html/escapes-hostile-text", test_html_escapes);
  g_test_add_func ("/export/html/content", test_html_content);
  g_test_add_func ("/export/html/scripts", test_html_scripts);
  g_test_add_func ("/export/markdown/tables", test_markdown_tables);
  g_test_add_func ("/export/markdown/escapes", test_markdown_escapes);

  return g_test_run ();
}
