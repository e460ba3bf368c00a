/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-error.h: the error domain of everything the core refuses. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PP_PORTFOLIO_ERROR (pp_portfolio_error_quark ())

typedef enum
{
  PP_PORTFOLIO_ERROR_SYNTAX,        /* not JSON: the message starts with "line:column: " */
  PP_PORTFOLIO_ERROR_ENCODING,      /* bytes that are not UTF-8 */
  PP_PORTFOLIO_ERROR_EMPTY,         /* nothing in the file */
  PP_PORTFOLIO_ERROR_LIMIT,         /* too large, too deep, a number out of range */
  PP_PORTFOLIO_ERROR_NOT_PORTFOLIO, /* valid JSON but not our format */
  PP_PORTFOLIO_ERROR_VERSION,       /* written by a newer version of the app */
  PP_PORTFOLIO_ERROR_TYPE,          /* a member of the wrong JSON type */
  PP_PORTFOLIO_ERROR_MISSING,       /* a required member is absent */
  PP_PORTFOLIO_ERROR_VALUE,         /* a value outside the allowed set or range */
  PP_PORTFOLIO_ERROR_DUPLICATE_ID,  /* an id used twice in one collection */
  PP_PORTFOLIO_ERROR_REFERENCE,     /* an id that names nothing, or an item still referenced */
  PP_PORTFOLIO_ERROR_READ_ONLY,     /* a change to a portfolio shown read-only */
} PpPortfolioError;

GQuark pp_portfolio_error_quark (void);

G_END_DECLS
