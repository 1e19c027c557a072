/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bare-window.c — the start-up figure's yardstick: an empty GTK window the
 * size of the app's, quitting after its first frame as the app's launcher
 * does. */
#include "config.h"

#include <gtk/gtk.h>

#include "first-frame.h"

static void
on_activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  bench_quit_after_first_frame (GTK_WINDOW (window), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.powertriangle.BareWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
