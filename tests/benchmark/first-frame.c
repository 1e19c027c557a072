/* SPDX-License-Identifier: GPL-3.0-or-later */
/* first-frame.c — see first-frame.h. GTK only, so the bare window builds
 * it without the rest of the app. */
#include "config.h"

#include <stdio.h>

#include "first-frame.h"

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWindow     *window)
{
  BenchReadyFunc ready = g_object_get_data (G_OBJECT (window), "bench-ready");

  if (ready != NULL && !ready (window))
    return;
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  /* The monotonic clock is the system's: the benchmark compares it with
   * its own, from when it started this process. */
  printf ("first-frame-us=%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_application_quit (g_application_get_default ());
}

static void
on_realize_cb (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_after_paint_cb), window, 0);
}

/* Quits after the first frame at which ready (NULL: any) says the window
 * shows what it must. */
void
bench_quit_after_first_frame (GtkWindow      *window,
                              BenchReadyFunc  ready)
{
  g_object_set_data (G_OBJECT (window), "bench-ready", ready);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
}
