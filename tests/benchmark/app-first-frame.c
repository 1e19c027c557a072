/* SPDX-License-Identifier: GPL-3.0-or-later */
/* app-first-frame.c — the app as the start-up figure runs it: main.c's
 * start, the same PtApplication, quitting after the first frame that shows
 * the workshop named on the command line (read in the background). */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "first-frame.h"
#include "pt-application.h"
#include "pt-settings.h"
#include "pt-window.h"

static gboolean
shows_its_file (GtkWindow *window)
{
  return pt_window_get_file (PT_WINDOW (window)) != NULL && !pt_window_is_loading (PT_WINDOW (window));
}

static void
on_window_added_cb (GtkApplication *app,
                    GtkWindow      *window)
{
  g_signal_handlers_disconnect_by_func (app, on_window_added_cb, NULL);
  if (PT_IS_WINDOW (window))
    bench_quit_after_first_frame (window, shows_its_file);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PtApplication) app = NULL;
  const char *localedir = g_getenv ("POWER_TRIANGLE_LOCALEDIR");

  setlocale (LC_ALL, "");
  pt_language_apply_setting (pt_settings_get ());
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pt_application_new ();
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
