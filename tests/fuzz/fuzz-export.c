/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-export.c: the body of the exports' fuzz target. Whatever loads as a
 * portfolio is exported as each document (brief, ventures, register) in HTML
 * and Markdown, and as CSV and iCalendar data, as of a fixed day. Every text
 * must be valid UTF-8 and a refusal must say why in valid UTF-8; a
 * GLib-CRITICAL (a date pushed past 0001-01-01) stops the fuzzer. PDF and XLSX
 * are left out: laying out pages takes a hundred times as long as the rest. */

#include "config.h"

#include "pp-export.h"
#include "pp-fuzz.h"
#include "pp-portfolio-io.h"

static void
export (PpPortfolio    *portfolio,
        PpExportFormat  format,
        PpDocumentKind  document)
{
  g_auto(PpExportOptions) options = { 0 };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *text;

  pp_export_options_init (&options);
  options.document = document;
  g_date_set_dmy (&options.today, 15, G_DATE_APRIL, 2025);

  bytes = pp_export_to_bytes (portfolio, format, &options, &error);
  if (bytes == NULL)
    {
      if (error == NULL || !g_utf8_validate (error->message, -1, NULL))
        pp_fuzz_fail ("a %s export failed without a message in valid UTF-8",
                      pp_export_format_get_name (format));
      return;
    }
  text = g_bytes_get_data (bytes, &size);
  if (!g_utf8_validate_len (text, size, NULL))
    pp_fuzz_fail ("the %s export of the %s is not valid UTF-8",
                  pp_export_format_get_name (format), pp_document_kind_get_name (document));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PpPortfolio) portfolio = NULL;

  pp_fuzz_init ();
  bytes = g_bytes_new (data, size);
  portfolio = pp_portfolio_load_from_bytes (bytes, NULL);
  if (portfolio == NULL)
    return 0;

  for (PpDocumentKind document = PP_DOCUMENT_BRIEF; document <= PP_DOCUMENT_REGISTER; document++)
    {
      export (portfolio, PP_EXPORT_FORMAT_HTML, document);
      export (portfolio, PP_EXPORT_FORMAT_MARKDOWN, document);
    }
  export (portfolio, PP_EXPORT_FORMAT_CSV, PP_DOCUMENT_REGISTER);
  export (portfolio, PP_EXPORT_FORMAT_ICS, PP_DOCUMENT_REGISTER);
  return 0;
}
