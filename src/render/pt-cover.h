/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-cover.h — PtCover: which pixels of a frame are covered, kept in
 * tiles so that asking about a card costs the same however many cards
 * were added before it. cairo regions only.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _PtCover PtCover;

PtCover  *pt_cover_new      (void);
void      pt_cover_free     (PtCover                     *self);
void      pt_cover_add      (PtCover                     *self,
                             const cairo_rectangle_int_t *rects,
                             guint                        n);
gboolean  pt_cover_contains (PtCover                     *self,
                             const cairo_rectangle_int_t *rect);
void      pt_cover_subtract (PtCover                     *self,
                             cairo_region_t              *region);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtCover, pt_cover_free)

G_END_DECLS
