/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-scene.c — PtScene: measuring, drawing and hit-testing a workshop.
 *
 * Each card's Pango layout is made once and kept until its text changes,
 * so drawing a frame and dragging a card never lay text out again.
 */
#define G_LOG_DOMAIN "pt-render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "pt-cover.h"
#include "pt-card-pictures.h"
#include "pt-palette.h"
#include "pt-privacy.h"
#include "pt-pango.h"
#include "pt-scene.h"

#define SQRT3 1.7320508075688772

typedef struct
{
  PangoLayout *layout;
  double       width;
  double       height;

  /* The card drawn once into pixels, for screens (see card_look). */
  PtCardPicture    picture;
  PtPictureBudget *budget;
} CardCache;

/* Card pictures kept for screens: at most this much memory. A card costs
 * about 40 KB at 100 %; beyond the budget cards are drawn as shapes. */
#define CARD_IMAGES_BUDGET (20 * 1024 * 1024)
/* Hit-testing looks only at the cards over the point's cell of a grid. */
#define GRID_CELL 32.0
/* Room around a card's picture for its badges, and for the focus ring
 * and selection outline of the few cards that have them. */
#define CARD_IMAGE_MARGIN 9.0
#define CARD_IMAGE_MARGIN_OUTLINED 12.0

struct _PtScene
{
  GObject parent_instance;

  PtWorkshop   *workshop;
  PangoContext *pango;
  GHashTable   *cards;        /* PtFactor* → CardCache* */
  PtPictureBudget pictures;   /* what the cards' pictures cost */
  guint64       generation;   /* changes with anything drawn but a drag */
  GHashTable   *texts;        /* "size|bold|width|text" → ShownText*: labels */

  const PtSceneDrag *drag;   /* the caller's, while cards are dragged */

  /* Cards (and the other small texts) are this much larger than usual:
   * for large text, and on paper, where nothing may be under 8 pt. */
  double        text_scale;
  gboolean      show_tray;
  gboolean      reveal_hidden;  /* on paper, face-down cards are shown */
  const PtPalette *palette;
  gboolean      hide_private;   /* on the projector, and on paper unless chosen */
  double        recording_scale;  /* see pt_scene_set_recording_scale */

  GHashTable   *shown_at;     /* PtFactor* → PtPoint*: decluttered centres */
  GHashTable   *left_out;     /* PtFactor* set: no room for them in a spread */
  GHashTable   *grid;         /* cell → GPtrArray of PtFactor*, or NULL: see card_at */

  /* A card's width and most lines, at the usual text size: the projector's
   * columns make cards wider and shorter than the triangle's. */
  double        card_width[PT_DIMENSION_CONTEXTS + 1];
  guint         card_lines[PT_DIMENSION_CONTEXTS + 1];
};

G_DEFINE_FINAL_TYPE (PtScene, pt_scene, G_TYPE_OBJECT)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

/* A label laid out once: shaping text costs more than drawing it. */
typedef struct
{
  PangoLayout *layout;
  int          width;
  int          height;
} ShownText;

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

static void
set_color (cairo_t       *cr,
           const PtColor *color)
{
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
}

static PangoLayout *
new_layout (PtScene    *self,
            const char *text,
            double      size,
            gboolean    bold,
            gboolean    italic)
{
  if (self->pango == NULL)
    self->pango = pt_pango_context_new ();
  return pt_pango_text_new (self->pango, text, size, bold, italic);
}

static CardCache *
get_card (PtScene  *self,
          PtFactor *factor)
{
  CardCache *cache = g_hash_table_lookup (self->cards, factor);
  PtDimensionKind d;
  double text_width, min_height, h;

  if (cache != NULL)
    return cache;

  d = pt_factor_get_dimension (factor);
  text_width = self->card_width[d] - 3 * PT_CARD_PADDING - PT_CARD_MARK_SIZE;
  /* A short card needs room for its mark, not the usual minimum. */
  min_height = self->card_lines[d] < PT_CARD_MAX_LINES ? PT_CARD_MARK_SIZE + 2 * PT_CARD_PADDING
                                                       : PT_CARD_MIN_HEIGHT;

  cache = g_new0 (CardCache, 1);
  cache->budget = &self->pictures;
  cache->layout = new_layout (self, pt_factor_get_text (factor), PT_CARD_FONT_SIZE, FALSE, FALSE);
  pango_layout_set_wrap (cache->layout, PANGO_WRAP_WORD_CHAR);
  pt_pango_text_set_width (cache->layout, text_width);
  /* A very long text makes a tall card, not an endless one. */
  pango_layout_set_height (cache->layout, -(int) self->card_lines[d]);
  pango_layout_set_ellipsize (cache->layout, PANGO_ELLIPSIZE_END);
  pt_pango_text_get_size (cache->layout, NULL, &h);

  /* A card at a larger text scale is the same card, larger: its layout is
   * made at the usual size and drawn scaled. */
  cache->width = self->card_width[d] * self->text_scale;
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
static void
cards_moved (PtScene *self)
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
    cards_moved (self);
  else
    drawing_changed (self);
}

static void
on_item_added_cb (PtScene *self,
                  PtItem  *item)
{
  if (PT_IS_FACTOR (item))
    cards_moved (self);
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
      cards_moved (self);
    }
  else
    drawing_changed (self);
}

/* Back to the model's positions: after a change of size, or a new layout. */
static void
forget_shown_positions (PtScene *self)
{
  g_clear_pointer (&self->shown_at, g_hash_table_unref);
  g_clear_pointer (&self->left_out, g_hash_table_unref);
  cards_moved (self);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
triangle_path (cairo_t       *cr,
               const PtPoint  c[3])
{
  cairo_move_to (cr, c[0].x, c[0].y);
  cairo_line_to (cr, c[1].x, c[1].y);
  cairo_line_to (cr, c[2].x, c[2].y);
  cairo_close_path (cr);
}

/* text laid out at size, no wider than max_width (ellipsized beyond),
 * once: the same label is measured and drawn on every frame. */
static ShownText *
measured_text (PtScene    *self,
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
  shown->layout = new_layout (self, text, size, bold, FALSE);
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

/* Draws text with its anchor point at (x, y): align 0 puts the text's left
 * edge there, 0.5 its middle, 1 its right edge; the top edge is at y.
 * Returns the width drawn. */
static double
show_text (PtScene       *self,
           cairo_t       *cr,
           const char    *text,
           double         size,
           gboolean       bold,
           double         x,
           double         y,
           double         align,
           double         max_width,
           const PtColor *color)
{
  ShownText *shown = measured_text (self, text, size, bold, max_width);

  cairo_move_to (cr, x - align * shown->width, y);
  set_color (cr, color);
  pt_pango_text_show (cr, shown->layout);
  return shown->width;
}

/* Where a line from the centre of rect towards (tx, ty) leaves rect. */
static PtPoint
exit_point (const PtRect *rect,
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
static gboolean
link_ends (PtScene *self,
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
  *from = exit_point (&ra, rb.x + rb.width / 2, rb.y + rb.height / 2);
  *to = exit_point (&rb, ra.x + ra.width / 2, ra.y + ra.height / 2);
  return TRUE;
}

static gboolean
link_crosses_dimensions (PtScene *self,
                         PtLink  *link)
{
  PtFactor *a = pt_workshop_lookup_factor (self->workshop, pt_link_get_from (link));
  PtFactor *b = pt_workshop_lookup_factor (self->workshop, pt_link_get_to (link));

  return a != NULL && b != NULL && pt_factor_get_dimension (a) != pt_factor_get_dimension (b);
}

/* The line style carries the kind, so it survives grey-scale: reinforces is
 * solid with an arrowhead, hinders dashed ending in a bar, relates dotted
 * with a dot at each end. */
static void
draw_link_shape (cairo_t    *cr,
                 PtPoint     from,
                 PtPoint     to,
                 PtLinkKind  kind,
                 double      width)
{
  double angle = atan2 (to.y - from.y, to.x - from.x);
  double head = 6 + 3 * width;
  static const double dashes[] = { 14.0, 8.0 };
  double dots[] = { 0.1, 2.6 * width };

  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, kind == PT_LINK_KIND_RELATES ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
  if (kind == PT_LINK_KIND_HINDERS)
    cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  else if (kind == PT_LINK_KIND_RELATES)
    cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);

  cairo_move_to (cr, from.x, from.y);
  if (kind == PT_LINK_KIND_REINFORCES)
    cairo_line_to (cr, to.x - cos (angle) * head * 0.8, to.y - sin (angle) * head * 0.8);
  else
    cairo_line_to (cr, to.x, to.y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  switch (kind)
    {
    case PT_LINK_KIND_REINFORCES:
      cairo_move_to (cr, to.x, to.y);
      cairo_line_to (cr, to.x - head * cos (angle - 0.45), to.y - head * sin (angle - 0.45));
      cairo_line_to (cr, to.x - head * cos (angle + 0.45), to.y - head * sin (angle + 0.45));
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case PT_LINK_KIND_HINDERS:
      cairo_set_line_width (cr, width * 1.5);
      cairo_move_to (cr, to.x - head * 0.7 * sin (angle), to.y + head * 0.7 * cos (angle));
      cairo_line_to (cr, to.x + head * 0.7 * sin (angle), to.y - head * 0.7 * cos (angle));
      cairo_stroke (cr);
      break;
    case PT_LINK_KIND_RELATES:
    default:
      cairo_arc (cr, from.x, from.y, width * 1.4, 0, 2 * G_PI);
      cairo_arc (cr, to.x, to.y, width * 1.4, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    }
}

/* The polarity mark: − in a disc for a barrier, + for an enabler, drawn,
 * not typed, so it looks the same whatever the fonts. */
static void
draw_mark (PtScene    *self,
           cairo_t    *cr,
           PtPolarity  polarity,
           double      cx,
           double      cy,
           double      r)
{
  cairo_new_path (cr);
  set_color (cr, polarity == PT_POLARITY_BARRIER ? &self->palette->barrier_edge : &self->palette->enabler_edge);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, r * 0.32);
  cairo_move_to (cr, cx - r * 0.55, cy);
  cairo_line_to (cr, cx + r * 0.55, cy);
  if (polarity == PT_POLARITY_ENABLER)
    {
      cairo_move_to (cr, cx, cy - r * 0.55);
      cairo_line_to (cr, cx, cy + r * 0.55);
    }
  cairo_stroke (cr);
}

/* How many barriers and enablers each dimension shows. */
static void
count_polarities (PtScene *self,
                  guint    counts[PT_DIMENSION_CONTEXTS + 1][2])
{
  GPtrArray *factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);

  memset (counts, 0, sizeof (guint) * 2 * (PT_DIMENSION_CONTEXTS + 1));
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *f = g_ptr_array_index (factors, i);

      /* A face-down card's polarity is not told by the count either. */
      if ((!pt_factor_get_hidden (f) || self->reveal_hidden) && !pt_scene_hides (self, f))
        counts[pt_factor_get_dimension (f)][pt_factor_get_polarity (f)]++;
    }
}

/* "− 3  + 2": a dimension's barriers and enablers, by mark and number. */
#define COUNT_FONT_SIZE 20.0
#define COUNT_MAX_WIDTH 60.0
/* How wide draw_counts () draws these counts, the space after the last
 * one included. */
static double
counts_width (PtScene *self,
              guint    barriers,
              guint    enablers)
{
  const guint counts[] = { barriers, enablers };
  double width = 0;

  for (PtPolarity p = PT_POLARITY_BARRIER; p <= PT_POLARITY_ENABLER; p++)
    {
      char number[16];

      g_snprintf (number, sizeof number, "%u", counts[p]);
      width += 24 + measured_text (self, number, COUNT_FONT_SIZE, TRUE, COUNT_MAX_WIDTH)->width + 16;
    }
  return width;
}

static void
draw_counts (PtScene *self,
             cairo_t *cr,
             double   x,
             double   y,
             guint    barriers,
             guint    enablers)
{
  const guint counts[] = { barriers, enablers };

  for (PtPolarity p = PT_POLARITY_BARRIER; p <= PT_POLARITY_ENABLER; p++)
    {
      char number[16];

      g_snprintf (number, sizeof number, "%u", counts[p]);
      draw_mark (self, cr, p, x + 10, y + 12, 10);
      x += 24 + show_text (self, cr, number, COUNT_FONT_SIZE, TRUE, x + 24, y, 0.0, COUNT_MAX_WIDTH,
                           &self->palette->ink) + 16;
    }
}

/* The cycle's arrows, clockwise round the triangle: up the left edge, down
 * the right edge, back along the base. Each: the edge's ends, its outward
 * normal, and how its label aligns. */
typedef struct
{
  PtPoint a, b, n;
  double  align;
} RingArrow;

static const RingArrow ring_arrows[] = {
  { { 0, PT_TRIANGLE_HEIGHT }, { PT_TRIANGLE_SIDE / 2, 0 }, { -SQRT3 / 2, -0.5 }, 1.0 },
  { { PT_TRIANGLE_SIDE / 2, 0 }, { PT_TRIANGLE_SIDE, PT_TRIANGLE_HEIGHT }, { SQRT3 / 2, -0.5 }, 0.0 },
  { { PT_TRIANGLE_SIDE, PT_TRIANGLE_HEIGHT }, { 0, PT_TRIANGLE_HEIGHT }, { 0, 1 }, 0.5 },
};

static void
draw_ring (PtScene *self,
           cairo_t *cr)
{
  const double o = PT_RING_OFFSET;
  PtCycleStep current = pt_workshop_get_step (self->workshop);
  const RingArrow *arrows = ring_arrows;

  for (PtCycleStep step = PT_CYCLE_STEP_REACTION; step <= PT_CYCLE_STEP_ACTION; step++)
    {
      const PtPoint a = arrows[step].a, b = arrows[step].b, n = arrows[step].n;
      gboolean is_current = step == current;
      double width = is_current ? 10.0 : 5.0;
      PtPoint from = { a.x + (b.x - a.x) * 0.14 + n.x * o, a.y + (b.y - a.y) * 0.14 + n.y * o };
      PtPoint to = { a.x + (b.x - a.x) * 0.86 + n.x * o, a.y + (b.y - a.y) * 0.86 + n.y * o };
      PtPoint mid = { (a.x + b.x) / 2 + n.x * (o + 22), (a.y + b.y) / 2 + n.y * (o + 22) };
      double label_y = step == PT_CYCLE_STEP_ACTION ? mid.y : mid.y - PT_STEP_FONT_SIZE * 0.7;

      set_color (cr, is_current ? &self->palette->accent : &self->palette->ring_idle);
      draw_link_shape (cr, from, to, PT_LINK_KIND_REINFORCES, width);
      show_text (self, cr, pt_cycle_step_to_label (step), PT_STEP_FONT_SIZE, is_current,
                 mid.x, label_y, arrows[step].align, 260, is_current ? &self->palette->accent : &self->palette->ink_soft);
    }
}

static void
draw_triangle (PtScene *self,
               cairo_t *cr,
               PtZone   highlight)
{
  const double H = PT_TRIANGLE_HEIGHT, S = PT_TRIANGLE_SIDE;
  PtPoint corners[3];
  const char *question = pt_workshop_get_focus_question (self->workshop);

  for (PtZone zone = PT_ZONE_RESOURCES; zone <= PT_ZONE_CENTRE; zone++)
    {
      pt_geometry_zone_corners (zone, corners);
      triangle_path (cr, corners);
      set_color (cr, zone == PT_ZONE_CENTRE ? &self->palette->centre_fill
                     : zone == highlight ? &self->palette->zone_highlight : &self->palette->zone_fill);
      cairo_fill (cr);
    }

  /* The lines between the zones, then the outline over them. */
  pt_geometry_zone_corners (PT_ZONE_CENTRE, corners);
  triangle_path (cr, corners);
  set_color (cr, &self->palette->ink_soft);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);
  cairo_move_to (cr, S / 2, 0);
  cairo_line_to (cr, 0, H);
  cairo_line_to (cr, S, H);
  cairo_close_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_color (cr, &self->palette->ink);
  cairo_set_line_width (cr, 4);
  cairo_stroke (cr);

  if (highlight >= PT_ZONE_RESOURCES && highlight <= PT_ZONE_CONTEXTS)
    {
      pt_geometry_zone_corners (highlight, corners);
      triangle_path (cr, corners);
      cairo_set_source_rgb (cr, 0.80, 0.55, 0.0);
      cairo_set_line_width (cr, 6);
      cairo_stroke (cr);
    }

  /* The focus question, in the middle of the centre triangle. */
  if (question[0] != '\0')
    {
      g_autoptr(PangoLayout) layout = new_layout (self, question,
                                                  PT_QUESTION_FONT_SIZE * MIN (self->text_scale, 1.4),
                                                  FALSE, TRUE);
      int w, h;

      pt_pango_text_set_width (layout, 250);
      pango_layout_set_height (layout, -5);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pt_pango_text_get_pixel_size (layout, &w, &h);
      cairo_move_to (cr, S / 2 - 125, H * 0.68 - h / 2.0);
      set_color (cr, &self->palette->ink);
      pt_pango_text_show (cr, layout);
    }

  /* The dimensions' names at their corners, each with how many barriers
   * and enablers it holds, so an imbalance shows at a glance. */
  {
    guint counts[PT_DIMENSION_CONTEXTS + 1][2];

    count_polarities (self, counts);
    for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
      {
        const char *label = pt_dimension_get_display_label (pt_workshop_get_dimension (self->workshop, k));
        const struct { double x, y, align; } at[] = {
          { S / 2, -72, 0.5 }, { -10, H + 50, 0.0 }, { S + 10, H + 50, 1.0 },
        };
        double width = show_text (self, cr, label, PT_LABEL_FONT_SIZE, TRUE, at[k - 1].x, at[k - 1].y,
                                  at[k - 1].align, 320, &self->palette->ink);
        /* After the name, or before it at the right-hand corner. */
        double left = at[k - 1].x - at[k - 1].align * width;
        double x = at[k - 1].align == 1.0 ? left - counts_width (self, counts[k][PT_POLARITY_BARRIER],
                                                                  counts[k][PT_POLARITY_ENABLER])
                                          : left + width + 14;

        draw_counts (self, cr, x, at[k - 1].y + 6, counts[k][PT_POLARITY_BARRIER],
                     counts[k][PT_POLARITY_ENABLER]);
      }
  }
}

static void
draw_tray (PtScene *self,
           cairo_t *cr)
{
  PtRect tray;
  static const double dashes[] = { 10.0, 6.0 };

  pt_geometry_tray (&tray);
  rounded_rect (cr, tray.x, tray.y, tray.width, tray.height, 14);
  set_color (cr, &self->palette->tray_fill);
  cairo_fill_preserve (cr);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (cr, 2.5);
  set_color (cr, &self->palette->ink_soft);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  show_text (self, cr, pt_dimension_kind_to_label (PT_DIMENSION_UNPLACED), 20, TRUE,
             tray.x + tray.width / 2, tray.y + 10, 0.5, tray.width - 20, &self->palette->ink_soft);
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
  forget_shown_positions (self);

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

  scale = CLAMP (scale, 1.0, 8.0);
  if (scale == self->text_scale)
    return;
  self->text_scale = scale;
  g_hash_table_remove_all (self->cards);
  forget_shown_positions (self);
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
  cards_moved (self);
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

/* What the scene covers, in scene units. */
void
pt_scene_get_bounds (PtScene *self,
                     PtRect  *bounds)
{
  g_return_if_fail (PT_IS_SCENE (self));

  if (self->show_tray)
    pt_geometry_scene_bounds (bounds);
  else
    pt_geometry_triangle_bounds (bounds);
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

  cache = get_card (self, factor);
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

  cache = get_card (self, factor);
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

/* The cycle step whose arrow (or its label) is at (x, y), or -1. */
int
pt_scene_step_at (PtScene *self,
                  double   x,
                  double   y)
{
  g_return_val_if_fail (PT_IS_SCENE (self), -1);

  for (PtCycleStep step = PT_CYCLE_STEP_REACTION; step <= PT_CYCLE_STEP_ACTION; step++)
    {
      PtPoint a = ring_arrows[step].a, b = ring_arrows[step].b, n = ring_arrows[step].n;
      PtPoint from = { a.x + (b.x - a.x) * 0.14 + n.x * PT_RING_OFFSET, a.y + (b.y - a.y) * 0.14 + n.y * PT_RING_OFFSET };
      PtPoint to = { a.x + (b.x - a.x) * 0.86 + n.x * PT_RING_OFFSET, a.y + (b.y - a.y) * 0.86 + n.y * PT_RING_OFFSET };

      if (distance_to_segment (x, y, from, to) <= 28)
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

      if (!link_ends (self, link, &a, &b))
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

/* The centre near (near_x, near_y) in dimension where a width × height
 * card covers as little of rects as it can; overlap costs far more than
 * distance from where it was wanted. */
static PtPoint
least_covering_position (PtDimensionKind  dimension,
                         double           near_x,
                         double           near_y,
                         double           width,
                         double           height,
                         GArray          *rects)
{
  PtPoint best = pt_geometry_clamp_card (dimension, near_x, near_y, width, height);
  double best_cost = G_MAXDOUBLE;
  PtRect bounds;

  /* Try a grid over the zone; clamping keeps every candidate inside it. */
  if (dimension == PT_DIMENSION_UNPLACED)
    pt_geometry_tray (&bounds);
  else
    bounds = (PtRect) { 0, 0, PT_TRIANGLE_SIDE, PT_TRIANGLE_HEIGHT };
  for (double y = bounds.y; y <= bounds.y + bounds.height; y += height / 2)
    for (double x = bounds.x; x <= bounds.x + bounds.width; x += width / 4)
      {
        PtPoint p = pt_geometry_clamp_card (dimension, x, y, width, height);
        PtRect candidate = { p.x - width / 2, p.y - height / 2, width, height };
        double cost = hypot (p.x - near_x, p.y - near_y);

        if (pt_geometry_dimension_for_drop (p.x, p.y) != dimension)
          continue;
        for (guint i = 0; i < rects->len; i++)
          cost += 0.5 * pt_rect_overlap_area (&candidate, &g_array_index (rects, PtRect, i));
        if (cost < best_cost)
          {
            best_cost = cost;
            best = p;
          }
      }
  return best;
}

/* Where factor lands when dropped with its centre at (cx, cy), scene
 * units: the dimension under that point (right of the triangle, the tray),
 * the card kept wholly inside it. The one landing rule for a drag. */
PtPlace
pt_scene_place_dropped (PtScene  *self,
                        PtFactor *factor,
                        double    cx,
                        double    cy)
{
  PtPlace place = { PT_DIMENSION_UNPLACED, 0.5, 0.5 };
  PtPoint p, m;
  double w, h;

  g_return_val_if_fail (PT_IS_SCENE (self), place);

  pt_scene_get_card_size (self, factor, &w, &h);
  place.dimension = pt_geometry_dimension_for_drop (cx, cy);
  p = pt_geometry_clamp_card (place.dimension, cx, cy, w, h);
  m = pt_geometry_scene_to_model (place.dimension, p.x, p.y);
  place.x = m.x;
  place.y = m.y;
  return place;
}

/* Where factor lands when sent to dimension (a key, the side panel): the
 * free space nearest the middle of that dimension, or the tray's top. */
PtPlace
pt_scene_place_in (PtScene         *self,
                   PtFactor        *factor,
                   PtDimensionKind  dimension)
{
  PtPlace place = { dimension, 0.5, 0.5 };
  PtPoint corners[3], p, m;
  double w, h, cx, cy;

  g_return_val_if_fail (PT_IS_SCENE (self), place);

  pt_scene_get_card_size (self, factor, &w, &h);
  if (dimension == PT_DIMENSION_UNPLACED)
    {
      PtRect tray;

      pt_geometry_tray (&tray);
      cx = tray.x + tray.width / 2;
      cy = tray.y + 60;
    }
  else
    {
      pt_geometry_zone_corners ((PtZone) dimension, corners);
      cx = (corners[0].x + corners[1].x + corners[2].x) / 3;
      cy = (corners[0].y + corners[1].y + corners[2].y) / 3;
    }
  p = pt_scene_free_position (self, dimension, cx, cy, w, h);
  m = pt_geometry_scene_to_model (dimension, p.x, p.y);
  place.x = m.x;
  place.y = m.y;
  return place;
}

/* A centre for a new width × height card in dimension, near (near_x,
 * near_y), where it covers as little of the other cards as possible. */
PtPoint
pt_scene_free_position (PtScene         *self,
                        PtDimensionKind  dimension,
                        double           near_x,
                        double           near_y,
                        double           width,
                        double           height)
{
  GPtrArray *factors;
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (PtRect));

  g_return_val_if_fail (PT_IS_SCENE (self), ((PtPoint) { near_x, near_y }));

  factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);
      PtRect rect;

      if (pt_factor_get_dimension (factor) != dimension)
        continue;
      pt_scene_get_card_rect (self, factor, &rect);
      g_array_append_val (rects, rect);
    }
  return least_covering_position (dimension, near_x, near_y, width, height, rects);
}

/* Shows each card where it is unless it would cover much of the cards
 * before it, and then in the nearest free space: for pages, where cards are
 * larger than on screen. The model is not touched. Quadratic, so only for
 * workshops of a size that fits a page at all. */
void
pt_scene_declutter (PtScene *self)
{
  GPtrArray *factors;
  GArray *placed[PT_DIMENSION_CONTEXTS + 1];

  g_return_if_fail (PT_IS_SCENE (self));

  factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  forget_shown_positions (self);
  if (factors->len > 400)
    return;
  self->shown_at = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint d = 0; d <= PT_DIMENSION_CONTEXTS; d++)
    placed[d] = g_array_new (FALSE, FALSE, sizeof (PtRect));

  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);
      PtDimensionKind d = pt_factor_get_dimension (factor);
      PtPoint *at = g_new (PtPoint, 1);
      PtRect rect;
      double covered = 0;

      pt_scene_get_card_rect (self, factor, &rect);
      for (guint j = 0; j < placed[d]->len; j++)
        covered += pt_rect_overlap_area (&rect, &g_array_index (placed[d], PtRect, j));
      *at = (PtPoint) { rect.x + rect.width / 2, rect.y + rect.height / 2 };
      if (covered > 0.1 * rect.width * rect.height)
        *at = least_covering_position (d, at->x, at->y, rect.width, rect.height, placed[d]);
      rect.x = at->x - rect.width / 2;
      rect.y = at->y - rect.height / 2;
      g_array_append_val (placed[d], rect);
      g_hash_table_insert (self->shown_at, factor, at);
    }
  for (guint d = 0; d <= PT_DIMENSION_CONTEXTS; d++)
    g_array_unref (placed[d]);
  cards_moved (self);
}

/* Shows one dimension's cards in rows across area, barriers first, each as
 * wide as it is: for the projector, where cards are too large for the
 * corner of the triangle they stand in. Cards that do not fit are left out
 * (see pt_scene_is_left_out); returns how many. Other dimensions' cards
 * stay where they are until pt_scene_clear_spread (); the model is not
 * touched. */
guint
pt_scene_spread (PtScene         *self,
                 PtDimensionKind  dimension,
                 const PtRect    *area)
{
  GPtrArray *factors;
  g_autoptr(GPtrArray) mine = g_ptr_array_new ();
  double x, y, row_height = 0, gap;
  guint left_out = 0;

  g_return_val_if_fail (PT_IS_SCENE (self), 0);
  g_return_val_if_fail (area != NULL, 0);
  g_return_val_if_fail (dimension <= PT_DIMENSION_CONTEXTS, 0);

  cards_moved (self);
  /* Short cards stand closer, or a column would be mostly gaps. */
  gap = (self->card_lines[dimension] < PT_CARD_MAX_LINES ? 6 : 12) * self->text_scale;

  factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  if (self->shown_at == NULL)
    self->shown_at = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  if (self->left_out == NULL)
    self->left_out = g_hash_table_new (NULL, NULL);
  for (int polarity = PT_POLARITY_BARRIER; polarity <= PT_POLARITY_ENABLER; polarity++)
    for (guint i = 0; i < factors->len; i++)
      {
        PtFactor *factor = g_ptr_array_index (factors, i);

        if (pt_factor_get_dimension (factor) != dimension || (int) pt_factor_get_polarity (factor) != polarity)
          continue;
        /* A spread again replaces the last one. */
        g_hash_table_remove (self->shown_at, factor);
        g_hash_table_remove (self->left_out, factor);
        if (!pt_scene_hides (self, factor))
          g_ptr_array_add (mine, factor);
      }

  x = area->x;
  y = area->y;
  for (guint i = 0; i < mine->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (mine, i);
      CardCache *cache = get_card (self, factor);
      gboolean first_enabler = pt_factor_get_polarity (factor) == PT_POLARITY_ENABLER &&
                               (i == 0 || pt_factor_get_polarity (g_ptr_array_index (mine, i - 1)) ==
                                          PT_POLARITY_BARRIER);

      /* Enablers start a row of their own, below the barriers. */
      if (x > area->x && (first_enabler || x + cache->width > area->x + area->width))
        {
          x = area->x;
          y += row_height + gap;
          row_height = 0;
        }
      /* Once one card finds no room, the rest keep their order and wait. */
      if (left_out > 0 || y + cache->height > area->y + area->height)
        {
          g_hash_table_add (self->left_out, factor);
          left_out++;
          continue;
        }
      g_hash_table_insert (self->shown_at, factor,
                           g_memdup2 (&(PtPoint) { x + cache->width / 2, y + cache->height / 2 }, sizeof (PtPoint)));
      x += cache->width + gap;
      row_height = MAX (row_height, cache->height);
    }
  return left_out;
}

/* Every card back where the group put it. */
void
pt_scene_clear_spread (PtScene *self)
{
  g_return_if_fail (PT_IS_SCENE (self));
  forget_shown_positions (self);
}

/* Whether the last spread found no room for factor: it is not drawn. */
gboolean
pt_scene_is_left_out (PtScene  *self,
                      PtFactor *factor)
{
  g_return_val_if_fail (PT_IS_SCENE (self), FALSE);
  return self->left_out != NULL && g_hash_table_contains (self->left_out, factor);
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

/* The triangle, its zones and labels, the focus question, the cycle ring
 * and the tray; highlight (a dimension) is drawn as the drop target. */
void
pt_scene_draw_background (PtScene *self,
                          cairo_t *cr,
                          PtZone   highlight)
{
  g_return_if_fail (PT_IS_SCENE (self));

  cairo_save (cr);
  if (self->show_tray)
    draw_tray (self, cr);
  draw_ring (self, cr);
  draw_triangle (self, cr, highlight);
  cairo_restore (cr);
}

/* Whether a link has an end on one of the factors in moving. */
static gboolean
link_touches (PtScene    *self,
              PtLink     *link,
              GHashTable *moving)
{
  return g_hash_table_contains (moving, pt_workshop_lookup_factor (self->workshop, pt_link_get_from (link))) ||
         g_hash_table_contains (moving, pt_workshop_lookup_factor (self->workshop, pt_link_get_to (link)));
}

void
pt_scene_draw_links (PtScene *self,
                     cairo_t *cr,
                     PtLink  *selected)
{
  pt_scene_draw_links_apart (self, cr, selected, NULL);
}

static void
draw_link (PtScene *self,
           cairo_t *cr,
           PtLink  *link,
           PtLink  *selected)
{
  gboolean cross;
  double width;
  const char *label = pt_link_get_label (link);
  PtPoint a, b;

  if (!link_ends (self, link, &a, &b))
    return;
  cross = link_crosses_dimensions (self, link);
  width = cross ? 5.0 : 3.0;

  /* A white band under the line keeps it readable over zone edges and
   * cards; a plain one, as dashes and dots cost far more to draw. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, width + 4);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_move_to (cr, a.x, a.y);
  cairo_line_to (cr, b.x, b.y);
  cairo_stroke (cr);
  if (link == selected)
    {
      set_color (cr, &self->palette->accent);
      draw_link_shape (cr, a, b, pt_link_get_kind (link), width + 6);
    }
  set_color (cr, cross ? &self->palette->ink : &self->palette->ink_soft);
  draw_link_shape (cr, a, b, pt_link_get_kind (link), width);

  if (label[0] != '\0')
    {
      g_autoptr(PangoLayout) layout = new_layout (self, label, 14 * self->text_scale, FALSE, TRUE);
      int w, h;

      pt_pango_text_set_width (layout, (int) (200 * self->text_scale));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pt_pango_text_get_pixel_size (layout, &w, &h);
      cairo_rectangle (cr, (a.x + b.x) / 2 - w / 2.0 - 4, (a.y + b.y) / 2 - h / 2.0 - 2, w + 8, h + 4);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_fill (cr);
      cairo_move_to (cr, (a.x + b.x) / 2 - w / 2.0, (a.y + b.y) / 2 - h / 2.0);
      set_color (cr, &self->palette->ink);
      pt_pango_text_show (cr, layout);
    }
}

/* The links with no end on a factor in moving (a set); all of them when
 * moving is NULL. A drag draws these once, still. */
void
pt_scene_draw_links_apart (PtScene    *self,
                           cairo_t    *cr,
                           PtLink     *selected,
                           GHashTable *moving)
{
  GPtrArray *links;

  g_return_if_fail (PT_IS_SCENE (self));

  links = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_LINK);
  cairo_save (cr);
  for (guint i = 0; i < links->len; i++)
    {
      PtLink *link = g_ptr_array_index (links, i);

      if (moving == NULL || !link_touches (self, link, moving))
        draw_link (self, cr, link, selected);
    }
  cairo_restore (cr);
}

/* The links with an end on a factor in moving (a set): found once when a
 * drag starts, so each of its frames looks at only these. */
GPtrArray *
pt_scene_links_touching (PtScene    *self,
                         GHashTable *moving)
{
  GPtrArray *links, *touching = g_ptr_array_new ();

  g_return_val_if_fail (PT_IS_SCENE (self), touching);

  links = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_LINK);
  for (guint i = 0; i < links->len; i++)
    if (link_touches (self, g_ptr_array_index (links, i), moving))
      g_ptr_array_add (touching, g_ptr_array_index (links, i));
  return touching;
}

/* Draws just these links, as pt_scene_draw_links () would. */
void
pt_scene_draw_link_list (PtScene   *self,
                         cairo_t   *cr,
                         PtLink    *selected,
                         GPtrArray *links)
{
  g_return_if_fail (PT_IS_SCENE (self));

  cairo_save (cr);
  for (guint i = 0; i < links->len; i++)
    draw_link (self, cr, g_ptr_array_index (links, i), selected);
  cairo_restore (cr);
}

/* A link being drawn from a card's handle to the pointer at (x, y). */
void
pt_scene_draw_link_preview (PtScene  *self,
                            cairo_t  *cr,
                            PtFactor *from,
                            double    x,
                            double    y)
{
  PtRect rect;

  g_return_if_fail (PT_IS_SCENE (self));

  pt_scene_get_card_rect (self, from, &rect);
  cairo_save (cr);
  set_color (cr, &self->palette->accent);
  draw_link_shape (cr, exit_point (&rect, x, y), (PtPoint) { x, y }, PT_LINK_KIND_REINFORCES, 4);
  cairo_restore (cr);
}

/* The card's shapes and text, with its top-left corner at the origin. */
static void
draw_card_shapes (PtScene     *self,
                  cairo_t     *cr,
                  PtFactor    *factor,
                  PtCardState  state)
{
  CardCache *cache;
  gboolean barrier;
  double w, h, mx, my, r = PT_CARD_MARK_SIZE / 2;
  static const double dashes[] = { 7.0, 4.0 };

  cache = get_card (self, factor);
  w = cache->width / self->text_scale;
  h = cache->height / self->text_scale;
  barrier = pt_factor_get_polarity (factor) == PT_POLARITY_BARRIER;

  cairo_save (cr);
  cairo_scale (cr, self->text_scale, self->text_scale);
  if (state & PT_CARD_STATE_DIMMED)
    cairo_push_group (cr);

  /* Selection sits outside the card so the card itself stays as it is. */
  if (state & PT_CARD_STATE_SELECTED)
    {
      rounded_rect (cr, -5, -5, w + 10, h + 10, PT_CARD_RADIUS + 5);
      set_color (cr, &self->palette->accent);
      cairo_fill (cr);
    }

  if (pt_factor_get_hidden (factor) && !self->reveal_hidden)
    {
      /* Face down: the back of a card, neither text nor polarity. */
      rounded_rect (cr, 1.5, 1.5, w - 3, h - 3, PT_CARD_RADIUS);
      set_color (cr, &self->palette->ink_soft);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      cairo_clip_preserve (cr);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.18);
      cairo_set_line_width (cr, 4);
      for (double d = -h; d < w; d += 14)
        {
          cairo_move_to (cr, d, h);
          cairo_line_to (cr, d + h, 0);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
      set_color (cr, &self->palette->ink);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
      show_text (self, cr, "?", 28, TRUE, w / 2, h / 2 - 18, 0.5, w, &(PtColor) { 1, 1, 1 });
      goto decorations;
    }

  rounded_rect (cr, 1.5, 1.5, w - 3, h - 3, PT_CARD_RADIUS);
  set_color (cr, barrier ? &self->palette->barrier_fill : &self->palette->enabler_fill);
  cairo_fill_preserve (cr);
  /* Barriers have a solid border, enablers a dashed one. */
  if (!barrier)
    cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (cr, 3);
  set_color (cr, barrier ? &self->palette->barrier_edge : &self->palette->enabler_edge);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  mx = PT_CARD_PADDING + r;
  my = PT_CARD_PADDING + r;
  draw_mark (self, cr, pt_factor_get_polarity (factor), mx, my, r);

  cairo_move_to (cr, 2 * PT_CARD_PADDING + PT_CARD_MARK_SIZE, PT_CARD_PADDING);
  set_color (cr, &self->palette->ink);
  pt_pango_text_show (cr, cache->layout);

  /* Dot votes: a dark badge with the number, on the top right corner. */
  if (pt_factor_get_votes (factor) > 0)
    {
      char number[16];
      g_autoptr(PangoLayout) votes = NULL;
      int vw, vh;
      double bw;

      g_snprintf (number, sizeof number, "%u", pt_factor_get_votes (factor));
      votes = new_layout (self, number, 12, TRUE, FALSE);
      pt_pango_text_get_pixel_size (votes, &vw, &vh);
      bw = MAX (22, vw + 10);
      rounded_rect (cr, w - bw + 6, -8, bw, 22, 11);
      set_color (cr, &self->palette->ink);
      cairo_fill (cr);
      cairo_move_to (cr, w - bw + 6 + (bw - vw) / 2, -8 + (22 - vh) / 2.0);
      cairo_set_source_rgb (cr, 1, 1, 1);
      pt_pango_text_show (cr, votes);
    }

  /* Something is being done about it: a check mark on the bottom right. */
  if (pt_workshop_count_actions (self->workshop, factor) > 0)
    {
      rounded_rect (cr, w - 16, h - 14, 22, 22, 5);
      set_color (cr, &self->palette->ink);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 3);
      cairo_move_to (cr, w - 11, h - 3);
      cairo_line_to (cr, w - 6, h + 2);
      cairo_line_to (cr, w + 2, h - 8);
      cairo_stroke (cr);
    }

decorations:
  if (state & PT_CARD_STATE_FOCUSED)
    {
      rounded_rect (cr, -9, -9, w + 18, h + 18, PT_CARD_RADIUS + 9);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_set_line_width (cr, 3);
      set_color (cr, &self->palette->ink);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  if (state & PT_CARD_STATE_DIMMED)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.35);
    }
  cairo_restore (cr);
}

/* Everything a card's picture depends on besides its text and size. */
static guint
card_look (PtScene     *self,
           PtFactor    *factor,
           PtCardState  state)
{
  return (guint) state |
         (pt_factor_get_polarity (factor) == PT_POLARITY_ENABLER) << 4 |
         (pt_factor_get_hidden (factor) && !self->reveal_hidden) << 5 |
         (pt_workshop_count_actions (self->workshop, factor) > 0) << 6 |
         (self->palette == &pt_palette_high_contrast) << 7 |
         MIN (pt_factor_get_votes (factor), 0xffff) << 8;
}

/* The room a card's picture leaves round the card, in scene units. */
static double
card_image_margin (PtScene     *self,
                   PtCardState  state)
{
  return (state & (PT_CARD_STATE_FOCUSED | PT_CARD_STATE_SELECTED) ? CARD_IMAGE_MARGIN_OUTLINED
                                                                  : CARD_IMAGE_MARGIN) * self->text_scale;
}

typedef struct
{
  PtScene     *scene;
  PtFactor    *factor;
  PtCardState  state;
} CardDrawing;

static void
draw_card_drawing (cairo_t  *cr,
                   gpointer  data)
{
  CardDrawing *drawing = data;

  draw_card_shapes (drawing->scene, cr, drawing->factor, drawing->state);
}

/* Rectangles inside a card's rounded face, with their corners on the
 * rounded corners' arcs: together they cover all of the face but slivers
 * of the corners. */
#define N_FACE_RECTS 5

/* Where those corners are: 1 - cos and 1 - sin of 0°, 22.5°, 45°, 67.5°
 * and 90°, in the corner's radius. */
static const double face_inset[N_FACE_RECTS][2] = {
  { 0, 1 }, { 0.0761205, 0.6173166 }, { 0.2928932, 0.2928932 }, { 0.6173166, 0.0761205 }, { 1, 0 },
};

/* Where a card draws, relative to its top-left corner in scene units: all
 * of it (badges and outlines too), the badges alone, and rectangles of its
 * rounded face (the fill with its border), opaque unless dimmed. */
static guint
card_extents (PtScene     *self,
              PtFactor    *factor,
              PtCardState  state,
              PtRect      *drawn,
              PtRect       badges[2],
              PtRect       face[N_FACE_RECTS])
{
  CardCache *cache = get_card (self, factor);
  double k = self->text_scale, w = cache->width, h = cache->height, r = (1.5 + PT_CARD_RADIUS) * k;
  gboolean votes = pt_factor_get_votes (factor) > 0;
  gboolean actions = pt_workshop_count_actions (self->workshop, factor) > 0;
  guint n_badges = 0;

  /* As draw_card_shapes () draws them, the vote badge at most 60 wide. */
  if (votes)
    badges[n_badges++] = (PtRect) { w - 54 * k, -8 * k, 60 * k, 22 * k };
  if (actions)
    badges[n_badges++] = (PtRect) { w - 16 * k, h - 14 * k, 22 * k, 22 * k };
  if (state & (PT_CARD_STATE_SELECTED | PT_CARD_STATE_FOCUSED))
    *drawn = (PtRect) { -CARD_IMAGE_MARGIN_OUTLINED * k, -CARD_IMAGE_MARGIN_OUTLINED * k,
                        w + 2 * CARD_IMAGE_MARGIN_OUTLINED * k, h + 2 * CARD_IMAGE_MARGIN_OUTLINED * k };
  else
    *drawn = (PtRect) { 0, votes ? -8 * k : 0,
                        w + (votes || actions ? 6 * k : 0),
                        h + (votes ? 8 * k : 0) + (actions ? 8 * k : 0) };
  for (guint i = 0; i < N_FACE_RECTS; i++)
    face[i] = (PtRect) { r * face_inset[i][0], r * face_inset[i][1],
                         w - 2 * r * face_inset[i][0], h - 2 * r * face_inset[i][1] };
  return n_badges;
}

static void
move_rect (PtRect       *rect,
           const PtRect *by)
{
  rect->x += by->x;
  rect->y += by->y;
}

/* The device pixels that rect (in scene units) touches, or if inside,
 * those it covers whole. */
static cairo_rectangle_int_t
pixels_of (const cairo_matrix_t *to_pixels,
           const PtRect         *rect,
           gboolean              inside)
{
  double x0 = rect->x, y0 = rect->y, x1 = rect->x + rect->width, y1 = rect->y + rect->height;

  cairo_matrix_transform_point (to_pixels, &x0, &y0);
  cairo_matrix_transform_point (to_pixels, &x1, &y1);
  x0 = inside ? ceil (x0) : floor (x0);
  y0 = inside ? ceil (y0) : floor (y0);
  x1 = inside ? floor (x1) : ceil (x1);
  y1 = inside ? floor (y1) : ceil (y1);
  if (x1 <= x0 || y1 <= y0)
    return (cairo_rectangle_int_t) { 0, 0, 0, 0 };
  return (cairo_rectangle_int_t) { (int) CLAMP (x0, -G_MAXINT / 4, G_MAXINT / 4),
                                   (int) CLAMP (y0, -G_MAXINT / 4, G_MAXINT / 4),
                                   (int) MIN (x1 - x0, G_MAXINT / 4), (int) MIN (y1 - y0, G_MAXINT / 4) };
}

/* What shows of each of n cards, in the order they are drawn (in states,
 * at their places in the scene), from under the cards drawn after them: in
 * device pixels at to_pixels (scene units to pixels, scaled and moved
 * only), NULL for nothing. Piled cards need not be drawn at all, and the
 * others only where they show. Without a transformation to work in, every
 * card shows whole. Free each with cairo_region_destroy (). */
void
pt_scene_find_visible_parts (PtScene              *self,
                             PtFactor *const      *factors,
                             const PtCardState    *states,
                             guint                 n,
                             const cairo_matrix_t *to_pixels,
                             cairo_region_t      **visible)
{
  g_autoptr(PtCover) covered = pt_cover_new ();   /* pixels wholly under cards drawn later */
  g_autoptr(PtCover) touched = pt_cover_new ();   /* and those they cover in part */
  gboolean usable;

  g_return_if_fail (PT_IS_SCENE (self));

  usable = to_pixels->xy == 0 && to_pixels->yx == 0 && to_pixels->xx > 0 && to_pixels->yy > 0;
  for (guint i = n; i-- > 0;)
    {
      PtRect card, drawn, badges[2], face[N_FACE_RECTS];
      cairo_rectangle_int_t pixels, rects[N_FACE_RECTS];
      gboolean hidden;
      guint n_badges;

      visible[i] = NULL;
      if (!usable)
        {
          pixels = (cairo_rectangle_int_t) { -G_MAXINT / 8, -G_MAXINT / 8, G_MAXINT / 4, G_MAXINT / 4 };
          visible[i] = cairo_region_create_rectangle (&pixels);
          continue;
        }
      pt_scene_get_card_rect (self, factors[i], &card);
      n_badges = card_extents (self, factors[i], states[i], &drawn, badges, face);
      move_rect (&drawn, &card);
      for (guint f = 0; f < N_FACE_RECTS + n_badges; f++)
        move_rect (f < N_FACE_RECTS ? &face[f] : &badges[f - N_FACE_RECTS], &card);

      /* Left out when its face and badges are under the cards above, but
       * for pixels those cover in part: a card exactly under another, or
       * under a pile, would show no more than an edge's antialiasing. An
       * outlined card draws all round itself. */
      hidden = !(states[i] & (PT_CARD_STATE_SELECTED | PT_CARD_STATE_FOCUSED));
      for (guint f = 0; f < N_FACE_RECTS + n_badges && hidden; f++)
        {
          pixels = pixels_of (to_pixels, f < N_FACE_RECTS ? &face[f] : &badges[f - N_FACE_RECTS], FALSE);
          hidden = pt_cover_contains (touched, &pixels);
        }
      if (hidden)
        continue;

      /* Drawn only where nothing opaque covers it. */
      pixels = pixels_of (to_pixels, &drawn, FALSE);
      visible[i] = cairo_region_create_rectangle (&pixels);
      pt_cover_subtract (covered, visible[i]);
      if (cairo_region_is_empty (visible[i]))
        g_clear_pointer (&visible[i], cairo_region_destroy);
      if (visible[i] == NULL || (states[i] & PT_CARD_STATE_DIMMED))
        continue;

      for (guint f = 0; f < N_FACE_RECTS; f++)
        rects[f] = pixels_of (to_pixels, &face[f], TRUE);
      pt_cover_add (covered, rects, N_FACE_RECTS);
      for (guint f = 0; f < N_FACE_RECTS; f++)
        rects[f] = pixels_of (to_pixels, &face[f], FALSE);
      pt_cover_add (touched, rects, N_FACE_RECTS);
    }
}

/* One card, with its top-left corner at the origin: the canvas draws each
 * card widget with this, and print and export draw the very same card —
 * on paper and in vector files as shapes, on screens as a picture. */
void
pt_scene_draw_card (PtScene     *self,
                    cairo_t     *cr,
                    PtFactor    *factor,
                    PtCardState  state)
{
  g_return_if_fail (PT_IS_SCENE (self));
  g_return_if_fail (PT_IS_FACTOR (factor));

  {
    CardCache *cache = get_card (self, factor);
    CardDrawing drawing = { self, factor, state };

    if (pt_card_picture_draw (&cache->picture, &self->pictures, cr, self->recording_scale,
                              card_look (self, factor, state), cache->width, cache->height,
                              card_image_margin (self, state), draw_card_drawing, &drawing))
      return;
  }
  draw_card_shapes (self, cr, factor, state);
}

/* A heading is the corner's label and counts, this much of the card scale. */
#define HEADING_SCALE 0.62

typedef struct
{
  const char *label;
  guint       counts[2];
  double      counts_x;      /* where the counts start, at the usual size */
  double      counts_y;
  double      height;        /* at the scene's text scale */
} Heading;

/* The name, and its counts after it where there is room, else below. */
static void
lay_out_heading (PtScene         *self,
                 PtDimensionKind  dimension,
                 double           width,
                 Heading         *heading)
{
  guint counts[PT_DIMENSION_CONTEXTS + 1][2];
  double k = HEADING_SCALE * self->text_scale, after;
  ShownText *name;
  int w, h;

  heading->label = dimension == PT_DIMENSION_UNPLACED ?
                   pt_dimension_kind_to_label (dimension) :
                   pt_dimension_get_display_label (pt_workshop_get_dimension (self->workshop, dimension));
  count_polarities (self, counts);
  /* Measured as pt_scene_draw_heading draws them, so laid out once. */
  name = measured_text (self, heading->label, PT_LABEL_FONT_SIZE, TRUE, width / k);
  w = name->width;
  h = name->height;
  for (PtPolarity p = PT_POLARITY_BARRIER; p <= PT_POLARITY_ENABLER; p++)
    heading->counts[p] = counts[dimension][p];
  after = counts_width (self, heading->counts[PT_POLARITY_BARRIER], heading->counts[PT_POLARITY_ENABLER]);
  if ((w + 14 + after) * k <= width)
    {
      heading->counts_x = w + 14;
      heading->counts_y = 6;
      heading->height = (h + 8) * k;
    }
  else
    {
      heading->counts_x = 0;
      heading->counts_y = h + 2;
      heading->height = (h + 34) * k;
    }
}

/* The height of a dimension's heading on the projector (see below). */
double
pt_scene_get_heading_height (PtScene         *self,
                             PtDimensionKind  dimension,
                             double           width)
{
  Heading heading;

  g_return_val_if_fail (PT_IS_SCENE (self), 0);
  g_return_val_if_fail (dimension <= PT_DIMENSION_CONTEXTS, 0);

  lay_out_heading (self, dimension, width, &heading);
  return heading.height;
}

/* A dimension's name and its barrier and enabler counts, as at the
 * triangle's corners but at the scene's text scale: for the projector,
 * where the cards are laid out away from the triangle. */
void
pt_scene_draw_heading (PtScene         *self,
                       cairo_t         *cr,
                       PtDimensionKind  dimension,
                       double           x,
                       double           y,
                       double           width)
{
  Heading heading;
  double k;

  g_return_if_fail (PT_IS_SCENE (self));
  g_return_if_fail (dimension <= PT_DIMENSION_CONTEXTS);

  k = HEADING_SCALE * self->text_scale;
  lay_out_heading (self, dimension, width, &heading);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, k, k);
  show_text (self, cr, heading.label, PT_LABEL_FONT_SIZE, TRUE, 0, 0, 0.0, width / k, &self->palette->ink);
  draw_counts (self, cr, heading.counts_x, heading.counts_y,
               heading.counts[PT_POLARITY_BARRIER], heading.counts[PT_POLARITY_ENABLER]);
  cairo_restore (cr);
}

/* What lies under the cards: the paper (within the scene's bounds), then
 * pt_scene_draw_background () and pt_scene_draw_links (). */
void
pt_scene_draw_base (PtScene *self,
                    cairo_t *cr,
                    PtZone   highlight,
                    PtLink  *selected)
{
  PtRect bounds;

  g_return_if_fail (PT_IS_SCENE (self));

  pt_scene_get_bounds (self, &bounds);
  cairo_save (cr);
  cairo_rectangle (cr, bounds.x, bounds.y, bounds.width, bounds.height);
  cairo_clip (cr);
  set_color (cr, &self->palette->paper);
  cairo_paint (cr);
  cairo_restore (cr);
  pt_scene_draw_background (self, cr, highlight);
  pt_scene_draw_links (self, cr, selected);
}

/* Saves cr's state and clips it to region (device pixels at scale). */
static void
clip_to_region (cairo_t              *cr,
                const cairo_region_t *region,
                double                scale)
{
  cairo_matrix_t m;

  cairo_save (cr);
  cairo_get_matrix (cr, &m);
  cairo_identity_matrix (cr);
  for (int r = 0; r < cairo_region_num_rectangles (region); r++)
    {
      cairo_rectangle_int_t box;

      cairo_region_get_rectangle (region, r, &box);
      cairo_rectangle (cr, box.x / scale, box.y / scale, box.width / scale, box.height / scale);
    }
  cairo_clip (cr);
  cairo_set_matrix (cr, &m);
}

/* Cards at their places, in this order and these states. On screens each
 * is drawn only where it shows from under those after it, and not at all
 * if it does not; a vector file keeps every card whole, as its text can
 * be searched there. */
void
pt_scene_draw_cards (PtScene           *self,
                     cairo_t           *cr,
                     PtFactor *const   *factors,
                     const PtCardState *states,
                     guint              n)
{
  g_autofree cairo_region_t **visible = NULL;
  double device_scale;

  g_return_if_fail (PT_IS_SCENE (self));

  if (pt_card_picture_target_pixels (cr, self->recording_scale, &device_scale))
    {
      cairo_matrix_t to_pixels;

      cairo_get_matrix (cr, &to_pixels);
      cairo_matrix_multiply (&to_pixels, &to_pixels, &(cairo_matrix_t) { device_scale, 0, 0, device_scale, 0, 0 });
      visible = g_new0 (cairo_region_t *, n);
      pt_scene_find_visible_parts (self, factors, states, n, &to_pixels, visible);
    }

  for (guint i = 0; i < n; i++)
    {
      PtRect rect;

      if (visible != NULL)
        {
          if (visible[i] == NULL)
            continue;
          clip_to_region (cr, visible[i], device_scale);
          cairo_region_destroy (visible[i]);
        }
      else
        cairo_save (cr);
      pt_scene_get_card_rect (self, factors[i], &rect);
      cairo_translate (cr, rect.x, rect.y);
      pt_scene_draw_card (self, cr, factors[i], states[i]);
      cairo_restore (cr);
    }
}

/* The whole workshop, as on screen: for printing and export. */
void
pt_scene_draw (PtScene *self,
               cairo_t *cr)
{
  GPtrArray *all;
  g_autoptr(GPtrArray) shown = NULL;
  g_autofree PtCardState *states = NULL;

  g_return_if_fail (PT_IS_SCENE (self));

  pt_scene_draw_base (self, cr, PT_ZONE_NONE, NULL);
  all = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  shown = g_ptr_array_sized_new (all->len);
  for (guint i = 0; i < all->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (all, i);

      if (!pt_scene_hides (self, factor) && !pt_scene_is_left_out (self, factor))
        g_ptr_array_add (shown, factor);
    }
  states = g_new0 (PtCardState, shown->len);
  pt_scene_draw_cards (self, cr, (PtFactor *const *) shown->pdata, states, shown->len);
}

/* A link's line on its own, as drawn between cards: for legends. */
void
pt_scene_draw_link_sample (cairo_t    *cr,
                           double      x0,
                           double      y0,
                           double      x1,
                           double      y1,
                           PtLinkKind  kind,
                           double      width)
{
  cairo_save (cr);
  set_color (cr, &pt_palette_normal.ink);
  draw_link_shape (cr, (PtPoint) { x0, y0 }, (PtPoint) { x1, y1 }, kind, width);
  cairo_restore (cr);
}
