/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-dialog-versions.c: the Export dialog's baseline, the earlier
 * copy its brief is compared with, and its picker of the file's saved
 * versions, when the file is in a repository, so that a brief
 * "since the meeting of 12 April" is the version tagged with it, picked
 * from a list rather than a copy looked for on disk.
 *
 * The versions are listed newest first, each by its meetings, then the
 * day it was saved and its message. A version picked is loaded in a
 * thread and becomes the baseline, named as the brief will name it. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-export-dialog-private.h"
#include "pp-version-row.h"
#include "pp-version-spec.h"
#include "pp-version-store.h"
#include "pp-widget-util.h"

/* Says in the row which copy the brief is compared with, if any. */
static void
update_baseline_row (PpExportDialog *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;

  if (self->baseline != NULL)
    {
      name = pp_widget_isolate (GTK_WIDGET (self), self->baseline_name);
      /* Translators: under "Compare With an Earlier Copy…" once a file is chosen */
      subtitle = g_strdup_printf (_("The brief opens with what changed since “%s”"), name);
    }
  else
    subtitle = g_strdup (_("The brief does not say what changed"));
  adw_action_row_set_subtitle (self->baseline_row, subtitle);
  gtk_widget_set_visible (self->baseline_clear, self->baseline != NULL);
}

/* "JWG-3, Minsk, 12 Apr 2026 — 12 Apr 2026, 14:05: Protocol agreed": the
 * meetings first, since they are what a user looks for. */
static char *
describe_version (PpExportDialog *self,
                  PpVersion      *version)
{
  const char * const *tags = pp_version_get_tags (version);
  g_autofree char *raw_subject = pp_version_dup_subject (version);
  g_autofree char *raw_when = pp_version_describe_time (version);
  /* A Latin message or meeting keeps its own direction in an Urdu list. */
  g_autofree char *subject = pp_widget_isolate (GTK_WIDGET (self), raw_subject);
  g_autofree char *when = pp_widget_isolate (GTK_WIDGET (self), raw_when);
  g_autofree char *saved = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *meetings = NULL;

  if (*raw_subject != '\0')
    /* Translators: a version in the Export dialog's picker: the day it was
     * saved and its message, "12 Apr 2026, 14:05: Protocol agreed" */
    saved = g_strdup_printf (C_("version picker", "%s: %s"), when, subject);
  else
    saved = g_steal_pointer (&when);
  if (tags == NULL || tags[0] == NULL)
    return g_steal_pointer (&saved);
  /* Translators: the separator between meetings tagged on one version */
  joined = g_strjoinv (_("; "), (GStrv) tags);
  meetings = pp_widget_isolate (GTK_WIDGET (self), joined);
  /* Translators: a version in the Export dialog's picker: the meetings it
   * is tagged with, then when it was saved and its message,
   * "JWG-3, Minsk, 12 Apr 2026 — 12 Apr 2026, 14:05: Protocol agreed" */
  return g_strdup_printf (C_("version picker", "%s — %s"), meetings, saved);
}

/**
 * _pp_export_dialog_fill_versions:
 *
 * Lists the portfolio file's saved versions in the picker, which shows
 * only when there are any.
 */
void
_pp_export_dialog_fill_versions (PpExportDialog *self)
{
  g_autoptr(PpVersionStore) store = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GtkStringList) labels = NULL;
  guint n;

  if (self->portfolio_file != NULL)
    store = pp_version_store_open (self->portfolio_file, NULL);
  if (store != NULL)
    versions = pp_version_store_list (store, NULL);
  n = versions != NULL ? g_list_model_get_n_items (versions) : 0;
  gtk_widget_set_visible (GTK_WIDGET (self->version_row), n > 0);
  if (n == 0)
    return;

  labels = gtk_string_list_new (NULL);
  g_clear_object (&self->version_ids);
  self->version_ids = gtk_string_list_new (NULL);
  /* Translators: the first choice of "Compare With a Saved Version": no version */
  gtk_string_list_append (labels, C_("version picker", "None"));
  gtk_string_list_append (self->version_ids, "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpVersion) version = g_list_model_get_item (versions, i);
      g_autofree char *label = describe_version (self, version);

      gtk_string_list_append (labels, label);
      gtk_string_list_append (self->version_ids, pp_version_get_id (version));
    }
  adw_combo_row_set_model (self->version_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->version_row, 0);
}

/* Shows @id picked, or none for %NULL; picking what is the baseline
 * already loads nothing. */
static void
select_version (PpExportDialog *self,
                const char     *id)
{
  guint position = 0;

  if (self->version_ids == NULL)
    return;
  for (guint i = 1; id != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->version_ids));
       i++)
    if (g_str_equal (gtk_string_list_get_string (self->version_ids, i), id))
      position = i;
  adw_combo_row_set_selected (self->version_row, position);
}

/**
 * _pp_export_dialog_set_baseline:
 * @baseline: (nullable): the earlier copy, or %NULL for none
 * @name: (nullable): what the brief calls it
 * @version: (nullable): the saved version it is, or %NULL for a file
 *
 * Makes @baseline the one the brief is compared with, and says so in the
 * rows: the picker shows the version, or none for a file.
 */
void
_pp_export_dialog_set_baseline (PpExportDialog *self,
                                PpPortfolio    *baseline,
                                const char     *name,
                                const char     *version)
{
  g_autofree char *kept_name = g_strdup (name);
  g_autofree char *kept_version = g_strdup (version);

  g_set_object (&self->baseline, baseline);
  g_free (self->baseline_name);
  self->baseline_name = g_steal_pointer (&kept_name);
  g_free (self->baseline_version);
  self->baseline_version = g_steal_pointer (&kept_version);
  select_version (self, version);
  update_baseline_row (self);
}

typedef struct
{
  PpExportDialog *self;
  GFile *file;
  char *id;
  char *label;
  guint generation;
} VersionLoad;

static void
version_load_free (VersionLoad *load)
{
  g_object_unref (load->self);
  g_object_unref (load->file);
  g_free (load->id);
  g_free (load->label);
  g_free (load);
}

static void
load_version_thread (GTask        *task,
                     gpointer      source,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  VersionLoad *load = task_data;
  GError *error = NULL;
  PpPortfolio *portfolio = pp_version_load_baseline (load->file, load->id, &load->label, &error);

  if (portfolio != NULL)
    g_task_return_pointer (task, portfolio, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
version_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  VersionLoad *load = g_task_get_task_data (G_TASK (result));
  PpExportDialog *self = load->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPortfolio) baseline = g_task_propagate_pointer (G_TASK (result), &error);
  AdwMessageDialog *message;

  /* The dialog closed, or another pick or a file chosen came since. */
  if (g_cancellable_is_cancelled (self->cancellable) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      load->generation != self->version_loads)
    return;
  if (baseline == NULL)
    {
      select_version (self, self->baseline_version);
      message = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                            _("Could Not Compare"),
                                                            error->message));
      adw_message_dialog_add_response (message, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }
  _pp_export_dialog_set_baseline (self, baseline, load->label, load->id);
}

/* The picker's choice changed: none takes away a version's baseline (not
 * a file's); a version is loaded, and becomes the baseline once it is. */
static void
version_row_selected_cb (PpExportDialog *self)
{
  guint position = adw_combo_row_get_selected (self->version_row);
  const char *id = NULL;
  g_autoptr(GTask) task = NULL;
  VersionLoad *load;

  self->version_loads++;
  if (self->version_ids != NULL && position != GTK_INVALID_LIST_POSITION && position > 0)
    id = gtk_string_list_get_string (self->version_ids, position);
  if (id == NULL)
    {
      if (self->baseline_version != NULL)
        _pp_export_dialog_set_baseline (self, NULL, NULL, NULL);
      return;
    }
  if (g_strcmp0 (id, self->baseline_version) == 0)
    return;

  load = g_new0 (VersionLoad, 1);
  load->self = g_object_ref (self);
  load->file = g_object_ref (self->portfolio_file);
  load->id = g_strdup (id);
  load->generation = self->version_loads;
  task = g_task_new (NULL, self->cancellable, version_loaded_cb, NULL);
  g_task_set_source_tag (task, version_row_selected_cb);
  g_task_set_task_data (task, load, (GDestroyNotify) version_load_free);
  g_task_run_in_thread (task, load_version_thread);
}

/**
 * _pp_export_dialog_watch_versions:
 *
 * Loads a version whenever one is picked.
 */
void
_pp_export_dialog_watch_versions (PpExportDialog *self)
{
  g_signal_connect_swapped (self->version_row, "notify::selected",
                            G_CALLBACK (version_row_selected_cb), self);
}
