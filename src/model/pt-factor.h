/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-factor.h — PtFactor: a barrier or enabler of co-production, placed in a dimension.
 *
 * Its position (x, y) is relative: inside the triangle's bounding box for a
 * placed factor (0,0 top left, 1,1 bottom right), inside the unplaced tray for
 * an unplaced one, so a workshop looks the same at any size.
 *
 * Read it through the getters; change it through pt_workshop_set (), which
 * records the change in the workshop's undo history.
 */
#pragma once

#include "pt-item.h"
#include "pt-enums.h"

G_BEGIN_DECLS

#define PT_TYPE_FACTOR (pt_factor_get_type ())
G_DECLARE_FINAL_TYPE (PtFactor, pt_factor, PT, FACTOR, PtItem)

const char *pt_factor_get_text (PtFactor *self);
PtDimensionKind pt_factor_get_dimension (PtFactor *self);
PtPolarity pt_factor_get_polarity (PtFactor *self);
double pt_factor_get_x (PtFactor *self);
double pt_factor_get_y (PtFactor *self);
const char *pt_factor_get_raised_by (PtFactor *self);
const char *pt_factor_get_notes (PtFactor *self);
guint pt_factor_get_votes (PtFactor *self);
gboolean pt_factor_get_private (PtFactor *self);
gboolean pt_factor_get_hidden (PtFactor *self);
gboolean pt_factor_get_from_room (PtFactor *self);
const char *pt_factor_get_perspective (PtFactor *self);

G_END_DECLS
