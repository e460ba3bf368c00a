/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-author.c: the author of the versions saved from the window.
 * Git's own config comes first, as the user set it for every program; the
 * name and e-mail kept in the settings stand in when it has none, so the
 * user is asked only once. */

#include "config.h"

#include "pp-version-author.h"

/**
 * pp_version_author_find:
 * @settings: (nullable): where the user's answer is kept
 * @name: (out) (transfer full) (nullable): the name to give the core, or
 *   %NULL for the repository's own
 * @email: (out) (transfer full) (nullable): likewise
 *
 * Returns: whether the author is known; %FALSE when the user must be asked
 */
gboolean
pp_version_author_find (PpVersionStore  *store,
                        GSettings       *settings,
                        char           **name,
                        char           **email)
{
  g_autofree char *kept_name = NULL;
  g_autofree char *kept_email = NULL;

  g_return_val_if_fail (PP_IS_VERSION_STORE (store), FALSE);

  *name = NULL;
  *email = NULL;
  if (pp_version_store_has_author (store))
    return TRUE;
  if (settings == NULL)
    return FALSE;
  kept_name = g_settings_get_string (settings, "version-author-name");
  kept_email = g_settings_get_string (settings, "version-author-email");
  if (*kept_name == '\0' || *kept_email == '\0')
    return FALSE;
  *name = g_steal_pointer (&kept_name);
  *email = g_steal_pointer (&kept_email);
  return TRUE;
}

/* Keeps the user's answer, trimmed, for the next versions. */
void
pp_version_author_keep (GSettings  *settings,
                        const char *name,
                        const char *email)
{
  g_autofree char *clean_name = g_strstrip (g_strdup (name));
  g_autofree char *clean_email = g_strstrip (g_strdup (email));

  if (settings == NULL)
    return;
  g_settings_set_string (settings, "version-author-name", clean_name);
  g_settings_set_string (settings, "version-author-email", clean_email);
}
