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

gboolean  pp_language_is_rtl (const char *language);
void      pp_format_set_rtl (gboolean   rtl);
gboolean  pp_format_get_rtl (void);
char     *pp_sentence_new   (const char *format,
                             ...) G_GNUC_PRINTF (1, 2);
char     *pp_sentence_new_in (gboolean   rtl,
                              const char *format,
                              ...) G_GNUC_PRINTF (2, 3);
char     *pp_sentence_new_valist (gboolean    rtl,
                                  const char *format,
                                  va_list     args) G_GNUC_PRINTF (2, 0);

G_END_DECLS
