/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-portfolio.c: the root of the model: its collections, their id indexes,
 * reference checks and the single "changed" signal. */

#include "config.h"

#include "pp-array-store.h"

#include <glib/gi18n-lib.h>

#include "pp-date.h"
#include "pp-error.h"
#include "pp-iso-codes.h"
#include "pp-portfolio.h"

struct _PpPortfolio
{
  PpNode parent_instance;

  char *title;
  char *description;
  char *currency;
  PpCountryPair *countries;
  PpArrayStore *stores[PP_N_COLLECTIONS];
  GHashTable *index[PP_N_COLLECTIONS];   /* id → PpNode, not owned */
};

G_DEFINE_FINAL_TYPE (PpPortfolio, pp_portfolio, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_COUNTRIES,
  PROP_CURRENCY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static int
collection_of_list (PpPortfolio *self,
                    GListModel  *list)
{
  for (guint i = 0; i < PP_N_COLLECTIONS; i++)
    if (list == G_LIST_MODEL (self->stores[i]))
      return i;
  return -1;
}

static GListModel *
pp_portfolio_get_list (PpNode      *node,
                       guint        index,
                       const char **member)
{
  PpPortfolio *self = PP_PORTFOLIO (node);

  if (index >= PP_N_COLLECTIONS)
    return NULL;
  *member = pp_collection_get_member (index);
  return G_LIST_MODEL (self->stores[index]);
}

static gboolean
pp_portfolio_validate_insert (PpNode      *node,
                              GListModel  *list,
                              PpNode      *item,
                              GError     **error)
{
  PpPortfolio *self = PP_PORTFOLIO (node);
  int collection = collection_of_list (self, list);
  const char *id = pp_node_get_id (item);

  g_return_val_if_fail (collection >= 0, FALSE);

  if (id == NULL)
    {
      g_set_error_literal (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_MISSING,
                           _("the item has no id"));
      return FALSE;
    }
  if (g_hash_table_contains (self->index[collection], id))
    {
      g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_DUPLICATE_ID,
                   _("duplicate id “%s”"), id);
      return FALSE;
    }

  /* Not the parent class's check: its linear scan for the id would make
   * adding n items cost n², and the index above already did it. */
  return pp_node_check_references (node, item, error);
}

static gboolean
pp_portfolio_validate_remove (PpNode      *node,
                              GListModel  *list,
                              PpNode      *item,
                              GError     **error)
{
  PpPortfolio *self = PP_PORTFOLIO (node);
  int collection = collection_of_list (self, list);
  g_autofree char *place = NULL;
  guint n;

  g_return_val_if_fail (collection >= 0, FALSE);

  n = pp_portfolio_count_references (self, collection, pp_node_get_id (item), &place);
  if (n == 0)
    return TRUE;

  if (n == 1)
    g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE,
                 _("“%s” is still referred to by %s"), pp_node_get_id (item), place);
  else
    /* The count is of the places besides the one named. */
    g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_REFERENCE,
                 ngettext ("“%s” is still referred to by %s and %u other place",
                           "“%s” is still referred to by %s and %u other places", n - 1),
                 pp_node_get_id (item), place, n - 1);
  return FALSE;
}

static void
pp_portfolio_item_added (PpNode     *node,
                         GListModel *list,
                         PpNode     *item)
{
  PpPortfolio *self = PP_PORTFOLIO (node);
  int collection = collection_of_list (self, list);

  g_assert (collection >= 0);
  g_hash_table_insert (self->index[collection], (gpointer) pp_node_get_id (item), item);
}

static void
pp_portfolio_item_removed (PpNode     *node,
                           GListModel *list,
                           PpNode     *item)
{
  PpPortfolio *self = PP_PORTFOLIO (node);
  int collection = collection_of_list (self, list);

  g_assert (collection >= 0);
  g_hash_table_remove (self->index[collection], pp_node_get_id (item));
}

static PpNode *
pp_portfolio_lookup_node (PpNode       *node,
                          PpCollection  collection,
                          const char   *id)
{
  return pp_portfolio_lookup (PP_PORTFOLIO (node), collection, id);
}

static void
pp_portfolio_descendant_changed (PpNode *node,
                                 PpNode *origin)
{
  g_signal_emit (node, signals[CHANGED], 0, origin);
}

static void
pp_portfolio_dispose (GObject *object)
{
  PpPortfolio *self = PP_PORTFOLIO (object);

  pp_node_set_owner (PP_NODE (self->countries), NULL);

  /* PpNode's dispose detaches the items of the stores, freed in finalize. */
  G_OBJECT_CLASS (pp_portfolio_parent_class)->dispose (object);
}

static void
pp_portfolio_finalize (GObject *object)
{
  PpPortfolio *self = PP_PORTFOLIO (object);

  for (guint i = 0; i < PP_N_COLLECTIONS; i++)
    g_clear_pointer (&self->index[i], g_hash_table_unref);
  for (guint i = 0; i < PP_N_COLLECTIONS; i++)
    g_clear_object (&self->stores[i]);
  g_clear_object (&self->countries);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->currency, g_free);

  G_OBJECT_CLASS (pp_portfolio_parent_class)->finalize (object);
}

static void
pp_portfolio_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PpPortfolio *self = PP_PORTFOLIO (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, pp_portfolio_get_title (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, pp_portfolio_get_description (self));
      break;

    case PROP_COUNTRIES:
      g_value_set_object (value, self->countries);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_portfolio_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PpPortfolio *self = PP_PORTFOLIO (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pp_portfolio_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      pp_portfolio_set_description (self, g_value_get_string (value));
      break;

    case PROP_CURRENCY:
      pp_portfolio_set_currency (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_portfolio_class_init (PpPortfolioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PpNodeClass *node_class = PP_NODE_CLASS (klass);

  object_class->dispose = pp_portfolio_dispose;
  object_class->finalize = pp_portfolio_finalize;
  object_class->get_property = pp_portfolio_get_property;
  object_class->set_property = pp_portfolio_set_property;

  node_class->get_list = pp_portfolio_get_list;
  node_class->validate_insert = pp_portfolio_validate_insert;
  node_class->validate_remove = pp_portfolio_validate_remove;
  node_class->item_added = pp_portfolio_item_added;
  node_class->item_removed = pp_portfolio_item_removed;
  node_class->descendant_changed = pp_portfolio_descendant_changed;
  node_class->lookup = pp_portfolio_lookup_node;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTRIES] =
    g_param_spec_object ("countries", NULL, NULL, PP_TYPE_COUNTRY_PAIR,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PpPortfolio::changed:
   * @origin: the object that changed: a node whose property changed, or
   *   the owner of a list that gained, lost or reordered an item
   *
   * Emitted once for every change anywhere in the portfolio.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PP_TYPE_NODE);
}

static void
pp_portfolio_init (PpPortfolio *self)
{
  static GType (*item_types[PP_N_COLLECTIONS]) (void) = {
    pp_sector_get_type, pp_organisation_get_type, pp_mou_get_type,
    pp_venture_get_type, pp_commitment_get_type,
  };

  for (guint i = 0; i < PP_N_COLLECTIONS; i++)
    {
      self->stores[i] = pp_array_store_new (item_types[i] ());
      self->index[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }
  self->countries = pp_country_pair_new ();
  pp_node_set_owner (PP_NODE (self->countries), PP_NODE (self));
}

PpPortfolio *
pp_portfolio_new (void)
{
  return g_object_new (PP_TYPE_PORTFOLIO, NULL);
}

const char *
pp_portfolio_get_title (PpPortfolio *self)
{
  g_return_val_if_fail (PP_IS_PORTFOLIO (self), NULL);

  return self->title != NULL ? self->title : "";
}

void
pp_portfolio_set_title (PpPortfolio *self,
                        const char  *title)
{
  g_return_if_fail (PP_IS_PORTFOLIO (self));

  pp_node_set_string (PP_NODE (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
pp_portfolio_get_description (PpPortfolio *self)
{
  g_return_val_if_fail (PP_IS_PORTFOLIO (self), NULL);

  return self->description != NULL ? self->description : "";
}

void
pp_portfolio_set_description (PpPortfolio *self,
                              const char  *description)
{
  g_return_if_fail (PP_IS_PORTFOLIO (self));

  if (description != NULL && *description == '\0')
    description = NULL;
  pp_node_set_string (PP_NODE (self), &self->description, description,
                      properties[PROP_DESCRIPTION]);
}

/**
 * pp_portfolio_get_currency:
 *
 * Returns: (nullable): the ISO 4217 code that new budgets take, or %NULL
 */
const char *
pp_portfolio_get_currency (PpPortfolio *self)
{
  g_return_val_if_fail (PP_IS_PORTFOLIO (self), NULL);

  return self->currency;
}

void
pp_portfolio_set_currency (PpPortfolio *self,
                           const char  *currency)
{
  g_return_if_fail (PP_IS_PORTFOLIO (self));
  g_return_if_fail (currency == NULL || pp_iso_currency_is_valid (currency));

  pp_node_set_string (PP_NODE (self), &self->currency, currency, properties[PROP_CURRENCY]);
}

/**
 * pp_portfolio_get_countries:
 *
 * Returns: (transfer none): the two partner countries
 */
PpCountryPair *
pp_portfolio_get_countries (PpPortfolio *self)
{
  g_return_val_if_fail (PP_IS_PORTFOLIO (self), NULL);

  return self->countries;
}

/**
 * pp_portfolio_get_collection:
 *
 * Returns: (transfer none): the list of @collection's items; change it with
 *   pp_node_insert_item() and pp_node_remove_item() on the portfolio
 */
GListModel *
pp_portfolio_get_collection (PpPortfolio  *self,
                             PpCollection  collection)
{
  g_return_val_if_fail (PP_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (collection < PP_N_COLLECTIONS, NULL);

  return G_LIST_MODEL (self->stores[collection]);
}

GListModel *
pp_portfolio_get_sectors (PpPortfolio *self)
{
  return pp_portfolio_get_collection (self, PP_COLLECTION_SECTORS);
}

GListModel *
pp_portfolio_get_organisations (PpPortfolio *self)
{
  return pp_portfolio_get_collection (self, PP_COLLECTION_ORGANISATIONS);
}

GListModel *
pp_portfolio_get_mous (PpPortfolio *self)
{
  return pp_portfolio_get_collection (self, PP_COLLECTION_MOUS);
}

GListModel *
pp_portfolio_get_ventures (PpPortfolio *self)
{
  return pp_portfolio_get_collection (self, PP_COLLECTION_VENTURES);
}

GListModel *
pp_portfolio_get_commitments (PpPortfolio *self)
{
  return pp_portfolio_get_collection (self, PP_COLLECTION_COMMITMENTS);
}

/**
 * pp_portfolio_lookup:
 *
 * Returns: (transfer none) (nullable): the item of @collection with @id
 */
PpNode *
pp_portfolio_lookup (PpPortfolio  *self,
                     PpCollection  collection,
                     const char   *id)
{
  g_return_val_if_fail (PP_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (collection < PP_N_COLLECTIONS, NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->index[collection], id);
}

typedef struct
{
  PpCollection collection;
  const char *id;
  const char *list;
  guint index;
  guint count;
  char **first_place;
} CountRefs;

static gboolean
count_reference_cb (PpCollection  collection,
                    const char   *id,
                    const char   *member,
                    gpointer      user_data)
{
  CountRefs *c = user_data;

  if (collection != c->collection || g_strcmp0 (id, c->id) != 0)
    return TRUE;
  if (c->count++ == 0 && c->first_place != NULL)
    *c->first_place = g_strdup_printf ("%s[%u].%s", c->list, c->index, member);
  return TRUE;
}

/**
 * pp_portfolio_count_references:
 * @first_place: (out) (optional): the JSON path of the first reference
 *
 * Returns: how many references name the item @id of @collection
 */
guint
pp_portfolio_count_references (PpPortfolio   *self,
                               PpCollection   collection,
                               const char    *id,
                               char         **first_place)
{
  CountRefs c = { collection, id, NULL, 0, 0, first_place };

  g_return_val_if_fail (PP_IS_PORTFOLIO (self), 0);

  if (first_place != NULL)
    *first_place = NULL;

  for (guint i = 0; i < PP_N_COLLECTIONS; i++)
    {
      GListModel *list = G_LIST_MODEL (self->stores[i]);
      guint n = g_list_model_get_n_items (list);

      c.list = pp_collection_get_member (i);
      for (c.index = 0; c.index < n; c.index++)
        {
          g_autoptr(PpNode) item = g_list_model_get_item (list, c.index);

          pp_node_foreach_reference (item, count_reference_cb, &c);
        }
    }
  return c.count;
}

static void
add_problem (GPtrArray  *problems,
             const char *list,
             guint       index,
             char       *message)
{
  g_ptr_array_add (problems, g_strdup_printf ("%s[%u]: %s", list, index, message));
  g_free (message);
}

static void
check_mou (GPtrArray *problems,
           guint      index,
           PpMou     *mou)
{
  const GDate *signed_on = pp_mou_get_signed_on (mou);
  const GDate *effective_on = pp_mou_get_effective_on (mou);
  const GDate *expires_on = pp_mou_get_expires_on (mou);
  g_autofree char *s = NULL;

  /* The dates are written out only for a problem: most MoUs have none. */
  if (signed_on != NULL && expires_on != NULL && g_date_compare (expires_on, signed_on) < 0)
    {
      g_autofree char *e = pp_date_to_iso (expires_on);

      s = pp_date_to_iso (signed_on);
      add_problem (problems, "mous", index,
                   g_strdup_printf (_("expires on %s, before it was signed on %s"), e, s));
    }
  if (signed_on != NULL && effective_on != NULL && g_date_compare (effective_on, signed_on) < 0)
    {
      g_autofree char *f = pp_date_to_iso (effective_on);

      if (s == NULL)
        s = pp_date_to_iso (signed_on);
      add_problem (problems, "mous", index,
                   g_strdup_printf (_("takes effect on %s, before it was signed on %s"), f, s));
    }
}

static void
check_venture (GPtrArray *problems,
               guint      index,
               PpVenture *venture)
{
  GListModel *partners = pp_venture_get_partners (venture);
  GListModel *milestones = pp_venture_get_milestones (venture);
  const GDate *start = pp_venture_get_start_on (venture);
  const GDate *end = pp_venture_get_end_on (venture);
  guint n = g_list_model_get_n_items (partners);

  if (n > 0 && !pp_venture_get_shares_complete (venture))
    add_problem (problems, "ventures", index,
                 g_strdup_printf (_("partner shares total %.4g %%, not 100 %%"),
                                  pp_venture_get_share_total (venture)));

  if (start != NULL && end != NULL && g_date_compare (end, start) < 0)
    add_problem (problems, "ventures", index,
                 g_strdup (_("ends before it starts")));

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(PpMilestone) milestone = g_list_model_get_item (milestones, i);
      const GDate *due = pp_milestone_get_due_on (milestone);

      if (due != NULL && ((start != NULL && g_date_compare (due, start) < 0) ||
                          (end != NULL && g_date_compare (due, end) > 0)))
        add_problem (problems, "ventures", index,
                     g_strdup_printf (_("milestone “%s” falls outside the venture’s dates"),
                                      pp_milestone_get_title (milestone)));
    }
}

static void
check_commitment (GPtrArray    *problems,
                  guint         index,
                  PpCommitment *commitment)
{
  GListModel *progress = pp_commitment_get_progress (commitment);
  gint64 previous = 0;

  for (guint i = 0; i < g_list_model_get_n_items (progress); i++)
    {
      g_autoptr(PpProgressEntry) entry = g_list_model_get_item (progress, i);
      gint64 value = pp_progress_entry_get_value (entry);

      if (value < previous)
        {
          add_problem (problems, "commitments", index,
                       g_strdup_printf (_("progress falls from %lld to %lld (values are running totals)"),
                                        (long long) previous, (long long) value));
          break;
        }
      previous = value;
    }
}

/**
 * pp_portfolio_find_problems:
 *
 * Finds data that is well-formed but inconsistent, which loads but which
 * the user should see: an MoU that expires before it was signed, partner
 * shares that do not total 100 %, milestones outside a venture's dates.
 *
 * Returns: (transfer full) (element-type utf8): messages, each starting with
 *   the JSON path of the item
 */
GPtrArray *
pp_portfolio_find_problems (PpPortfolio *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  GListModel *list;

  g_return_val_if_fail (PP_IS_PORTFOLIO (self), problems);

  list = pp_portfolio_get_mous (self);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpMou) mou = g_list_model_get_item (list, i);
      check_mou (problems, i, mou);
    }

  list = pp_portfolio_get_ventures (self);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpVenture) venture = g_list_model_get_item (list, i);
      check_venture (problems, i, venture);
    }

  list = pp_portfolio_get_commitments (self);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PpCommitment) commitment = g_list_model_get_item (list, i);
      check_commitment (problems, i, commitment);
    }

  return problems;
}
