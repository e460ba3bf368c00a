/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-editors.c: what a user meets in the MoU and venture editors and on
 * the dashboard's agenda, on the sample, driven through the widgets: the
 * register's first row, the register and the venture list in a narrow
 * window, who owes a follow-up or a milestone, a new milestone's date,
 * the agenda's rows, Tab in the text views (needs a display). */

#include "config.h"

#include <adwaita.h>

#include "pp-date.h"
#include "pp-due-item.h"
#include "pp-mou-editor.h"
#include "pp-mou-page.h"
#include "pp-portfolio-io.h"
#include "pp-summary.h"
#include "pp-test-ui.h"
#include "pp-ventures-page.h"
#include "pp-window.h"

typedef struct
{
  PpPortfolio *portfolio;
  PpWindow *window;
  PpHistory *history;
} Fixture;

static gpointer
child_of (gpointer    widget,
          GType       type,
          const char *name)
{
  gpointer child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* Lets the window lay itself out and the register finish its sorting. */
static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->portfolio = pp_portfolio_load_sample (&error);
  g_assert_no_error (error);
  f->window = g_object_ref_sink (pp_window_new (NULL, f->portfolio, NULL));
  f->history = pp_window_get_history (f->window);
  /* Some tests ask for a narrow window (a width in pixels). */
  if (data != NULL)
    gtk_window_set_default_size (GTK_WINDOW (f->window), GPOINTER_TO_INT (data), 800);
  gtk_window_present (GTK_WINDOW (f->window));
  pp_test_wait_for_pages (GTK_WIDGET (f->window));
  settle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  g_clear_object (&f->portfolio);
}

static void
show_page (Fixture    *f,
           const char *name)
{
  adw_view_stack_set_visible_child_name (child_of (f->window, PP_TYPE_WINDOW, "stack"), name);
  settle ();
}

static PpMouPage *
mou_page (Fixture *f)
{
  return PP_MOU_PAGE (pp_window_get_page (PP_WINDOW (f->window), "mous"));
}

static PpVenturesPage *
ventures_page (Fixture *f)
{
  return PP_VENTURES_PAGE (pp_window_get_page (PP_WINDOW (f->window), "ventures"));
}

static gpointer
lookup (Fixture        *f,
        PpCollection    collection,
        const char     *id)
{
  PpNode *node = pp_portfolio_lookup (f->portfolio, collection, id);

  g_assert_nonnull (node);
  return node;
}

static GtkWidget *
last_row (GtkListBox *list)
{
  GtkWidget *row = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      row = child;
  g_assert_nonnull (row);
  return row;
}

/* The first row is selected when the register opens: the editor shows
 * that MoU and Duplicate and Delete act on it, with no arrow key pressed. */
static void
test_first_row_selected (Fixture       *f,
                         gconstpointer  data)
{
  PpMouPage *page = mou_page (f);
  PpMouEditor *editor = child_of (page, PP_TYPE_MOU_PAGE, "editor");
  GtkColumnView *view = child_of (page, PP_TYPE_MOU_PAGE, "column_view");
  GtkSelectionModel *selection = gtk_column_view_get_model (view);
  g_autoptr(PpMou) first = g_list_model_get_item (pp_mou_page_get_shown (page), 0);
  GtkWidget *duplicate;
  GtkStack *stack;

  show_page (f, "mous");
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  g_assert_true (pp_mou_page_get_selected (page) == first);
  g_assert_true (pp_mou_editor_get_mou (editor) == first);
  stack = child_of (editor, PP_TYPE_MOU_EDITOR, "stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "editor");
  duplicate = pp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, "Duplicate MoU");
  g_assert_true (gtk_widget_is_sensitive (duplicate));
  g_assert_true (gtk_widget_is_sensitive (pp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON,
                                                               "Delete MoU")));

  pp_test_click (duplicate);
  g_assert_cmpuint (g_list_model_get_n_items (pp_portfolio_get_mous (f->portfolio)), ==, 8);
}

/* At 400 px the register shows its first columns only: its scroll bar
 * stays in sight, and Left and Right scroll it from a row. */
static void
test_narrow_register (Fixture       *f,
                      gconstpointer  data)
{
  PpMouPage *page = mou_page (f);
  GtkScrolledWindow *scroll = child_of (page, PP_TYPE_MOU_PAGE, "register_scroll");
  GtkWidget *view = child_of (page, PP_TYPE_MOU_PAGE, "column_view");
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (scroll);
  double start;

  show_page (f, "mous");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 420);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >,
                     gtk_adjustment_get_page_size (adjustment));
  g_assert_false (gtk_scrolled_window_get_overlay_scrolling (scroll));
  g_assert_true (gtk_widget_get_visible (gtk_scrolled_window_get_hscrollbar (scroll)));

  g_assert_true (gtk_widget_grab_focus (view));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), view));
  start = gtk_adjustment_get_value (adjustment);
  g_assert_true (pp_test_press_key (view, GDK_KEY_Right, 0));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, start);
  g_assert_true (pp_test_press_key (view, GDK_KEY_Left, 0));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, start);
}

/* Narrow, activating a venture's row (a click, Enter, Space) opens its
 * editor on the venture of that row. */
static void
test_narrow_venture_opens (Fixture       *f,
                           gconstpointer  data)
{
  PpVenturesPage *page = ventures_page (f);
  AdwLeaflet *leaflet = child_of (page, PP_TYPE_VENTURES_PAGE, "leaflet");
  GtkWidget *list = child_of (page, PP_TYPE_VENTURES_PAGE, "list");
  g_autoptr(PpVenture) third = g_list_model_get_item (pp_portfolio_get_ventures (f->portfolio), 2);

  show_page (f, "ventures");
  g_assert_true (adw_leaflet_get_folded (leaflet));
  adw_leaflet_set_visible_child_name (leaflet, "list");
  pp_test_wait_for_idle ();
  g_assert_true (gtk_widget_activate (pp_test_list_row (list, 2)));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "editor");
  g_assert_true (pp_ventures_page_get_selected (page) == third);
}

static GtkWidget *
label_with_text (GtkWidget  *root,
                 const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = label_with_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A follow-up's row shows its whole title, and its "Owed by" row sets the
 * side that owes it, which "What each side owes" follows; undo puts it
 * back. */
static void
test_follow_up_row (Fixture       *f,
                    gconstpointer  data)
{
  PpMouPage *page = mou_page (f);
  PpMouEditor *editor = child_of (page, PP_TYPE_MOU_PAGE, "editor");
  PpMou *mou = lookup (f, PP_COLLECTION_MOUS, "readmission-agreement");
  GListModel *follow_ups = pp_mou_get_follow_ups (mou);
  const char *title = "Send the draft implementing protocol to both ministries of interior";
  g_autoptr(PpFollowUp) added = NULL;
  g_autoptr(PpSummary) summary = NULL;
  GtkWidget *row, *title_row, *label;
  AdwComboRow *side;

  show_page (f, "mous");
  gtk_toggle_button_set_active (child_of (page, PP_TYPE_MOU_PAGE, "editor_toggle"), TRUE);
  pp_mou_page_select (page, mou);
  settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-follow-up", NULL));
  added = g_list_model_get_item (follow_ups, g_list_model_get_n_items (follow_ups) - 1);
  row = last_row (child_of (editor, PP_TYPE_MOU_EDITOR, "follow_ups_list"));

  /* The new row opens on its title, which typing replaces. */
  title_row = pp_test_find_widget (row, ADW_TYPE_ENTRY_ROW, "Title");
  g_assert_nonnull (title_row);
  g_assert_true (gtk_widget_has_focus (title_row) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), title_row));
  gtk_editable_set_text (GTK_EDITABLE (title_row), title);
  g_assert_cmpstr (pp_follow_up_get_title (added), ==, title);
  settle ();
  label = label_with_text (row, title);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));

  side = pp_test_find_widget (row, ADW_TYPE_COMBO_ROW, "Owed by");
  g_assert_nonnull (side);
  g_assert_cmpuint (adw_combo_row_get_selected (side), ==, 0);
  adw_combo_row_set_selected (side, 2);
  g_assert_cmpstr (pp_follow_up_get_side (added), ==, "BY");
  summary = pp_summary_new (f->portfolio);
  for (guint i = 0;; i++)
    {
      g_autoptr(PpDueItem) item = g_list_model_get_item (pp_summary_get_owed (summary, 1), i);

      g_assert_nonnull (item);
      if (g_strcmp0 (pp_due_item_get_title (item), title) == 0)
        break;
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_null (pp_follow_up_get_side (added));
  g_assert_cmpuint (adw_combo_row_get_selected (side), ==, 0);
}

/* A new milestone is due after the venture's last one, not on the
 * venture's start, long past here, where it would start out overdue. */
static void
test_new_milestone_date (Fixture       *f,
                         gconstpointer  data)
{
  PpVenturesPage *page = ventures_page (f);
  PpVenture *buses = lookup (f, PP_COLLECTION_VENTURES, "electric-buses");
  GListModel *milestones = pp_venture_get_milestones (buses);
  g_autoptr(PpMilestone) added = NULL;
  GDate today, expected;

  show_page (f, "ventures");
  pp_ventures_page_select (page, buses);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "ventures.add-milestone", NULL));
  added = g_list_model_get_item (milestones, g_list_model_get_n_items (milestones) - 1);
  pp_date_get_today (&today);
  g_assert_cmpint (g_date_compare (pp_milestone_get_due_on (added), &today), >=, 0);
  g_date_set_dmy (&expected, 30, G_DATE_APRIL, 2028);
  g_assert_cmpint (g_date_compare (pp_milestone_get_due_on (added), &expected), ==, 0);
}

/* A milestone's "Owed by" row sets the side that owes it, which its row
 * then says; undo puts it back. */
static void
test_milestone_owed_by (Fixture       *f,
                        gconstpointer  data)
{
  PpVenturesPage *page = ventures_page (f);
  PpVenture *buses = lookup (f, PP_COLLECTION_VENTURES, "electric-buses");
  g_autoptr(PpMilestone) milestone = g_list_model_get_item (pp_venture_get_milestones (buses), 2);
  GtkListBox *list = child_of (page, PP_TYPE_VENTURES_PAGE, "milestones_list");
  GtkWidget *row;
  AdwComboRow *side;

  show_page (f, "ventures");
  pp_ventures_page_select (page, buses);
  g_assert_null (pp_milestone_get_side (milestone));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2));
  side = pp_test_find_widget (row, ADW_TYPE_COMBO_ROW, "Owed by");
  g_assert_nonnull (side);
  g_assert_cmpuint (adw_combo_row_get_selected (side), ==, 0);
  adw_combo_row_set_selected (side, 1);
  g_assert_cmpstr (pp_milestone_get_side (milestone), ==, "PK");
  g_assert_nonnull (label_with_text (row, "2027-03-31 · Planned · owed by Pakistan"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_null (pp_milestone_get_side (milestone));
  g_assert_cmpuint (adw_combo_row_get_selected (side), ==, 0);
}

static GtkWidget *
agenda_row (Fixture   *f,
            PpDueKind  kind)
{
  GtkWidget *dashboard = child_of (f->window, PP_TYPE_WINDOW, "dashboard_page");
  GtkListBox *agenda = (GtkListBox *) gtk_widget_get_template_child (dashboard,
                                                                     G_OBJECT_TYPE (dashboard),
                                                                     "agenda_list");

  g_assert_nonnull (agenda);
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (agenda, i);
      PpDueItem *item;

      g_assert_nonnull (row);
      item = g_object_get_data (G_OBJECT (row), "item");
      if (pp_due_item_get_kind (item) == kind)
        return GTK_WIDGET (row);
    }
}

/* An agenda row says which MoU or venture its item belongs to. */
static void
test_agenda_says_whose (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *follow_up = agenda_row (f, PP_DUE_KIND_FOLLOW_UP);
  GtkWidget *milestone = agenda_row (f, PP_DUE_KIND_MILESTONE);
  PpDueItem *item = g_object_get_data (G_OBJECT (follow_up), "item");
  g_autofree char *mou = g_strdup_printf ("Follow-up of “%s” · ",
                                          pp_mou_get_title (PP_MOU (pp_due_item_get_node (item))));
  g_autofree char *venture = NULL;

  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (follow_up)), mou));
  item = g_object_get_data (G_OBJECT (milestone), "item");
  venture = g_strdup_printf ("Milestone of “%s” · ",
                             pp_venture_get_name (PP_VENTURE (pp_due_item_get_node (item))));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (milestone)), venture));
}

/* Opening a milestone from the agenda opens that milestone in its venture,
 * with the focus on it: not in the venture's name, where a keystroke
 * would replace the name. */
static void
test_agenda_opens_milestone (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *row = agenda_row (f, PP_DUE_KIND_MILESTONE);
  PpDueItem *item = g_object_get_data (G_OBJECT (row), "item");
  PpMilestone *milestone = PP_MILESTONE (pp_due_item_get_subject (item));
  PpVenturesPage *page = ventures_page (f);
  GtkListBox *milestones = child_of (page, PP_TYPE_VENTURES_PAGE, "milestones_list");
  GtkWidget *name = child_of (page, PP_TYPE_VENTURES_PAGE, "name_row");
  GtkWidget *focus, *opened = NULL;
  GListModel *list;

  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_widget_activate (row));
  settle ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (child_of (f->window, PP_TYPE_WINDOW,
                                                                    "stack")), ==, "ventures");
  g_assert_true (PP_NODE (pp_ventures_page_get_selected (page)) == pp_due_item_get_node (item));
  list = pp_venture_get_milestones (PP_VENTURE (pp_due_item_get_node (item)));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpMilestone) other = g_list_model_get_item (list, i);

      if (other == milestone)
        opened = GTK_WIDGET (gtk_list_box_get_row_at_index (milestones, (int) i));
    }
  g_assert_nonnull (opened);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (opened)));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == opened || gtk_widget_is_ancestor (focus, opened));
  g_assert_false (focus == name || gtk_widget_is_ancestor (focus, name));
}

/* In the Summary and Objectives fields Tab and Shift+Tab move the focus,
 * as everywhere else, and change nothing; Ctrl+Tab types a tab. */
static void
check_tab (Fixture     *f,
           GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  before = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  pp_test_press_key (GTK_WIDGET (view), GDK_KEY_Tab, 0);
  g_assert_false (gtk_widget_has_focus (GTK_WIDGET (view)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  pp_test_press_key (GTK_WIDGET (view), GDK_KEY_Tab, GDK_SHIFT_MASK);
  g_assert_false (gtk_widget_has_focus (GTK_WIDGET (view)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  after = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (pp_history_get_modified (f->history));

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  g_assert_true (pp_test_press_key (GTK_WIDGET (view), GDK_KEY_Tab, GDK_CONTROL_MASK));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  g_clear_pointer (&after, g_free);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  after = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strchr (after, '\t'));
  g_assert_true (pp_history_get_modified (f->history));
}

static void
test_tab_leaves_text (Fixture       *f,
                      gconstpointer  data)
{
  PpMouPage *page = mou_page (f);
  PpVenturesPage *ventures = ventures_page (f);

  show_page (f, "mous");
  gtk_toggle_button_set_active (child_of (page, PP_TYPE_MOU_PAGE, "editor_toggle"), TRUE);
  settle ();
  check_tab (f, child_of (child_of (page, PP_TYPE_MOU_PAGE, "editor"), PP_TYPE_MOU_EDITOR,
                          "summary_view"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));

  show_page (f, "ventures");
  check_tab (f, child_of (ventures, PP_TYPE_VENTURES_PAGE, "objectives_view"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* Late in the sample's plan: its ventures have started and their first
   * milestones and the follow-ups are overdue. */
  g_setenv ("PP_TODAY", "2027-06-01", TRUE);

#define ADD(path, width, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (width), fixture_set_up, func, fixture_tear_down)

  ADD ("/editors/register/first-row-selected", 1280, test_first_row_selected);
  ADD ("/editors/register/narrow", 400, test_narrow_register);
  ADD ("/editors/ventures/narrow-row-opens", 400, test_narrow_venture_opens);
  ADD ("/editors/follow-up/row", 1280, test_follow_up_row);
  ADD ("/editors/milestone/new-date", 1280, test_new_milestone_date);
  ADD ("/editors/milestone/owed-by", 1280, test_milestone_owed_by);
  ADD ("/editors/agenda/says-whose", 1280, test_agenda_says_whose);
  ADD ("/editors/agenda/opens-milestone", 1280, test_agenda_opens_milestone);
  ADD ("/editors/text/tab-leaves", 1280, test_tab_leaves_text);

  return g_test_run ();
}
