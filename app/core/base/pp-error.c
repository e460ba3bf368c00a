/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-error.c: the error domain of everything the core refuses. */

#include "config.h"

#include "pp-error.h"

/* The domain lives here, below the model, so that the dates and the model's
 * nodes can refuse a value without calling up into the portfolio. Its name
 * stays that of the portfolio, whose file the errors are about. */
G_DEFINE_QUARK (pp-portfolio-error, pp_portfolio_error)
