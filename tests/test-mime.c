/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-mime.c — the installed MIME type recognises a workshop by its name
 * and, renamed, by its root element's namespace, so a file manager opens
 * it with this application. Uses a private XDG data folder built by meson
 * test's setup (update-mime-database on the package we install). */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#define MIME_TYPE "application/x-power-triangle-workshop"

static char *
guess (const char *name,
       const char *data)
{
  gboolean uncertain = FALSE;

  return g_content_type_guess (name, (const guchar *) data, data != NULL ? strlen (data) : 0, &uncertain);
}

static void
test_by_name (void)
{
  g_autofree char *type = guess ("workshop.ptw", NULL);

  g_assert_cmpstr (type, ==, MIME_TYPE);
}

static void
test_by_content (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-sv.ptw", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *type = NULL;
  g_autofree char *plain = guess ("notes", "<?xml version=\"1.0\"?>\n<notes/>\n");

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  /* No extension to go by: only the content can tell. */
  type = guess ("renamed-workshop", contents);
  g_assert_cmpstr (type, ==, MIME_TYPE);
  /* Other XML stays other XML. */
  g_assert_cmpstr (plain, !=, MIME_TYPE);
}

static void
test_has_icon_and_description (void)
{
  g_autoptr(GIcon) icon = g_content_type_get_icon (MIME_TYPE);
  g_autofree char *description = g_content_type_get_description (MIME_TYPE);
  const char * const *names = g_themed_icon_get_names (G_THEMED_ICON (icon));

  g_assert_cmpstr (names[0], ==, "io.github.powertriangle.PowerTriangle-workshop");
  g_assert_cmpstr (description, ==, "Power Triangle workshop");
}

/* The desktop file and metainfo carry their Swedish, for a Swedish
 * desktop's launcher and software centre. */
static void
test_desktop_files_translated (void)
{
  g_autoptr(GKeyFile) desktop = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL, *comment = NULL, *metainfo = NULL;

  g_assert_true (g_key_file_load_from_file (desktop, g_getenv ("DESKTOP_FILE"), G_KEY_FILE_KEEP_TRANSLATIONS, &error));
  g_assert_no_error (error);
  name = g_key_file_get_locale_string (desktop, "Desktop Entry", "Name", "sv", NULL);
  comment = g_key_file_get_locale_string (desktop, "Desktop Entry", "Comment", "sv", NULL);
  g_assert_cmpstr (name, ==, "Makttriangeln");
  g_assert_true (g_str_has_prefix (comment, "Synliggör och balansera makt"));

  g_assert_true (g_file_get_contents (g_getenv ("METAINFO_FILE"), &metainfo, NULL, NULL));
  g_assert_nonnull (strstr (metainfo, "<summary xml:lang=\"sv\">Synliggör och balansera makt i samskapad vård</summary>"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mime/by-name", test_by_name);
  g_test_add_func ("/mime/by-content", test_by_content);
  g_test_add_func ("/mime/icon-and-description", test_has_icon_and_description);
  g_test_add_func ("/mime/desktop-files-translated", test_desktop_files_translated);

  return g_test_run ();
}
