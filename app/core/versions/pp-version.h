/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version.h: PpVersion, one saved version of a portfolio file in its
 * git repository: the commit's id, date, author and message, and the
 * meetings it is tagged with. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PP_TYPE_VERSION (pp_version_get_type ())

G_DECLARE_FINAL_TYPE (PpVersion, pp_version, PP, VERSION, GObject)

PpVersion          *pp_version_new            (const char         *id,
                                               GDateTime          *time,
                                               const char         *author,
                                               const char         *email,
                                               const char         *message);
const char         *pp_version_get_id         (PpVersion          *self);
const char         *pp_version_get_short_id   (PpVersion          *self);
GDateTime          *pp_version_get_time       (PpVersion          *self);
const char         *pp_version_get_author     (PpVersion          *self);
const char         *pp_version_get_email      (PpVersion          *self);
const char         *pp_version_get_message    (PpVersion          *self);
char               *pp_version_dup_subject    (PpVersion          *self);
const char * const *pp_version_get_tags       (PpVersion          *self);
void                pp_version_add_tag        (PpVersion          *self,
                                               const char         *label);
const char         *pp_version_get_summary    (PpVersion          *self);
void                pp_version_set_summary    (PpVersion          *self,
                                               const char         *summary);

G_END_DECLS
