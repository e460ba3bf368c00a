/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-document-changes.c: what changed since an earlier version (the
 * baseline): the brief's opening "Changes since …" section, and the marks
 * that the register and the timelines put beside new and changed items.
 *
 * The marks are words ("(new)", "(changed)") in the cells and labels, so
 * that they read the same in every format and without colour.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pp-change-summary.h"
#include "pp-change-words.h"
#include "pp-compare.h"
#include "pp-document-private.h"

static void
mark (GHashTable   *changed,
      char         *key,
      PpChangeMark  value)
{
  if (GPOINTER_TO_INT (g_hash_table_lookup (changed, key)) == PP_CHANGE_MARK_NEW)
    {
      g_free (key);
      return;
    }
  g_hash_table_replace (changed, key, GINT_TO_POINTER (value));
}

/* Notes which MoUs and milestones are new or changed. What was removed is
 * not in the document to be marked. */
static void
mark_change (GHashTable *changed,
             PpChange   *change)
{
  const char *path = pp_change_get_path (change);
  const char *id = pp_change_get_id (change);
  PpChangeKind kind = pp_change_get_kind (change);
  gboolean whole = pp_change_get_member (change) == NULL;

  if (pp_change_get_section (change) == PP_SECTION_MOUS)
    {
      if (kind == PP_CHANGE_REMOVED && path == NULL)
        return;
      mark (changed, g_strdup_printf ("mous/%s", id),
            kind == PP_CHANGE_ADDED && path == NULL ? PP_CHANGE_MARK_NEW
                                                    : PP_CHANGE_MARK_CHANGED);
    }
  else if (pp_change_get_section (change) == PP_SECTION_VENTURES && path != NULL &&
           g_str_has_prefix (path, "milestones/"))
    {
      if (kind == PP_CHANGE_REMOVED && whole)
        return;
      mark (changed, g_strdup_printf ("ventures/%s/%s", id, path),
            kind == PP_CHANGE_ADDED && whole ? PP_CHANGE_MARK_NEW : PP_CHANGE_MARK_CHANGED);
    }
}

/**
 * pp_document_mark_text:
 * @key: "mous/ID" or "ventures/ID/milestones/ID"
 *
 * Returns: (transfer full): @text, followed by "(new)" or "(changed)" when
 *   the document says what changed since a baseline and the item did
 */
char *
pp_document_mark_text (const PpDocument *document,
                       const char       *key,
                       const char       *text)
{
  PpChangeMark value;

  if (document->changed == NULL)
    return g_strdup (text);
  value = GPOINTER_TO_INT (g_hash_table_lookup (document->changed, key));
  if (value == PP_CHANGE_MARK_NEW)
    /* Translators: an MoU or milestone new since the baseline, "Survey (new)" */
    return g_strdup_printf (_("%s (new)"), text);
  if (value == PP_CHANGE_MARK_CHANGED)
    /* Translators: an MoU or milestone changed since the baseline */
    return g_strdup_printf (_("%s (changed)"), text);
  return g_strdup (text);
}

static void
add_rows (PpBlock      *table,
          GListModel   *changes,
          PpChangeNote  note)
{
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(PpChange) change = g_list_model_get_item (changes, i);
      g_autofree char *heading = NULL;

      if (pp_change_summary_classify (change) != note)
        continue;
      heading = pp_change_words_heading (pp_change_get_section (change),
                                         pp_change_get_name (change));
      pp_table_add_row (table, PP_MARK_NONE, (const char *[]) {
        heading, pp_change_get_description (change),
      });
    }
}

/* The section the brief opens with: the counts in a line, then the
 * changes a meeting asks about first, each in its own row. */
static void
add_section (PpDocument *document,
             GListModel *changes,
             const char *baseline_name)
{
  static const double widths[] = { 0.45, 0.55 };
  const char *headers[] = {
    /* Translators: the columns of the table of changes: the item, and what
     * changed in it (a noun) */
    _("Item"), _("Change"),
  };
  g_autofree char *title = g_strdup_printf (_("Changes since %s"), baseline_name);
  g_autofree char *line = NULL;
  PpChangeSummary summary;
  PpBlock *table;

  pp_document_add_heading (document, 1, title, "changes");
  pp_change_summary_count (&summary, changes);
  if (g_list_model_get_n_items (changes) == 0)
    {
      g_autofree char *none = g_strdup_printf (_("Nothing has changed since %s."),
                                               baseline_name);

      pp_document_add_paragraph (document, PP_STYLE_MUTED, none);
      return;
    }
  line = pp_change_summary_to_text (&summary);
  pp_document_add_paragraph (document, PP_STYLE_NORMAL, line);
  if (summary.other == g_list_model_get_n_items (changes))
    return;
  table = pp_document_add_table (document, title, G_N_ELEMENTS (headers), widths, headers);
  for (PpChangeNote note = PP_CHANGE_NOTE_MOU_SIGNED; note < PP_CHANGE_NOTE_OTHER; note++)
    add_rows (table, changes, note);
}

/**
 * pp_document_add_changes:
 * @with_section: whether to add the "Changes since …" section (the brief
 *   opens with it) or only to mark what changed
 *
 * Compares @options' baseline with @portfolio; does nothing without one.
 */
void
pp_document_add_changes (PpDocument            *document,
                         PpPortfolio           *portfolio,
                         const PpExportOptions *options,
                         gboolean               with_section)
{
  g_autoptr(GListModel) changes = NULL;

  if (options->baseline == NULL)
    return;
  changes = pp_portfolio_compare (options->baseline, portfolio);
  document->changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(PpChange) change = g_list_model_get_item (changes, i);

      mark_change (document->changed, change);
    }
  if (with_section)
    {
      pp_document_add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
      add_section (document, changes,
                   options->baseline_name != NULL ? options->baseline_name
                                                  : _("the earlier version"));
    }
}
