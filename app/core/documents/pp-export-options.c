/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-options.c: the options of an export, their names on the
 * command line and in the settings, the paper sizes, and the venture the
 * options name. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-export-options.h"

static const char * const document_names[] = { "brief", "venture", "register" };

/**
 * pp_export_options_init:
 *
 * The defaults: the whole brief, A4, as of today.
 */
void
pp_export_options_init (PpExportOptions *options)
{
  g_return_if_fail (options != NULL);

  options->document = PP_DOCUMENT_BRIEF;
  options->venture_id = NULL;
  options->paper = PP_PAPER_A4;
  pp_date_get_today (&options->today);
  options->baseline = NULL;
  options->baseline_name = NULL;
}

void
pp_export_options_clear (PpExportOptions *options)
{
  g_return_if_fail (options != NULL);

  g_clear_pointer (&options->venture_id, g_free);
  g_clear_object (&options->baseline);
  g_clear_pointer (&options->baseline_name, g_free);
}

/**
 * pp_export_options_copy:
 *
 * Sets @dest, which holds nothing, to a copy of @src; an export in a
 * thread keeps its own.
 */
void
pp_export_options_copy (PpExportOptions       *dest,
                        const PpExportOptions *src)
{
  g_return_if_fail (dest != NULL && src != NULL);

  *dest = *src;
  dest->venture_id = g_strdup (src->venture_id);
  dest->baseline = src->baseline != NULL ? g_object_ref (src->baseline) : NULL;
  dest->baseline_name = g_strdup (src->baseline_name);
}

gboolean
pp_document_kind_from_name (const char     *name,
                            PpDocumentKind *kind)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (document_names); i++)
    if (g_ascii_strcasecmp (name, document_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
pp_document_kind_get_name (PpDocumentKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (document_names), NULL);
  return document_names[kind];
}

gboolean
pp_paper_from_name (const char *name,
                    PpPaper    *paper)
{
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "a4") == 0)
    *paper = PP_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = PP_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

void
pp_paper_get_size (PpPaper  paper,
                   double  *width_pt,
                   double  *height_pt)
{
  if (paper == PP_PAPER_LETTER)
    {
      *width_pt = 612.0;    /* 8.5 × 11 in */
      *height_pt = 792.0;
    }
  else
    {
      *width_pt = 595.276;  /* 210 × 297 mm */
      *height_pt = 841.89;
    }
}

gboolean
pp_export_find_venture (PpPortfolio           *portfolio,
                        const PpExportOptions *options,
                        PpVenture            **venture,
                        GError               **error)
{
  *venture = NULL;
  if (options->venture_id == NULL)
    return TRUE;

  *venture = (PpVenture *) pp_portfolio_lookup (portfolio, PP_COLLECTION_VENTURES,
                                                options->venture_id);
  if (*venture == NULL)
    {
      g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE,
                   _("There is no venture with the id “%s”"), options->venture_id);
      return FALSE;
    }
  return TRUE;
}
