/* test-hostile.c — sizes nobody should use, met calmly: a factor of
 * 100,000 characters, a thousand factors added in one go and 10,000 opened
 * from a file, on screen (adding 10,000 one after another is quadratic in
 * GTK 4.8's accessibility layer, a known limit: see pt_canvas_set_workshop),
 * a window 20,000 pixels wide and one as small as it goes. Nothing crashes, nothing hangs (the
 * suite's timeout would say), and the window still answers. How fast is the
 * benchmark's business, not this test's. */
#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <math.h>

#include "pt-card.h"
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

/* Draws the window once, as the screen would. */
static void
draw (PtWindow *window)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  test_settle ();
  gtk_widget_snapshot_child (GTK_WIDGET (window), gtk_widget_get_first_child (GTK_WIDGET (window)), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
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
  /* The card keeps its size: six lines at most, the rest elided. */
  {
    double w, h;

    pt_scene_get_card_size (pt_canvas_get_scene (pt_window_get_canvas (window)), factor, &w, &h);
    g_assert_cmpfloat (h, <, 200);
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
      gtk_window_destroy (GTK_WINDOW (window));
    }
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
  return g_test_run ();
}
