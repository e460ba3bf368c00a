/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-history.c: commands that can be undone, kept on two stacks.
 *
 * A command records what it needs to go both ways: the old and new value of
 * one property, or the item, list and position of an insertion, removal or
 * move. Consecutive changes of the same property merge into one step, so
 * typing a title is one undo. The history also knows which step was saved,
 * so undoing back to it makes the portfolio unmodified again.
 */

#include "config.h"

#include <gobject/gvaluecollector.h>

#include <glib/gi18n-lib.h>

#include "pp-date.h"
#include "pp-error.h"
#include "pp-history-private.h"

typedef enum
{
  COMMAND_SET,
  COMMAND_INSERT,
  COMMAND_REMOVE,
  COMMAND_MOVE,
  COMMAND_GROUP,
} CommandKind;

typedef struct
{
  CommandKind kind;
  PpNode *node;          /* the changed node, or the owner of the list */
  GParamSpec *pspec;     /* COMMAND_SET */
  GValue old_value;
  GValue new_value;
  GListModel *list;      /* COMMAND_INSERT, REMOVE, MOVE */
  PpNode *item;
  guint position;
  guint to;
  GPtrArray *children;   /* COMMAND_GROUP */
} Command;

struct _PpHistory
{
  GObject parent_instance;

  PpPortfolio *portfolio;
  GPtrArray *undo;       /* of Command, oldest first */
  GPtrArray *redo;       /* of Command, next redo last */
  GPtrArray *group;      /* the open group's commands, or NULL */
  guint group_depth;
  guint saved_depth;     /* undo->len when saved; G_MAXUINT when unreachable */
  gboolean applying;     /* changes come from us, not from elsewhere */
  gboolean can_merge;
  gboolean untracked;    /* the portfolio changed behind our back */
  gboolean read_only;    /* every change is refused */
};

G_DEFINE_FINAL_TYPE (PpHistory, pp_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PORTFOLIO,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REFUSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
command_free (gpointer data)
{
  Command *command = data;

  g_clear_object (&command->node);
  g_clear_object (&command->list);
  g_clear_object (&command->item);
  if (G_IS_VALUE (&command->old_value))
    g_value_unset (&command->old_value);
  if (G_IS_VALUE (&command->new_value))
    g_value_unset (&command->new_value);
  g_clear_pointer (&command->children, g_ptr_array_unref);
  g_free (command);
}

static Command *
command_new (CommandKind  kind,
             PpNode      *node,
             GListModel  *list)
{
  Command *command = g_new0 (Command, 1);

  command->kind = kind;
  command->node = node != NULL ? g_object_ref (node) : NULL;
  command->list = list != NULL ? g_object_ref (list) : NULL;
  return command;
}

/* Applies @command forwards (@redo) or backwards. Steps that were done once
 * can always be undone and redone in order, so failures are programming
 * errors. */
static void
command_apply (Command  *command,
               gboolean  redo)
{
  g_autoptr(GError) error = NULL;

  switch (command->kind)
    {
    case COMMAND_SET:
      g_object_set_property (G_OBJECT (command->node), command->pspec->name,
                             redo ? &command->new_value : &command->old_value);
      break;

    case COMMAND_INSERT:
    case COMMAND_REMOVE:
      if ((command->kind == COMMAND_INSERT) == redo)
        pp_node_insert_item (command->node, command->list, command->position, command->item,
                             &error);
      else
        pp_node_remove_item (command->node, command->list, command->position, &error);
      break;

    case COMMAND_MOVE:
      if (redo)
        pp_node_move_item (command->node, command->list, command->position, command->to);
      else
        pp_node_move_item (command->node, command->list, command->to, command->position);
      break;

    case COMMAND_GROUP:
      if (redo)
        for (guint i = 0; i < command->children->len; i++)
          command_apply (command->children->pdata[i], TRUE);
      else
        for (guint i = command->children->len; i > 0; i--)
          command_apply (command->children->pdata[i - 1], FALSE);
      break;

    default:
      g_assert_not_reached ();
    }

  if (error != NULL)
    g_critical ("Cannot %s a step: %s", redo ? "redo" : "undo", error->message);
}

static void
notify_state (PpHistory *self,
              gboolean   could_undo,
              gboolean   could_redo,
              gboolean   was_modified)
{
  if (could_undo != pp_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != pp_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (was_modified != pp_history_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

#define SAVE_STATE(self) \
  gboolean could_undo = pp_history_get_can_undo (self); \
  gboolean could_redo = pp_history_get_can_redo (self); \
  gboolean was_modified = pp_history_get_modified (self)

/* Records a command that has just been applied. */
static void
push (PpHistory *self,
      Command   *command)
{
  SAVE_STATE (self);

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group, command);
      return;
    }

  /* A new step makes the undone ones, and a save among them, unreachable. */
  if (self->saved_depth > self->undo->len)
    self->saved_depth = G_MAXUINT;
  g_ptr_array_set_size (self->redo, 0);
  g_ptr_array_add (self->undo, command);
  notify_state (self, could_undo, could_redo, was_modified);
}

/* A portfolio shown read-only takes no change: the caller learns it from
 * the result and @error, and whoever shows the portfolio from "refused". */
gboolean
_pp_history_refuse (PpHistory  *self,
                    GError    **error)
{
  if (!self->read_only)
    return FALSE;
  g_set_error_literal (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_READ_ONLY,
                       _("This portfolio is open read-only, so it cannot be changed."));
  g_signal_emit (self, signals[REFUSED], 0);
  return TRUE;
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (pspec->value_type == G_TYPE_DATE)
    return pp_date_compare (g_value_get_boxed (a), g_value_get_boxed (b)) == 0;
  if (pspec->value_type == G_TYPE_STRV)
    {
      const char * const empty[] = { NULL };
      const char * const *x = g_value_get_boxed (a);
      const char * const *y = g_value_get_boxed (b);

      return g_strv_equal (x != NULL ? x : empty, y != NULL ? y : empty);
    }
  return g_param_values_cmp (pspec, a, b) == 0;
}

static Command *
mergeable_top (PpHistory  *self,
               PpNode     *node,
               GParamSpec *pspec)
{
  GPtrArray *stack = self->group != NULL ? self->group : self->undo;
  Command *top;

  if (!self->can_merge || stack->len == 0)
    return NULL;
  /* The saved step must stay as it was saved. */
  if (self->group == NULL && self->saved_depth == self->undo->len)
    return NULL;
  top = stack->pdata[stack->len - 1];
  if (top->kind != COMMAND_SET || top->node != node || top->pspec != pspec)
    return NULL;
  return top;
}

/**
 * pp_history_set_value:
 * @merge: whether this may merge with an immediately preceding change of
 *   the same property (for typing); pp_history_break_merge() ends that
 *
 * Sets @property of @node as one undoable step.
 *
 * Returns: %TRUE if the value changed
 */
gboolean
pp_history_set_value (PpHistory    *self,
                      PpNode       *node,
                      const char   *property,
                      const GValue *value,
                      gboolean      merge)
{
  GParamSpec *pspec;
  GValue old_value = G_VALUE_INIT;
  Command *command;

  g_return_val_if_fail (PP_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (PP_IS_NODE (node), FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (node), property);
  g_return_val_if_fail (pspec != NULL && (pspec->flags & G_PARAM_WRITABLE), FALSE);

  g_value_init (&old_value, pspec->value_type);
  g_object_get_property (G_OBJECT (node), property, &old_value);
  if (values_equal (pspec, &old_value, value) || _pp_history_refuse (self, NULL))
    {
      g_value_unset (&old_value);
      return FALSE;
    }

  self->applying = TRUE;
  g_object_set_property (G_OBJECT (node), property, value);
  self->applying = FALSE;

  command = mergeable_top (self, node, pspec);
  if (merge && command != NULL)
    {
      g_value_unset (&old_value);
      g_value_reset (&command->new_value);
      g_value_copy (value, &command->new_value);
      return TRUE;
    }

  command = command_new (COMMAND_SET, node, NULL);
  command->pspec = pspec;
  command->old_value = old_value;
  g_value_init (&command->new_value, pspec->value_type);
  g_value_copy (value, &command->new_value);
  push (self, command);
  self->can_merge = merge;
  return TRUE;
}

/**
 * pp_history_set:
 * @first_property: the first property name, followed by its value, then
 *   more pairs, ending with %NULL, as for g_object_set()
 *
 * Sets one or more properties of @node as one undoable step.
 */
void
pp_history_set (PpHistory  *self,
                PpNode     *node,
                const char *first_property,
                ...)
{
  va_list args;
  const char *name = first_property;

  g_return_if_fail (PP_IS_HISTORY (self));
  g_return_if_fail (PP_IS_NODE (node));

  pp_history_begin_group (self);
  va_start (args, first_property);
  while (name != NULL)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (node), name);
      GValue value = G_VALUE_INIT;
      g_autofree char *error = NULL;

      if (pspec == NULL)
        {
          g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (node), name);
          break;
        }
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &error);
      if (error != NULL)
        {
          g_critical ("%s", error);
          break;
        }
      pp_history_set_value (self, node, name, &value, FALSE);
      g_value_unset (&value);
      name = va_arg (args, const char *);
    }
  va_end (args);
  pp_history_end_group (self);
}

/**
 * pp_history_insert:
 *
 * Inserts @item into @list of @owner as one undoable step, after the same
 * checks as pp_node_insert_item().
 */
gboolean
pp_history_insert (PpHistory   *self,
                   PpNode      *owner,
                   GListModel  *list,
                   guint        position,
                   PpNode      *item,
                   GError     **error)
{
  Command *command;
  gboolean ok;

  g_return_val_if_fail (PP_IS_HISTORY (self), FALSE);

  if (_pp_history_refuse (self, error))
    return FALSE;
  self->applying = TRUE;
  ok = pp_node_insert_item (owner, list, position, item, error);
  self->applying = FALSE;
  if (!ok)
    return FALSE;

  command = command_new (COMMAND_INSERT, owner, list);
  command->item = g_object_ref (item);
  command->position = position;
  push (self, command);
  self->can_merge = FALSE;
  return TRUE;
}

gboolean
pp_history_append (PpHistory   *self,
                   PpNode      *owner,
                   GListModel  *list,
                   PpNode      *item,
                   GError     **error)
{
  return pp_history_insert (self, owner, list, g_list_model_get_n_items (list), item, error);
}

/**
 * pp_history_remove:
 *
 * Removes the item at @position as one undoable step, unless something
 * still refers to it.
 */
gboolean
pp_history_remove (PpHistory   *self,
                   PpNode      *owner,
                   GListModel  *list,
                   guint        position,
                   GError     **error)
{
  g_autoptr(PpNode) item = NULL;
  Command *command;
  gboolean ok;

  g_return_val_if_fail (PP_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (position < g_list_model_get_n_items (list), FALSE);

  if (_pp_history_refuse (self, error))
    return FALSE;
  item = g_list_model_get_item (list, position);
  self->applying = TRUE;
  ok = pp_node_remove_item (owner, list, position, error);
  self->applying = FALSE;
  if (!ok)
    return FALSE;

  command = command_new (COMMAND_REMOVE, owner, list);
  command->item = g_steal_pointer (&item);
  command->position = position;
  push (self, command);
  self->can_merge = FALSE;
  return TRUE;
}

void
pp_history_move (PpHistory  *self,
                 PpNode     *owner,
                 GListModel *list,
                 guint       from,
                 guint       to)
{
  Command *command;

  g_return_if_fail (PP_IS_HISTORY (self));

  if (from == to || _pp_history_refuse (self, NULL))
    return;

  self->applying = TRUE;
  pp_node_move_item (owner, list, from, to);
  self->applying = FALSE;

  command = command_new (COMMAND_MOVE, owner, list);
  command->position = from;
  command->to = to;
  push (self, command);
  self->can_merge = FALSE;
}

/**
 * pp_history_begin_group:
 *
 * Makes the changes until the matching pp_history_end_group() one step
 * ("duplicate an MoU"). Groups nest; only the outermost counts.
 */
void
pp_history_begin_group (PpHistory *self)
{
  g_return_if_fail (PP_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    {
      self->group = g_ptr_array_new_with_free_func (command_free);
      self->can_merge = FALSE;
    }
}

void
pp_history_end_group (PpHistory *self)
{
  g_autoptr(GPtrArray) children = NULL;
  Command *command;

  g_return_if_fail (PP_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  children = g_steal_pointer (&self->group);
  self->can_merge = FALSE;
  if (children->len == 0)
    return;
  if (children->len == 1)
    {
      push (self, g_ptr_array_steal_index (children, 0));
      return;
    }
  command = command_new (COMMAND_GROUP, NULL, NULL);
  command->children = g_steal_pointer (&children);
  push (self, command);
}

/**
 * pp_history_cancel_group:
 *
 * Ends the outermost group as pp_history_end_group() does, but takes back
 * the changes made since pp_history_begin_group() and records none of them,
 * for work that failed half-way (an import whose row cannot be added).
 */
void
pp_history_cancel_group (PpHistory *self)
{
  g_autoptr(GPtrArray) children = NULL;

  g_return_if_fail (PP_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  children = g_steal_pointer (&self->group);
  self->can_merge = FALSE;
  self->applying = TRUE;
  for (guint i = children->len; i > 0; i--)
    command_apply (children->pdata[i - 1], FALSE);
  self->applying = FALSE;
}

/**
 * pp_history_break_merge:
 *
 * Ends the current run of merging changes: the next change of the same
 * property is a step of its own (call it when a field loses focus).
 */
void
pp_history_break_merge (PpHistory *self)
{
  g_return_if_fail (PP_IS_HISTORY (self));

  self->can_merge = FALSE;
}

gboolean
pp_history_get_can_undo (PpHistory *self)
{
  g_return_val_if_fail (PP_IS_HISTORY (self), FALSE);

  return self->undo->len > 0 && !self->read_only;
}

gboolean
pp_history_get_can_redo (PpHistory *self)
{
  g_return_val_if_fail (PP_IS_HISTORY (self), FALSE);

  return self->redo->len > 0 && !self->read_only;
}

static gboolean
step (PpHistory *self,
      GPtrArray *from,
      GPtrArray *to,
      gboolean   redo)
{
  Command *command;
  SAVE_STATE (self);

  g_return_val_if_fail (self->group == NULL, FALSE);

  if (from->len == 0 || _pp_history_refuse (self, NULL))
    return FALSE;

  command = g_ptr_array_steal_index (from, from->len - 1);
  self->applying = TRUE;
  command_apply (command, redo);
  self->applying = FALSE;
  g_ptr_array_add (to, command);
  self->can_merge = FALSE;
  notify_state (self, could_undo, could_redo, was_modified);
  return TRUE;
}

gboolean
pp_history_undo (PpHistory *self)
{
  g_return_val_if_fail (PP_IS_HISTORY (self), FALSE);

  return step (self, self->undo, self->redo, FALSE);
}

gboolean
pp_history_redo (PpHistory *self)
{
  g_return_val_if_fail (PP_IS_HISTORY (self), FALSE);

  return step (self, self->redo, self->undo, TRUE);
}

/**
 * pp_history_clear:
 *
 * Forgets every step, as after loading a file; the current state counts as
 * saved.
 */
void
pp_history_clear (PpHistory *self)
{
  SAVE_STATE (self);

  g_return_if_fail (PP_IS_HISTORY (self));
  g_return_if_fail (self->group == NULL);

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->saved_depth = 0;
  self->untracked = FALSE;
  self->can_merge = FALSE;
  notify_state (self, could_undo, could_redo, was_modified);
}

/**
 * pp_history_get_modified:
 *
 * Returns: whether the portfolio differs from what was last saved
 */
gboolean
pp_history_get_modified (PpHistory *self)
{
  g_return_val_if_fail (PP_IS_HISTORY (self), FALSE);

  return self->untracked || self->saved_depth != self->undo->len;
}

void
pp_history_mark_saved (PpHistory *self)
{
  SAVE_STATE (self);

  g_return_if_fail (PP_IS_HISTORY (self));

  self->saved_depth = self->undo->len;
  self->untracked = FALSE;
  self->can_merge = FALSE;
  notify_state (self, could_undo, could_redo, was_modified);
}

/**
 * pp_history_mark_unsaved:
 *
 * Makes the portfolio modified until the next save whatever is undone (for
 * a copy that has no file yet).
 */
void
pp_history_mark_unsaved (PpHistory *self)
{
  SAVE_STATE (self);

  g_return_if_fail (PP_IS_HISTORY (self));

  self->saved_depth = G_MAXUINT;
  notify_state (self, could_undo, could_redo, was_modified);
}

static void
portfolio_changed_cb (PpPortfolio *portfolio,
                      PpNode      *origin,
                      PpHistory   *self)
{
  gboolean was_modified;

  if (self->applying)
    return;

  /* A change that did not go through the history cannot be undone; at
   * least it must not be lost by closing without a question. */
  was_modified = pp_history_get_modified (self);
  self->untracked = TRUE;
  self->can_merge = FALSE;
  if (!was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
pp_history_dispose (GObject *object)
{
  PpHistory *self = PP_HISTORY (object);

  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_func (self->portfolio, portfolio_changed_cb, self);
  g_clear_object (&self->portfolio);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->group, g_ptr_array_unref);

  G_OBJECT_CLASS (pp_history_parent_class)->dispose (object);
}

static void
pp_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PpHistory *self = PP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      g_value_set_object (value, self->portfolio);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, pp_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, pp_history_get_can_redo (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, pp_history_get_modified (self));
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PpHistory *self = PP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      self->portfolio = g_value_dup_object (value);
      g_signal_connect (self->portfolio, "changed", G_CALLBACK (portfolio_changed_cb), self);
      break;

    case PROP_READ_ONLY:
      pp_history_set_read_only (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_history_class_init (PpHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pp_history_dispose;
  object_class->get_property = pp_history_get_property;
  object_class->set_property = pp_history_set_property;

  properties[PROP_PORTFOLIO] =
    g_param_spec_object ("portfolio", NULL, NULL, PP_TYPE_PORTFOLIO,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PpHistory:read-only:
   *
   * Whether every change is refused: an earlier version shown to be read,
   * not changed. Undo and redo are refused too.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PpHistory::refused:
   *
   * A change was refused because the history is read-only.
   */
  signals[REFUSED] = g_signal_new ("refused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pp_history_init (PpHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (command_free);
  self->redo = g_ptr_array_new_with_free_func (command_free);
}

PpHistory *
pp_history_new (PpPortfolio *portfolio)
{
  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), NULL);

  return g_object_new (PP_TYPE_HISTORY, "portfolio", portfolio, NULL);
}

/**
 * pp_history_get_portfolio:
 *
 * Returns: (transfer none): the portfolio whose changes are recorded
 */
PpPortfolio *
pp_history_get_portfolio (PpHistory *self)
{
  g_return_val_if_fail (PP_IS_HISTORY (self), NULL);

  return self->portfolio;
}

gboolean
pp_history_get_read_only (PpHistory *self)
{
  g_return_val_if_fail (PP_IS_HISTORY (self), FALSE);

  return self->read_only;
}

void
pp_history_set_read_only (PpHistory *self,
                          gboolean   read_only)
{
  SAVE_STATE (self);

  g_return_if_fail (PP_IS_HISTORY (self));

  read_only = !!read_only;
  if (self->read_only == read_only)
    return;
  self->read_only = read_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  notify_state (self, could_undo, could_redo, was_modified);
}
