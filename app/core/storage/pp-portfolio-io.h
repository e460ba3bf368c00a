/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-portfolio-io.h: loading and saving portfolio files (format version 1). */
#pragma once

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_FORMAT_NAME     "partnership-planner"
#define PP_FORMAT_VERSION  1
#define PP_MAX_FILE_SIZE   (256 * 1024 * 1024)
#define PP_MAX_DEPTH       64
#define PP_SAMPLE_RESOURCE "/io/github/PartnershipPlanner/samples/pakistan-belarus-2025.json"

PpPortfolio *pp_portfolio_load_from_bytes  (GBytes        *bytes,
                                            GError       **error);
PpPortfolio *pp_portfolio_load_from_file   (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);
PpPortfolio *pp_portfolio_load_sample      (GError       **error);
void         pp_portfolio_load_async       (GFile              *file,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);
PpPortfolio *pp_portfolio_load_finish      (GAsyncResult       *result,
                                            GError            **error);
PpPortfolio *pp_portfolio_load_finish_with_file (GAsyncResult  *result,
                                                 GBytes       **bytes,
                                                 char         **identity,
                                                 GError       **error);
void         pp_portfolio_keep_parse_trees (void);

GBytes      *pp_portfolio_save_to_bytes    (PpPortfolio   *self);
/* For the tests only. */
void         _pp_portfolio_set_pretty_limit (gsize        limit);
gboolean     pp_portfolio_save_bytes_to_file (GBytes      *bytes,
                                              GFile       *file,
                                              GCancellable *cancellable,
                                              GError     **error);
gboolean     pp_portfolio_save_to_file     (PpPortfolio   *self,
                                            GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);

G_END_DECLS
