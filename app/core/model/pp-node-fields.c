/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-node-fields.c: the setters every model type's fields share: each
 * changes its field only when the value differs, and then tells the node's
 * root, so one "changed" signal reaches the portfolio. */

#include "config.h"

#include "pp-date.h"
#include "pp-node.h"

gboolean
pp_node_set_string (PpNode      *self,
                    char       **field,
                    const char  *value,
                    GParamSpec  *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  pp_node_changed (self, pspec);
  return TRUE;
}

gboolean
pp_node_set_date (PpNode      *self,
                  GDate       *field,
                  const GDate *value,
                  GParamSpec  *pspec)
{
  if (pp_date_compare (field, value) == 0)
    return FALSE;
  if (value != NULL && g_date_valid (value))
    *field = *value;
  else
    g_date_clear (field, 1);
  pp_node_changed (self, pspec);
  return TRUE;
}

gboolean
pp_node_set_int64 (PpNode     *self,
                   gint64     *field,
                   gint64      value,
                   GParamSpec *pspec)
{
  if (*field == value)
    return FALSE;
  *field = value;
  pp_node_changed (self, pspec);
  return TRUE;
}

gboolean
pp_node_set_boolean (PpNode     *self,
                     gboolean   *field,
                     gboolean    value,
                     GParamSpec *pspec)
{
  value = !!value;
  if (*field == value)
    return FALSE;
  *field = value;
  pp_node_changed (self, pspec);
  return TRUE;
}

gboolean
pp_node_set_strv (PpNode              *self,
                  char              ***field,
                  const char * const  *value,
                  GParamSpec          *pspec)
{
  static const char * const empty[] = { NULL };

  if (value == NULL)
    value = empty;
  if (*field != NULL && g_strv_equal ((const char * const *) *field, value))
    return FALSE;
  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  pp_node_changed (self, pspec);
  return TRUE;
}

const GDate *
pp_date_or_null (const GDate *date)
{
  return g_date_valid (date) ? date : NULL;
}
