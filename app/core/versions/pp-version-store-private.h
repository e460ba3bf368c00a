/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-store-private.h: what the store's files share: its
 * repository, and turning libgit2's errors into ours. */
#pragma once

#include <git2.h>

#include "pp-version-store.h"

G_BEGIN_DECLS

void            _pp_version_ensure_libgit2       (void);
git_repository *_pp_version_store_get_repository (PpVersionStore  *self);
gboolean        _pp_version_git_failed           (int              code,
                                                  GError         **error,
                                                  const char      *doing);
gboolean        _pp_version_signature            (git_repository  *repo,
                                                  const char      *name,
                                                  const char      *email,
                                                  git_signature  **out,
                                                  GError         **error);
git_commit     *_pp_version_store_lookup         (PpVersionStore  *self,
                                                  const char      *revision,
                                                  GError         **error);
PpVersion      *_pp_version_from_commit          (git_commit      *commit);
void            _pp_version_store_ignore_save_files (PpVersionStore *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_commit, git_commit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_tree, git_tree_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_tree_entry, git_tree_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_blob, git_blob_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_object, git_object_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_signature, git_signature_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_revwalk, git_revwalk_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_reference, git_reference_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_index, git_index_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_repository, git_repository_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_tag, git_tag_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_remote, git_remote_free)

G_END_DECLS
