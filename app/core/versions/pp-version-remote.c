/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-version-remote.c: the network half of syncing. A shared folder's
 * bare repository (file://) needs no sign-in; ssh uses the user's agent,
 * as git does; libgit2's own errors are told in words a user can act on. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pp-version-remote.h"
#include "pp-version-store.h"

/* The branch HEAD is on, and the remote it shares with: its upstream's,
 * else "origin", else the only one there is. */
gboolean
_pp_remote_find (git_repository  *repo,
                 char           **remote_name,
                 char           **branch,
                 GError         **error)
{
  git_reference *head = NULL;
  git_buf upstream = GIT_BUF_INIT;
  git_strarray names = { NULL, 0 };

  if (git_repository_head (&head, repo) < 0 || !git_reference_is_branch (head))
    {
      git_reference_free (head);
      g_set_error_literal (error, PP_VERSION_ERROR, PP_VERSION_ERROR_FAILED,
                           _("Save a version first: there is nothing to sync yet"));
      return FALSE;
    }
  *branch = g_strdup (git_reference_shorthand (head));
  if (git_branch_upstream_remote (&upstream, repo, git_reference_name (head)) == 0)
    *remote_name = g_strdup (upstream.ptr);
  git_buf_dispose (&upstream);
  git_reference_free (head);
  if (*remote_name == NULL && git_remote_list (&names, repo) == 0)
    {
      for (size_t i = 0; i < names.count && *remote_name == NULL; i++)
        if (g_strcmp0 (names.strings[i], "origin") == 0)
          *remote_name = g_strdup ("origin");
      if (*remote_name == NULL && names.count == 1)
        *remote_name = g_strdup (names.strings[0]);
      git_strarray_dispose (&names);
    }
  if (*remote_name != NULL)
    return TRUE;
  g_set_error_literal (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NO_REMOTE,
                       _("These versions are not shared with any other copy: the repository has no remote"));
  return FALSE;
}

static int
on_credentials (git_credential **out,
                const char      *url,
                const char      *username,
                unsigned int     allowed,
                void            *data)
{
  PpRemoteCallbacks *callbacks = data;

  if (callbacks->tries++ > 0 || !(allowed & GIT_CREDENTIAL_SSH_KEY))
    return GIT_EAUTH;
  return git_credential_ssh_key_from_agent (out, username != NULL ? username : "git");
}

static int
on_transfer (const git_indexer_progress *stats,
             void                       *data)
{
  PpRemoteCallbacks *callbacks = data;

  if (g_cancellable_is_cancelled (callbacks->cancellable))
    return GIT_EUSER;
  if (callbacks->progress != NULL && stats->total_objects > 0)
    callbacks->progress ((double) stats->received_objects / stats->total_objects, callbacks->data);
  return 0;
}

static int
on_push_transfer (unsigned int current,
                  unsigned int total,
                  size_t       bytes,
                  void        *data)
{
  PpRemoteCallbacks *callbacks = data;

  if (g_cancellable_is_cancelled (callbacks->cancellable))
    return GIT_EUSER;
  if (callbacks->progress != NULL && total > 0)
    callbacks->progress ((double) current / total, callbacks->data);
  return 0;
}

static int
on_push_update (const char *refname,
                const char *status,
                void       *data)
{
  PpRemoteCallbacks *callbacks = data;

  if (status != NULL && callbacks->rejected == NULL)
    callbacks->rejected = g_strdup (status);
  return 0;
}

static void
set_callbacks (git_remote_callbacks *out,
               PpRemoteCallbacks    *callbacks)
{
  out->credentials = on_credentials;
  out->transfer_progress = on_transfer;
  out->push_transfer_progress = on_push_transfer;
  out->push_update_reference = on_push_update;
  out->payload = callbacks;
  callbacks->tries = 0;
}

/* ssh's own refusals: an unknown server, no agent, a key not let in. */
static gboolean
set_ssh_error (int          code,
               const char  *reason,
               const char  *url,
               GError     **error)
{
  if (code == GIT_ECERTIFICATE)
    g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_AUTHENTICATION,
                 _("The server of the shared repository %s could not be checked: this "
                   "computer does not know it yet, or its key is not the one it knew. Connect "
                   "to it once with ssh or git, which show its key and warn when it changed, "
                   "then sync again."), url);
  else if (strstr (reason, "agent") != NULL)
    g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_AUTHENTICATION,
                 _("Your key could not be offered to the shared repository %s: no ssh agent "
                   "is running. Start one, add your key (ssh-add) and sync again."), url);
  else if (code == GIT_EAUTH || strstr (reason, "authenticat") != NULL)
    g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_AUTHENTICATION,
                 _("The shared repository %s did not let you in. Check that your key is "
                   "loaded (ssh-add) and that you may use the repository."), url);
  else
    return FALSE;
  return TRUE;
}

/* libgit2's failure told as what the user can do about it. */
static void
set_remote_error (int                code,
                  PpRemoteCallbacks *callbacks,
                  const char        *url,
                  GError           **error)
{
  const git_error *last = git_error_last ();
  const char *reason = last != NULL && last->message != NULL ? last->message : "";
  int klass = last != NULL ? last->klass : GIT_ERROR_NONE;

  if (code == GIT_EUSER && g_cancellable_is_cancelled (callbacks->cancellable))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Syncing was cancelled"));
  else if ((code == GIT_EAUTH || code == GIT_ECERTIFICATE || klass == GIT_ERROR_SSH) &&
           set_ssh_error (code, reason, url, error))
    return;
  else if (klass == GIT_ERROR_NET || klass == GIT_ERROR_OS || klass == GIT_ERROR_HTTP)
    g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NETWORK,
                 _("The shared repository %s could not be reached (%s). Check the network "
                   "or the shared folder, and sync again."), url, reason);
  else
    {
      /* A server's own words, such as "no such repository", end in a newline. */
      g_autofree char *said = g_strstrip (g_strdup (reason));

      g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_FAILED,
                   _("Syncing with %s failed: %s"), url, said);
    }
}

gboolean
_pp_remote_fetch (git_repository    *repo,
                  const char        *remote_name,
                  PpRemoteCallbacks *callbacks,
                  GError           **error)
{
  git_remote *remote = NULL;
  git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
  int code;

  if (git_remote_lookup (&remote, repo, remote_name) < 0)
    {
      g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NO_REMOTE,
                   _("The repository has no remote “%s”"), remote_name);
      return FALSE;
    }
  set_callbacks (&options.callbacks, callbacks);
  code = git_remote_fetch (remote, NULL, &options, NULL);
  if (code < 0)
    set_remote_error (code, callbacks, git_remote_url (remote), error);
  git_remote_free (remote);
  return code >= 0;
}

gboolean
_pp_remote_push (git_repository    *repo,
                 const char        *remote_name,
                 const char        *branch,
                 PpRemoteCallbacks *callbacks,
                 GError           **error)
{
  git_remote *remote = NULL;
  git_push_options options = GIT_PUSH_OPTIONS_INIT;
  g_autofree char *spec = g_strdup_printf ("refs/heads/%s:refs/heads/%s", branch, branch);
  char *specs[] = { spec };
  git_strarray refspecs = { specs, 1 };
  int code;

  if (git_remote_lookup (&remote, repo, remote_name) < 0)
    {
      g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_NO_REMOTE,
                   _("The repository has no remote “%s”"), remote_name);
      return FALSE;
    }
  set_callbacks (&options.callbacks, callbacks);
  code = git_remote_push (remote, &refspecs, &options);
  if (code == GIT_ENONFASTFORWARD && callbacks->rejected == NULL)
    {
      callbacks->rejected = g_strdup (_("not a fast-forward"));
      code = 0;
    }
  if (code < 0)
    set_remote_error (code, callbacks, git_remote_url (remote), error);
  else if (callbacks->rejected != NULL)
    g_set_error (error, PP_VERSION_ERROR, PP_VERSION_ERROR_REJECTED,
                 _("The shared repository %s took none of your versions (%s): someone else "
                   "synced in the meantime. Sync again to bring their versions in first."),
                 git_remote_url (remote), callbacks->rejected);
  git_remote_free (remote);
  return code >= 0 && callbacks->rejected == NULL;
}
