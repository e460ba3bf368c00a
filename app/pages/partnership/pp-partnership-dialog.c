/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-partnership-dialog.c: the Partnership dialog's first page: title,
 * description, the two countries and the default currency of new budgets.
 *
 * Every change goes through the history, one undo step each (typing merges
 * into one), and the page follows the portfolio, so an undo shows at once.
 * Replacing a country that items name asks first and then moves them with
 * it (pp_partnership_set_countries()). More pages (sectors, organisations)
 * are added with adw_preferences_window_add().
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-organisations-page.h"
#include "pp-partnership-chooser.h"
#include "pp-partnership-dialog.h"
#include "pp-partnership-setup.h"
#include "pp-sectors-page.h"
#include "pp-widget-util.h"

struct _PpPartnershipDialog
{
  AdwPreferencesWindow parent_instance;

  PpHistory *history;
  PpPortfolio *portfolio;
  char *pending[2];      /* countries chosen while the other is not yet */
  gboolean updating;

  AdwEntryRow *title_row;
  GtkTextView *description_view;
  AdwActionRow *country_rows[2];
  GtkMenuButton *country_buttons[2];
  PpPartnershipChooser *country_choosers[2];
  AdwActionRow *currency_row;
  GtkMenuButton *currency_button;
  PpPartnershipChooser *currency_chooser;
  GtkButton *clear_currency_button;
};

G_DEFINE_FINAL_TYPE (PpPartnershipDialog, pp_partnership_dialog, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static const char *
country_code (PpPartnershipDialog *self,
              guint                side)
{
  PpCountryPair *pair = pp_portfolio_get_countries (self->portfolio);

  if (!pp_country_pair_is_set (pair))
    return self->pending[side];
  return side == 0 ? pp_country_pair_get_first (pair) : pp_country_pair_get_second (pair);
}

static void
refresh_countries (PpPartnershipDialog *self)
{
  for (guint side = 0; side < 2; side++)
    {
      const char *code = country_code (self, side);

      adw_action_row_set_subtitle (self->country_rows[side],
                                   code != NULL ? pp_iso_country_get_name (code)
                                                : _("Not chosen"));
      pp_partnership_chooser_set_selected (self->country_choosers[side], code);
    }
}

static void
refresh_currency (PpPartnershipDialog *self)
{
  const char *code = pp_portfolio_get_currency (self->portfolio);
  g_autofree char *text = NULL;

  /* Translators: a currency, "USD — US Dollar" */
  if (code != NULL)
    text = pp_sentence_new (_("%s — %s"), code, pp_iso_currency_get_name (code));
  adw_action_row_set_subtitle (self->currency_row, text != NULL ? text : _("None"));
  gtk_widget_set_visible (GTK_WIDGET (self->clear_currency_button), code != NULL);
  pp_partnership_chooser_set_selected (self->currency_chooser, code);
}

static void
refresh (PpPartnershipDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  g_autofree char *description = NULL;
  GtkTextIter start, end;

  self->updating = TRUE;
  set_row_text (self->title_row, pp_portfolio_get_title (self->portfolio));
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  description = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (description, pp_portfolio_get_description (self->portfolio)) != 0)
    gtk_text_buffer_set_text (buffer, pp_portfolio_get_description (self->portfolio), -1);

  refresh_countries (self);
  refresh_currency (self);
  self->updating = FALSE;
}

static void
set_string (PpPartnershipDialog *self,
            const char          *property,
            const char          *text,
            gboolean             merge)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  pp_history_set_value (self->history, PP_NODE (self->portfolio), property, &value, merge);
  g_value_unset (&value);
}

static void
title_changed_cb (PpPartnershipDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  if (self->updating)
    return;
  /* A portfolio must have a title: an empty one is shown as an error and
   * not saved. */
  if (*text == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  set_string (self, "title", text, TRUE);
}

static void
description_changed_cb (PpPartnershipDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  set_string (self, "description", text, TRUE);
}

static void
field_left_cb (PpPartnershipDialog *self)
{
  pp_history_break_merge (self->history);
}

static void
replace_response_cb (AdwMessageDialog    *dialog,
                     const char          *response,
                     PpPartnershipDialog *self)
{
  char **codes = g_object_get_data (G_OBJECT (dialog), "codes");

  if (g_strcmp0 (response, "replace") == 0)
    pp_partnership_set_countries (self->history, codes[0], codes[1]);
}

/* Says what names @leaving and that it will name @entering instead. */
static void
ask_to_replace (PpPartnershipDialog *self,
                const char          *leaving,
                const char          *entering,
                const char * const  *codes,
                PpCountryUses       *uses)
{
  const char *old_name = pp_iso_country_get_name (leaving);
  const char *new_name = pp_iso_country_get_name (entering);
  g_autofree char *list = pp_country_uses_describe (uses);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* Translators: "Replace Pakistan With India?" */
  heading = pp_sentence_new (_("Replace %s With %s?"), old_name, new_name);
  /* Translators: the second %s is a list, one line each: "3 organisations" */
  body = pp_sentence_new (_("These items name %s as their country or side:\n\n%s\n\n"
                            "They will name %s instead."), old_name, list, new_name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "replace", _("_Replace Country"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "replace");
  adw_message_dialog_set_close_response (dialog, "cancel");

  /* The pair to set once the user agrees. */
  g_object_set_data_full (G_OBJECT (dialog), "codes",
                          g_strdupv ((char *[]) { (char *) codes[0], (char *) codes[1], NULL }),
                          (GDestroyNotify) g_strfreev);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* While the pair is incomplete, the first choice waits for the second. */
static void
choose_pending (PpPartnershipDialog *self,
                guint                side,
                const char          *code)
{
  g_free (self->pending[side]);
  self->pending[side] = g_strdup (code);
  if (g_strcmp0 (self->pending[1 - side], code) == 0)
    g_clear_pointer (&self->pending[1 - side], g_free);

  if (self->pending[0] != NULL && self->pending[1] != NULL)
    {
      g_autofree char *first = g_steal_pointer (&self->pending[0]);
      g_autofree char *second = g_steal_pointer (&self->pending[1]);

      pp_partnership_set_countries (self->history, first, second);
    }
  refresh_countries (self);
}

static void
choose_country (PpPartnershipDialog *self,
                guint                side,
                const char          *code)
{
  const char *current = country_code (self, side);
  const char *other = country_code (self, 1 - side);
  const char *codes[2];
  PpCountryUses uses;

  if (!pp_country_pair_is_set (pp_portfolio_get_countries (self->portfolio)))
    {
      choose_pending (self, side, code);
      return;
    }
  if (g_strcmp0 (code, current) == 0)
    return;

  /* Choosing the other country swaps the two, which moves nothing. */
  codes[side] = code;
  codes[1 - side] = g_strcmp0 (code, other) == 0 ? current : other;
  pp_partnership_count_uses (self->portfolio, current, &uses);
  if (g_strcmp0 (code, other) != 0 && pp_country_uses_total (&uses) > 0)
    ask_to_replace (self, current, code, codes, &uses);
  else
    pp_partnership_set_countries (self->history, codes[0], codes[1]);
}

static void
first_chosen_cb (PpPartnershipDialog *self,
                 const char          *code)
{
  choose_country (self, 0, code);
}

static void
second_chosen_cb (PpPartnershipDialog *self,
                  const char          *code)
{
  choose_country (self, 1, code);
}

static void
currency_chosen_cb (PpPartnershipDialog *self,
                    const char          *code)
{
  set_string (self, "currency", code, FALSE);
}

static void
clear_currency_cb (PpPartnershipDialog *self)
{
  set_string (self, "currency", NULL, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->currency_row));
}

static void
first_row_activated_cb (PpPartnershipDialog *self)
{
  gtk_menu_button_popup (self->country_buttons[0]);
}

static void
second_row_activated_cb (PpPartnershipDialog *self)
{
  gtk_menu_button_popup (self->country_buttons[1]);
}

static void
currency_row_activated_cb (PpPartnershipDialog *self)
{
  gtk_menu_button_popup (self->currency_button);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PpPartnershipDialog *self = PP_PARTNERSHIP_DIALOG (widget);

  if (g_str_equal (action_name, "partnership.undo"))
    pp_history_undo (self->history);
  else
    pp_history_redo (self->history);
}

static void
update_undo (PpPartnershipDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partnership.undo",
                                 pp_history_get_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partnership.redo",
                                 pp_history_get_can_redo (self->history));
}

/* The partnership's sectors and organisations, each a page of the dialog.
 * libadwaita 1.2.2 never frees the groups of a page added here (see
 * pp_sectors_page_dispose()): a page takes out of its groups, when it goes,
 * the rows that hold the history or parts of the portfolio. */
static void
add_page (PpPartnershipDialog *self,
          GtkWidget           *page,
          const char          *name)
{
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (page), name);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
}

static void
pp_partnership_dialog_constructed (GObject *object)
{
  PpPartnershipDialog *self = PP_PARTNERSHIP_DIALOG (object);

  G_OBJECT_CLASS (pp_partnership_dialog_parent_class)->constructed (object);

  self->portfolio = g_object_ref (pp_history_get_portfolio (self->history));
  g_signal_connect_object (self->portfolio, "notify", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (pp_portfolio_get_countries (self->portfolio), "notify::codes",
                           G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-undo", G_CALLBACK (update_undo), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-redo", G_CALLBACK (update_undo), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
  update_undo (self);
  add_page (self, pp_sectors_page_new (self->history), "sectors");
  add_page (self, pp_organisations_page_new (self->history), "organisations");
}

static void
pp_partnership_dialog_dispose (GObject *object)
{
  PpPartnershipDialog *self = PP_PARTNERSHIP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_PARTNERSHIP_DIALOG);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->history);
  g_clear_pointer (&self->pending[0], g_free);
  g_clear_pointer (&self->pending[1], g_free);

  G_OBJECT_CLASS (pp_partnership_dialog_parent_class)->dispose (object);
}

static void
pp_partnership_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PpPartnershipDialog *self = PP_PARTNERSHIP_DIALOG (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_partnership_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PpPartnershipDialog *self = PP_PARTNERSHIP_DIALOG (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-partnership-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PpPartnershipDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, PpPartnershipDialog, description_view);
  gtk_widget_class_bind_template_child_full (widget_class, "first_row", FALSE,
    G_STRUCT_OFFSET (PpPartnershipDialog, country_rows[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "second_row", FALSE,
    G_STRUCT_OFFSET (PpPartnershipDialog, country_rows[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "first_button", FALSE,
    G_STRUCT_OFFSET (PpPartnershipDialog, country_buttons[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "second_button", FALSE,
    G_STRUCT_OFFSET (PpPartnershipDialog, country_buttons[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "first_chooser", FALSE,
    G_STRUCT_OFFSET (PpPartnershipDialog, country_choosers[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "second_chooser", FALSE,
    G_STRUCT_OFFSET (PpPartnershipDialog, country_choosers[1]));
  gtk_widget_class_bind_template_child (widget_class, PpPartnershipDialog, currency_row);
  gtk_widget_class_bind_template_child (widget_class, PpPartnershipDialog, currency_button);
  gtk_widget_class_bind_template_child (widget_class, PpPartnershipDialog, currency_chooser);
  gtk_widget_class_bind_template_child (widget_class, PpPartnershipDialog,
                                        clear_currency_button);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, first_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, second_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, currency_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_currency_cb);
  gtk_widget_class_bind_template_callback (widget_class, first_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, second_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, currency_row_activated_cb);
}

static void
pp_partnership_dialog_class_init (PpPartnershipDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pp_partnership_dialog_constructed;
  object_class->dispose = pp_partnership_dialog_dispose;
  object_class->set_property = pp_partnership_dialog_set_property;
  object_class->get_property = pp_partnership_dialog_get_property;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, PP_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PP_TYPE_PARTNERSHIP_CHOOSER);
  bind_template (widget_class);

  /* The window's Undo is out of reach while this dialog is up, so it has
   * its own, on the same keys. */
  gtk_widget_class_install_action (widget_class, "partnership.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "partnership.redo", NULL, undo_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "partnership.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "partnership.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "partnership.redo", NULL);
}

static void
pp_partnership_dialog_init (PpPartnershipDialog *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  pp_accessible_fix_tree (GTK_WIDGET (self));

  /* Ctrl+Z undoes through the history, not inside one field. */
  buffer = gtk_text_view_get_buffer (self->description_view);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);
  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (description_changed_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->title_row), G_CALLBACK (field_left_cb), self);
  pp_on_focus_leave (GTK_WIDGET (self->description_view), G_CALLBACK (field_left_cb), self);
}

/**
 * pp_partnership_dialog_new:
 * @parent: the window the dialog belongs to
 * @history: the history of the portfolio to edit
 */
PpPartnershipDialog *
pp_partnership_dialog_new (GtkWindow *parent,
                           PpHistory *history)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PP_IS_HISTORY (history), NULL);

  return g_object_new (PP_TYPE_PARTNERSHIP_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       "history", history,
                       NULL);
}

/**
 * pp_partnership_dialog_show_page:
 * @name: "partnership", "sectors" or "organisations"
 *
 * Shows that page of the dialog.
 */
void
pp_partnership_dialog_show_page (PpPartnershipDialog *self,
                                 const char          *name)
{
  g_return_if_fail (PP_IS_PARTNERSHIP_DIALOG (self));

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (self), name);
}
