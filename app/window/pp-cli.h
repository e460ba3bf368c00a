/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli.h: the headless commands (--check, --export), which need no display. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the headless commands. */
enum {
  PP_EXIT_OK = 0,
  PP_EXIT_BAD_INPUT = 1,
  PP_EXIT_USAGE = 2,
};

typedef struct
{
  const char *format;     /* pdf, html, md, csv, ics, xlsx */
  const char *output;
  const char *document;   /* brief, venture, register; NULL for brief */
  const char *venture;    /* a venture id, or NULL */
  const char *paper;      /* a4, letter; NULL for A4 */
  const char *input;      /* the portfolio file; NULL for the bundled sample */
} PpCliExport;

int  pp_cli_check        (const char *path);
int  pp_cli_export       (const PpCliExport *request);
char *pp_cli_describe_error (const char   *path,
                             const GError *error);

G_END_DECLS
