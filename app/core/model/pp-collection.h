/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-collection.h: the five collections of a portfolio, their member names
 * in the file, and the error for an id that names nothing in one. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PP_COLLECTION_SECTORS,
  PP_COLLECTION_ORGANISATIONS,
  PP_COLLECTION_MOUS,
  PP_COLLECTION_VENTURES,
  PP_COLLECTION_COMMITMENTS,
  PP_N_COLLECTIONS,
} PpCollection;

const char *pp_collection_get_member (PpCollection   collection);
void        pp_set_dangling_error    (GError       **error,
                                      PpCollection   collection,
                                      const char    *member,
                                      const char    *id);

G_END_DECLS
