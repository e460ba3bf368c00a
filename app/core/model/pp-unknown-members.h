/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-unknown-members.h: keeps the members of a file the app does not know
 * as the JSON text they were written in. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonObject *pp_unknown_members_read (JsonObject         *object,
                                     const char         *text,
                                     const char * const *known);

G_END_DECLS
