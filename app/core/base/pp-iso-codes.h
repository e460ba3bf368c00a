/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-iso-codes.h: country (ISO 3166-1) and currency (ISO 4217) codes from
 * Debian's iso-codes data, with their localized names. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean     pp_iso_country_is_valid    (const char *alpha_2);
const char  *pp_iso_country_get_name    (const char *alpha_2);
const char  *pp_iso_country_get_english_name (const char *alpha_2);
GPtrArray   *pp_iso_country_list_codes  (void);
GPtrArray   *pp_iso_country_list_by_name (void);
gboolean     pp_iso_country_matches     (const char *alpha_2,
                                         const char *query);

gboolean     pp_iso_currency_is_valid   (const char *alpha_3);
const char  *pp_iso_currency_get_name   (const char *alpha_3);
GPtrArray   *pp_iso_currency_list_codes (void);
GPtrArray   *pp_iso_currency_list_by_name (void);
gboolean     pp_iso_currency_matches    (const char *alpha_3,
                                         const char *query);

const char  *pp_iso_codes_get_error     (void);

G_END_DECLS
