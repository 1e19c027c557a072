/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-scene-cards.c — PtScene: drawing cards — their shapes, their pictures on
 * screens, and only what shows of those under others.
 */
#define G_LOG_DOMAIN "pt-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-cover.h"
#include "pt-palette.h"
#include "pt-privacy.h"
#include "pt-pango.h"
#include "pt-scene-private.h"

/* The polarity mark: − in a disc for a barrier, + for an enabler, drawn,
 * not typed, so it looks the same whatever the fonts. */
void
pt_scene_draw_mark (PtScene    *self,
           cairo_t    *cr,
           PtPolarity  polarity,
           double      cx,
           double      cy,
           double      r)
{
  cairo_new_path (cr);
  pt_scene_use_color (cr, polarity == PT_POLARITY_BARRIER ? &self->palette->barrier_edge : &self->palette->enabler_edge);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, r * 0.32);
  cairo_move_to (cr, cx - r * 0.55, cy);
  cairo_line_to (cr, cx + r * 0.55, cy);
  if (polarity == PT_POLARITY_ENABLER)
    {
      cairo_move_to (cr, cx, cy - r * 0.55);
      cairo_line_to (cr, cx, cy + r * 0.55);
    }
  cairo_stroke (cr);
}

/* The card's shapes and text, with its top-left corner at the origin. */
static void
draw_card_shapes (PtScene     *self,
                  cairo_t     *cr,
                  PtFactor    *factor,
                  PtCardState  state)
{
  CardCache *cache;
  gboolean barrier;
  double w, h, mx, my, r = PT_CARD_MARK_SIZE / 2;
  static const double dashes[] = { 7.0, 4.0 };

  cache = pt_scene_get_card (self, factor);
  w = cache->width / self->text_scale;
  h = cache->height / self->text_scale;
  barrier = pt_factor_get_polarity (factor) == PT_POLARITY_BARRIER;

  cairo_save (cr);
  cairo_scale (cr, self->text_scale, self->text_scale);
  if (state & PT_CARD_STATE_DIMMED)
    cairo_push_group (cr);

  /* Selection sits outside the card so the card itself stays as it is. */
  if (state & PT_CARD_STATE_SELECTED)
    {
      pt_scene_rounded_rect (cr, -5, -5, w + 10, h + 10, PT_CARD_RADIUS + 5);
      pt_scene_use_color (cr, &self->palette->accent);
      cairo_fill (cr);
    }

  if (pt_factor_get_hidden (factor) && !self->reveal_hidden)
    {
      /* Face down: the back of a card, neither text nor polarity. */
      pt_scene_rounded_rect (cr, 1.5, 1.5, w - 3, h - 3, PT_CARD_RADIUS);
      pt_scene_use_color (cr, &self->palette->ink_soft);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      cairo_clip_preserve (cr);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.18);
      cairo_set_line_width (cr, 4);
      for (double d = -h; d < w; d += 14)
        {
          cairo_move_to (cr, d, h);
          cairo_line_to (cr, d + h, 0);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
      pt_scene_use_color (cr, &self->palette->ink);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
      pt_scene_show_text (self, cr, "?", 28, TRUE, w / 2, h / 2 - 18, 0.5, w, &(PtColor) { 1, 1, 1 });
      goto decorations;
    }

  pt_scene_rounded_rect (cr, 1.5, 1.5, w - 3, h - 3, PT_CARD_RADIUS);
  pt_scene_use_color (cr, barrier ? &self->palette->barrier_fill : &self->palette->enabler_fill);
  cairo_fill_preserve (cr);
  /* Barriers have a solid border, enablers a dashed one. */
  if (!barrier)
    cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (cr, 1.5);
  pt_scene_use_color (cr, barrier ? &self->palette->barrier_edge : &self->palette->enabler_edge);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  mx = PT_CARD_PADDING + r;
  my = PT_CARD_PADDING + r;
  pt_scene_draw_mark (self, cr, pt_factor_get_polarity (factor), mx, my, r);

  cairo_move_to (cr, 2 * PT_CARD_PADDING + PT_CARD_MARK_SIZE, PT_CARD_PADDING);
  pt_scene_use_color (cr, &self->palette->ink);
  pt_pango_text_show (cr, cache->layout);

  /* Dot votes: a dark badge with the number, on the top right corner,
   * above the text's first line rather than on its end. */
  if (pt_factor_get_votes (factor) > 0)
    {
      char number[16];
      g_autoptr(PangoLayout) votes = NULL;
      int vw, vh;
      double bw;

      g_snprintf (number, sizeof number, "%u", pt_factor_get_votes (factor));
      /* As large as the card's text: on paper nothing is under 8 pt. */
      votes = pt_scene_new_layout (self, number, PT_CARD_FONT_SIZE, TRUE, FALSE);
      pt_pango_text_get_pixel_size (votes, &vw, &vh);
      bw = MAX (22, vw + 10);
      pt_scene_rounded_rect (cr, w - bw + 6, -BADGE_RISE, bw, 22, 11);
      pt_scene_use_color (cr, &self->palette->ink);
      cairo_fill (cr);
      cairo_move_to (cr, w - bw + 6 + (bw - vw) / 2, -BADGE_RISE + (22 - vh) / 2.0);
      cairo_set_source_rgb (cr, 1, 1, 1);
      pt_pango_text_show (cr, votes);
    }

  /* Something is being done about it: a check mark on the bottom right,
   * below the text's last line. */
  if (pt_workshop_count_actions (self->workshop, factor) > 0)
    {
      double top = h + BADGE_DROP - 22;

      pt_scene_rounded_rect (cr, w - 16, top, 22, 22, 5);
      pt_scene_use_color (cr, &self->palette->ink);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 3);
      cairo_move_to (cr, w - 11, top + 11);
      cairo_line_to (cr, w - 6, top + 16);
      cairo_line_to (cr, w + 2, top + 6);
      cairo_stroke (cr);
    }

decorations:
  if (state & PT_CARD_STATE_FOCUSED)
    {
      pt_scene_rounded_rect (cr, -9, -9, w + 18, h + 18, PT_CARD_RADIUS + 9);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_set_line_width (cr, 3);
      pt_scene_use_color (cr, &self->palette->ink);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  if (state & PT_CARD_STATE_DIMMED)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.35);
    }
  cairo_restore (cr);
}

/* Everything a card's picture depends on besides its text and size. */
static guint
card_look (PtScene     *self,
           PtFactor    *factor,
           PtCardState  state)
{
  return (guint) state |
         (pt_factor_get_polarity (factor) == PT_POLARITY_ENABLER) << 4 |
         (pt_factor_get_hidden (factor) && !self->reveal_hidden) << 5 |
         (pt_workshop_count_actions (self->workshop, factor) > 0) << 6 |
         (self->palette == &pt_palette_high_contrast) << 7 |
         MIN (pt_factor_get_votes (factor), 0xffff) << 8;
}

/* The room a card's picture leaves round the card, in scene units. */
static double
card_image_margin (PtScene     *self,
                   PtCardState  state)
{
  return (state & (PT_CARD_STATE_FOCUSED | PT_CARD_STATE_SELECTED) ? CARD_IMAGE_MARGIN_OUTLINED
                                                                  : CARD_IMAGE_MARGIN) * self->text_scale;
}

typedef struct
{
  PtScene     *scene;
  PtFactor    *factor;
  PtCardState  state;
} CardDrawing;

static void
draw_card_drawing (cairo_t  *cr,
                   gpointer  data)
{
  CardDrawing *drawing = data;

  draw_card_shapes (drawing->scene, cr, drawing->factor, drawing->state);
}

/* Rectangles inside a card's rounded face, with their corners on the
 * rounded corners' arcs: together they cover all of the face but slivers
 * of the corners. */
#define N_FACE_RECTS 5

/* Where those corners are: 1 - cos and 1 - sin of 0°, 22.5°, 45°, 67.5°
 * and 90°, in the corner's radius. */
static const double face_inset[N_FACE_RECTS][2] = {
  { 0, 1 }, { 0.0761205, 0.6173166 }, { 0.2928932, 0.2928932 }, { 0.6173166, 0.0761205 }, { 1, 0 },
};

/* How far a card's badges reach beyond its edges, above, to the right and
 * below, at the usual text size: the layout engine keeps that much room. */
void
pt_scene_card_badge_reach (PtScene  *self,
                           PtFactor *factor,
                           double   *top,
                           double   *right,
                           double   *bottom)
{
  gboolean votes = pt_factor_get_votes (factor) > 0;
  gboolean actions = pt_workshop_count_actions (self->workshop, factor) > 0;

  *top = votes ? BADGE_RISE : 0;
  *right = votes || actions ? 6 : 0;
  *bottom = actions ? BADGE_DROP : 0;
}

/* Where a card draws, relative to its top-left corner in scene units: all
 * of it (badges and outlines too), the badges alone, and rectangles of its
 * rounded face (the fill with its border), opaque unless dimmed. */
static guint
card_extents (PtScene     *self,
              PtFactor    *factor,
              PtCardState  state,
              PtRect      *drawn,
              PtRect       badges[2],
              PtRect       face[N_FACE_RECTS])
{
  CardCache *cache = pt_scene_get_card (self, factor);
  double k = self->text_scale, w = cache->width, h = cache->height, r = (1.5 + PT_CARD_RADIUS) * k;
  gboolean votes = pt_factor_get_votes (factor) > 0;
  gboolean actions = pt_workshop_count_actions (self->workshop, factor) > 0;
  guint n_badges = 0;

  /* As draw_card_shapes () draws them, the vote badge at most 60 wide. */
  if (votes)
    badges[n_badges++] = (PtRect) { w - 54 * k, -BADGE_RISE * k, 60 * k, 22 * k };
  if (actions)
    badges[n_badges++] = (PtRect) { w - 16 * k, h + (BADGE_DROP - 22) * k, 22 * k, 22 * k };
  if (state & (PT_CARD_STATE_SELECTED | PT_CARD_STATE_FOCUSED))
    *drawn = (PtRect) { -CARD_IMAGE_MARGIN_OUTLINED * k, -CARD_IMAGE_MARGIN_OUTLINED * k,
                        w + 2 * CARD_IMAGE_MARGIN_OUTLINED * k, h + 2 * CARD_IMAGE_MARGIN_OUTLINED * k };
  else
    {
      double top, right, bottom;

      pt_scene_card_badge_reach (self, factor, &top, &right, &bottom);
      *drawn = (PtRect) { 0, -top * k, w + right * k, h + (top + bottom) * k };
    }
  for (guint i = 0; i < N_FACE_RECTS; i++)
    face[i] = (PtRect) { r * face_inset[i][0], r * face_inset[i][1],
                         w - 2 * r * face_inset[i][0], h - 2 * r * face_inset[i][1] };
  return n_badges;
}

static void
move_rect (PtRect       *rect,
           const PtRect *by)
{
  rect->x += by->x;
  rect->y += by->y;
}

/* The device pixels that rect (in scene units) touches, or if inside,
 * those it covers whole. */
static cairo_rectangle_int_t
pixels_of (const cairo_matrix_t *to_pixels,
           const PtRect         *rect,
           gboolean              inside)
{
  double x0 = rect->x, y0 = rect->y, x1 = rect->x + rect->width, y1 = rect->y + rect->height;

  cairo_matrix_transform_point (to_pixels, &x0, &y0);
  cairo_matrix_transform_point (to_pixels, &x1, &y1);
  x0 = inside ? ceil (x0) : floor (x0);
  y0 = inside ? ceil (y0) : floor (y0);
  x1 = inside ? floor (x1) : ceil (x1);
  y1 = inside ? floor (y1) : ceil (y1);
  if (x1 <= x0 || y1 <= y0)
    return (cairo_rectangle_int_t) { 0, 0, 0, 0 };
  return (cairo_rectangle_int_t) { (int) CLAMP (x0, -G_MAXINT / 4, G_MAXINT / 4),
                                   (int) CLAMP (y0, -G_MAXINT / 4, G_MAXINT / 4),
                                   (int) MIN (x1 - x0, G_MAXINT / 4), (int) MIN (y1 - y0, G_MAXINT / 4) };
}

/* What shows of each of n cards, in the order they are drawn (in states,
 * at their places in the scene), from under the cards drawn after them: in
 * device pixels at to_pixels (scene units to pixels, scaled and moved
 * only), NULL for nothing. Piled cards need not be drawn at all, and the
 * others only where they show. Without a transformation to work in, every
 * card shows whole. Free each with cairo_region_destroy (). */
void
pt_scene_find_visible_parts (PtScene              *self,
                             PtFactor *const      *factors,
                             const PtCardState    *states,
                             guint                 n,
                             const cairo_matrix_t *to_pixels,
                             cairo_region_t      **visible)
{
  g_autoptr(PtCover) covered = pt_cover_new ();   /* pixels wholly under cards drawn later */
  g_autoptr(PtCover) touched = pt_cover_new ();   /* and those they cover in part */
  gboolean usable;

  g_return_if_fail (PT_IS_SCENE (self));

  usable = to_pixels->xy == 0 && to_pixels->yx == 0 && to_pixels->xx > 0 && to_pixels->yy > 0;
  for (guint i = n; i-- > 0;)
    {
      PtRect card, drawn, badges[2], face[N_FACE_RECTS];
      cairo_rectangle_int_t pixels, rects[N_FACE_RECTS];
      gboolean hidden;
      guint n_badges;

      visible[i] = NULL;
      if (!usable)
        {
          pixels = (cairo_rectangle_int_t) { -G_MAXINT / 8, -G_MAXINT / 8, G_MAXINT / 4, G_MAXINT / 4 };
          visible[i] = cairo_region_create_rectangle (&pixels);
          continue;
        }
      pt_scene_get_card_rect (self, factors[i], &card);
      n_badges = card_extents (self, factors[i], states[i], &drawn, badges, face);
      move_rect (&drawn, &card);
      for (guint f = 0; f < N_FACE_RECTS + n_badges; f++)
        move_rect (f < N_FACE_RECTS ? &face[f] : &badges[f - N_FACE_RECTS], &card);

      /* Left out when its face and badges are under the cards above, but
       * for pixels those cover in part: a card exactly under another, or
       * under a pile, would show no more than an edge's antialiasing. An
       * outlined card draws all round itself. */
      hidden = !(states[i] & (PT_CARD_STATE_SELECTED | PT_CARD_STATE_FOCUSED));
      for (guint f = 0; f < N_FACE_RECTS + n_badges && hidden; f++)
        {
          pixels = pixels_of (to_pixels, f < N_FACE_RECTS ? &face[f] : &badges[f - N_FACE_RECTS], FALSE);
          hidden = pt_cover_contains (touched, &pixels);
        }
      if (hidden)
        continue;

      /* Drawn only where nothing opaque covers it. */
      pixels = pixels_of (to_pixels, &drawn, FALSE);
      visible[i] = cairo_region_create_rectangle (&pixels);
      pt_cover_subtract (covered, visible[i]);
      if (cairo_region_is_empty (visible[i]))
        g_clear_pointer (&visible[i], cairo_region_destroy);
      if (visible[i] == NULL || (states[i] & PT_CARD_STATE_DIMMED))
        continue;

      for (guint f = 0; f < N_FACE_RECTS; f++)
        rects[f] = pixels_of (to_pixels, &face[f], TRUE);
      pt_cover_add (covered, rects, N_FACE_RECTS);
      for (guint f = 0; f < N_FACE_RECTS; f++)
        rects[f] = pixels_of (to_pixels, &face[f], FALSE);
      pt_cover_add (touched, rects, N_FACE_RECTS);
    }
}

/* One card, with its top-left corner at the origin: the canvas draws each
 * card widget with this, and print and export draw the very same card —
 * on paper and in vector files as shapes, on screens as a picture. */
void
pt_scene_draw_card (PtScene     *self,
                    cairo_t     *cr,
                    PtFactor    *factor,
                    PtCardState  state)
{
  g_return_if_fail (PT_IS_SCENE (self));
  g_return_if_fail (PT_IS_FACTOR (factor));

  {
    CardCache *cache = pt_scene_get_card (self, factor);
    CardDrawing drawing = { self, factor, state };

    if (pt_card_picture_draw (&cache->picture, &self->pictures, cr, self->recording_scale,
                              card_look (self, factor, state), cache->width, cache->height,
                              card_image_margin (self, state), draw_card_drawing, &drawing))
      return;
  }
  draw_card_shapes (self, cr, factor, state);
}

/* Saves cr's state and clips it to region (device pixels at scale). */
static void
clip_to_region (cairo_t              *cr,
                const cairo_region_t *region,
                double                scale)
{
  cairo_matrix_t m;

  cairo_save (cr);
  cairo_get_matrix (cr, &m);
  cairo_identity_matrix (cr);
  for (int r = 0; r < cairo_region_num_rectangles (region); r++)
    {
      cairo_rectangle_int_t box;

      cairo_region_get_rectangle (region, r, &box);
      cairo_rectangle (cr, box.x / scale, box.y / scale, box.width / scale, box.height / scale);
    }
  cairo_clip (cr);
  cairo_set_matrix (cr, &m);
}

/* Cards at their places, in this order and these states. On screens each
 * is drawn only where it shows from under those after it, and not at all
 * if it does not; a vector file keeps every card whole, as its text can
 * be searched there. */
void
pt_scene_draw_cards (PtScene           *self,
                     cairo_t           *cr,
                     PtFactor *const   *factors,
                     const PtCardState *states,
                     guint              n)
{
  g_autofree cairo_region_t **visible = NULL;
  double device_scale;

  g_return_if_fail (PT_IS_SCENE (self));

  if (pt_card_picture_target_pixels (cr, self->recording_scale, &device_scale))
    {
      cairo_matrix_t to_pixels;

      cairo_get_matrix (cr, &to_pixels);
      cairo_matrix_multiply (&to_pixels, &to_pixels, &(cairo_matrix_t) { device_scale, 0, 0, device_scale, 0, 0 });
      visible = g_new0 (cairo_region_t *, n);
      pt_scene_find_visible_parts (self, factors, states, n, &to_pixels, visible);
    }

  for (guint i = 0; i < n; i++)
    {
      PtRect rect;

      if (visible != NULL)
        {
          if (visible[i] == NULL)
            continue;
          clip_to_region (cr, visible[i], device_scale);
          cairo_region_destroy (visible[i]);
        }
      else
        cairo_save (cr);
      pt_scene_get_card_rect (self, factors[i], &rect);
      cairo_translate (cr, rect.x, rect.y);
      pt_scene_draw_card (self, cr, factors[i], states[i]);
      cairo_restore (cr);
    }
}
