/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-portfolio-io.c: reads and writes whole portfolio files.
 *
 * Loading reads the text with the strict reader of pp-json-check.c, not
 * json-glib's lenient parser (see there why). The model is then built from
 * the parse tree, keeping nothing of it but the text of unknown members,
 * and the tree is freed beside the caller (or, for a process about to
 * exit, not at all).
 *
 * Saving writes the JSON text directly; pp-file-save.c replaces the file.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pp-error.h"
#include "pp-file-read.h"
#include "pp-file-save.h"
#include "pp-io-private.h"
#include "pp-json-check.h"
#include "pp-portfolio-io.h"

static const char * const portfolio_members[] = {
  "format", "version", "title", "countries", "description", "currency", "sectors",
  "organisations", "mous", "ventures", "commitments", NULL
};

static const PpReadFunc collection_readers[PP_N_COLLECTIONS] = {
  _pp_sector_read, _pp_organisation_read, _pp_mou_read, _pp_venture_read,
  _pp_commitment_read,
};

static gboolean
read_header (PpReader   *r,
             JsonObject *root)
{
  g_autofree char *format = NULL;
  gint64 version = 0;

  /* Another program's JSON file most likely has no "format" at all. */
  if (json_object_get_member (root, "format") == NULL)
    return pp_reader_fail (r, PP_PORTFOLIO_ERROR_NOT_PORTFOLIO,
                           _("this is not a Partnership Planner file: it has no “format” "
                             "member"));
  if (!pp_reader_string (r, root, "format", TRUE, &format))
    return FALSE;
  if (g_strcmp0 (format, PP_FORMAT_NAME) != 0)
    {
      /* Another program's format name may be long or hold line breaks. */
      g_autofree char *shown = pp_json_check_excerpt (format, -1, 60);

      return pp_reader_fail_member (r, "format", PP_PORTFOLIO_ERROR_NOT_PORTFOLIO,
                                    _("“%s” is not a Partnership Planner file format "
                                      "(expected “%s”)"), shown, PP_FORMAT_NAME);
    }

  if (!pp_reader_int64 (r, root, "version", TRUE, 1, G_MAXINT32, &version))
    return FALSE;
  if (version > PP_FORMAT_VERSION)
    return pp_reader_fail_member (r, "version", PP_PORTFOLIO_ERROR_VERSION,
                                  _("the file is format version %lld, written by a newer "
                                    "Partnership Planner; this version reads up to "
                                    "version %d"),
                                  (long long) version, PP_FORMAT_VERSION);
  return TRUE;
}

static gboolean
read_countries (PpReader    *r,
                JsonObject  *root,
                PpPortfolio *portfolio)
{
  JsonArray *array;
  guint n;
  gsize mark;

  if (!pp_reader_array (r, root, "countries", _("an array of two country codes"), &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  if (n != 0 && n != 2)
    return pp_reader_fail_member (r, "countries", PP_PORTFOLIO_ERROR_VALUE,
                                  ngettext ("a partnership has two countries, not %u",
                                            "a partnership has two countries, not %u", n),
                                  n);

  mark = pp_reader_push (r, "countries");
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *code;
      gsize item_mark = pp_reader_push_index (r, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return pp_reader_wrong_type (r, NULL, _("a country code"), element);
      code = json_node_get_string (element);
      if (!pp_iso_country_is_valid (code))
        return pp_reader_fail (r, PP_PORTFOLIO_ERROR_VALUE,
                               _("“%s” is not an ISO 3166-1 alpha-2 country code"), code);
      if (i == 1 && g_strcmp0 (code, r->countries[0]) == 0)
        return pp_reader_fail (r, PP_PORTFOLIO_ERROR_VALUE,
                               _("“%s” is listed twice"), code);
      r->countries[i] = g_strdup (code);
      pp_reader_pop (r, item_mark);
    }
  pp_reader_pop (r, mark);

  if (n == 2)
    pp_country_pair_set (pp_portfolio_get_countries (portfolio),
                         r->countries[0], r->countries[1]);
  return TRUE;
}

static gboolean
read_portfolio (PpReader    *r,
                JsonNode    *root_node,
                PpPortfolio *portfolio)
{
  JsonObject *root;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *currency = NULL;
  JsonObject *extra = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return pp_reader_fail (r, PP_PORTFOLIO_ERROR_NOT_PORTFOLIO,
                           _("the top level is not an object, so this is not a "
                             "Partnership Planner file"));
  root = json_node_get_object (root_node);

  if (!read_header (r, root) ||
      !pp_reader_string (r, root, "title", TRUE, &title) ||
      !read_countries (r, root, portfolio) ||
      !pp_reader_string (r, root, "description", FALSE, &description) ||
      !pp_reader_currency (r, root, "currency", &currency))
    return FALSE;

  pp_portfolio_set_title (portfolio, title);
  pp_portfolio_set_description (portfolio, description);
  pp_portfolio_set_currency (portfolio, currency);

  for (guint i = 0; i < PP_N_COLLECTIONS; i++)
    if (!pp_reader_items (r, root, pp_collection_get_member (i), PP_NODE (portfolio),
                          pp_portfolio_get_collection (portfolio, i),
                          collection_readers[i]))
      return FALSE;

  pp_reader_extra (r, root, portfolio_members, &extra);
  pp_node_take_extra (PP_NODE (portfolio), extra);
  return TRUE;
}

/* Files larger than this have their parse tree freed in a thread. */
#define FREE_IN_THREAD_SIZE (1024 * 1024)

/* The trees kept until the process exits (see pp_portfolio_keep_parse_trees),
 * or NULL to free them. */
static GPtrArray *kept_trees;
G_LOCK_DEFINE_STATIC (kept_trees);

/**
 * pp_portfolio_keep_parse_trees:
 *
 * For a process that exits right after its loads, such as the command
 * line's --check: from now on the parse trees of large files are kept until
 * the process exits instead of being freed in a thread, which takes a
 * processor the work after the load could use, and frees what the exit
 * would drop anyway. The trees stay reachable from here, so the leak
 * checker of the sanitizers does not count them.
 */
void
pp_portfolio_keep_parse_trees (void)
{
  G_LOCK (kept_trees);
  if (kept_trees == NULL)
    kept_trees = g_ptr_array_new ();
  G_UNLOCK (kept_trees);
}

static gpointer
free_tree_thread (gpointer data)
{
  json_node_unref (data);
  return NULL;
}

/* The model keeps nothing of the tree, and freeing a large tree takes a
 * third as long as parsing it: do it beside the caller, not before
 * returning, or not at all when the process is about to exit. */
static void
drop_tree (JsonNode *root,
           gsize     len)
{
  if (len <= FREE_IN_THREAD_SIZE)
    {
      json_node_unref (root);
      return;
    }
  G_LOCK (kept_trees);
  if (kept_trees != NULL)
    g_ptr_array_add (kept_trees, g_steal_pointer (&root));
  G_UNLOCK (kept_trees);
  if (root != NULL)
    g_thread_unref (g_thread_new ("pp-free-tree", free_tree_thread, root));
}

/**
 * pp_portfolio_load_from_bytes:
 *
 * Returns: (transfer full): the portfolio, or %NULL with @error in
 *   %PP_PORTFOLIO_ERROR saying what is wrong and where
 */
PpPortfolio *
pp_portfolio_load_from_bytes (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(PpPortfolio) portfolio = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) sources = NULL;
  PpReader reader;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  g_return_val_if_fail (bytes != NULL, NULL);

  if (data == NULL)
    data = "";
  root = pp_json_check_parse (data, len, &sources, error);
  if (root == NULL)
    return NULL;

  portfolio = pp_portfolio_new ();
  pp_reader_init (&reader, PP_NODE (portfolio));
  reader.sources = sources;
  if (!read_portfolio (&reader, root, portfolio))
    {
      g_propagate_error (error, g_steal_pointer (&reader.error));
      pp_reader_clear (&reader);
      return NULL;
    }
  pp_reader_clear (&reader);
  drop_tree (g_steal_pointer (&root), len);

  return g_steal_pointer (&portfolio);
}

/* Reads and loads @file; hands back the bytes read when @bytes_out is not
 * %NULL. */
static PpPortfolio *
load_file (GFile         *file,
           GCancellable  *cancellable,
           GBytes       **bytes_out,
           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) io_error = NULL;
  PpPortfolio *portfolio;

  /* What a save killed midway left beside the file goes on opening it. */
  pp_file_remove_debris (file);
  bytes = pp_file_read_regular (file, PP_MAX_FILE_SIZE, cancellable, &io_error);
  if (bytes != NULL)
    {
      portfolio = pp_portfolio_load_from_bytes (bytes, error);
      if (portfolio != NULL && bytes_out != NULL)
        *bytes_out = g_steal_pointer (&bytes);
      return portfolio;
    }

  /* A file too large is refused like one too deep. */
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    g_set_error_literal (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_LIMIT, io_error->message);
  else
    g_propagate_error (error, g_steal_pointer (&io_error));
  return NULL;
}

/**
 * pp_portfolio_load_from_file:
 *
 * Returns: (transfer full): the portfolio, or %NULL with @error set: a
 *   %G_IO_ERROR for a file that cannot be read, else %PP_PORTFOLIO_ERROR
 */
PpPortfolio *
pp_portfolio_load_from_file (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return load_file (file, cancellable, NULL, error);
}

/**
 * pp_portfolio_load_sample:
 *
 * Returns: (transfer full): the bundled Pakistan–Belarus sample
 */
PpPortfolio *
pp_portfolio_load_sample (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (PP_SAMPLE_RESOURCE,
                                                      G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;
  return pp_portfolio_load_from_bytes (bytes, error);
}

/* What a load in a thread hands back. */
typedef struct
{
  PpPortfolio *portfolio;
  GBytes *bytes;
  char *identity;
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *loaded = data;

  g_clear_object (&loaded->portfolio);
  g_clear_pointer (&loaded->bytes, g_bytes_unref);
  g_free (loaded->identity);
  g_free (loaded);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  Loaded *loaded = g_new0 (Loaded, 1);

  /* The identity is taken before the read: a change made in between then
   * shows as a change on disk, rather than going unseen. */
  loaded->identity = pp_file_query_identity (task_data);
  loaded->portfolio = load_file (task_data, cancellable, &loaded->bytes, &error);
  if (loaded->portfolio == NULL)
    {
      loaded_free (loaded);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, loaded, loaded_free);
}

void
pp_portfolio_load_async (GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pp_portfolio_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

PpPortfolio *
pp_portfolio_load_finish (GAsyncResult  *result,
                          GError       **error)
{
  return pp_portfolio_load_finish_with_file (result, NULL, NULL, error);
}

/**
 * pp_portfolio_load_finish_with_file:
 * @bytes: (out) (optional) (transfer full): the file's bytes as read
 * @identity: (out) (optional) (transfer full) (nullable): the file's
 *   identity (pp_file_query_identity()) from just before it was read
 *
 * Like pp_portfolio_load_finish(), with what was read: a window keeps
 * them as the version a merge starts from, and to notice a change on disk,
 * without reading the file again.
 *
 * Returns: (transfer full) (nullable): the portfolio
 */
PpPortfolio *
pp_portfolio_load_finish_with_file (GAsyncResult  *result,
                                    GBytes       **bytes,
                                    char         **identity,
                                    GError       **error)
{
  Loaded *loaded;
  PpPortfolio *portfolio;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;
  portfolio = g_steal_pointer (&loaded->portfolio);
  if (bytes != NULL)
    *bytes = g_steal_pointer (&loaded->bytes);
  if (identity != NULL)
    *identity = g_steal_pointer (&loaded->identity);
  loaded_free (loaded);
  return portfolio;
}

static void
write_collection (PpWriter   *writer,
                  GListModel *list,
                  void      (*write_item) (gpointer, PpWriter *))
{
  guint n = g_list_model_get_n_items (list);

  pp_writer_begin_array (writer);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      write_item (item, writer);
    }
  pp_writer_end_array (writer);
}

/**
 * pp_portfolio_save_to_bytes:
 *
 * Returns: (transfer full): the file's text; the same portfolio always
 *   gives the same bytes
 */
static GBytes *
write_portfolio (PpPortfolio *self,
                 gboolean     compact)
{
  g_autoptr(PpWriter) writer = NULL;
  PpCountryPair *countries;
  static void (* const writers[PP_N_COLLECTIONS]) (gpointer, PpWriter *) = {
    (void (*) (gpointer, PpWriter *)) _pp_sector_write,
    (void (*) (gpointer, PpWriter *)) _pp_organisation_write,
    (void (*) (gpointer, PpWriter *)) _pp_mou_write,
    (void (*) (gpointer, PpWriter *)) _pp_venture_write,
    (void (*) (gpointer, PpWriter *)) _pp_commitment_write,
  };

  /* About 1 KiB per MoU is what a realistic file takes. */
  writer = pp_writer_new (4096 + 1024 * g_list_model_get_n_items (pp_portfolio_get_mous (self)));
  pp_writer_set_compact (writer, compact);
  countries = pp_portfolio_get_countries (self);

  pp_writer_begin_object (writer);
  pp_writer_member (writer, "format");
  pp_writer_string (writer, PP_FORMAT_NAME);
  pp_writer_member (writer, "version");
  pp_writer_int64 (writer, PP_FORMAT_VERSION);
  pp_writer_member (writer, "title");
  pp_writer_string (writer, pp_portfolio_get_title (self));
  pp_writer_member (writer, "countries");
  pp_writer_begin_array (writer);
  if (pp_country_pair_is_set (countries))
    {
      pp_writer_string (writer, pp_country_pair_get_first (countries));
      pp_writer_string (writer, pp_country_pair_get_second (countries));
    }
  pp_writer_end_array (writer);
  pp_writer_member (writer, "description");
  pp_writer_string (writer, pp_portfolio_get_description (self));
  pp_writer_member (writer, "currency");
  pp_writer_string (writer, pp_portfolio_get_currency (self));
  for (guint i = 0; i < PP_N_COLLECTIONS; i++)
    {
      pp_writer_member (writer, pp_collection_get_member (i));
      write_collection (writer, pp_portfolio_get_collection (self, i), writers[i]);
    }
  pp_writer_extra (writer, pp_node_get_extra (PP_NODE (self)));
  pp_writer_end_object (writer);

  return pp_writer_free_to_bytes (g_steal_pointer (&writer));
}

/* What the tests set lower, to see the compact form without a file of
 * hundreds of MiB. */
static gsize pretty_limit = PP_MAX_FILE_SIZE;

void
_pp_portfolio_set_pretty_limit (gsize limit)
{
  pretty_limit = limit;
}

/**
 * pp_portfolio_save_to_bytes:
 *
 * The file's text, indented as the README describes; written compact
 * instead when indented it would be larger than a file may be, since the
 * indentation of a file written compact by another program can make it
 * several times larger, and whatever loads must save into a file that loads.
 */
GBytes *
pp_portfolio_save_to_bytes (PpPortfolio *self)
{
  GBytes *bytes;

  g_return_val_if_fail (PP_IS_PORTFOLIO (self), NULL);

  bytes = write_portfolio (self, FALSE);
  if (g_bytes_get_size (bytes) <= pretty_limit)
    return bytes;
  g_bytes_unref (bytes);
  return write_portfolio (self, TRUE);
}

/**
 * pp_portfolio_save_bytes_to_file:
 * @bytes: a portfolio's text, from pp_portfolio_save_to_bytes()
 *
 * Writes @bytes to @file safely, keeping a backup, unless they are larger
 * than a file may be. For a caller that keeps the text it saved (the
 * window keeps it as the version both sides of a merge started from).
 */
gboolean
pp_portfolio_save_bytes_to_file (GBytes        *bytes,
                                 GFile         *file,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* Never a file that would then be refused: the old one stays. */
  if (g_bytes_get_size (bytes) > PP_MAX_FILE_SIZE)
    {
      g_set_error (error, PP_PORTFOLIO_ERROR, PP_PORTFOLIO_ERROR_LIMIT,
                   _("the portfolio is too large to save (%llu MiB; the limit is %d MiB)"),
                   (unsigned long long) (g_bytes_get_size (bytes) / (1024 * 1024)),
                   PP_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }
  return pp_file_replace_contents (file, bytes, TRUE, cancellable, error);
}

gboolean
pp_portfolio_save_to_file (PpPortfolio   *self,
                           GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PP_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = pp_portfolio_save_to_bytes (self);
  return pp_portfolio_save_bytes_to_file (bytes, file, cancellable, error);
}
