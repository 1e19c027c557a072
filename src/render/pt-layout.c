/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-layout.c — where every card goes, none covering another (see the
 * header).
 *
 * The area is a grid of cells, each marked once with the dimension that
 * may use it (the nearest corner, unless something there must stay clear).
 * Cards go one by one, those nearest their corner first, each to the free
 * spot nearest where the group put it, searched ring by ring outwards; a
 * spot is free when every cell under the card (and its margin) is the
 * card's dimension's and not yet taken. The text scale is the largest at
 * which every card finds a spot, found by halving the interval; a scale
 * whose cards could not even cover the free cells is passed over at once.
 */
#define G_LOG_DOMAIN "pt-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-layout.h"

#define TAKEN   0xff
#define BLOCKED 0xfe
/* The grid holds about this many cells, whatever the area. */
#define MAX_CELLS 9000
#define SCALE_STEPS 5

typedef struct
{
  const PtLayoutArea *area;
  double  cell;
  int     columns, rows;
  guint8 *owner;       /* the dimension whose cell it is, or BLOCKED */
  guint8 *grid;        /* owner, or TAKEN once a card is on it */
  guint   free_cells[PT_DIMENSION_CONTEXTS + 1];
  /* Each dimension's cells lie within these columns and rows (first,
   * past the last): the search for a spot goes no further. */
  int     first_column[PT_DIMENSION_CONTEXTS + 1], end_column[PT_DIMENSION_CONTEXTS + 1];
  int     first_row[PT_DIMENSION_CONTEXTS + 1], end_row[PT_DIMENSION_CONTEXTS + 1];
  /* For each dimension and row, how many cells left of each are not its
   * own free cells: whether a spot is free is then two reads a row, and a
   * card placed changes only its own rows. */
  gint32 *sums[PT_DIMENSION_CONTEXTS + 1];
} Grid;

/* Squared, as it is only compared. */
static double
distance2_to_segment (double px,
                      double py,
                      PtPoint a,
                      PtPoint b)
{
  double dx = b.x - a.x, dy = b.y - a.y, length = dx * dx + dy * dy;
  double t = length > 0 ? CLAMP (((px - a.x) * dx + (py - a.y) * dy) / length, 0, 1) : 0;
  double ex = px - (a.x + t * dx), ey = py - (a.y + t * dy);

  return ex * ex + ey * ey;
}

static gboolean
in_triangle (double         px,
             double         py,
             const PtPoint *t)
{
  double d[3];

  for (int i = 0; i < 3; i++)
    d[i] = (t[(i + 1) % 3].x - t[i].x) * (py - t[i].y) - (t[(i + 1) % 3].y - t[i].y) * (px - t[i].x);
  return (d[0] >= 0 && d[1] >= 0 && d[2] >= 0) || (d[0] <= 0 && d[1] <= 0 && d[2] <= 0);
}

/* Whether the cell at (x, y) (its centre), half a cell wide each way, lies
 * within margin of what must stay clear. */
static gboolean
cell_is_clear (const PtLayoutArea *area,
               double              x,
               double              y,
               double              half)
{
  double reach = area->margin + half * M_SQRT2, reach2 = reach * reach;

  for (guint i = 0; i < area->n_clear_rects; i++)
    {
      const PtRect *r = &area->clear_rects[i];

      if (x + half + area->margin > r->x && x - half - area->margin < r->x + r->width &&
          y + half + area->margin > r->y && y - half - area->margin < r->y + r->height)
        return FALSE;
    }
  for (guint i = 0; i < area->n_clear_lines; i++)
    if (distance2_to_segment (x, y, area->clear_lines[2 * i], area->clear_lines[2 * i + 1]) < reach2)
      return FALSE;
  for (guint i = 0; i < area->n_clear_triangles; i++)
    {
      const PtPoint *t = &area->clear_triangles[3 * i];

      if (in_triangle (x, y, t) ||
          distance2_to_segment (x, y, t[0], t[1]) < reach2 ||
          distance2_to_segment (x, y, t[1], t[2]) < reach2 ||
          distance2_to_segment (x, y, t[2], t[0]) < reach2)
        return FALSE;
    }
  return TRUE;
}

static void
grid_init (Grid               *grid,
           const PtLayoutArea *area)
{
  const PtRect *b = &area->bounds;

  grid->area = area;
  grid->cell = MAX (4.0, sqrt (b->width * b->height / MAX_CELLS));
  grid->columns = MAX (1, (int) ceil (b->width / grid->cell));
  grid->rows = MAX (1, (int) ceil (b->height / grid->cell));
  grid->owner = g_new (guint8, (gsize) grid->columns * grid->rows);
  grid->grid = g_new (guint8, (gsize) grid->columns * grid->rows);
  for (guint d = 0; d <= PT_DIMENSION_CONTEXTS; d++)
    {
      grid->sums[d] = g_new0 (gint32, (gsize) (grid->columns + 1) * grid->rows);
      grid->first_column[d] = grid->columns;
      grid->first_row[d] = grid->rows;
      grid->end_column[d] = grid->end_row[d] = 0;
    }
  for (int r = 0; r < grid->rows; r++)
    for (int c = 0; c < grid->columns; c++)
      {
        double x = b->x + (c + 0.5) * grid->cell, y = b->y + (r + 0.5) * grid->cell;
        guint8 owner = BLOCKED;

        if (pt_rect_contains (&area->tray, x, y))
          owner = PT_DIMENSION_UNPLACED;
        else if (cell_is_clear (area, x, y, grid->cell / 2) &&
                 !(x + grid->cell / 2 + area->margin > area->tray.x &&
                   x - grid->cell / 2 - area->margin < area->tray.x + area->tray.width &&
                   y + grid->cell / 2 + area->margin > area->tray.y &&
                   y - grid->cell / 2 - area->margin < area->tray.y + area->tray.height))
          {
            double best = G_MAXDOUBLE;

            for (PtDimensionKind d = PT_DIMENSION_RESOURCES; d <= PT_DIMENSION_CONTEXTS; d++)
              {
                double dx = x - area->anchors[d].x, dy = y - area->anchors[d].y;
                double distance = dx * dx + dy * dy;

                if (distance < best)
                  {
                    best = distance;
                    owner = d;
                  }
              }
          }
        grid->owner[r * grid->columns + c] = owner;
        if (owner <= PT_DIMENSION_CONTEXTS)
          {
            grid->first_column[owner] = MIN (grid->first_column[owner], c);
            grid->end_column[owner] = MAX (grid->end_column[owner], c + 1);
            grid->first_row[owner] = MIN (grid->first_row[owner], r);
            grid->end_row[owner] = MAX (grid->end_row[owner], r + 1);
          }
      }
}

/* Dimension's counts of not-free cells along each of rows from .. to - 1,
 * again. */
static void
update_sums (Grid   *grid,
             guint8  dimension,
             int     from,
             int     to)
{
  gint32 *sums = grid->sums[dimension];
  int stride = grid->columns + 1;

  for (int r = MAX (from, 0); r < MIN (to, grid->rows); r++)
    {
      const guint8 *cells = &grid->grid[r * grid->columns];
      gint32 *line = &sums[r * stride];

      line[0] = 0;
      for (int c = 0; c < grid->columns; c++)
        line[c + 1] = line[c] + (cells[c] != dimension);
    }
}

static void
grid_reset (Grid *grid)
{
  memcpy (grid->grid, grid->owner, (gsize) grid->columns * grid->rows);
  memset (grid->free_cells, 0, sizeof grid->free_cells);
  for (int i = 0; i < grid->columns * grid->rows; i++)
    if (grid->owner[i] <= PT_DIMENSION_CONTEXTS)
      grid->free_cells[grid->owner[i]]++;
  for (guint d = 0; d <= PT_DIMENSION_CONTEXTS; d++)
    if (grid->free_cells[d] > 0)
      update_sums (grid, (guint8) d, 0, grid->rows);
}

static gboolean
spot_is_free (const Grid *grid,
              int         column,
              int         row,
              int         width,
              int         height,
              guint8      dimension)
{
  const gint32 *sums = grid->sums[dimension];
  int stride = grid->columns + 1;

  if (column < 0 || row < 0 || column + width > grid->columns || row + height > grid->rows)
    return FALSE;
  for (int r = row; r < row + height; r++)
    if (sums[r * stride + column + width] != sums[r * stride + column])
      return FALSE;
  return TRUE;
}

/* The free spot nearest (column, row), ring by ring; FALSE if none. Only
 * the part of each ring where the dimension has cells is looked at. */
static gboolean
find_spot (const Grid *grid,
           int        *column,
           int        *row,
           int         width,
           int         height,
           guint8      dimension)
{
  int c0 = *column, r0 = *row;
  /* Where a spot's top left corner can be at all. */
  int c_lo = grid->first_column[dimension], c_hi = grid->end_column[dimension] - width;
  int r_lo = grid->first_row[dimension], r_hi = grid->end_row[dimension] - height;
  int rings = MAX (MAX (ABS (c0 - c_lo), ABS (c_hi - c0)), MAX (ABS (r0 - r_lo), ABS (r_hi - r0)));

  if (c_hi < c_lo || r_hi < r_lo)
    return FALSE;
  for (int ring = 0; ring <= rings; ring++)
    {
      int best_c = 0, best_r = 0;
      double best = G_MAXDOUBLE;

      /* Of a ring, the spot nearest the start, not the first met: cards
       * then settle round where they were put, not to one side. */
      for (int dr = MAX (-ring, r_lo - r0); dr <= MIN (ring, r_hi - r0); dr++)
        {
          gboolean edge = dr == -ring || dr == ring;
          int from = edge ? MAX (-ring, c_lo - c0) : -ring;
          int to = edge ? MIN (ring, c_hi - c0) : ring;

          for (int dc = from; dc <= to; dc += (edge || ring == 0) ? 1 : 2 * ring)
            {
              double distance = (double) dc * dc + (double) dr * dr;

              if (c0 + dc < c_lo || c0 + dc > c_hi)
                continue;
              if (distance < best && spot_is_free (grid, c0 + dc, r0 + dr, width, height, dimension))
                {
                  best = distance;
                  best_c = c0 + dc;
                  best_r = r0 + dr;
                }
            }
        }
      if (best < G_MAXDOUBLE)
        {
          *column = best_c;
          *row = best_r;
          return TRUE;
        }
    }
  return FALSE;
}

/* A card's size in cells at scale, with its margin. */
static void
cells_of (const Grid         *grid,
          const PtLayoutCard *card,
          double              scale,
          int                *width,
          int                *height)
{
  *width = (int) ceil ((card->width * scale + grid->area->margin) / grid->cell);
  *height = (int) ceil ((card->height * scale + grid->area->margin) / grid->cell);
}

/* Places every card at scale, in order; FALSE as soon as one finds no
 * spot (unless keep_going, when those go where they were put). */
static gboolean
place_all (Grid               *grid,
           const PtLayoutCard *cards,
           const guint        *order,
           guint               n,
           double              scale,
           gboolean            keep_going,
           PtPoint            *centres)
{
  const PtRect *b = &grid->area->bounds;
  gboolean all = TRUE;
  /* A card no smaller than one that found no spot in its dimension finds
   * none either: with thousands of cards, most are not searched for. */
  int failed_w[PT_DIMENSION_CONTEXTS + 1], failed_h[PT_DIMENSION_CONTEXTS + 1];

  grid_reset (grid);
  {
    guint needed[PT_DIMENSION_CONTEXTS + 1] = { 0 };

    /* Not even room for their cells: no need to try. */
    for (guint i = 0; i < n; i++)
      {
        int w, h;

        cells_of (grid, &cards[i], scale, &w, &h);
        needed[cards[i].dimension] += (guint) (w * h);
      }
    for (guint d = 0; d <= PT_DIMENSION_CONTEXTS && !keep_going; d++)
      if (needed[d] > grid->free_cells[d])
        return FALSE;
  }

  for (guint d = 0; d <= PT_DIMENSION_CONTEXTS; d++)
    failed_w[d] = failed_h[d] = G_MAXINT;
  for (guint k = 0; k < n; k++)
    {
      const PtLayoutCard *card = &cards[order[k]];
      PtDimensionKind d = card->dimension;
      int w, h, column, row;

      cells_of (grid, card, scale, &w, &h);
      column = (int) floor ((card->hint.x - b->x) / grid->cell - w / 2.0 + 0.5);
      row = (int) floor ((card->hint.y - b->y) / grid->cell - h / 2.0 + 0.5);
      column = CLAMP (column, 0, MAX (0, grid->columns - w));
      row = CLAMP (row, 0, MAX (0, grid->rows - h));
      if ((guint) (w * h) > grid->free_cells[d] || (w >= failed_w[d] && h >= failed_h[d]) ||
          !find_spot (grid, &column, &row, w, h, (guint8) d))
        {
          if (w * h < failed_w[d] * (double) failed_h[d])
            {
              failed_w[d] = w;
              failed_h[d] = h;
            }
          all = FALSE;
          if (!keep_going)
            return FALSE;
          centres[order[k]] = card->hint;
          continue;
        }
      for (int r = row; r < row + h; r++)
        memset (&grid->grid[r * grid->columns + column], TAKEN, (gsize) w);
      grid->free_cells[d] -= (guint) (w * h);
      update_sums (grid, (guint8) d, row, row + h);
      /* The card in the middle of its cells, its margin round it. */
      centres[order[k]] = (PtPoint) { b->x + (column + w / 2.0) * grid->cell,
                                      b->y + (row + h / 2.0) * grid->cell };
    }
  return all;
}

typedef struct
{
  const PtLayoutCard *cards;
  const PtLayoutArea *area;
} OrderData;

/* Those nearest their corner first: they keep the places nearest it. */
static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const OrderData *o = data;
  const PtLayoutCard *ca = &o->cards[*(const guint *) a], *cb = &o->cards[*(const guint *) b];
  PtPoint aa = o->area->anchors[ca->dimension], ab = o->area->anchors[cb->dimension];
  double da = hypot (ca->hint.x - aa.x, ca->hint.y - aa.y);
  double db = hypot (cb->hint.x - ab.x, cb->hint.y - ab.y);

  if (da != db)
    return da < db ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : *(const guint *) a > *(const guint *) b;
}

/* The largest scale between lo, at which all fit (and centres hold them
 * so), and hi, at which they do not, found by halving; centres are left
 * holding it. Each try is placed in a scratch copy, kept when all fit. */
static double
largest_that_fits (Grid               *grid,
                   const PtLayoutCard *cards,
                   const guint        *order,
                   guint               n,
                   double              lo,
                   double              hi,
                   PtPoint            *centres)
{
  g_autofree PtPoint *trial = g_new (PtPoint, MAX (n, 1));

  for (int step = 0; step < SCALE_STEPS; step++)
    {
      double mid = (lo + hi) / 2;

      if (place_all (grid, cards, order, n, mid, FALSE, trial))
        {
          lo = mid;
          memcpy (centres, trial, sizeof (PtPoint) * n);
        }
      else
        hi = mid;
    }
  return lo;
}

/* Places n cards in area: centres[i] for cards[i], at *scale. TRUE when
 * every card found a spot at a scale from min_scale to max_scale; FALSE
 * when only a smaller one holds them all (down to a quarter of min_scale,
 * if the area may_shrink), or none: those that find no spot are then at
 * their hints (and if it may not shrink, all of them are). */
gboolean
pt_layout_place (const PtLayoutCard *cards,
                 guint               n,
                 const PtLayoutArea *area,
                 double             *scale,
                 PtPoint            *centres)
{
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  OrderData data = { cards, area };
  Grid grid = { 0 };
  double lo, hi;
  gboolean fits;

  g_return_val_if_fail (area != NULL && scale != NULL, FALSE);
  g_return_val_if_fail (n == 0 || (cards != NULL && centres != NULL), FALSE);
  g_return_val_if_fail (area->min_scale > 0 && area->max_scale >= area->min_scale, FALSE);

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n, sizeof (guint), compare_order, &data);
  grid_init (&grid, area);

  lo = area->min_scale;
  hi = area->max_scale;
  fits = TRUE;
  if (place_all (&grid, cards, order, n, hi, FALSE, centres))
    *scale = hi;
  else if (place_all (&grid, cards, order, n, lo, FALSE, centres))
    *scale = largest_that_fits (&grid, cards, order, n, lo, hi, centres);
  else
    {
      /* Smaller than asked rather than a heap: the largest scale, down
       * to a quarter of the smallest asked for, at which all fit. */
      double floor_scale = area->may_shrink ? lo / 4 : lo;

      fits = FALSE;
      if (floor_scale < lo && place_all (&grid, cards, order, n, floor_scale, FALSE, centres))
        *scale = largest_that_fits (&grid, cards, order, n, floor_scale, lo, centres);
      else if (area->may_shrink)
        {
          place_all (&grid, cards, order, n, floor_scale, TRUE, centres);
          *scale = floor_scale;
        }
      else
        {
          /* Paper does not draw cards that do not fit (it numbers them
           * instead): searching each a spot would be wasted. */
          for (guint i = 0; i < n; i++)
            centres[i] = cards[i].hint;
          *scale = floor_scale;
        }
    }
  g_free (grid.owner);
  g_free (grid.grid);
  for (guint d = 0; d <= PT_DIMENSION_CONTEXTS; d++)
    g_free (grid.sums[d]);
  return fits;
}
