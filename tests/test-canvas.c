/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-canvas.c — the canvas under Xvfb: the view transform agrees with
 * hit-testing at any size and zoom, drops change dimensions as one undo
 * step, and links come and go with undo. */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "pt-canvas.h"
#include "pt-reader.h"

typedef struct
{
  GtkWidget  *window;
  PtCanvas   *canvas;
  PtWorkshop *workshop;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  f->workshop = pt_reader_load_file (file, NULL, NULL);
  g_assert_nonnull (f->workshop);
  f->window = gtk_window_new ();
  f->canvas = PT_CANVAS (pt_canvas_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->canvas));
  pt_canvas_set_workshop (f->canvas, f->workshop);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->workshop);
}

static guint
n_steps (Fixture *f)
{
  return pt_history_get_n_steps (pt_workshop_get_history (f->workshop));
}

/* At every size and zoom, each card's widget sits where the view puts its
 * scene rectangle, and the point at its centre hits that very card. */
static void
test_hit_testing_at_sizes_and_zooms (Fixture       *f,
                                     gconstpointer  data)
{
  const int sizes[][2] = { { 1280, 720 }, { 1920, 1080 }, { 640, 900 }, { 300, 200 } };
  const double zooms[] = { 1.0, 2.5, 0.5 };
  GPtrArray *factors = pt_workshop_get_items (f->workshop, PT_ITEM_KIND_FACTOR);
  PtScene *scene = pt_canvas_get_scene (f->canvas);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
      {
        gtk_widget_size_allocate (GTK_WIDGET (f->canvas),
                                  &(GtkAllocation) { 0, 0, sizes[s][0], sizes[s][1] }, -1);
        pt_canvas_set_zoom_at (f->canvas, zooms[z], sizes[s][0] / 3.0, sizes[s][1] / 3.0);
        gtk_widget_size_allocate (GTK_WIDGET (f->canvas),
                                  &(GtkAllocation) { 0, 0, sizes[s][0], sizes[s][1] }, -1);

        for (guint i = 0; i < factors->len; i++)
          {
            PtFactor *factor = g_ptr_array_index (factors, i);
            GtkWidget *card = pt_canvas_get_card (f->canvas, factor);
            graphene_rect_t bounds;
            PtRect rect;
            double cx, cy, wx, wy, sx, sy;

            pt_scene_get_card_rect (scene, factor, &rect);
            cx = rect.x + rect.width / 2;
            cy = rect.y + rect.height / 2;
            pt_canvas_scene_to_widget (f->canvas, cx, cy, &wx, &wy);
            pt_canvas_widget_to_scene (f->canvas, wx, wy, &sx, &sy);
            g_assert_cmpfloat_with_epsilon (sx, cx, 1e-6);
            g_assert_cmpfloat_with_epsilon (sy, cy, 1e-6);

            g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (f->canvas), &bounds));
            g_assert_cmpfloat (fabs (bounds.origin.x + bounds.size.width / 2 - wx), <=, 1.0);
            g_assert_cmpfloat (fabs (bounds.origin.y + bounds.size.height / 2 - wy), <=, 1.0);

            /* The centre hits this card, unless another card lies on top. */
            {
              PtFactor *hit = pt_scene_card_at (scene, sx, sy);
              guint hit_index;

              g_assert_nonnull (hit);
              g_assert_true (g_ptr_array_find (factors, hit, &hit_index));
              g_assert_cmpuint (hit_index, >=, i);
            }
          }
        /* The view zooms round the point it was asked to. */
        g_assert_cmpfloat_with_epsilon (pt_canvas_get_zoom (f->canvas), zooms[z], 1e-9);
      }
  pt_canvas_zoom_fit (f->canvas);
  g_assert_cmpfloat (pt_canvas_get_zoom (f->canvas), ==, 1.0);
}

/* A drag of two cards over the border into another dimension: both change
 * dimension, land inside it, and one undo takes the whole drag back. */
static void
test_drop_across_border_is_one_step (Fixture       *f,
                                     gconstpointer  data)
{
  PtFactor *a = pt_workshop_lookup_factor (f->workshop, "f1");
  PtFactor *b = pt_workshop_lookup_factor (f->workshop, "f2");
  PtScene *scene = pt_canvas_get_scene (f->canvas);
  g_autoptr(GPtrArray) dragged = g_ptr_array_new ();
  PtRect ra;
  guint steps = n_steps (f);
  double dx, dy;

  g_ptr_array_add (dragged, a);
  g_ptr_array_add (dragged, b);
  pt_scene_get_card_rect (scene, a, &ra);
  /* From the Resources corner down into the Contexts corner. */
  dx = 850 - (ra.x + ra.width / 2);
  dy = 800 - (ra.y + ra.height / 2);
  pt_canvas_move_factors (f->canvas, dragged, dx, dy);

  g_assert_cmpint (pt_factor_get_dimension (a), ==, PT_DIMENSION_CONTEXTS);
  g_assert_cmpint (pt_factor_get_dimension (b), ==, PT_DIMENSION_CONTEXTS);
  g_assert_cmpuint (n_steps (f), ==, steps + 1);
  {
    PtRect r;

    pt_scene_get_card_rect (scene, a, &r);
    g_assert_cmpint (pt_geometry_zone_at (r.x, r.y + r.height - 1), ==, PT_ZONE_CONTEXTS);
    g_assert_cmpint (pt_geometry_zone_at (r.x + r.width - 1, r.y), ==, PT_ZONE_CONTEXTS);
  }

  g_assert_true (pt_history_undo (pt_workshop_get_history (f->workshop)));
  g_assert_cmpint (pt_factor_get_dimension (a), ==, PT_DIMENSION_RESOURCES);
  g_assert_cmpint (pt_factor_get_dimension (b), ==, PT_DIMENSION_RESOURCES);

  /* Out of the triangle, to the right: Contexts while the tray is
   * collapsed (nothing unplaced), the tray once it shows. */
  pt_canvas_move_factors (f->canvas, dragged, 1250 - (ra.x + ra.width / 2), 0);
  g_assert_cmpint (pt_factor_get_dimension (a), ==, PT_DIMENSION_CONTEXTS);
  g_assert_true (pt_history_undo (pt_workshop_get_history (f->workshop)));
  pt_canvas_select_factor (f->canvas, b, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.move-to", "i", PT_DIMENSION_UNPLACED));
  g_assert_true (pt_scene_get_show_tray (scene));
  g_ptr_array_remove (dragged, b);
  pt_scene_get_card_rect (scene, a, &ra);
  pt_canvas_move_factors (f->canvas, dragged, 1250 - (ra.x + ra.width / 2), 0);
  g_assert_cmpint (pt_factor_get_dimension (a), ==, PT_DIMENSION_UNPLACED);
}

static void
test_keyboard_edits (Fixture       *f,
                     gconstpointer  data)
{
  PtFactor *factor = pt_workshop_lookup_factor (f->workshop, "f12");
  GtkWidget *canvas = GTK_WIDGET (f->canvas);
  double x = pt_factor_get_x (factor);
  PtPolarity polarity = pt_factor_get_polarity (factor);
  guint steps;

  pt_canvas_select_factor (f->canvas, factor, FALSE);
  steps = n_steps (f);

  /* Arrow keys nudge, each press one step. */
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.nudge", "(ii)", -1, 0));
  g_assert_cmpfloat (pt_factor_get_x (factor), <, x);
  g_assert_cmpuint (n_steps (f), ==, steps + 1);

  g_assert_true (gtk_widget_activate_action (canvas, "canvas.toggle-polarity", NULL));
  g_assert_cmpint (pt_factor_get_polarity (factor), !=, polarity);

  g_assert_true (gtk_widget_activate_action (canvas, "canvas.move-to", "i", PT_DIMENSION_UNPLACED));
  g_assert_cmpint (pt_factor_get_dimension (factor), ==, PT_DIMENSION_UNPLACED);
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.move-to", "i", PT_DIMENSION_RESOURCES));
  g_assert_cmpint (pt_factor_get_dimension (factor), ==, PT_DIMENSION_RESOURCES);
  g_assert_cmpuint (n_steps (f), ==, steps + 4);

  /* Delete takes the factor and its links; one undo brings all back. */
  {
    guint links = pt_workshop_get_items (f->workshop, PT_ITEM_KIND_LINK)->len;

    g_assert_true (gtk_widget_activate_action (canvas, "canvas.delete", NULL));
    g_assert_null (pt_workshop_lookup (f->workshop, "f12"));
    g_assert_cmpuint (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_LINK)->len, ==, links - 1);
    g_assert_cmpuint (pt_canvas_get_selection (f->canvas)->len, ==, 0);
    g_assert_true (pt_history_undo (pt_workshop_get_history (f->workshop)));
    g_assert_true (pt_workshop_lookup_factor (f->workshop, "f12") == factor);
    g_assert_cmpuint (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_LINK)->len, ==, links);
    g_assert_nonnull (pt_canvas_get_card (f->canvas, factor));
  }
}

static void
test_links_with_undo (Fixture       *f,
                      gconstpointer  data)
{
  PtFactor *a = pt_workshop_lookup_factor (f->workshop, "f3");
  PtFactor *b = pt_workshop_lookup_factor (f->workshop, "f16");
  GtkWidget *canvas = GTK_WIDGET (f->canvas);
  guint links = pt_workshop_get_items (f->workshop, PT_ITEM_KIND_LINK)->len;
  PtLink *link;

  g_assert_null (pt_canvas_link_factors (f->canvas, a, a));
  link = pt_canvas_link_factors (f->canvas, a, b);
  g_assert_nonnull (link);
  g_assert_cmpstr (pt_link_get_from (link), ==, "f3");
  g_assert_cmpstr (pt_link_get_to (link), ==, "f16");
  g_assert_true (pt_canvas_get_selected_link (f->canvas) == link);
  g_assert_cmpuint (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_LINK)->len, ==, links + 1);

  /* The selected link is deleted with Delete; undo brings it back. */
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.delete", NULL));
  g_assert_cmpuint (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_LINK)->len, ==, links);
  g_assert_true (pt_history_undo (pt_workshop_get_history (f->workshop)));
  g_assert_cmpuint (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_LINK)->len, ==, links + 1);
  g_assert_true (pt_history_undo (pt_workshop_get_history (f->workshop)));
  g_assert_cmpuint (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_LINK)->len, ==, links);

  /* By keyboard: L, an arrow to choose, Enter. */
  pt_canvas_select_factor (f->canvas, a, FALSE);
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.link", NULL));
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.nudge", "(ii)", 1, 0));
  g_assert_true (gtk_widget_activate_action (canvas, "canvas.activate", NULL));
  g_assert_cmpuint (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_LINK)->len, ==, links + 1);
  link = pt_canvas_get_selected_link (f->canvas);
  g_assert_nonnull (link);
  g_assert_cmpstr (pt_link_get_from (link), ==, "f3");
  g_assert_cmpstr (pt_link_get_to (link), ==, "f4");   /* the next card after f3 */
}

static void
test_duplicate_finds_free_space (Fixture       *f,
                                 gconstpointer  data)
{
  PtFactor *factor = pt_workshop_lookup_factor (f->workshop, "f5");
  PtScene *scene = pt_canvas_get_scene (f->canvas);
  GPtrArray *selection;
  PtFactor *copy;
  PtRect original, duplicate;

  pt_canvas_select_factor (f->canvas, factor, FALSE);
  pt_canvas_duplicate_selection (f->canvas);
  selection = pt_canvas_get_selection (f->canvas);
  g_assert_cmpuint (selection->len, ==, 1);
  copy = g_ptr_array_index (selection, 0);
  g_assert_true (copy != factor);
  g_assert_cmpstr (pt_factor_get_text (copy), ==, pt_factor_get_text (factor));
  g_assert_cmpint (pt_factor_get_dimension (copy), ==, pt_factor_get_dimension (factor));
  pt_scene_get_card_rect (scene, factor, &original);
  pt_scene_get_card_rect (scene, copy, &duplicate);
  g_assert_cmpfloat (pt_rect_overlap_area (&original, &duplicate), <, original.width * original.height / 2);
}

/* The canvas as the screen shows it: its pixels, 4 bytes each (B G R A). */
static guchar *
render_canvas (Fixture *f,
               int     *width,
               int     *height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (f->canvas));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *pixels;

  *width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  *height = gtk_widget_get_height (GTK_WIDGET (f->canvas));
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (f->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, pixels, *width * 4);
  return pixels;
}

/* How much of rect (widget pixels) has colour c, give or take a little. */
static double
share_of_colour (const guchar          *pixels,
                 int                    width,
                 const graphene_rect_t *rect,
                 const PtColor         *c)
{
  guint matching = 0, all = 0;

  for (int y = (int) rect->origin.y + 4; y < (int) (rect->origin.y + rect->size.height) - 4; y++)
    for (int x = (int) rect->origin.x + 4; x < (int) (rect->origin.x + rect->size.width) - 4; x++)
      {
        const guchar *p = pixels + ((gsize) y * width + x) * 4;

        all++;
        if (ABS (p[2] - c->r * 255) < 8 && ABS (p[1] - c->g * 255) < 8 && ABS (p[0] - c->b * 255) < 8)
          matching++;
      }
  return all > 0 ? (double) matching / all : 0;
}

/* Until the window is on screen and has drawn what was asked. */
static void
wait_for_frames (Fixture *f)
{
  for (int i = 0; i < 500 && !gtk_widget_get_mapped (f->window); i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  for (int i = 0; i < 20; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

/* A place on the canvas w wide and h high that no card's rectangle
 * touches (with some air), found by scanning: the layout fills the
 * triangle, so where the empty space is depends on the window. */
static gboolean
find_empty_spot (Fixture *f,
                 double   w,
                 double   h,
                 double  *x,
                 double  *y)
{
  GPtrArray *factors = pt_workshop_get_items (f->workshop, PT_ITEM_KIND_FACTOR);
  int width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (f->canvas));

  for (double sy = 8; sy + h + 8 < height; sy += 8)
    for (double sx = 8; sx + w + 8 < width; sx += 8)
      {
        graphene_rect_t spot = GRAPHENE_RECT_INIT (sx - 8, sy - 8, w + 16, h + 16), card;
        gboolean free = TRUE;

        for (guint i = 0; i < factors->len && free; i++)
          free = !(gtk_widget_compute_bounds (pt_canvas_get_card (f->canvas, g_ptr_array_index (factors, i)),
                                              GTK_WIDGET (f->canvas), &card) &&
                   graphene_rect_intersection (&spot, &card, NULL));
        if (free)
          {
            *x = sx;
            *y = sy;
            return TRUE;
          }
      }
  return FALSE;
}

/* A drag draws what stays still once, and the moving card over it: the
 * card shows where it is dragged to and no longer where it was, the rest
 * stays, and the drop target lights up; ending the preview puts it back. */
static void
test_drag_draws_the_moving_card (Fixture       *f,
                                 gconstpointer  data)
{
  PtFactor *moving = pt_workshop_lookup_factor (f->workshop, "f1");
  PtFactor *staying = pt_workshop_lookup_factor (f->workshop, "f12");
  const PtColor *fill = &pt_palette_normal.barrier_fill;
  graphene_rect_t from, to, other;
  g_autofree guchar *before = NULL, *during = NULL, *after = NULL;
  int width, height;
  double spot_x = 0, spot_y = 0;

  g_assert_cmpint (pt_factor_get_polarity (moving), ==, PT_POLARITY_BARRIER);
  g_assert_cmpint (pt_factor_get_polarity (staying), ==, PT_POLARITY_BARRIER);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_frames (f);
  g_assert_true (gtk_widget_compute_bounds (pt_canvas_get_card (f->canvas, moving), GTK_WIDGET (f->canvas), &from));
  g_assert_true (gtk_widget_compute_bounds (pt_canvas_get_card (f->canvas, staying), GTK_WIDGET (f->canvas), &other));
  before = render_canvas (f, &width, &height);
  g_assert_cmpfloat (share_of_colour (before, width, &from, fill), >, 0.3);

  /* Into empty space, room for the card three times over below. */
  g_assert_true (find_empty_spot (f, from.size.width, 3 * from.size.height, &spot_x, &spot_y));
  pt_canvas_select_factor (f->canvas, moving, FALSE);
  pt_canvas_preview_move (f->canvas, spot_x - from.origin.x, spot_y - from.origin.y);
  wait_for_frames (f);
  g_assert_true (gtk_widget_compute_bounds (pt_canvas_get_card (f->canvas, moving), GTK_WIDGET (f->canvas), &to));
  g_assert_false (graphene_rect_intersection (&from, &to, NULL));
  during = render_canvas (f, &width, &height);
  g_assert_cmpfloat (share_of_colour (during, width, &to, fill), >, 0.3);
  g_assert_cmpfloat (share_of_colour (during, width, &from, fill), <, share_of_colour (before, width, &from, fill) / 2);
  g_assert_cmpfloat (share_of_colour (during, width, &other, fill), >, 0.3);
  /* A second frame of the same drag, further down: only drawn further on,
   * the card is seen there and no longer where the first frame had it. */
  pt_canvas_preview_move (f->canvas, spot_x - from.origin.x, spot_y - from.origin.y + 2 * to.size.height);
  wait_for_frames (f);
  g_free (during);
  during = render_canvas (f, &width, &height);
  g_assert_cmpfloat (share_of_colour (during, width, &other, fill), >, 0.3);
  g_assert_cmpfloat (share_of_colour (during, width, &to, fill), <, 0.1);
  to.origin.y += 2 * to.size.height;
  g_assert_cmpfloat (share_of_colour (during, width, &to, fill), >, 0.3);

  pt_canvas_end_preview (f->canvas);
  wait_for_frames (f);
  after = render_canvas (f, &width, &height);
  g_assert_cmpfloat (share_of_colour (after, width, &from, fill), >, 0.3);
  /* Only a preview: the factor did not move. */
  g_assert_cmpuint (n_steps (f), ==, 0);
}

/* Large text makes cards and the triangle larger together (no new
 * overlaps), and the card that takes the focus is scrolled into view. */
static void
test_large_text (Fixture       *f,
                 gconstpointer  data)
{
  GPtrArray *factors = pt_workshop_get_items (f->workshop, PT_ITEM_KIND_FACTOR);
  int width, height;
  double usual;
  guint outside = 0;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_frames (f);
  usual = pt_canvas_get_card_font_px (f->canvas);
  pt_canvas_set_text_scale (f->canvas, 2.0);
  wait_for_frames (f);
  g_assert_cmpfloat_with_epsilon (pt_canvas_get_card_font_px (f->canvas), 2 * usual, 0.01);
  width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  height = gtk_widget_get_height (GTK_WIDGET (f->canvas));

  for (guint i = 0; i < factors->len; i++)
    {
      GtkWidget *card = pt_canvas_get_card (f->canvas, g_ptr_array_index (factors, i));
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (f->canvas), &bounds));
      if (bounds.origin.x >= 0 && bounds.origin.y >= 0 && bounds.origin.x + bounds.size.width <= width &&
          bounds.origin.y + bounds.size.height <= height)
        continue;
      /* Out of view: focusing it brings it in. */
      outside++;
      g_assert_true (gtk_widget_grab_focus (card));
      wait_for_frames (f);
      g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (f->canvas), &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, height);
    }
  /* At twice the size, the example does not fit the window. */
  g_assert_cmpuint (outside, >, 0);
}

/* Leaving presentation gives back the editing view's cards exactly: the
 * board made them wider, shorter and one line high, which stayed until the
 * file was opened again. */
static void
test_leaving_presentation_restores (Fixture       *f,
                                    gconstpointer  data)
{
  GPtrArray *factors = pt_workshop_get_items (f->workshop, PT_ITEM_KIND_FACTOR);
  PtScene *scene = pt_canvas_get_scene (f->canvas);
  g_autofree PtRect *before = g_new (PtRect, factors->len);
  guint changed = 0;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_widget_size_allocate (GTK_WIDGET (f->canvas), &(GtkAllocation) { 0, 0, 1280, 720 }, -1);
  for (guint i = 0; i < factors->len; i++)
    pt_scene_get_card_rect (scene, g_ptr_array_index (factors, i), &before[i]);

  pt_canvas_set_presenting (f->canvas, TRUE);
  gtk_widget_size_allocate (GTK_WIDGET (f->canvas), &(GtkAllocation) { 0, 0, 1280, 720 }, -1);
  for (guint i = 0; i < factors->len; i++)
    {
      PtRect during;

      pt_scene_get_card_rect (scene, g_ptr_array_index (factors, i), &during);
      changed += during.width != before[i].width || during.height != before[i].height;
    }
  /* The board did lay the cards out otherwise. */
  g_assert_cmpuint (changed, >, 0);

  pt_canvas_set_presenting (f->canvas, FALSE);
  gtk_widget_size_allocate (GTK_WIDGET (f->canvas), &(GtkAllocation) { 0, 0, 1280, 720 }, -1);
  for (guint i = 0; i < factors->len; i++)
    {
      PtRect after;

      pt_scene_get_card_rect (scene, g_ptr_array_index (factors, i), &after);
      g_assert_cmpfloat_with_epsilon (after.x, before[i].x, 1e-9);
      g_assert_cmpfloat_with_epsilon (after.y, before[i].y, 1e-9);
      g_assert_cmpfloat_with_epsilon (after.width, before[i].width, 1e-9);
      g_assert_cmpfloat_with_epsilon (after.height, before[i].height, 1e-9);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/canvas/hit-testing-at-sizes-and-zooms", Fixture, NULL,
              fixture_set_up, test_hit_testing_at_sizes_and_zooms, fixture_tear_down);
  g_test_add ("/canvas/drop-across-border-is-one-step", Fixture, NULL,
              fixture_set_up, test_drop_across_border_is_one_step, fixture_tear_down);
  g_test_add ("/canvas/keyboard-edits", Fixture, NULL,
              fixture_set_up, test_keyboard_edits, fixture_tear_down);
  g_test_add ("/canvas/links-with-undo", Fixture, NULL,
              fixture_set_up, test_links_with_undo, fixture_tear_down);
  g_test_add ("/canvas/duplicate-finds-free-space", Fixture, NULL,
              fixture_set_up, test_duplicate_finds_free_space, fixture_tear_down);
  g_test_add ("/canvas/drag-draws-the-moving-card", Fixture, NULL,
              fixture_set_up, test_drag_draws_the_moving_card, fixture_tear_down);
  g_test_add ("/canvas/large-text", Fixture, NULL,
              fixture_set_up, test_large_text, fixture_tear_down);
  g_test_add ("/canvas/leaving-presentation-restores", Fixture, NULL,
              fixture_set_up, test_leaving_presentation_restores, fixture_tear_down);

  return g_test_run ();
}
