/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-country-pair.c: the two partner countries, as ISO 3166-1 alpha-2 codes.
 *
 * Both are set or neither is: a portfolio may be started before its
 * countries are chosen, but never names only one side.
 */

#include "config.h"

#include "pp-country-pair.h"
#include "pp-iso-codes.h"

struct _PpCountryPair
{
  PpNode parent_instance;

  char *first;
  char *second;
};

G_DEFINE_FINAL_TYPE (PpCountryPair, pp_country_pair, PP_TYPE_NODE)

enum {
  PROP_0,
  PROP_FIRST,
  PROP_SECOND,
  PROP_CODES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pp_country_pair_finalize (GObject *object)
{
  PpCountryPair *self = PP_COUNTRY_PAIR (object);

  g_clear_pointer (&self->first, g_free);
  g_clear_pointer (&self->second, g_free);

  G_OBJECT_CLASS (pp_country_pair_parent_class)->finalize (object);
}

static void
pp_country_pair_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PpCountryPair *self = PP_COUNTRY_PAIR (object);

  switch (prop_id)
    {
    case PROP_FIRST:
      g_value_set_string (value, self->first);
      break;

    case PROP_SECOND:
      g_value_set_string (value, self->second);
      break;

    case PROP_CODES:
      g_value_take_boxed (value, pp_country_pair_dup_codes (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_country_pair_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PpCountryPair *self = PP_COUNTRY_PAIR (object);
  const char * const *codes;

  switch (prop_id)
    {
    case PROP_CODES:
      codes = g_value_get_boxed (value);
      if (codes == NULL || codes[0] == NULL)
        pp_country_pair_set (self, NULL, NULL);
      else
        {
          g_return_if_fail (g_strv_length ((char **) codes) == 2);
          pp_country_pair_set (self, codes[0], codes[1]);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_country_pair_class_init (PpCountryPairClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pp_country_pair_finalize;
  object_class->get_property = pp_country_pair_get_property;
  object_class->set_property = pp_country_pair_set_property;

  properties[PROP_FIRST] =
    g_param_spec_string ("first", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECOND] =
    g_param_spec_string ("second", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Both codes in one value, so that the history changes the pair in one
   * step and never holds one side without the other. */
  properties[PROP_CODES] =
    g_param_spec_boxed ("codes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_country_pair_init (PpCountryPair *self)
{
}

PpCountryPair *
pp_country_pair_new (void)
{
  return g_object_new (PP_TYPE_COUNTRY_PAIR, NULL);
}

const char *
pp_country_pair_get_first (PpCountryPair *self)
{
  g_return_val_if_fail (PP_IS_COUNTRY_PAIR (self), NULL);

  return self->first;
}

const char *
pp_country_pair_get_second (PpCountryPair *self)
{
  g_return_val_if_fail (PP_IS_COUNTRY_PAIR (self), NULL);

  return self->second;
}

gboolean
pp_country_pair_is_set (PpCountryPair *self)
{
  g_return_val_if_fail (PP_IS_COUNTRY_PAIR (self), FALSE);

  return self->first != NULL;
}

gboolean
pp_country_pair_contains (PpCountryPair *self,
                          const char    *code)
{
  g_return_val_if_fail (PP_IS_COUNTRY_PAIR (self), FALSE);

  return code != NULL && (g_strcmp0 (code, self->first) == 0 ||
                          g_strcmp0 (code, self->second) == 0);
}

/**
 * pp_country_pair_set:
 * @first: (nullable): an ISO 3166-1 alpha-2 code
 * @second: (nullable): another one, %NULL exactly when @first is
 */
void
pp_country_pair_set (PpCountryPair *self,
                     const char    *first,
                     const char    *second)
{
  g_return_if_fail (PP_IS_COUNTRY_PAIR (self));
  g_return_if_fail ((first == NULL) == (second == NULL));
  g_return_if_fail (first == NULL || (pp_iso_country_is_valid (first) &&
                                      pp_iso_country_is_valid (second) &&
                                      g_strcmp0 (first, second) != 0));

  if (g_strcmp0 (first, self->first) == 0 && g_strcmp0 (second, self->second) == 0)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  pp_node_set_string (PP_NODE (self), &self->first, first, properties[PROP_FIRST]);
  pp_node_set_string (PP_NODE (self), &self->second, second, properties[PROP_SECOND]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODES]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * pp_country_pair_dup_codes:
 *
 * Returns: (transfer full): the two codes, or an empty array when the
 *   countries are not chosen yet
 */
char **
pp_country_pair_dup_codes (PpCountryPair *self)
{
  g_return_val_if_fail (PP_IS_COUNTRY_PAIR (self), NULL);

  if (self->first == NULL)
    return g_new0 (char *, 1);
  return g_strdupv ((char *[]) { self->first, self->second, NULL });
}
