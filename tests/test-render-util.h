/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-render-util.h — small helpers the drawing tests share, without a
 * display: a factor put in a workshop, and two pictures compared. */
#pragma once

#include <cairo.h>

#include "pt-workshop.h"

/* A factor with this text, dimension and polarity at (x, y) in the model,
 * added to ws (which holds it). */
static inline PtFactor *
test_add_factor (PtWorkshop      *ws,
                 const char      *text,
                 PtDimensionKind  dimension,
                 PtPolarity       polarity,
                 double           x,
                 double           y)
{
  g_autofree char *id = pt_workshop_new_id (ws, PT_TYPE_FACTOR);
  g_autoptr(PtFactor) f = g_object_new (PT_TYPE_FACTOR, "id", id, "text", text,
                                        "dimension", dimension, "polarity", polarity,
                                        "x", x, "y", y, NULL);

  pt_workshop_add (ws, PT_ITEM (f));
  return f;
}

/* How many pixels of two images of one size differ, in any channel, by
 * more than tolerance (0 to 255). */
static inline guint
test_pixels_differing (cairo_surface_t *a,
                       cairo_surface_t *b,
                       int              tolerance)
{
  const guint8 *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  guint differing = 0;

  for (int y = 0; y < cairo_image_surface_get_height (a); y++)
    for (int x = 0; x < cairo_image_surface_get_width (a) * 4; x += 4)
      for (int c = 0; c < 4; c++)
        if (ABS (pa[y * stride + x + c] - pb[y * stride + x + c]) > tolerance)
          {
            differing++;
            break;
          }
  return differing;
}
