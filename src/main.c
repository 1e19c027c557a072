/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c — sets up translations and hands over to PtApplication. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pt-application.h"
#include "pt-settings.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PtApplication) app = NULL;
  const char *localedir = g_getenv ("POWER_TRIANGLE_LOCALEDIR");

  /* `meson devenv` points this at the build tree, so an uninstalled build
   * speaks the user's language too. */
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  pt_language_apply_setting (pt_settings_get ());
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pt_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
