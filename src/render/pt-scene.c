/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-scene.c — PtScene: a workshop measured and hit-tested.
 *
 * Each card's Pango layout is made once and kept until its text changes,
 * so drawing a frame and dragging a card never lay text out again.
 */
#define G_LOG_DOMAIN "pt-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pt-cover.h"
#include "pt-palette.h"
#include "pt-privacy.h"
#include "pt-pango.h"
#include "pt-scene-private.h"

G_DEFINE_FINAL_TYPE (PtScene, pt_scene, G_TYPE_OBJECT)

static void
shown_text_free (gpointer data)
{
  ShownText *shown = data;

  g_object_unref (shown->layout);
  g_free (shown);
}

static void
card_cache_free (gpointer data)
{
  CardCache *cache = data;

  g_clear_object (&cache->layout);
  pt_card_picture_clear (&cache->picture, cache->budget);
  g_free (cache);
}

void
pt_scene_use_color (cairo_t       *cr,
           const PtColor *color)
{
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
}

PangoLayout *
pt_scene_new_layout (PtScene    *self,
            const char *text,
            double      size,
            gboolean    bold,
            gboolean    italic)
{
  if (self->pango == NULL)
    self->pango = pt_pango_context_new ();
  return pt_pango_text_new (self->pango, text, size, bold, italic);
}

CardCache *
pt_scene_get_card (PtScene  *self,
          PtFactor *factor)
{
  CardCache *cache = g_hash_table_lookup (self->cards, factor);
  PtDimensionKind d;
  double text_width, min_height, h, width;
  const char *number;

  if (cache != NULL)
    return cache;

  d = pt_factor_get_dimension (factor);
  text_width = self->card_width[d] - 3 * PT_CARD_PADDING - PT_CARD_MARK_SIZE;
  /* A short card needs room for its mark, not the usual minimum. */
  min_height = self->card_lines[d] < PT_CARD_MAX_LINES ? PT_CARD_MARK_SIZE + 2 * PT_CARD_PADDING
                                                       : PT_CARD_MIN_HEIGHT;

  number = self->numbers != NULL ? g_hash_table_lookup (self->numbers, factor) : NULL;
  cache = g_new0 (CardCache, 1);
  cache->budget = &self->pictures;
  cache->layout = pt_scene_new_layout (self, number != NULL ? number : pt_factor_get_text (factor),
                                       PT_CARD_FONT_SIZE, FALSE, FALSE);
  if (number != NULL)
    {
      double w;

      /* A number: a card just wide enough for it and its mark. */
      pt_pango_text_get_size (cache->layout, &w, &h);
      cache->width = (w + 3 * PT_CARD_PADDING + PT_CARD_MARK_SIZE) * self->text_scale;
      cache->height = MAX (PT_CARD_MARK_SIZE, h) * self->text_scale + 2 * PT_CARD_PADDING * self->text_scale;
      g_hash_table_insert (self->cards, factor, cache);
      return cache;
    }
  pango_layout_set_wrap (cache->layout, PANGO_WRAP_WORD_CHAR);
  pt_pango_text_set_width (cache->layout, text_width);
  /* A very long text makes a tall card, not an endless one. */
  pango_layout_set_height (cache->layout, -(int) self->card_lines[d]);
  pango_layout_set_ellipsize (cache->layout, PANGO_ELLIPSIZE_END);
  /* On the triangle a word wider than the card widens it, up to twice,
   * rather than be broken; the board chooses its cards' widths itself. */
  width = self->card_width[d];
  while (self->card_lines[d] == PT_CARD_MAX_LINES && width < 2 * self->card_width[d] &&
         pt_pango_text_breaks_word (cache->layout))
    {
      width += PT_CARD_WIDTH / 10;
      pt_pango_text_set_width (cache->layout, width - (self->card_width[d] - text_width));
    }
  pt_pango_text_get_size (cache->layout, NULL, &h);

  /* A card at a larger text scale is the same card, larger: its layout is
   * made at the usual size and drawn scaled. */
  cache->width = width * self->text_scale;
  cache->height = MAX (min_height, h + 2 * PT_CARD_PADDING) * self->text_scale;
  g_hash_table_insert (self->cards, factor, cache);
  return cache;
}

/* Anything drawn under the cards may have changed. */
static void
drawing_changed (PtScene *self)
{
  self->generation++;
}

/* Where cards are has changed: the grid is made again when next asked. */
void
pt_scene_cards_moved (PtScene *self)
{
  g_clear_pointer (&self->grid, g_hash_table_unref);
  drawing_changed (self);
}

static void
on_item_changed_cb (PtScene    *self,
                    GObject    *object,
                    GParamSpec *pspec)
{
  /* Cards are shaped by their dimension too (pt_scene_set_card_shape). */
  if (PT_IS_FACTOR (object) && (g_str_equal (pspec->name, "text") || g_str_equal (pspec->name, "dimension")))
    g_hash_table_remove (self->cards, object);
  if (PT_IS_FACTOR (object))
    pt_scene_cards_moved (self);
  else
    drawing_changed (self);
}

static void
on_item_added_cb (PtScene *self,
                  PtItem  *item)
{
  if (PT_IS_FACTOR (item))
    pt_scene_cards_moved (self);
  else
    drawing_changed (self);
}

static void
on_item_removed_cb (PtScene *self,
                    PtItem  *item)
{
  if (PT_IS_FACTOR (item))
    {
      g_hash_table_remove (self->cards, item);
      pt_scene_cards_moved (self);
    }
  else
    drawing_changed (self);
}

/* Back to the model's positions: after a change of size, or a new layout. */
void
pt_scene_forget_shown_positions (PtScene *self)
{
  g_clear_pointer (&self->shown_at, g_hash_table_unref);
  g_clear_pointer (&self->left_out, g_hash_table_unref);
  self->arranged = FALSE;
  pt_scene_cards_moved (self);
}

/* text laid out at size, no wider than max_width (ellipsized beyond),
 * once: the same label is measured and drawn on every frame. */
ShownText *
pt_scene_measured_text (PtScene    *self,
               const char *text,
               double      size,
               gboolean    bold,
               double      max_width)
{
  g_autofree char *key = g_strdup_printf ("%g|%d|%g|%s", size, bold, max_width, text);
  ShownText *shown = g_hash_table_lookup (self->texts, key);

  if (shown != NULL)
    return shown;
  shown = g_new0 (ShownText, 1);
  shown->layout = pt_scene_new_layout (self, text, size, bold, FALSE);
  pt_pango_text_set_width (shown->layout, max_width);
  pango_layout_set_ellipsize (shown->layout, PANGO_ELLIPSIZE_END);
  pt_pango_text_get_pixel_size (shown->layout, &shown->width, &shown->height);
  pt_pango_text_set_width (shown->layout, -1);
  if (shown->width > max_width)
    {
      pt_pango_text_set_width (shown->layout, max_width);
      shown->width = (int) max_width;
    }
  /* Labels come and go with counts and names: keep the recent ones. */
  if (g_hash_table_size (self->texts) >= 256)
    g_hash_table_remove_all (self->texts);
  g_hash_table_insert (self->texts, g_steal_pointer (&key), shown);
  return shown;
}

/* Where a line from the centre of rect towards (tx, ty) leaves rect. */
PtPoint
pt_scene_exit_point (const PtRect *rect,
            double        tx,
            double        ty)
{
  double cx = rect->x + rect->width / 2, cy = rect->y + rect->height / 2;
  double dx = tx - cx, dy = ty - cy;
  double sx = dx != 0 ? (rect->width / 2) / fabs (dx) : G_MAXDOUBLE;
  double sy = dy != 0 ? (rect->height / 2) / fabs (dy) : G_MAXDOUBLE;
  double s = MIN (MIN (sx, sy), 1.0);

  return (PtPoint) { cx + dx * s, cy + dy * s };
}

static double
distance_to_segment (double px,
                     double py,
                     PtPoint a,
                     PtPoint b)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - a.x) * dx + (py - a.y) * dy) / len2 : 0;

  t = CLAMP (t, 0.0, 1.0);
  return hypot (px - (a.x + t * dx), py - (a.y + t * dy));
}

/* The visible ends of a link: from the edge of one card to the edge of the
 * other. FALSE when the cards overlap so much there is nothing to draw. */
gboolean
pt_scene_link_ends (PtScene *self,
           PtLink  *link,
           PtPoint *from,
           PtPoint *to)
{
  PtFactor *a = pt_workshop_lookup_factor (self->workshop, pt_link_get_from (link));
  PtFactor *b = pt_workshop_lookup_factor (self->workshop, pt_link_get_to (link));
  PtRect ra, rb;

  if (a == NULL || b == NULL)
    return FALSE;
  if (pt_scene_is_left_out (self, a) || pt_scene_is_left_out (self, b))
    return FALSE;
  if (pt_scene_hides (self, link))
    return FALSE;
  pt_scene_get_card_rect (self, a, &ra);
  pt_scene_get_card_rect (self, b, &rb);
  if (pt_rect_intersects (&ra, &rb))
    return FALSE;
  *from = pt_scene_exit_point (&ra, rb.x + rb.width / 2, rb.y + rb.height / 2);
  *to = pt_scene_exit_point (&rb, ra.x + ra.width / 2, ra.y + ra.height / 2);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_scene_dispose (GObject *object)
{
  PtScene *self = PT_SCENE (object);

  if (self->workshop != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->workshop, self);
      for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
        g_signal_handlers_disconnect_by_data (pt_workshop_get_dimension (self->workshop, k), self);
    }
  g_clear_object (&self->workshop);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_pointer (&self->numbers, g_hash_table_unref);
  pt_scene_forget_shown_positions (self);

  G_OBJECT_CLASS (pt_scene_parent_class)->dispose (object);
}

static void
pt_scene_class_init (PtSceneClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pt_scene_dispose;
}

static void
pt_scene_init (PtScene *self)
{
  self->cards = g_hash_table_new_full (NULL, NULL, NULL, card_cache_free);
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, shown_text_free);
  self->text_scale = 1.0;
  self->words_scale = 1.0;
  for (guint d = 0; d <= PT_DIMENSION_CONTEXTS; d++)
    {
      self->card_width[d] = PT_CARD_WIDTH;
      self->card_lines[d] = PT_CARD_MAX_LINES;
    }
  self->show_tray = TRUE;
  self->palette = &pt_palette_normal;
  self->pictures.budget = CARD_IMAGES_BUDGET;
  self->recording_scale = 1;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtScene *
pt_scene_new (PtWorkshop *workshop)
{
  PtScene *self;

  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), NULL);

  self = g_object_new (PT_TYPE_SCENE, NULL);
  self->workshop = g_object_ref (workshop);
  g_signal_connect_swapped (workshop, "item-added", G_CALLBACK (on_item_added_cb), self);
  g_signal_connect_swapped (workshop, "item-changed", G_CALLBACK (on_item_changed_cb), self);
  g_signal_connect_swapped (workshop, "item-removed", G_CALLBACK (on_item_removed_cb), self);
  /* The step, the focus question and the dimensions' names, set directly
   * (a file loading) rather than as an edit. */
  g_signal_connect_swapped (workshop, "notify", G_CALLBACK (drawing_changed), self);
  for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
    g_signal_connect_swapped (pt_workshop_get_dimension (workshop, k), "notify", G_CALLBACK (drawing_changed), self);
  return self;
}

PtWorkshop *
pt_scene_get_workshop (PtScene *self)
{
  g_return_val_if_fail (PT_IS_SCENE (self), NULL);
  return self->workshop;
}

/* Makes cards and small texts scale times their usual size (1 to 8). */
void
pt_scene_set_text_scale (PtScene *self,
                         double   scale)
{
  g_return_if_fail (PT_IS_SCENE (self));

  /* Below 1 when a layout must shrink cards to hold them all. */
  scale = CLAMP (scale, 0.25, 8.0);
  if (scale == self->text_scale)
    return;
  self->text_scale = scale;
  g_hash_table_remove_all (self->cards);
  pt_scene_forget_shown_positions (self);
}

double
pt_scene_get_text_scale (PtScene *self)
{
  g_return_val_if_fail (PT_IS_SCENE (self), 1.0);
  return self->text_scale;
}

static gboolean
in_dimension (gpointer factor,
              gpointer cache,
              gpointer dimension)
{
  return pt_factor_get_dimension (factor) == (PtDimensionKind) GPOINTER_TO_INT (dimension);
}

/* Makes the cards of one dimension width wide (at the usual text size)
 * with at most max_lines of text; a longer text ends in an ellipsis. */
void
pt_scene_set_card_shape (PtScene         *self,
                         PtDimensionKind  dimension,
                         double           width,
                         guint            max_lines)
{
  g_return_if_fail (PT_IS_SCENE (self));
  g_return_if_fail (dimension <= PT_DIMENSION_CONTEXTS);

  width = CLAMP (width, PT_CARD_WIDTH / 2, PT_CARD_WIDTH * 8);
  max_lines = CLAMP (max_lines, 1, PT_CARD_MAX_LINES);
  if (width == self->card_width[dimension] && max_lines == self->card_lines[dimension])
    return;
  self->card_width[dimension] = width;
  self->card_lines[dimension] = max_lines;
  g_hash_table_foreach_remove (self->cards, in_dimension, GINT_TO_POINTER (dimension));
  pt_scene_cards_moved (self);
}

/* Whether any card the scene shows is not yet placed: the tray is
 * drawn only then (an empty one gives its room to the cards). */
gboolean
pt_scene_shows_unplaced (PtScene *self)
{
  GPtrArray *factors;

  g_return_val_if_fail (PT_IS_SCENE (self), FALSE);

  factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  for (guint i = 0; i < factors->len; i++)
    if (pt_factor_get_dimension (g_ptr_array_index (factors, i)) == PT_DIMENSION_UNPLACED &&
        !pt_scene_hides (self, g_ptr_array_index (factors, i)))
      return TRUE;
  return FALSE;
}

/* Whether factor's card shows all its text, no word broken inside. */
gboolean
pt_scene_card_is_whole (PtScene  *self,
                        PtFactor *factor)
{
  g_return_val_if_fail (PT_IS_SCENE (self), FALSE);
  g_return_val_if_fail (PT_IS_FACTOR (factor), FALSE);

  return pt_pango_text_is_whole (pt_scene_get_card (self, factor)->layout);
}

/* Pictures drawn into a recording (a GTK drawing node, played back on a
 * screen later) are made at this many device pixels a unit: the screen's
 * scale, so that they stay sharp on a high-resolution one. */
void
pt_scene_set_recording_scale (PtScene *self,
                              double   scale)
{
  g_return_if_fail (PT_IS_SCENE (self));

  scale = CLAMP (scale, 1, 8);
  if (scale == self->recording_scale)
    return;
  self->recording_scale = scale;
}

/* Whether the unplaced tray is drawn (a handout leaves out an empty one). */
void
pt_scene_set_show_tray (PtScene  *self,
                        gboolean  show)
{
  g_return_if_fail (PT_IS_SCENE (self));

  if (!self->show_tray == !show)
    return;
  self->show_tray = show;
  drawing_changed (self);
}

gboolean
pt_scene_get_show_tray (PtScene *self)
{
  g_return_val_if_fail (PT_IS_SCENE (self), TRUE);
  return self->show_tray;
}

/* Whether private factors (and their links) stay out of the picture. */
void
pt_scene_set_hide_private (PtScene  *self,
                           gboolean  hide)
{
  g_return_if_fail (PT_IS_SCENE (self));

  if (!self->hide_private == !hide)
    return;
  self->hide_private = hide;
  drawing_changed (self);
}

gboolean
pt_scene_get_hide_private (PtScene *self)
{
  g_return_val_if_fail (PT_IS_SCENE (self), FALSE);
  return self->hide_private;
}

/* Whether item (a factor, link, action or note) is kept out of this
 * picture: what is private, when private things are hidden. */
gboolean
pt_scene_hides (PtScene  *self,
                gpointer  item)
{
  g_return_val_if_fail (PT_IS_SCENE (self), TRUE);
  return self->hide_private && pt_privacy_is_private (self->workshop, item);
}

/* The colours to draw with; high contrast is for the projector. */
void
pt_scene_set_palette (PtScene         *self,
                      const PtPalette *palette)
{
  g_return_if_fail (PT_IS_SCENE (self));
  g_return_if_fail (palette != NULL);

  if (palette == self->palette)
    return;
  self->palette = palette;
  drawing_changed (self);
}

const PtPalette *
pt_scene_get_palette (PtScene *self)
{
  g_return_val_if_fail (PT_IS_SCENE (self), NULL);
  return self->palette;
}

/* Whether face-down cards are drawn face up (for handouts and export:
 * hiding is for the room, not for the record). */
void
pt_scene_set_reveal_hidden (PtScene  *self,
                            gboolean  reveal)
{
  g_return_if_fail (PT_IS_SCENE (self));
  self->reveal_hidden = reveal;
  drawing_changed (self);
}

/* Makes each card show a number from numbers (PtFactor* → "12") instead
 * of its text: on a page too small for the text of all the cards, the
 * numbers are keyed to a list. NULL shows the texts again. */
void
pt_scene_set_card_numbers (PtScene    *self,
                           GHashTable *numbers)
{
  g_return_if_fail (PT_IS_SCENE (self));

  if (numbers != NULL)
    g_hash_table_ref (numbers);
  g_clear_pointer (&self->numbers, g_hash_table_unref);
  self->numbers = numbers;
  g_hash_table_remove_all (self->cards);
  pt_scene_forget_shown_positions (self);
}

/* What the scene covers, in scene units, unless arranged for a surface. */
void
pt_scene_get_own_bounds (PtScene *self,
                         PtRect  *bounds)
{
  if (self->show_tray)
    pt_geometry_scene_bounds (bounds);
  else
    pt_geometry_triangle_bounds (bounds);
}

void
pt_scene_get_bounds (PtScene *self,
                     PtRect  *bounds)
{
  g_return_if_fail (PT_IS_SCENE (self));

  if (self->arranged)
    *bounds = self->arranged_bounds;
  else
    pt_scene_get_own_bounds (self, bounds);
}

void
pt_scene_get_card_size (PtScene  *self,
                        PtFactor *factor,
                        double   *width,
                        double   *height)
{
  CardCache *cache;

  g_return_if_fail (PT_IS_SCENE (self));
  g_return_if_fail (PT_IS_FACTOR (factor));

  cache = pt_scene_get_card (self, factor);
  *width = cache->width;
  *height = cache->height;
}

/* Where the card is shown, in scene units: its stored position, moved as
 * little as needed to lie wholly inside its zone — or, while it is being
 * dragged, wherever the pointer has taken it. */
void
pt_scene_get_card_rect (PtScene  *self,
                        PtFactor *factor,
                        PtRect   *rect)
{
  CardCache *cache;
  PtPoint p;

  g_return_if_fail (PT_IS_SCENE (self));
  g_return_if_fail (PT_IS_FACTOR (factor));

  cache = pt_scene_get_card (self, factor);
  if (self->shown_at != NULL && g_hash_table_contains (self->shown_at, factor))
    p = *(PtPoint *) g_hash_table_lookup (self->shown_at, factor);
  else
    {
      p = pt_geometry_model_to_scene (pt_factor_get_dimension (factor),
                                      pt_factor_get_x (factor), pt_factor_get_y (factor));
      p = pt_geometry_clamp_card (pt_factor_get_dimension (factor), p.x, p.y, cache->width, cache->height);
    }
  if (self->drag != NULL && self->drag->moving != NULL && g_hash_table_contains (self->drag->moving, factor))
    {
      p.x += self->drag->dx;
      p.y += self->drag->dy;
    }
  *rect = (PtRect) { p.x - cache->width / 2, p.y - cache->height / 2, cache->width, cache->height };
}

static gint64
grid_cell (double x,
           double y)
{
  gint32 cx = (gint32) floor (CLAMP (x / GRID_CELL, -1e6, 1e6));
  gint32 cy = (gint32) floor (CLAMP (y / GRID_CELL, -1e6, 1e6));

  /* Shifted as unsigned: shifting a negative number is undefined. */
  return (gint64) ((guint64) (guint32) cx << 32 | (guint32) cy);
}

/* Each card under every cell it covers, in drawing order. */
static void
make_grid (PtScene *self)
{
  GPtrArray *factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);

  self->grid = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);
      PtRect rect;

      if (pt_scene_is_left_out (self, factor))
        continue;
      pt_scene_get_card_rect (self, factor, &rect);
      for (double y = floor (rect.y / GRID_CELL) * GRID_CELL; y < rect.y + rect.height; y += GRID_CELL)
        for (double x = floor (rect.x / GRID_CELL) * GRID_CELL; x < rect.x + rect.width; x += GRID_CELL)
          {
            gint64 key = grid_cell (x + GRID_CELL / 2, y + GRID_CELL / 2);
            GPtrArray *cell = g_hash_table_lookup (self->grid, &key);

            if (cell == NULL)
              {
                cell = g_ptr_array_new ();
                g_hash_table_insert (self->grid, g_memdup2 (&key, sizeof key), cell);
              }
            g_ptr_array_add (cell, factor);
          }
    }
}

/* The card drawn topmost at (x, y): the last in the workshop's order. */
PtFactor *
pt_scene_card_at (PtScene *self,
                  double   x,
                  double   y)
{
  gint64 key = grid_cell (x, y);
  GPtrArray *cell;

  g_return_val_if_fail (PT_IS_SCENE (self), NULL);

  if (self->grid == NULL)
    make_grid (self);
  cell = g_hash_table_lookup (self->grid, &key);
  for (guint i = cell != NULL ? cell->len : 0; i > 0; i--)
    {
      PtFactor *factor = g_ptr_array_index (cell, i - 1);
      PtRect rect;

      pt_scene_get_card_rect (self, factor, &rect);
      if (pt_rect_contains (&rect, x, y))
        return factor;
    }
  return NULL;
}

/* The cycle step whose arrow or name is at (x, y), or -1: what is drawn,
 * and a little round the arrow's line, not the empty canvas beside it. */
int
pt_scene_step_at (PtScene *self,
                  double   x,
                  double   y)
{
  g_return_val_if_fail (PT_IS_SCENE (self), -1);

  for (PtCycleStep step = PT_CYCLE_STEP_REACTION; step <= PT_CYCLE_STEP_ACTION; step++)
    {
      PtPoint a = pt_scene_ring_arrows[step].a, b = pt_scene_ring_arrows[step].b, n = pt_scene_ring_arrows[step].n;
      PtPoint from = { a.x + (b.x - a.x) * 0.14 + n.x * PT_RING_OFFSET, a.y + (b.y - a.y) * 0.14 + n.y * PT_RING_OFFSET };
      PtPoint to = { a.x + (b.x - a.x) * 0.86 + n.x * PT_RING_OFFSET, a.y + (b.y - a.y) * 0.86 + n.y * PT_RING_OFFSET };
      PtRect name;

      pt_scene_step_label_rect (self, step, &name);
      /* The current step's arrow is 10 wide, its head 24. */
      if (distance_to_segment (x, y, from, to) <= 14 || pt_rect_contains (&name, x, y))
        return step;
    }
  return -1;
}

PtLink *
pt_scene_link_at (PtScene *self,
                  double   x,
                  double   y,
                  double   tolerance)
{
  GPtrArray *links;
  PtLink *best = NULL;
  double best_distance = tolerance;

  g_return_val_if_fail (PT_IS_SCENE (self), NULL);

  links = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_LINK);
  for (guint i = 0; i < links->len; i++)
    {
      PtLink *link = g_ptr_array_index (links, i);
      PtPoint a, b;
      double d;

      if (!pt_scene_link_ends (self, link, &a, &b))
        continue;
      d = distance_to_segment (x, y, a, b);
      if (d <= best_distance)
        {
          best_distance = d;
          best = link;
        }
    }
  return best;
}

/* Shows the cards of drag where it has taken them, until told NULL,
 * without touching the model: a drag becomes one undoable change only when
 * dropped. The drag stays the caller's; it is told again each time it moves. */
void
pt_scene_set_drag (PtScene           *self,
                   const PtSceneDrag *drag)
{
  g_return_if_fail (PT_IS_SCENE (self));

  self->drag = drag;
  /* Only where the moving cards are: not a change of the drawing, so what
   * lies under them stays as drawn (see pt_scene_get_generation ()). */
  g_clear_pointer (&self->grid, g_hash_table_unref);
}

/* A number that changes whenever anything the scene draws may have, but
 * for where a drag shows its cards: a view that keeps a picture of the
 * scene keeps it while this stays the same. */
guint64
pt_scene_get_generation (PtScene *self)
{
  g_return_val_if_fail (PT_IS_SCENE (self), 0);
  return self->generation;
}
