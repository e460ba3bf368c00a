/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-author.h: who a version or a tag is by, when the repository's
 * git config does not say: the name and e-mail the user gave once, kept
 * in the settings. */
#pragma once

#include <gio/gio.h>

#include "pp-version-store.h"

G_BEGIN_DECLS

gboolean pp_version_author_find (PpVersionStore  *store,
                                 GSettings       *settings,
                                 char           **name,
                                 char           **email);
void     pp_version_author_keep (GSettings       *settings,
                                 const char      *name,
                                 const char      *email);

G_END_DECLS
