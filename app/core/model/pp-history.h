/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-history.h: PpHistory, the undo and redo history of one portfolio.
 *
 * Every editor changes the model through this object, so undo works the
 * same everywhere and is tested without a display.
 */
#pragma once

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_HISTORY (pp_history_get_type ())

G_DECLARE_FINAL_TYPE (PpHistory, pp_history, PP, HISTORY, GObject)

PpHistory   *pp_history_new             (PpPortfolio  *portfolio);
PpPortfolio *pp_history_get_portfolio   (PpHistory    *self);

gboolean     pp_history_set_value       (PpHistory    *self,
                                         PpNode       *node,
                                         const char   *property,
                                         const GValue *value,
                                         gboolean      merge);
void         pp_history_set             (PpHistory    *self,
                                         PpNode       *node,
                                         const char   *first_property,
                                         ...) G_GNUC_NULL_TERMINATED;
gboolean     pp_history_insert          (PpHistory    *self,
                                         PpNode       *owner,
                                         GListModel   *list,
                                         guint         position,
                                         PpNode       *item,
                                         GError      **error);
gboolean     pp_history_append          (PpHistory    *self,
                                         PpNode       *owner,
                                         GListModel   *list,
                                         PpNode       *item,
                                         GError      **error);
gboolean     pp_history_remove          (PpHistory    *self,
                                         PpNode       *owner,
                                         GListModel   *list,
                                         guint         position,
                                         GError      **error);
void         pp_history_move            (PpHistory    *self,
                                         PpNode       *owner,
                                         GListModel   *list,
                                         guint         from,
                                         guint         to);

/* In pp-history-replace.c. */
gboolean     pp_history_replace_contents (PpHistory   *self,
                                          PpPortfolio *target,
                                          GError     **error);

void         pp_history_begin_group     (PpHistory    *self);
void         pp_history_end_group       (PpHistory    *self);
void         pp_history_cancel_group    (PpHistory    *self);
void         pp_history_break_merge     (PpHistory    *self);

gboolean     pp_history_get_can_undo    (PpHistory    *self);
gboolean     pp_history_get_can_redo    (PpHistory    *self);
gboolean     pp_history_undo            (PpHistory    *self);
gboolean     pp_history_redo            (PpHistory    *self);
void         pp_history_clear           (PpHistory    *self);

gboolean     pp_history_get_modified    (PpHistory    *self);
void         pp_history_mark_saved      (PpHistory    *self);
void         pp_history_mark_unsaved    (PpHistory    *self);

gboolean     pp_history_get_read_only   (PpHistory    *self);
void         pp_history_set_read_only   (PpHistory    *self,
                                         gboolean      read_only);

G_END_DECLS
