/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-change-words.h: the words a person reads for each change: what each
 * member of the file is called, and its values as the app shows them
 * (dates, the names of enum values, numbers, referred items' names). */
#pragma once

#include "pp-change.h"

G_BEGIN_DECLS

/* The two versions, for the names of the items that values refer to. */
typedef struct
{
  PpPortfolioTree *old_tree;
  PpPortfolioTree *new_tree;
} PpChangeWords;

char *pp_change_words_heading  (PpSection       section,
                                const char     *name);
char *pp_change_words_item     (PpChangeKind    kind,
                                PpSection       section,
                                const char     *name,
                                guint           place);
char *pp_change_words_element_name (PpChangeWords *words,
                                    PpSection      section,
                                    const char    *list,
                                    JsonObject    *element,
                                    gboolean       old);
char *pp_change_words_element  (PpChangeWords  *words,
                                PpChangeKind    kind,
                                PpSection       section,
                                const char     *list,
                                JsonNode       *element,
                                gboolean        old,
                                guint           place);
char *pp_change_words_field    (PpChangeWords  *words,
                                PpSection       section,
                                const char     *context,
                                const char     *element_name,
                                const char     *member,
                                JsonNode       *old_value,
                                JsonNode       *new_value);
char *pp_change_words_progress (gint64          old_value,
                                gint64          new_value,
                                gint64          target,
                                const char     *unit);

G_END_DECLS
