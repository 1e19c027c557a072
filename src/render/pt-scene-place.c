/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-scene-place.c — PtScene: where cards go — where a dropped or sent card lands,
 * free space for a new one, and the shown positions that keep a heap apart
 * (declutter) or set cards out in rows (spread).
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

        if (pt_geometry_dimension_for_drop (p.x, p.y) != dimension)
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
  place.dimension = pt_geometry_dimension_for_drop (cx, cy);
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
  PtPoint corners[3], p, m;
  double w, h, cx, cy;

  g_return_val_if_fail (PT_IS_SCENE (self), place);

  pt_scene_get_card_size (self, factor, &w, &h);
  if (dimension == PT_DIMENSION_UNPLACED)
    {
      PtRect tray;

      pt_geometry_tray (&tray);
      cx = tray.x + tray.width / 2;
      cy = tray.y + 60;
    }
  else
    {
      pt_geometry_zone_corners ((PtZone) dimension, corners);
      cx = (corners[0].x + corners[1].x + corners[2].x) / 3;
      cy = (corners[0].y + corners[1].y + corners[2].y) / 3;
    }
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

/* Shows each card where it is unless it would cover much of the cards
 * before it, and then in the nearest free space: for pages, where cards are
 * larger than on screen. The model is not touched. Quadratic, so only for
 * workshops of a size that fits a page at all. */
void
pt_scene_declutter (PtScene *self)
{
  GPtrArray *factors;
  GArray *placed[PT_DIMENSION_CONTEXTS + 1];

  g_return_if_fail (PT_IS_SCENE (self));

  factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  pt_scene_forget_shown_positions (self);
  if (factors->len > 400)
    return;
  self->shown_at = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint d = 0; d <= PT_DIMENSION_CONTEXTS; d++)
    placed[d] = g_array_new (FALSE, FALSE, sizeof (PtRect));

  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);
      PtDimensionKind d = pt_factor_get_dimension (factor);
      PtPoint *at = g_new (PtPoint, 1);
      PtRect rect;
      double covered = 0;

      pt_scene_get_card_rect (self, factor, &rect);
      for (guint j = 0; j < placed[d]->len; j++)
        covered += pt_rect_overlap_area (&rect, &g_array_index (placed[d], PtRect, j));
      *at = (PtPoint) { rect.x + rect.width / 2, rect.y + rect.height / 2 };
      if (covered > 0.1 * rect.width * rect.height)
        *at = least_covering_position (d, at->x, at->y, rect.width, rect.height, placed[d]);
      rect.x = at->x - rect.width / 2;
      rect.y = at->y - rect.height / 2;
      g_array_append_val (placed[d], rect);
      g_hash_table_insert (self->shown_at, factor, at);
    }
  for (guint d = 0; d <= PT_DIMENSION_CONTEXTS; d++)
    g_array_unref (placed[d]);
  pt_scene_cards_moved (self);
}

/* Shows one dimension's cards in rows across area, barriers first, each as
 * wide as it is: for the projector, where cards are too large for the
 * corner of the triangle they stand in. Cards that do not fit are left out
 * (see pt_scene_is_left_out); returns how many. Other dimensions' cards
 * stay where they are until pt_scene_clear_spread (); the model is not
 * touched. */
guint
pt_scene_spread (PtScene         *self,
                 PtDimensionKind  dimension,
                 const PtRect    *area)
{
  GPtrArray *factors;
  g_autoptr(GPtrArray) mine = g_ptr_array_new ();
  double x, y, row_height = 0, gap;
  guint left_out = 0;

  g_return_val_if_fail (PT_IS_SCENE (self), 0);
  g_return_val_if_fail (area != NULL, 0);
  g_return_val_if_fail (dimension <= PT_DIMENSION_CONTEXTS, 0);

  pt_scene_cards_moved (self);
  /* Short cards stand closer, or a column would be mostly gaps. */
  gap = (self->card_lines[dimension] < PT_CARD_MAX_LINES ? 6 : 12) * self->text_scale;

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

  x = area->x;
  y = area->y;
  for (guint i = 0; i < mine->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (mine, i);
      CardCache *cache = pt_scene_get_card (self, factor);
      gboolean first_enabler = pt_factor_get_polarity (factor) == PT_POLARITY_ENABLER &&
                               (i == 0 || pt_factor_get_polarity (g_ptr_array_index (mine, i - 1)) ==
                                          PT_POLARITY_BARRIER);

      /* Enablers start a row of their own, below the barriers. */
      if (x > area->x && (first_enabler || x + cache->width > area->x + area->width))
        {
          x = area->x;
          y += row_height + gap;
          row_height = 0;
        }
      /* Once one card finds no room, the rest keep their order and wait. */
      if (left_out > 0 || y + cache->height > area->y + area->height)
        {
          g_hash_table_add (self->left_out, factor);
          left_out++;
          continue;
        }
      g_hash_table_insert (self->shown_at, factor,
                           g_memdup2 (&(PtPoint) { x + cache->width / 2, y + cache->height / 2 }, sizeof (PtPoint)));
      x += cache->width + gap;
      row_height = MAX (row_height, cache->height);
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
