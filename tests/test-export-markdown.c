/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-markdown.c: the Markdown document: every data string
 * escaped, tables that keep their columns, charts told in words. Most
 * tests write documents built by hand (pp-test-doc.c), so that they check
 * the writer whatever the builder puts in; the rest export the sample
 * through pp_export_to_bytes(). */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pp-document.h"
#include "pp-test-doc.h"
#include "pp-test-util.h"

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
  g_autoptr(PpDocument) document = pp_test_hostile_document ();
  const char *cells[] = { "A | B", "C\\", "line\nbreak", "- not a list\n2. nor this", NULL };
  g_autofree char *markdown = NULL;

  pp_test_add_cells (document, PP_BLOCK_TABLE, 2, cells);
  markdown = pp_test_write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
  g_assert_cmpuint (assert_tables_keep_columns (markdown), ==, 3);
  g_assert_nonnull (strstr (markdown, "| A \\| B | C\\\\ |\n| --- | --- |\n"
                                      "| line<br>break | \\- not a list<br>2\\. nor this |\n"));
}

static void
test_markdown_heading_levels (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new ("Levels");
  g_autofree char *markdown = NULL;

  pp_test_add_block (document, PP_BLOCK_COVER, "Brief");
  for (int level = 1; level <= 3; level++)
    pp_test_add_block (document, PP_BLOCK_HEADING, "Part #2 #")->level = level;
  markdown = pp_test_write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
  /* A '#' is escaped anywhere in a heading, where a last one would close it. */
  g_assert_cmpstr (markdown, ==, "# Brief\n\n## Part \\#2 \\#\n\n### Part \\#2 \\#\n\n"
                                 "#### Part \\#2 \\#\n\n");
}

/* What would change the meaning of text is escaped, and only that. */
static void
test_markdown_escapes_by_hand (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new ("Escapes");
  g_autofree char *markdown = NULL;

  pp_test_add_block (document, PP_BLOCK_PARAGRAPH,
             "a\\b *c* _d_ [e](f) <g> `h` ~i~ &amp; & j # k | l - m 1. n\n"
             "# x\n- x\n+ x\n12) x\n> x\n=\n    indented code\n  - indented list");
  markdown = pp_test_write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
  g_assert_cmpstr (markdown, ==,
                   "a\\\\b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\~i\\~ \\&amp; & j # k "
                   "\\| l - m 1. n  \n\\# x  \n\\- x  \n\\+ x  \n12\\) x  \n\\> x  \n\\=  \n"
                   "indented code  \n\\- indented list\n\n");
}

static void
test_markdown_facts (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new ("Facts");
  const char *cells[] = { "Budget", "USD 15,000,000", "Jobs", "350", NULL };
  g_autofree char *markdown = NULL;

  pp_test_add_cells (document, PP_BLOCK_FACTS, 2, cells);
  markdown = pp_test_write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
  g_assert_cmpstr (markdown, ==, "| | |\n| --- | --- |\n| **Budget** | USD 15,000,000 |\n"
                                 "| **Jobs** | 350 |\n\n");
}

/* Bars and timelines as lists that say everything in words. */
static void
test_markdown_charts (void)
{
  g_autoptr(PpDocument) document = pp_test_document_new ("Charts");
  PpBlock *bars = pp_test_add_block (document, PP_BLOCK_BARS, "Jobs by sector");
  PpBlock *timeline = pp_test_add_timeline (document, "Timeline");
  g_autofree char *markdown = NULL;

  pp_test_add_bar (bars, "Agriculture", NULL, 5, -1);
  pp_test_add_bar (bars, "Broken", NULL, NAN, -1);
  pp_test_add_marker (timeline, "Survey", "2026-03-31", PP_MARK_OVERDUE);
  pp_test_add_marker (timeline, "Sign", "2026-06-30", PP_MARK_DONE);
  pp_test_add_marker (timeline, "Build", "2027-06-30", PP_MARK_NONE);
  markdown = pp_test_write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
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
  g_autoptr(PpDocument) document = pp_test_document_new ("Breaks");
  g_autofree char *markdown = NULL;

  pp_test_add_block (document, PP_BLOCK_PARAGRAPH, "Text");
  pp_test_add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
  pp_test_add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
  markdown = pp_test_write_document (document, PP_EXPORT_FORMAT_MARKDOWN);
  g_assert_cmpstr (markdown, ==, "Text\n\n---\n\n---\n\n");
}

/* The sample's tables, exported through pp_export_to_bytes() with hostile
 * text in an MoU's title, keep their columns. */
static void
test_markdown_tables (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_hostile ();
  g_autofree char *markdown = pp_test_export_text (portfolio, PP_EXPORT_FORMAT_MARKDOWN);

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
  markdown = pp_test_export_text (portfolio, PP_EXPORT_FORMAT_MARKDOWN);
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
  g_autofree char *markdown = pp_test_export_text (portfolio, PP_EXPORT_FORMAT_MARKDOWN);

  g_assert_true (g_str_has_prefix (markdown, "# Pakistan–Belarus Partnership 2025\n\n"));
  g_assert_nonnull (strstr (markdown, "\n## MoU register\n"));
  g_assert_nonnull (strstr (markdown, "\n| Readmission Agreement | "));
  g_assert_nonnull (strstr (markdown, "\n### Electric bus manufacturing\n"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

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
