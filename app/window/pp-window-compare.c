/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-compare.c: the window's Compare With…: a file chooser of
 * portfolios, the changes from the chosen file to the open portfolio in a
 * changes window, and showing a changed item when asked from there.
 *
 * Like pp-window-actions.c, this file is below pp-window.c: it works on
 * the window's struct and never calls pp-window.c. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-changes-window.h"
#include "pp-compare.h"
#include "pp-portfolio-io.h"
#include "pp-window-private.h"

static void
show_item_cb (PpChangesWindow *changes,
              guint            section,
              const char      *id,
              PpWindow        *self)
{
  const char *action = NULL;
  PpNode *node;

  /* The partnership's own fields, its sectors and its organisations are
   * edited in the Partnership dialog. */
  if (section == PP_SECTION_PORTFOLIO)
    action = "win.partnership";
  else if (section == PP_SECTION_SECTORS)
    action = "win.sectors";
  else if (section == PP_SECTION_ORGANISATIONS)
    action = "win.organisations";
  else if (section >= PP_N_COLLECTIONS)
    return;
  if (action != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
      return;
    }

  node = pp_portfolio_lookup (self->portfolio, section, id);
  if (node == NULL)
    {
      /* Deleted here since the comparison. */
      _pp_window_add_toast (self, adw_toast_new (_("The item is no longer in the portfolio")));
      return;
    }
  _pp_window_show_node (self, node);
  gtk_window_present (GTK_WINDOW (self));
}

typedef struct
{
  PpWindow *self;
  GFile *file;
} Loading;

static void
loading_free (Loading *loading)
{
  g_object_unref (loading->self);
  g_object_unref (loading->file);
  g_free (loading);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loading, loading_free)

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(Loading) loading = data;
  PpWindow *self = loading->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) other = pp_portfolio_load_finish (result, &error);
  g_autofree char *name = g_file_get_basename (loading->file);
  g_autoptr(GListModel) changes = NULL;
  PpChangesWindow *window;

  if (other == NULL)
    {
      g_autofree char *heading = NULL;

      /* Translators: the heading of an error; %s is a file name */
      heading = g_strdup_printf (_("Cannot Compare With “%s”"), name);
      _pp_window_show_error (self, heading, error->message);
      return;
    }
  changes = pp_portfolio_compare (other, self->portfolio);
  window = pp_changes_window_new (GTK_WINDOW (self), changes, name);
  g_signal_connect_object (window, "show-item", G_CALLBACK (show_item_cb), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

/* Shows the changes from @file to the open portfolio, or says why @file
 * cannot be read. The file is read in a thread, so that a large one does
 * not stop the window while it loads; comparing takes a third of that. */
static void
compare_with (PpWindow *self,
              GFile    *file)
{
  Loading *loading = g_new (Loading, 1);

  loading->self = g_object_ref (self);
  loading->file = g_object_ref (file);
  pp_portfolio_load_async (file, NULL, loaded_cb, loading);
}

static void
compare_chosen (PpWindow *self,
                GFile    *file,
                gpointer  data)
{
  compare_with (self, file);
}

static void
compare_with_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  _pp_window_choose_portfolio (user_data, _("Compare With Another Version"), _("_Compare"),
                               compare_chosen, NULL, NULL);
}

/* "win.compare-file" with a URI: the changes from a file known already. */
static void
compare_file_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  compare_with (user_data, file);
}

/* "win.show-change" with a section and an id: shows a changed item as
 * this file's changes views do, for those opened elsewhere (History's
 * Compare With Current). */
static void
show_change_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  guint section;
  const char *id;

  g_variant_get (parameter, "(u&s)", &section, &id);
  show_item_cb (NULL, section, id, user_data);
}

static const GActionEntry compare_actions[] = {
  { "compare-with", compare_with_activated },
  { "compare-file", compare_file_activated, "s" },
  { "show-change", show_change_activated, "(us)" },
};

void
_pp_window_install_compare_actions (PpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), compare_actions,
                                   G_N_ELEMENTS (compare_actions), self);
}
