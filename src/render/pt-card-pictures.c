/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-card-pictures.c — a card drawn once into pixels, for screens (see the
 * header for why).
 */
#define G_LOG_DOMAIN "pt-render"

#include "config.h"

#include <math.h>

#include "pt-card-pictures.h"

static gsize
image_size (cairo_surface_t *image)
{
  return (gsize) cairo_image_surface_get_stride (image) * cairo_image_surface_get_height (image);
}

/* Whether cr draws onto pixels (an image, or a recording that GTK plays
 * back on a screen's pixels at recording_scale), and at what device scale.
 * Vector targets answer FALSE: they keep shapes. */
gboolean
pt_card_picture_target_pixels (cairo_t *cr,
                               double   recording_scale,
                               double  *device_scale)
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
  *device_scale = x;
  return x == y && x > 0;
}

void
pt_card_picture_clear (PtCardPicture   *self,
                       PtPictureBudget *budget)
{
  if (self->image == NULL)
    return;
  budget->bytes -= image_size (self->image);
  g_clear_pointer (&self->image, cairo_surface_destroy);
}

/* Makes the picture at scale, unless the one kept is it already; FALSE
 * if over the budget. */
static gboolean
make (PtCardPicture   *self,
      PtPictureBudget *budget,
      guint            look,
      double           width,
      double           height,
      double           margin,
      double           scale,
      double           device_scale,
      PtCardDrawFunc   draw,
      gpointer         data)
{
  int pixels_w, pixels_h;
  gsize old;
  cairo_t *cr;

  if (self->image != NULL && self->look == look && self->scale == scale && self->device_scale == device_scale)
    return TRUE;

  pixels_w = (int) ceil ((width + 2 * margin) * scale);
  pixels_h = (int) ceil ((height + 2 * margin) * scale);
  old = self->image != NULL ? image_size (self->image) : 0;
  if (budget->bytes - old + (gsize) pixels_w * pixels_h * 4 > budget->budget)
    return FALSE;
  pt_card_picture_clear (self, budget);
  self->image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels_w, pixels_h);
  budget->bytes += image_size (self->image);
  self->look = look;
  self->scale = scale;
  self->device_scale = device_scale;
  cr = cairo_create (self->image);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, margin, margin);
  draw (cr, data);
  cairo_destroy (cr);
  cairo_surface_set_device_scale (self->image, device_scale, device_scale);
  return TRUE;
}

/* Draws a width × height card (and margin round it, for its badges and
 * outlines) at cr's origin from its picture, made first if need be, in
 * whole device pixels. FALSE where that cannot be done: a vector target,
 * turned or stretched, or over the budget; the caller draws shapes. */
gboolean
pt_card_picture_draw (PtCardPicture   *self,
                      PtPictureBudget *budget,
                      cairo_t         *cr,
                      double           recording_scale,
                      guint            look,
                      double           width,
                      double           height,
                      double           margin,
                      PtCardDrawFunc   draw,
                      gpointer         data)
{
  double device_scale, scale, x = 0, y = 0;
  cairo_matrix_t m;

  cairo_get_matrix (cr, &m);
  if (!pt_card_picture_target_pixels (cr, recording_scale, &device_scale) ||
      m.xy != 0 || m.yx != 0 || m.xx <= 0 || m.xx != m.yy)
    return FALSE;
  scale = m.xx * device_scale;
  if (!make (self, budget, look, width, height, margin, scale, device_scale, draw, data))
    return FALSE;

  /* The card's corner on a whole pixel, and the picture round it by whole
   * pixels: drawn in place, or as a widget placed on a whole pixel, the
   * same card lands on the same pixels. */
  cairo_user_to_device (cr, &x, &y);
  x = (round (x * device_scale) - round (margin * scale)) / device_scale;
  y = (round (y * device_scale) - round (margin * scale)) / device_scale;
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_source_surface (cr, self->image, x, y);
  cairo_paint (cr);
  cairo_restore (cr);
  return TRUE;
}
