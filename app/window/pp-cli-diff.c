/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli-diff.c: `--diff OLD NEW [--format json]`.
 *
 * Exits 0 when the two portfolios are the same, 1 when they differ, and 2
 * on a usage error or a file that does not load, as diff(1) does, so that
 * scripts and git can tell a difference from a failure.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pp-change-words.h"
#include "pp-cli-diff.h"
#include "pp-cli-report.h"
#include "pp-compare.h"
#include "pp-portfolio-io.h"

/* Whether @change is a whole item added or removed, which is said in
 * one line of its own rather than under a heading that repeats it. */
static gboolean
is_whole_item (PpChange *change)
{
  PpChangeKind kind = pp_change_get_kind (change);

  return (kind == PP_CHANGE_ADDED || kind == PP_CHANGE_REMOVED) &&
         pp_change_get_path (change) == NULL && pp_change_get_member (change) == NULL;
}

/* One change a line, under a heading line for each item. */
static void
print_text (GListModel *changes)
{
  PpSection section = PP_N_SECTIONS;
  g_autofree char *id = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(PpChange) change = g_list_model_get_item (changes, i);

      if (is_whole_item (change))
        {
          printf ("%s\n", pp_change_get_description (change));
          section = PP_N_SECTIONS;
          continue;
        }
      if (pp_change_get_section (change) != section || g_strcmp0 (pp_change_get_id (change), id))
        {
          g_autofree char *heading = pp_change_words_heading (pp_change_get_section (change),
                                                              pp_change_get_name (change));

          section = pp_change_get_section (change);
          g_free (id);
          id = g_strdup (pp_change_get_id (change));
          printf ("%s\n", heading);
        }
      printf ("  %s\n", pp_change_get_description (change));
    }
}

static void
add_node (JsonBuilder *builder,
          const char  *member,
          JsonNode    *value)
{
  json_builder_set_member_name (builder, member);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_value (builder, json_node_copy (value));
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

/* A list of objects with the members the README documents. */
static void
print_json (GListModel *changes)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(PpChange) change = g_list_model_get_item (changes, i);

      json_builder_begin_object (builder);
      add_string (builder, "kind", pp_change_kind_to_string (pp_change_get_kind (change)));
      add_string (builder, "section", pp_section_to_string (pp_change_get_section (change)));
      add_string (builder, "id", pp_change_get_id (change));
      add_string (builder, "name", pp_change_get_name (change));
      add_string (builder, "path", pp_change_get_path (change));
      add_string (builder, "member", pp_change_get_member (change));
      add_node (builder, "old", pp_change_get_old_value (change));
      add_node (builder, "new", pp_change_get_new_value (change));
      add_string (builder, "description", pp_change_get_description (change));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

/**
 * pp_cli_diff:
 * @format: (nullable): "text" (the default) or "json"
 *
 * Prints the changes from @old_path to @new_path.
 *
 * Returns: the exit status: 0 the same, 1 different, 2 an error
 */
int
pp_cli_diff (const char *old_path,
             const char *new_path,
             const char *format)
{
  g_autoptr(PpPortfolio) old_portfolio = NULL;
  g_autoptr(PpPortfolio) new_portfolio = NULL;
  g_autoptr(GListModel) changes = NULL;
  gboolean json = g_strcmp0 (format, "json") == 0;

  if (format != NULL && !json && g_strcmp0 (format, "text") != 0)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown --format “%s”: use text or json"),
                                                  format);
      return pp_cli_usage (message);
    }
  old_portfolio = pp_cli_load (old_path);
  if (old_portfolio == NULL)
    return PP_EXIT_USAGE;
  new_portfolio = pp_cli_load (new_path);
  if (new_portfolio == NULL)
    return PP_EXIT_USAGE;

  changes = pp_portfolio_compare (old_portfolio, new_portfolio);
  if (json)
    print_json (changes);
  else
    print_text (changes);
  return g_list_model_get_n_items (changes) == 0 ? PP_EXIT_OK : PP_EXIT_BAD_INPUT;
}
