/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-scene-place.c — PtScene: where cards go — where a dropped or sent card lands,
 * free space for a new one, and the shown positions: every card arranged
 * by the layout engine (arrange) or one dimension's set out in rows
 * (spread).
 */
#define G_LOG_DOMAIN "pt-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-cover.h"
#include "pt-layout.h"
#include "pt-palette.h"
#include "pt-privacy.h"
#include "pt-pango.h"
#include "pt-scene-private.h"

/* The centre near (near_x, near_y) in dimension where a width × height
 * card covers as little of rects as it can; overlap costs far more than
 * distance from where it was wanted. */
static PtPoint
least_covering_position (PtDimensionKind  dimension,
                         double           near_x,
                         double           near_y,
                         double           width,
                         double           height,
                         GArray          *rects)
{
  PtPoint best = pt_geometry_clamp_card (dimension, near_x, near_y, width, height);
  double best_cost = G_MAXDOUBLE;
  PtRect bounds;

  /* Try a grid over the zone; clamping keeps every candidate inside it. */
  if (dimension == PT_DIMENSION_UNPLACED)
    pt_geometry_tray (&bounds);
  else
    bounds = (PtRect) { 0, 0, PT_TRIANGLE_SIDE, PT_TRIANGLE_HEIGHT };
  for (double y = bounds.y; y <= bounds.y + bounds.height; y += height / 2)
    for (double x = bounds.x; x <= bounds.x + bounds.width; x += width / 4)
      {
        PtPoint p = pt_geometry_clamp_card (dimension, x, y, width, height);
        PtRect candidate = { p.x - width / 2, p.y - height / 2, width, height };
        double cost = hypot (p.x - near_x, p.y - near_y);

        if (pt_geometry_dimension_for_drop (p.x, p.y, TRUE) != dimension)
          continue;
        for (guint i = 0; i < rects->len; i++)
          cost += 0.5 * pt_rect_overlap_area (&candidate, &g_array_index (rects, PtRect, i));
        if (cost < best_cost)
          {
            best_cost = cost;
            best = p;
          }
      }
  return best;
}

/* The dimension a card dropped at (x, y) goes to: the zone under it, or
 * the nearest (as the layout places cards round the triangle); the tray,
 * while it is shown, for anything right of the triangle. */
PtDimensionKind
pt_scene_dimension_at (PtScene *self,
                       double   x,
                       double   y)
{
  g_return_val_if_fail (PT_IS_SCENE (self), PT_DIMENSION_UNPLACED);

  return pt_geometry_dimension_for_drop (x, y, self->show_tray);
}

/* Where factor lands when dropped with its centre at (cx, cy), scene
 * units: the dimension under that point (right of the triangle, the tray),
 * the card kept wholly inside it. The one landing rule for a drag. */
PtPlace
pt_scene_place_dropped (PtScene  *self,
                        PtFactor *factor,
                        double    cx,
                        double    cy)
{
  PtPlace place = { PT_DIMENSION_UNPLACED, 0.5, 0.5 };
  PtPoint p, m;
  double w, h;

  g_return_val_if_fail (PT_IS_SCENE (self), place);

  pt_scene_get_card_size (self, factor, &w, &h);
  place.dimension = pt_scene_dimension_at (self, cx, cy);
  p = pt_geometry_clamp_card (place.dimension, cx, cy, w, h);
  m = pt_geometry_scene_to_model (place.dimension, p.x, p.y);
  place.x = m.x;
  place.y = m.y;
  return place;
}

/* Where factor lands when sent to dimension (a key, the side panel): the
 * free space nearest the middle of that dimension, or the tray's top. */
PtPlace
pt_scene_place_in (PtScene         *self,
                   PtFactor        *factor,
                   PtDimensionKind  dimension)
{
  PtPlace place = { dimension, 0.5, 0.5 };
  PtPoint middle, p, m;
  double w, h, cx, cy;

  g_return_val_if_fail (PT_IS_SCENE (self), place);

  pt_scene_get_card_size (self, factor, &w, &h);
  middle = pt_geometry_new_card_point (dimension);
  cx = middle.x;
  cy = middle.y;
  p = pt_scene_free_position (self, dimension, cx, cy, w, h);
  m = pt_geometry_scene_to_model (dimension, p.x, p.y);
  place.x = m.x;
  place.y = m.y;
  return place;
}

/* A centre for a new width × height card in dimension, near (near_x,
 * near_y), where it covers as little of the other cards as possible. */
PtPoint
pt_scene_free_position (PtScene         *self,
                        PtDimensionKind  dimension,
                        double           near_x,
                        double           near_y,
                        double           width,
                        double           height)
{
  GPtrArray *factors;
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (PtRect));

  g_return_val_if_fail (PT_IS_SCENE (self), ((PtPoint) { near_x, near_y }));

  factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);
      PtRect rect;

      if (pt_factor_get_dimension (factor) != dimension)
        continue;
      pt_scene_get_card_rect (self, factor, &rect);
      g_array_append_val (rects, rect);
    }
  return least_covering_position (dimension, near_x, near_y, width, height, rects);
}

/* Shows one dimension's cards across area in as many lanes as their width
 * allows, each card at the foot of the shortest lane (so a short card
 * does not leave a gap beside a tall one), barriers first and enablers
 * below all of them: for the projector, where cards are too large for
 * the corner of the triangle they stand in. Cards that do not fit are
 * left out (see pt_scene_is_left_out); returns how many. Other
 * dimensions' cards stay where they are until pt_scene_clear_spread ();
 * the model is not touched. */
guint
pt_scene_spread (PtScene         *self,
                 PtDimensionKind  dimension,
                 const PtRect    *area)
{
  GPtrArray *factors;
  g_autoptr(GPtrArray) mine = g_ptr_array_new ();
  g_autofree double *bottoms = NULL;
  double gap, card_width;
  guint lanes, left_out = 0;

  g_return_val_if_fail (PT_IS_SCENE (self), 0);
  g_return_val_if_fail (area != NULL, 0);
  g_return_val_if_fail (dimension <= PT_DIMENSION_CONTEXTS, 0);

  pt_scene_cards_moved (self);
  /* Short cards stand closer, or a column would be mostly gaps. */
  gap = (self->card_lines[dimension] < PT_CARD_MAX_LINES ? 6 : 12) * self->text_scale;
  card_width = self->card_width[dimension] * self->text_scale;
  lanes = (guint) CLAMP (floor ((area->width + gap) / (card_width + gap)), 1, 64);
  bottoms = g_new (double, lanes);
  for (guint l = 0; l < lanes; l++)
    bottoms[l] = area->y;

  factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  if (self->shown_at == NULL)
    self->shown_at = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  if (self->left_out == NULL)
    self->left_out = g_hash_table_new (NULL, NULL);
  for (int polarity = PT_POLARITY_BARRIER; polarity <= PT_POLARITY_ENABLER; polarity++)
    for (guint i = 0; i < factors->len; i++)
      {
        PtFactor *factor = g_ptr_array_index (factors, i);

        if (pt_factor_get_dimension (factor) != dimension || (int) pt_factor_get_polarity (factor) != polarity)
          continue;
        /* A spread again replaces the last one. */
        g_hash_table_remove (self->shown_at, factor);
        g_hash_table_remove (self->left_out, factor);
        if (!pt_scene_hides (self, factor))
          g_ptr_array_add (mine, factor);
      }

  for (guint i = 0; i < mine->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (mine, i);
      CardCache *cache = pt_scene_get_card (self, factor);
      guint lane = 0;
      double above, beside, below;

      /* Its badges' room too, so that a badge is not taken for the
       * neighbour's. */
      pt_scene_card_badge_reach (self, factor, &above, &beside, &below);
      above *= self->text_scale;
      below *= self->text_scale;

      /* Enablers start below every barrier. */
      if (i > 0 && pt_factor_get_polarity (factor) == PT_POLARITY_ENABLER &&
          pt_factor_get_polarity (g_ptr_array_index (mine, i - 1)) == PT_POLARITY_BARRIER)
        {
          double lowest = area->y;

          for (guint l = 0; l < lanes; l++)
            lowest = MAX (lowest, bottoms[l]);
          for (guint l = 0; l < lanes; l++)
            bottoms[l] = lowest;
        }
      for (guint l = 1; l < lanes; l++)
        if (bottoms[l] < bottoms[lane])
          lane = l;
      /* Once one card finds no room, the rest keep their order and wait. */
      if (left_out > 0 || bottoms[lane] + above + cache->height + below > area->y + area->height)
        {
          g_hash_table_add (self->left_out, factor);
          left_out++;
          continue;
        }
      g_hash_table_insert (self->shown_at, factor,
                           g_memdup2 (&(PtPoint) { area->x + lane * (card_width + gap) + cache->width / 2,
                                                   bottoms[lane] + above + cache->height / 2 },
                                      sizeof (PtPoint)));
      bottoms[lane] += above + cache->height + below + gap;
    }
  return left_out;
}

/* Every card back where the group put it. */
void
pt_scene_clear_spread (PtScene *self)
{
  g_return_if_fail (PT_IS_SCENE (self));
  pt_scene_forget_shown_positions (self);
}

/* Whether the last spread found no room for factor: it is not drawn. */
gboolean
pt_scene_is_left_out (PtScene  *self,
                      PtFactor *factor)
{
  g_return_val_if_fail (PT_IS_SCENE (self), FALSE);
  return self->left_out != NULL && g_hash_table_contains (self->left_out, factor);
}

/* What a surface of this aspect (width / height) shows of the scene: the
 * scene's own bounds, widened or heightened to that aspect round their
 * middle, so the triangle is as large as the surface allows and the room
 * beside it holds cards. */
void
pt_scene_get_bounds_for_aspect (PtScene *self,
                                double   aspect,
                                PtRect  *bounds)
{
  PtRect own;

  g_return_if_fail (PT_IS_SCENE (self));

  pt_scene_get_own_bounds (self, &own);
  *bounds = own;
  if (!(aspect > 0) || !isfinite (aspect))
    return;
  if (own.width / own.height < aspect)
    {
      /* The tray stays at the right-hand edge. */
      bounds->width = own.height * aspect;
      bounds->x = self->show_tray ? own.x + own.width - bounds->width
                                  : own.x + own.width / 2 - bounds->width / 2;
    }
  else
    {
      /* Two corners are at the foot, one at the top: two thirds of the
       * room added goes below. */
      bounds->height = own.width / aspect;
      bounds->y = own.y - (bounds->height - own.height) / 3;
    }
}

/* Moves bounds round the triangle (keep, which stays inside them) so that
 * the room beside each corner, nearer it than the others, matches what
 * its cards need: on a page with the triangle small, a dimension with
 * many cards gets more of the page. The corners' parts are still the
 * nearest corner's, the rule a drop follows. */
static void
balance_bounds (const PtLayoutCard *cards,
                guint               n,
                const PtRect       *keep,
                PtRect             *bounds)
{
  const double S = PT_TRIANGLE_SIDE, H = PT_TRIANGLE_HEIGHT;
  const PtPoint corners[] = { { S / 2, 0 }, { 0, H }, { S, H } };
  /* Candidate places, and samples of the page for each. */
  const int STEPS = 8, SAMPLES = 40;
  double need[3] = { 0 }, lo_x, hi_x, lo_y, hi_y, best = G_MAXDOUBLE;
  PtRect start = *bounds;

  for (guint i = 0; i < n; i++)
    if (cards[i].dimension >= PT_DIMENSION_RESOURCES)
      need[cards[i].dimension - PT_DIMENSION_RESOURCES] += cards[i].width * cards[i].height;
  if (need[0] + need[1] + need[2] == 0)
    return;

  /* How far the bounds may move and still hold keep. */
  lo_x = keep->x + keep->width - start.width;
  hi_x = keep->x;
  lo_y = keep->y + keep->height - start.height;
  hi_y = keep->y;
  if (lo_x > hi_x || lo_y > hi_y)
    return;

  for (int i = 0; i <= STEPS; i++)
    for (int j = 0; j <= STEPS; j++)
      {
        PtRect b = { lo_x + (hi_x - lo_x) * i / STEPS, lo_y + (hi_y - lo_y) * j / STEPS,
                     start.width, start.height };
        double room[3] = { 0 }, worst = 0, moved;

        for (int u = 0; u < SAMPLES; u++)
          for (int v = 0; v < SAMPLES; v++)
            {
              double x = b.x + b.width * (u + 0.5) / SAMPLES, y = b.y + b.height * (v + 0.5) / SAMPLES;
              guint nearest = 0;
              double d2 = G_MAXDOUBLE;

              if (pt_rect_contains (keep, x, y))
                continue;
              for (guint c = 0; c < 3; c++)
                {
                  double dx = x - corners[c].x, dy = y - corners[c].y;

                  if (dx * dx + dy * dy < d2)
                    {
                      d2 = dx * dx + dy * dy;
                      nearest = c;
                    }
                }
              room[nearest] += 1;
            }
        for (guint c = 0; c < 3; c++)
          if (need[c] > 0)
            worst = MAX (worst, need[c] / MAX (room[c], 0.5));
        /* Of equal ones, the nearest the usual place. */
        moved = fabs (b.x - start.x) / start.width + fabs (b.y - start.y) / start.height;
        if (worst * (1 + 0.02 * moved) < best)
          {
            best = worst * (1 + 0.02 * moved);
            *bounds = b;
          }
      }
}

/* Places every card shown with the layout engine (pt-layout.h) in bounds,
 * at the largest text scale from min_scale to max_scale at which all of
 * them fit whole and uncovered; the scene's bounds become these. FALSE
 * when even min_scale is too large: then smaller, if it may_shrink, or the
 * cards that found no spot are where the group put them. */
static gboolean
arrange_in (PtScene      *self,
            const PtRect *given,
            double        min_scale,
            double        max_scale,
            gboolean      may_shrink,
            gboolean      balance)
{
  PtRect moved = *given, *bounds = &moved;
  GPtrArray *all;
  g_autoptr(GPtrArray) shown = NULL;
  g_autofree PtLayoutCard *cards = NULL;
  g_autofree PtPoint *centres = NULL;
  g_autofree PtPoint *offsets = NULL;
  const double S = PT_TRIANGLE_SIDE, H = PT_TRIANGLE_HEIGHT, o = PT_RING_OFFSET;
  const PtPoint top = { S / 2, 0 }, left = { 0, H }, right = { S, H };
  PtPoint lines[2 * 6], centre[3] = { { S / 4, H / 2 }, { 3 * S / 4, H / 2 }, { S / 2, H } };
  /* The dimensions' names and counts, the cycle's steps, and right of the
   * triangle the tray's side (nothing but the tray there). */
  PtRect headings[7] = { { 0 } };
  PtLayoutArea area = { { 0 } };
  double scale = 1.0, now;
  gboolean fits;

  all = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  shown = g_ptr_array_sized_new (all->len);
  for (guint i = 0; i < all->len; i++)
    if (!pt_scene_hides (self, g_ptr_array_index (all, i)))
      g_ptr_array_add (shown, g_ptr_array_index (all, i));

  /* Sizes at text scale 1: a card at another scale is the same card,
   * larger (pt_scene_get_card). */
  now = self->text_scale;
  cards = g_new (PtLayoutCard, MAX (shown->len, 1));
  centres = g_new (PtPoint, MAX (shown->len, 1));
  offsets = g_new (PtPoint, MAX (shown->len, 1));
  for (guint i = 0; i < shown->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (shown, i);
      CardCache *cache = pt_scene_get_card (self, factor);
      PtDimensionKind d = pt_factor_get_dimension (factor);

      double above, beside, below;

      /* A card takes the room of its badges too, and its centre is then
       * off the middle of that room. */
      pt_scene_card_badge_reach (self, factor, &above, &beside, &below);
      offsets[i] = (PtPoint) { beside / 2, (below - above) / 2 };
      cards[i] = (PtLayoutCard) { d, cache->width / now + beside, cache->height / now + above + below,
                                  pt_geometry_model_to_scene (d, pt_factor_get_x (factor),
                                                              pt_factor_get_y (factor)) };
    }

  if (balance)
    {
      PtRect keep;

      pt_geometry_triangle_bounds (&keep);
      for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
        {
          PtRect r;

          pt_scene_heading_rect (self, k, &r);
          pt_rect_union (&keep, &r, &keep);
        }
      balance_bounds (cards, shown->len, &keep, bounds);
    }

  /* Clear of the surface's edges by the badges' reach above a card. */
  area.bounds = (PtRect) { bounds->x + 10, bounds->y + 10, bounds->width - 20, bounds->height - 20 };
  if (self->show_tray)
    pt_geometry_tray (&area.tray);
  /* Each card goes where its corner is the nearest: the room beside the
   * triangle is shared at the middle of each edge. */
  area.anchors[PT_DIMENSION_RESOURCES] = top;
  area.anchors[PT_DIMENSION_DISCOURSES] = left;
  area.anchors[PT_DIMENSION_CONTEXTS] = right;
  /* The triangle's edges, and the cycle's arrows beside them. */
  {
    const PtPoint corners[] = { left, top, right, left };

    for (guint e = 0; e < 3; e++)
      {
        PtPoint a = corners[e], b = corners[e + 1];
        double nx = pt_scene_ring_arrows[e].n.x * o, ny = pt_scene_ring_arrows[e].n.y * o;

        lines[4 * e] = a;
        lines[4 * e + 1] = b;
        lines[4 * e + 2] = (PtPoint) { a.x + (b.x - a.x) * 0.14 + nx, a.y + (b.y - a.y) * 0.14 + ny };
        lines[4 * e + 3] = (PtPoint) { a.x + (b.x - a.x) * 0.86 + nx, a.y + (b.y - a.y) * 0.86 + ny };
      }
  }
  for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
    {
      PtRect *r = &headings[k - PT_DIMENSION_RESOURCES];

      pt_scene_heading_rect (self, k, r);
      *r = (PtRect) { r->x - 10, r->y - 10, r->width + 20, r->height + 20 };
    }
  for (guint step = 0; step < 3; step++)
    pt_scene_step_label_rect (self, step, &headings[3 + step]);
  if (self->show_tray)
    headings[6] = (PtRect) { area.tray.x - 20, bounds->y, bounds->x + bounds->width - area.tray.x + 20, bounds->height };
  area.clear_lines = lines;
  area.n_clear_lines = 6;
  area.clear_triangles = centre;
  area.n_clear_triangles = 1;
  area.clear_rects = headings;
  area.n_clear_rects = G_N_ELEMENTS (headings);
  area.margin = 6;
  area.min_scale = min_scale;
  area.max_scale = MAX (min_scale, max_scale);
  area.may_shrink = may_shrink;

  fits = pt_layout_place (cards, shown->len, &area, &scale, centres);

  pt_scene_set_text_scale (self, scale);
  pt_scene_forget_shown_positions (self);
  self->shown_at = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint i = 0; i < shown->len; i++)
    {
      PtPoint at = { centres[i].x - offsets[i].x * scale, centres[i].y - offsets[i].y * scale };

      g_hash_table_insert (self->shown_at, g_ptr_array_index (shown, i), g_memdup2 (&at, sizeof (PtPoint)));
    }
  self->arranged = TRUE;
  self->arranged_bounds = *bounds;
  pt_scene_cards_moved (self);
  return fits;
}

/* Arranges the cards in own grown room times round its middle, the
 * surface height units high; the size the cards' text then has in those
 * units, 0 if not all of them fit at min_size or more, or -1 if the
 * triangle would be too small for its own words (nothing is arranged). */
static double
arrange_in_room (PtScene      *self,
                 const PtRect *own,
                 double        room,
                 double        height,
                 double        min_size,
                 double        max_size,
                 gboolean      text_may_shrink)
{
  PtRect bounds = { own->x + own->width / 2 - own->width * room / 2, own->y + own->height / 2 - own->height * room / 2,
                    own->width * room, own->height * room };
  /* Surface units a scene unit. */
  double units = height / bounds.height;
  double min_scale = min_size / (PT_CARD_FONT_SIZE * units);
  double max_scale = MAX (min_scale, MAX (1.0, max_size / (PT_CARD_FONT_SIZE * units)));

  /* The triangle's own words grow as it shrinks, so that they are never
   * under the smallest size either (its counts are the smallest of them). */
  double words_were = self->words_scale;

  self->words_scale = MAX (1.0, min_size / (PT_COUNT_FONT_SIZE * units));
  if (room > 1.0 && !pt_scene_words_fit (self))
    {
      self->words_scale = words_were;
      return -1;
    }
  if (!arrange_in (self, &bounds, min_scale, max_scale, text_may_shrink, !text_may_shrink))
    return 0;
  return self->text_scale * PT_CARD_FONT_SIZE * units;
}

/* Places every card shown on a surface width × height (pixels, or points
 * on paper), its text from min_size to max_size in the surface's units at
 * the largest size at which all fit whole and uncovered, the triangle as
 * large as the surface allows (pt_scene_get_bounds_for_aspect ()); the
 * scene's bounds become the surface's. When even min_size does not fit,
 * a screen (text_may_shrink) makes the text smaller, as smaller is better
 * than covered. Paper, where nothing may be under its minimum, may draw
 * the triangle smaller, down to a third of its size with its own words
 * larger (while they still fit round it), leaving more of the page beside
 * it for cards: it does when that makes the cards' text larger by half a
 * point or more, until the text is halfway from min_size to max_size. FALSE when the
 * text shrank, or when even the smallest triangle did not hold them all
 * (the cards that found no spot are then where the group put them). */
gboolean
pt_scene_arrange (PtScene  *self,
                  double    width,
                  double    height,
                  double    min_size,
                  double    max_size,
                  gboolean  text_may_shrink)
{
  PtRect own;
  double best_room = 0, best_size = 0, tried = 1.0;

  g_return_val_if_fail (PT_IS_SCENE (self), FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  pt_scene_get_bounds_for_aspect (self, width / height, &own);
  if (text_may_shrink)
    return arrange_in_room (self, &own, 1.0, height, min_size, max_size, TRUE) > 0;

  /* Cards that would not cover even the whole surface at min_size do
   * not fit at all: no triangle is tried (a workshop of thousands of
   * cards is not laid out a dozen times to find that out). */
  {
    GPtrArray *all = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
    double area = 0, units = height / (own.height * 3.0), scale = min_size / (PT_CARD_FONT_SIZE * units);

    for (guint i = 0; i < all->len && area * scale * scale < (width / units) * (height / units); i++)
      if (!pt_scene_hides (self, g_ptr_array_index (all, i)))
        {
          CardCache *cache = pt_scene_get_card (self, g_ptr_array_index (all, i));

          area += cache->width * cache->height / (self->text_scale * self->text_scale);
        }
    if (area * scale * scale >= (width / units) * (height / units))
      return FALSE;
  }

  for (double room = 1.0; room < 3.0; room *= 1.1)
    {
      double size = arrange_in_room (self, &own, room, height, min_size, max_size, FALSE);

      if (size < 0)
        break;
      tried = room;
      if (size > best_size + 0.5)
        {
          best_size = size;
          best_room = room;
        }
      /* Halfway from the smallest size to the largest is large enough to
       * read: the triangle stays as large as it can be then. */
      if (size >= (min_size + max_size) / 2)
        break;
    }
  /* The best, or when none held them all the smallest triangle tried. */
  if (best_room != tried)
    arrange_in_room (self, &own, best_room > 0 ? best_room : tried, height, min_size, max_size, FALSE);
  return best_room > 0;
}
