/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-merge.c: a three-way merge of portfolios, run again after choices.
 *
 * The three portfolios are seen as keyed trees (pp-portfolio-tree.h), the
 * ground the comparison stands on too. A run merges every section, settles
 * the references and the sides' countries, orders every list, joins the items as the text of a file
 * and loads it, so the result is a portfolio the loader accepts. A run is
 * deterministic: the same choices give the same conflicts, in the same
 * order, which is what lets the user's choices be applied by running again.
 */

#include "config.h"

#include "pp-merge-private.h"
#include "pp-merge.h"
#include "pp-tree-builder.h"

struct _PpMerge
{
  GObject parent_instance;

  PpPortfolioTree *trees[N_SIDES];
  PpPortfolio *portfolio;
  GListStore *conflicts;
};

G_DEFINE_FINAL_TYPE (PpMerge, pp_merge, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PORTFOLIO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
entry_free (gpointer data)
{
  PpMergeEntry *entry = data;

  g_free (entry->key);
  g_clear_pointer (&entry->object, json_object_unref);
  g_free (entry);
}

static void
run_init (PpMergeRun  *run,
          PpMerge     *self,
          GHashTable  *choices)
{
  for (guint s = 0; s < N_SIDES; s++)
    run->trees[s] = self->trees[s];
  run->choices = choices;
  run->conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint s = 0; s < PP_N_SECTIONS; s++)
    {
      run->entries[s] = g_ptr_array_new_with_free_func (entry_free);
      run->by_key[s] = g_hash_table_new (g_str_hash, g_str_equal);
    }
}

static void
run_clear (PpMergeRun *run)
{
  g_clear_pointer (&run->conflicts, g_ptr_array_unref);
  for (guint s = 0; s < PP_N_SECTIONS; s++)
    {
      g_clear_pointer (&run->by_key[s], g_hash_table_unref);
      g_clear_pointer (&run->entries[s], g_ptr_array_unref);
    }
}

static GPtrArray *
tree_keys (PpPortfolioTree *tree,
           PpSection        section)
{
  guint n = pp_portfolio_tree_get_n_items (tree, section);
  GPtrArray *keys = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      PpTreeItem *item = pp_portfolio_tree_get_item (tree, section, i);

      g_ptr_array_add (keys, (gpointer) pp_tree_item_get_key (item));
    }
  return keys;
}

static void
add_entry (PpTreeBuilder *builder,
           PpSection      section,
           PpMergeEntry  *entry)
{
  if (entry->object != NULL)
    pp_tree_builder_add_object (builder, section, entry->object);
  else
    pp_tree_builder_add_item (builder, entry->item);
}

/* Adds the section's kept entries in the merged order. */
static void
build_section (PpMergeRun    *run,
               PpTreeBuilder *builder,
               PpSection      section)
{
  GPtrArray *orders[N_SIDES];
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = NULL;

  for (guint i = 0; i < run->entries[section]->len; i++)
    {
      PpMergeEntry *entry = run->entries[section]->pdata[i];

      if (!entry->removed)
        g_hash_table_insert (kept, entry->key, entry);
    }
  for (guint s = 0; s < N_SIDES; s++)
    orders[s] = tree_keys (run->trees[s], section);
  order = _pp_merge_order (orders, kept);
  for (guint i = 0; i < order->len; i++)
    add_entry (builder, section, g_hash_table_lookup (kept, order->pdata[i]));
  for (guint s = 0; s < N_SIDES; s++)
    g_ptr_array_unref (orders[s]);
}

static PpPortfolio *
run_merge (PpMergeRun  *run,
           GError     **error)
{
  g_autoptr(PpTreeBuilder) builder = pp_tree_builder_new ();

  for (guint i = 0; i < PP_N_SECTIONS; i++)
    _pp_merge_section (run, pp_section_at (i));
  _pp_merge_references (run);
  _pp_merge_countries (run);
  for (guint i = 0; i < PP_N_SECTIONS; i++)
    build_section (run, builder, pp_section_at (i));
  return pp_tree_builder_finish (builder, error);
}

static void
pp_merge_dispose (GObject *object)
{
  PpMerge *self = PP_MERGE (object);

  g_clear_object (&self->portfolio);
  g_clear_object (&self->conflicts);

  G_OBJECT_CLASS (pp_merge_parent_class)->dispose (object);
}

static void
pp_merge_finalize (GObject *object)
{
  PpMerge *self = PP_MERGE (object);

  for (guint s = 0; s < N_SIDES; s++)
    g_clear_pointer (&self->trees[s], pp_portfolio_tree_free);

  G_OBJECT_CLASS (pp_merge_parent_class)->finalize (object);
}

static void
pp_merge_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PpMerge *self = PP_MERGE (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      g_value_set_object (value, self->portfolio);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_merge_class_init (PpMergeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pp_merge_dispose;
  object_class->finalize = pp_merge_finalize;
  object_class->get_property = pp_merge_get_property;

  /* The result of the last run; a new object after each rebuild. */
  properties[PROP_PORTFOLIO] =
    g_param_spec_object ("portfolio", NULL, NULL, PP_TYPE_PORTFOLIO,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_merge_init (PpMerge *self)
{
  self->conflicts = g_list_store_new (PP_TYPE_CONFLICT);
}

/* Keeps the conflicts found again as the objects they were (views and
 * choices follow them), and takes the new ones. */
static void
take_conflicts (PpMerge   *self,
                GPtrArray *found)
{
  g_autoptr(GHashTable) old = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->conflicts));

  for (guint i = 0; i < n; i++)
    {
      PpConflict *conflict = g_list_model_get_item (G_LIST_MODEL (self->conflicts), i);

      g_hash_table_insert (old, (gpointer) pp_conflict_get_id (conflict), conflict);
      g_ptr_array_add (items, conflict);
    }
  for (guint i = 0; i < found->len; i++)
    {
      PpConflict *conflict = g_hash_table_lookup (old, pp_conflict_get_id (found->pdata[i]));
      PpConflict *fresh = found->pdata[i];

      if (conflict == NULL)
        continue;
      _pp_conflict_update (conflict, fresh);
      found->pdata[i] = g_object_ref (conflict);
      g_object_unref (fresh);
    }
  g_list_store_splice (self->conflicts, 0, n, found->pdata, found->len);
}

static gpointer
tree_thread (gpointer data)
{
  return pp_portfolio_tree_new (data);
}

/* The trees are snapshots of portfolios that nothing changes meanwhile,
 * each written on its own, so two are made in threads: a large merge then
 * takes about the time of one tree and the load of the result. */
static void
make_trees (PpMerge     *self,
            PpPortfolio *sides[N_SIDES])
{
  GThread *threads[N_SIDES] = { NULL, };

  for (guint s = 0; s < N_SIDES; s++)
    if (s != OURS)
      threads[s] = g_thread_new ("pp-merge-tree", tree_thread, sides[s]);
  self->trees[OURS] = pp_portfolio_tree_new (sides[OURS]);
  for (guint s = 0; s < N_SIDES; s++)
    if (threads[s] != NULL)
      self->trees[s] = g_thread_join (threads[s]);
}

/**
 * pp_portfolio_merge:
 * @base: the version both copies started from
 * @ours: our copy, whose values conflicts take until chosen otherwise
 * @theirs: the other copy
 *
 * Merges the changes of both copies since @base, field by field.
 *
 * Returns: (transfer full): the merge, or %NULL with @error set when the
 *   result would not load (which the reference checks are there to avoid)
 */
PpMerge *
pp_portfolio_merge (PpPortfolio  *base,
                    PpPortfolio  *ours,
                    PpPortfolio  *theirs,
                    GError      **error)
{
  g_autoptr(PpMerge) self = NULL;
  PpPortfolio *sides[N_SIDES] = { base, ours, theirs };

  for (guint s = 0; s < N_SIDES; s++)
    g_return_val_if_fail (PP_IS_PORTFOLIO (sides[s]), NULL);

  self = g_object_new (PP_TYPE_MERGE, NULL);
  make_trees (self, sides);
  if (!pp_merge_rebuild (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * pp_merge_get_portfolio:
 *
 * Returns: (transfer none): the merged portfolio, holding ours for each
 *   conflict not chosen otherwise
 */
PpPortfolio *
pp_merge_get_portfolio (PpMerge *self)
{
  g_return_val_if_fail (PP_IS_MERGE (self), NULL);

  return self->portfolio;
}

/**
 * pp_merge_get_conflicts:
 *
 * Returns: (transfer none): a list of #PpConflict, in the order of the
 *   items in the file
 */
GListModel *
pp_merge_get_conflicts (PpMerge *self)
{
  g_return_val_if_fail (PP_IS_MERGE (self), NULL);

  return G_LIST_MODEL (self->conflicts);
}

/**
 * pp_merge_rebuild:
 *
 * Makes the result again with the choices now set on the conflicts. A
 * choice can bring conflicts that did not arise before (keeping an item
 * that refers to one the other copy removed), and end others.
 *
 * Returns: %TRUE when the result was made; on failure the last one stays
 */
gboolean
pp_merge_rebuild (PpMerge  *self,
                  GError  **error)
{
  g_autoptr(GHashTable) choices = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->conflicts));
  PpMergeRun run = { { NULL, }, };
  PpPortfolio *portfolio;

  g_return_val_if_fail (PP_IS_MERGE (self), FALSE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpConflict) conflict = g_list_model_get_item (G_LIST_MODEL (self->conflicts), i);

      /* The list holds the conflict, and so its id. */
      g_hash_table_insert (choices, (gpointer) pp_conflict_get_id (conflict),
                           GINT_TO_POINTER (pp_conflict_get_choice (conflict) + 1));
    }

  run_init (&run, self, choices);
  portfolio = run_merge (&run, error);
  if (portfolio != NULL)
    {
      g_set_object (&self->portfolio, portfolio);
      g_object_unref (portfolio);
      take_conflicts (self, run.conflicts);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PORTFOLIO]);
    }
  run_clear (&run);
  return portfolio != NULL;
}
