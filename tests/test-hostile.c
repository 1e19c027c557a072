/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-hostile.c — sizes nobody should use, met calmly: a factor of
 * 100,000 characters, a thousand factors added in one go and 10,000 opened
 * from a file, on screen (adding 10,000 one after another is quadratic in
 * GTK 4.8's accessibility layer, a known limit: see pt_canvas_set_workshop),
 * a window 20,000 pixels wide and one as small as it goes. Nothing crashes, nothing hangs (the
 * suite's timeout would say), and the window still answers. How fast is the
 * benchmark's business, not this test's. */
#include "config.h"

#include <gio/gunixsocketaddress.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "pt-card.h"
#include "pt-geometry.h"
#include "pt-window.h"
#include "pt-writer.h"
#include "test-util.h"

static PtFactor *
add_factor (PtWorkshop *ws,
            const char *text,
            double      x,
            double      y)
{
  g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_FACTOR);
  g_autoptr(PtItem) factor = g_object_new (PT_TYPE_FACTOR, "id", id, "text", text,
                                           "dimension", PT_DIMENSION_RESOURCES, "x", x, "y", y, NULL);

  pt_workshop_add (ws, factor);
  return PT_FACTOR (factor);
}

/* Draws the window once, as the screen would, and checks the drawing: a
 * real one, of finite size, no larger than the window. */
static void
draw (PtWindow *window)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  graphene_rect_t bounds;

  test_settle ();
  gtk_widget_snapshot_child (GTK_WIDGET (window), gtk_widget_get_first_child (GTK_WIDGET (window)), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, &bounds);
  g_assert_true (isfinite (bounds.size.width) && isfinite (bounds.size.height));
  g_assert_cmpfloat (bounds.size.width, >, 0);
  g_assert_cmpfloat (bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)) + 64);
}

static void
test_huge_text (void)
{
  PtWindow *window = pt_window_new (test_app ());
  PtWorkshop *ws = pt_window_get_workshop (window);
  GString *text = g_string_new (NULL);
  PtFactor *factor;

  while (text->len < 100000)
    g_string_append (text, "Nobody listens to the residents. ");
  g_string_truncate (text, 100000);
  gtk_window_present (GTK_WINDOW (window));
  factor = add_factor (ws, text->str, 0.5, 0.3);
  g_assert_cmpuint (strlen (pt_factor_get_text (factor)), ==, 100000);
  pt_canvas_select_factor (pt_window_get_canvas (window), factor, FALSE);
  draw (window);
  /* The card keeps its size: six lines at most, the rest elided (at the
   * text scale the window's layout chose). */
  {
    PtScene *scene = pt_canvas_get_scene (pt_window_get_canvas (window));
    double w, h;

    pt_scene_get_card_size (scene, factor, &w, &h);
    g_assert_cmpfloat (h / pt_scene_get_text_scale (scene), <, 200);
  }
  /* Still answering: an edit goes through. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-polarity", NULL));
  g_assert_cmpint (pt_factor_get_polarity (factor), ==, PT_POLARITY_ENABLER);
  g_string_free (text, TRUE);
  pt_history_mark_clean (pt_workshop_get_history (ws));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_thousand_factors (void)
{
  PtWindow *window = pt_window_new (test_app ());
  PtWorkshop *ws = pt_window_get_workshop (window);
  PtFactor *last = NULL;

  gtk_window_present (GTK_WINDOW (window));
  pt_workshop_begin_group (ws, "many");
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Factor %u", i);

      last = add_factor (ws, text, 0.5, 0.3);
    }
  pt_workshop_end_group (ws);
  draw (window);
  g_assert_nonnull (pt_canvas_get_card (pt_window_get_canvas (window), last));
  /* One undo takes all of them away again. */
  g_assert_true (pt_history_undo (pt_workshop_get_history (ws)));
  g_assert_cmpuint (pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR)->len, ==, 0);
  draw (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opening a file of 10,000 factors in one corner puts 10,000 cards on
 * screen, in the workshop's order (Tab and drawing follow it), and closing
 * the window takes them away; under the accessibility bus, as a user has. */
static void
test_ten_thousand_opened (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autofree char *dir = g_dir_make_tmp ("pt-hostile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GPtrArray *factors;
  PtWindow *window;
  PtCanvas *canvas;
  GtkWidget *child;
  guint i = 0;

  for (guint n = 0; n < 10000; n++)
    {
      g_autofree char *text = g_strdup_printf ("Factor %u", n);

      add_factor (ws, text, 0.5, 0.3);
    }
  g_assert_true (pt_writer_save_file (ws, file, NULL, NULL, &error));
  g_assert_no_error (error);

  window = pt_window_new (test_app ());
  canvas = pt_window_get_canvas (window);
  gtk_window_present (GTK_WINDOW (window));
  draw (window);
  g_assert_true (pt_window_open_file (window, file));
  draw (window);
  factors = pt_workshop_get_items (pt_window_get_workshop (window), PT_ITEM_KIND_FACTOR);
  g_assert_cmpuint (factors->len, ==, 10000);
  for (child = gtk_widget_get_first_child (GTK_WIDGET (canvas)); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (PT_IS_CARD (child))
      {
        g_assert_true (child == pt_canvas_get_card (canvas, g_ptr_array_index (factors, i)));
        i++;
      }
  g_assert_cmpuint (i, ==, 10000);
  gtk_window_destroy (GTK_WINDOW (window));
  test_settle ();
  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_window_sizes (void)
{
  const int sizes[][2] = { { 20000, 800 }, { 1, 1 }, { 1280, 1 } };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      PtWindow *window = pt_window_new (test_app ());
      PtCanvas *canvas = pt_window_get_canvas (window);
      double x, y;

      g_assert_true (pt_window_open_file (window, file));
      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i][0], sizes[i][1]);
      gtk_window_present (GTK_WINDOW (window));
      draw (window);
      /* The view is a real one: finite, and the canvas answers. */
      pt_canvas_widget_to_scene (canvas, 10, 10, &x, &y);
      g_assert_true (isfinite (x) && isfinite (y));
      pt_canvas_zoom_in (canvas);
      pt_canvas_zoom_fit (canvas);
      draw (window);
      /* Fitted again, the triangle's top corner is inside the canvas, and
       * every card has a place of finite size. */
      {
        g_autoptr(GPtrArray) cards = test_widgets_of (canvas, PT_TYPE_CARD);
        PtRect scene;
        double wx, wy;

        pt_geometry_scene_bounds (&scene);
        pt_canvas_scene_to_widget (canvas, scene.x + scene.width / 2, scene.y, &wx, &wy);
        g_assert_true (isfinite (wx) && isfinite (wy));
        if (gtk_widget_get_width (GTK_WIDGET (canvas)) > 200 && gtk_widget_get_height (GTK_WIDGET (canvas)) > 200)
          {
            g_assert_cmpfloat (wx, >=, -0.5);
            g_assert_cmpfloat (wx, <=, gtk_widget_get_width (GTK_WIDGET (canvas)));
            g_assert_cmpfloat (wy, >=, -0.5);
            g_assert_cmpfloat (wy, <=, gtk_widget_get_height (GTK_WIDGET (canvas)));
          }
        g_assert_cmpuint (cards->len, ==, 16);
        for (guint c = 0; c < cards->len; c++)
          {
            graphene_rect_t box;

            if (gtk_widget_compute_bounds (g_ptr_array_index (cards, c), GTK_WIDGET (canvas), &box))
              g_assert_true (isfinite (box.size.width) && isfinite (box.origin.x) && box.size.width >= 0);
          }
      }
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Runs the main loop until the window is done reading, at most seconds;
 * how many of its 20 ms ticks a timer got meanwhile says whether the
 * window answered. */
static gboolean
on_tick_cb (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Files that would stop a reader, opened in the window: each is refused
 * with a message in the window, while the window goes on answering. */
static void
test_hostile_files_in_window (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pt-hostile-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "x.ptw", NULL);
  g_autofree char *attrs = g_build_filename (dir, "attributes.ptw", NULL);
  g_autoptr(GString) flood = g_string_new ("<?xml version=\"1.0\"?>\n<workshop version=\"1.0\" "
                                           "xmlns=\"https://powertriangle.github.io/ns/workshop/1\"><metadata");
  g_autofree char *socket_path = g_build_filename (dir, "socket.ptw", NULL);
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_DEFAULT, NULL);
  g_autoptr(GSocketAddress) address = g_unix_socket_address_new (socket_path);
  const char *paths[] = { fifo, attrs, "/dev/zero", socket_path };
  const char *messages[] = { "not a workshop file", "more than 100 attributes", "not a workshop file",
                             "not a workshop file" };

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (flood, " a%u=\"x\"", i);
  g_string_append (flood, "/></workshop>");
  g_assert_true (g_file_set_contents (attrs, flood->str, (gssize) flood->len, NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_true (g_socket_bind (socket, address, TRUE, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      PtWindow *window = pt_window_new (test_app ());
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      guint ticks = 0, tick = g_timeout_add (20, on_tick_cb, &ticks);

      gtk_window_present (GTK_WINDOW (window));
      pt_window_load_file (window, file);
      while (pt_window_is_loading (window) && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      g_source_remove (tick);
      g_assert_false (pt_window_is_loading (window));
      g_assert_nonnull (pt_window_get_error (window));
      g_assert_nonnull (strstr (pt_window_get_error (window), messages[i]));
      g_assert_true (pt_window_is_pristine (window));
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_unlink (fifo);
  g_unlink (attrs);
  g_unlink (socket_path);
  g_rmdir (dir);
}

/* The largest workshop a file may hold (100,000 factors, near the size
 * cap) is read while the window answers: after half a second a bar says
 * so, with Cancel; cancelled, the window keeps what it showed. */
static void
test_load_in_background (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pt-big-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<workshop version=\"1.0\" "
                                         "xmlns=\"https://powertriangle.github.io/ns/workshop/1\">\n"
                                         "<metadata><title>Big</title></metadata>\n<factors>\n");
  g_autoptr(GFile) example = test_example_file ();
  PtWindow *window = pt_window_new (test_app ());
  GtkWidget *bar = NULL;
  guint ticks = 0, tick;
  gint64 started, deadline;
  gboolean bar_seen = FALSE;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (xml, "<factor id=\"f%u\" dimension=\"contexts\" polarity=\"enabler\" x=\"0.5\" "
                            "y=\"0.5\"><text>Factor %u, whose text goes on for a while so that the file "
                            "is large: staff, residents and relatives all have their say</text>"
                            "<notes>And notes, at some length, as a facilitator keeps them.</notes>"
                            "</factor>\n", i, i);
  g_string_append (xml, "</factors>\n</workshop>\n");
  g_assert_cmpuint (xml->len, <, 32 * 1024 * 1024);
  g_assert_true (g_file_set_contents (path, xml->str, (gssize) xml->len, NULL));

  g_assert_true (pt_window_open_file (window, example));
  gtk_window_present (GTK_WINDOW (window));
  test_settle ();
  tick = g_timeout_add (20, on_tick_cb, &ticks);
  started = g_get_monotonic_time ();
  deadline = started + 20 * G_USEC_PER_SEC;
  pt_window_load_file (window, file);
  g_assert_true (pt_window_is_loading (window));
  g_assert_null (pt_window_get_error (window));

  while (pt_window_is_loading (window) && g_get_monotonic_time () < deadline)
    {
      g_autoptr(GPtrArray) bars = test_widgets_of (window, GTK_TYPE_INFO_BAR);

      g_main_context_iteration (NULL, TRUE);
      for (guint i = 0; i < bars->len; i++)
        {
          GtkWidget *b = g_ptr_array_index (bars, i);
          g_autoptr(GPtrArray) progress = test_widgets_of (b, GTK_TYPE_PROGRESS_BAR);

          if (progress->len > 0 && gtk_widget_get_visible (b))
            bar = b;
        }
      if (bar != NULL && !bar_seen)
        {
          /* Not before half a second. */
          g_assert_cmpint (g_get_monotonic_time () - started, >=, 450 * 1000);
          bar_seen = TRUE;
          /* The window answered all the while: its 20 ms timer ran. */
          g_assert_cmpuint (ticks, >=, 10);
          test_click_button_with_tooltip (bar, "Stop opening the file; the window keeps what it shows");
        }
    }
  g_source_remove (tick);
  g_assert_true (bar_seen);
  g_assert_false (pt_window_is_loading (window));
  g_assert_false (gtk_widget_get_visible (bar));
  /* Cancelled: the example is still there, and no error is shown. */
  g_assert_cmpstr (pt_workshop_get_title (pt_window_get_workshop (window)), ==,
                   "Co-production at Lindgården care home");
  g_assert_null (pt_window_get_error (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/huge-text", test_huge_text);
  g_test_add_func ("/hostile/thousand-factors", test_thousand_factors);
  g_test_add_func ("/hostile/ten-thousand-opened", test_ten_thousand_opened);
  g_test_add_func ("/hostile/window-sizes", test_window_sizes);
  g_test_add_func ("/hostile/files-in-window", test_hostile_files_in_window);
  g_test_add_func ("/hostile/load-in-background", test_load_in_background);
  return g_test_run ();
}
