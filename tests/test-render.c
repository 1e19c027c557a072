/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-render.c — geometry, hit-testing and drawing, without a display.
 *
 * Pixel checks read colours at places whose colour the design fixes: a
 * barrier card's fill, the highlighted step of the cycle ring.
 */
#include "config.h"

#include <math.h>

#include "pt-balance-chart.h"
#include "pt-board.h"
#include "pt-geometry.h"
#include "pt-palette.h"
#include "pt-pango.h"
#include "pt-scene.h"
#include "test-render-util.h"

#define H PT_TRIANGLE_HEIGHT

/* ------------------------------------------------------------------------ */
/* Geometry                                                                 */
/* ------------------------------------------------------------------------ */

static void
test_zone_at (void)
{
  struct { double x, y; PtZone zone; } cases[] = {
    { 500, 100, PT_ZONE_RESOURCES },
    { 500, 420, PT_ZONE_RESOURCES },
    { 120, 820, PT_ZONE_DISCOURSES },
    { 880, 820, PT_ZONE_CONTEXTS },
    { 500, 700, PT_ZONE_CENTRE },
    { 500, 860, PT_ZONE_CENTRE },
    { 1200, 400, PT_ZONE_TRAY },
    { -10, 500, PT_ZONE_NONE },
    { 100, 100, PT_ZONE_NONE },     /* beside the top corner */
    { 500, H + 10, PT_ZONE_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (pt_geometry_zone_at (cases[i].x, cases[i].y), ==, cases[i].zone);
}

static void
test_dimension_for_drop (void)
{
  struct { double x, y; PtDimensionKind dimension; } cases[] = {
    { 500, 200, PT_DIMENSION_RESOURCES },
    { 150, 800, PT_DIMENSION_DISCOURSES },
    { 850, 800, PT_DIMENSION_CONTEXTS },
    { 460, 720, PT_DIMENSION_DISCOURSES },  /* centre, nearer the left */
    { 540, 720, PT_DIMENSION_CONTEXTS },    /* centre, nearer the right */
    { 500, 450, PT_DIMENSION_RESOURCES },   /* centre, just under the top */
    { 100, 100, PT_DIMENSION_RESOURCES },   /* outside, top left */
    { 1250, 300, PT_DIMENSION_UNPLACED },   /* the tray */
    { 1115, 300, PT_DIMENSION_UNPLACED },   /* just left of the tray */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (pt_geometry_dimension_for_drop (cases[i].x, cases[i].y, TRUE), ==, cases[i].dimension);
  /* With the tray collapsed, its space belongs to the nearest dimension. */
  g_assert_cmpint (pt_geometry_dimension_for_drop (1200, 100, FALSE), ==, PT_DIMENSION_RESOURCES);
  g_assert_cmpint (pt_geometry_dimension_for_drop (1115, 800, FALSE), ==, PT_DIMENSION_CONTEXTS);
  g_assert_cmpint (pt_geometry_dimension_for_drop (500, 200, FALSE), ==, PT_DIMENSION_RESOURCES);
}

static gboolean
inside_zone (PtDimensionKind dimension,
             double          x,
             double          y)
{
  PtZone zone = pt_geometry_zone_at (x, y);

  return dimension == PT_DIMENSION_UNPLACED ? zone == PT_ZONE_TRAY : zone == (PtZone) dimension;
}

/* Wherever a card is asked to go, it ends up wholly inside its zone. */
static void
test_clamp_keeps_cards_inside (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (PtDimensionKind d = PT_DIMENSION_UNPLACED; d <= PT_DIMENSION_CONTEXTS; d++)
    for (guint i = 0; i < 500; i++)
      {
        double w = g_rand_double_range (rand, 60, 150);
        double h = g_rand_double_range (rand, 30, 90);
        PtPoint p = pt_geometry_clamp_card (d, g_rand_double_range (rand, -200, 1500),
                                            g_rand_double_range (rand, -200, 1100), w, h);

        g_assert_true (inside_zone (d, p.x - w / 2, p.y - h / 2));
        g_assert_true (inside_zone (d, p.x + w / 2, p.y - h / 2));
        g_assert_true (inside_zone (d, p.x - w / 2, p.y + h / 2));
        g_assert_true (inside_zone (d, p.x + w / 2, p.y + h / 2));
      }

  /* A card already inside stays where it is. */
  {
    PtPoint p = pt_geometry_clamp_card (PT_DIMENSION_DISCOURSES, 200, 780, 100, 40);
    g_assert_cmpfloat_with_epsilon (p.x, 200, 1e-9);
    g_assert_cmpfloat_with_epsilon (p.y, 780, 1e-9);
  }
}

static void
test_model_scene_mapping (void)
{
  PtPoint s = pt_geometry_model_to_scene (PT_DIMENSION_CONTEXTS, 0.75, 0.9);
  PtPoint m = pt_geometry_scene_to_model (PT_DIMENSION_CONTEXTS, s.x, s.y);
  PtRect tray;

  g_assert_cmpfloat_with_epsilon (s.x, 750, 1e-9);
  g_assert_cmpfloat_with_epsilon (s.y, 0.9 * H, 1e-9);
  g_assert_cmpfloat_with_epsilon (m.x, 0.75, 1e-12);
  g_assert_cmpfloat_with_epsilon (m.y, 0.9, 1e-12);

  pt_geometry_tray (&tray);
  s = pt_geometry_model_to_scene (PT_DIMENSION_UNPLACED, 0.5, 0.5);
  g_assert_cmpfloat_with_epsilon (s.x, tray.x + tray.width / 2, 1e-9);
  m = pt_geometry_scene_to_model (PT_DIMENSION_UNPLACED, -500, 5000);
  g_assert_cmpfloat (m.x, ==, 0.0);
  g_assert_cmpfloat (m.y, ==, 1.0);
}

/* ------------------------------------------------------------------------ */
/* Scene                                                                    */
/* ------------------------------------------------------------------------ */

static void
test_card_at_and_links (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  PtFactor *a = test_add_factor (ws, "A", PT_DIMENSION_DISCOURSES, PT_POLARITY_BARRIER, 0.2, 0.85);
  PtFactor *b = test_add_factor (ws, "B", PT_DIMENSION_CONTEXTS, PT_POLARITY_ENABLER, 0.8, 0.85);
  g_autoptr(PtLink) link = g_object_new (PT_TYPE_LINK, "id", "l1", "from", "f1", "to", "f2", NULL);
  PtRect ra, rb;

  pt_workshop_add (ws, PT_ITEM (link));
  pt_scene_get_card_rect (scene, a, &ra);
  pt_scene_get_card_rect (scene, b, &rb);

  g_assert_true (pt_scene_card_at (scene, ra.x + 2, ra.y + 2) == a);
  g_assert_true (pt_scene_card_at (scene, rb.x + rb.width - 1, rb.y + rb.height - 1) == b);
  g_assert_null (pt_scene_card_at (scene, 500, 100));

  /* The link runs between the cards; a point on it finds it, one off it not. */
  {
    double mx = (ra.x + ra.width + rb.x) / 2;
    double my = (ra.y + ra.height / 2 + rb.y + rb.height / 2) / 2;

    g_assert_true (pt_scene_link_at (scene, mx, my, 6) == link);
    g_assert_null (pt_scene_link_at (scene, mx, my - 40, 6));
  }

  /* Text grows the card; the cache follows the model. */
  {
    double w, h1, h2;

    pt_scene_get_card_size (scene, a, &w, &h1);
    pt_workshop_set (ws, a, "text", "A much longer text that cannot possibly fit on one line of a card", NULL);
    pt_scene_get_card_size (scene, a, &w, &h2);
    g_assert_cmpfloat (h2, >, h1);
    g_assert_cmpfloat (w, ==, PT_CARD_WIDTH);
  }
}

/* New cards avoid the ones already there, and stay in their dimension. */
static void
test_free_position (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);

  for (guint i = 0; i < 4; i++)
    {
      PtFactor *f = test_add_factor (ws, "Short", PT_DIMENSION_CONTEXTS, PT_POLARITY_BARRIER, 0.5, 0.5);
      GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
      double w, h;
      PtPoint p, m;
      PtRect mine;

      pt_scene_get_card_size (scene, f, &w, &h);
      p = pt_scene_free_position (scene, PT_DIMENSION_CONTEXTS, 750, 700, w, h);
      m = pt_geometry_scene_to_model (PT_DIMENSION_CONTEXTS, p.x, p.y);
      pt_workshop_set (ws, f, "x", m.x, "y", m.y, NULL);
      pt_scene_get_card_rect (scene, f, &mine);

      g_assert_cmpint (pt_geometry_zone_at (p.x, p.y), ==, PT_ZONE_CONTEXTS);
      for (guint j = 0; j + 1 < factors->len; j++)
        {
          PtRect other;

          pt_scene_get_card_rect (scene, g_ptr_array_index (factors, j), &other);
          g_assert_cmpfloat (pt_rect_overlap_area (&mine, &other), ==, 0.0);
        }
    }
}

/* The ring's arrows can be clicked to choose the step. */
static void
test_step_at (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  const double S = PT_TRIANGLE_SIDE, n = 0.8660254037844386, o = PT_RING_OFFSET;

  g_assert_cmpint (pt_scene_step_at (scene, S / 4 - n * o, H / 2 - 0.5 * o), ==, PT_CYCLE_STEP_REACTION);
  g_assert_cmpint (pt_scene_step_at (scene, 3 * S / 4 + n * o, H / 2 - 0.5 * o), ==, PT_CYCLE_STEP_INTERACTION);
  g_assert_cmpint (pt_scene_step_at (scene, S / 2, H + o), ==, PT_CYCLE_STEP_ACTION);
  g_assert_cmpint (pt_scene_step_at (scene, S / 2, H / 3), ==, -1);
  /* Beside the right edge, between it and its arrow, is empty canvas; so
   * is beyond the arrow. */
  g_assert_cmpint (pt_scene_step_at (scene, 3 * S / 4 + n * 12, H / 2 - 0.5 * 12), ==, -1);
  g_assert_cmpint (pt_scene_step_at (scene, 3 * S / 4 + n * (o + 20), H / 2 - 0.5 * (o + 20)), ==, -1);
  /* A step's name is part of the ring. */
  {
    PtRect name;

    pt_scene_step_label_rect (scene, PT_CYCLE_STEP_ACTION, &name);
    g_assert_cmpint (pt_scene_step_at (scene, name.x + name.width / 2, name.y + name.height / 2), ==,
                     PT_CYCLE_STEP_ACTION);
  }
}

static void
test_drag_preview (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  PtFactor *a = test_add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER, 0.5, 0.35);
  g_autoptr(GHashTable) dragged = g_hash_table_new (NULL, NULL);
  PtSceneDrag drag = { dragged, 300, -20, PT_ZONE_NONE };
  PtRect before, during, after;
  guint steps = pt_history_get_n_steps (pt_workshop_get_history (ws));
  guint64 generation = pt_scene_get_generation (scene);

  pt_scene_get_card_rect (scene, a, &before);
  g_hash_table_add (dragged, a);
  pt_scene_set_drag (scene, &drag);
  pt_scene_get_card_rect (scene, a, &during);
  /* The scene reads the caller's drag: told again, it follows. */
  drag.dx = 310;
  pt_scene_set_drag (scene, &drag);
  pt_scene_get_card_rect (scene, a, &after);
  g_assert_cmpfloat (after.x, ==, before.x + 310);
  /* A drag is not a change of what lies under the cards. */
  g_assert_cmpuint (pt_scene_get_generation (scene), ==, generation);
  pt_scene_set_drag (scene, NULL);
  pt_scene_get_card_rect (scene, a, &after);

  g_assert_cmpfloat (during.x, ==, before.x + 300);
  g_assert_cmpfloat (during.y, ==, before.y - 20);
  g_assert_cmpfloat (after.x, ==, before.x);
  /* Previewing a drag is not an edit. */
  g_assert_cmpuint (pt_history_get_n_steps (pt_workshop_get_history (ws)), ==, steps);
}

/* ------------------------------------------------------------------------ */
/* Pixels                                                                   */
/* ------------------------------------------------------------------------ */

typedef struct
{
  cairo_surface_t *surface;
  PtRect           bounds;
} Picture;

static Picture
draw_scene (PtScene *scene,
            PtZone   highlight)
{
  Picture p;
  cairo_t *cr;

  pt_geometry_scene_bounds (&p.bounds);
  p.surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (p.bounds.width),
                                          (int) ceil (p.bounds.height));
  cr = cairo_create (p.surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, -p.bounds.x, -p.bounds.y);
  if (highlight != PT_ZONE_NONE)
    {
      pt_scene_draw_background (scene, cr, highlight);
    }
  else
    pt_scene_draw (scene, cr);
  cairo_destroy (cr);
  cairo_surface_flush (p.surface);
  return p;
}

/* The colour at scene point (x, y), as 0xRRGGBB. */
static guint32
pixel_at (Picture *p,
          double   x,
          double   y)
{
  int px = (int) floor (x - p->bounds.x), py = (int) floor (y - p->bounds.y);
  unsigned char *data = cairo_image_surface_get_data (p->surface);
  int stride = cairo_image_surface_get_stride (p->surface);

  return *(guint32 *) (data + py * stride + px * 4) & 0xffffff;
}

static guint32
rgb (const PtColor *c)
{
  return (guint32) lround (c->r * 255) << 16 | (guint32) lround (c->g * 255) << 8 | (guint32) lround (c->b * 255);
}

static void
assert_colour (guint32        actual,
               const PtColor *expected)
{
  guint32 e = rgb (expected);

  for (int shift = 0; shift <= 16; shift += 8)
    g_assert_cmpint (abs ((int) ((actual >> shift) & 0xff) - (int) ((e >> shift) & 0xff)), <=, 2);
}

static void
test_pixels (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  PtFactor *barrier = test_add_factor (ws, "B", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER, 0.5, 0.35);
  PtFactor *enabler = test_add_factor (ws, "E", PT_DIMENSION_CONTEXTS, PT_POLARITY_ENABLER, 0.75, 0.85);
  PtRect rb, re;
  Picture picture;
  const double S = PT_TRIANGLE_SIDE, n = 0.8660254037844386;

  pt_workshop_set (ws, ws, "step", PT_CYCLE_STEP_INTERACTION, NULL);
  pt_scene_get_card_rect (scene, barrier, &rb);
  pt_scene_get_card_rect (scene, enabler, &re);
  picture = draw_scene (scene, PT_ZONE_NONE);

  /* Inside each card, below the mark and away from text: the polarity fill. */
  assert_colour (pixel_at (&picture, rb.x + rb.width - 12, rb.y + rb.height - 10), &pt_palette_normal.barrier_fill);
  assert_colour (pixel_at (&picture, re.x + re.width - 12, re.y + re.height - 10), &pt_palette_normal.enabler_fill);
  /* The zone around a card keeps its own colour. */
  assert_colour (pixel_at (&picture, 500, 60), &pt_palette_normal.zone_fill);
  /* The current step (interaction, down the right edge) is highlighted;
   * the others are not. */
  assert_colour (pixel_at (&picture, 3 * S / 4 + n * PT_RING_OFFSET, H / 2 - 0.5 * PT_RING_OFFSET), &pt_palette_normal.accent);
  assert_colour (pixel_at (&picture, S / 4 - n * PT_RING_OFFSET, H / 2 - 0.5 * PT_RING_OFFSET), &pt_palette_normal.ring_idle);
  cairo_surface_destroy (picture.surface);

  /* Face down, the card shows its back, not its polarity's fill; on paper
   * (reveal_hidden) it is face up. */
  pt_workshop_set (ws, barrier, "hidden", TRUE, NULL);
  picture = draw_scene (scene, PT_ZONE_NONE);
  {
    guint32 back = pixel_at (&picture, rb.x + rb.width - 12, rb.y + rb.height - 10);

    /* The back is dark (slate with faint stripes), the face is light. */
    g_assert_cmpuint ((back >> 16) & 0xff, <, 0x90);
    g_assert_cmpuint ((back >> 8) & 0xff, <, 0x90);
    g_assert_cmpuint (back & 0xff, <, 0x90);
  }
  cairo_surface_destroy (picture.surface);
  pt_scene_set_reveal_hidden (scene, TRUE);
  picture = draw_scene (scene, PT_ZONE_NONE);
  assert_colour (pixel_at (&picture, rb.x + rb.width - 12, rb.y + rb.height - 10), &pt_palette_normal.barrier_fill);
  cairo_surface_destroy (picture.surface);

  /* A drop target zone is highlighted, the others not. */
  picture = draw_scene (scene, PT_ZONE_DISCOURSES);
  assert_colour (pixel_at (&picture, 150, 800), &pt_palette_normal.zone_highlight);
  assert_colour (pixel_at (&picture, 850, 800), &pt_palette_normal.zone_fill);
  cairo_surface_destroy (picture.surface);
}

/* Ten thousand factors in one corner: drawn, pointed at, and a free place
 * found for one more — without a crash or a hang (the suite's timeout). */
static void
test_ten_thousand_in_one_zone (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (surface);
  PtFactor *last = NULL;
  PtRect rect;
  PtPoint free;

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Factor %u", i);

      last = test_add_factor (ws, text, PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER, 0.5, 0.3);
    }
  cairo_scale (cr, 0.3, 0.3);
  pt_scene_draw (scene, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  /* The topmost card under a point is the last one added there. */
  pt_scene_get_card_rect (scene, last, &rect);
  g_assert_true (pt_scene_card_at (scene, rect.x + 5, rect.y + 5) == last);
  free = pt_scene_free_position (scene, PT_DIMENSION_RESOURCES, rect.x, rect.y, 150, 60);
  g_assert_true (isfinite (free.x) && isfinite (free.y));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static cairo_surface_t *
draw_card_at (PtScene  *scene,
              PtFactor *factor,
              double    x_scale,
              double    y_scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 240, 120);
  cairo_t *cr = cairo_create (surface);

  cairo_translate (cr, 20, 20);
  cairo_scale (cr, x_scale, y_scale);
  pt_scene_draw_card (scene, cr, factor, PT_CARD_STATE_NORMAL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels whose colour differs by more than a faint edge would. */
static guint
pixels_differing (cairo_surface_t *a,
                  cairo_surface_t *b)
{
  return test_pixels_differing (a, b, 64);
}

/* On a screen a card is drawn from a picture made once: it looks as the
 * card's shapes do, and a change to what the card shows makes a new one. */
static void
test_card_picture (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  PtFactor *f = test_add_factor (ws, "Staff decide without asking", PT_DIMENSION_RESOURCES,
                            PT_POLARITY_ENABLER, 0.5, 0.5);
  cairo_surface_t *picture, *shapes, *again, *voted;

  /* A scale a hair apart on each axis is drawn as shapes, not a picture. */
  picture = draw_card_at (scene, f, 1.0, 1.0);
  shapes = draw_card_at (scene, f, 1.0, 1.0000001);
  g_assert_cmpuint (pixels_differing (picture, shapes), <, 240 * 120 / 100);
  again = draw_card_at (scene, f, 1.0, 1.0);
  g_assert_cmpuint (pixels_differing (picture, again), ==, 0);

  pt_workshop_set (ws, f, "votes", 3, NULL);
  voted = draw_card_at (scene, f, 1.0, 1.0);
  g_assert_cmpuint (pixels_differing (picture, voted), >, 50);

  cairo_surface_destroy (picture);
  cairo_surface_destroy (shapes);
  cairo_surface_destroy (again);
  cairo_surface_destroy (voted);
}

/* The topmost card at a point, the slow way. */
static PtFactor *
card_at_by_scanning (PtScene    *scene,
                     PtWorkshop *ws,
                     double      x,
                     double      y)
{
  GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);

  for (guint i = factors->len; i > 0; i--)
    {
      PtRect rect;

      if (pt_scene_is_left_out (scene, g_ptr_array_index (factors, i - 1)))
        continue;
      pt_scene_get_card_rect (scene, g_ptr_array_index (factors, i - 1), &rect);
      if (pt_rect_contains (&rect, x, y))
        return g_ptr_array_index (factors, i - 1);
    }
  return NULL;
}

static void
assert_hits_agree (PtScene    *scene,
                   PtWorkshop *ws,
                   GRand      *rand)
{
  PtRect bounds;

  pt_scene_get_bounds (scene, &bounds);
  for (guint i = 0; i < 3000; i++)
    {
      double x = bounds.x - 50 + g_rand_double (rand) * (bounds.width + 100);
      double y = bounds.y - 50 + g_rand_double (rand) * (bounds.height + 100);

      g_assert_true (pt_scene_card_at (scene, x, y) == card_at_by_scanning (scene, ws, x, y));
    }
}

/* Hit-testing looks in a grid, not at every card: it finds what a scan of
 * every card finds, after moves, drags, a new card and a spread. */
static void
test_hit_grid (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GHashTable) dragged = g_hash_table_new (NULL, NULL);
  PtSceneDrag drag = { dragged, 230, -120, PT_ZONE_NONE };
  PtRect area = { 0, 0, 900, 600 };
  PtFactor *f = NULL;

  for (guint i = 0; i < 300; i++)
    f = test_add_factor (ws, "A factor with some words", PT_DIMENSION_RESOURCES + i % 3, i % 2,
                    g_rand_double (rand), g_rand_double (rand));
  assert_hits_agree (scene, ws, rand);

  pt_workshop_set (ws, f, "x", 0.1, "y", 0.9, NULL);
  test_add_factor (ws, "A new one", PT_DIMENSION_UNPLACED, PT_POLARITY_BARRIER, 0.5, 0.5);
  assert_hits_agree (scene, ws, rand);

  g_hash_table_add (dragged, f);
  pt_scene_set_drag (scene, &drag);
  assert_hits_agree (scene, ws, rand);
  pt_scene_set_drag (scene, NULL);

  pt_scene_set_text_scale (scene, 2.0);
  g_assert_cmpuint (pt_scene_spread (scene, PT_DIMENSION_CONTEXTS, &area), >, 0);
  assert_hits_agree (scene, ws, rand);
}

static gboolean
rect_inside (const PtRect *inner,
             const PtRect *outer)
{
  return inner->x >= outer->x - 1e-6 && inner->y >= outer->y - 1e-6 &&
         inner->x + inner->width <= outer->x + outer->width + 1e-6 &&
         inner->y + inner->height <= outer->y + outer->height + 1e-6;
}

/* The projector's board: each column's cards inside it, apart, barriers
 * before enablers, every one whole at the largest text size that lets
 * them all be (a tenth larger does not); when even the smallest does not,
 * the cards shown are whole and the rest are counted, not drawn and not
 * hit. */
static void
test_board (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  const char *long_text = "Residents keep quiet so as not to be a burden on the staff who are already busy";
  PtBoardColumn columns[2] = {
    { PT_DIMENSION_RESOURCES, { 0, 0, 600, 560 }, 99, 1 },
    { PT_DIMENSION_CONTEXTS, { 640, 0, 600, 560 }, 99, 3 },
  };
  GPtrArray *factors;
  PtFactor *enabler, *first;
  guint shown = 0, left_out = 0;
  double scale;

  enabler = test_add_factor (ws, "Short talks", PT_DIMENSION_RESOURCES, PT_POLARITY_ENABLER, 0.5, 0.5);
  first = test_add_factor (ws, long_text, PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER, 0.5, 0.5);
  for (guint i = 0; i < 3; i++)
    test_add_factor (ws, long_text, PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER, 0.5, 0.5);
  factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);

  /* Resources alone: five cards fit, whole, at a size between. */
  g_assert_true (pt_board_fit (scene, columns, 1, 1.0, 4.0));
  g_assert_cmpuint (columns[0].left_out, ==, 0);
  scale = pt_scene_get_text_scale (scene);
  g_assert_cmpfloat (scale, >, 1.0);
  g_assert_cmpfloat (scale, <, 4.0);
  for (guint i = 0; i < factors->len; i++)
    {
      PtRect rect;

      g_assert_true (pt_scene_card_is_whole (scene, g_ptr_array_index (factors, i)));
      pt_scene_get_card_rect (scene, g_ptr_array_index (factors, i), &rect);
      g_assert_true (rect_inside (&rect, &columns[0].area));
    }
  {
    PtRect a, b;

    pt_scene_get_card_rect (scene, first, &a);
    pt_scene_get_card_rect (scene, enabler, &b);
    g_assert_cmpfloat (a.y, <, b.y);
  }
  /* The largest: from a tenth larger up, they do not all fit. */
  g_assert_false (pt_board_fit (scene, columns, 1, scale * 1.1, 4.0));

  /* Contexts: forty cards cannot fit; those shown are whole, inside the
   * column, apart, and above the note; the rest are counted and not
   * there. */
  for (guint i = 0; i < 40; i++)
    test_add_factor (ws, "Understaffing", PT_DIMENSION_CONTEXTS, PT_POLARITY_BARRIER, 0.5, 0.5);
  g_assert_false (pt_board_fit (scene, columns, G_N_ELEMENTS (columns), scale, 4.0));
  g_assert_cmpfloat (pt_scene_get_text_scale (scene), ==, scale);
  g_assert_cmpuint (columns[0].left_out, ==, 0);
  g_assert_cmpuint (columns[1].left_out, >, 0);
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *f = g_ptr_array_index (factors, i);
      PtRect rect;

      pt_scene_get_card_rect (scene, f, &rect);
      if (pt_scene_is_left_out (scene, f))
        {
          left_out++;
          g_assert_true (pt_scene_card_at (scene, rect.x + rect.width / 2, rect.y + rect.height / 2) != f);
          continue;
        }
      shown++;
      g_assert_true (pt_scene_card_is_whole (scene, f));
      g_assert_true (rect_inside (&rect, &columns[pt_factor_get_dimension (f) == PT_DIMENSION_CONTEXTS].area));
      g_assert_true (pt_scene_card_at (scene, rect.x + rect.width / 2, rect.y + rect.height / 2) == f);
      for (guint j = 0; j < i; j++)
        {
          PtFactor *g = g_ptr_array_index (factors, j);
          PtRect other;

          if (pt_scene_is_left_out (scene, g))
            continue;
          pt_scene_get_card_rect (scene, g, &other);
          g_assert_false (pt_rect_intersects (&rect, &other));
        }
    }
  g_assert_cmpuint (left_out, ==, columns[1].left_out);
  g_assert_cmpuint (shown + left_out, ==, factors->len);

  /* Back to the group's layout: nothing is left out. */
  pt_scene_clear_spread (scene);
  g_assert_false (pt_scene_is_left_out (scene, g_ptr_array_index (factors, factors->len - 1)));
}

/* A workshop of n cards in each dimension, as a group makes one: texts of
 * every length (long Swedish compounds among them), all dropped near the
 * middle of their dimension, some with votes, links between some. */
static PtWorkshop *
dense_workshop (const guint n[3])
{
  static const char *texts[] = {
    "Understaffing", "No time set aside for improvement work", "Relatives speak for those who cannot",
    "Underbemanning, särskilt på helgerna", "Personer med demenssjukdom tillfrågas inte alls",
    "Residents keep quiet so as not to be a burden on the staff who are busy", "Taking time to listen",
    "Förbättringsarbetet finns i årsplanen", "Managers change every year", "Safety before everything else",
  };
  PtWorkshop *ws = pt_workshop_new ();
  PtFactor *last = NULL;
  guint k = 0;

  for (guint d = 0; d < 3; d++)
    for (guint i = 0; i < n[d]; i++, k++)
      {
        PtFactor *f = test_add_factor (ws, texts[k % G_N_ELEMENTS (texts)], PT_DIMENSION_RESOURCES + d,
                                       i % 2 ? PT_POLARITY_ENABLER : PT_POLARITY_BARRIER,
                                       0.5 + 0.05 * ((int) (k * 7 % 5) - 2), 0.5 + 0.05 * ((int) (k * 3 % 5) - 2));

        if (k % 3 == 0)
          g_object_set (f, "votes", k % 5 + 1, NULL);
        if (last != NULL && k % 4 == 0)
          g_object_set (pt_workshop_link_factors (ws, last, f), "label", "makes room for", NULL);
        last = f;
      }
  return ws;
}

/* The layout engine on every surface and workshop size: no card over
 * another, each in its own dimension's part, every text whole; at the
 * sizes the product promises wherever it promises them (11 px in the
 * editing view at 1280×720 for 40 cards, scaled with the screen). */
static void
test_arrange_surfaces (void)
{
  static const struct { const char *name; double width, height, min_px, max_px; gboolean paper; guint holds; } views[] = {
    { "1280x720", 1280, 720, 11, 16, FALSE, 40 },
    { "1920x1080", 1920, 1080, 11, 16, FALSE, 40 },
    { "1024x576", 1024, 576, 11, 16, FALSE, 40 },
    /* A page's triangle area, in points, as the handout leaves it. */
    { "A4 portrait", 539, 610, 8.2, 12, TRUE, 40 },
    { "A4 landscape", 786, 380, 8.2, 12, TRUE, 40 },
    /* Letter's area is a tenth smaller than A4's: thirty-four of these
     * long cards (and forty as people write them, test-export.c). */
    { "Letter", 556, 560, 8.2, 12, TRUE, 34 },
  };
  static const guint sizes[][3] = { { 0, 0, 0 }, { 1, 1, 1 }, { 5, 5, 5 }, { 10, 10, 10 }, { 12, 11, 11 },
                                    { 14, 13, 13 }, { 15, 15, 15 }, { 40, 40, 40 }, { 60, 60, 60 } };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        g_autoptr(PtWorkshop) ws = dense_workshop (sizes[z]);
        g_autoptr(PtScene) scene = pt_scene_new (ws);
        GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
        guint total = sizes[z][0] + sizes[z][1] + sizes[z][2];
        double pixels, px;
        g_autofree PtRect *rects = g_new (PtRect, MAX (factors->len, 1));
        PtRect bounds;
        gboolean fits;

        pt_scene_set_show_tray (scene, FALSE);
        fits = pt_scene_arrange (scene, views[v].width, views[v].height, views[v].min_px, views[v].max_px,
                                 !views[v].paper);
        pt_scene_get_bounds (scene, &bounds);
        pixels = views[v].height / bounds.height;
        px = pt_scene_get_text_scale (scene) * PT_CARD_FONT_SIZE * pixels;
        g_test_message ("%s, %u cards: %s at %.1f", views[v].name, total, fits ? "fit" : "did not fit", px);

        /* Text sizes scale with the screen: a 576-line one promises
         * 11 × 576 / 720 px, though it asks for 11. */
        if (!views[v].paper && total <= views[v].holds)
          {
            g_assert_true (fits || views[v].height < 720);
            g_assert_cmpfloat (px, >=, 11.0 * MIN (1.0, views[v].height / 720) - 0.01);
          }
        /* Paper holds forty of these at 8 pt or more (the triangle drawn
         * smaller, its own words larger, if it must). */
        if (views[v].paper && total <= views[v].holds)
          {
            g_assert_true (fits);
            g_assert_cmpfloat (px, >=, views[v].min_px - 0.01);
          }
        /* On paper nothing is drawn under 8 pt: what does not fit is not
         * arranged (and is left for numbered labels to come). */
        if (!fits && views[v].paper)
          continue;
        for (guint i = 0; i < factors->len; i++)
          {
            PtFactor *f = g_ptr_array_index (factors, i);

            pt_scene_get_card_rect (scene, f, &rects[i]);
            /* The engine's grid ends with a cell that may reach past the
             * area by part of a cell (about a ninetieth of its side). */
            {
              PtRect grown = { bounds.x - bounds.width / 90, bounds.y - bounds.height / 90,
                               bounds.width * 92 / 90, bounds.height * 92 / 90 };

              g_assert_true (rect_inside (&rects[i], &grown));
            }
            g_assert_cmpint (pt_geometry_dimension_for_drop (rects[i].x + rects[i].width / 2,
                                                             rects[i].y + rects[i].height / 2, FALSE),
                             ==, pt_factor_get_dimension (f));
            /* Whole: a compound wider than a card widens it. */
            if (fits)
              g_assert_true (pt_scene_card_is_whole (scene, f));
            for (guint j = 0; j < i; j++)
              if (pt_rect_intersects (&rects[i], &rects[j]))
                g_error ("%s, %u cards: “%s” covers “%s”", views[v].name, total, pt_factor_get_text (f),
                         pt_factor_get_text (g_ptr_array_index (factors, j)));
          }
      }
}

/* A spotlight on a 1280×720 projector (the area the presentation leaves
 * it): a dimension of twelve long cards at 28 px or more, every one shown
 * whole; one of twenty, too many for that, every one shown all the same,
 * at 18 px or more. */
static void
test_spotlight (void)
{
  const guint counts[] = { 12, 20 };

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      const guint n[3] = { 0, counts[c], 0 };
      g_autoptr(PtWorkshop) ws = dense_workshop (n);
      g_autoptr(PtScene) scene = pt_scene_new (ws);
      GPtrArray *factors = pt_workshop_get_items (ws, PT_ITEM_KIND_FACTOR);
      PtBoardColumn one = { PT_DIMENSION_DISCOURSES, { 24, 12, 1280 - 48, 720 - 110 - 24 }, 0, 0 };
      gboolean large = pt_board_fit_spotlight (scene, &one, 1 / PT_CARD_FONT_SIZE);
      double px = pt_scene_get_text_scale (scene) * PT_CARD_FONT_SIZE;

      g_test_message ("spotlight of %u cards: %.1f px", counts[c], px);
      g_assert_true (large == (c == 0));
      g_assert_cmpfloat (px, >=, (c == 0 ? 28 : 18) - 0.01);
      g_assert_cmpuint (one.left_out, ==, 0);
      for (guint i = 0; i < factors->len; i++)
        {
          PtRect rect;

          g_assert_false (pt_scene_is_left_out (scene, g_ptr_array_index (factors, i)));
          g_assert_true (pt_scene_card_is_whole (scene, g_ptr_array_index (factors, i)));
          pt_scene_get_card_rect (scene, g_ptr_array_index (factors, i), &rect);
          g_assert_true (rect_inside (&rect, &one.area));
        }
    }
}

/* A card is whole when it shows all its words, none broken: not when its
 * text is cut short, nor when a word wider than the card is broken. */
static void
test_card_whole (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  g_autoptr(PtScene) scene = pt_scene_new (ws);
  PtFactor *plain = test_add_factor (ws, "Taking time to listen", PT_DIMENSION_RESOURCES, PT_POLARITY_ENABLER, 0.5, 0.5);
  PtFactor *compound = test_add_factor (ws, "Förbättringsarbetsgruppsmöte", PT_DIMENSION_DISCOURSES,
                                        PT_POLARITY_BARRIER, 0.5, 0.5);
  PtFactor *chatty = test_add_factor (ws, "Relatives speak for those who cannot and staff listen to the relatives",
                                      PT_DIMENSION_CONTEXTS, PT_POLARITY_BARRIER, 0.5, 0.5);

  g_assert_true (pt_scene_card_is_whole (scene, plain));
  pt_scene_set_card_shape (scene, PT_DIMENSION_DISCOURSES, PT_CARD_WIDTH * 2, PT_CARD_MAX_LINES);
  g_assert_true (pt_scene_card_is_whole (scene, compound));
  g_assert_true (pt_scene_card_is_whole (scene, chatty));
  /* Narrow: the compound is wider than the card and breaks. */
  pt_scene_set_card_shape (scene, PT_DIMENSION_DISCOURSES, PT_CARD_WIDTH / 2, PT_CARD_MAX_LINES);
  g_assert_false (pt_scene_card_is_whole (scene, compound));
  /* One line: the long text ends in an ellipsis. */
  pt_scene_set_card_shape (scene, PT_DIMENSION_CONTEXTS, PT_CARD_WIDTH, 1);
  g_assert_false (pt_scene_card_is_whole (scene, chatty));
}

/* Every pair of text colour and the background it is drawn on. */
static void
assert_palette_contrast (const PtPalette *p,
                         double           minimum)
{
  const PtColor *texts[] = { &p->ink, &p->ink_soft, &p->accent };
  const PtColor *grounds[] = { &p->paper, &p->zone_fill, &p->zone_highlight, &p->centre_fill, &p->tray_fill };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    for (guint g = 0; g < G_N_ELEMENTS (grounds); g++)
      {
        double ratio = pt_color_contrast (texts[t], grounds[g]);

        if (ratio < minimum)
          g_error ("text colour %u on ground %u: %.2f:1, below %.1f:1", t, g, ratio, minimum);
      }
  /* Card text is ink on the polarity's fill. */
  g_assert_cmpfloat (pt_color_contrast (&p->ink, &p->barrier_fill), >=, minimum);
  g_assert_cmpfloat (pt_color_contrast (&p->ink, &p->enabler_fill), >=, minimum);
  /* Marks and borders are graphics: 3:1 is enough (WCAG 1.4.11). */
  g_assert_cmpfloat (pt_color_contrast (&p->barrier_edge, &p->barrier_fill), >=, 3.0);
  g_assert_cmpfloat (pt_color_contrast (&p->enabler_edge, &p->enabler_fill), >=, 3.0);
}

static void
test_palette_contrast (void)
{
  const PtColor black = PT_RGB (0x000000), white = PT_RGB (0xffffff), grey = PT_RGB (0x767676);

  /* The formula itself, at known points. */
  g_assert_cmpfloat_with_epsilon (pt_color_contrast (&black, &white), 21.0, 0.01);
  g_assert_cmpfloat_with_epsilon (pt_color_contrast (&white, &white), 1.0, 0.001);
  g_assert_cmpfloat_with_epsilon (pt_color_contrast (&grey, &white), 4.54, 0.01);

  assert_palette_contrast (&pt_palette_normal, 4.5);
  assert_palette_contrast (&pt_palette_high_contrast, 7.0);
}

/* Colour vision deficiencies, simulated as Machado, Oliveira and
 * Fernandes (2009) do at full severity: a matrix on linear RGB. */
static const double simulations[3][3][3] = {
  { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } },
  { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } },
  { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } },
};
static const char *const simulation_names[] = { "protanopia", "deuteranopia", "tritanopia" };

static double
to_linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
lab_f (double t)
{
  return t > 216.0 / 24389 ? cbrt (t) : (24389.0 / 27 * t + 16) / 116;
}

/* CIELAB (D65) of c as seen with simulation s, or as it is for s < 0. */
static void
seen_lab (const PtColor *c,
          int            s,
          double         lab[3])
{
  double rgb[3] = { to_linear (c->r), to_linear (c->g), to_linear (c->b) }, seen[3];
  double x, y, z;

  for (int i = 0; i < 3; i++)
    seen[i] = s < 0 ? rgb[i] : CLAMP (simulations[s][i][0] * rgb[0] + simulations[s][i][1] * rgb[1] +
                                      simulations[s][i][2] * rgb[2], 0.0, 1.0);
  x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047;
  y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
  z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883;
  lab[0] = 116 * lab_f (y) - 16;
  lab[1] = 500 * (lab_f (x) - lab_f (y));
  lab[2] = 200 * (lab_f (y) - lab_f (z));
}

static double
to_srgb (double c)
{
  return c <= 0.0031308 ? 12.92 * c : 1.055 * pow (c, 1 / 2.4) - 0.055;
}

/* c as seen with simulation s, in sRGB. */
static PtColor
seen_color (const PtColor *c,
            int            s)
{
  double rgb[3] = { to_linear (c->r), to_linear (c->g), to_linear (c->b) }, seen[3];

  for (int i = 0; i < 3; i++)
    seen[i] = CLAMP (simulations[s][i][0] * rgb[0] + simulations[s][i][1] * rgb[1] +
                     simulations[s][i][2] * rgb[2], 0.0, 1.0);
  return (PtColor) { to_srgb (seen[0]), to_srgb (seen[1]), to_srgb (seen[2]) };
}

static double
seen_difference (const PtColor *a,
                 const PtColor *b,
                 int            s)
{
  double la[3], lb[3];

  seen_lab (a, s, la);
  seen_lab (b, s, lb);
  return sqrt ((la[0] - lb[0]) * (la[0] - lb[0]) + (la[1] - lb[1]) * (la[1] - lb[1]) +
               (la[2] - lb[2]) * (la[2] - lb[2]));
}

/* Barriers and enablers stay apart by colour too (ΔE*ab ≥ 20, where 2
 * is just noticeable), for people with each of the three dichromacies,
 * and their text stays readable on the fill as they see it. */
static void
test_palette_colour_blind (void)
{
  const PtPalette *palettes[] = { &pt_palette_normal, &pt_palette_high_contrast };
  const double minimum[] = { 4.5, 7.0 };
  const PtColor red = PT_RGB (0xcc3333), green = PT_RGB (0x669900);
  const PtColor blue = PT_RGB (0x3366ff), teal = PT_RGB (0x33cc99);

  /* The simulation itself: a red and a green far apart to most people
   * come close for deuteranopia, not for tritanopia; a blue and a teal
   * come close for tritanopia only. */
  g_assert_cmpfloat (seen_difference (&red, &green, -1), >, 80);
  g_assert_cmpfloat (seen_difference (&red, &green, 1), <, 20);
  g_assert_cmpfloat (seen_difference (&red, &green, 2), >, 80);
  g_assert_cmpfloat (seen_difference (&blue, &teal, -1), >, 100);
  g_assert_cmpfloat (seen_difference (&blue, &teal, 0), >, 80);
  g_assert_cmpfloat (seen_difference (&blue, &teal, 2), <, 40);

  for (guint p = 0; p < G_N_ELEMENTS (palettes); p++)
    for (int s = 0; s < 3; s++)
      {
        double fills = seen_difference (&palettes[p]->barrier_fill, &palettes[p]->enabler_fill, s);
        double edges = seen_difference (&palettes[p]->barrier_edge, &palettes[p]->enabler_edge, s);

        PtColor ink = seen_color (&palettes[p]->ink, s);
        PtColor barrier = seen_color (&palettes[p]->barrier_fill, s);
        PtColor enabler = seen_color (&palettes[p]->enabler_fill, s);

        if (fills < 20 || edges < 20)
          g_error ("palette %u under %s: fills %.1f apart, edges %.1f", p, simulation_names[s], fills, edges);
        g_assert_cmpfloat (pt_color_contrast (&ink, &barrier), >=, minimum[p]);
        g_assert_cmpfloat (pt_color_contrast (&ink, &enabler), >=, minimum[p]);
      }
}

/* Text laid out at one size and drawn scaled measures, wraps and draws as
 * text laid out at the size it is drawn at: the canvas loads three fonts,
 * not one for every size it draws. */
static void
test_scaled_text (void)
{
  PangoContext *context = pt_pango_context_new ();
  static const struct { const char *text; double size; gboolean bold, italic; double width; } texts[] = {
    { "Resources", PT_LABEL_FONT_SIZE, TRUE, FALSE, -1 },
    { "What is best for the person we serve? Who decides, and who is heard?", PT_QUESTION_FONT_SIZE, FALSE, TRUE,
      250 },
    { "Round 1 · Interaction", PT_STEP_FONT_SIZE, TRUE, FALSE, -1 },
    { "managers can set time aside for it", 14 * 2.5, FALSE, TRUE, 200 * 2.5 },
    { "12", 12, TRUE, FALSE, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PangoLayout) scaled = pt_pango_text_new (context, texts[i].text, texts[i].size, texts[i].bold,
                                                         texts[i].italic);
      g_autoptr(PangoLayout) direct = pt_pango_layout_new (context, texts[i].text, texts[i].size, texts[i].bold,
                                                           texts[i].italic);
      cairo_surface_t *pictures[2];
      int sw, sh, dw, dh;
      double w, h;

      pt_pango_text_set_width (scaled, texts[i].width);
      pango_layout_set_width (direct, texts[i].width < 0 ? -1 : (int) (texts[i].width * PANGO_SCALE));
      pango_layout_set_wrap (scaled, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_wrap (direct, PANGO_WRAP_WORD_CHAR);
      pt_pango_text_get_pixel_size (scaled, &sw, &sh);
      pango_layout_get_pixel_size (direct, &dw, &dh);
      g_test_message ("%s: %d×%d laid out at its size, %d×%d scaled", texts[i].text, dw, dh, sw, sh);
      g_assert_cmpint (ABS (sw - dw), <=, 1);
      g_assert_cmpint (ABS (sh - dh), <=, 1);
      g_assert_cmpint (pango_layout_get_line_count (scaled), ==, pango_layout_get_line_count (direct));
      pt_pango_text_get_size (scaled, &w, &h);
      g_assert_cmpfloat (fabs (w - sw), <=, 1);
      g_assert_cmpfloat (fabs (h - sh), <=, 1);

      for (guint j = 0; j < 2; j++)
        {
          cairo_t *cr;

          pictures[j] = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 700, 300);
          cr = cairo_create (pictures[j]);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_move_to (cr, 10.25, 20.5);
          if (j == 0)
            pt_pango_text_show (cr, scaled);
          else
            pango_cairo_show_layout (cr, direct);
          cairo_destroy (cr);
          cairo_surface_flush (pictures[j]);
        }
      /* The same glyphs in the same places, but for antialiasing. */
      g_assert_cmpuint (test_pixels_differing (pictures[0], pictures[1], 40), <, 20);
      cairo_surface_destroy (pictures[0]);
      cairo_surface_destroy (pictures[1]);
    }
  g_object_unref (context);
}

/* A word broken because it is wider than its line gets no hyphen Pango
 * would invent ("Underbemanni-ng"): every glyph drawn is one of the text's
 * characters. */
static void
test_no_invented_hyphens (void)
{
  PangoContext *context = pt_pango_context_new ();
  const char *words[] = { "Personalomsättning", "Förbättringsarbete", "Underbemanning" };

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      g_autoptr(PangoLayout) layout = pt_pango_text_new (context, words[w], 14, FALSE, FALSE);
      int glyphs = 0;

      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pt_pango_text_set_width (layout, 40);
      g_assert_cmpint (pango_layout_get_line_count (layout), >, 1);
      for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
        for (GSList *r = ((PangoLayoutLine *) l->data)->runs; r != NULL; r = r->next)
          glyphs += ((PangoGlyphItem *) r->data)->glyphs->num_glyphs;
      g_assert_cmpint (glyphs, ==, g_utf8_strlen (words[w], -1));
    }
  g_object_unref (context);
}

/* The balance chart draws a bar for each round's barriers and enablers
 * in each dimension, in the cards' colours: two rounds of a workshop with
 * barriers in Resources show barrier orange there, and more of it in the
 * round that has more. */
static void
test_balance_chart (void)
{
  g_autoptr(PtWorkshop) ws = pt_workshop_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 360, 130);
  cairo_t *cr = cairo_create (surface);
  PangoContext *pango = pt_pango_context_new ();
  guint orange[2] = { 0, 0 };
  int stride;
  const guint8 *data;

  test_add_factor (ws, "A", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER, 0.5, 0.5);
  pt_workshop_close_round (ws, "2021-03-16T16:00:00Z");
  test_add_factor (ws, "B", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER, 0.5, 0.5);
  test_add_factor (ws, "C", PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER, 0.5, 0.5);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  pt_balance_chart_draw (cr, pango, ws, &pt_palette_normal, 360, 130);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  /* Resources' panel is the first third; round 1 the left half of it. */
  for (int y = 0; y < 130; y++)
    for (int x = 0; x < 112; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        guint r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        if (r == 0xfb && g == 0xd7 && b == 0xb0)
          orange[x >= 56]++;
      }
  g_assert_cmpuint (orange[0], >, 0);
  g_assert_cmpuint (orange[1], >, 2 * orange[0]);
  g_object_unref (pango);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/geometry/zone-at", test_zone_at);
  g_test_add_func ("/render/text/no-invented-hyphens", test_no_invented_hyphens);
  g_test_add_func ("/render/geometry/dimension-for-drop", test_dimension_for_drop);
  g_test_add_func ("/render/geometry/clamp-keeps-cards-inside", test_clamp_keeps_cards_inside);
  g_test_add_func ("/render/geometry/model-scene-mapping", test_model_scene_mapping);
  g_test_add_func ("/render/scene/card-at-and-links", test_card_at_and_links);
  g_test_add_func ("/render/scene/free-position", test_free_position);
  g_test_add_func ("/render/scene/drag-preview", test_drag_preview);
  g_test_add_func ("/render/scene/step-at", test_step_at);
  g_test_add_func ("/render/scene/pixels", test_pixels);
  g_test_add_func ("/render/palette-contrast", test_palette_contrast);
  g_test_add_func ("/render/palette-colour-blind", test_palette_colour_blind);
  g_test_add_func ("/render/scene/ten-thousand-in-one-zone", test_ten_thousand_in_one_zone);
  g_test_add_func ("/render/board", test_board);
  g_test_add_func ("/render/spotlight", test_spotlight);
  g_test_add_func ("/render/balance-chart", test_balance_chart);
  g_test_add_func ("/render/card-whole", test_card_whole);
  g_test_add_func ("/render/arrange-surfaces", test_arrange_surfaces);
  g_test_add_func ("/render/scene/hit-grid", test_hit_grid);
  g_test_add_func ("/render/scene/card-picture", test_card_picture);
  g_test_add_func ("/render/scaled-text", test_scaled_text);

  return g_test_run ();
}
