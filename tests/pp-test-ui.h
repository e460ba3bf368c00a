/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-ui.h: what several widget tests do alike. */

#pragma once

#include <adwaita.h>

#include "pp-window.h"

G_BEGIN_DECLS

/* A window with the Partnership dialog open at one of its pages. */
typedef struct
{
  PpPortfolio *portfolio;
  PpHistory *history;
  PpWindow *window;
  GtkWindow *dialog;
  GtkWidget *page;
} PpTestPartnership;

AdwMessageDialog *pp_test_find_message_dialog (void);
void              pp_test_partnership_open    (PpTestPartnership *f,
                                               gboolean           empty,
                                               const char        *action);
void              pp_test_partnership_close   (PpTestPartnership *f);
gpointer          pp_test_find_widget         (GtkWidget         *root,
                                               GType              type,
                                               const char        *label);
void              pp_test_wait_for_idle       (void);
void              pp_test_wait_for_pages      (GtkWidget  *window);
gpointer          pp_test_find_toplevel       (GType              type);
gpointer          pp_test_wait_for_toplevel   (GType              type);
void              pp_test_click               (GtkWidget         *button);
gboolean          pp_test_press_key           (GtkWidget         *widget,
                                               guint              keyval,
                                               GdkModifierType    modifiers);
gboolean          pp_test_click_on            (GtkWidget         *widget);
GtkWidget        *pp_test_list_row            (GtkWidget         *view,
                                               guint              position);

G_END_DECLS
