/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-geometry.h — where things are on the triangle, in scene units.
 *
 * The scene is the canvas's own coordinate system, the same on screen, on
 * paper and in an exported image: the triangle has side 1000 with its top
 * corner at (500, 0) and its base on y = 866; the unplaced tray stands to its
 * right. A factor's stored position (0…1, 0…1) maps onto the triangle's
 * bounding box, or onto the tray for an unplaced factor.
 *
 * Pure arithmetic: no cairo, no Pango, no GTK.
 */
#pragma once

#include <glib.h>

#include "pt-enums.h"

G_BEGIN_DECLS

#define PT_TRIANGLE_SIDE    1000.0
#define PT_TRIANGLE_HEIGHT  866.0254037844386   /* side × √3 / 2 */

typedef struct
{
  double x, y, width, height;
} PtRect;

typedef struct
{
  double x, y;
} PtPoint;

/* What lies under a point of the scene. */
typedef enum {
  PT_ZONE_NONE = -1,          /* outside the triangle and the tray */
  PT_ZONE_TRAY = PT_DIMENSION_UNPLACED,
  PT_ZONE_RESOURCES = PT_DIMENSION_RESOURCES,
  PT_ZONE_DISCOURSES = PT_DIMENSION_DISCOURSES,
  PT_ZONE_CONTEXTS = PT_DIMENSION_CONTEXTS,
  PT_ZONE_CENTRE,             /* the inner triangle with the focus question */
} PtZone;

void     pt_geometry_scene_bounds     (PtRect          *bounds);
void     pt_geometry_triangle_bounds  (PtRect          *bounds);
void     pt_geometry_tray             (PtRect          *tray);
void     pt_geometry_zone_corners     (PtZone           zone,
                                       PtPoint          corners[3]);
PtZone   pt_geometry_zone_at          (double           x,
                                       double           y);
PtDimensionKind pt_geometry_dimension_for_drop (double   x,
                                                double   y,
                                                gboolean tray_shown);
PtPoint  pt_geometry_new_card_point   (PtDimensionKind  dimension);
PtPoint  pt_geometry_model_to_scene   (PtDimensionKind  dimension,
                                       double           mx,
                                       double           my);
PtPoint  pt_geometry_scene_to_model   (PtDimensionKind  dimension,
                                       double           sx,
                                       double           sy);
PtPoint  pt_geometry_clamp_card       (PtDimensionKind  dimension,
                                       double           cx,
                                       double           cy,
                                       double           width,
                                       double           height);
gboolean pt_rect_contains             (const PtRect    *rect,
                                       double           x,
                                       double           y);
gboolean pt_rect_intersects           (const PtRect    *a,
                                       const PtRect    *b);
double   pt_rect_overlap_area         (const PtRect    *a,
                                       const PtRect    *b);
void     pt_rect_union                (const PtRect    *a,
                                       const PtRect    *b,
                                       PtRect          *out);

G_END_DECLS
