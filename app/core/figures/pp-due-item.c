/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-due-item.c: a dated item of the agenda, pointing at what it belongs to
 * so that a view can jump to it. */

#include "config.h"

#include "pp-date.h"
#include "pp-due-item.h"
#include "pp-portfolio.h"

struct _PpDueItem
{
  GObject parent_instance;

  PpDueKind kind;
  GDate date;
  char *title;
  PpNode *node;     /* the MoU, venture or commitment it belongs to */
  PpNode *subject;  /* the follow-up or milestone itself, or NULL */
  char *side;
  gboolean overdue;
};

G_DEFINE_FINAL_TYPE (PpDueItem, pp_due_item, G_TYPE_OBJECT)

static void
pp_due_item_finalize (GObject *object)
{
  PpDueItem *self = PP_DUE_ITEM (object);

  g_free (self->title);
  g_free (self->side);
  g_clear_object (&self->node);
  g_clear_object (&self->subject);

  G_OBJECT_CLASS (pp_due_item_parent_class)->finalize (object);
}

static void
pp_due_item_class_init (PpDueItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pp_due_item_finalize;
}

static void
pp_due_item_init (PpDueItem *self)
{
  g_date_clear (&self->date, 1);
}

PpDueItem *
pp_due_item_new (PpDueKind    kind,
                 const GDate *date,
                 const char  *title,
                 PpNode      *node,
                 const char  *side,
                 gboolean     overdue)
{
  PpDueItem *self;

  g_return_val_if_fail (PP_IS_NODE (node), NULL);

  self = g_object_new (PP_TYPE_DUE_ITEM, NULL);
  self->kind = kind;
  if (date != NULL && g_date_valid (date))
    self->date = *date;
  self->title = g_strdup (title);
  self->node = g_object_ref (node);
  self->side = g_strdup (side);
  self->overdue = overdue;
  return self;
}

PpDueKind
pp_due_item_get_kind (PpDueItem *self)
{
  g_return_val_if_fail (PP_IS_DUE_ITEM (self), 0);
  return self->kind;
}

/**
 * pp_due_item_get_date:
 *
 * Returns: (nullable): the date, or %NULL for an item owed with no date
 */
const GDate *
pp_due_item_get_date (PpDueItem *self)
{
  g_return_val_if_fail (PP_IS_DUE_ITEM (self), NULL);
  return pp_date_or_null (&self->date);
}

const char *
pp_due_item_get_title (PpDueItem *self)
{
  g_return_val_if_fail (PP_IS_DUE_ITEM (self), NULL);
  return self->title != NULL ? self->title : "";
}

/**
 * pp_due_item_get_node:
 *
 * Returns: (transfer none): the MoU, venture or commitment the item is part of
 */
PpNode *
pp_due_item_get_node (PpDueItem *self)
{
  g_return_val_if_fail (PP_IS_DUE_ITEM (self), NULL);
  return self->node;
}

/**
 * pp_due_item_set_subject:
 * @subject: (nullable): the follow-up or milestone the item is
 *
 * For an item that is a part of its node, such as a venture's milestone:
 * what a view opens to show it.
 */
void
pp_due_item_set_subject (PpDueItem *self,
                         PpNode    *subject)
{
  g_return_if_fail (PP_IS_DUE_ITEM (self));
  g_return_if_fail (subject == NULL || PP_IS_NODE (subject));

  g_set_object (&self->subject, subject);
}

/**
 * pp_due_item_get_subject:
 *
 * Returns: (transfer none): the follow-up or milestone the item is, or its
 *   node (the MoU of an expiry, a commitment)
 */
PpNode *
pp_due_item_get_subject (PpDueItem *self)
{
  g_return_val_if_fail (PP_IS_DUE_ITEM (self), NULL);
  return self->subject != NULL ? self->subject : self->node;
}

/**
 * pp_due_item_get_owner_name:
 *
 * Returns: (nullable): the title of the MoU or commitment, or the name of
 *   the venture, the item belongs to
 */
const char *
pp_due_item_get_owner_name (PpDueItem *self)
{
  g_return_val_if_fail (PP_IS_DUE_ITEM (self), NULL);

  if (PP_IS_MOU (self->node))
    return pp_mou_get_title (PP_MOU (self->node));
  if (PP_IS_VENTURE (self->node))
    return pp_venture_get_name (PP_VENTURE (self->node));
  if (PP_IS_COMMITMENT (self->node))
    return pp_commitment_get_title (PP_COMMITMENT (self->node));
  return NULL;
}

/**
 * pp_due_item_get_side:
 *
 * Returns: (nullable): the country that owes it, or %NULL for both
 */
const char *
pp_due_item_get_side (PpDueItem *self)
{
  g_return_val_if_fail (PP_IS_DUE_ITEM (self), NULL);
  return self->side;
}

gboolean
pp_due_item_get_overdue (PpDueItem *self)
{
  g_return_val_if_fail (PP_IS_DUE_ITEM (self), FALSE);
  return self->overdue;
}

/* Orders by date, then by kind, then by title, so the agenda is stable. */
int
pp_due_item_compare (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  PpDueItem *x = (PpDueItem *) a, *y = (PpDueItem *) b;
  int result = pp_date_compare (&x->date, &y->date);

  if (result == 0)
    result = (int) x->kind - (int) y->kind;
  if (result == 0)
    result = g_strcmp0 (x->title, y->title);
  return result;
}

/* For g_ptr_array_sort_with_data(), which passes pointers to the items. */
int
pp_due_item_compare_indirect (gconstpointer a,
                              gconstpointer b,
                              gpointer      user_data)
{
  return pp_due_item_compare (*(PpDueItem * const *) a, *(PpDueItem * const *) b, user_data);
}
