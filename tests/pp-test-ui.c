/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-ui.c: helpers shared by the widget tests. */

#include "config.h"

#include "pp-test-ui.h"

/* The message dialog on screen (the last one opened), if any. */
AdwMessageDialog *
pp_test_find_message_dialog (void)
{
  AdwMessageDialog *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}
