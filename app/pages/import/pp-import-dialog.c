/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-dialog.c: PpImportDialog, the window's Import dialog.
 *
 * Three steps: the source (sheet, text encoding, how dates are written),
 * the columns (the field of each, with a live preview) and the review (what
 * will be added, the new sectors and organisations, the rows that cannot be
 * read). Nothing touches the portfolio until Import, which applies the plan
 * as one undo step and says so by "imported"; Cancel, at any step, leaves
 * the portfolio as it was. "Read the File Again" (on the review's rows that
 * cannot be read) reads the file from disk once the user has fixed it,
 * keeping what they chose where it still applies. The dialog is given its
 * parent window, the portfolio's history and the file, and knows nothing of
 * the window.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-format.h"
#include "pp-import-columns.h"
#include "pp-import-dialog.h"
#include "pp-import-review.h"
#include "pp-import-source.h"
#include "pp-register-file.h"

typedef enum
{
  STEP_SOURCE,
  STEP_COLUMNS,
  STEP_REVIEW,
  N_STEPS
} Step;

struct _PpImportDialog
{
  AdwWindow parent_instance;

  PpHistory *history;
  GFile *file;
  Step step;

  AdwWindowTitle *window_title;
  GtkWidget *back_button;
  GtkButton *next_button;
  GtkStack *stack;
  PpImportSource *source;
  PpImportColumns *columns;
  PpImportReview *review;
};

G_DEFINE_FINAL_TYPE (PpImportDialog, pp_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *step_names[N_STEPS] = { "source", "columns", "review" };

static gboolean
can_go_on (PpImportDialog *self)
{
  switch (self->step)
    {
    case STEP_SOURCE:
      return pp_import_source_get_sheet (self->source) != NULL;
    case STEP_COLUMNS:
      return pp_import_columns_get_mapping (self->columns) != NULL;
    case STEP_REVIEW:
      return pp_import_review_get_can_import (self->review);
    case N_STEPS:
    default:
      g_assert_not_reached ();
    }
}

static void
update_actions (PpImportDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.back", self->step > STEP_SOURCE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.next", can_go_on (self));
}

static void
show_step (PpImportDialog *self,
           Step            step)
{
  static const char *subtitles[N_STEPS] = {
    N_("Step 1 of 3: the register"),
    N_("Step 2 of 3: its columns"),
    N_("Step 3 of 3: review"),
  };

  self->step = step;
  gtk_stack_set_visible_child_name (self->stack, step_names[step]);
  adw_window_title_set_subtitle (self->window_title, _(subtitles[step]));
  gtk_button_set_label (self->next_button, step == STEP_REVIEW ? _("_Import") : _("_Next"));
  gtk_widget_set_visible (self->back_button, step > STEP_SOURCE);
  update_actions (self);
  /* Not Cancel, which a window focuses first, nor a row of the page that
   * has gone: Enter goes on, Tab reaches the step's rows. */
  gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
}

static void
sheet_changed_cb (PpImportDialog *self)
{
  pp_import_columns_set_sheet (self->columns, pp_import_source_get_sheet (self->source));
  update_actions (self);
}

static void
dates_changed_cb (PpImportDialog *self)
{
  pp_import_columns_set_date_order (self->columns,
                                    pp_import_source_get_date_order (self->source));
}

static void
review (PpImportDialog *self)
{
  PpPortfolio *portfolio = pp_history_get_portfolio (self->history);
  PpSheet *sheet = pp_import_source_get_sheet (self->source);
  PpImportPlan *plan = pp_import_plan_new (portfolio, sheet,
                                           pp_import_columns_get_mapping (self->columns),
                                           pp_import_source_get_date_order (self->source));

  pp_import_review_set_plan (self->review, plan, portfolio, sheet,
                             pp_import_source_is_workbook (self->source));
  show_step (self, STEP_REVIEW);
}

static void
import (PpImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint added, updated;
  GtkWidget *dialog;

  if (pp_import_review_apply (self->review, self->history, &added, &updated, &error))
    {
      g_signal_emit (self, signals[IMPORTED], 0, added, updated);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Import"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  /* The plan was used up: read the register again for another try. */
  show_step (self, STEP_COLUMNS);
}

static void
show_unreadable (PpImportDialog *self,
                 const GError   *error)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* As the window says it when the file cannot be read at the start. */
  /* Translators: the heading of an error, "Cannot Import “old.xls”" */
  heading = pp_sentence_new (_("Cannot Import “%s”"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reads the file again, once the user has fixed it in their spreadsheet,
 * keeping the sheet, encoding, date order and, while the headers are the
 * same, the columns' fields; the review, when shown, is made again. */
static void
reread_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PpImportDialog *self = PP_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pp_register_file_load (self->file, &error);
  g_autoptr(GPtrArray) old = NULL;

  if (bytes != NULL)
    old = pp_import_source_reload (self->source, bytes, &error);
  if (old == NULL)
    {
      show_unreadable (self, error);
      return;
    }
  /* The old sheets go only once the columns show the new one. */
  pp_import_columns_reload_sheet (self->columns, pp_import_source_get_sheet (self->source));
  if (self->step == STEP_REVIEW && pp_import_columns_get_mapping (self->columns) != NULL)
    review (self);
  else if (self->step == STEP_REVIEW)
    show_step (self, STEP_SOURCE);
  else
    update_actions (self);
}

static void
next_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpImportDialog *self = PP_IMPORT_DIALOG (widget);

  if (!can_go_on (self))
    return;
  if (self->step == STEP_SOURCE)
    show_step (self, STEP_COLUMNS);
  else if (self->step == STEP_COLUMNS)
    review (self);
  else
    import (self);
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpImportDialog *self = PP_IMPORT_DIALOG (widget);

  if (self->step > STEP_SOURCE)
    show_step (self, self->step - 1);
}

static void
pp_import_dialog_dispose (GObject *object)
{
  PpImportDialog *self = PP_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->history);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (pp_import_dialog_parent_class)->dispose (object);
}

static void
pp_import_dialog_class_init (PpImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_import_dialog_dispose;

  /**
   * PpImportDialog::imported:
   * @n_added: how many MoUs were added
   * @n_updated: how many MoUs of the portfolio were updated
   *
   * Emitted when the register has been imported, as one undo step, just
   * before the dialog closes.
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT,
                                    G_TYPE_UINT);

  g_type_ensure (PP_TYPE_IMPORT_SOURCE);
  g_type_ensure (PP_TYPE_IMPORT_COLUMNS);
  g_type_ensure (PP_TYPE_IMPORT_REVIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PpImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PpImportDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, PpImportDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, PpImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PpImportDialog, source);
  gtk_widget_class_bind_template_child (widget_class, PpImportDialog, columns);
  gtk_widget_class_bind_template_child (widget_class, PpImportDialog, review);
  gtk_widget_class_bind_template_callback (widget_class, sheet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, dates_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "import.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "import.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "import.reread", NULL, reread_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "import.back",
                                       NULL);
}

static void
pp_import_dialog_init (PpImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pp_accessible_fix_tree (GTK_WIDGET (self));
}

/* Fits the dialog in a narrow window, such as a phone's. */
static void
fit_parent (PpImportDialog *self,
            GtkWindow      *parent)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (parent != NULL && gtk_widget_get_width (GTK_WIDGET (parent)) > 0)
    gtk_window_set_default_size (GTK_WINDOW (self),
                                 MIN (width, gtk_widget_get_width (GTK_WIDGET (parent))),
                                 MIN (height, gtk_widget_get_height (GTK_WIDGET (parent))));
}

/**
 * pp_import_dialog_new:
 * @parent: (nullable): the window the dialog is for
 * @history: the history of the portfolio to import into
 * @file: the register
 * @error: return location for why @file cannot be read
 *
 * Reads @file, a register of MoUs as CSV or tab-separated text, an .xlsx
 * workbook or an .ods spreadsheet, and makes the dialog to import it.
 *
 * Returns: (transfer none) (nullable): the dialog, not shown yet, or %NULL
 *   when @file cannot be read
 */
PpImportDialog *
pp_import_dialog_new (GtkWindow  *parent,
                      PpHistory  *history,
                      GFile      *file,
                      GError    **error)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *detected = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GPtrArray *sheets;
  PpImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PP_IS_HISTORY (history), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  bytes = pp_register_file_load (file, error);
  if (bytes == NULL)
    return NULL;
  sheets = pp_register_file_read (bytes, name, NULL, &detected, error);
  if (sheets == NULL)
    return NULL;

  self = g_object_new (PP_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->history = g_object_ref (history);
  self->file = g_object_ref (file);
  fit_parent (self, parent);
  title = pp_sentence_new (_("Import “%s”"), name);
  adw_window_title_set_title (self->window_title, title);
  pp_import_source_set_register (self->source, name, bytes, sheets, detected);
  pp_import_columns_set_sheet (self->columns, pp_import_source_get_sheet (self->source));
  show_step (self, STEP_SOURCE);
  return self;
}
