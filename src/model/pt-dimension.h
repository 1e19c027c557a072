/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-dimension.h — PtDimension: one of the three power dimensions of a
 * workshop, with the label and description the group adjusted it to.
 *
 * An empty label or description means "the model's own words", which follow
 * the interface language; see pt_dimension_get_display_label ().
 */
#pragma once

#include <glib-object.h>

#include "pt-enums.h"

G_BEGIN_DECLS

#define PT_TYPE_DIMENSION (pt_dimension_get_type ())
G_DECLARE_FINAL_TYPE (PtDimension, pt_dimension, PT, DIMENSION, GObject)

PtDimension     *pt_dimension_new                     (PtDimensionKind kind);
PtDimensionKind  pt_dimension_get_kind                (PtDimension    *self);
const char      *pt_dimension_get_label               (PtDimension    *self);
const char      *pt_dimension_get_description         (PtDimension    *self);
const char      *pt_dimension_get_display_label       (PtDimension    *self);
const char      *pt_dimension_get_display_description (PtDimension    *self);

G_END_DECLS
