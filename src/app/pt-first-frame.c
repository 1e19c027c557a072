/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-first-frame.c — see pt-first-frame.h. GTK only, so the benchmark's
 * bare window builds it without the rest of the app. */
#include "config.h"

#include <stdio.h>

#include "pt-first-frame.h"

typedef struct
{
  PtFirstFrameFunc func;
  GtkWindow       *window;
} Waiter;

static void
free_waiter (gpointer  waiter,
             GClosure *closure)
{
  g_free (waiter);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Waiter        *waiter)
{
  PtFirstFrameFunc func = waiter->func;
  GtkWindow *window = waiter->window;

  /* Frees the waiter. */
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, waiter);
  func (window);
}

/* Each connection owns its waiter, so one that never fires (a window gone
 * before it was shown) frees it too. */
static void
on_realize_cb (GtkWidget *window,
               Waiter    *waiter)
{
  g_signal_connect_data (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint_cb),
                         g_memdup2 (waiter, sizeof *waiter), free_waiter, 0);
  /* Frees the waiter. */
  g_signal_handlers_disconnect_by_func (window, on_realize_cb, waiter);
}

/* Calls @func once, when @window's first frame is painted (or its next,
 * if it has shown one already). */
void
pt_first_frame_connect (GtkWindow        *window,
                        PtFirstFrameFunc  func)
{
  Waiter *waiter;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (func != NULL);

  waiter = g_new (Waiter, 1);
  waiter->func = func;
  waiter->window = window;
  g_signal_connect_data (window, "realize", G_CALLBACK (on_realize_cb), waiter, free_waiter, 0);
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_realize_cb (GTK_WIDGET (window), waiter);
}

static void
quit (GtkWindow *window)
{
  /* The monotonic clock is the system's: the benchmark compares it with
   * its own, from when it started this process. */
  printf ("first-frame-us=%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_application_quit (g_application_get_default ());
}

void
pt_quit_after_first_frame (GtkWindow *window)
{
  pt_first_frame_connect (window, quit);
}
