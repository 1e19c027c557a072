/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-layer.c — PtLayer: a drawing kept as pixels between frames.
 *
 * The picture covers what of the drawing's bounds the target shows (its
 * clip), in the target's device pixels, and is drawn with the caller's own
 * transformation shifted by whole pixels: copying it gives the very pixels
 * drawing directly would have given. It is made the second time a view is
 * drawn, when it will be copied rather than drawn again.
 */
#define G_LOG_DOMAIN "pt-render"

#include "config.h"

#include <math.h>

#include "pt-layer.h"

/* Pictures beyond this many pixels (a view zoomed far in) are not kept:
 * the memory would cost more than drawing saves. */
#define MAX_PIXELS (4096 * 2160)

struct _PtLayer
{
  cairo_surface_t *image;     /* NULL when nothing is kept */
  PtLayerView      kept;      /* the picture's, while there is one */
  PtLayerView      seen;      /* the last one drawn; none while its scale is 0 */
  double           recording_scale;
};

PtLayer *
pt_layer_new (void)
{
  PtLayer *self = g_new0 (PtLayer, 1);

  self->recording_scale = 1;
  return self;
}

/* A recording (as GTK's drawing nodes are) has no pixels of its own: it
 * is played back at this many device pixels a unit, where the picture is
 * made for. */
void
pt_layer_set_recording_scale (PtLayer *self,
                              double   scale)
{
  self->recording_scale = CLAMP (scale, 1, 8);
}

void
pt_layer_free (PtLayer *self)
{
  if (self == NULL)
    return;
  pt_layer_invalidate (self);
  g_free (self);
}

/* The drawing has changed: the next pt_layer_draw () draws it again. */
void
pt_layer_invalidate (PtLayer *self)
{
  g_clear_pointer (&self->image, cairo_surface_destroy);
}

/* Whether a picture is kept: for tests. */
gboolean
pt_layer_is_kept (PtLayer *self)
{
  return self->image != NULL;
}

/* The device pixels (at device_scale) of bounds that the target's clip
 * lets through; FALSE if none, or too many to keep. */
static gboolean
pixel_area (cairo_t               *cr,
            const PtRect          *bounds,
            double                 device_scale,
            cairo_rectangle_int_t *area)
{
  double x0 = bounds->x, y0 = bounds->y, x1 = bounds->x + bounds->width, y1 = bounds->y + bounds->height;
  double cx0, cy0, cx1, cy1;

  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  cairo_restore (cr);
  x0 = floor (MAX (x0, cx0) * device_scale);
  y0 = floor (MAX (y0, cy0) * device_scale);
  x1 = ceil (MIN (x1, cx1) * device_scale);
  y1 = ceil (MIN (y1, cy1) * device_scale);
  if (x1 <= x0 || y1 <= y0 || (x1 - x0) * (y1 - y0) > MAX_PIXELS)
    return FALSE;
  *area = (cairo_rectangle_int_t) { (int) x0, (int) y0, (int) (x1 - x0), (int) (y1 - y0) };
  return TRUE;
}

/* Whether cr draws to pixels: an image, or a bounded recording (as GTK's
 * drawing nodes are) played back at recording_scale device pixels a unit;
 * not a vector file, nor an unbounded recording, which may be headed for
 * paper. If so, scale is how many device pixels a unit of cr's device
 * space holds. */
gboolean
pt_layer_target_pixels (cairo_t *cr,
                        double   recording_scale,
                        double  *scale)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_rectangle_t extents;
  double x, y;

  cairo_surface_get_device_scale (target, &x, &y);
  switch (cairo_surface_get_type (target))
    {
    case CAIRO_SURFACE_TYPE_IMAGE:
      break;
    case CAIRO_SURFACE_TYPE_RECORDING:
      if (!cairo_recording_surface_get_extents (target, &extents))
        return FALSE;
      x *= recording_scale;
      y *= recording_scale;
      break;
    default:
      return FALSE;
    }
  *scale = x;
  return x == y && x > 0;
}

/* Drawing straight to the target, only within bounds as the picture is. */
static void
draw_within (cairo_t         *cr,
             const PtRect    *bounds,
             PtLayerDrawFunc  draw,
             gpointer         data)
{
  cairo_save (cr);
  cairo_rectangle (cr, bounds->x, bounds->y, bounds->width, bounds->height);
  cairo_clip (cr);
  draw (cr, data);
  cairo_restore (cr);
}

static gboolean
same_matrix (const cairo_matrix_t *a,
             const cairo_matrix_t *b)
{
  return a->xx == b->xx && a->yy == b->yy && a->xy == b->xy && a->yx == b->yx && a->x0 == b->x0 && a->y0 == b->y0;
}

/* Whether view holds all of area, drawn as now asked. */
static gboolean
view_covers (const PtLayerView           *view,
             const cairo_matrix_t        *matrix,
             double                       device_scale,
             const cairo_rectangle_int_t *area)
{
  return same_matrix (&view->matrix, matrix) && view->device_scale == device_scale &&
         area->x >= view->area.x && area->y >= view->area.y &&
         area->x + area->width <= view->area.x + view->area.width &&
         area->y + area->height <= view->area.y + view->area.height;
}

/* Draws the picture for view. */
static gboolean
make_picture (PtLayer           *self,
              const PtLayerView *view,
              gboolean           opaque,
              PtLayerDrawFunc    draw,
              gpointer           data)
{
  cairo_t *image_cr;

  self->image = cairo_image_surface_create (opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32,
                                            view->area.width, view->area.height);
  if (cairo_surface_status (self->image) != CAIRO_STATUS_SUCCESS)
    {
      pt_layer_invalidate (self);
      return FALSE;
    }
  cairo_surface_set_device_scale (self->image, view->device_scale, view->device_scale);
  self->kept = *view;
  /* The caller's transformation, moved by the picture's whole-pixel
   * corner: the same pixels as drawing to the target itself. */
  image_cr = cairo_create (self->image);
  cairo_translate (image_cr, -view->area.x / view->device_scale, -view->area.y / view->device_scale);
  cairo_transform (image_cr, &view->matrix);
  draw (image_cr, data);
  cairo_destroy (image_cr);
  return TRUE;
}

/* Draws what draw () draws within bounds (user units of cr): on a raster
 * target, from the kept picture, made first if there is none or the view
 * has changed since. If opaque, draw () paints every pixel it is given
 * (the picture's reach past bounds is less than a pixel), and the picture
 * is copied rather than blended. */
void
pt_layer_draw (PtLayer         *self,
               cairo_t         *cr,
               const PtRect    *bounds,
               gboolean         opaque,
               PtLayerDrawFunc  draw,
               gpointer         data)
{
  cairo_rectangle_int_t area;
  cairo_matrix_t m;
  double device_x;

  cairo_get_matrix (cr, &m);
  if (!pt_layer_target_pixels (cr, self->recording_scale, &device_x) ||
      m.xy != 0 || m.yx != 0 || m.xx <= 0 || m.yy <= 0 ||
      !pixel_area (cr, bounds, device_x, &area))
    {
      draw_within (cr, bounds, draw, data);
      return;
    }

  if (self->image == NULL || !view_covers (&self->kept, &m, device_x, &area))
    {
      PtLayerView view = { m, device_x, area };

      pt_layer_invalidate (self);
      /* A picture pays once the same view is drawn again. A view drawn for
       * the first time (a window's first frame, each step of a resize) is
       * drawn straight: making the picture would cost its memory, a pass
       * over its pixels and the copy, for nothing kept. */
      if (!view_covers (&self->seen, &m, device_x, &area))
        {
          self->seen = view;
          draw_within (cr, bounds, draw, data);
          return;
        }
      if (!make_picture (self, &view, opaque, draw, data))
        {
          draw_within (cr, bounds, draw, data);
          return;
        }
    }

  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_source_surface (cr, self->image, self->kept.area.x / device_x, self->kept.area.y / device_x);
  cairo_paint (cr);
  cairo_restore (cr);
}
