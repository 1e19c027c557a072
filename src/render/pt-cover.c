/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-cover.c — PtCover: covered pixels, in tiles.
 *
 * One cairo region holds a whole frame's worth of piled cards in thousands
 * of rectangles, and every question to it walks them. Split into square
 * tiles, each question looks only at the few small regions under it.
 */
#define G_LOG_DOMAIN "pt-render"

#include "config.h"

#include "pt-cover.h"

#define TILE 128

struct _PtCover
{
  GHashTable *tiles;   /* packed tile column and row → cairo_region_t* */
};

PtCover *
pt_cover_new (void)
{
  PtCover *self = g_new0 (PtCover, 1);

  self->tiles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) cairo_region_destroy);
  return self;
}

void
pt_cover_free (PtCover *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->tiles);
  g_free (self);
}

/* Floor division: pixels left of or above 0 are in tiles -1, -2, … */
static int
tile_of (int pixel)
{
  return pixel >= 0 ? pixel / TILE : -((-pixel + TILE - 1) / TILE);
}

static gint64
tile_key (int column,
          int row)
{
  /* Shifted unsigned: a negative column is a tile too. */
  return (gint64) ((guint64) (guint32) column << 32 | (guint32) row);
}

/* rect's part in the tile at column, row. */
static cairo_rectangle_int_t
in_tile (const cairo_rectangle_int_t *rect,
         int                          column,
         int                          row)
{
  gint64 x0 = MAX ((gint64) rect->x, (gint64) column * TILE);
  gint64 y0 = MAX ((gint64) rect->y, (gint64) row * TILE);
  gint64 x1 = MIN ((gint64) rect->x + rect->width, ((gint64) column + 1) * TILE);
  gint64 y1 = MIN ((gint64) rect->y + rect->height, ((gint64) row + 1) * TILE);

  return (cairo_rectangle_int_t) { (int) x0, (int) y0, (int) MAX (x1 - x0, 0), (int) MAX (y1 - y0, 0) };
}

/* The tiles a rectangle touches, as for (column …) for (row …). */
#define FOR_TILES(rect, column, row)                                                                  \
  for (int column = tile_of ((rect)->x); column <= tile_of ((rect)->x + (rect)->width - 1); column++) \
    for (int row = tile_of ((rect)->y); row <= tile_of ((rect)->y + (rect)->height - 1); row++)

/* Marks the pixels of n rectangles as covered. */
void
pt_cover_add (PtCover                     *self,
              const cairo_rectangle_int_t *rects,
              guint                        n)
{
  for (guint i = 0; i < n; i++)
    {
      if (rects[i].width <= 0 || rects[i].height <= 0)
        continue;
      FOR_TILES (&rects[i], column, row)
        {
          gint64 key = tile_key (column, row);
          cairo_region_t *tile = g_hash_table_lookup (self->tiles, &key);
          cairo_rectangle_int_t part = in_tile (&rects[i], column, row);

          if (tile == NULL)
            g_hash_table_insert (self->tiles, g_memdup2 (&key, sizeof key), cairo_region_create_rectangle (&part));
          else
            cairo_region_union_rectangle (tile, &part);
        }
    }
}

/* Whether every pixel of rect is covered. */
gboolean
pt_cover_contains (PtCover                     *self,
                   const cairo_rectangle_int_t *rect)
{
  if (rect->width <= 0 || rect->height <= 0)
    return TRUE;
  FOR_TILES (rect, column, row)
    {
      gint64 key = tile_key (column, row);
      cairo_region_t *tile = g_hash_table_lookup (self->tiles, &key);
      cairo_rectangle_int_t part = in_tile (rect, column, row);

      if (tile == NULL || cairo_region_contains_rectangle (tile, &part) != CAIRO_REGION_OVERLAP_IN)
        return FALSE;
    }
  return TRUE;
}

/* Takes the covered pixels out of region. */
void
pt_cover_subtract (PtCover        *self,
                   cairo_region_t *region)
{
  cairo_rectangle_int_t extents;

  cairo_region_get_extents (region, &extents);
  if (extents.width <= 0 || extents.height <= 0)
    return;
  FOR_TILES (&extents, column, row)
    {
      gint64 key = tile_key (column, row);
      cairo_region_t *tile = g_hash_table_lookup (self->tiles, &key);

      if (tile != NULL)
        cairo_region_subtract (region, tile);
    }
}
