/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-pango.h — the render layer's text: one way to make Pango contexts
 * and layouts, so cards, pages and labels measure alike; and text laid out
 * at one size and drawn at another. */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

PangoContext *pt_pango_context_new (void);
PangoLayout  *pt_pango_layout_new  (PangoContext *context,
                                    const char   *text,
                                    double        size,
                                    gboolean      bold,
                                    gboolean      italic);

PangoLayout  *pt_pango_text_new            (PangoContext *context,
                                            const char   *text,
                                            double        size,
                                            gboolean      bold,
                                            gboolean      italic);
void          pt_pango_text_set_width      (PangoLayout  *layout,
                                            double        width);
void          pt_pango_text_get_size       (PangoLayout  *layout,
                                            double       *width,
                                            double       *height);
void          pt_pango_text_get_pixel_size (PangoLayout  *layout,
                                            int          *width,
                                            int          *height);
gboolean      pt_pango_text_breaks_word    (PangoLayout  *layout);
gboolean      pt_pango_text_is_whole       (PangoLayout  *layout);
void          pt_pango_text_show           (cairo_t      *cr,
                                            PangoLayout  *layout);

G_END_DECLS
