/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-spec.c: "FILE@VERSION" wherever a portfolio file is read.
 *
 * A name that is an existing file is that file, even when it holds an
 * "@"; otherwise what follows the last "@" is a version (an id, a tag, a
 * revision git understands) of the file before it. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pp-date.h"
#include "pp-portfolio-io.h"
#include "pp-version-spec.h"
#include "pp-version-store.h"

/* What to call a version in a brief's "Changes since …": the meeting it
 * is tagged with, else the file and the day it was saved. */
static char *
describe_version (const char *base,
                  PpVersion  *version)
{
  const char * const *tags = pp_version_get_tags (version);
  g_autoptr(GDateTime) local = NULL;
  GDate day;
  g_autofree char *date = NULL;
  guint n = g_strv_length ((char **) tags);

  if (n > 0)
    return g_strdup (tags[n - 1]);
  local = g_date_time_to_local (pp_version_get_time (version));
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  date = pp_date_to_display (&day);
  /* Translators: a file's name and the day a version of it was saved
   * ("pk-by.json as saved on 12 Apr 2026") */
  return g_strdup_printf (_("%s as saved on %s"), base, date);
}

/**
 * pp_version_store_load:
 * @version: (out) (optional): the version @revision names
 *
 * Reads @revision of the store's file as a portfolio; a version that does
 * not load is said with the file's name and the version's id.
 *
 * Returns: (transfer full): the portfolio, or %NULL with @error set
 */
PpPortfolio *
pp_version_store_load (PpVersionStore  *store,
                       const char      *revision,
                       PpVersion      **version,
                       GError         **error)
{
  g_autoptr(PpVersion) found = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) load_error = NULL;
  PpPortfolio *portfolio;

  g_return_val_if_fail (PP_IS_VERSION_STORE (store), NULL);
  g_return_val_if_fail (revision != NULL, NULL);

  if ((found = pp_version_store_find (store, revision, error)) == NULL ||
      (bytes = pp_version_store_read (store, revision, error)) == NULL)
    return NULL;
  portfolio = pp_portfolio_load_from_bytes (bytes, &load_error);
  if (portfolio == NULL)
    {
      g_autofree char *base = g_file_get_basename (pp_version_store_get_file (store));

      /* Translators: the first %s is a file's name, the second a version's id */
      g_set_error (error, load_error->domain, load_error->code, _("%s, version %s: %s"),
                   base, pp_version_get_short_id (found), load_error->message);
      return NULL;
    }
  if (version != NULL)
    *version = g_steal_pointer (&found);
  return portfolio;
}

/* Loads @revision of @file; @label says which ("pk-by.json at a1b2c3d"). */
static PpPortfolio *
load_version (GFile       *file,
              const char  *revision,
              char       **label,
              GError     **error)
{
  g_autoptr(PpVersionStore) store = pp_version_store_open (file, error);
  g_autoptr(PpVersion) version = NULL;
  g_autofree char *base = g_file_get_basename (file);
  PpPortfolio *portfolio;

  if (store == NULL)
    return NULL;
  portfolio = pp_version_store_load (store, revision, &version, error);
  if (portfolio != NULL && label != NULL)
    *label = describe_version (base, version);
  return portfolio;
}

static PpPortfolio *
load_file (const char  *path,
           char       **label,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  PpPortfolio *portfolio = pp_portfolio_load_from_file (file, NULL, error);

  if (portfolio != NULL && label != NULL)
    *label = g_file_get_basename (file);
  return portfolio;
}

/**
 * pp_version_load_spec:
 * @spec: "FILE" or "FILE@VERSION"
 * @label: (out) (optional): what to call it in messages and the brief
 *
 * Returns: (transfer full): the portfolio, or %NULL with @error set
 */
PpPortfolio *
pp_version_load_spec (const char  *spec,
                      char       **label,
                      GError     **error)
{
  const char *at;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (spec != NULL, NULL);

  at = strrchr (spec, '@');
  if (at == NULL || at[1] == '\0' || g_file_test (spec, G_FILE_TEST_EXISTS))
    return load_file (spec, label, error);
  path = g_strndup (spec, at - spec);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return load_file (spec, label, error);
  file = g_file_new_for_commandline_arg (path);
  return load_version (file, at + 1, label, error);
}

/**
 * pp_version_load_baseline:
 * @file: (nullable): the portfolio being exported, whose versions a bare
 *   @since names
 * @since: a file, "FILE@VERSION", or a version of @file
 *
 * Returns: (transfer full): the baseline, or %NULL with @error set
 */
PpPortfolio *
pp_version_load_baseline (GFile       *file,
                          const char  *since,
                          char       **label,
                          GError     **error)
{
  g_return_val_if_fail (since != NULL, NULL);

  if (file == NULL || g_file_test (since, G_FILE_TEST_EXISTS) || strchr (since, '@') != NULL)
    return pp_version_load_spec (since, label, error);
  return load_version (file, since, label, error);
}
