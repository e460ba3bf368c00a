/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-row-model.c: PpRowModel, the items of a list as rows that keep their
 * place while the items in them change.
 *
 * A list view rebuilds the widgets of every visible row an items-changed
 * signal moves, and a sort or a search moves all of them: for a long
 * register that is most of a frame, again and again. Here a row is a
 * position, not an item. When the list below changes, the rows already
 * made are given their new items and "rows-changed" says which; the view
 * only hears of rows added or removed at the end. Whoever draws the rows
 * refreshes their text on "rows-changed", which costs a few set_text()
 * calls instead of new widgets.
 */

#include "config.h"

#include "pp-row-model.h"

struct _PpRow
{
  GObject parent_instance;

  PpRowModel *model;    /* not owned; NULL once the row is gone from it */
  guint position;
  gpointer item;        /* owned */
};

G_DEFINE_FINAL_TYPE (PpRow, pp_row, G_TYPE_OBJECT)

struct _PpRowModel
{
  GObject parent_instance;

  GListModel *model;
  GPtrArray *rows;      /* one slot per position: the row made for it, or NULL */
  guint changing;
};

enum
{
  ROWS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void pp_row_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PpRowModel, pp_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      pp_row_model_list_model_init))

static void
pp_row_finalize (GObject *object)
{
  PpRow *self = PP_ROW (object);

  /* The view let go of the row: the model makes a new one if asked. */
  if (self->model != NULL)
    g_ptr_array_index (self->model->rows, self->position) = NULL;
  g_clear_object (&self->item);
  G_OBJECT_CLASS (pp_row_parent_class)->finalize (object);
}

static void
pp_row_class_init (PpRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pp_row_finalize;
}

static void
pp_row_init (PpRow *self)
{
}

/**
 * pp_row_get_item:
 *
 * Returns: (transfer none) (type GObject): the item the row shows now
 */
gpointer
pp_row_get_item (PpRow *self)
{
  g_return_val_if_fail (PP_IS_ROW (self), NULL);

  return self->item;
}

guint
pp_row_get_position (PpRow *self)
{
  g_return_val_if_fail (PP_IS_ROW (self), 0);

  return self->position;
}

static GType
get_item_type (GListModel *model)
{
  return PP_TYPE_ROW;
}

static guint
get_n_items (GListModel *model)
{
  return PP_ROW_MODEL (model)->rows->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PpRowModel *self = PP_ROW_MODEL (model);
  PpRow *row;

  if (position >= self->rows->len)
    return NULL;
  row = g_ptr_array_index (self->rows, position);
  if (row != NULL)
    return g_object_ref (row);

  row = g_object_new (PP_TYPE_ROW, NULL);
  row->model = self;
  row->position = position;
  row->item = g_list_model_get_item (self->model, position);
  g_ptr_array_index (self->rows, position) = row;
  return row;
}

static void
pp_row_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* The rows from @position on hold the items now at their places. */
static void
model_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        PpRowModel *self)
{
  guint old_n = self->rows->len;
  guint new_n = g_list_model_get_n_items (model);
  guint kept = MIN (old_n, new_n);
  guint first = G_MAXUINT;
  guint last = 0;

  /* Only the rows someone holds: a few screens' worth, however long the
   * list. Items after a change of length all move, so every one is looked
   * at, not just those in the range reported. */
  for (guint i = position; i < kept; i++)
    {
      PpRow *row = g_ptr_array_index (self->rows, i);
      gpointer item;

      if (row == NULL)
        continue;
      item = g_list_model_get_item (model, i);
      if (item == row->item)
        {
          g_object_unref (item);
          continue;
        }
      g_object_unref (row->item);
      row->item = item;
      first = MIN (first, i);
      last = i;
    }

  self->changing++;
  if (new_n < old_n)
    {
      for (guint i = new_n; i < old_n; i++)
        {
          PpRow *row = g_ptr_array_index (self->rows, i);

          if (row != NULL)
            row->model = NULL;
        }
      g_ptr_array_set_size (self->rows, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
    }
  else if (new_n > old_n)
    {
      g_ptr_array_set_size (self->rows, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
    }
  if (first <= last)
    g_signal_emit (self, signals[ROWS_CHANGED], 0, first, last - first + 1);
  self->changing--;
}

static void
pp_row_model_dispose (GObject *object)
{
  PpRowModel *self = PP_ROW_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (pp_row_model_parent_class)->dispose (object);
}

static void
pp_row_model_finalize (GObject *object)
{
  PpRowModel *self = PP_ROW_MODEL (object);

  for (guint i = 0; i < self->rows->len; i++)
    {
      PpRow *row = g_ptr_array_index (self->rows, i);

      if (row != NULL)
        row->model = NULL;
    }
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (pp_row_model_parent_class)->finalize (object);
}

static void
pp_row_model_class_init (PpRowModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pp_row_model_dispose;
  object_class->finalize = pp_row_model_finalize;

  /**
   * PpRowModel::rows-changed:
   * @position: the first row that shows another item
   * @n_rows: how many rows from @position on may show another item
   *
   * Emitted after the rows made so far were given the items now at their
   * places, and after any rows added or removed at the end.
   */
  signals[ROWS_CHANGED] = g_signal_new ("rows-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
pp_row_model_init (PpRowModel *self)
{
  self->rows = g_ptr_array_new ();
}

/**
 * pp_row_model_new:
 * @model: (transfer full): the items to show
 */
PpRowModel *
pp_row_model_new (GListModel *model)
{
  PpRowModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (PP_TYPE_ROW_MODEL, NULL);
  self->model = model;
  g_ptr_array_set_size (self->rows, g_list_model_get_n_items (model));
  g_signal_connect (model, "items-changed", G_CALLBACK (model_items_changed_cb), self);
  return self;
}

/**
 * pp_row_model_get_model:
 *
 * Returns: (transfer none): the items shown, in the order of the rows
 */
GListModel *
pp_row_model_get_model (PpRowModel *self)
{
  g_return_val_if_fail (PP_IS_ROW_MODEL (self), NULL);

  return self->model;
}

/**
 * pp_row_model_is_changing:
 *
 * Returns: whether the model is telling of a change: a selection over it
 *   that drops its selected row then has not been unselected by anyone
 */
gboolean
pp_row_model_is_changing (PpRowModel *self)
{
  g_return_val_if_fail (PP_IS_ROW_MODEL (self), FALSE);

  return self->changing > 0;
}
