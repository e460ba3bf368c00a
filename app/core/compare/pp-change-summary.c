/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-change-summary.c: counts changes by what happened, for the brief's
 * "Changes since" and the history of versions. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pp-change-summary.h"
#include "pp-change.h"
#include "pp-format.h"

static const char *
value_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
is_signed (const char *status)
{
  return g_strcmp0 (status, "signed") == 0 || g_strcmp0 (status, "in-force") == 0;
}

/* What a change of an MoU's status is. */
static PpChangeNote
classify_status (PpChange *change)
{
  const char *before = value_string (pp_change_get_old_value (change));
  const char *after = value_string (pp_change_get_new_value (change));

  /* An MoU that went from signed to in force was signed before too. */
  if (is_signed (after) && !is_signed (before) && g_strcmp0 (before, "expired") != 0)
    return PP_CHANGE_NOTE_MOU_SIGNED;
  if (g_strcmp0 (after, "expired") == 0)
    return PP_CHANGE_NOTE_MOU_EXPIRED;
  return PP_CHANGE_NOTE_OTHER;
}

static gboolean
is_milestone_date (PpChange *change)
{
  const char *path = pp_change_get_path (change);

  return path != NULL && g_str_has_prefix (path, "milestones/") &&
         g_strcmp0 (pp_change_get_member (change), "due_on") == 0;
}

/**
 * pp_change_summary_classify:
 *
 * Returns: what @change counts as in a summary
 */
PpChangeNote
pp_change_summary_classify (PpChange *change)
{
  PpSection section;
  PpChangeKind kind;
  gboolean top;

  g_return_val_if_fail (PP_IS_CHANGE (change), PP_CHANGE_NOTE_OTHER);

  section = pp_change_get_section (change);
  kind = pp_change_get_kind (change);
  top = pp_change_get_path (change) == NULL;
  if (section == PP_SECTION_MOUS && kind == PP_CHANGE_ADDED && top)
    return PP_CHANGE_NOTE_MOU_ADDED;
  if (section == PP_SECTION_MOUS && kind == PP_CHANGE_CHANGED && top &&
      g_strcmp0 (pp_change_get_member (change), "status") == 0)
    return classify_status (change);
  if (section == PP_SECTION_VENTURES && kind == PP_CHANGE_CHANGED && is_milestone_date (change))
    return PP_CHANGE_NOTE_MILESTONE_MOVED;
  if (section == PP_SECTION_COMMITMENTS && top &&
      g_strcmp0 (pp_change_get_member (change), "progress") == 0)
    return PP_CHANGE_NOTE_PROGRESS_MOVED;
  return PP_CHANGE_NOTE_OTHER;
}

static void
count_change (PpChangeSummary *summary,
              PpChange        *change)
{
  const char *before, *after;

  switch (pp_change_summary_classify (change))
    {
    case PP_CHANGE_NOTE_MOU_SIGNED:
      summary->mous_signed++;
      break;
    case PP_CHANGE_NOTE_MOU_EXPIRED:
      summary->mous_expired++;
      break;
    case PP_CHANGE_NOTE_MOU_ADDED:
      summary->mous_added++;
      break;
    case PP_CHANGE_NOTE_MILESTONE_MOVED:
      summary->milestones_moved++;
      before = value_string (pp_change_get_old_value (change));
      after = value_string (pp_change_get_new_value (change));
      /* ISO dates sort as text; a date set where there was none is no slip. */
      if (before != NULL && after != NULL && strcmp (after, before) > 0)
        summary->milestones_slipped++;
      break;
    case PP_CHANGE_NOTE_PROGRESS_MOVED:
      summary->progress_moved++;
      break;
    case PP_CHANGE_NOTE_OTHER:
    default:
      summary->other++;
    }
}

/**
 * pp_change_summary_count:
 * @changes: (element-type PpChange): what pp_portfolio_compare() found
 *
 * Sets @summary to the counts of @changes.
 */
void
pp_change_summary_count (PpChangeSummary *summary,
                         GListModel      *changes)
{
  guint n;

  g_return_if_fail (summary != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (changes));

  memset (summary, 0, sizeof *summary);
  n = g_list_model_get_n_items (changes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpChange) change = g_list_model_get_item (changes, i);

      count_change (summary, change);
    }
}

/* Takes @part, one clause of the line. */
static void
add_part (GString *out,
          char    *part)
{
  if (out->len > 0)
    /* Translators: between the parts of "2 MoUs signed, 1 milestone moved" */
    g_string_append (out, _(", "));
  g_string_append (out, part);
  g_free (part);
}

/**
 * pp_change_summary_to_text:
 *
 * Returns: (transfer full): the summary in one line, "2 MoUs signed,
 *   1 milestone moved", or "No changes"
 */
char *
pp_change_summary_to_text (const PpChangeSummary *summary)
{
  GString *out;
  const guint *n;
  char *c[6];

  g_return_val_if_fail (summary != NULL, NULL);

  out = g_string_new (NULL);
  n = (const guint[]) { summary->mous_signed, summary->mous_expired, summary->mous_added,
                        summary->milestones_moved, summary->progress_moved, summary->other };
  for (guint i = 0; i < 6; i++)
    c[i] = pp_format_count (n[i]);
  if (n[0] > 0)
    add_part (out, pp_sentence_new (ngettext ("%s MoU signed", "%s MoUs signed", n[0]), c[0]));
  if (n[1] > 0)
    add_part (out, pp_sentence_new (ngettext ("%s MoU expired", "%s MoUs expired", n[1]), c[1]));
  if (n[2] > 0)
    add_part (out, pp_sentence_new (ngettext ("%s MoU added", "%s MoUs added", n[2]), c[2]));
  if (n[3] > 0)
    add_part (out, pp_sentence_new (ngettext ("%s milestone moved", "%s milestones moved", n[3]),
                                    c[3]));
  if (n[4] > 0)
    add_part (out, pp_sentence_new (ngettext ("%s commitment’s progress moved",
                                              "%s commitments’ progress moved", n[4]), c[4]));
  if (n[5] > 0)
    add_part (out, pp_sentence_new (ngettext ("%s other change", "%s other changes", n[5]), c[5]));
  if (out->len == 0)
    g_string_append (out, _("No changes"));
  for (guint i = 0; i < 6; i++)
    g_free (c[i]);
  return g_string_free (out, FALSE);
}
