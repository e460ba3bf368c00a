/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-page-cells.c: the MoU register's columns and cells: what each
 * cell says, the marks for expired MoUs and overdue follow-ups, and keeping
 * the cells on screen in step with their rows and the portfolio. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-enum-types.h"
#include "pp-mou-facts.h"
#include "pp-mou-page-private.h"

/* The MoU that @node belongs to, or NULL. */
PpMou *
pp_mou_page_owning_mou (PpNode *node)
{
  for (; node != NULL; node = pp_node_get_owner (node))
    if (PP_IS_MOU (node))
      return PP_MOU (node);
  return NULL;
}

static char *
format_date (const GDate *date)
{
  return date != NULL ? pp_date_to_display (date) : g_strdup ("—");
}

static char *
cell_text (PpMouPage *self,
           PpMou     *mou,
           Column     column)
{
  switch (column)
    {
    case PP_MOU_COLUMN_TITLE:
      return g_strdup (pp_mou_get_title (mou));

    case PP_MOU_COLUMN_SECTOR:
      {
        PpNode *sector = pp_portfolio_lookup (self->portfolio, PP_COLLECTION_SECTORS,
                                              pp_mou_get_sector (mou));
        g_autofree char *name = NULL;

        if (sector == NULL)
          return g_strdup ("—");
        name = g_markup_escape_text (pp_sector_get_name (PP_SECTOR (sector)), -1);
        return g_strdup_printf ("<span foreground=\"%s\">⬤</span> %s",
                                pp_sector_get_color (PP_SECTOR (sector)), name);
      }

    case PP_MOU_COLUMN_STATUS:
      return g_strdup (pp_enum_get_display_name (PP_TYPE_MOU_STATUS, pp_mou_get_status (mou)));

    case PP_MOU_COLUMN_PARTIES:
      return pp_mou_describe_parties (mou, self->portfolio);

    case PP_MOU_COLUMN_SIGNED:
      return format_date (pp_mou_get_signed_on (mou));

    case PP_MOU_COLUMN_EXPIRES:
      return format_date (pp_mou_get_expires_on (mou));

    case PP_MOU_COLUMN_NEXT_FOLLOW_UP:
      {
        PpFollowUp *next = pp_mou_get_next_follow_up (mou);
        g_autofree char *date = NULL;

        if (next == NULL)
          return g_strdup ("—");
        date = format_date (pp_follow_up_get_due_on (next));
        return g_strdup_printf ("%s  %s", date, pp_follow_up_get_title (next));
      }

    default:
      g_assert_not_reached ();
    }
}

static const GDate *
get_today (PpMouPage *self)
{
  gint64 now = g_get_monotonic_time ();

  if (self->today_checked == 0 || now - self->today_checked > 60 * G_USEC_PER_SEC)
    {
      pp_date_get_today (&self->today);
      self->today_checked = now;
    }
  return &self->today;
}

/* Shows or hides a cell's mark, touching the widgets only when it changes. */
static void
set_mark (GtkWidget  *box,
          GtkLabel   *badge,
          const char *css_class,
          const char *mark)
{
  const char *shown = gtk_widget_get_visible (GTK_WIDGET (badge))
                      ? gtk_label_get_label (badge) : NULL;

  if (g_strcmp0 (shown, mark) == 0)
    return;

  gtk_widget_set_visible (GTK_WIDGET (badge), mark != NULL);
  if (mark != NULL)
    {
      gtk_label_set_label (badge, mark);
      gtk_widget_add_css_class (box, css_class);
      gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, mark, -1);
    }
  else
    {
      gtk_widget_remove_css_class (box, css_class);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static gboolean
has_marks (Column column)
{
  return column == PP_MOU_COLUMN_TITLE || column == PP_MOU_COLUMN_NEXT_FOLLOW_UP;
}

/* Fills a cell: its text, and for the title the marks for an expired MoU or
 * an overdue follow-up, said in words as well as in colour. */
static void
update_cell (GtkListItem *item)
{
  PpMouPage *self = g_object_get_data (G_OBJECT (item), "page");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "column"));
  PpRow *row = gtk_list_item_get_item (item);
  PpMou *mou = row != NULL ? pp_row_get_item (row) : NULL;
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkInscription *label = has_marks (column) ? GTK_INSCRIPTION (gtk_widget_get_first_child (child))
                                             : GTK_INSCRIPTION (child);
  g_autofree char *text = NULL;
  const char *mark = NULL;
  const GDate *today;

  if (mou == NULL)
    return;

  text = cell_text (self, mou, column);
  /* Only the sector's colour dot needs markup; plain text is cheaper to set
   * on the few hundred cells rebound while a large list is sorted. */
  if (column == PP_MOU_COLUMN_SECTOR)
    gtk_inscription_set_markup (label, text);
  else
    gtk_inscription_set_text (label, text);

  if (!has_marks (column))
    return;
  today = get_today (self);
  if (column == PP_MOU_COLUMN_TITLE && pp_mou_is_expired (mou, today))
    mark = _("Expired");
  else if (column == PP_MOU_COLUMN_NEXT_FOLLOW_UP && pp_mou_has_overdue_follow_up (mou, today))
    mark = _("Overdue");
  set_mark (child, GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (label))),
            column == PP_MOU_COLUMN_TITLE ? "expired" : "overdue", mark);
}

/* Refreshes the bound cells that show what changed; one handler for the
 * page rather than one per cell, as cells are bound and unbound by the
 * hundred while a large list scrolls or sorts. */
void
pp_mou_page_refresh_cells (PpMouPage *self,
               PpNode    *origin)
{
  PpMou *changed = pp_mou_page_owning_mou (origin);
  gboolean all = PP_IS_SECTOR (origin) || PP_IS_ORGANISATION (origin);
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    {
      PpRow *row = gtk_list_item_get_item (item);

      if (all || (row != NULL && pp_row_get_item (row) == (gpointer) changed))
        update_cell (item);
    }
}

/* Refreshes the bound cells of rows that now show another MoU. */
void
pp_mou_page_refresh_rows (PpMouPage *self,
              guint      position,
              guint      n_rows)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    {
      PpRow *row = gtk_list_item_get_item (item);

      if (row != NULL && pp_row_get_position (row) - position < n_rows)
        update_cell (item);
    }
}

/* A cell is a GtkInscription, which costs far less to lay out than a
 * label (scrolling 100,000 MoUs: 15 ms a jump instead of 90); the two
 * columns that can carry a mark have a badge beside it. As few widgets as
 * that, because scrolling or sorting a large register builds them by the
 * hundred. */
static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               PpMouPage                *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  /* Characters each column asks room for, at least and by preference: a
   * GtkInscription does not size itself by its text, which is what makes
   * it cheap, so the column says it. Dates always show whole. */
  static const guint min_chars[PP_MOU_N_COLUMNS] = { 16, 8, 8, 12, 12, 12, 12 };
  static const guint nat_chars[PP_MOU_N_COLUMNS] = { 60, 16, 11, 24, 12, 12, 16 };
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), min_chars[column]);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), nat_chars[column]);
  gtk_widget_set_hexpand (label, TRUE);
  if (has_marks (column))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *badge = gtk_label_new (NULL);

      gtk_widget_add_css_class (badge, "badge");
      gtk_widget_add_css_class (badge, "caption");
      gtk_widget_set_visible (badge, FALSE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), badge);
      gtk_list_item_set_child (item, box);
    }
  else
    gtk_list_item_set_child (item, label);

  g_object_set_data (G_OBJECT (item), "page", self);
  g_object_set_data (G_OBJECT (item), "column", GINT_TO_POINTER (column));
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PpMouPage                *self)
{
  g_hash_table_add (self->bound, item);
  update_cell (item);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                PpMouPage                *self)
{
  g_hash_table_remove (self->bound, item);
}

static void
add_column (PpMouPage  *self,
            Column      column,
            const char *title,
            gboolean    expand,
            int         fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = pp_mou_column_sorter_new (column, GTK_SORT_ASCENDING);

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), self);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_append_column (self->column_view, view_column);
}

/* The columns, in their first order. */
void
pp_mou_page_add_columns (PpMouPage *self)
{
  static const char *titles[PP_MOU_N_COLUMNS] = {
    N_("Title"), N_("Sector"), N_("Status"), N_("Parties"), N_("Signed"), N_("Expires"),
    N_("Next follow-up"),
  };

  for (guint i = 0; i < PP_MOU_N_COLUMNS; i++)
    add_column (self, i, _(titles[i]), i == PP_MOU_COLUMN_TITLE || i == PP_MOU_COLUMN_PARTIES,
                i == PP_MOU_COLUMN_TITLE ? 260 : -1);
}
