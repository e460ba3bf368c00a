/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-recovery.c: recovery files, the copies of unsaved changes kept in
 * g_get_user_data_dir()/partnership-planner/recovery/, never next to the
 * user's own file.
 *
 * A recovery file is one line "partnership-planner-recovery 1 N", then N
 * bytes of a key file saying which file the portfolio belongs to and when
 * it was kept, then the portfolio's own bytes, as a save writes them. It is
 * replaced whole on each write, so a kill leaves the previous copy.
 *
 * Each process holds an exclusive lock on a file "SESSION.lock" for as long
 * as it runs, and names its recovery files "SESSION-N.recovery": a file
 * whose session's lock can be taken belongs to a process that has gone,
 * however it ended, and a reused process id does not matter. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/file.h>
#include <unistd.h>

#include "pp-file-save.h"
#include "pp-portfolio-io.h"
#include "pp-recovery.h"

#define MAGIC          "partnership-planner-recovery"
#define VERSION        1
#define SUFFIX         ".recovery"
#define LOCK_SUFFIX    ".lock"
#define MAX_HEADER     (1024 * 1024)
#define GROUP          "recovery"

struct _PpRecovery
{
  GObject parent_instance;

  char *path;           /* NULL until first kept */
  GFile *file;          /* the portfolio's own file, NULL if never saved */
  char *title;
  char *identity;       /* the file's identity when it was opened or saved */
  GDateTime *saved_at;
};

G_DEFINE_FINAL_TYPE (PpRecovery, pp_recovery, G_TYPE_OBJECT)

/* This process's session: its name and the descriptor holding its lock. */
static char *session_id;
static int session_fd = -1;
static guint session_counter;

static gboolean
set_folder_error (GError    **error,
                  int         saved_errno,
                  const char *folder)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot keep a recovery copy in the folder “%s”: %s"), folder,
               g_strerror (saved_errno));
  return FALSE;
}

/* Creates the folder and takes this process's lock, once. */
static gboolean
ensure_session (GError **error)
{
  g_autofree char *folder = pp_recovery_get_folder ();
  g_autofree char *id = NULL;
  g_autofree char *lock = NULL;
  int fd;

  if (session_fd >= 0)
    return TRUE;
  if (g_mkdir_with_parents (folder, 0700) != 0)
    return set_folder_error (error, errno, folder);

  id = g_strdup_printf ("%d_%08x", (int) getpid (), g_random_int ());
  lock = g_strconcat (folder, G_DIR_SEPARATOR_S, id, LOCK_SUFFIX, NULL);
  fd = g_open (lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_folder_error (error, errno, folder);
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved = errno;

      close (fd);
      return set_folder_error (error, saved, folder);
    }
  session_fd = fd;
  session_id = g_steal_pointer (&id);
  return TRUE;
}

static char *
new_path (void)
{
  g_autofree char *folder = pp_recovery_get_folder ();
  g_autofree char *name = g_strdup_printf ("%s-%u" SUFFIX, session_id, ++session_counter);

  return g_build_filename (folder, name, NULL);
}

/* The session a recovery file (or its temporary file) belongs to. */
static char *
session_of (const char *name)
{
  const char *start = name[0] == '.' ? name + 1 : name;
  const char *dash = strrchr (start, '-');

  return dash != NULL ? g_strndup (start, dash - start) : NULL;
}

/* Whether the process of @session still runs: it holds its lock. */
static gboolean
session_alive (const char *folder,
               const char *session)
{
  g_autofree char *name = g_strconcat (session, LOCK_SUFFIX, NULL);
  g_autofree char *lock = g_build_filename (folder, name, NULL);
  gboolean alive;
  int fd;

  if (g_strcmp0 (session, session_id) == 0)
    return TRUE;
  fd = g_open (lock, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  alive = flock (fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  close (fd);
  return alive;
}

static gboolean
set_damaged (GError    **error,
             const char *path,
             const char *reason)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("The recovery copy “%s” is damaged: %s"), path, reason);
  return FALSE;
}

/* Reads the first line and the key file after it; sets @offset to where
 * the portfolio's bytes begin. */
static GKeyFile *
read_header (const char  *path,
             gsize       *offset,
             GError     **error)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *text = NULL;
  char line[128];
  unsigned int version, length;
  int consumed = 0;
  FILE *f = g_fopen (path, "rbe");

  if (f == NULL)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot read the recovery copy “%s”: %s"), path, g_strerror (saved));
      return NULL;
    }
  if (fgets (line, sizeof line, f) == NULL ||
      sscanf (line, MAGIC " %u %u\n%n", &version, &length, &consumed) != 2 ||
      consumed == 0 || version != VERSION || length > MAX_HEADER)
    {
      fclose (f);
      set_damaged (error, path, _("it does not begin as a recovery copy does"));
      return NULL;
    }
  text = g_malloc (length + 1);
  if (fread (text, 1, length, f) != length)
    {
      fclose (f);
      set_damaged (error, path, _("it is cut short"));
      return NULL;
    }
  fclose (f);
  text[length] = '\0';
  if (!g_utf8_validate (text, length, NULL) ||
      !g_key_file_load_from_data (keys, text, length, G_KEY_FILE_NONE, NULL) ||
      !g_key_file_has_group (keys, GROUP))
    {
      set_damaged (error, path, _("its description cannot be read"));
      return NULL;
    }
  *offset = strlen (line) + length;
  return g_steal_pointer (&keys);
}

static PpRecovery *
recovery_from_header (const char  *path,
                      GError     **error)
{
  g_autoptr(PpRecovery) self = NULL;
  g_autoptr(GKeyFile) keys = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *saved = NULL;
  gsize offset;

  keys = read_header (path, &offset, error);
  if (keys == NULL)
    return NULL;
  saved = g_key_file_get_string (keys, GROUP, "saved", NULL);
  self = g_object_new (PP_TYPE_RECOVERY, NULL);
  self->saved_at = saved != NULL ? g_date_time_new_from_iso8601 (saved, NULL) : NULL;
  if (self->saved_at == NULL)
    {
      set_damaged (error, path, _("it does not say when it was kept"));
      return NULL;
    }
  self->path = g_strdup (path);
  uri = g_key_file_get_string (keys, GROUP, "file", NULL);
  if (uri != NULL && *uri != '\0')
    self->file = g_file_new_for_uri (uri);
  self->title = g_key_file_get_string (keys, GROUP, "title", NULL);
  if (self->title == NULL)
    self->title = g_strdup ("");
  self->identity = g_key_file_get_string (keys, GROUP, "identity", NULL);
  return g_steal_pointer (&self);
}

/* Removes the lock files of sessions that have gone and left no recovery
 * files, and the temporary files of their interrupted writes. */
static void
remove_debris (const char *folder,
               GHashTable *kept_sessions)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *session = NULL;
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_str_has_suffix (name, LOCK_SUFFIX))
        session = g_strndup (name, strlen (name) - strlen (LOCK_SUFFIX));
      else if (name[0] == '.')
        session = session_of (name);
      if (session == NULL || g_hash_table_contains (kept_sessions, session) ||
          session_alive (folder, session))
        continue;
      g_unlink (path);
    }
}

static int
compare_saved_at (gconstpointer a,
                  gconstpointer b)
{
  PpRecovery *ra = *(PpRecovery **) a;
  PpRecovery *rb = *(PpRecovery **) b;

  return g_date_time_compare (ra->saved_at, rb->saved_at);
}

static void
pp_recovery_finalize (GObject *object)
{
  PpRecovery *self = PP_RECOVERY (object);

  g_free (self->path);
  g_clear_object (&self->file);
  g_free (self->title);
  g_free (self->identity);
  g_clear_pointer (&self->saved_at, g_date_time_unref);

  G_OBJECT_CLASS (pp_recovery_parent_class)->finalize (object);
}

static void
pp_recovery_class_init (PpRecoveryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pp_recovery_finalize;
}

static void
pp_recovery_init (PpRecovery *self)
{
}

/**
 * pp_recovery_get_folder:
 *
 * Returns: (transfer full): the folder of the recovery files
 */
char *
pp_recovery_get_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "partnership-planner", "recovery", NULL);
}

/**
 * pp_recovery_new:
 *
 * A recovery file of this process for one window; nothing is written
 * until pp_recovery_save().
 */
PpRecovery *
pp_recovery_new (void)
{
  return g_object_new (PP_TYPE_RECOVERY, NULL);
}

/**
 * pp_recovery_list_left_over:
 *
 * Lists the recovery files of processes that no longer run, oldest first.
 * Damaged ones are skipped (with a message in the log) and left in place.
 * A missing folder has none.
 *
 * Returns: (transfer container) (element-type PpRecovery): the files
 */
GPtrArray *
pp_recovery_list_left_over (GError **error)
{
  g_autofree char *folder = pp_recovery_get_folder ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) sessions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) dir_error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &dir_error);
  const char *name;

  if (dir == NULL)
    {
      if (g_error_matches (dir_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&found);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot look for recovery copies in the folder “%s”: %s"), folder,
                   dir_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *session = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GError) local = NULL;
      PpRecovery *recovery;

      if (name[0] == '.' || !g_str_has_suffix (name, SUFFIX) ||
          (session = session_of (name)) == NULL)
        continue;
      g_hash_table_add (sessions, g_strdup (session));
      if (session_alive (folder, session))
        continue;
      path = g_build_filename (folder, name, NULL);
      recovery = recovery_from_header (path, &local);
      if (recovery == NULL)
        g_message ("%s", local->message);
      else
        g_ptr_array_add (found, recovery);
    }
  remove_debris (folder, sessions);
  g_ptr_array_sort (found, compare_saved_at);
  return g_steal_pointer (&found);
}

static GBytes *
encode (PpRecovery *self,
        GBytes     *portfolio)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree char *uri = self->file != NULL ? g_file_get_uri (self->file) : NULL;
  g_autofree char *saved = g_date_time_format_iso8601 (self->saved_at);
  g_autofree char *text = NULL;
  g_autofree char *line = NULL;
  gsize text_len, len;
  gconstpointer data;

  g_key_file_set_string (keys, GROUP, "title", self->title);
  g_key_file_set_string (keys, GROUP, "saved", saved);
  if (uri != NULL)
    g_key_file_set_string (keys, GROUP, "file", uri);
  if (self->identity != NULL)
    g_key_file_set_string (keys, GROUP, "identity", self->identity);
  text = g_key_file_to_data (keys, &text_len, NULL);
  line = g_strdup_printf (MAGIC " %u %u\n", VERSION, (unsigned int) text_len);

  data = g_bytes_get_data (portfolio, &len);
  g_byte_array_append (out, (const guint8 *) line, strlen (line));
  g_byte_array_append (out, (const guint8 *) text, text_len);
  if (len > 0)
    g_byte_array_append (out, data, len);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/**
 * pp_recovery_save:
 * @file: (nullable): the portfolio's own file, %NULL if never saved
 * @identity: (nullable): @file's identity when it was opened or last saved
 *
 * Keeps @portfolio as it is now, replacing the previous copy whole.
 */
gboolean
pp_recovery_save (PpRecovery   *self,
                  PpPortfolio  *portfolio,
                  GFile        *file,
                  const char   *identity,
                  GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GFile) target = NULL;

  g_return_val_if_fail (PP_IS_RECOVERY (self), FALSE);
  g_return_val_if_fail (PP_IS_PORTFOLIO (portfolio), FALSE);

  if (!ensure_session (error))
    return FALSE;
  if (self->path == NULL)
    self->path = new_path ();

  g_set_object (&self->file, file);
  g_free (self->title);
  self->title = g_strdup (pp_portfolio_get_title (portfolio));
  g_free (self->identity);
  self->identity = g_strdup (identity);
  g_clear_pointer (&self->saved_at, g_date_time_unref);
  self->saved_at = g_date_time_new_now_utc ();

  bytes = pp_portfolio_save_to_bytes (portfolio);
  contents = encode (self, bytes);
  target = g_file_new_for_path (self->path);
  return pp_file_replace_contents (target, contents, FALSE, NULL, error);
}

/**
 * pp_recovery_load:
 *
 * Returns: (transfer full): the portfolio kept, or %NULL with @error
 */
PpPortfolio *
pp_recovery_load (PpRecovery  *self,
                  GError     **error)
{
  g_autoptr(GKeyFile) keys = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GBytes) portfolio = NULL;
  g_autoptr(GError) local = NULL;
  gsize offset;
  PpPortfolio *loaded;

  g_return_val_if_fail (PP_IS_RECOVERY (self), NULL);
  g_return_val_if_fail (self->path != NULL, NULL);

  keys = read_header (self->path, &offset, error);
  if (keys == NULL)
    return NULL;
  mapped = g_mapped_file_new (self->path, FALSE, &local);
  if (mapped == NULL)
    {
      set_damaged (error, self->path, local->message);
      return NULL;
    }
  whole = g_mapped_file_get_bytes (mapped);
  if (g_bytes_get_size (whole) < offset)
    {
      set_damaged (error, self->path, _("it is cut short"));
      return NULL;
    }
  portfolio = g_bytes_new_from_bytes (whole, offset, g_bytes_get_size (whole) - offset);
  loaded = pp_portfolio_load_from_bytes (portfolio, &local);
  if (loaded == NULL)
    set_damaged (error, self->path, local->message);
  return loaded;
}

/**
 * pp_recovery_claim:
 *
 * Makes a left-over recovery file this process's own, so that it is not
 * offered again while this process runs and is written over from now on.
 */
gboolean
pp_recovery_claim (PpRecovery  *self,
                   GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (PP_IS_RECOVERY (self), FALSE);
  g_return_val_if_fail (self->path != NULL, FALSE);

  if (!ensure_session (error))
    return FALSE;
  path = new_path ();
  if (g_rename (self->path, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot take over the recovery copy “%s”: %s"), self->path,
                   g_strerror (saved));
      return FALSE;
    }
  g_free (self->path);
  self->path = g_steal_pointer (&path);
  return TRUE;
}

/**
 * pp_recovery_discard:
 *
 * Removes the recovery file, if one was written; a later save writes a
 * new one.
 */
gboolean
pp_recovery_discard (PpRecovery  *self,
                     GError     **error)
{
  g_return_val_if_fail (PP_IS_RECOVERY (self), FALSE);

  if (self->path == NULL)
    return TRUE;
  if (g_unlink (self->path) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot remove the recovery copy “%s”: %s"), self->path,
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/**
 * pp_recovery_get_file:
 *
 * Returns: (transfer none) (nullable): the file the portfolio belongs to,
 *   or %NULL when it was never saved
 */
GFile *
pp_recovery_get_file (PpRecovery *self)
{
  g_return_val_if_fail (PP_IS_RECOVERY (self), NULL);

  return self->file;
}

const char *
pp_recovery_get_title (PpRecovery *self)
{
  g_return_val_if_fail (PP_IS_RECOVERY (self), NULL);

  return self->title;
}

/**
 * pp_recovery_get_identity:
 *
 * Returns: (nullable): the identity (etag and size) the portfolio's file
 *   had when it was opened or last saved
 */
const char *
pp_recovery_get_identity (PpRecovery *self)
{
  g_return_val_if_fail (PP_IS_RECOVERY (self), NULL);

  return self->identity;
}

/**
 * pp_recovery_get_saved_at:
 *
 * Returns: (transfer none) (nullable): when the copy was last kept
 */
GDateTime *
pp_recovery_get_saved_at (PpRecovery *self)
{
  g_return_val_if_fail (PP_IS_RECOVERY (self), NULL);

  return self->saved_at;
}

/**
 * pp_recovery_get_path:
 *
 * Returns: (nullable): where the recovery file is, %NULL before the first
 *   save
 */
const char *
pp_recovery_get_path (PpRecovery *self)
{
  g_return_val_if_fail (PP_IS_RECOVERY (self), NULL);

  return self->path;
}

/**
 * pp_recovery_describe_time:
 *
 * Returns: (transfer full): @when in the local time zone as people say it
 *   beside @now: "today at 10:42", "yesterday at 18:05", or the date
 */
char *
pp_recovery_describe_time (GDateTime *when,
                           GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (when);
  g_autoptr(GDateTime) local_now = g_date_time_to_local (now);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (local_now, -1);
  int y, m, d, ny, nm, nd, yy, ym, yd;

  g_date_time_get_ymd (local, &y, &m, &d);
  g_date_time_get_ymd (local_now, &ny, &nm, &nd);
  g_date_time_get_ymd (yesterday, &yy, &ym, &yd);
  if (y == ny && m == nm && d == nd)
    /* Translators: when a recovery copy was kept; a g_date_time_format() format */
    return g_date_time_format (local, _("today at %H:%M"));
  if (y == yy && m == ym && d == yd)
    /* Translators: when a recovery copy was kept; a g_date_time_format() format */
    return g_date_time_format (local, _("yesterday at %H:%M"));
  /* Translators: when a recovery copy was kept; a g_date_time_format() format */
  return g_date_time_format (local, _("%-d %B %Y at %H:%M"));
}
