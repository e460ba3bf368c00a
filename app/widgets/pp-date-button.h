/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-date-button.h: a calendar popover for picking a date into an entry row. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef void (*PpDatePicked) (GtkWidget   *row,
                              const GDate *date,
                              gpointer     user_data);

GtkWidget *pp_date_button_new (GtkWidget    *row,
                               const char   *accessible_label,
                               PpDatePicked  picked,
                               gpointer      user_data);
void       pp_date_button_set_date (GtkWidget   *button,
                                    const GDate *date);

G_END_DECLS
