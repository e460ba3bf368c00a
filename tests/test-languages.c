/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-languages.c: the app in Russian and Urdu, as its catalogues make
 * it: the sample's brief exported under ru_RU and ur_PK in each text
 * format (and the PDF, read back) has the translated headings, the HTML
 * says its language and direction, and --help is translated. Skipped for a
 * locale the machine does not have. */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

typedef struct
{
  const char *locale;
  const char *summary;     /* "Summary" in the language */
  const char *register_;   /* "MoU register" */
  const char *html_lang;
} Language;

static const Language languages[] = {
  { "ru_RU.UTF-8", "Сводка", "Реестр меморандумов", "lang=\"ru\"" },
  { "ur_PK.UTF-8", "خلاصہ", "مفاہمتی یادداشتوں کا رجسٹر", "lang=\"ur\" dir=\"rtl\"" },
};

static gboolean
have_locale (const char *name)
{
  const char *old = setlocale (LC_ALL, NULL);
  g_autofree char *saved = g_strdup (old);
  gboolean ok = setlocale (LC_ALL, name) != NULL;

  setlocale (LC_ALL, saved);
  return ok;
}

/* Runs the app with @argv under @locale; returns its standard output. */
static char *
run (const char  *locale,
     const char **argv)
{
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  envp = g_environ_setenv (envp, "LC_ALL", locale, TRUE);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
export (const Language *language,
        const char     *format,
        const char     *dir)
{
  g_autofree char *path = g_strdup_printf ("%s/brief.%s", dir, format);
  const char *argv[] = { g_getenv ("PP_EXECUTABLE"), "--export", format, "--output", path, NULL };
  g_autofree char *out = run (language->locale, argv);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_unlink (path);
  return contents;
}

static void
test_language (gconstpointer data)
{
  const Language *language = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *md = NULL;
  g_autofree char *html = NULL;
  g_autofree char *help = NULL;
  const char *help_argv[] = { g_getenv ("PP_EXECUTABLE"), "--help", NULL };

  if (!have_locale (language->locale))
    {
      g_test_skip ("the locale is not installed (see .ci/install-deps)");
      return;
    }
  dir = g_dir_make_tmp ("pp-test-languages-XXXXXX", &error);
  g_assert_no_error (error);

  md = export (language, "md", dir);
  g_assert_nonnull (strstr (md, language->summary));
  g_assert_nonnull (strstr (md, language->register_));
  g_assert_null (strstr (md, "# Summary"));
  html = export (language, "html", dir);
  g_assert_nonnull (strstr (html, language->summary));
  g_assert_nonnull (strstr (html, language->html_lang));
  if (g_getenv ("PP_PDFTOTEXT") != NULL)
    {
      g_autofree char *pdf_path = g_strdup_printf ("%s/brief.pdf", dir);
      const char *argv[] = { g_getenv ("PP_EXECUTABLE"), "--export", "pdf", "--output",
                             pdf_path, NULL };
      const char *read[] = { g_getenv ("PP_PDFTOTEXT"), pdf_path, "-", NULL };
      g_autofree char *out = run (language->locale, argv);
      g_autofree char *text = run (language->locale, read);

      /* Urdu is shaped in the PDF; its text reads back, if not always in
       * the same code points, so only Russian is compared word for word. */
      if (g_str_has_prefix (language->locale, "ru"))
        g_assert_nonnull (strstr (text, language->summary));
      else
        g_assert_null (strstr (text, "Summary"));
      g_unlink (pdf_path);
    }
  help = run (language->locale, help_argv);
  g_assert_null (strstr (help, "Export FILE, or the bundled sample"));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/languages/ru", &languages[0], test_language);
  g_test_add_data_func ("/languages/ur", &languages[1], test_language);
  return g_test_run ();
}
