/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-dialog.c: PpExportDialog, the window's Export dialog.
 *
 * One chooses a document (the brief, a venture plan, the MoU register), a
 * format and, for PDF, a paper size; Export asks where, writes through the
 * same code as `partnership-planner --export`, and says how it went by
 * "exported" (the window shows a toast with "Open") or "failed". An
 * earlier copy of the portfolio, or one of the file's saved versions, may
 * be chosen as a baseline: the brief then opens with what changed since
 * it. The choices (but the baseline) are
 * remembered for next time. The dialog is given what it needs
 * when it is made, and knows nothing of the window that opens it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-export-dialog-private.h"
#include "pp-print.h"

G_DEFINE_FINAL_TYPE (PpExportDialog, pp_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PpExportFormat
get_format (PpExportDialog *self)
{
  return adw_combo_row_get_selected (self->format_row);
}

static void
get_options (PpExportDialog  *self,
             PpExportOptions *options)
{
  guint venture = adw_combo_row_get_selected (self->venture_row);

  pp_export_options_init (options);
  options->document = adw_combo_row_get_selected (self->document_row);
  options->paper = adw_combo_row_get_selected (self->paper_row);
  /* The first venture item is "Every venture". */
  if (options->document == PP_DOCUMENT_VENTURE && venture != GTK_INVALID_LIST_POSITION &&
      venture > 0)
    options->venture_id = g_strdup (gtk_string_list_get_string (self->venture_ids, venture));
  if (self->baseline != NULL)
    {
      options->baseline = g_object_ref (self->baseline);
      options->baseline_name = g_strdup (self->baseline_name);
    }
}

/* Says what the chosen format holds, since the data formats do not hold
 * the whole document. */
static const char *
describe_content (PpExportFormat format,
                  PpDocumentKind document)
{
  switch (format)
    {
    case PP_EXPORT_FORMAT_CSV:
      return document == PP_DOCUMENT_VENTURE
             ? _("A table of the milestones, one row each, for any spreadsheet.")
             : _("A table of the MoU register, one row per MoU, for any spreadsheet.");
    case PP_EXPORT_FORMAT_ICS:
      return document == PP_DOCUMENT_VENTURE
             ? _("The milestones as all-day events, for GNOME Calendar, Thunderbird and others.")
             : _("Every milestone, follow-up, expiry and commitment deadline as an all-day event.");
    case PP_EXPORT_FORMAT_XLSX:
      return _("A workbook with sheets for the MoUs, ventures, milestones and commitments.");
    case PP_EXPORT_FORMAT_HTML:
      return _("One web page with everything in it, charts included, to open in any browser.");
    case PP_EXPORT_FORMAT_MARKDOWN:
      return _("Plain text with tables, for wikis and documentation sites.");
    case PP_EXPORT_FORMAT_PDF:
    default:
      return _("Pages ready to print or send, the same as printing from the app.");
    }
}

static void
options_changed_cb (PpExportDialog *self)
{
  PpExportFormat format = get_format (self);
  PpDocumentKind document = adw_combo_row_get_selected (self->document_row);

  gtk_widget_set_visible (GTK_WIDGET (self->venture_row), document == PP_DOCUMENT_VENTURE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->paper_row), pp_export_format_has_paper (format));
  gtk_label_set_label (self->content_label, describe_content (format, document));
}

static void
set_busy (PpExportDialog *self,
          gboolean        busy)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.save", !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->document_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->venture_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->format_row), !busy);
}

static void
remember_choices (PpExportDialog *self)
{
  GSettings *settings = self->settings;

  if (settings == NULL)
    return;
  g_settings_set_string (settings, "export-document",
                         pp_document_kind_get_name (adw_combo_row_get_selected (self->document_row)));
  g_settings_set_string (settings, "export-format", pp_export_format_get_name (get_format (self)));
  g_settings_set_string (settings, "export-paper",
                         adw_combo_row_get_selected (self->paper_row) == PP_PAPER_LETTER
                         ? "letter" : "a4");
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PpExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);
  if (!pp_export_to_file_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }

  remember_choices (self);
  g_signal_emit (self, signals[EXPORTED], 0, self->target);
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * pp_export_dialog_set_baseline_file:
 * @file: an earlier copy of the portfolio
 *
 * Loads @file, as choosing it in the dialog does; once it is loaded, the
 * brief opens with what changed since it. A file that does not load is
 * said in a message, and the baseline stays as it was.
 */
void
pp_export_dialog_set_baseline_file (PpExportDialog *self,
                                    GFile          *file)
{
  g_return_if_fail (PP_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  _pp_export_dialog_load_baseline (self, file);
}

/**
 * pp_export_dialog_export_to:
 *
 * Exports the chosen document to @file, as the Export button does once a
 * file is chosen.
 */
void
pp_export_dialog_export_to (PpExportDialog *self,
                            GFile          *file)
{
  g_auto(PpExportOptions) options;

  g_return_if_fail (PP_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->target, file);
  get_options (self, &options);
  set_busy (self, TRUE);
  g_cancellable_reset (self->cancellable);
  pp_export_to_file_async (self->portfolio, get_format (self), &options, file, self->cancellable,
                           export_done_cb, g_object_ref (self));
}

/* "Pakistan–Belarus Partnership 2025 – Brief.pdf" */
static char *
suggest_name (PpExportDialog *self)
{
  static const char * const documents[] = { N_("Brief"), N_("Venture plan"), N_("MoU register") };
  const char *title = pp_portfolio_get_title (self->portfolio);
  PpDocumentKind document = adw_combo_row_get_selected (self->document_row);
  g_autofree char *name = NULL;

  /* Translators: a file name, "<portfolio title> – Brief" */
  name = g_strdup_printf (_("%s – %s"), title != NULL && *title != '\0' ? title : _("Portfolio"),
                          _(documents[document]));
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_strconcat (name, ".", pp_export_format_get_extension (get_format (self)), NULL);
}

/* Adds the format's extension when the name chosen has none. */
static GFile *
with_extension (GFile          *file,
                PpExportFormat  format)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *extension = g_strconcat (".", pp_export_format_get_extension (format), NULL);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *fixed = NULL;

  if (g_str_has_suffix (name, extension) || strchr (name, '.') != NULL)
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  fixed = g_strconcat (name, extension, NULL);
  return g_file_get_child (parent, fixed);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     PpExportDialog  *self)
{
  g_autoptr(GFile) chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (chosen != NULL)
    {
      g_autoptr(GFile) file = with_extension (chosen, get_format (self));

      pp_export_dialog_export_to (self, file);
    }
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpExportDialog *self = PP_EXPORT_DIALOG (widget);
  PpExportFormat format = get_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggest_name (self);
  GFile *portfolio_file = self->portfolio_file;

  if (self->chooser != NULL)
    return;
  gtk_file_filter_set_name (filter, pp_export_format_get_display_name (format));
  gtk_file_filter_add_mime_type (filter, pp_export_format_get_mime_type (format));
  gtk_file_filter_add_suffix (filter, pp_export_format_get_extension (format));

  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  /* Beside the portfolio, where people look for its documents. */
  if (portfolio_file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (portfolio_file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PpExportDialog *self = PP_EXPORT_DIALOG (widget);
  g_auto(PpExportOptions) options;
  gboolean preview = g_str_equal (action_name, "export.preview");

  get_options (self, &options);
  remember_choices (self);
  pp_print_document (gtk_window_get_transient_for (GTK_WINDOW (self)), self->portfolio, &options,
                     preview);
  gtk_window_close (GTK_WINDOW (self));
}

static GListModel *
list_strings (const char * const *strings,
              guint               n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, _(strings[i]));
  return G_LIST_MODEL (list);
}

/* "Every venture", then each venture by name; venture_ids holds the ids
 * in the same positions. */
static void
fill_ventures (PpExportDialog *self)
{
  GListModel *ventures = pp_portfolio_get_ventures (self->portfolio);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->venture_ids = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _("Every venture"));
  gtk_string_list_append (self->venture_ids, "");
  for (guint i = 0; i < g_list_model_get_n_items (ventures); i++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (ventures, i);
      const char *name = pp_venture_get_name (venture);

      gtk_string_list_append (names, name != NULL && *name != '\0' ? name : _("Untitled venture"));
      gtk_string_list_append (self->venture_ids, pp_node_get_id (PP_NODE (venture)));
    }
  adw_combo_row_set_model (self->venture_row, G_LIST_MODEL (names));
}

/* The last choices, or A4 unless the locale's paper is Letter. */
static void
restore_choices (PpExportDialog *self)
{
  GSettings *settings = self->settings;
  g_autofree char *document = settings ? g_settings_get_string (settings, "export-document") : NULL;
  g_autofree char *format = settings ? g_settings_get_string (settings, "export-format") : NULL;
  g_autofree char *paper = settings ? g_settings_get_string (settings, "export-paper") : NULL;
  PpDocumentKind kind = PP_DOCUMENT_BRIEF;
  PpExportFormat chosen = PP_EXPORT_FORMAT_PDF;
  PpPaper size = g_strcmp0 (gtk_paper_size_get_default (), GTK_PAPER_NAME_LETTER) == 0
                 ? PP_PAPER_LETTER : PP_PAPER_A4;

  if (document != NULL)
    pp_document_kind_from_name (document, &kind);
  if (format != NULL)
    pp_export_format_from_name (format, &chosen);
  if (paper != NULL && *paper != '\0')
    pp_paper_from_name (paper, &size);
  adw_combo_row_set_selected (self->document_row, kind);
  adw_combo_row_set_selected (self->format_row, chosen);
  adw_combo_row_set_selected (self->paper_row, size);
}

static void
pp_export_dialog_dispose (GObject *object)
{
  PpExportDialog *self = PP_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->baseline_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->baseline_chooser));
  g_clear_object (&self->baseline_chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (pp_export_dialog_parent_class)->dispose (object);
}

static void
pp_export_dialog_finalize (GObject *object)
{
  PpExportDialog *self = PP_EXPORT_DIALOG (object);

  g_clear_object (&self->portfolio);
  g_clear_object (&self->portfolio_file);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->target);
  g_clear_object (&self->venture_ids);
  g_clear_object (&self->baseline);
  g_free (self->baseline_name);
  g_free (self->baseline_version);
  g_clear_object (&self->version_ids);
  G_OBJECT_CLASS (pp_export_dialog_parent_class)->finalize (object);
}

static void
pp_export_dialog_class_init (PpExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_export_dialog_dispose;
  object_class->finalize = pp_export_dialog_finalize;

  /**
   * PpExportDialog::exported:
   * @file: the file written
   *
   * Emitted when the document has been written to @file, just before the
   * dialog closes.
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);
  /**
   * PpExportDialog::failed:
   * @error: why the document could not be written
   *
   * Emitted when an export fails; the dialog stays open for another try.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PpExportDialog, document_row);
  gtk_widget_class_bind_template_child (widget_class, PpExportDialog, venture_row);
  gtk_widget_class_bind_template_child (widget_class, PpExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PpExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, PpExportDialog, content_label);
  gtk_widget_class_bind_template_child (widget_class, PpExportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, PpExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, PpExportDialog, baseline_row);
  gtk_widget_class_bind_template_child (widget_class, PpExportDialog, baseline_clear);
  gtk_widget_class_bind_template_child (widget_class, PpExportDialog, version_row);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "export.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "export.preview", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "export.choose-baseline", NULL,
                                   _pp_export_dialog_choose_baseline);
  gtk_widget_class_install_action (widget_class, "export.clear-baseline", NULL,
                                   _pp_export_dialog_clear_baseline);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pp_export_dialog_init (PpExportDialog *self)
{
  static const char * const documents[] = {
    N_("Partnership brief"), N_("Venture plan"), N_("MoU register"),
  };
  static const char * const papers[] = { N_("A4"), N_("US Letter") };
  g_autoptr(GtkStringList) formats = gtk_string_list_new (NULL);
  g_autoptr(GListModel) document_list = list_strings (documents, G_N_ELEMENTS (documents));
  g_autoptr(GListModel) paper_list = list_strings (papers, G_N_ELEMENTS (papers));

  gtk_widget_init_template (GTK_WIDGET (self));
  pp_accessible_fix_tree (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  for (guint i = 0; i < PP_N_EXPORT_FORMATS; i++)
    gtk_string_list_append (formats, pp_export_format_get_display_name (i));
  adw_combo_row_set_model (self->document_row, document_list);
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  adw_combo_row_set_model (self->paper_row, paper_list);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);
  _pp_export_dialog_set_baseline (self, NULL, NULL, NULL);
}

/**
 * pp_export_dialog_new:
 * @parent: the window the dialog belongs to, and prints from
 * @portfolio: what to export
 * @file: (nullable): the portfolio's file, beside which exports are
 *   suggested; %NULL for a portfolio not saved yet
 * @settings: (nullable): where the choices are remembered
 *
 * Returns: (transfer none): a new dialog, showing the last choices
 */
PpExportDialog *
pp_export_dialog_new (GtkWindow   *parent,
                      PpPortfolio *portfolio,
                      GFile       *file,
                      GSettings   *settings)
{
  PpExportDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PP_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->portfolio = g_object_ref (portfolio);
  g_set_object (&self->portfolio_file, file);
  g_set_object (&self->settings, settings);
  fill_ventures (self);
  _pp_export_dialog_fill_versions (self);
  _pp_export_dialog_watch_versions (self);
  restore_choices (self);
  options_changed_cb (self);
  return self;
}
