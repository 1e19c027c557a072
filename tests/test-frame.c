/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-frame.c — what makes a full frame fast must not change what it
 * shows: the scene says after every kind of change that a picture kept of
 * it is out of date, a card's picture is made again when it must be, the
 * covered pixels (PtCover) are those
 * a plain region holds, and cards left out under others would not have
 * shown. Without a display.
 */
#include "config.h"

#include <math.h>

#include "pt-cover.h"
#include "pt-card-pictures.h"
#include "pt-scene.h"
#include "test-render-util.h"

#define WIDTH 960
#define HEIGHT 540

/* A factor in the resources corner, where piles are made here. */
static PtFactor *
add_factor (PtWorkshop *ws,
            const char *text,
            PtPolarity  polarity,
            double      x,
            double      y)
{
  return test_add_factor (ws, text, PT_DIMENSION_RESOURCES, polarity, x, y);
}

static PtLink *
add_link (PtWorkshop *ws,
          PtFactor   *from,
          PtFactor   *to)
{
  g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_LINK);
  g_autoptr(PtLink) link = g_object_new (PT_TYPE_LINK, "id", id,
                                         "from", pt_item_get_id (PT_ITEM (from)),
                                         "to", pt_item_get_id (PT_ITEM (to)), NULL);

  pt_workshop_add (ws, PT_ITEM (link));
  return link;
}

/* A picture of that size, white. */
static cairo_t *
new_frame_of (int width,
              int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  return cr;
}

/* A frame on white, the scene fitted as the canvas fits it, with the
 * translation not in whole pixels. */
static cairo_t *
new_frame (PtScene *scene)
{
  cairo_t *cr = new_frame_of (WIDTH, HEIGHT);
  PtRect bounds;
  double scale;

  pt_scene_get_bounds (scene, &bounds);
  scale = MIN (WIDTH / bounds.width, HEIGHT / bounds.height);
  cairo_translate (cr, 0.37, 0.61);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds.x, -bounds.y);
  return cr;
}

/* Pixels that differ by more than rounding would make them. */
static guint
pixels_differing (cairo_surface_t *a,
                  cairo_surface_t *b)
{
  return test_pixels_differing (a, b, 2);
}

/* The scene says that what it draws may have changed: a view's picture
 * of it (the canvas's still, pt-canvas-draw.c) is kept only while the
 * scene's generation stays. */
static void
assert_changed (PtScene *scene,
                guint64 *generation)
{
  g_assert_cmpuint (pt_scene_get_generation (scene), !=, *generation);
  *generation = pt_scene_get_generation (scene);
}

/* After each kind of change the scene's generation moves, so no picture
 * kept from before is shown: a card moved (its links follow), a link's
 * kind, a new link, the step, a dimension's name, the focus question, the
 * palette, the tray, a link removed. Nothing else moves it. */
static void
test_base_follows_changes (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  PtFactor *a = add_factor (ws, "Staff decide without asking", PT_POLARITY_BARRIER, 0.3, 0.4);
  PtFactor *b = add_factor (ws, "Relatives speak for those who cannot", PT_POLARITY_ENABLER, 0.7, 0.8);
  PtLink *link = add_link (ws, a, b);
  guint64 generation = pt_scene_get_generation (scene);
  cairo_t *cr = new_frame (scene);

  /* Drawing changes nothing. */
  pt_scene_draw (scene, cr);
  pt_scene_draw (scene, cr);
  g_assert_cmpuint (pt_scene_get_generation (scene), ==, generation);

  pt_workshop_set (ws, a, "x", 0.6, "y", 0.2, NULL);
  assert_changed (scene, &generation);
  pt_workshop_set (ws, link, "kind", PT_LINK_KIND_HINDERS, NULL);
  assert_changed (scene, &generation);
  add_link (ws, b, a);
  assert_changed (scene, &generation);
  pt_workshop_set (ws, ws, "step", PT_CYCLE_STEP_ACTION, NULL);
  assert_changed (scene, &generation);
  /* Set directly, as a file being read does, not as an edit. */
  g_object_set (pt_workshop_get_dimension (ws, PT_DIMENSION_RESOURCES), "label", "Money and time", NULL);
  assert_changed (scene, &generation);
  g_object_set (ws, "focus-question", "Whose voice counts?", NULL);
  assert_changed (scene, &generation);
  pt_scene_set_palette (scene, &pt_palette_high_contrast);
  assert_changed (scene, &generation);
  pt_scene_set_show_tray (scene, FALSE);
  assert_changed (scene, &generation);
  pt_workshop_remove (ws, PT_ITEM (link));
  assert_changed (scene, &generation);
  cairo_destroy (cr);
}

/* A card's picture: made once for a look and a scale, copied after that,
 * made again when either changes; none on a vector target, none over the
 * budget (the card is then drawn as shapes). */
static void
draw_square (cairo_t  *cr,
             gpointer  data)
{
  guint *drawn = data;

  (*drawn)++;
  cairo_rectangle (cr, 0, 0, 20, 20);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_fill (cr);
}

static void
test_card_picture_kept (void)
{
  PtCardPicture picture = { 0 };
  PtPictureBudget budget = { 0, 1024 * 1024 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 100, 100);
  cairo_t *cr = cairo_create (surface);
  guint drawn = 0;
  guint32 *data;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, 10, 10);
  g_assert_true (pt_card_picture_draw (&picture, &budget, cr, 1, 7, 20, 20, 2, draw_square, &drawn));
  g_assert_true (pt_card_picture_draw (&picture, &budget, cr, 1, 7, 20, 20, 2, draw_square, &drawn));
  g_assert_cmpuint (drawn, ==, 1);
  g_assert_cmpuint (budget.bytes, >, 0);
  cairo_surface_flush (surface);
  data = (guint32 *) cairo_image_surface_get_data (surface);
  g_assert_cmphex (data[20 * 100 + 20] & 0xffffff, ==, 0x000000);
  g_assert_cmphex (data[40 * 100 + 40] & 0xffffff, ==, 0xffffff);

  /* Another look, another scale: made again. */
  g_assert_true (pt_card_picture_draw (&picture, &budget, cr, 1, 8, 20, 20, 2, draw_square, &drawn));
  g_assert_cmpuint (drawn, ==, 2);
  cairo_scale (cr, 2, 2);
  g_assert_true (pt_card_picture_draw (&picture, &budget, cr, 1, 8, 20, 20, 2, draw_square, &drawn));
  g_assert_cmpuint (drawn, ==, 3);

  /* Turned, there is no pixel grid to keep it at. */
  cairo_rotate (cr, 0.1);
  g_assert_false (pt_card_picture_draw (&picture, &budget, cr, 1, 8, 20, 20, 2, draw_square, &drawn));
  g_assert_cmpuint (drawn, ==, 3);

  /* An unbounded recording may be headed for paper. */
  {
    cairo_surface_t *unbounded = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
    cairo_t *ucr = cairo_create (unbounded);

    g_assert_false (pt_card_picture_draw (&picture, &budget, ucr, 1, 8, 20, 20, 2, draw_square, &drawn));
    cairo_destroy (ucr);
    cairo_surface_destroy (unbounded);
  }

  /* Over the budget: none. */
  pt_card_picture_clear (&picture, &budget);
  g_assert_cmpuint (budget.bytes, ==, 0);
  budget.budget = 100;
  cairo_identity_matrix (cr);
  g_assert_false (pt_card_picture_draw (&picture, &budget, cr, 1, 9, 20, 20, 2, draw_square, &drawn));
  g_assert_null (picture.image);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* PtCover holds what one plain region holds, across tiles and left of and
 * above 0. */
static void
test_cover_as_region (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(PtCover) cover = pt_cover_new ();
  cairo_region_t *plain = cairo_region_create ();

  for (guint i = 0; i < 300; i++)
    {
      cairo_rectangle_int_t rect = { g_rand_int_range (rand, -400, 400), g_rand_int_range (rand, -400, 400),
                                     g_rand_int_range (rand, 0, 300), g_rand_int_range (rand, 0, 300) };
      cairo_rectangle_int_t probe = { g_rand_int_range (rand, -500, 500), g_rand_int_range (rand, -500, 500),
                                      g_rand_int_range (rand, 1, 200), g_rand_int_range (rand, 1, 200) };
      cairo_region_t *mine = cairo_region_create_rectangle (&probe);
      cairo_region_t *theirs = cairo_region_create_rectangle (&probe);

      pt_cover_add (cover, &rect, 1);
      cairo_region_union_rectangle (plain, &rect);
      g_assert_cmpint (pt_cover_contains (cover, &probe), ==,
                       cairo_region_contains_rectangle (plain, &probe) == CAIRO_REGION_OVERLAP_IN);
      pt_cover_subtract (cover, mine);
      cairo_region_subtract (theirs, plain);
      /* The same pixels (empty regions may keep different extents). */
      cairo_region_xor (mine, theirs);
      g_assert_true (cairo_region_is_empty (mine));
      cairo_region_destroy (mine);
      cairo_region_destroy (theirs);
    }
  cairo_region_destroy (plain);
}

/* Which cards show, in a few plain cases. */
static void
test_visible_parts (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  PtFactor *under = add_factor (ws, "Under", PT_POLARITY_BARRIER, 0.5, 0.5);
  PtFactor *same = add_factor (ws, "On top, in the same place", PT_POLARITY_BARRIER, 0.5, 0.5);
  PtFactor *apart = add_factor (ws, "Apart", PT_POLARITY_ENABLER, 0.2, 0.8);
  PtFactor *factors[] = { under, same, apart };
  PtCardState states[] = { 0, 0, 0 };
  cairo_region_t *visible[3];
  cairo_matrix_t to_pixels;
  PtRect rect;

  cairo_matrix_init (&to_pixels, 0.75, 0, 0, 0.75, 3.3, 7.6);
  pt_scene_find_visible_parts (scene, factors, states, 3, &to_pixels, visible);
  /* Wholly under the card on top: left out. The others show whole. */
  g_assert_null (visible[0]);
  g_assert_nonnull (visible[1]);
  g_assert_nonnull (visible[2]);
  pt_scene_get_card_rect (scene, same, &rect);
  g_assert_true (cairo_region_contains_point (visible[1], (int) (rect.x * 0.75 + 3.3 + 20),
                                              (int) (rect.y * 0.75 + 7.6 + 20)));
  for (guint i = 1; i < 3; i++)
    cairo_region_destroy (visible[i]);

  /* A dimmed card on top lets the one under it show; so does one moved
   * by a few pixels, but only beside the card on top. */
  states[1] = PT_CARD_STATE_DIMMED;
  pt_scene_find_visible_parts (scene, factors, states, 3, &to_pixels, visible);
  g_assert_nonnull (visible[0]);
  for (guint i = 0; i < 3; i++)
    cairo_region_destroy (visible[i]);
  states[1] = 0;
  pt_workshop_set (ws, same, "x", 0.52, NULL);
  pt_scene_find_visible_parts (scene, factors, states, 3, &to_pixels, visible);
  g_assert_nonnull (visible[0]);
  pt_scene_get_card_rect (scene, same, &rect);
  g_assert_false (cairo_region_contains_point (visible[0], (int) (rect.x * 0.75 + 3.3 + 20),
                                               (int) (rect.y * 0.75 + 7.6 + 20)));
  for (guint i = 0; i < 3; i++)
    cairo_region_destroy (visible[i]);

  /* Turned, nothing is worked out: every card shows. */
  cairo_matrix_init_rotate (&to_pixels, 0.3);
  pt_scene_find_visible_parts (scene, factors, states, 3, &to_pixels, visible);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_nonnull (visible[i]);
      cairo_region_destroy (visible[i]);
    }
}

/* A pile of cards drawn with those under others left out looks as drawing
 * every card whole does, but for the antialiasing of a few edges. */
static void
test_pile_looks_the_same (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  GPtrArray *factors;
  cairo_t *culled, *whole;
  guint differing;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *text = g_strdup_printf ("Factor %u", i);
      PtFactor *f = add_factor (ws, text, i % 2 ? PT_POLARITY_ENABLER : PT_POLARITY_BARRIER,
                                g_rand_double_range (rand, 0.3, 0.7), g_rand_double_range (rand, 0.3, 0.7));

      if (i % 7 == 0)
        pt_workshop_set (ws, f, "votes", 2, NULL);
    }
  factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);

  culled = new_frame (scene);
  pt_scene_draw (scene, culled);
  whole = new_frame (scene);
  pt_scene_draw_base (scene, whole, PT_ZONE_NONE, NULL);
  for (guint i = 0; i < factors->len; i++)
    {
      PtRect rect;

      pt_scene_get_card_rect (scene, g_ptr_array_index (factors, i), &rect);
      cairo_save (whole);
      cairo_translate (whole, rect.x, rect.y);
      pt_scene_draw_card (scene, whole, g_ptr_array_index (factors, i), PT_CARD_STATE_NORMAL);
      cairo_restore (whole);
    }
  cairo_surface_flush (cairo_get_target (culled));
  cairo_surface_flush (cairo_get_target (whole));
  differing = pixels_differing (cairo_get_target (culled), cairo_get_target (whole));
  g_test_message ("%u pixels differ", differing);
  /* Fewer than a pixel's edge round a tenth of the cards. */
  g_assert_cmpuint (differing, <, 300 / 10 * 200);
  cairo_destroy (culled);
  cairo_destroy (whole);
}

/* Drawn into a recording (as GTK's drawing nodes are) and played back at
 * twice the size, with the recording scale set to 2, the card and the
 * triangle look as drawn at twice the size straight away: their pictures
 * were made for those pixels, not enlarged from half as many. */
static void
draw_card_on_triangle (PtScene      *scene,
                       cairo_t      *cr,
                       PtFactor     *f,
                       const PtRect *rect)
{
  cairo_translate (cr, 40 - rect->x / 2, 30 - rect->y / 2);
  cairo_scale (cr, 0.5, 0.5);
  pt_scene_draw_base (scene, cr, PT_ZONE_NONE, NULL);
  cairo_translate (cr, rect->x, rect->y);
  pt_scene_draw_card (scene, cr, f, PT_CARD_STATE_NORMAL);
}

static void
test_recording_scale (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  PtFactor *f = add_factor (ws, "Staff decide without asking", PT_POLARITY_ENABLER, 0.5, 0.5);
  cairo_surface_t *recording, *played[2];
  cairo_t *cr;
  PtRect rect;

  pt_scene_get_card_rect (scene, f, &rect);
  for (guint scale = 1; scale <= 2; scale++)
    {
      pt_scene_set_recording_scale (scene, scale);
      recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                  &(cairo_rectangle_t) { 0, 0, WIDTH / 2, HEIGHT / 2 });
      cr = cairo_create (recording);
      draw_card_on_triangle (scene, cr, f, &rect);
      cairo_destroy (cr);

      played[scale - 1] = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
      cr = cairo_create (played[scale - 1]);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, 2, 2);
      cairo_set_source_surface (cr, recording, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (recording);
      cairo_surface_flush (played[scale - 1]);
    }

  {
    /* The same, drawn at twice the size from the start. */
    cairo_surface_t *direct = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);

    cr = cairo_create (direct);
    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);
    cairo_scale (cr, 2, 2);
    draw_card_on_triangle (scene, cr, f, &rect);
    cairo_destroy (cr);
    cairo_surface_flush (direct);

    g_test_message ("enlarged: %u pixels differ; made for the pixels: %u",
                    pixels_differing (direct, played[0]), pixels_differing (direct, played[1]));
    g_assert_cmpuint (pixels_differing (direct, played[1]), <, pixels_differing (direct, played[0]) / 10);
    cairo_surface_destroy (direct);
  }
  cairo_surface_destroy (played[0]);
  cairo_surface_destroy (played[1]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/frame/card-picture-kept", test_card_picture_kept);
  g_test_add_func ("/frame/base-follows-changes", test_base_follows_changes);
  g_test_add_func ("/frame/cover-as-region", test_cover_as_region);
  g_test_add_func ("/frame/visible-parts", test_visible_parts);
  g_test_add_func ("/frame/pile-looks-the-same", test_pile_looks_the_same);
  g_test_add_func ("/frame/recording-scale", test_recording_scale);
  return g_test_run ();
}
