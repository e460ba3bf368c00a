/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-review.c: PpImportReview, the last step of the Import dialog.
 *
 * It shows what the plan will do ("3 MoUs will be added"), a combo row for
 * each sector and organisation the register names that the portfolio does
 * not have (new, with a country for an organisation, or one the portfolio
 * has), and the rows that cannot be read, by sheet, row and column, with a
 * switch to skip them and a row that reads the file again once they are
 * fixed (the dialog's "import.reread"). "can-import" is false while such rows are there and
 * not skipped, or while nothing would be imported; a line says why.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-format.h"
#include "pp-import-line.h"
#include "pp-import-review.h"
#include "pp-iso-codes.h"

/* Enough to see what is wrong; a register with more is better fixed first. */
#define MAX_PROBLEMS 200

/* The first items of an organisation's combo row, before the portfolio's
 * own organisations. */
enum {
  NEW_IN_FIRST,
  NEW_IN_SECOND,
  NEW_INTERNATIONAL,
  N_NEW_CHOICES
};

struct _PpImportReview
{
  AdwBin parent_instance;

  PpImportPlan *plan;
  PpPortfolio *portfolio;
  GPtrArray *sector_ids;        /* the portfolio's, in the order the combo rows list them */
  GPtrArray *organisation_ids;
  /* What the user chose for each new name, by name, so that going back to
   * the columns and on again does not forget it. */
  GHashTable *sector_choices;
  GHashTable *organisation_choices;
  GListStore *problems;         /* of PpImportLine */
  gboolean can_import;

  GtkLabel *summary_label;
  GtkLabel *blocked_label;
  AdwPreferencesGroup *problems_group;
  AdwActionRow *reread_row;
  GtkButton *reread_button;
  AdwActionRow *skip_row;
  GtkSwitch *skip_switch;
  GtkListBox *problems_list;
  GtkLabel *more_label;
  AdwPreferencesGroup *sectors_group;
  GtkListBox *sectors_list;
  AdwPreferencesGroup *organisations_group;
  GtkListBox *organisations_list;
};

G_DEFINE_FINAL_TYPE (PpImportReview, pp_import_review, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CAN_IMPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
n_problems (PpImportReview *self)
{
  return self->plan != NULL ? pp_import_plan_get_problems (self->plan)->len : 0;
}

static void
update_can_import (PpImportReview *self)
{
  gboolean blocked = n_problems (self) > 0 && !gtk_switch_get_active (self->skip_switch);
  gboolean empty = self->plan == NULL || (pp_import_plan_get_n_added (self->plan) == 0 &&
                                          pp_import_plan_get_n_updated (self->plan) == 0);

  if (blocked)
    gtk_label_set_text (self->blocked_label,
                        _("Import is not possible while rows cannot be read: fix them and "
                          "read the file again, turn on “Skip These Rows” to import the "
                          "others, or go back and change the columns."));
  else if (empty)
    gtk_label_set_text (self->blocked_label,
                        _("There is nothing to import: the register has no row that can be "
                          "read."));
  gtk_widget_set_visible (GTK_WIDGET (self->blocked_label), blocked || empty);
  if (self->can_import == (!blocked && !empty))
    return;
  self->can_import = !blocked && !empty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_IMPORT]);
}

static void
show_summary (PpImportReview *self)
{
  guint added = pp_import_plan_get_n_added (self->plan);
  guint updated = pp_import_plan_get_n_updated (self->plan);
  g_autofree char *text = NULL;

  if (updated == 0)
    text = pp_sentence_new (ngettext ("%u MoU will be added.", "%u MoUs will be added.",
                                      added), added);
  else if (added == 0)
    text = pp_sentence_new (ngettext ("%u MoU of the portfolio will be updated.",
                                      "%u MoUs of the portfolio will be updated.", updated),
                            updated);
  else
    {
      g_autofree char *added_text = g_strdup_printf (
        ngettext ("%u MoU will be added", "%u MoUs will be added", added), added);

      /* Translators: "3 MoUs will be added, 2 updated." */
      text = pp_sentence_new (ngettext ("%s, %u updated.", "%s, %u updated.", updated),
                              added_text, updated);
    }
  gtk_label_set_text (self->summary_label, text);
}

static char *
describe_place (PpSheet         *sheet,
                gboolean         workbook,
                PpImportProblem *problem)
{
  g_autofree char *column = NULL;

  if (problem->column == G_MAXUINT)
    return workbook ? pp_sentence_new (_("Sheet “%s”, row %u"), pp_sheet_get_name (sheet),
                                       problem->row)
                    : pp_sentence_new (_("Row %u"), problem->row);
  column = pp_import_column_name (sheet, problem->column);
  if (workbook)
    /* Translators: where a cell is, "Sheet “2025”, row 4, column C “Signed”" */
    return pp_sentence_new (_("Sheet “%s”, row %u, column %s"), pp_sheet_get_name (sheet),
                            problem->row, column);
  /* Translators: where a cell is, "Row 4, column C “Signed”" */
  return pp_sentence_new (_("Row %u, column %s"), problem->row, column);
}

static void
show_problems (PpImportReview *self,
               PpSheet        *sheet,
               gboolean        workbook)
{
  GPtrArray *problems = pp_import_plan_get_problems (self->plan);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  guint shown = MIN (problems->len, MAX_PROBLEMS);

  for (guint i = 0; i < shown; i++)
    {
      PpImportProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *place = describe_place (sheet, workbook, problem);

      g_ptr_array_add (lines, pp_import_line_new (problem->message, place, TRUE));
    }
  g_list_store_splice (self->problems, 0, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                       lines->pdata, lines->len);
  if (problems->len > shown)
    {
      g_autofree char *more = pp_sentence_new (ngettext ("And %u more.", "And %u more.",
                                                         problems->len - shown),
                                               problems->len - shown);

      gtk_label_set_text (self->more_label, more);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), problems->len > shown);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);
}

/* A combo row for a name of the register, first the choices of a new item,
 * then the portfolio's items; it remembers which name it is for. */
static AdwComboRow *
name_row (const char         *name,
          const char * const *choices,
          GListModel         *items,
          const char *      (*get_name) (gpointer item),
          GPtrArray          *ids)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (choices);

  g_ptr_array_set_size (ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PpNode) item = g_list_model_get_item (items, i);

      gtk_string_list_append (model, get_name (item));
      g_ptr_array_add (ids, g_strdup (pp_node_get_id (item)));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  g_object_set_data_full (G_OBJECT (row), "name", g_strdup (name), g_free);
  return ADW_COMBO_ROW (row);
}

static const char *
sector_name (gpointer item)
{
  return pp_sector_get_name (item);
}

static const char *
organisation_name (gpointer item)
{
  return pp_organisation_get_name (item);
}

static void
sector_selected_cb (AdwComboRow    *row,
                    GParamSpec     *pspec,
                    PpImportReview *self)
{
  const char *name = g_object_get_data (G_OBJECT (row), "name");
  guint chosen = adw_combo_row_get_selected (row);

  g_hash_table_insert (self->sector_choices, g_strdup (name), GUINT_TO_POINTER (chosen));
  pp_import_plan_use_sector (self->plan, name,
                             chosen >= 1 && chosen - 1 < self->sector_ids->len
                             ? g_ptr_array_index (self->sector_ids, chosen - 1) : NULL);
}

static void
organisation_selected_cb (AdwComboRow    *row,
                          GParamSpec     *pspec,
                          PpImportReview *self)
{
  PpCountryPair *countries = pp_portfolio_get_countries (self->portfolio);
  const char *name = g_object_get_data (G_OBJECT (row), "name");
  guint chosen = adw_combo_row_get_selected (row);

  g_hash_table_insert (self->organisation_choices, g_strdup (name), GUINT_TO_POINTER (chosen));
  if (chosen >= N_NEW_CHOICES && chosen - N_NEW_CHOICES < self->organisation_ids->len)
    {
      pp_import_plan_use_organisation (self->plan, name,
                                       g_ptr_array_index (self->organisation_ids,
                                                          chosen - N_NEW_CHOICES));
      return;
    }
  pp_import_plan_use_organisation (self->plan, name, NULL);
  pp_import_plan_set_country (self->plan, name,
                              chosen == NEW_IN_FIRST ? pp_country_pair_get_first (countries)
                              : chosen == NEW_IN_SECOND ? pp_country_pair_get_second (countries)
                              : NULL);
}

/* Selects what the user chose for the row's name before, if anything, and
 * tells the plan, since the plan is new each time the review is made. */
static gboolean
restore_choice (AdwComboRow *row,
                GHashTable  *choices,
                const char  *name)
{
  gpointer chosen;
  GListModel *model = adw_combo_row_get_model (row);

  if (!g_hash_table_lookup_extended (choices, name, NULL, &chosen) ||
      GPOINTER_TO_UINT (chosen) >= g_list_model_get_n_items (model))
    return FALSE;
  adw_combo_row_set_selected (row, GPOINTER_TO_UINT (chosen));
  return TRUE;
}

static void
show_sectors (PpImportReview *self)
{
  const char * const *names = pp_import_plan_get_new_sectors (self->plan);
  const char *choices[] = { _("Add as a new sector"), NULL };

  pp_import_list_box_clear (self->sectors_list);
  for (guint i = 0; names[i] != NULL; i++)
    {
      AdwComboRow *row = name_row (names[i], choices, pp_portfolio_get_sectors (self->portfolio),
                                   sector_name, self->sector_ids);

      if (restore_choice (row, self->sector_choices, names[i]))
        sector_selected_cb (row, NULL, self);
      g_signal_connect (row, "notify::selected", G_CALLBACK (sector_selected_cb), self);
      gtk_list_box_append (self->sectors_list, GTK_WIDGET (row));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->sectors_group), names[0] != NULL);
}

static const char *
country_name (const char *code)
{
  const char *name = code != NULL ? pp_iso_country_get_name (code) : NULL;

  return name != NULL ? name : code != NULL ? code : "";
}

static guint
guessed_choice (PpImportReview *self,
                const char     *name)
{
  PpCountryPair *countries = pp_portfolio_get_countries (self->portfolio);
  const char *guess = pp_import_plan_get_country (self->plan, name);

  if (guess != NULL && g_strcmp0 (guess, pp_country_pair_get_first (countries)) == 0)
    return NEW_IN_FIRST;
  if (guess != NULL && g_strcmp0 (guess, pp_country_pair_get_second (countries)) == 0)
    return NEW_IN_SECOND;
  return NEW_INTERNATIONAL;
}

static void
show_organisations (PpImportReview *self)
{
  const char * const *names = pp_import_plan_get_new_organisations (self->plan);
  PpCountryPair *countries = pp_portfolio_get_countries (self->portfolio);
  const char *first_name = country_name (pp_country_pair_get_first (countries));
  const char *second_name = country_name (pp_country_pair_get_second (countries));
  /* Translators: a new organisation of one of the portfolio's countries, "New, of Belarus" */
  g_autofree char *first = pp_sentence_new (_("New, of %s"), first_name);
  g_autofree char *second = pp_sentence_new (_("New, of %s"), second_name);
  const char *choices[] = { first, second, _("New, of no country"), NULL };

  pp_import_list_box_clear (self->organisations_list);
  for (guint i = 0; names[i] != NULL; i++)
    {
      AdwComboRow *row = name_row (names[i], choices,
                                   pp_portfolio_get_organisations (self->portfolio),
                                   organisation_name, self->organisation_ids);

      /* Until the user says, a new organisation belongs to the country its
       * name names, if it names one of the two, else to none. */
      adw_combo_row_set_selected (row, guessed_choice (self, names[i]));
      if (restore_choice (row, self->organisation_choices, names[i]))
        organisation_selected_cb (row, NULL, self);
      g_signal_connect (row, "notify::selected", G_CALLBACK (organisation_selected_cb), self);
      gtk_list_box_append (self->organisations_list, GTK_WIDGET (row));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->organisations_group), names[0] != NULL);
}

static void
pp_import_review_dispose (GObject *object)
{
  PpImportReview *self = PP_IMPORT_REVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_IMPORT_REVIEW);
  g_clear_object (&self->problems);
  g_clear_object (&self->portfolio);
  G_OBJECT_CLASS (pp_import_review_parent_class)->dispose (object);
}

static void
pp_import_review_finalize (GObject *object)
{
  PpImportReview *self = PP_IMPORT_REVIEW (object);

  g_clear_pointer (&self->plan, pp_import_plan_free);
  g_ptr_array_unref (self->sector_ids);
  g_ptr_array_unref (self->organisation_ids);
  g_hash_table_unref (self->sector_choices);
  g_hash_table_unref (self->organisation_choices);
  G_OBJECT_CLASS (pp_import_review_parent_class)->finalize (object);
}

static void
pp_import_review_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PpImportReview *self = PP_IMPORT_REVIEW (object);

  switch (prop_id)
    {
    case PROP_CAN_IMPORT:
      g_value_set_boolean (value, self->can_import);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_import_review_class_init (PpImportReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_import_review_dispose;
  object_class->finalize = pp_import_review_finalize;
  object_class->get_property = pp_import_review_get_property;

  /* Whether the plan can be applied as it stands. */
  properties[PROP_CAN_IMPORT] =
    g_param_spec_boolean ("can-import", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/"
                                               "pp-import-review.ui");
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, blocked_label);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, problems_group);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, reread_row);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, reread_button);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, skip_row);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, problems_list);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, more_label);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, sectors_group);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, sectors_list);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, organisations_group);
  gtk_widget_class_bind_template_child (widget_class, PpImportReview, organisations_list);
  gtk_widget_class_bind_template_callback (widget_class, update_can_import);
}

static void
pp_import_review_init (PpImportReview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sector_ids = g_ptr_array_new_with_free_func (g_free);
  self->organisation_ids = g_ptr_array_new_with_free_func (g_free);
  self->sector_choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->organisation_choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_list_store_new (PP_TYPE_IMPORT_LINE);
  gtk_list_box_bind_model (self->problems_list, G_LIST_MODEL (self->problems),
                           pp_import_line_create_row, NULL, NULL);
}

/**
 * pp_import_review_set_plan:
 * @plan: (transfer full): what importing the register will do
 * @portfolio: the portfolio it is imported into
 * @sheet: the sheet it was read from, for its headers and name
 * @workbook: whether the sheet is one of a workbook's, named in each place
 */
void
pp_import_review_set_plan (PpImportReview *self,
                           PpImportPlan   *plan,
                           PpPortfolio    *portfolio,
                           PpSheet        *sheet,
                           gboolean        workbook)
{
  g_return_if_fail (PP_IS_IMPORT_REVIEW (self));
  g_return_if_fail (plan != NULL);

  g_clear_pointer (&self->plan, pp_import_plan_free);
  self->plan = plan;
  g_set_object (&self->portfolio, portfolio);
  gtk_switch_set_active (self->skip_switch, FALSE);
  show_summary (self);
  show_problems (self, sheet, workbook);
  show_sectors (self);
  show_organisations (self);
  update_can_import (self);
}

gboolean
pp_import_review_get_can_import (PpImportReview *self)
{
  g_return_val_if_fail (PP_IS_IMPORT_REVIEW (self), FALSE);

  return self->can_import;
}

/**
 * pp_import_review_apply:
 * @n_added: (out): how many MoUs were added
 * @n_updated: (out): how many were updated
 *
 * Imports the register as one step of @history, leaving out the rows that
 * cannot be read when the user said to skip them.
 *
 * Returns: whether it was imported; if not, the portfolio is as it was
 */
gboolean
pp_import_review_apply (PpImportReview *self,
                        PpHistory      *history,
                        guint          *n_added,
                        guint          *n_updated,
                        GError        **error)
{
  g_return_val_if_fail (PP_IS_IMPORT_REVIEW (self), FALSE);
  g_return_val_if_fail (self->plan != NULL, FALSE);

  *n_added = pp_import_plan_get_n_added (self->plan);
  *n_updated = pp_import_plan_get_n_updated (self->plan);
  return pp_import_plan_apply (self->plan, history, gtk_switch_get_active (self->skip_switch),
                               error);
}
