/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli.h: the headless commands (--check, --export), which need no display. */
#pragma once

#include "pp-cli-report.h"

G_BEGIN_DECLS

typedef struct
{
  const char *format;     /* pdf, html, md, csv, ics, xlsx */
  const char *output;
  const char *document;   /* brief, venture, register; NULL for brief */
  const char *venture;    /* a venture id, or NULL */
  const char *paper;      /* a4, letter; NULL for A4 */
  const char *input;      /* the portfolio file; NULL for the bundled sample */
  const char *since;      /* an earlier version the brief says what changed since, or NULL */
} PpCliExport;

gboolean            pp_cli_run                (char       **args,
                                               int         *exit_status);
const GOptionEntry *pp_cli_get_option_entries (void);
int  pp_cli_check        (const char *path);
int  pp_cli_export       (const PpCliExport *request);

G_END_DECLS
