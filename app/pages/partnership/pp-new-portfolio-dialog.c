/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-new-portfolio-dialog.c: a new portfolio in two steps: the two
 * countries and a title, then the sectors to start with, all ticked.
 *
 * The title follows the countries ("Pakistan–Belarus Partnership") until
 * the user types one. Create emits "create" with the new portfolio and
 * closes; Cancel or Escape closes and nothing is made.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-accessible.h"
#include "pp-iso-codes.h"
#include "pp-new-portfolio-dialog.h"
#include "pp-partnership-chooser.h"
#include "pp-partnership-setup.h"

struct _PpNewPortfolioDialog
{
  AdwWindow parent_instance;

  char *countries[2];
  gboolean title_typed;  /* the user's own title, which is kept */
  gboolean updating;
  GPtrArray *sector_checks;

  AdwWindowTitle *window_title;
  GtkStack *stack;
  GtkWidget *cancel_button;
  GtkWidget *back_button;
  GtkWidget *next_button;
  GtkWidget *create_button;
  AdwActionRow *country_rows[2];
  GtkMenuButton *country_buttons[2];
  PpPartnershipChooser *country_choosers[2];
  AdwEntryRow *title_row;
  AdwPreferencesGroup *sectors_group;
};

G_DEFINE_FINAL_TYPE (PpNewPortfolioDialog, pp_new_portfolio_dialog, ADW_TYPE_WINDOW)

enum {
  CREATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
can_go_on (PpNewPortfolioDialog *self)
{
  return self->countries[0] != NULL && self->countries[1] != NULL &&
         *gtk_editable_get_text (GTK_EDITABLE (self->title_row)) != '\0';
}

static void
update_title (PpNewPortfolioDialog *self)
{
  g_autofree char *title = NULL;

  if (self->title_typed || self->countries[0] == NULL || self->countries[1] == NULL)
    return;
  /* Translators: the suggested title of a new portfolio, "Pakistan–Belarus Partnership" */
  title = g_strdup_printf (_("%s–%s Partnership"), pp_iso_country_get_name (self->countries[0]),
                           pp_iso_country_get_name (self->countries[1]));
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  self->updating = FALSE;
}

static void
refresh (PpNewPortfolioDialog *self)
{
  for (guint side = 0; side < 2; side++)
    {
      const char *code = self->countries[side];

      adw_action_row_set_subtitle (self->country_rows[side],
                                   code != NULL ? pp_iso_country_get_name (code)
                                                : _("Not chosen"));
      pp_partnership_chooser_set_selected (self->country_choosers[side], code);
    }
  update_title (self);
  gtk_widget_set_sensitive (self->next_button, can_go_on (self));
}

/* Choosing the other row's country moves it here: the two stay apart. */
static void
choose (PpNewPortfolioDialog *self,
        guint                 side,
        const char           *code)
{
  if (g_strcmp0 (self->countries[1 - side], code) == 0)
    {
      g_free (self->countries[1 - side]);
      self->countries[1 - side] = g_steal_pointer (&self->countries[side]);
    }
  g_free (self->countries[side]);
  self->countries[side] = g_strdup (code);
  refresh (self);
}

static void
first_chosen_cb (PpNewPortfolioDialog *self,
                 const char           *code)
{
  choose (self, 0, code);
  if (self->countries[1] == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->country_rows[1]));
}

static void
second_chosen_cb (PpNewPortfolioDialog *self,
                  const char           *code)
{
  choose (self, 1, code);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
first_row_activated_cb (PpNewPortfolioDialog *self)
{
  gtk_menu_button_popup (self->country_buttons[0]);
}

static void
second_row_activated_cb (PpNewPortfolioDialog *self)
{
  gtk_menu_button_popup (self->country_buttons[1]);
}

static void
title_changed_cb (PpNewPortfolioDialog *self)
{
  if (!self->updating)
    self->title_typed = TRUE;
  gtk_widget_set_sensitive (self->next_button, can_go_on (self));
}

static void
show_step (PpNewPortfolioDialog *self,
           gboolean              sectors)
{
  gtk_stack_set_visible_child_name (self->stack, sectors ? "sectors" : "countries");
  adw_window_title_set_subtitle (self->window_title,
                                 sectors ? _("Sectors") : _("Countries and Title"));
  gtk_widget_set_visible (self->cancel_button, !sectors);
  gtk_widget_set_visible (self->next_button, !sectors);
  gtk_widget_set_visible (self->back_button, sectors);
  gtk_widget_set_visible (self->create_button, sectors);
  gtk_window_set_default_widget (GTK_WINDOW (self),
                                 sectors ? self->create_button : self->next_button);
  gtk_widget_grab_focus (sectors ? self->create_button : GTK_WIDGET (self->title_row));
}

static void
next_cb (PpNewPortfolioDialog *self)
{
  if (can_go_on (self))
    show_step (self, TRUE);
}

static void
back_cb (PpNewPortfolioDialog *self)
{
  show_step (self, FALSE);
}

static void
create_cb (PpNewPortfolioDialog *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(PpPortfolio) portfolio = NULL;

  for (guint i = 0; i < self->sector_checks->len; i++)
    {
      GtkCheckButton *check = self->sector_checks->pdata[i];

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (names, (gpointer) gtk_check_button_get_label (check));
    }
  g_ptr_array_add (names, NULL);

  portfolio = pp_partnership_new_portfolio (gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                                            self->countries[0], self->countries[1],
                                            (const char * const *) names->pdata);
  g_signal_emit (self, signals[CREATE], 0, portfolio);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* One row per starting sector, ticked, its name on the check box so that
 * the box is named for assistive technologies too. */
static void
add_sector_rows (PpNewPortfolioDialog *self)
{
  g_auto(GStrv) names = pp_partnership_starting_sectors ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new_with_label (names[i]);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_widget_set_hexpand (check, TRUE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->sectors_group, row);
      g_ptr_array_add (self->sector_checks, check);
    }
}

static void
pp_new_portfolio_dialog_dispose (GObject *object)
{
  PpNewPortfolioDialog *self = PP_NEW_PORTFOLIO_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_NEW_PORTFOLIO_DIALOG);
  g_clear_pointer (&self->sector_checks, g_ptr_array_unref);
  g_clear_pointer (&self->countries[0], g_free);
  g_clear_pointer (&self->countries[1], g_free);

  G_OBJECT_CLASS (pp_new_portfolio_dialog_parent_class)->dispose (object);
}

static void
pp_new_portfolio_dialog_class_init (PpNewPortfolioDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_new_portfolio_dialog_dispose;

  /**
   * PpNewPortfolioDialog::create:
   * @portfolio: the new portfolio
   *
   * Emitted once, when the user chose Create; the dialog then closes.
   */
  signals[CREATE] = g_signal_new ("create", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PP_TYPE_PORTFOLIO);

  g_type_ensure (PP_TYPE_PARTNERSHIP_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-new-portfolio-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PpNewPortfolioDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PpNewPortfolioDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PpNewPortfolioDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PpNewPortfolioDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, PpNewPortfolioDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, PpNewPortfolioDialog, create_button);
  gtk_widget_class_bind_template_child_full (widget_class, "first_row", FALSE,
    G_STRUCT_OFFSET (PpNewPortfolioDialog, country_rows[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "second_row", FALSE,
    G_STRUCT_OFFSET (PpNewPortfolioDialog, country_rows[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "first_button", FALSE,
    G_STRUCT_OFFSET (PpNewPortfolioDialog, country_buttons[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "second_button", FALSE,
    G_STRUCT_OFFSET (PpNewPortfolioDialog, country_buttons[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "first_chooser", FALSE,
    G_STRUCT_OFFSET (PpNewPortfolioDialog, country_choosers[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "second_chooser", FALSE,
    G_STRUCT_OFFSET (PpNewPortfolioDialog, country_choosers[1]));
  gtk_widget_class_bind_template_child (widget_class, PpNewPortfolioDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, PpNewPortfolioDialog, sectors_group);
  gtk_widget_class_bind_template_callback (widget_class, first_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, second_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, first_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, second_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pp_new_portfolio_dialog_init (PpNewPortfolioDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pp_accessible_fix_tree (GTK_WIDGET (self));

  self->sector_checks = g_ptr_array_new ();
  add_sector_rows (self);
  refresh (self);
  show_step (self, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->country_rows[0]));
}

/**
 * pp_new_portfolio_dialog_new:
 * @parent: (nullable): the window it was asked from
 */
PpNewPortfolioDialog *
pp_new_portfolio_dialog_new (GtkWindow *parent)
{
  return g_object_new (PP_TYPE_NEW_PORTFOLIO_DIALOG,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}
