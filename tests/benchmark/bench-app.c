/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-app.c — figures that need the app on a display: frames of the
 * real window (a drag, a zoom, a pointer event), and start-up to the first frame against a bare GTK
 * window's (both GSK_RENDERER=cairo under Xvfb, started side by side). */
#include "config.h"

#include <gtk/gtk.h>
#include <gdk/x11/gdkx.h>
#include <string.h>
#include <X11/extensions/XTest.h>

#include "bench.h"
#include "pt-application.h"
#include "pt-window.h"

typedef struct
{
  gint64  started;
  double  last_ms;
  gboolean painted;
} Frame;

static void
on_before_paint_cb (GdkFrameClock *clock,
                    Frame         *frame)
{
  frame->started = g_get_monotonic_time ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Frame         *frame)
{
  frame->last_ms = (g_get_monotonic_time () - frame->started) / 1000.0;
  frame->painted = TRUE;
}

static void
wait_for_paint (Frame *frame)
{
  frame->painted = FALSE;
  while (!frame->painted)
    g_main_context_iteration (NULL, TRUE);
}

/* Paints until the frame clock has painted, at most for a second; FALSE
 * if nothing was painted. */
static gboolean
wait_for_paint_at_most (Frame *frame)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC;

  frame->painted = FALSE;
  while (!frame->painted && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  return frame->painted;
}

static gboolean
on_settled_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Goes on handling events for ms milliseconds. */
static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_settled_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Where a point of the canvas is on the X screen. */
static void
screen_point (PtWindow *window,
              PtCanvas *canvas,
              double    canvas_x,
              double    canvas_y,
              int      *x,
              int      *y)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (canvas));
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (native)), child;
  graphene_point_t p;
  double sx, sy;
  int rx, ry;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (canvas), GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT ((float) canvas_x, (float) canvas_y), &p));
  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (display, xid, DefaultRootWindow (display), 0, 0, &rx, &ry, &child);
  *x = rx + (int) (p.x + sx);
  *y = ry + (int) (p.y + sy);
}

/* One pointer motion of a card drag, as the user's hand makes it: a real
 * X pointer event (XTest), through GDK, the drag gesture, the hit-test and
 * the canvas's invalidation, to the end of the frame it causes. */
static void
drag_event (PtWindow *window,
            PtCanvas *canvas,
            PtFactor *factor,
            Frame    *frame,
            guint     factors,
            guint     runs)
{
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  PtRect rect;
  double wx, wy;
  int x, y;

  pt_scene_get_card_rect (pt_canvas_get_scene (canvas), factor, &rect);
  pt_canvas_scene_to_widget (canvas, rect.x + rect.width / 2, rect.y + rect.height / 2, &wx, &wy);
  screen_point (window, canvas, wx, wy, &x, &y);
  XTestFakeMotionEvent (display, -1, x, y, CurrentTime);
  XTestFakeButtonEvent (display, 1, True, CurrentTime);
  XTestFakeMotionEvent (display, -1, x + 12, y + 12, CurrentTime);
  XFlush (display);
  wait_for_paint_at_most (frame);
  for (guint i = 0; i <= runs; i++)
    {
      gint64 sent;

      /* A pause after the last frame, as between a hand's movements: the
       * frame clock then paints as soon as asked, and the figure is the
       * work, not the wait for the next refresh. */
      settle (25);
      sent = g_get_monotonic_time ();
      XTestFakeMotionEvent (display, -1, x + 12 + (int) (i % 2 ? 7 : 0) + (int) (i % 30), y + 12, CurrentTime);
      XFlush (display);
      if (!wait_for_paint_at_most (frame))
        g_error ("a pointer motion of a drag caused no frame");
      if (i > 0)
        {
          double ms = (g_get_monotonic_time () - sent) / 1000.0;

          g_array_append_val (times, ms);
        }
    }
  XTestFakeButtonEvent (display, 1, False, CurrentTime);
  XFlush (display);
  wait_for_paint_at_most (frame);
  bench_report ("drag_event", factors, bench_median (times), "ms");
}

/* Figures of the real window at 1920×1080:
 *  drag_frame — the frame clock's paint (layout, snapshot, render) of a
 *    drag moved a pixel through the drag preview, as the gesture moves it;
 *    the first frame, which draws what stays still, is not among them;
 *  zoom_frame — the paint after the zoom changed, every run to a scale no
 *    earlier frame had: every card, link and label drawn anew;
 *  drag_event — see drag_event (). */
void
bench_window_frames (GFile *file,
                     guint  factors)
{
  PtApplication *app = pt_application_new ();
  PtWindow *window;
  PtCanvas *canvas;
  PtFactor *factor;
  GdkFrameClock *clock;
  Frame frame = { 0 };
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint runs = MAX (bench_runs (factors), 21);

  /* Beside the instances the start-up figure starts. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = pt_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  g_assert_true (pt_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), &frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &frame);
  canvas = pt_window_get_canvas (window);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  wait_for_paint (&frame);

  factor = g_ptr_array_index (pt_workshop_get_items (pt_window_get_workshop (window), PT_ITEM_KIND_FACTOR),
                              factors / 2);
  pt_canvas_select_factor (canvas, factor, FALSE);
  for (guint i = 0; i <= runs; i++)
    {
      pt_canvas_preview_move (canvas, i % 40, i % 40);
      wait_for_paint (&frame);
      if (i > 0)
        g_array_append_val (times, frame.last_ms);
    }
  bench_report ("drag_frame", factors, bench_median (times), "ms");
  pt_canvas_end_preview (canvas);
  wait_for_paint (&frame);

  g_array_set_size (times, 0);
  for (guint i = 0; i < runs; i++)
    {
      /* Zoomed out a little more each time: all of it in view. */
      pt_canvas_set_zoom_at (canvas, 1.0 - 0.004 * (i + 1), 960, 540);
      wait_for_paint (&frame);
      g_array_append_val (times, frame.last_ms);
    }
  bench_report ("zoom_frame", factors, bench_median (times), "ms");
  pt_canvas_zoom_fit (canvas);
  wait_for_paint (&frame);

  if (GDK_IS_X11_DISPLAY (gtk_widget_get_display (GTK_WIDGET (window))))
    drag_event (window, canvas, factor, &frame, factors, runs);
  else
    g_printerr ("drag_event needs X11 (XTest): left out\n");

  g_signal_handlers_disconnect_by_data (clock, &frame);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (app);
}

/* From starting the process to the end of the first frame that shows what
 * it must, as it reports (first-frame.c): what follows, quitting, is not
 * start-up. Each start gets an empty cache folder: no file kept by an
 * earlier start helps it. */
static double
time_to_first_frame (const char *const *argv,
                     char             **envp)
{
  g_autofree char *cache = g_dir_make_tmp ("pt-bench-cache-XXXXXX", NULL);
  g_auto(GStrv) env = g_environ_setenv (g_strdupv (envp), "XDG_CACHE_HOME", cache, TRUE);
  const char *rm[] = { "rm", "-rf", cache, NULL };
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *line;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("starting %s: %s", argv[0], error->message);
  line = out != NULL ? strstr (out, "first-frame-us=") : NULL;
  if (line == NULL)
    g_error ("%s did not report its first frame", argv[0]);
  g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  return (g_ascii_strtoll (line + strlen ("first-frame-us="), NULL, 10) - start) / 1000.0;
}

/* The app's first frame of the example against a bare GTK window's,
 * started in turns, 21 times each, so both see the same machine. */
void
bench_start_up (const char *app_path,
                const char *bare_path,
                const char *example,
                guint       factors,
                const char *data_home)
{
  const char *app_argv[] = { app_path, example, NULL };
  const char *bare_argv[] = { bare_path, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  double app, bare;

  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", TRUE);
  /* No recovery offer in front of the first window. */
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  for (guint i = 0; i < 21; i++)
    {
      double ms = time_to_first_frame (app_argv, envp);

      g_array_append_val (app_times, ms);
      ms = time_to_first_frame (bare_argv, envp);
      g_array_append_val (bare_times, ms);
    }
  app = bench_median (app_times);
  bare = bench_median (bare_times);
  bench_report ("start_up", factors, app, "ms");
  bench_report ("start_up_bare", 0, bare, "ms");
  bench_report ("start_up_vs_bare", factors, app / bare, "ratio");
}
