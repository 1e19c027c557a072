/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-board.h — the projector's layouts. In front of a room, cards must be
 * read from six metres, which the triangle's corners have no room for: a
 * board lays the cards of one dimension, or of each in a column, out at
 * the scene's text scale under the dimension's name and counts, giving a
 * card fewer lines before it leaves any out. Only the scene's shown
 * positions change; the group's own layout stays in the model. */
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

void pt_board_lay_out (PtScene       *scene,
                       PtBoardColumn *columns,
                       guint          n_columns,
                       double         card_width);
void pt_board_draw    (PtScene             *scene,
                       cairo_t             *cr,
                       const PtBoardColumn *columns,
                       guint                n_columns);

G_END_DECLS
