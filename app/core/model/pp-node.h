/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-node.h: the base class of every object of a portfolio.
 *
 * A node knows its owner (the node whose list holds it), so a change to any
 * field anywhere reaches the portfolio as one "changed" signal without a
 * signal connection per object. It also keeps the JSON members the app does
 * not know, so they are written back on save.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "pp-collection.h"

G_BEGIN_DECLS

#define PP_TYPE_NODE (pp_node_get_type ())

G_DECLARE_DERIVABLE_TYPE (PpNode, pp_node, PP, NODE, GObject)

/* Called once per id that a node refers to; @member is its place relative to
 * the node ("sector", "parties[1]", "partners[0].organisation"). */
typedef gboolean (*PpReferenceFunc) (PpCollection  collection,
                                     const char   *id,
                                     const char   *member,
                                     gpointer      user_data);

struct _PpNodeClass
{
  GObjectClass parent_class;

  /* The item lists of this kind of node, in file order, with their member
   * names ("follow_ups"); NULL-terminated. */
  GListModel * (*get_list)          (PpNode       *self,
                                     guint         index,
                                     const char  **member);
  /* Calls @func for each reference, stopping when it returns FALSE. */
  gboolean     (*foreach_reference) (PpNode          *self,
                                     PpReferenceFunc  func,
                                     gpointer         user_data);
  gboolean     (*validate_insert)   (PpNode       *self,
                                     GListModel   *list,
                                     PpNode       *item,
                                     GError      **error);
  gboolean     (*validate_remove)   (PpNode       *self,
                                     GListModel   *list,
                                     PpNode       *item,
                                     GError      **error);
  void         (*item_added)        (PpNode       *self,
                                     GListModel   *list,
                                     PpNode       *item);
  void         (*item_removed)      (PpNode       *self,
                                     GListModel   *list,
                                     PpNode       *item);
  /* Run on the topmost node when this node or one below it changed. */
  void         (*descendant_changed)(PpNode       *self,
                                     PpNode       *origin);
  /* Finds an item of @collection by id. Only the root sets it (the
   * portfolio, with its indexes), so that the items below resolve their
   * references without knowing the root's type. */
  PpNode *     (*lookup)            (PpNode       *self,
                                     PpCollection  collection,
                                     const char   *id);
};

const char  *pp_node_get_id            (PpNode      *self);
PpNode      *pp_node_get_owner         (PpNode      *self);
PpNode      *pp_node_get_root          (PpNode      *self);
JsonObject  *pp_node_get_extra         (PpNode      *self);
gboolean     pp_node_foreach_reference (PpNode          *self,
                                        PpReferenceFunc  func,
                                        gpointer         user_data);
PpNode      *pp_node_lookup            (PpNode          *self,
                                        PpCollection     collection,
                                        const char      *id);

PpNode      *pp_node_copy              (PpNode      *self,
                                        const char  *id);
gboolean     pp_node_insert_item       (PpNode      *self,
                                        GListModel  *list,
                                        guint        position,
                                        PpNode      *item,
                                        GError     **error);
gboolean     pp_node_remove_item       (PpNode      *self,
                                        GListModel  *list,
                                        guint        position,
                                        GError     **error);
void         pp_node_move_item         (PpNode      *self,
                                        GListModel  *list,
                                        guint        from,
                                        guint        to);
gboolean     pp_node_append_item       (PpNode      *self,
                                        GListModel  *list,
                                        PpNode      *item,
                                        GError     **error);

/* For the model's own setters and the loader. */
void         pp_node_changed           (PpNode      *self,
                                        GParamSpec  *pspec);
gboolean     pp_node_set_string        (PpNode      *self,
                                        char       **field,
                                        const char  *value,
                                        GParamSpec  *pspec);
gboolean     pp_node_set_date          (PpNode      *self,
                                        GDate       *field,
                                        const GDate *value,
                                        GParamSpec  *pspec);
gboolean     pp_node_set_int64         (PpNode      *self,
                                        gint64      *field,
                                        gint64       value,
                                        GParamSpec  *pspec);
gboolean     pp_node_set_boolean       (PpNode      *self,
                                        gboolean    *field,
                                        gboolean     value,
                                        GParamSpec  *pspec);
gboolean     pp_node_set_strv          (PpNode      *self,
                                        char      ***field,
                                        const char * const *value,
                                        GParamSpec  *pspec);
void         pp_node_take_extra        (PpNode      *self,
                                        JsonObject  *extra);
void         pp_node_adopt_items       (PpNode      *self,
                                        GListModel  *list,
                                        PpNode     **items,
                                        guint        n_items);
gpointer     pp_node_new_with_id       (GType        type,
                                        const char  *id);
void         pp_node_set_owner         (PpNode      *self,
                                        PpNode      *owner);
gboolean     pp_node_check_references  (PpNode      *self,
                                        PpNode      *item,
                                        GError     **error);
gboolean     pp_node_check_reference   (PpNode      *self,
                                        PpCollection collection,
                                        const char  *id);

/* Property helpers for dates held as GDate (invalid meaning "none"). */
const GDate *pp_date_or_null           (const GDate *date);

G_END_DECLS
