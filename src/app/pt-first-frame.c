/* pt-first-frame.c — see pt-first-frame.h. GTK only, so the benchmark's
 * bare window builds it without the rest of the app. */
#include "config.h"

#include <stdio.h>

#include "pt-first-frame.h"

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWidget     *window)
{
  /* The monotonic clock is the system's: the benchmark compares it with
   * its own, from when it started this process. */
  printf ("first-frame-us=%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  g_application_quit (g_application_get_default ());
}

static void
on_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint_cb), window);
}

void
pt_quit_after_first_frame (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_realize_cb (GTK_WIDGET (window));
  else
    g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
}
