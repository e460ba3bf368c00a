/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-document.c: a whole planning document built from a portfolio: the
 * cover, then the parts the chosen document has, in order. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-document-private.h"
#include "pp-document.h"
#include "pp-format.h"
#include "pp-iso-codes.h"
#include "pp-summary.h"

/* "Pakistan and Belarus", or what there is of it. */
static char *
describe_countries (PpPortfolio *portfolio)
{
  PpCountryPair *pair = pp_portfolio_get_countries (portfolio);
  const char *first = pp_country_pair_get_first (pair);
  const char *second = pp_country_pair_get_second (pair);

  if (first == NULL || second == NULL)
    return g_strdup (_("Partner countries not chosen yet"));
  /* Translators: the two partner countries, "Pakistan and Belarus" */
  return pp_sentence_new (_("%s and %s"), pp_iso_country_get_name (first),
                          pp_iso_country_get_name (second));
}

static void
add_cover (PpDocument            *document,
           PpPortfolio           *portfolio,
           const PpExportOptions *options)
{
  static const char * const names[] = {
    N_("Partnership brief"), N_("Venture plan"), N_("MoU register"),
  };
  PpBlock *cover = pp_document_add_block (document, PP_BLOCK_COVER, document->title);
  g_autofree char *date = pp_document_format_date (&options->today);

  cover->subtitle = describe_countries (portfolio);
  if (options->document == PP_DOCUMENT_BRIEF)
    cover->body = g_strdup (pp_portfolio_get_description (portfolio));
  /* Translators: the cover's last line, "Partnership brief · 28 November 2026" */
  cover->note = pp_sentence_new (_("%s · %s"), _(names[options->document]), date);
}

PpDocument *
pp_document_new (PpPortfolio           *portfolio,
                 const PpExportOptions *options,
                 GError               **error)
{
  g_autoptr(PpDocument) document = NULL;
  g_autoptr(PpSummary) summary = NULL;
  const char *title;
  PpVenture *venture;

  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), NULL);

  if (!pp_export_find_venture (portfolio, options, &venture, error))
    return NULL;

  title = pp_portfolio_get_title (portfolio);
  document = pp_document_new_empty (title != NULL && *title != '\0' ? title
                                                                     : _("Untitled portfolio"),
                                    &options->today);

  add_cover (document, portfolio, options);
  pp_document_add_changes (document, portfolio, options,
                           options->document == PP_DOCUMENT_BRIEF);
  switch (options->document)
    {
    case PP_DOCUMENT_REGISTER:
      pp_document_add_register (document, portfolio, 1);
      break;
    case PP_DOCUMENT_VENTURE:
      pp_document_add_ventures (document, portfolio, venture);
      break;
    case PP_DOCUMENT_BRIEF:
    default:
      summary = pp_summary_new (portfolio);
      pp_document_add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
      pp_document_add_summary (document, portfolio, summary);
      pp_document_add_block (document, PP_BLOCK_PAGE_BREAK, NULL);
      pp_document_add_register (document, portfolio, 1);
      pp_document_add_ventures (document, portfolio, NULL);
      pp_document_add_commitments (document, portfolio);
      pp_document_add_agenda (document, portfolio, summary);
      break;
    }
  return g_steal_pointer (&document);
}
