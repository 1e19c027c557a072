/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-geometry.c — zones, mapping and clamping on the triangle.
 *
 * The three dimensions are the corner triangles made by joining the edges'
 * midpoints; all three stand upright (apex up), which makes "does a card fit"
 * the same small formula for each. The inverted centre triangle holds the
 * focus question and takes no cards.
 */
#define G_LOG_DOMAIN "pt-render"

#include "pt-geometry.h"

#include <math.h>

#define H      PT_TRIANGLE_HEIGHT
#define S      PT_TRIANGLE_SIDE
#define SQRT3  1.7320508075688772

/* Cards keep this far from a zone's edges, so the lines stay visible. */
#define EDGE_MARGIN 6.0

/* The tray, to the right of the triangle with a gap for the cycle ring. */
static const PtRect tray = { 1130.0, 0.0, 280.0, H };

void
pt_geometry_scene_bounds (PtRect *bounds)
{
  /* Room round the triangle for the cycle ring and the labels, and on the
   * right for the tray. */
  *bounds = (PtRect) { -60.0, -90.0, tray.x + tray.width + 20.0 + 60.0, H + 90.0 + 105.0 };
}

/* The same without the tray: the triangle, its ring and labels. */
void
pt_geometry_triangle_bounds (PtRect *bounds)
{
  *bounds = (PtRect) { -60.0, -90.0, S + 120.0, H + 90.0 + 105.0 };
}

void
pt_geometry_tray (PtRect *out)
{
  *out = tray;
}

void
pt_geometry_zone_corners (PtZone  zone,
                          PtPoint corners[3])
{
  switch (zone)
    {
    case PT_ZONE_RESOURCES:
      corners[0] = (PtPoint) { S / 2, 0 };
      corners[1] = (PtPoint) { S / 4, H / 2 };
      corners[2] = (PtPoint) { 3 * S / 4, H / 2 };
      break;
    case PT_ZONE_DISCOURSES:
      corners[0] = (PtPoint) { S / 4, H / 2 };
      corners[1] = (PtPoint) { 0, H };
      corners[2] = (PtPoint) { S / 2, H };
      break;
    case PT_ZONE_CONTEXTS:
      corners[0] = (PtPoint) { 3 * S / 4, H / 2 };
      corners[1] = (PtPoint) { S / 2, H };
      corners[2] = (PtPoint) { S, H };
      break;
    case PT_ZONE_CENTRE:
      corners[0] = (PtPoint) { S / 4, H / 2 };
      corners[1] = (PtPoint) { 3 * S / 4, H / 2 };
      corners[2] = (PtPoint) { S / 2, H };
      break;
    case PT_ZONE_TRAY:
    case PT_ZONE_NONE:
    default:
      g_return_if_reached ();
    }
}

/* Inside the big triangle (apex (S/2, 0), base y = H)? */
static gboolean
in_triangle (double x,
             double y)
{
  double half = y / SQRT3;

  return y >= 0 && y <= H && x >= S / 2 - half && x <= S / 2 + half;
}

PtZone
pt_geometry_zone_at (double x,
                     double y)
{
  if (pt_rect_contains (&tray, x, y))
    return PT_ZONE_TRAY;
  if (!in_triangle (x, y))
    return PT_ZONE_NONE;
  if (y < H / 2)
    return PT_ZONE_RESOURCES;
  /* Below the midline: the centre triangle is inverted, between the lines
   * from (S/4, H/2) to (S/2, H) and from (3S/4, H/2) to (S/2, H). */
  {
    double depth = y - H / 2;
    double left = S / 4 + depth / SQRT3;
    double right = 3 * S / 4 - depth / SQRT3;

    if (x < left)
      return PT_ZONE_DISCOURSES;
    if (x > right)
      return PT_ZONE_CONTEXTS;
    return PT_ZONE_CENTRE;
  }
}

/* Where a new card of a dimension goes before anything else is said: the
 * middle of its part of the triangle, or for the tray, near its top. */
PtPoint
pt_geometry_new_card_point (PtDimensionKind dimension)
{
  PtPoint c[3];

  if (dimension == PT_DIMENSION_UNPLACED)
    {
      PtRect box;

      pt_geometry_tray (&box);
      return (PtPoint) { box.x + box.width / 2, box.y + 60 };
    }
  pt_geometry_zone_corners ((PtZone) dimension, c);
  return (PtPoint) { (c[0].x + c[1].x + c[2].x) / 3, (c[0].y + c[1].y + c[2].y) / 3 };
}

static double
distance_to_centroid (PtZone  zone,
                      double  x,
                      double  y)
{
  PtPoint c[3];
  double cx, cy;

  pt_geometry_zone_corners (zone, c);
  cx = (c[0].x + c[1].x + c[2].x) / 3;
  cy = (c[0].y + c[1].y + c[2].y) / 3;
  return hypot (x - cx, y - cy);
}

/* The dimension a card dropped at (x, y) belongs to: the zone under it; for
 * the centre and the space around the triangle, the nearest dimension;
 * while the tray shows, the tray for the tray and anything right of the
 * triangle (collapsed, that space is the nearest dimension's). */
PtDimensionKind
pt_geometry_dimension_for_drop (double   x,
                                double   y,
                                gboolean tray_shown)
{
  PtZone zone = pt_geometry_zone_at (x, y);
  PtDimensionKind best = PT_DIMENSION_RESOURCES;
  double best_distance = G_MAXDOUBLE;

  if (tray_shown && (zone == PT_ZONE_TRAY || x >= tray.x - 20.0))
    return PT_DIMENSION_UNPLACED;
  if (zone >= PT_ZONE_RESOURCES && zone <= PT_ZONE_CONTEXTS)
    return (PtDimensionKind) zone;

  for (PtZone z = PT_ZONE_RESOURCES; z <= PT_ZONE_CONTEXTS; z++)
    {
      double d = distance_to_centroid (z, x, y);

      if (d < best_distance)
        {
          best_distance = d;
          best = (PtDimensionKind) z;
        }
    }
  return best;
}

PtPoint
pt_geometry_model_to_scene (PtDimensionKind dimension,
                            double          mx,
                            double          my)
{
  if (dimension == PT_DIMENSION_UNPLACED)
    return (PtPoint) { tray.x + mx * tray.width, tray.y + my * tray.height };
  return (PtPoint) { mx * S, my * H };
}

PtPoint
pt_geometry_scene_to_model (PtDimensionKind dimension,
                            double          sx,
                            double          sy)
{
  PtPoint p;

  if (dimension == PT_DIMENSION_UNPLACED)
    p = (PtPoint) { (sx - tray.x) / tray.width, (sy - tray.y) / tray.height };
  else
    p = (PtPoint) { sx / S, sy / H };
  p.x = CLAMP (p.x, 0.0, 1.0);
  p.y = CLAMP (p.y, 0.0, 1.0);
  return p;
}

/* The nearest centre to (cx, cy) at which a width × height card lies wholly
 * inside its dimension's zone (or the tray). A card too large for the zone
 * is centred as well as it can be. */
PtPoint
pt_geometry_clamp_card (PtDimensionKind dimension,
                        double          cx,
                        double          cy,
                        double          width,
                        double          height)
{
  PtPoint c[3];
  double apex_x, apex_y, base_y, top, bottom, half;

  if (dimension == PT_DIMENSION_UNPLACED)
    {
      double min_x = tray.x + width / 2 + EDGE_MARGIN, max_x = tray.x + tray.width - width / 2 - EDGE_MARGIN;
      double min_y = tray.y + height / 2 + 40.0, max_y = tray.y + tray.height - height / 2 - EDGE_MARGIN;

      return (PtPoint) { min_x <= max_x ? CLAMP (cx, min_x, max_x) : tray.x + tray.width / 2,
                         min_y <= max_y ? CLAMP (cy, min_y, max_y) : tray.y + tray.height / 2 };
    }

  pt_geometry_zone_corners ((PtZone) dimension, c);
  apex_x = c[0].x;
  apex_y = c[0].y;
  base_y = c[1].y;

  /* The card's top corners need the zone at least as wide as the card: at
   * depth d below the apex, the zone's half-width is d / √3. */
  top = apex_y + height / 2 + (width / 2 + EDGE_MARGIN) * SQRT3 + EDGE_MARGIN;
  bottom = base_y - height / 2 - EDGE_MARGIN;
  if (top > bottom)
    return (PtPoint) { apex_x, (apex_y + 2 * base_y) / 3 };

  cy = CLAMP (cy, top, bottom);
  half = (cy - height / 2 - apex_y) / SQRT3 - width / 2 - EDGE_MARGIN;
  cx = CLAMP (cx, apex_x - half, apex_x + half);
  return (PtPoint) { cx, cy };
}

gboolean
pt_rect_contains (const PtRect *rect,
                  double        x,
                  double        y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

gboolean
pt_rect_intersects (const PtRect *a,
                    const PtRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* The smallest rectangle holding both; out may be either. */
void
pt_rect_union (const PtRect *a,
               const PtRect *b,
               PtRect       *out)
{
  double x = MIN (a->x, b->x), y = MIN (a->y, b->y);
  double right = MAX (a->x + a->width, b->x + b->width), bottom = MAX (a->y + a->height, b->y + b->height);

  *out = (PtRect) { x, y, right - x, bottom - y };
}

double
pt_rect_overlap_area (const PtRect *a,
                      const PtRect *b)
{
  double w = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double h = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return w > 0 && h > 0 ? w * h : 0.0;
}
