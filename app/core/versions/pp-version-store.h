/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-store.h: PpVersionStore, the saved versions of one portfolio
 * file in the git repository that holds it, read and written with
 * libgit2. */
#pragma once

#include <gio/gio.h>

#include "pp-version.h"

G_BEGIN_DECLS

#define PP_VERSION_ERROR (pp_version_error_quark ())

typedef enum
{
  PP_VERSION_ERROR_NO_REPOSITORY,   /* the file is in no git repository */
  PP_VERSION_ERROR_UNSAFE_FOLDER,   /* a folder where a repository would take in others' files */
  PP_VERSION_ERROR_NO_AUTHOR,       /* no user.name and user.email in the git config */
  PP_VERSION_ERROR_UNKNOWN_VERSION, /* no such version */
  PP_VERSION_ERROR_NOT_IN_VERSION,  /* the version has no copy of the file */
  PP_VERSION_ERROR_UNCHANGED,       /* the file is as its last version */
  PP_VERSION_ERROR_NO_REMOTE,       /* the repository shares with no other */
  PP_VERSION_ERROR_NETWORK,         /* the other repository could not be reached */
  PP_VERSION_ERROR_AUTHENTICATION,  /* it refused to let the user in */
  PP_VERSION_ERROR_REJECTED,        /* it took no push: someone synced in between */
  PP_VERSION_ERROR_FAILED,          /* git refused; the message says why */
} PpVersionError;

GQuark pp_version_error_quark (void);

#define PP_TYPE_VERSION_STORE (pp_version_store_get_type ())

G_DECLARE_FINAL_TYPE (PpVersionStore, pp_version_store, PP, VERSION_STORE, GObject)

PpVersionStore *pp_version_store_open          (GFile           *file,
                                                GError         **error);
PpVersionStore *pp_version_store_create        (GFile           *file,
                                                GError         **error);
gboolean        pp_version_store_check_folder  (GFile           *folder,
                                                GError         **error);
GFile          *pp_version_store_get_file      (PpVersionStore  *self);
const char     *pp_version_store_get_path      (PpVersionStore  *self);
GFile          *pp_version_store_get_folder    (PpVersionStore  *self);
gboolean        pp_version_store_has_author    (PpVersionStore  *self);
gboolean        pp_version_store_has_remote    (PpVersionStore  *self);

GListModel     *pp_version_store_list          (PpVersionStore  *self,
                                                GError         **error);
PpVersion      *pp_version_store_find          (PpVersionStore  *self,
                                                const char      *revision,
                                                GError         **error);
GBytes         *pp_version_store_read          (PpVersionStore  *self,
                                                const char      *revision,
                                                GError         **error);
PpVersion      *pp_version_store_save          (PpVersionStore  *self,
                                                const char      *message,
                                                const char      *name,
                                                const char      *email,
                                                GError         **error);
gboolean        pp_version_store_tag           (PpVersionStore  *self,
                                                const char      *revision,
                                                const char      *label,
                                                const char      *name,
                                                const char      *email,
                                                GError         **error);

G_END_DECLS
