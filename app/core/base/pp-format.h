/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-format.h: numbers as people read them, for views and documents. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *pp_format_count  (gint64      value);
char     *pp_format_amount (gint64      amount,
                            const char *currency);
gboolean  pp_parse_count   (const char *text,
                            double     *value);

G_END_DECLS
