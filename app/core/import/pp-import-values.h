/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-values.h: the values of a register's cells as offices write them:
 * dates in several orders and as spreadsheet serial numbers, statuses in
 * English and Russian, several parties in one cell. */
#pragma once

#include "pp-enums.h"

G_BEGIN_DECLS

/* How to read a date whose day and month could be either way round
 * ("04/05/2025"). Dotted dates are always day first. */
typedef enum
{
  PP_DATE_ORDER_UNKNOWN,    /* refuse it as ambiguous */
  PP_DATE_ORDER_DAY_FIRST,
  PP_DATE_ORDER_MONTH_FIRST,
} PpDateOrder;

char     *pp_import_fold          (const char   *text);
gboolean  pp_import_parse_date    (const char   *text,
                                   PpDateOrder   order,
                                   GDate        *date,
                                   GError      **error);
gboolean  pp_import_date_serial   (double        serial,
                                   GDate        *date);
gboolean  pp_import_match_status  (const char   *text,
                                   PpMouStatus  *status);
GStrv     pp_import_split_parties (const char   *text);
gboolean  pp_import_parse_boolean (const char   *text,
                                   gboolean     *value);

G_END_DECLS
