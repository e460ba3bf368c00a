/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-file-save.h: replacing a file's contents safely, keeping a backup. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The temporary files of a save are ".NAME" + one of these + 6 characters. */
#define PP_FILE_SAVE_TEMP_MARK   ".pp-save-"
#define PP_FILE_SAVE_BACKUP_MARK ".pp-backup-"

gboolean pp_file_replace_contents (GFile         *file,
                                   GBytes        *contents,
                                   gboolean       make_backup,
                                   GCancellable  *cancellable,
                                   GError       **error);
void     pp_file_remove_debris    (GFile         *file);

G_END_DECLS
