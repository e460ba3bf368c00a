/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-date-button.c: a menu button whose popover holds a GtkCalendar.
 *
 * Typing a date stays possible; the calendar is for those who prefer to
 * point, and is reachable by keyboard as the row's suffix.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date-button.h"

typedef struct
{
  GtkWidget *row;
  PpDatePicked picked;
  gpointer user_data;
} Picker;

static void
day_selected_cb (GtkCalendar *calendar,
                 Picker      *picker)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (calendar);
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (when),
                  (GDateMonth) g_date_time_get_month (when),
                  (GDateYear) g_date_time_get_year (when));
  gtk_popover_popdown (GTK_POPOVER (popover));
  picker->picked (picker->row, &date, picker->user_data);
}

/**
 * pp_date_button_new:
 * @row: the widget the date is for, passed back to @picked
 *
 * Returns: (transfer floating): a button to add as the row's suffix
 */
GtkWidget *
pp_date_button_new (GtkWidget    *row,
                    const char   *accessible_label,
                    PpDatePicked  picked,
                    gpointer      user_data)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  Picker *picker = g_new0 (Picker, 1);

  picker->row = row;
  picker->picked = picked;
  picker->user_data = user_data;
  g_object_set_data_full (G_OBJECT (button), "picker", picker, g_free);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_object_set_data (G_OBJECT (button), "calendar", calendar);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (day_selected_cb), picker);
  return button;
}

/* Opens the calendar on @date (or today) without reporting a pick. */
void
pp_date_button_set_date (GtkWidget   *button,
                         const GDate *date)
{
  GtkCalendar *calendar = g_object_get_data (G_OBJECT (button), "calendar");
  Picker *picker = g_object_get_data (G_OBJECT (button), "picker");
  g_autoptr(GDateTime) when = NULL;

  if (date == NULL || !g_date_valid (date))
    when = g_date_time_new_now_local ();
  else
    when = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                  g_date_get_day (date), 0, 0, 0);
  g_signal_handlers_block_by_func (calendar, day_selected_cb, picker);
  gtk_calendar_select_day (calendar, when);
  g_signal_handlers_unblock_by_func (calendar, day_selected_cb, picker);
}
