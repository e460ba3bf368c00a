/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-export-html-markup.c: the small pieces of markup that the HTML writer
 * and its SVG charts both write: escaped text, elements around it, and the
 * classes and words of marks. All text goes through g_markup_escape_text(),
 * which escapes <, >, &, " and '. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-export-html-markup.h"

void
pp_html_append_text (GString    *out,
                     const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

/* Text whose line breaks are kept, as <br/>. */
void
pp_html_append_lines (GString    *out,
                      const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "<br/>");
      pp_html_append_text (out, lines[i]);
    }
}

/* @text between @open and @close, escaped, its line breaks kept. */
void
pp_html_append_element (GString    *out,
                        const char *open,
                        const char *text,
                        const char *close)
{
  g_string_append (out, open);
  pp_html_append_lines (out, text);
  g_string_append (out, close);
}

/* A mark's class in the style sheet, and what it says in words so that
 * no state is told by colour alone. */
static const struct
{
  const char *name;
  const char *word;
} marks[] = {
  [PP_MARK_NONE] = { NULL, NC_("mark", "Pending") },
  [PP_MARK_OVERDUE] = { "overdue", NC_("mark", "Overdue") },
  [PP_MARK_EXPIRED] = { "expired", NC_("mark", "Expired") },
  [PP_MARK_DONE] = { "done", NC_("mark", "Done") },
};

/* The class of a row with @mark; NULL when unmarked. */
const char *
pp_html_mark_name (PpMark mark)
{
  return mark < G_N_ELEMENTS (marks) ? marks[mark].name : NULL;
}

/* What @mark says in words, "Pending" included; NULL for a mark that
 * has none. */
const char *
pp_html_mark_word (PpMark mark)
{
  if (mark >= G_N_ELEMENTS (marks))
    return NULL;
  return g_dpgettext2 (GETTEXT_PACKAGE, "mark", marks[mark].word);
}
