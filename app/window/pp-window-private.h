/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-window-private.h: what pp-window.c shares with pp-window-actions.c,
 * pp-window-recovery.c, pp-window-disk.c, pp-window-import.c, pp-window-pages.c,
 * pp-window-versions.c, pp-window-compare.c and pp-window-merge.c.
 * Calls go one way: pp-window.c calls the functions below;
 * pp-window-pages.c calls those of pp-window-actions.c, which calls those
 * of pp-window-recovery.c, pp-window-disk.c and pp-window-versions.c, which
 * calls the first two; pp-window-compare.c and pp-window-merge.c call those
 * of pp-window-actions.c, and pp-window-merge.c those of pp-window-disk.c.
 * None of them calls a file above it (they reach the window's own signals
 * and actions by name). */
#pragma once

#include "pp-commitments-page.h"
#include "pp-dashboard-page.h"
#include "pp-history-view.h"
#include "pp-mou-page.h"
#include "pp-recovery.h"
#include "pp-ventures-page.h"
#include "pp-version-store.h"
#include "pp-window.h"

G_BEGIN_DECLS

/* The pages made after the first frame (pp-window-pages.c). */
typedef enum
{
  PP_WINDOW_PAGE_MOUS,
  PP_WINDOW_PAGE_VENTURES,
  PP_WINDOW_PAGE_COMMITMENTS,
  PP_N_WINDOW_PAGES
} PpWindowPage;

struct _PpWindow
{
  AdwApplicationWindow parent_instance;

  PpPortfolio *portfolio;
  PpHistory *history;
  GFile *file;               /* NULL until saved: a new portfolio or the sample */
  GSettings *settings;       /* NULL without the schema, or in tests */
  gboolean close_confirmed;  /* the user chose to save or discard */
  GtkNativeDialog *chooser;  /* the open file chooser, kept until it answers */

  AdwWindowTitle *window_title;
  AdwSqueezer *switcher_squeezer;
  GtkWidget *switcher_hidden;
  AdwViewSwitcherBar *switcher_bar;
  AdwToastOverlay *toast_overlay;
  AdwViewStack *stack;
  PpDashboardPage *dashboard_page;
  AdwBin *mous_bin;          /* the stack's pages that hold the three below */
  AdwBin *ventures_bin;
  AdwBin *commitments_bin;
  PpMouPage *mou_page;       /* NULL until made: see pp-window-pages.c */
  PpVenturesPage *ventures_page;
  PpCommitmentsPage *commitments_page;
  GtkMenuButton *menu_button;
  GMenu *recent_section;     /* owned: the items of "Open Recent" */

  /* pp-window-pages.c: the idle that makes the pages not made yet. */
  guint fill_id;

  /* pp-window-recovery.c: the copy of unsaved changes, kept a little
   * after the last edit. */
  PpRecovery *recovery;
  guint autosave_id;
  gboolean recovery_failed;  /* a failure to keep it was shown */

  /* pp-window-disk.c: the file as it was when opened or last saved. */
  GFileMonitor *monitor;
  char *identity;            /* etag and size; NULL when unknown or never saved */
  char *opened_identity;     /* the identity the loader took, until watched */
  GBytes *base;              /* its text then, a merge's common version; NULL if unknown */
  guint disk_check_id;
  gboolean overwrite_confirmed;
  GtkInfoBar *disk_bar;
  GtkLabel *disk_label;
  GtkWidget *reload_button;
  GtkWidget *keep_button;

  /* pp-window-versions.c: the repository keeping the file's versions. */
  PpVersionStore *store;       /* NULL when the file is in none */
  char *version_label;         /* an old version shown as a copy: which one */
  gboolean saving_version;     /* the save before Save Version, which makes no version itself */
  PpHistoryView *history_view; /* weak: the History window, while open */
  GtkWidget *history_button;
  GtkWidget *sync_button;
  GtkWidget *merge_button;

  /* pp-window-read-only.c: an earlier version, read and not changed. */
  GtkInfoBar *version_bar;
  GtkLabel *version_bar_label;
  AdwToast *read_only_toast;   /* weak: the toast saying a change was refused */
};

void     _pp_window_install_actions (PpWindow      *self);
void     _pp_window_read_only_init  (PpWindow      *self);
void     _pp_window_update_actions  (PpWindow      *self);
void     _pp_window_fill_recent     (PpWindow      *self);
gboolean _pp_window_save_to         (PpWindow      *self,
                                     GFile         *file);
void     _pp_window_save_as         (PpWindow      *self,
                                     gboolean       close_after);
void     _pp_window_add_toast       (PpWindow      *self,
                                     AdwToast      *toast);
void     _pp_window_show_error      (PpWindow      *self,
                                     const char    *heading,
                                     const char    *message);
void     _pp_window_show_node       (PpWindow      *self,
                                     PpNode        *node);
typedef void (*PpWindowFileFunc) (PpWindow *self,
                                  GFile    *file,
                                  gpointer  data);

void            _pp_window_choose_portfolio (PpWindow         *self,
                                             const char       *title,
                                             const char       *accept,
                                             PpWindowFileFunc  chosen,
                                             gpointer          data,
                                             GDestroyNotify    destroy);
GtkFileChooser *_pp_window_new_chooser (PpWindow             *self,
                                        const char           *title,
                                        GtkFileChooserAction  action,
                                        const char           *accept);

/* pp-window-recovery.c */
void     _pp_window_recovery_start  (PpWindow      *self);
void     _pp_window_recovery_forget (PpWindow      *self);

/* pp-window-disk.c */
void     _pp_window_disk_init       (PpWindow      *self);
void     _pp_window_disk_watch      (PpWindow      *self);
void     _pp_window_disk_stop       (PpWindow      *self);
void     _pp_window_disk_expect     (PpWindow      *self,
                                     const char    *identity);
gboolean _pp_window_disk_may_save   (PpWindow      *self,
                                     GFile         *file);
char    *_pp_window_disk_query      (PpWindow      *self);
void     _pp_window_disk_merged     (PpWindow      *self,
                                     const char    *identity,
                                     GBytes        *bytes);

/* pp-window-compare.c */
void     _pp_window_install_compare_actions (PpWindow *self);

/* pp-window-merge.c */
void     _pp_window_install_merge_actions   (PpWindow *self);

/* pp-window-import.c */
void     _pp_window_install_import_actions (PpWindow *self);
void     _pp_window_import                 (PpWindow *self,
                                            GFile    *file);
gboolean _pp_window_is_register            (GFile    *file);

/* pp-window-pages.c */
void     _pp_window_fill_later      (PpWindow      *self);
void     _pp_window_fill_page       (PpWindow      *self,
                                     PpWindowPage   page);
gboolean _pp_window_pages_ready     (PpWindow      *self);
GtkWidget *_pp_window_page          (PpWindow      *self,
                                     PpWindowPage   page);
void     _pp_window_fill_stop       (PpWindow      *self);
void     _pp_window_connect_pages           (PpWindow *self);

/* pp-window-versions.c */
void     _pp_window_install_version_actions (PpWindow *self);
void     _pp_window_versions_update         (PpWindow *self);
void     _pp_window_versions_saved          (PpWindow *self);
void     _pp_window_versions_dispose        (PpWindow *self);

G_END_DECLS
