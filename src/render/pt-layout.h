/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-layout.h — where every card goes, none covering another.
 *
 * Given the cards (their size at text scale 1, their dimension, and where
 * the group put them) and an area (what may be covered and what may not,
 * and a point for each dimension that its cards gather round), it places
 * every card so that no two cards overlap and none covers what must stay
 * clear (the triangle's edges, the focus question, the headings), each in
 * the part of the area nearer its own dimension's corner than any other,
 * as near as it can be to where the group put it; and it chooses the
 * largest text scale, within limits, at which all of them fit.
 *
 * Pure geometry, in scene units: no cairo, no Pango, no GTK.
 */
#pragma once

#include <glib.h>

#include "pt-geometry.h"

G_BEGIN_DECLS

typedef struct
{
  PtDimensionKind dimension;
  double          width, height;   /* at text scale 1 */
  PtPoint         hint;            /* where the group put it */
} PtLayoutCard;

typedef struct
{
  PtRect         bounds;           /* where cards may go at all */
  PtRect         tray;             /* where unplaced cards go */
  PtPoint        anchors[PT_DIMENSION_CONTEXTS + 1];  /* each dimension's corner */
  const PtRect  *clear_rects;      /* kept clear */
  guint          n_clear_rects;
  const PtPoint *clear_lines;      /* pairs of ends, kept clear by margin */
  guint          n_clear_lines;
  const PtPoint *clear_triangles;  /* triples of corners, kept clear */
  guint          n_clear_triangles;
  double         margin;           /* between cards, and round what is kept clear */
  double         min_scale;
  double         max_scale;
  gboolean       may_shrink;       /* below min_scale, rather than leave cards where they were put */
} PtLayoutArea;

gboolean pt_layout_place (const PtLayoutCard *cards,
                          guint               n,
                          const PtLayoutArea *area,
                          double             *scale,
                          PtPoint            *centres);

G_END_DECLS
