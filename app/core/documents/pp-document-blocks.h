/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-document-blocks.h: a planning document as a list of blocks (headings,
 * paragraphs, fact lists, tables, charts, timelines), built once from the
 * portfolio and rendered by the PDF, HTML and Markdown writers, so every
 * format says the same thing. The blocks hold finished, translated text:
 * renderers only lay it out and escape it. pp_document_new() in
 * pp-document.h builds a whole document of them. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PP_BLOCK_COVER,       /* text = title, subtitle = the countries, body = description, note = export date */
  PP_BLOCK_HEADING,     /* level 1 (part), 2 (section, e.g. a venture), 3 (sub-section) */
  PP_BLOCK_PARAGRAPH,   /* text, style */
  PP_BLOCK_FACTS,       /* cells: label, value, label, value, … (n_columns = 2, no header) */
  PP_BLOCK_TABLE,       /* text = caption; cells: header row then body rows, n_columns each */
  PP_BLOCK_BARS,        /* text = caption; bars */
  PP_BLOCK_TIMELINE,    /* text = caption; start, end, today, markers */
  PP_BLOCK_PAGE_BREAK,  /* paged formats start a new page; others may show a rule */
} PpBlockKind;

typedef enum
{
  PP_STYLE_NORMAL,
  PP_STYLE_WARNING,     /* e.g. "Partner shares total 90 %, not 100 %" */
  PP_STYLE_MUTED,       /* e.g. "No risks recorded." */
} PpParagraphStyle;

/* Marks on table rows and timeline markers. The cell text says it too
 * ("Overdue"), so the mark is only emphasis, never the sole signal. */
typedef enum
{
  PP_MARK_NONE,
  PP_MARK_OVERDUE,
  PP_MARK_EXPIRED,
  PP_MARK_DONE,
} PpMark;

typedef struct
{
  char *label;
  char *caption;        /* the value as text: "3 MoUs", "0 of 150,000 workers (0 %)" */
  char *color;          /* "#rrggbb", NULL for the default */
  double value;
  double max;           /* the bar's full length; value / max is drawn */
  double expected;      /* a tick where progress should be by now; < 0 for none */
} PpBar;

typedef struct
{
  char *label;
  GDate date;
  PpMark mark;
} PpTimelineMarker;

typedef struct
{
  PpBlockKind kind;
  int level;                /* headings */
  PpParagraphStyle style;   /* paragraphs */
  char *text;
  char *subtitle;           /* cover */
  char *body;               /* cover */
  char *note;               /* cover */
  char *anchor;             /* headings: a stable id ("venture-electric-buses"), or NULL */

  guint n_columns;          /* tables and facts */
  GPtrArray *cells;         /* of char *, row after row; tables: the first row is the header */
  GArray *widths;           /* of double: each column's share of the width, summing to 1 */
  GArray *marks;            /* of PpMark, one per body row (tables) */
  GArray *cell_marks;       /* of PpMark, n_columns per body row (tables): the cells that say
                             * the row's mark in words ("31 Jul 2025 (overdue)") */

  GPtrArray *bars;          /* of PpBar * */

  GDate start;              /* timelines; either may be invalid (not set) */
  GDate end;
  GArray *markers;          /* of PpTimelineMarker, by date */
} PpBlock;

typedef struct
{
  char *title;              /* the portfolio title: page headers, <title> */
  char *language;           /* "en": the language of the labels */
  GDate today;
  GPtrArray *blocks;        /* of PpBlock * */
  GHashTable *changed;      /* what changed since a baseline: "mous/ID",
                             * "ventures/ID/milestones/ID" → PpChangeMark; or NULL */
} PpDocument;

/* What an item is since the baseline, said in words beside its name. */
typedef enum
{
  PP_CHANGE_MARK_NONE,
  PP_CHANGE_MARK_NEW,
  PP_CHANGE_MARK_CHANGED,
} PpChangeMark;

/* How a text format writes each kind of block; pp_document_write() walks
 * the blocks and calls these. */
typedef void (*PpBlockWriteFunc) (GString          *out,
                                  const PpDocument *document,
                                  const PpBlock    *block);

typedef struct
{
  PpBlockWriteFunc cover;
  PpBlockWriteFunc heading;
  PpBlockWriteFunc paragraph;
  PpBlockWriteFunc facts;
  PpBlockWriteFunc table;
  PpBlockWriteFunc bars;
  PpBlockWriteFunc timeline;
  PpBlockWriteFunc page_break;
} PpBlockWriter;

/* Reading a document. */
void        pp_document_write        (const PpDocument      *document,
                                      const PpBlockWriter   *writer,
                                      GString               *out);
void        pp_document_free         (PpDocument            *document);
gboolean    pp_document_is_rtl       (const PpDocument      *document);
guint       pp_block_get_n_rows      (const PpBlock         *block);
const char *pp_block_get_cell        (const PpBlock         *block,
                                      guint                  row,
                                      guint                  column);
PpMark      pp_block_get_cell_mark   (const PpBlock         *block,
                                      guint                  row,
                                      guint                  column);
gboolean    pp_block_get_timeline_range (const PpBlock      *block,
                                         GDate              *start,
                                         GDate              *end);
char       *pp_document_format_date  (const GDate           *date);

/* Building one, block by block. */
PpDocument *pp_document_new_empty (const char         *title,
                                   const GDate        *today);
PpBlock *pp_document_add_block      (PpDocument         *document,
                                     PpBlockKind         kind,
                                     const char         *text);
PpBlock *pp_document_add_heading    (PpDocument         *document,
                                     int                 level,
                                     const char         *text,
                                     const char         *anchor);
PpBlock *pp_document_add_paragraph  (PpDocument         *document,
                                     PpParagraphStyle    style,
                                     const char         *text);
PpBlock *pp_document_add_table      (PpDocument         *document,
                                     const char         *caption,
                                     guint               n_columns,
                                     const double       *widths,
                                     const char * const *headers);
void     pp_table_add_row           (PpBlock            *table,
                                     PpMark              mark,
                                     const char * const *cells);
void     pp_table_mark_cell         (PpBlock            *table,
                                     guint               column,
                                     PpMark              mark);
PpBlock *pp_document_add_facts      (PpDocument         *document);
void     pp_facts_add               (PpBlock            *facts,
                                     const char         *label,
                                     const char         *value);
PpBlock *pp_document_add_bars       (PpDocument         *document,
                                     const char         *caption);
void     pp_bars_add                (PpBlock            *bars,
                                     const char         *label,
                                     const char         *caption,
                                     const char         *color,
                                     double              value,
                                     double              max,
                                     double              expected);
PpBlock *pp_document_add_timeline   (PpDocument         *document,
                                     const char         *caption,
                                     const GDate        *start,
                                     const GDate        *end);
void     pp_timeline_add_marker     (PpBlock            *timeline,
                                     const char         *label,
                                     const GDate        *date,
                                     PpMark              mark);
char    *pp_document_format_short_date (const GDate     *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpDocument, pp_document_free)

G_END_DECLS
