/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-board.c — the projector's layouts: see pt-board.h. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-board.h"
#include "pt-pango.h"

/* The note under a column that could not show every card. */
static char *
left_out_text (const PtBoardColumn *column)
{
  if (column->key > 0)
    /* Translators: under a column of cards on the projector; the number is
     * the key that shows that dimension alone. */
    return g_strdup_printf (ngettext ("%u more card: press %u", "%u more cards: press %u", column->left_out),
                            column->left_out, column->key);
  return g_strdup_printf (ngettext ("%u more card has no room", "%u more cards have no room", column->left_out),
                          column->left_out);
}

static double
note_height (PtScene *scene)
{
  return PT_CARD_FONT_SIZE * 1.6 * pt_scene_get_text_scale (scene);
}

/* Cards on the board have at most this many lines: one fewer than on
 * the triangle lets them be as short as their text (pt_scene_get_card). */
#define BOARD_LINES (PT_CARD_MAX_LINES - 1)

/* Spreads column's cards below its heading and above reserve, per_row to
 * a row and as wide as that lets them be; returns how many had no room,
 * or G_MAXUINT if cards that narrow would hold too few words a line. */
static guint
spread_column (PtScene       *scene,
               PtBoardColumn *column,
               guint          per_row,
               double         reserve)
{
  const PtRect *area = &column->area;
  double scale = pt_scene_get_text_scale (scene), gap = 6 * scale;
  double heading = pt_scene_get_heading_height (scene, column->dimension, area->width);
  double width = (area->width - (per_row - 1) * gap) / per_row / scale;
  PtRect cards = { area->x, area->y + heading, area->width, area->height - heading - reserve };

  if (width < PT_CARD_WIDTH * 0.75)
    return G_MAXUINT;
  pt_scene_set_card_shape (scene, column->dimension, width, BOARD_LINES);
  column->left_out = pt_scene_spread (scene, column->dimension, &cards);
  return column->left_out;
}

/* Whether every card of column the last spread showed is whole. */
static gboolean
column_is_whole (PtScene             *scene,
                 const PtBoardColumn *column)
{
  GPtrArray *factors = pt_workshop_get_items (pt_scene_get_workshop (scene), PT_ITEM_KIND_FACTOR);

  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);

      if (pt_factor_get_dimension (factor) == column->dimension && !pt_scene_hides (scene, factor) &&
          !pt_scene_card_is_whole (scene, factor))
        return FALSE;
    }
  return TRUE;
}

/* Whether column shows all its cards whole at the scene's text scale,
 * one card to a row, or two, up to four: left laid out the first way
 * that does. */
static gboolean
column_fits (PtScene       *scene,
             PtBoardColumn *column)
{
  for (guint per_row = 1; per_row <= 4; per_row++)
    {
      guint left_out = spread_column (scene, column, per_row, 0);

      if (left_out == G_MAXUINT)
        break;
      if (left_out == 0 && column_is_whole (scene, column))
        return TRUE;
    }
  return FALSE;
}

static gboolean
all_fit (PtScene       *scene,
         PtBoardColumn *columns,
         guint          n_columns,
         double         scale)
{
  gboolean fit = TRUE;

  pt_scene_set_text_scale (scene, scale);
  pt_scene_clear_spread (scene);
  /* Every column, even after one failed: the last call leaves them laid out. */
  for (guint i = 0; i < n_columns; i++)
    fit = column_fits (scene, &columns[i]) && fit;
  return fit;
}

/* One dimension across the whole area, its text 28 to 48 times px (the
 * text scale of a pixel on a 720-line screen), so that a room reads it
 * from the back; TRUE when it does. A dimension with too many cards for
 * that shows all of them all the same, smaller, down to the overview's
 * 18: a spotlight is where every card of a dimension is seen. */
gboolean
pt_board_fit_spotlight (PtScene       *scene,
                        PtBoardColumn *column,
                        double         px)
{
  if (pt_board_fit (scene, column, 1, 28 * px, 48 * px))
    return TRUE;
  pt_board_fit (scene, column, 1, 18 * px, 28 * px);
  return FALSE;
}

/* Lays the columns out at the largest text scale from min_scale to
 * max_scale at which every card of every column is whole (all its words,
 * none broken) and none is left out, and returns TRUE. When not even
 * min_scale does, each column that cannot hold its cards shows as many
 * whole cards at min_scale as it can, in their order, and the note under
 * it counts the rest (a card is never cut short to make room). */
gboolean
pt_board_fit (PtScene       *scene,
              PtBoardColumn *columns,
              guint          n_columns,
              double         min_scale,
              double         max_scale)
{
  double lo = min_scale, hi = MAX (min_scale, max_scale);

  g_return_val_if_fail (PT_IS_SCENE (scene), FALSE);
  g_return_val_if_fail (columns != NULL || n_columns == 0, FALSE);

  if (all_fit (scene, columns, n_columns, hi))
    return TRUE;
  if (!all_fit (scene, columns, n_columns, lo))
    {
      for (guint i = 0; i < n_columns; i++)
        {
          guint best = 1, fewest = G_MAXUINT;
          gboolean best_whole = FALSE;

          if (column_fits (scene, &columns[i]))
            continue;
          /* The note saying so needs a line of its own. Of the ways whose
           * cards are whole, the one that leaves out fewest: a word is
           * broken only when no way keeps them whole. */
          for (guint per_row = 1; per_row <= 4; per_row++)
            {
              guint left_out = spread_column (scene, &columns[i], per_row, note_height (scene));
              gboolean whole = left_out != G_MAXUINT && column_is_whole (scene, &columns[i]);

              if ((whole && !best_whole) || (whole == best_whole && left_out < fewest))
                {
                  fewest = left_out;
                  best = per_row;
                  best_whole = whole;
                }
            }
          spread_column (scene, &columns[i], best, note_height (scene));
        }
      return FALSE;
    }
  /* Five halvings: a thirty-second of the range is finer than a room sees. */
  for (int step = 0; step < 5; step++)
    {
      double mid = (lo + hi) / 2;

      if (all_fit (scene, columns, n_columns, mid))
        lo = mid;
      else
        hi = mid;
    }
  all_fit (scene, columns, n_columns, lo);
  return TRUE;
}

void
pt_board_draw (PtScene             *scene,
               cairo_t             *cr,
               const PtBoardColumn *columns,
               guint                n_columns)
{
  const PtPalette *palette;
  PangoContext *pango = NULL;

  g_return_if_fail (PT_IS_SCENE (scene));

  palette = pt_scene_get_palette (scene);
  for (guint i = 0; i < n_columns; i++)
    {
      const PtRect *area = &columns[i].area;

      pt_scene_draw_heading (scene, cr, columns[i].dimension, area->x, area->y, area->width);
      if (columns[i].left_out > 0)
        {
          g_autofree char *text = left_out_text (&columns[i]);
          g_autoptr(PangoLayout) layout = NULL;

          if (pango == NULL)
            pango = pt_pango_context_new ();
          /* Scaled: a projector's every size would otherwise load a font. */
          layout = pt_pango_text_new (pango, text, PT_CARD_FONT_SIZE * pt_scene_get_text_scale (scene), TRUE, FALSE);
          pt_pango_text_set_width (layout, area->width);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          cairo_move_to (cr, area->x, area->y + area->height - note_height (scene));
          cairo_set_source_rgb (cr, palette->ink.r, palette->ink.g, palette->ink.b);
          pt_pango_text_show (cr, layout);
        }
    }
  g_clear_object (&pango);
}
