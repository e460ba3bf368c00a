/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-html.c: the HTML document: well-formed, every data string
 * escaped, a chart for every chart block. Most tests write documents built
 * by hand (pp-test-doc.c), so that they check the writer whatever the
 * builder puts in; the rest export the sample through pp_export_to_bytes().
 * xmllint checks the HTML when it is installed (PP_XMLLINT). */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pp-date.h"
#include "pp-document.h"
#include "pp-test-doc.h"
#include "pp-test-util.h"

/* PP_TEST_HOSTILE, escaped as HTML. */
#define HOSTILE_HTML "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; " \
                     "&apos;single&apos; | pipe<br/>second line"
#define URDU "زرعی تعاون کی مفاہمت کی یادداشت"
#define RUSSIAN "Совместное предприятие по сборке тракторов"

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
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

/* Asserts that @html is well-formed XML, and that the HTML parser finds
 * nothing wrong but the HTML5 and SVG elements it does not know (it
 * predates them). Skips when xmllint is not installed. */
static void
assert_well_formed (const char *html)
{
  g_autofree char *xml_errors = xmllint (html, NULL);
  g_autofree char *html_errors = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) known = g_regex_new ("Tag (header|figure|figcaption|svg|g|text|rect|line|"
                                         "path|circle|title|desc) invalid", 0, 0, NULL);

  if (xml_errors == NULL)
    return;
  g_assert_cmpstr (xml_errors, ==, "");
  html_errors = xmllint (html, "--html");
  lines = g_strsplit (html_errors, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "error") != NULL && !g_regex_match (known, lines[i], 0, NULL))
      g_error ("xmllint --html: %s", lines[i]);
}

static void
test_html_shell (void)
{
  const char *fetched[] = { "<script", "<link", "src=", "href=", "url(", "@import" };
  g_autoptr(PpDocument) document = pp_test_document_new ("Brief & plan");
  g_autofree char *html = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\"><head>"
                                         "<meta charset=\"utf-8\"/>"));
  g_assert_nonnull (strstr (html, "<meta name=\"viewport\" "));
  g_assert_nonnull (strstr (html, "<title>Brief &amp; plan</title><style>"));
  g_assert_nonnull (strstr (html, "@media print{"));
  g_assert_nonnull (strstr (html, "thead{display:table-header-group}"));
  g_assert_nonnull (strstr (html, "hr.page-break{page-break-before:always;"));
  g_assert_true (g_str_has_suffix (html, "</body></html>\n"));
  /* Self-contained: nothing fetched, nothing run. */
  for (guint i = 0; i < G_N_ELEMENTS (fetched); i++)
    g_assert_null (strstr (html, fetched[i]));
}

/* The document says its language, and that Urdu reads right to left. */
static void
test_html_language (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new (URDU);
  g_autofree char *html = NULL;
  g_autofree char *russian = NULL;

  g_free (document->language);
  document->language = g_strdup ("ur");
  g_assert_true (pp_document_is_rtl (document));
  html = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"ur\" dir=\"rtl\"><head>"));

  g_free (document->language);
  document->language = g_strdup ("ru-RU");
  g_assert_false (pp_document_is_rtl (document));
  russian = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_true (g_str_has_prefix (russian, "<!DOCTYPE html>\n<html lang=\"ru-RU\"><head>"));
}

static void
test_html_well_formed (void)
{
  g_autoptr(PpDocument) document = pp_test_hostile_document ();
  g_autofree char *html = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);

  assert_well_formed (html);
}

/* Every string of the data comes out escaped, attributes included. */
static void
test_html_escapes (void)
{
  g_autoptr(PpDocument) document = pp_test_hostile_document ();
  g_autofree char *html = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);

  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "onload"));
  g_assert_null (strstr (html, "\"quoted\""));
  g_assert_null (strstr (html, "'single'"));
  /* The title, the cover's four texts, the heading, the paragraph, two
   * facts, two headers and a cell, the caption of the table and the
   * figcaptions of the two charts. */
  g_assert_cmpuint (count (html, HOSTILE_HTML), >=, 16);
  g_assert_nonnull (strstr (html, " id=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                                  "&quot;quoted&quot; &apos;single&apos; | pipe\nsecond line\""));
  g_assert_nonnull (strstr (html, " aria-label=\"&lt;script&gt;"));
}

/* Only #rrggbb colours reach an attribute; others give the default. */
static void
test_html_hostile_colour (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new ("Colours");
  PpBlock *bars = pp_test_add_block (document, PP_BLOCK_BARS, "Bars");
  g_autofree char *html = NULL;

  pp_test_add_bar (bars, "a", "red\" onload=\"x", 1, -1);
  pp_test_add_bar (bars, "b", "#12345g", 2, -1);
  pp_test_add_bar (bars, "c", "#abc", 3, -1);
  pp_test_add_bar (bars, "d", "#A1b2C3", 4, -1);
  pp_test_add_bar (bars, "e", NULL, 5, -1);
  html = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_null (strstr (html, "onload"));
  g_assert_null (strstr (html, "#12345g"));
  g_assert_null (strstr (html, "\"#abc\""));
  g_assert_cmpuint (count (html, "fill=\"#A1b2C3\""), ==, 1);
  g_assert_cmpuint (count (html, "height=\"12\" fill=\"#1c3f6e\""), ==, 4);
}

static void
test_html_line_breaks (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new ("Lines");
  g_autofree char *html = NULL;

  pp_test_add_block (document, PP_BLOCK_PARAGRAPH, "First line\nsecond line");
  html = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_nonnull (strstr (html, "<p dir=\"auto\">First line<br/>second line</p>"));
}

/* Right-to-left and Cyrillic text pass through as they are, in elements
 * that find their direction from their text. */
static void
test_html_scripts_by_hand (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new (URDU);
  const char *cells[] = { "Title", URDU, RUSSIAN, NULL };
  g_autofree char *html = NULL;

  pp_test_add_block (document, PP_BLOCK_HEADING, URDU);
  pp_test_add_block (document, PP_BLOCK_PARAGRAPH, RUSSIAN);
  pp_test_add_cells (document, PP_BLOCK_TABLE, 1, cells);
  html = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_nonnull (strstr (html, "<title>" URDU "</title>"));
  g_assert_nonnull (strstr (html, "<h2 dir=\"auto\">" URDU "</h2>"));
  g_assert_nonnull (strstr (html, "<p dir=\"auto\">" RUSSIAN "</p>"));
  g_assert_nonnull (strstr (html, "<td dir=\"auto\">" URDU "</td>"));
}

/* Each chart is an SVG named for screen readers and described in text;
 * a timeline with no date says so instead. */
static void
test_html_svg_per_chart (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new ("Charts");
  g_autofree char *html = NULL;
  guint n_svg = 0;

  pp_test_add_bar (pp_test_add_block (document, PP_BLOCK_BARS, "Jobs by sector"),
                   "Agriculture", NULL, 3, -1);
  pp_test_add_bar (pp_test_add_block (document, PP_BLOCK_BARS, "MoUs by sector"),
                   "Defence", NULL, 2, -1);
  pp_test_add_marker (pp_test_add_timeline (document, "Timeline"),
                      "Survey", "2026-03-31", PP_MARK_NONE);
  pp_test_add_block (document, PP_BLOCK_TIMELINE, "Undated");
  html = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);
  for (const char *p = html; (p = strstr (p, "<svg ")) != NULL; p++)
    {
      n_svg++;
      g_assert_true (g_regex_match_simple ("^<svg [^>]*role=\"img\" [^>]*aria-label=\"[^\"]+\">"
                                           "<title>[^<]+</title><desc>[^<]+</desc>", p, 0, 0));
    }
  g_assert_cmpuint (n_svg, ==, 3);
  g_assert_cmpuint (count (html, "</svg></figure>"), ==, 3);
  g_assert_nonnull (strstr (html, "<desc>Agriculture: Agriculture of 10</desc>"));
  g_assert_nonnull (strstr (html, "Undated: no dates to show."));
  assert_well_formed (html);
}

/* A tick where progress should be, only when the bar has one; no "nan"
 * from a value that is not a number. */
/* The x of the first marker drawn after @from. */
static double
marker_x (const char *from)
{
  const char *path = strstr (from, "<path");
  const char *m = path != NULL ? strstr (path, "M") : NULL;

  g_assert_nonnull (m);
  return g_ascii_strtod (m + 1, NULL);
}

static void
test_html_bars_expected (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new ("Bars");
  PpBlock *bars = pp_test_add_block (document, PP_BLOCK_BARS, "Commitments");
  g_autofree char *html = NULL;

  pp_test_add_bar (bars, "Workers", NULL, 2, 5);
  pp_test_add_bar (bars, "Buses", NULL, 2, -1);
  pp_test_add_bar (bars, "Broken", NULL, NAN, NAN);
  html = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_cmpuint (count (html, "<line class=\"expected\" x1=\"320.0\""), ==, 1);
  g_assert_cmpuint (count (html, "class=\"expected\""), ==, 1);
  g_assert_null (strstr (html, "nan"));
}

/* Right to left the charts are mirrored, as in the window: the labels
 * stand at the right edge and run leftwards, the bars grow from the right,
 * and a later date lies further left. */
static void
test_html_charts_mirrored (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new ("Mirrored");
  PpBlock *bars = pp_test_add_block (document, PP_BLOCK_BARS, "Commitments");
  PpBlock *timeline = pp_test_add_timeline (document, "Timeline");
  g_autofree char *ltr = NULL;
  g_autofree char *rtl = NULL;
  const char *early, *late;

  pp_test_add_bar (bars, "Workers", NULL, 2, 3);
  pp_test_add_marker (timeline, "Survey", "2026-03-31", PP_MARK_OVERDUE);
  pp_test_add_marker (timeline, "Build", "2027-06-30", PP_MARK_NONE);
  ltr = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_null (strstr (ltr, "direction=\"rtl\""));
  g_assert_nonnull (strstr (ltr, "<text x=\"0\" y=\"15.0\">Workers</text>"));
  g_assert_nonnull (strstr (ltr, "<rect x=\"210\" y=\"4.0\" width=\"44.0\""));
  g_assert_nonnull (strstr (ltr, "<line class=\"expected\" x1=\"276.0\""));

  g_free (document->language);
  document->language = g_strdup ("ur");
  rtl = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);
  assert_well_formed (rtl);
  g_assert_cmpuint (count (rtl, "direction=\"rtl\""), ==, 2);
  g_assert_nonnull (strstr (rtl, "<text x=\"640\" y=\"15.0\">Workers</text>"));
  /* 640 - 210 - 44: the filled part ends where the labels begin. */
  g_assert_nonnull (strstr (rtl, "<rect x=\"386.0\" y=\"4.0\" width=\"44.0\""));
  g_assert_nonnull (strstr (rtl, "<line class=\"expected\" x1=\"364.0\""));
  early = strstr (rtl, "<title>Survey");
  late = strstr (rtl, "<title>Build");
  g_assert_nonnull (early);
  g_assert_nonnull (late);
  g_assert_cmpfloat (marker_x (late), <, marker_x (early));
}

/* States differ in shape, not only in colour, and are said in words. */
static void
test_html_timeline_shapes (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new ("Timeline");
  PpBlock *timeline = pp_test_add_timeline (document, "Timeline");
  g_autofree char *html = NULL;

  pp_test_add_marker (timeline, "Survey", "2026-03-31", PP_MARK_OVERDUE);
  pp_test_add_marker (timeline, "Sign", "2026-06-30", PP_MARK_DONE);
  pp_test_add_marker (timeline, "Build", "2027-06-30", PP_MARK_NONE);
  html = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_cmpuint (count (html, "<rect class=\"span\" "), ==, 1);
  g_assert_cmpuint (count (html, "<line class=\"today\" "), ==, 1);
  /* One of each in the chart, and one of each in its legend. */
  g_assert_cmpuint (count (html, "<path class=\"late\" "), ==, 2);
  g_assert_cmpuint (count (html, "<circle "), ==, 2);
  g_assert_nonnull (strstr (html, "<title>Survey, 31 March 2026 (Overdue)</title>"));
  g_assert_nonnull (strstr (html, "Sign, 30 June 2026 (Done)"));
  g_assert_nonnull (strstr (html, ">Overdue</text>"));
}

/* An overdue or expired row says so in a badge as well as in its style. */
static void
test_html_marked_rows (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new ("Rows");
  const char *cells[] = { "Title", "Due", "A", "1", "B", "2", "C", "3", "D", "4", NULL };
  PpBlock *table = pp_test_add_cells (document, PP_BLOCK_TABLE, 2, cells);
  g_autofree char *html = NULL;

  pp_test_set_mark (table, 0, PP_MARK_OVERDUE);
  pp_test_set_mark (table, 1, PP_MARK_EXPIRED);
  pp_test_set_mark (table, 3, PP_MARK_DONE);
  html = pp_test_write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_nonnull (strstr (html, "<tr class=\"mark-overdue\"><td dir=\"auto\">A"
                                  "<span class=\"badge\">Overdue</span></td>"));
  g_assert_nonnull (strstr (html, "<tr class=\"mark-expired\"><td dir=\"auto\">B"
                                  "<span class=\"badge\">Expired</span></td>"));
  g_assert_nonnull (strstr (html, "<tr><td dir=\"auto\">C</td>"));
  g_assert_nonnull (strstr (html, "<tr class=\"mark-done\"><td dir=\"auto\">D</td>"));
  g_assert_nonnull (strstr (html, "<thead><tr><th scope=\"col\" dir=\"auto\">Title</th>"));
  g_assert_nonnull (strstr (html, "<col style=\"width:50%\"/>"));
}

/* The sample with hostile text in an MoU and a sector's colour, exported
 * through pp_export_to_bytes(), is well-formed. */
static void
test_html_portfolio_well_formed (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_hostile ();
  g_autofree char *html = pp_test_export_text (portfolio, PP_EXPORT_FORMAT_HTML);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "\"><b>x"));
  g_assert_nonnull (strstr (html, HOSTILE_HTML));
  assert_well_formed (html);
}

/* The sample's brief, through pp_export_to_bytes(): its title, every
 * MoU's, and an SVG for each chart block. */
static void
test_html_content (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autofree char *html = pp_test_export_text (portfolio, PP_EXPORT_FORMAT_HTML);
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
  g_assert_nonnull (strstr (html, "<title>Pakistan–Belarus Partnership 2025</title>"));
  g_assert_nonnull (strstr (html, "<td dir=\"auto\">Readmission Agreement<"));
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
  g_autofree char *html = pp_test_export_text (portfolio, PP_EXPORT_FORMAT_HTML);

  g_assert_nonnull (strstr (html, "<td dir=\"auto\">" URDU));
  g_assert_nonnull (strstr (html, RUSSIAN));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/html/shell", test_html_shell);
  g_test_add_func ("/export/html/language", test_html_language);
  g_test_add_func ("/export/html/well-formed", test_html_well_formed);
  g_test_add_func ("/export/html/escapes-hostile-text", test_html_escapes);
  g_test_add_func ("/export/html/hostile-colour", test_html_hostile_colour);
  g_test_add_func ("/export/html/line-breaks", test_html_line_breaks);
  g_test_add_func ("/export/html/scripts-by-hand", test_html_scripts_by_hand);
  g_test_add_func ("/export/html/svg-per-chart", test_html_svg_per_chart);
  g_test_add_func ("/export/html/bars-expected", test_html_bars_expected);
  g_test_add_func ("/export/html/timeline-shapes", test_html_timeline_shapes);
  g_test_add_func ("/export/html/charts-mirrored", test_html_charts_mirrored);
  g_test_add_func ("/export/html/marked-rows", test_html_marked_rows);
  g_test_add_func ("/export/html/portfolio-well-formed", test_html_portfolio_well_formed);
  g_test_add_func ("/export/html/content", test_html_content);
  g_test_add_func ("/export/html/scripts", test_html_scripts);

  return g_test_run ();
}
