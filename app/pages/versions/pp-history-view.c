/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-history-view.c: PpHistoryView, the History window: the versions of the
 * portfolio's file newest first, each with a menu to open it as a copy in
 * a window of its own, compare it with the open portfolio, restore it
 * into the open portfolio (one undo step, nothing written until the user
 * saves) or tag it with a meeting.
 *
 * The view reaches the main window only by its signals: "open-version"
 * and "compare-version" with the version's portfolio and a label saying
 * which version it is, and "show-toast" for what Restore did, with Undo. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-history-view.h"
#include "pp-version-author.h"
#include "pp-version-dialog.h"
#include "pp-version-row.h"
#include "pp-version-spec.h"
#include "pp-version-summary.h"

struct _PpHistoryView
{
  AdwWindow parent_instance;

  PpVersionStore *store;
  PpHistory *history;
  GSettings *settings;
  GListModel *versions;
  GCancellable *summarizing;   /* the summaries of the versions shown, being worked out */

  AdwWindowTitle *window_title;
  GtkStack *stack;
  GtkNoSelection *selection;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (PpHistoryView, pp_history_view, ADW_TYPE_WINDOW)

enum {
  OPEN_VERSION,
  COMPARE_VERSION,
  SHOW_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (PpHistoryView *self,
            const char    *heading,
            const char    *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What a window showing @version as a copy is called:
 * "pk-by.json, version a1b2c3d of 12 Apr 2026, 14:05". */
static char *
copy_label (PpHistoryView *self,
            PpVersion     *version)
{
  g_autofree char *name = g_file_get_basename (pp_version_store_get_file (self->store));
  g_autofree char *when = pp_version_describe_time (version);

  /* Translators: the subtitle of a window showing an old version as a copy:
   * "pk-by.json, version a1b2c3d of 12 Apr 2026, 14:05" */
  return g_strdup_printf (_("%s, version %s of %s"), name, pp_version_get_short_id (version),
                          when);
}

/* The version an action's parameter names, as a portfolio; when it does
 * not load, the user is told so under @title and %NULL is returned. */
static PpPortfolio *
load_version (PpHistoryView  *self,
              GVariant       *parameter,
              const char     *title,
              PpVersion     **version)
{
  g_autoptr(GError) error = NULL;
  PpPortfolio *portfolio = pp_version_store_load (self->store,
                                                  g_variant_get_string (parameter, NULL),
                                                  version, &error);

  if (portfolio == NULL)
    show_error (self, title, error->message);
  return portfolio;
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpHistoryView *self = PP_HISTORY_VIEW (widget);
  g_autoptr(PpVersion) version = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autofree char *label = NULL;

  portfolio = load_version (self, parameter, _("Could Not Open the Version"), &version);
  if (portfolio == NULL)
    return;
  label = copy_label (self, version);
  g_signal_emit (self, signals[OPEN_VERSION], 0, portfolio, label);
}

/* The changes view names the version by its meeting when it has one, as
 * the brief does; else by the file, its id and when it was saved. */
static void
compare_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PpHistoryView *self = PP_HISTORY_VIEW (widget);
  g_autoptr(PpVersion) version = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autofree char *label = NULL;
  const char * const *tags;

  portfolio = load_version (self, parameter, _("Could Not Compare With the Version"), &version);
  if (portfolio == NULL)
    return;
  tags = pp_version_get_tags (version);
  if (tags != NULL && tags[0] != NULL)
    label = g_strdup (tags[g_strv_length ((GStrv) tags) - 1]);
  else
    label = copy_label (self, version);
  g_signal_emit (self, signals[COMPARE_VERSION], 0, portfolio, label);
}

static void
restore_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PpHistoryView *self = PP_HISTORY_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpVersion) version = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autofree char *message = NULL;

  portfolio = load_version (self, parameter, _("Could Not Restore the Version"), &version);
  if (portfolio == NULL)
    return;
  if (!pp_history_replace_contents (self->history, portfolio, &error))
    {
      show_error (self, _("Could Not Restore the Version"), error->message);
      return;
    }
  /* Translators: a toast; %s is a version's short id */
  message = g_strdup_printf (_("Restored version %s; save to keep it"),
                             pp_version_get_short_id (version));
  g_signal_emit (self, signals[SHOW_TOAST], 0, message, TRUE);
}

typedef struct
{
  PpHistoryView *view;
  char *id;
  gboolean ask_author;
  char *name;
  char *email;
} Tagging;

static void
tagging_free (gpointer data)
{
  Tagging *tagging = data;

  g_object_unref (tagging->view);
  g_free (tagging->id);
  g_free (tagging->name);
  g_free (tagging->email);
  g_free (tagging);
}

static void
tag_response_cb (PpVersionDialog *dialog,
                 const char      *response,
                 Tagging         *tagging)
{
  PpHistoryView *self = tagging->view;
  g_autofree char *label = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "tag") != 0)
    return;
  if (tagging->ask_author)
    {
      pp_version_author_keep (self->settings, pp_version_dialog_get_name (dialog),
                              pp_version_dialog_get_email (dialog));
      g_free (tagging->name);
      g_free (tagging->email);
      tagging->name = g_strstrip (g_strdup (pp_version_dialog_get_name (dialog)));
      tagging->email = g_strstrip (g_strdup (pp_version_dialog_get_email (dialog)));
    }
  label = g_strstrip (g_strdup (pp_version_dialog_get_text (dialog)));
  if (!pp_version_store_tag (self->store, tagging->id, label, tagging->name, tagging->email,
                             &error))
    show_error (self, _("Could Not Tag the Version"), error->message);
  pp_history_view_reload (self);
}

static void
tag_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PpHistoryView *self = PP_HISTORY_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpVersion) version = pp_version_store_find (self->store, id, &error);
  Tagging *tagging;
  PpVersionDialog *dialog;

  if (version == NULL)
    {
      show_error (self, _("Could Not Tag the Version"), error->message);
      return;
    }
  tagging = g_new0 (Tagging, 1);
  tagging->view = g_object_ref (self);
  tagging->id = g_strdup (id);
  tagging->ask_author = !pp_version_author_find (self->store, self->settings, &tagging->name,
                                                 &tagging->email);
  dialog = pp_version_dialog_new (GTK_WINDOW (self), PP_VERSION_DIALOG_TAG,
                                  pp_version_get_short_id (version), tagging->ask_author);
  g_signal_connect_data (dialog, "response", G_CALLBACK (tag_response_cb), tagging,
                         (GClosureNotify) (void (*) (void)) tagging_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Enter or a double click on a row opens that version. */
static void
list_activate_cb (PpHistoryView *self,
                  guint          position)
{
  g_autoptr(PpVersion) version = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                        position);

  if (version != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "history.open", "s",
                                pp_version_get_id (version));
}

static void
pp_history_view_dispose (GObject *object)
{
  PpHistoryView *self = PP_HISTORY_VIEW (object);

  g_cancellable_cancel (self->summarizing);
  g_clear_object (&self->summarizing);
  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_HISTORY_VIEW);
  g_clear_object (&self->versions);
  g_clear_object (&self->store);
  g_clear_object (&self->history);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (pp_history_view_parent_class)->dispose (object);
}

static void
pp_history_view_class_init (PpHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_history_view_dispose;

  /**
   * PpHistoryView::open-version:
   * @portfolio: the version's contents
   * @label: which version it is, for the new window's subtitle
   */
  signals[OPEN_VERSION] = g_signal_new ("open-version", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                        2, PP_TYPE_PORTFOLIO, G_TYPE_STRING);
  /**
   * PpHistoryView::compare-version:
   * @portfolio: the version's contents
   * @label: which version it is, for the changes view's title
   *
   * Emitted for "Compare With Current": the window shows the changes from
   * @portfolio to the open portfolio.
   */
  signals[COMPARE_VERSION] = g_signal_new ("compare-version", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 2, PP_TYPE_PORTFOLIO, G_TYPE_STRING);
  /**
   * PpHistoryView::show-toast:
   * @message: what was done
   * @undo: whether the toast offers Undo
   */
  signals[SHOW_TOAST] = g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass),
                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                      G_TYPE_STRING, G_TYPE_BOOLEAN);

  gtk_widget_class_install_action (widget_class, "history.open", "s", open_activated);
  gtk_widget_class_install_action (widget_class, "history.compare", "s", compare_activated);
  gtk_widget_class_install_action (widget_class, "history.restore", "s", restore_activated);
  gtk_widget_class_install_action (widget_class, "history.tag", "s", tag_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (PP_TYPE_VERSION_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-history-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PpHistoryView, window_title);
  gtk_widget_class_bind_template_child (widget_class, PpHistoryView, stack);
  gtk_widget_class_bind_template_child (widget_class, PpHistoryView, selection);
  gtk_widget_class_bind_template_child (widget_class, PpHistoryView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
pp_history_view_init (PpHistoryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pp_history_view_new:
 * @history: the open portfolio's history, which Restore changes
 * @settings: (nullable): where the author asked for is kept
 */
PpHistoryView *
pp_history_view_new (GtkWindow      *parent,
                     PpVersionStore *store,
                     PpHistory      *history,
                     GSettings      *settings)
{
  PpHistoryView *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PP_IS_VERSION_STORE (store), NULL);
  g_return_val_if_fail (PP_IS_HISTORY (history), NULL);

  self = g_object_new (PP_TYPE_HISTORY_VIEW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->history = g_object_ref (history);
  g_set_object (&self->settings, settings);
  name = g_file_get_basename (pp_version_store_get_file (store));
  adw_window_title_set_subtitle (self->window_title, name);
  pp_history_view_reload (self);
  return self;
}

PpVersionStore *
pp_history_view_get_store (PpHistoryView *self)
{
  g_return_val_if_fail (PP_IS_HISTORY_VIEW (self), NULL);

  return self->store;
}

/**
 * pp_history_view_get_model:
 *
 * Returns: (transfer none): the versions shown, newest first
 */
GListModel *
pp_history_view_get_model (PpHistoryView *self)
{
  g_return_val_if_fail (PP_IS_HISTORY_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

static void
summarized_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(GError) error = NULL;

  /* Without summaries the list is still right; a cancel is a reload or
   * the window closing. */
  if (!pp_version_store_summarize_finish (PP_VERSION_STORE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not summarize the versions: %s", error->message);
}

/* Each version's line of what it changed is worked out in a thread, and
 * shows in its row when it comes. */
static void
summarize (PpHistoryView *self)
{
  g_cancellable_cancel (self->summarizing);
  g_clear_object (&self->summarizing);
  if (self->versions == NULL || g_list_model_get_n_items (self->versions) == 0)
    return;
  self->summarizing = g_cancellable_new ();
  pp_version_store_summarize_async (self->store, self->versions, self->summarizing,
                                    summarized_cb, NULL);
}

/**
 * pp_history_view_reload:
 *
 * Reads the versions again, after one was saved, tagged or synced.
 */
void
pp_history_view_reload (PpHistoryView *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PP_IS_HISTORY_VIEW (self));

  g_clear_object (&self->versions);
  self->versions = pp_version_store_list (self->store, &error);
  gtk_no_selection_set_model (self->selection, self->versions);
  if (self->versions == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("Could Not Read the Versions"));
      adw_status_page_set_description (self->empty_page, error->message);
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Versions Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Save a version from the main menu to keep the file "
                                         "as it is now."));
    }
  summarize (self);
  gtk_stack_set_visible_child_name (self->stack,
                                    self->versions != NULL &&
                                    g_list_model_get_n_items (self->versions) > 0
                                    ? "list" : "empty");
}
