/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version.c: one saved version of a portfolio file. The store fills
 * it from a commit; the summary of what changed is added by whoever
 * compared it with the version before. */

#include "config.h"

#include <string.h>

#include "pp-version.h"

/* As many hex digits as git shows for a small repository. */
#define SHORT_ID_LENGTH 7

struct _PpVersion
{
  GObject parent_instance;

  char *id;
  char *short_id;
  GDateTime *time;
  char *author;
  char *email;
  char *message;
  GPtrArray *tags;   /* NULL-terminated, of char* */
  char *summary;
};

G_DEFINE_FINAL_TYPE (PpVersion, pp_version, G_TYPE_OBJECT)

enum { PROP_0, PROP_SUMMARY, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
pp_version_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PpVersion *self = PP_VERSION (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_version_finalize (GObject *object)
{
  PpVersion *self = PP_VERSION (object);

  g_free (self->id);
  g_free (self->short_id);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_free (self->author);
  g_free (self->email);
  g_free (self->message);
  g_ptr_array_unref (self->tags);
  g_free (self->summary);
  G_OBJECT_CLASS (pp_version_parent_class)->finalize (object);
}

static void
pp_version_class_init (PpVersionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pp_version_finalize;
  object_class->get_property = pp_version_get_property;
  /* Set once the version has been compared with the one before it, which
   * takes a while for a large portfolio: lists show it when it comes. */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pp_version_init (PpVersion *self)
{
  self->tags = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->tags, NULL);
}

/**
 * pp_version_new:
 * @id: the commit's full hex id
 * @time: when it was made, in the author's time zone
 *
 * Returns: (transfer full): the version
 */
PpVersion *
pp_version_new (const char *id,
                GDateTime  *time,
                const char *author,
                const char *email,
                const char *message)
{
  PpVersion *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (time != NULL, NULL);

  self = g_object_new (PP_TYPE_VERSION, NULL);
  self->id = g_strdup (id);
  self->short_id = g_strndup (id, SHORT_ID_LENGTH);
  self->time = g_date_time_ref (time);
  self->author = g_strdup (author != NULL ? author : "");
  self->email = g_strdup (email != NULL ? email : "");
  self->message = g_strdup (message != NULL ? message : "");
  return self;
}

const char *
pp_version_get_id (PpVersion *self)
{
  g_return_val_if_fail (PP_IS_VERSION (self), NULL);
  return self->id;
}

const char *
pp_version_get_short_id (PpVersion *self)
{
  g_return_val_if_fail (PP_IS_VERSION (self), NULL);
  return self->short_id;
}

GDateTime *
pp_version_get_time (PpVersion *self)
{
  g_return_val_if_fail (PP_IS_VERSION (self), NULL);
  return self->time;
}

const char *
pp_version_get_author (PpVersion *self)
{
  g_return_val_if_fail (PP_IS_VERSION (self), NULL);
  return self->author;
}

const char *
pp_version_get_email (PpVersion *self)
{
  g_return_val_if_fail (PP_IS_VERSION (self), NULL);
  return self->email;
}

const char *
pp_version_get_message (PpVersion *self)
{
  g_return_val_if_fail (PP_IS_VERSION (self), NULL);
  return self->message;
}

/**
 * pp_version_dup_subject:
 *
 * Returns: (transfer full): the message's first line, as lists show it
 */
char *
pp_version_dup_subject (PpVersion *self)
{
  const char *end;

  g_return_val_if_fail (PP_IS_VERSION (self), NULL);

  end = strchr (self->message, '\n');
  if (end == NULL)
    return g_strdup (self->message);
  return g_strndup (self->message, end - self->message);
}

/**
 * pp_version_get_tags:
 *
 * Returns: (transfer none): the labels of the meetings this version is
 *   tagged with, oldest tag first; empty when none
 */
const char * const *
pp_version_get_tags (PpVersion *self)
{
  g_return_val_if_fail (PP_IS_VERSION (self), NULL);
  return (const char * const *) self->tags->pdata;
}

void
pp_version_add_tag (PpVersion  *self,
                    const char *label)
{
  g_return_if_fail (PP_IS_VERSION (self));
  g_return_if_fail (label != NULL);

  g_ptr_array_insert (self->tags, self->tags->len - 1, g_strdup (label));
}

/**
 * pp_version_get_summary:
 *
 * Returns: (nullable): a line saying what changed since the version
 *   before ("2 MoUs signed, 1 milestone moved"), once someone has said
 */
const char *
pp_version_get_summary (PpVersion *self)
{
  g_return_val_if_fail (PP_IS_VERSION (self), NULL);
  return self->summary;
}

void
pp_version_set_summary (PpVersion  *self,
                        const char *summary)
{
  g_return_if_fail (PP_IS_VERSION (self));

  if (g_strcmp0 (self->summary, summary) == 0)
    return;
  g_free (self->summary);
  self->summary = g_strdup (summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}
