/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli-import.h: `partnership-planner --import REGISTER`, which needs no
 * display. */
#pragma once

#include "pp-cli-report.h"

G_BEGIN_DECLS

typedef struct
{
  const char *register_path;
  const char *output;         /* a new portfolio, or NULL */
  const char *into;           /* an existing portfolio, or NULL */
  const char *countries;      /* "AA,BB", for --output */
  const char *title;          /* for --output; NULL for the register's name */
  const char * const *map;    /* "COLUMN=FIELD", NULL-terminated, or NULL */
  const char *sheet;          /* a workbook's sheet, or NULL for the first */
  const char *encoding;       /* a text register's encoding, or NULL to detect it */
  const char *dates;          /* "day-first", "month-first", or NULL */
  gboolean skip_bad;
} PpCliImport;

int pp_cli_import (const PpCliImport *request);

G_END_DECLS
