/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-card-pictures.h — a card drawn once into pixels, for screens.
 *
 * Most frames on a screen redraw cards that have not changed, and a card's
 * shapes and text cost a software rasteriser far more than copying its
 * pixels: at 1,000 cards, drawing every visible card from its picture is
 * several times faster than drawing its shapes (the benchmark's zoom_frame
 * makes them all anew; full_frame_kept copies them). Each card keeps one
 * picture, for one look at one scale, within a memory budget shared by all;
 * beyond it cards are drawn as shapes. Vector targets (PDF, SVG, paper)
 * never use them. cairo only.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* What all the pictures of one scene cost, and may. */
typedef struct
{
  gsize bytes;
  gsize budget;
} PtPictureBudget;

/* One card's picture: what it looked like (the caller's number for it), at
 * which scale (device pixels a unit) and device scale. */
typedef struct
{
  cairo_surface_t *image;
  guint            look;
  double           scale;
  double           device_scale;
} PtCardPicture;

/* Draws the card, its top-left corner at the origin, in units. */
typedef void (*PtCardDrawFunc) (cairo_t  *cr,
                                gpointer  data);

gboolean pt_card_picture_target_pixels (cairo_t          *cr,
                                        double            recording_scale,
                                        double           *device_scale);
gboolean pt_card_picture_draw          (PtCardPicture    *self,
                                        PtPictureBudget  *budget,
                                        cairo_t          *cr,
                                        double            recording_scale,
                                        guint             look,
                                        double            width,
                                        double            height,
                                        double            margin,
                                        PtCardDrawFunc    draw,
                                        gpointer          data);
void     pt_card_picture_clear         (PtCardPicture    *self,
                                        PtPictureBudget  *budget);

G_END_DECLS
