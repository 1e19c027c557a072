/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-board.h — the projector's layouts. In front of a room, cards must be
 * read from six metres, which the triangle's corners have no room for: a
 * board lays the cards of one dimension, or of each in a column, out under
 * the dimension's name and counts at the largest text size at which every
 * card shows whole; when none does, it shows what fits whole and counts
 * the rest. Only the scene's shown positions and text scale change; the
 * group's own layout stays in the model. */
#pragma once

#include "pt-scene.h"

G_BEGIN_DECLS

typedef struct
{
  PtDimensionKind dimension;
  PtRect          area;       /* in scene units: the heading, then the cards */
  guint           left_out;   /* set by pt_board_lay_out */
  guint           key;        /* the spotlight key that shows them all, or 0 */
} PtBoardColumn;

gboolean pt_board_fit (PtScene       *scene,
                       PtBoardColumn *columns,
                       guint          n_columns,
                       double         min_scale,
                       double         max_scale);
gboolean pt_board_fit_spotlight (PtScene       *scene,
                                 PtBoardColumn *column,
                                 double         px);
void pt_board_draw    (PtScene             *scene,
                       cairo_t             *cr,
                       const PtBoardColumn *columns,
                       guint                n_columns);

G_END_DECLS
