/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-date.h: the YYYY-MM-DD dates of the file format, held in GDate,
 * and the locale's own format for the window. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  pp_date_parse       (const char    *text,
                               GDate         *date,
                               GError       **error);
gboolean  pp_date_parse_local (const char    *text,
                               GDate         *date,
                               GError       **error);
char     *pp_date_to_display  (const GDate   *date);
char     *pp_date_example     (void);
void      pp_date_format_iso  (const GDate   *date,
                               char           buf[11]);
char     *pp_date_to_iso      (const GDate   *date);
int       pp_date_compare     (const GDate   *a,
                               const GDate   *b);
void      pp_date_add_days_within (GDate     *date,
                                   int        days);

void      pp_date_get_today   (GDate         *date);

G_END_DECLS
