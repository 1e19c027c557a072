/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-layer.h — PtLayer: a drawing kept as pixels between frames.
 *
 * What stays the same from one frame to the next (the triangle and the
 * links under the cards) is drawn once into a picture at the target's very
 * pixel grid, and each frame after that copies it, until the owner says the
 * drawing has changed or the view moves. Vector targets (PDF, SVG, paper)
 * are always drawn to directly. cairo only.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "pt-geometry.h"

G_BEGIN_DECLS

typedef void (*PtLayerDrawFunc) (cairo_t  *cr,
                                 gpointer  data);

typedef struct _PtLayer PtLayer;

/* How a drawing lands on a target's pixels: the transformation it is drawn
 * with, the device pixels a unit of the target holds, and which of those
 * pixels it covers. */
typedef struct
{
  cairo_matrix_t        matrix;
  double                device_scale;
  cairo_rectangle_int_t area;
} PtLayerView;

gboolean pt_layer_target_pixels (cairo_t *cr,
                                 double   recording_scale,
                                 double  *scale);

PtLayer *pt_layer_new        (void);
void     pt_layer_free       (PtLayer         *self);
void     pt_layer_invalidate (PtLayer         *self);
void     pt_layer_set_recording_scale (PtLayer *self,
                                       double   scale);
gboolean pt_layer_is_kept    (PtLayer         *self);
void     pt_layer_draw       (PtLayer         *self,
                              cairo_t         *cr,
                              const PtRect    *bounds,
                              gboolean         opaque,
                              PtLayerDrawFunc  draw,
                              gpointer         data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtLayer, pt_layer_free)

G_END_DECLS
