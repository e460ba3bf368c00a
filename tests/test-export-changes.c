/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-changes.c: a brief exported with a baseline opens with what
 * changed since it, in PDF, HTML and Markdown, and its register and
 * timelines mark new and changed items in words. */

#include "config.h"

#include <string.h>

#include "pp-export.h"
#include "pp-portfolio-io.h"
#include "pp-test-util.h"

/* The sample, edited as between two meetings: one MoU expired, one added,
 * a milestone later, progress on the commitment. */
static PpPortfolio *
load_edited (void)
{
  PpPortfolio *portfolio = pp_test_load_sample ();
  PpMou *mou = PP_MOU (pp_portfolio_lookup (portfolio, PP_COLLECTION_MOUS, "commerce"));
  PpVenture *venture = PP_VENTURE (pp_portfolio_lookup (portfolio, PP_COLLECTION_VENTURES,
                                                        "agricultural-yield"));
  PpCommitment *commitment = PP_COMMITMENT (pp_portfolio_lookup (portfolio,
                                                                 PP_COLLECTION_COMMITMENTS,
                                                                 "skilled-workers-150k"));
  g_autoptr(PpMilestone) milestone = g_list_model_get_item (pp_venture_get_milestones (venture),
                                                            2);
  g_autoptr(PpMou) added = pp_mou_new ("tourism");
  g_autoptr(PpProgressEntry) entry = pp_progress_entry_new ();
  GDate date;

  pp_mou_set_status (mou, PP_MOU_STATUS_EXPIRED);
  pp_mou_set_title (added, "MoU on tourism");
  g_assert_true (pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_mous (portfolio),
                                      PP_NODE (added), NULL));
  g_date_set_dmy (&date, 31, 1, 2027);
  pp_milestone_set_due_on (milestone, &date);
  g_date_set_dmy (&date, 1, 3, 2026);
  pp_progress_entry_set_on (entry, &date);
  pp_progress_entry_set_value (entry, 12500);
  g_assert_true (pp_node_append_item (PP_NODE (commitment), pp_commitment_get_progress (commitment),
                                      PP_NODE (entry), NULL));
  return portfolio;
}

static char *
export_text (PpExportFormat  format,
             gboolean        with_baseline)
{
  g_autoptr(PpPortfolio) portfolio = load_edited ();
  g_auto(PpExportOptions) options;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data;

  pp_export_options_init (&options);
  g_date_set_dmy (&options.today, 1, 6, 2026);
  if (with_baseline)
    {
      options.baseline = pp_test_load_sample ();
      options.baseline_name = g_strdup ("jwg-2026-03.json");
    }
  bytes = pp_export_to_bytes (portfolio, format, &options, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &length);
  if (format != PP_EXPORT_FORMAT_PDF)
    return g_strndup (data, length);
  return pp_test_run_reader ("pdftotext", (const char *[]) { "-raw", "{}", "-", NULL }, data,
                             length, FALSE);
}

/* What every format says, whatever its markup. */
static void
check_brief (const char *text)
{
  const char *changes = strstr (text, "Changes since jwg-2026-03.json");
  const char *summary;

  g_assert_nonnull (changes);
  summary = strstr (text, "Summary");
  g_assert_nonnull (summary);
  /* It opens the brief, before the summary. */
  g_assert_true (changes < summary);
  g_assert_nonnull (strstr (text, "1 MoU expired, 1 MoU added, 1 milestone moved, "
                                  "1 commitment’s progress moved"));
  g_assert_nonnull (strstr (text, "Status: Signed → Expired"));
  g_assert_nonnull (strstr (text, "Progress: 0 → 12,500 of 150,000 workers"));
  g_assert_nonnull (strstr (text, "MoU on tourism (new)"));
  g_assert_nonnull (strstr (text, "MoU on cooperation in commerce (changed)"));
  g_assert_nonnull (strstr (text, "First field season with Belarusian agronomists (changed)"));
  g_assert_null (strstr (text, "Modern farming methods for higher yields (changed)"));
}

static void
test_markdown (void)
{
  g_autofree char *text = export_text (PP_EXPORT_FORMAT_MARKDOWN, TRUE);
  g_autofree char *plain = export_text (PP_EXPORT_FORMAT_MARKDOWN, FALSE);

  check_brief (text);
  g_assert_nonnull (strstr (text, "## Changes since jwg-2026-03.json\n"));
  g_assert_nonnull (strstr (text, "| MoU “MoU on tourism” | MoU “MoU on tourism” added |\n"));
  /* The timeline's marker says it too. */
  g_assert_nonnull (strstr (text, "◆ First field season with Belarusian agronomists (changed)\n"));
  g_assert_null (strstr (plain, "Changes since"));
  g_assert_null (strstr (plain, "(changed)"));
}

static void
test_html (void)
{
  g_autofree char *text = export_text (PP_EXPORT_FORMAT_HTML, TRUE);

  check_brief (text);
  g_assert_nonnull (strstr (text, "id=\"changes\""));
}

static void
test_pdf (void)
{
  g_autofree char *text = export_text (PP_EXPORT_FORMAT_PDF, TRUE);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *squeezed = NULL;

  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  squeezed = g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
  g_assert_nonnull (strstr (squeezed, "Changes since jwg-2026-03.json"));
  g_assert_nonnull (strstr (squeezed, "Status: Signed → Expired"));
  g_assert_nonnull (strstr (squeezed, "MoU on tourism (new)"));
  g_assert_nonnull (strstr (squeezed, "(changed)"));
}

/* No changes since the baseline: the section says so. */
static void
test_nothing_changed (void)
{
  g_autoptr(PpPortfolio) portfolio = pp_test_load_sample ();
  g_auto(PpExportOptions) options;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  pp_export_options_init (&options);
  options.baseline = pp_test_load_sample ();
  options.baseline_name = g_strdup ("same.json");
  bytes = pp_export_to_bytes (portfolio, PP_EXPORT_FORMAT_MARKDOWN, &options, NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "Nothing has changed since same.json."));
  g_assert_null (strstr (text, "(changed)"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/changes/markdown", test_markdown);
  g_test_add_func ("/export/changes/html", test_html);
  g_test_add_func ("/export/changes/pdf", test_pdf);
  g_test_add_func ("/export/changes/nothing-changed", test_nothing_changed);

  return g_test_run ();
}
