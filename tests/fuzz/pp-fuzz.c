/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-fuzz.c: the set-up the fuzz targets share, and their failure. */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "pp-fuzz.h"

/* A GLib-CRITICAL is a bug that the suite catches under
 * G_DEBUG=fatal-criticals: it must stop the fuzzer too, with abort (), which
 * libFuzzer catches and keeps the input of, rather than GLib's breakpoint
 * trap, which it does not. Warnings are not: libgsf warns of a damaged zip
 * archive, which the reader then refuses in words. */
static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL))
    abort ();
  return output;
}

void
pp_fuzz_init (void)
{
  static gboolean done = FALSE;

  if (done)
    return;
  done = TRUE;

  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_log_set_writer_func (write_log, NULL, NULL);
}

void
pp_fuzz_fail (const char *format,
              ...)
{
  va_list args;

  va_start (args, format);
  fputs ("pp-fuzz: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  abort ();
}
