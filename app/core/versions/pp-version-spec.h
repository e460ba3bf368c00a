/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-spec.h: loading a saved version of a portfolio file, and a
 * portfolio named "FILE" or "FILE@VERSION", as the command line and the
 * baseline of a brief take it. */
#pragma once

#include "pp-portfolio.h"
#include "pp-version-store.h"

G_BEGIN_DECLS

PpPortfolio *pp_version_store_load    (PpVersionStore  *store,
                                       const char      *revision,
                                       PpVersion      **version,
                                       GError         **error);
PpPortfolio *pp_version_load_spec     (const char  *spec,
                                       char       **label,
                                       GError     **error);
PpPortfolio *pp_version_load_baseline (GFile       *file,
                                       const char  *since,
                                       char       **label,
                                       GError     **error);

G_END_DECLS
