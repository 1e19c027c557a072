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

/* One column's cards with at most lines lines each, below its heading and
 * above reserve; returns how many had no room. */
static guint
spread_column (PtScene       *scene,
               PtBoardColumn *column,
               double         card_width,
               guint          lines,
               double         reserve)
{
  const PtRect *area = &column->area;
  double heading = pt_scene_get_heading_height (scene, column->dimension, area->width);
  PtRect cards = { area->x, area->y + heading, area->width, area->height - heading - reserve };

  pt_scene_set_card_shape (scene, column->dimension, card_width, lines);
  column->left_out = pt_scene_spread (scene, column->dimension, &cards);
  return column->left_out;
}

/* Cards of card_width (at the usual text size) in each column, each
 * column with as many lines of text to a card as leaves none out; at one
 * line each, what still has no room is left out and counted. */
void
pt_board_lay_out (PtScene       *scene,
                  PtBoardColumn *columns,
                  guint          n_columns,
                  double         card_width)
{
  g_return_if_fail (PT_IS_SCENE (scene));
  g_return_if_fail (columns != NULL || n_columns == 0);

  pt_scene_clear_spread (scene);
  for (guint i = 0; i < n_columns; i++)
    {
      guint lines = PT_CARD_MAX_LINES;

      while (spread_column (scene, &columns[i], card_width, lines, 0) > 0 && lines > 1)
        lines--;
      /* The note saying so needs a line of its own. */
      if (columns[i].left_out > 0)
        spread_column (scene, &columns[i], card_width, 1, note_height (scene));
    }
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
