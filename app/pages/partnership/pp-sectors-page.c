/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sectors-page.c: PpSectorsPage, the portfolio's sectors: a row each,
 * in the order lists show them, to rename, recolour, describe, move and
 * delete; and a button to add one.
 *
 * The rows follow the portfolio: they are made again when the list of
 * sectors changes (an addition, a move, a deletion, or their undo), and
 * each row's subtitle says where its sector is used. What the user can do
 * is an action of the page ("sectors.add", "sectors.move-up", …), which
 * the rows' buttons and the tests name. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-references.h"
#include "pp-sector-palette.h"
#include "pp-sectors-page-private.h"
#include "pp-sectors-page.h"

struct _PpSectorsPage
{
  AdwPreferencesPage parent_instance;

  PpHistory *history;
  PpPortfolio *portfolio;
  GPtrArray *rows;           /* the sectors' rows, in order */
  guint usage_id;            /* the idle that updates their subtitles */

  AdwPreferencesGroup *group;
  GtkWidget *empty_row;
};

G_DEFINE_FINAL_TYPE (PpSectorsPage, pp_sectors_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
sectors (PpSectorsPage *self)
{
  return pp_portfolio_get_sectors (self->portfolio);
}

static void
update_usage (PpSectorsPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      PpSector *sector = _pp_sectors_row_get_sector (self->rows->pdata[i]);
      g_autoptr(GPtrArray) references = pp_references_find (self->portfolio,
                                                            PP_COLLECTION_SECTORS,
                                                            pp_node_get_id (PP_NODE (sector)));
      g_autofree char *usage = references->len > 0 ? pp_references_summarize (references) : NULL;

      _pp_sectors_row_set_usage (self->rows->pdata[i], usage);
    }
}

static gboolean
update_usage_cb (gpointer data)
{
  PpSectorsPage *self = data;

  self->usage_id = 0;
  update_usage (self);
  return G_SOURCE_REMOVE;
}

/* Any change may move an MoU to another sector: the subtitles are counted
 * again once the change is over. */
static void
portfolio_changed_cb (PpSectorsPage *self)
{
  if (self->usage_id == 0)
    self->usage_id = g_idle_add (update_usage_cb, self);
}

static void
make_rows (PpSectorsPage *self)
{
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (sectors (self));

  /* Rows that were open stay open. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];

      if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        g_hash_table_add (expanded,
                          g_strdup (pp_node_get_id (PP_NODE (_pp_sectors_row_get_sector (row)))));
      adw_preferences_group_remove (self->group, row);
    }
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpSector) sector = g_list_model_get_item (sectors (self), i);
      GtkWidget *row = _pp_sectors_row_new (self->history, sector, i == 0, i + 1 == n);

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                     g_hash_table_contains (expanded,
                                                            pp_node_get_id (PP_NODE (sector))));
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (self->empty_row, n == 0);
  g_clear_handle_id (&self->usage_id, g_source_remove);
  update_usage (self);
}

static void
sectors_changed_cb (PpSectorsPage *self)
{
  make_rows (self);
}

static int
find_sector (PpSectorsPage *self,
             GVariant      *parameter)
{
  const char *id = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    if (g_strcmp0 (pp_node_get_id (PP_NODE (_pp_sectors_row_get_sector (self->rows->pdata[i]))),
                   id) == 0)
      return i;
  return -1;
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PpSectorsPage *self = PP_SECTORS_PAGE (widget);
  const char *name = _("New sector");
  g_autofree char *id = pp_references_new_id (self->portfolio, PP_COLLECTION_SECTORS, name);
  g_autoptr(PpSector) sector = pp_sector_new (id);
  guint n = g_list_model_get_n_items (sectors (self));
  g_autoptr(GError) error = NULL;

  pp_sector_set_name (sector, name);
  pp_sector_set_color (sector, pp_sector_palette_get_color (n % pp_sector_palette_get_n_colors ()));
  if (!pp_history_append (self->history, PP_NODE (self->portfolio), sectors (self),
                          PP_NODE (sector), &error))
    {
      g_warning ("Could not add a sector: %s", error->message);
      return;
    }
  /* Ready to be named. */
  _pp_sectors_row_focus (self->rows->pdata[self->rows->len - 1], "name");
}

static void
move (PpSectorsPage *self,
      GVariant      *parameter,
      int            by,
      const char    *button)
{
  int from = find_sector (self, parameter);
  int to = from + by;

  if (from < 0 || to < 0 || to >= (int) self->rows->len)
    return;
  pp_history_move (self->history, PP_NODE (self->portfolio), sectors (self), from, to);
  _pp_sectors_row_focus (self->rows->pdata[to], button);
}

static void
move_up_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move (PP_SECTORS_PAGE (widget), parameter, -1, "up");
}

static void
move_down_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move (PP_SECTORS_PAGE (widget), parameter, 1, "down");
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PpSectorsPage *self = PP_SECTORS_PAGE (widget);
  int position = find_sector (self, parameter);

  if (position >= 0)
    _pp_sectors_delete (widget, self->history,
                        _pp_sectors_row_get_sector (self->rows->pdata[position]));
}

static void
pp_sectors_page_constructed (GObject *object)
{
  PpSectorsPage *self = PP_SECTORS_PAGE (object);

  G_OBJECT_CLASS (pp_sectors_page_parent_class)->constructed (object);

  self->portfolio = g_object_ref (pp_history_get_portfolio (self->history));
  g_signal_connect_object (sectors (self), "items-changed", G_CALLBACK (sectors_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->portfolio, "changed", G_CALLBACK (portfolio_changed_cb), self,
                           G_CONNECT_SWAPPED);
  make_rows (self);
}

static void
pp_sectors_page_dispose (GObject *object)
{
  PpSectorsPage *self = PP_SECTORS_PAGE (object);

  if (self->portfolio != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_signal_handlers_disconnect_by_data (sectors (self), self);
    }
  g_clear_handle_id (&self->usage_id, g_source_remove);
  /* The rows leave with the page: libadwaita 1.2.2's preferences window
   * keeps a reference to every group of its pages that it never drops
   * (its search maps them; fixed in 1.2.3), so the group outlives the
   * page, and the rows in it would keep the history and the sectors. */
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_SECTORS_PAGE);
  g_clear_object (&self->history);
  g_clear_object (&self->portfolio);

  G_OBJECT_CLASS (pp_sectors_page_parent_class)->dispose (object);
}

static void
pp_sectors_page_finalize (GObject *object)
{
  PpSectorsPage *self = PP_SECTORS_PAGE (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pp_sectors_page_parent_class)->finalize (object);
}

static void
pp_sectors_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PpSectorsPage *self = PP_SECTORS_PAGE (object);

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
pp_sectors_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PpSectorsPage *self = PP_SECTORS_PAGE (object);

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
pp_sectors_page_class_init (PpSectorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pp_sectors_page_constructed;
  object_class->dispose = pp_sectors_page_dispose;
  object_class->finalize = pp_sectors_page_finalize;
  object_class->get_property = pp_sectors_page_get_property;
  object_class->set_property = pp_sectors_page_set_property;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, PP_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/PartnershipPlanner/ui/pp-sectors-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PpSectorsPage, group);
  gtk_widget_class_bind_template_child (widget_class, PpSectorsPage, empty_row);

  gtk_widget_class_install_action (widget_class, "sectors.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "sectors.move-up", "s", move_up_activated);
  gtk_widget_class_install_action (widget_class, "sectors.move-down", "s", move_down_activated);
  gtk_widget_class_install_action (widget_class, "sectors.delete", "s", delete_activated);
}

static void
pp_sectors_page_init (PpSectorsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

GtkWidget *
pp_sectors_page_new (PpHistory *history)
{
  g_return_val_if_fail (PP_IS_HISTORY (history), NULL);

  return g_object_new (PP_TYPE_SECTORS_PAGE, "history", history, NULL);
}
