/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-mou-sort.c: how the MoU register sorts.
 *
 * Each column has a GtkStringSorter or GtkNumericSorter over a key of the
 * MoU, and clicking headers orders the view's GtkColumnViewSorter. GTK 4.8's
 * GtkColumnViewSorter has no sort keys, though: a GtkSortListModel using it
 * works out both rows' keys again for every comparison, which takes seconds
 * for 100,000 MoUs and, in the steps of an incremental sort, stalls the
 * window for a tenth of a second. So the register's list is sorted by a
 * sorter made here, with keys, to the same order as the view's sorter,
 * which GTK 4.8 cannot be asked for but can be probed: comparing two probe
 * objects, whose keys differ in one column or two, tells which columns sort,
 * which way and which comes first.
 */

#include "config.h"

#include "pp-mou-facts.h"
#include "pp-mou-sort.h"
#include "pp-portfolio.h"

/* Sorting by more than two columns at once asks for more keys than it is
 * worth: the first two decide the order of all but equal rows. */
#define MAX_LEVELS 2

#define PP_TYPE_SORT_PROBE (pp_sort_probe_get_type ())

G_DECLARE_FINAL_TYPE (PpSortProbe, pp_sort_probe, PP, SORT_PROBE, GObject)

struct _PpSortProbe
{
  GObject parent_instance;

  guint rank[PP_MOU_N_COLUMNS];   /* the key in each column */
};

G_DEFINE_FINAL_TYPE (PpSortProbe, pp_sort_probe, G_TYPE_OBJECT)

static void
pp_sort_probe_class_init (PpSortProbeClass *klass)
{
}

static void
pp_sort_probe_init (PpSortProbe *self)
{
}

static char *
probe_text (GObject     *probe,
            PpMouColumn  column)
{
  return g_strdup_printf ("%u", PP_SORT_PROBE (probe)->rank[column]);
}

/* Sort keys, worked out once per row and sort by GtkStringSorter and
 * GtkNumericSorter, rather than for every comparison, which would redo the
 * work (and the collation): the difference between seconds and a fraction
 * of one for 100,000 rows. A probe gives its rank as the key. */

static char *
title_key (GObject *item)
{
  if (PP_IS_SORT_PROBE (item))
    return probe_text (item, PP_MOU_COLUMN_TITLE);
  return PP_IS_MOU (item) ? g_strdup (pp_mou_get_title (PP_MOU (item))) : NULL;
}

/* The portfolio @item is an MoU of, or NULL. */
static PpPortfolio *
portfolio_of (GObject *item)
{
  PpNode *root = PP_IS_MOU (item) ? pp_node_get_root (PP_NODE (item)) : NULL;

  return PP_IS_PORTFOLIO (root) ? PP_PORTFOLIO (root) : NULL;
}

static char *
sector_key (GObject *item)
{
  PpPortfolio *portfolio = portfolio_of (item);

  if (PP_IS_SORT_PROBE (item))
    return probe_text (item, PP_MOU_COLUMN_SECTOR);
  if (portfolio == NULL || pp_mou_get_sector (PP_MOU (item)) == NULL)
    return NULL;
  return g_strdup (pp_portfolio_get_name_of (portfolio, PP_COLLECTION_SECTORS,
                                             pp_mou_get_sector (PP_MOU (item))));
}

static char *
parties_key (GObject *item)
{
  PpPortfolio *portfolio = portfolio_of (item);

  if (PP_IS_SORT_PROBE (item))
    return probe_text (item, PP_MOU_COLUMN_PARTIES);
  return portfolio != NULL ? pp_mou_describe_parties (PP_MOU (item), portfolio) : NULL;
}

static int
status_key (GObject *item)
{
  if (PP_IS_SORT_PROBE (item))
    return (int) PP_SORT_PROBE (item)->rank[PP_MOU_COLUMN_STATUS];
  /* Lifecycle order, which is the enum's order. */
  return PP_IS_MOU (item) ? (int) pp_mou_get_status (PP_MOU (item)) : 0;
}

/* Days since year 1, with no date after every date. */
static guint
date_key (const GDate *date)
{
  return date != NULL ? g_date_get_julian (date) : G_MAXUINT;
}

static guint
signed_key (GObject *item)
{
  if (PP_IS_SORT_PROBE (item))
    return PP_SORT_PROBE (item)->rank[PP_MOU_COLUMN_SIGNED];
  return PP_IS_MOU (item) ? date_key (pp_mou_get_signed_on (PP_MOU (item))) : G_MAXUINT;
}

static guint
expires_key (GObject *item)
{
  if (PP_IS_SORT_PROBE (item))
    return PP_SORT_PROBE (item)->rank[PP_MOU_COLUMN_EXPIRES];
  return PP_IS_MOU (item) ? date_key (pp_mou_get_expires_on (PP_MOU (item))) : G_MAXUINT;
}

static guint
follow_up_key (GObject *item)
{
  PpFollowUp *next = PP_IS_MOU (item) ? pp_mou_get_next_follow_up (PP_MOU (item)) : NULL;

  if (PP_IS_SORT_PROBE (item))
    return PP_SORT_PROBE (item)->rank[PP_MOU_COLUMN_NEXT_FOLLOW_UP];
  return next != NULL ? date_key (pp_follow_up_get_due_on (next)) : G_MAXUINT;
}


static gboolean
is_text (PpMouColumn column)
{
  return column == PP_MOU_COLUMN_TITLE || column == PP_MOU_COLUMN_SECTOR ||
         column == PP_MOU_COLUMN_PARTIES;
}

/**
 * pp_mou_column_sorter_new:
 * @order: %GTK_SORT_DESCENDING only for the columns of numbers and dates
 *
 * Returns: (transfer full): a sorter of MoUs by @column
 */
GtkSorter *
pp_mou_column_sorter_new (PpMouColumn column,
                          GtkSortType order)
{
  static const struct { GType type; GCallback key; } keys[PP_MOU_N_COLUMNS] = {
    [PP_MOU_COLUMN_TITLE] = { G_TYPE_STRING, G_CALLBACK (title_key) },
    [PP_MOU_COLUMN_SECTOR] = { G_TYPE_STRING, G_CALLBACK (sector_key) },
    [PP_MOU_COLUMN_STATUS] = { G_TYPE_INT, G_CALLBACK (status_key) },
    [PP_MOU_COLUMN_PARTIES] = { G_TYPE_STRING, G_CALLBACK (parties_key) },
    [PP_MOU_COLUMN_SIGNED] = { G_TYPE_UINT, G_CALLBACK (signed_key) },
    [PP_MOU_COLUMN_EXPIRES] = { G_TYPE_UINT, G_CALLBACK (expires_key) },
    [PP_MOU_COLUMN_NEXT_FOLLOW_UP] = { G_TYPE_UINT, G_CALLBACK (follow_up_key) },
  };
  GtkExpression *expression;
  GtkNumericSorter *sorter;

  g_return_val_if_fail (column < PP_MOU_N_COLUMNS, NULL);
  g_return_val_if_fail (order == GTK_SORT_ASCENDING || !is_text (column), NULL);

  expression = gtk_cclosure_expression_new (keys[column].type, NULL, 0, NULL,
                                            keys[column].key, NULL, NULL);
  if (keys[column].type == G_TYPE_STRING)
    return GTK_SORTER (gtk_string_sorter_new (expression));
  sorter = gtk_numeric_sorter_new (expression);
  gtk_numeric_sorter_set_sort_order (sorter, order);
  return GTK_SORTER (sorter);
}

typedef struct
{
  PpMouColumn column;
  gboolean descending;
} Level;

/* Compares two probes, a and b: whether @sorter sorts by @column at all,
 * and which way. */
static GtkOrdering
probe_column (GtkSorter   *sorter,
              PpMouColumn  column)
{
  g_autoptr(PpSortProbe) a = g_object_new (PP_TYPE_SORT_PROBE, NULL);
  g_autoptr(PpSortProbe) b = g_object_new (PP_TYPE_SORT_PROBE, NULL);

  b->rank[column] = 1;
  return gtk_sorter_compare (sorter, a, b);
}

/* Whether @sorter sorts by @first before @second: two probes, a before b
 * by @first and b before a by @second, each the way the column sorts. */
static gboolean
probe_first (GtkSorter   *sorter,
             const Level *first,
             const Level *second)
{
  g_autoptr(PpSortProbe) a = g_object_new (PP_TYPE_SORT_PROBE, NULL);
  g_autoptr(PpSortProbe) b = g_object_new (PP_TYPE_SORT_PROBE, NULL);

  (first->descending ? a : b)->rank[first->column] = 1;
  (second->descending ? b : a)->rank[second->column] = 1;
  return gtk_sorter_compare (sorter, a, b) == GTK_ORDERING_SMALLER;
}

/* The columns @sorter sorts by, the first first; returns how many. */
static guint
probe_levels (GtkSorter *sorter,
              Level      levels[PP_MOU_N_COLUMNS])
{
  guint n = 0;

  for (PpMouColumn column = 0; column < PP_MOU_N_COLUMNS; column++)
    {
      GtkOrdering order = probe_column (sorter, column);

      if (order != GTK_ORDERING_EQUAL)
        levels[n++] = (Level) { column, order == GTK_ORDERING_LARGER };
    }

  /* Insertion sort, by which column wins where two disagree. */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && probe_first (sorter, &levels[j], &levels[j - 1]); j--)
      {
        Level swap = levels[j - 1];

        levels[j - 1] = levels[j];
        levels[j] = swap;
      }
  return n;
}

/**
 * pp_mou_sort_list_sorter:
 * @view_sorter: the column view's sorter, as the user's clicks left it
 * @reversed: (out): whether the list is to be shown the other way round
 *
 * Makes the sorter for the register's GtkSortListModel. GTK 4.8's sorters
 * with keys sort numbers either way but text only up. So when the first
 * column of text sorts down, the list is sorted the other way in every
 * column and shown reversed, which sorts that column up. Only two columns
 * of text sorting opposite ways cannot be had: the second is left out.
 *
 * Returns: (transfer full) (nullable): a sorter with keys, or %NULL when
 *   the view is not sorted
 */
GtkSorter *
pp_mou_sort_list_sorter (GtkSorter *view_sorter,
                         gboolean  *reversed)
{
  Level levels[PP_MOU_N_COLUMNS];
  guint n = probe_levels (view_sorter, levels);
  GtkMultiSorter *sorter;

  if (n == 0)
    {
      *reversed = FALSE;
      return NULL;
    }
  n = MIN (n, MAX_LEVELS);
  /* Numbers and dates sort down themselves; text is sorted up. */
  *reversed = FALSE;
  for (guint i = 0; i < n; i++)
    if (is_text (levels[i].column))
      {
        *reversed = levels[i].descending;
        break;
      }

  sorter = gtk_multi_sorter_new ();
  for (guint i = 0; i < n; i++)
    {
      gboolean descending = levels[i].descending != *reversed;

      if (descending && is_text (levels[i].column))
        break;
      gtk_multi_sorter_append (sorter, pp_mou_column_sorter_new (levels[i].column,
                                                                 descending ? GTK_SORT_DESCENDING
                                                                            : GTK_SORT_ASCENDING));
    }
  return GTK_SORTER (sorter);
}

/**
 * pp_mou_sort_get_first:
 * @view_sorter: the column view's sorter
 * @column: (out): the column that sorts first
 * @descending: (out): whether it sorts down
 *
 * Returns: whether the view is sorted at all
 */
gboolean
pp_mou_sort_get_first (GtkSorter   *view_sorter,
                       PpMouColumn *column,
                       gboolean    *descending)
{
  Level levels[PP_MOU_N_COLUMNS];

  if (probe_levels (view_sorter, levels) == 0)
    return FALSE;
  *column = levels[0].column;
  *descending = levels[0].descending;
  return TRUE;
}
