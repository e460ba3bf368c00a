/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-text.c: the HTML and Markdown documents: well-formed, every
 * data string escaped, tables that keep their columns, a chart for every
 * chart block. Most tests write documents built here by hand, so that they
 * check the writers whatever the builder puts in; the rest export the
 * sample through pp_export_to_bytes(). xmllint checks the HTML when it is
 * installed (PP_XMLLINT). */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pp-date.h"
#include "pp-document.h"
#include "pp-export-private.h"
#include "pp-portfolio-io.h"
#include "pp-test-util.h"

#define HOSTILE "<script>alert(1)</script> & \"quoted\" 'single' | pipe\nsecond line"
#define HOSTILE_HTML "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; " \
                     "&apos;single&apos; | pipe<br/>second line"
#define URDU "زرعی تعاون کی مفاہمت کی یادداشت"
#define RUSSIAN "Совместное предприятие по сборке тракторов"

/* Documents built by hand; they own everything they point to. */

static void
bar_free (gpointer data)
{
  PpBar *bar = data;

  g_free (bar->label);
  g_free (bar->caption);
  g_free (bar->color);
  g_free (bar);
}

static void
marker_clear (gpointer data)
{
  g_free (((PpTimelineMarker *) data)->label);
}

static void
block_free (gpointer data)
{
  PpBlock *block = data;

  g_free (block->text);
  g_free (block->subtitle);
  g_free (block->body);
  g_free (block->note);
  g_free (block->anchor);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_clear_pointer (&block->widths, g_array_unref);
  g_clear_pointer (&block->marks, g_array_unref);
  g_clear_pointer (&block->bars, g_ptr_array_unref);
  g_clear_pointer (&block->markers, g_array_unref);
  g_free (block);
}

static PpDocument *
document_new (const char *title)
{
  PpDocument *document = g_new0 (PpDocument, 1);

  document->title = g_strdup (title);
  document->language = g_strdup ("en");
  g_date_clear (&document->today, 1);
  g_date_set_dmy (&document->today, 28, G_DATE_NOVEMBER, 2026);
  document->blocks = g_ptr_array_new_with_free_func (block_free);
  return document;
}

static PpBlock *
add_block (PpDocument  *document,
           PpBlockKind  kind,
           const char  *text)
{
  PpBlock *block = g_new0 (PpBlock, 1);

  block->kind = kind;
  block->level = 1;
  block->text = g_strdup (text);
  g_date_clear (&block->start, 1);
  g_date_clear (&block->end, 1);
  block->bars = g_ptr_array_new_with_free_func (bar_free);
  block->markers = g_array_new (FALSE, TRUE, sizeof (PpTimelineMarker));
  g_array_set_clear_func (block->markers, marker_clear);
  g_ptr_array_add (document->blocks, block);
  return block;
}

/* A table (its header row first) or a fact list, from NULL-terminated
 * @cells; every body row of a table is unmarked until set_mark(). */
static PpBlock *
add_cells (PpDocument         *document,
           PpBlockKind         kind,
           guint               n_columns,
           const char * const *cells)
{
  PpBlock *block = add_block (document, kind, kind == PP_BLOCK_TABLE ? "Caption" : NULL);
  PpMark none = PP_MARK_NONE;

  block->n_columns = n_columns;
  block->cells = g_ptr_array_new_with_free_func (g_free);
  block->widths = g_array_new (FALSE, FALSE, sizeof (double));
  block->marks = g_array_new (FALSE, FALSE, sizeof (PpMark));
  for (guint i = 0; cells[i] != NULL; i++)
    g_ptr_array_add (block->cells, g_strdup (cells[i]));
  for (guint i = 0; i < n_columns; i++)
    g_array_append_vals (block->widths, (double[]) { 1.0 / n_columns }, 1);
  for (guint i = kind == PP_BLOCK_TABLE ? 1 : 0; i < pp_block_get_n_rows (block); i++)
    g_array_append_val (block->marks, none);
  return block;
}

static void
set_mark (PpBlock *table,
          guint    body_row,
          PpMark   mark)
{
  g_array_index (table->marks, PpMark, body_row) = mark;
}

static void
add_bar (PpBlock    *block,
         const char *label,
         const char *color,
         double      value,
         double      expected)
{
  PpBar *bar = g_new0 (PpBar, 1);

  bar->label = g_strdup (label);
  bar->caption = g_strdup_printf ("%s of 10", label);
  bar->color = g_strdup (color);
  bar->value = value;
  bar->max = 10;
  bar->expected = expected;
  g_ptr_array_add (block->bars, bar);
}

static void
add_marker (PpBlock    *block,
            const char *label,
            const char *date,
            PpMark      mark)
{
  PpTimelineMarker marker = { g_strdup (label), { 0 }, mark };

  g_assert_true (pp_date_parse (date, &marker.date, NULL));
  g_array_append_val (block->markers, marker);
}

/* A timeline from 1 January 2026 to 31 December 2027, today inside it. */
static PpBlock *
add_timeline (PpDocument *document,
              const char *caption)
{
  PpBlock *block = add_block (document, PP_BLOCK_TIMELINE, caption);

  g_date_set_dmy (&block->start, 1, G_DATE_JANUARY, 2026);
  g_date_set_dmy (&block->end, 31, G_DATE_DECEMBER, 2027);
  return block;
}

/* Every kind of block, with hostile text in every string of the data. */
static PpDocument *
hostile_document (void)
{
  PpDocument *document = document_new (HOSTILE);
  PpBlock *block = add_block (document, PP_BLOCK_COVER, HOSTILE);
  const char *cells[] = { HOSTILE, HOSTILE, HOSTILE, HOSTILE, NULL };

  block->subtitle = g_strdup (HOSTILE);
  block->body = g_strdup (HOSTILE);
  block->note = g_strdup (HOSTILE);
  add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
  block = add_block (document, PP_BLOCK_HEADING, HOSTILE);
  block->anchor = g_strdup (HOSTILE);
  add_block (document, PP_BLOCK_PARAGRAPH, HOSTILE)->style = PP_STYLE_WARNING;
  add_cells (document, PP_BLOCK_FACTS, 2, cells);
  block = add_cells (document, PP_BLOCK_TABLE, 2, cells);
  g_free (block->text);
  block->text = g_strdup (HOSTILE);
  set_mark (block, 0, PP_MARK_OVERDUE);
  block = add_block (document, PP_BLOCK_BARS, HOSTILE);
  add_bar (block, HOSTILE, "red\" onload=\"x", 5, 7);
  block = add_timeline (document, HOSTILE);
  add_marker (block, HOSTILE, "2026-03-31", PP_MARK_OVERDUE);
  return document;
}

static char *
write_document (const PpDocument *document,
                PpExportFormat    format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (format == PP_EXPORT_FORMAT_HTML)
    bytes = pp_export_html (document, &error);
  else
    bytes = pp_export_markdown (document, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

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
  g_autoptr(PpDocument) document = document_new ("Brief & plan");
  g_autofree char *html = write_document (document, PP_EXPORT_FORMAT_HTML);

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

static void
test_html_well_formed (void)
{
  g_autoptr(PpDocument) document = hostile_document ();
  g_autofree char *html = write_document (document, PP_EXPORT_FORMAT_HTML);

  assert_well_formed (html);
}

/* Every string of the data comes out escaped, attributes included. */
static void
test_html_escapes (void)
{
  g_autoptr(PpDocument) document = hostile_document ();
  g_autofree char *html = write_document (document, PP_EXPORT_FORMAT_HTML);

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
  g_autoptr(PpDocument) document = document_new ("Colours");
  PpBlock *bars = add_block (document, PP_BLOCK_BARS, "Bars");
  g_autofree char *html = NULL;

  add_bar (bars, "a", "red\" onload=\"x", 1, -1);
  add_bar (bars, "b", "#12345g", 2, -1);
  add_bar (bars, "c", "#abc", 3, -1);
  add_bar (bars, "d", "#A1b2C3", 4, -1);
  add_bar (bars, "e", NULL, 5, -1);
  html = write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_null (strstr (html, "onload"));
  g_assert_null (strstr (html, "#12345g"));
  g_assert_null (strstr (html, "\"#abc\""));
  g_assert_cmpuint (count (html, "fill=\"#A1b2C3\""), ==, 1);
  g_assert_cmpuint (count (html, "height=\"12\" fill=\"#1c3f6e\""), ==, 4);
}

static void
test_html_line_breaks (void)
{
  g_autoptr(PpDocument) document = document_new ("Lines");
  g_autofree char *html = NULL;

  add_block (document, PP_BLOCK_PARAGRAPH, "First line\nsecond line");
  html = write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_nonnull (strstr (html, "<p dir=\"auto\">First line<br/>second line</p>"));
}

/* Right-to-left and Cyrillic text pass through as they are, in elements
 * that find their direction from their text. */
static void
test_html_scripts_by_hand (void)
{
  g_autoptr(PpDocument) document = document_new (URDU);
  const char *cells[] = { "Title", URDU, RUSSIAN, NULL };
  g_autofree char *html = NULL;

  add_block (document, PP_BLOCK_HEADING, URDU);
  add_block (document, PP_BLOCK_PARAGRAPH, RUSSIAN);
  add_cells (document, PP_BLOCK_TABLE, 1, cells);
  html = write_document (document, PP_EXPORT_FORMAT_HTML);
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
  g_autoptr(PpDocument) document = document_new ("Charts");
  g_autofree char *html = NULL;
  guint n_svg = 0;

  add_bar (add_block (document, PP_BLOCK_BARS, "Jobs by sector"), "Agriculture", NULL, 3, -1);
  add_bar (add_block (document, PP_BLOCK_BARS, "MoUs by sector"), "Defence", NULL, 2, -1);
  add_marker (add_timeline (document, "Timeline"), "Survey", "2026-03-31", PP_MARK_NONE);
  add_block (document, PP_BLOCK_TIMELINE, "Undated");
  html = write_document (document, PP_EXPORT_FORMAT_HTML);
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
static void
test_html_bars_expected (void)
{
  g_autoptr(PpDocument) document = document_new ("Bars");
  PpBlock *bars = add_block (document, PP_BLOCK_BARS, "Commitments");
  g_autofree char *html = NULL;

  add_bar (bars, "Workers", NULL, 2, 5);
  add_bar (bars, "Buses", NULL, 2, -1);
  add_bar (bars, "Broken", NULL, NAN, NAN);
  html = write_document (document, PP_EXPORT_FORMAT_HTML);
  g_assert_cmpuint (count (html, "<line class=\"expected\" x1=\"320.0\""), ==, 1);
  g_assert_cmpuint (count (html, "class=\"expected\""), ==, 1);
  g_assert_null (strstr (html, "nan"));
}

/* States differ in shape, not only in colour, and are said in words. */
static void
test_html_timeline_shapes (void)
{
  g_autoptr(PpDocument) document = document_new ("Timeline");
  PpBlock *timeline = add_timeline (document, "Timeline");
  g_autofree char *html = NULL;

  add_marker (timeline, "Survey", "2026-03-31", PP_MARK_OVERDUE);
  add_marker (timeline, "Sign", "2026-06-30", PP_MARK_DONE);
  add_marker (timeline, "Build", "2027-06-30", PP_MARK_NONE);
  html = write_document (document, PP_EXPORT_FORMAT_HTML);
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
  g_autoptr(PpDocument) document = document_new ("Rows");
  const char *cells[] = { "Title", "Due", "A", "1", "B", "2", "C", "3", "D", "4", NULL };
  PpBlock *table = add_cells (document, PP_BLOCK_TABLE, 2, cells);
  g_autofree char *html = NULL;

  set_mark (table, 0, PP_MARK_OVERDUE);
  set_mark (table, 1, PP_MARK_EXPIRED);
  set_mark (table, 3, PP_MARK_DONE);
  html = write_document (document, PP_EXPORT_FORMAT_HTML);
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
  g_autoptr(PpPortfolio) portfolio = load_hostile ();
  g_autofree char *html = export_text (portfolio, PP_EXPORT_FORMAT_HTML);

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
  g_autofree char *html = export_text (portfolio, PP_EXPORT_FORMAT_HTML);

  g_assert_nonnull (strstr (html, "<td dir=\"auto\">" URDU));
  g_assert_nonnull (strstr (html, RUSSIAN));
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

/* Asserts that every line of each table in @markdown has the columns of
 * its header, and returns how many tables there are. */
static guint
assert_tables_keep_columns (const char *markdown)
{
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
  return n_tables;
}

/* A pipe, a line break and a backslash in cells keep the columns. */
static void
test_markdown_table_columns (void)
{
  g_autoptr(PpDocument) document = hostile_document ();
  const char *cells[] = { "A | B", "C\\", "line\nbreak", "- not a list\n2. nor this", NULL };
  g_autofree char *markdown = NULL;

  add_cells (document, PP_BLOCK_TABLE, 2, cells);
  markdown = write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
  g_assert_cmpuint (assert_tables_keep_columns (markdown), ==, 3);
  g_assert_nonnull (strstr (markdown, "| A \\| B | C\\\\ |\n| --- | --- |\n"
                                      "| line<br>break | \\- not a list<br>2\\. nor this |\n"));
}

static void
test_markdown_heading_levels (void)
{
  g_autoptr(PpDocument) document = document_new ("Levels");
  g_autofree char *markdown = NULL;

  add_block (document, PP_BLOCK_COVER, "Brief");
  for (int level = 1; level <= 3; level++)
    add_block (document, PP_BLOCK_HEADING, "Part #2 #")->level = level;
  markdown = write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
  /* A '#' is escaped anywhere in a heading, where a last one would close it. */
  g_assert_cmpstr (markdown, ==, "# Brief\n\n## Part \\#2 \\#\n\n### Part \\#2 \\#\n\n"
                                 "#### Part \\#2 \\#\n\n");
}

/* What would change the meaning of text is escaped, and only that. */
static void
test_markdown_escapes_by_hand (void)
{
  g_autoptr(PpDocument) document = document_new ("Escapes");
  g_autofree char *markdown = NULL;

  add_block (document, PP_BLOCK_PARAGRAPH,
             "a\\b *c* _d_ [e](f) <g> `h` ~i~ &amp; & j # k | l - m 1. n\n"
             "# x\n- x\n+ x\n12) x\n> x\n=\n    indented code\n  - indented list");
  markdown = write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
  g_assert_cmpstr (markdown, ==,
                   "a\\\\b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\~i\\~ \\&amp; & j # k "
                   "\\| l - m 1. n  \n\\# x  \n\\- x  \n\\+ x  \n12\\) x  \n\\> x  \n\\=  \n"
                   "indented code  \n\\- indented list\n\n");
}

static void
test_markdown_facts (void)
{
  g_autoptr(PpDocument) document = document_new ("Facts");
  const char *cells[] = { "Budget", "USD 15,000,000", "Jobs", "350", NULL };
  g_autofree char *markdown = NULL;

  add_cells (document, PP_BLOCK_FACTS, 2, cells);
  markdown = write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
  g_assert_cmpstr (markdown, ==, "| | |\n| --- | --- |\n| **Budget** | USD 15,000,000 |\n"
                                 "| **Jobs** | 350 |\n\n");
}

/* Bars and timelines as lists that say everything in words. */
static void
test_markdown_charts (void)
{
  g_autoptr(PpDocument) document = document_new ("Charts");
  PpBlock *bars = add_block (document, PP_BLOCK_BARS, "Jobs by sector");
  PpBlock *timeline = add_timeline (document, "Timeline");
  g_autofree char *markdown = NULL;

  add_bar (bars, "Agriculture", NULL, 5, -1);
  add_bar (bars, "Broken", NULL, NAN, -1);
  add_marker (timeline, "Survey", "2026-03-31", PP_MARK_OVERDUE);
  add_marker (timeline, "Sign", "2026-06-30", PP_MARK_DONE);
  add_marker (timeline, "Build", "2027-06-30", PP_MARK_NONE);
  markdown = write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
  g_assert_cmpstr (markdown, ==,
                   "**Jobs by sector**\n\n"
                   "- Agriculture: `██████████░░░░░░░░░░` Agriculture of 10\n"
                   "- Broken: `░░░░░░░░░░░░░░░░░░░░` Broken of 10\n\n"
                   "**Timeline**\n\n"
                   "- 31 March 2026 ▲ Survey (overdue)\n"
                   "- 30 June 2026 ● Sign (done)\n"
                   "- 30 June 2027 ◆ Build\n\n");
}

/* A page break is a thematic break after a blank line, never the
 * underline of a heading. */
static void
test_markdown_page_break (void)
{
  g_autoptr(PpDocument) document = document_new ("Breaks");
  g_autofree char *markdown = NULL;

  add_block (document, PP_BLOCK_PARAGRAPH, "Text");
  add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
  add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
  markdown = write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
  g_assert_cmpstr (markdown, ==, "Text\n\n---\n\n---\n\n");
}

/* The sample's tables, exported through pp_export_to_bytes() with hostile
 * text in an MoU's title, keep their columns. */
static void
test_markdown_tables (void)
{
  g_autoptr(PpPortfolio) portfolio = load_hostile ();
  g_autofree char *markdown = export_text (portfolio, PP_EXPORT_FORMAT_MARKDOWN);

  g_assert_cmpuint (assert_tables_keep_columns (markdown), >=, 10);
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
  g_assert_nonnull (strstr (markdown, "\\# Not a heading  \n\\- not a list  \n"
                                      "1\\. not numbered  \n\\*not bold\\* \\_nor this\\_ "
                                      "\\[no link\\](x) \\`no code\\` \\&copy;"));
  /* Ordinary punctuation is left as it is. */
  g_assert_nonnull (strstr (markdown, "| Plain title, 150,000 workers (2025). |"));
}

/* The sample's brief has its title, its parts and the MoU register. */
static void
test_markdown_content (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_autofree char *markdown = export_text (portfolio, PP_EXPORT_FORMAT_MARKDOWN);

  g_assert_true (g_str_has_prefix (markdown, "# Pakistan–Belarus Partnership 2025\n\n"));
  g_assert_nonnull (strstr (markdown, "\n## MoU register\n"));
  g_assert_nonnull (strstr (markdown, "\n| Readmission Agreement | "));
  g_assert_nonnull (strstr (markdown, "\n### Electric bus manufacturing\n"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/html/shell", test_html_shell);
  g_test_add_func ("/export/html/well-formed", test_html_well_formed);
  g_test_add_func ("/export/html/escapes-hostile-text", test_html_escapes);
  g_test_add_func ("/export/html/hostile-colour", test_html_hostile_colour);
  g_test_add_func ("/export/html/line-breaks", test_html_line_breaks);
  g_test_add_func ("/export/html/scripts-by-hand", test_html_scripts_by_hand);
  g_test_add_func ("/export/html/svg-per-chart", test_html_svg_per_chart);
  g_test_add_func ("/export/html/bars-expected", test_html_bars_expected);
  g_test_add_func ("/export/html/timeline-shapes", test_html_timeline_shapes);
  g_test_add_func ("/export/html/marked-rows", test_html_marked_rows);
  g_test_add_func ("/export/html/portfolio-well-formed", test_html_portfolio_well_formed);
  g_test_add_func ("/export/html/content", test_html_content);
  g_test_add_func ("/export/html/scripts", test_html_scripts);
  g_test_add_func ("/export/markdown/table-columns", test_markdown_table_columns);
  g_test_add_func ("/export/markdown/heading-levels", test_markdown_heading_levels);
  g_test_add_func ("/export/markdown/escapes-by-hand", test_markdown_escapes_by_hand);
  g_test_add_func ("/export/markdown/facts", test_markdown_facts);
  g_test_add_func ("/export/markdown/charts", test_markdown_charts);
  g_test_add_func ("/export/markdown/page-break", test_markdown_page_break);
  g_test_add_func ("/export/markdown/tables", test_markdown_tables);
  g_test_add_func ("/export/markdown/escapes", test_markdown_escapes);
  g_test_add_func ("/export/markdown/content", test_markdown_content);

  return g_test_run ();
}
