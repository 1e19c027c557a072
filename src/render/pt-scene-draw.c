/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-scene-draw.c — PtScene: drawing what lies under the cards — the triangle,
 * its labels and counts, the cycle ring, the tray and the links — and the
 * whole scene for print and export.
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

const RingArrow pt_scene_ring_arrows[3] = {
  { { 0, PT_TRIANGLE_HEIGHT }, { PT_TRIANGLE_SIDE / 2, 0 }, { -SQRT3 / 2, -0.5 }, 1.0 },
  { { PT_TRIANGLE_SIDE / 2, 0 }, { PT_TRIANGLE_SIDE, PT_TRIANGLE_HEIGHT }, { SQRT3 / 2, -0.5 }, 0.0 },
  { { PT_TRIANGLE_SIDE, PT_TRIANGLE_HEIGHT }, { 0, PT_TRIANGLE_HEIGHT }, { 0, 1 }, 0.5 },
};

/* Where a step of the cycle has its name: beside its arrow's middle, the
 * top of the text there, aligned as the arrow says. */
static PtPoint
step_label_point (PtScene *self,
                  guint    step)
{
  const RingArrow *arrow = &pt_scene_ring_arrows[step];
  const double o = PT_RING_OFFSET;
  PtPoint at = { (arrow->a.x + arrow->b.x) / 2 + arrow->n.x * (o + 22),
                 (arrow->a.y + arrow->b.y) / 2 + arrow->n.y * (o + 22) };

  /* Beside a slanted edge the name is centred on the point; below the
   * base it hangs from it. */
  if (step != PT_CYCLE_STEP_ACTION)
    at.y -= PT_STEP_FONT_SIZE * 0.7 * self->words_scale;
  return at;
}

/* Where a step of the cycle has its name (as wide as it is in bold, as
 * the current step's is): kept clear of cards and of links' labels. */
void
pt_scene_step_label_rect (PtScene *self,
                          guint    step,
                          PtRect  *rect)
{
  ShownText *text = pt_scene_measured_text (self, pt_cycle_step_to_label (step), PT_STEP_FONT_SIZE, TRUE, 260);
  double w = text->width * self->words_scale;
  PtPoint at = step_label_point (self, step);

  *rect = (PtRect) { at.x - pt_scene_ring_arrows[step].align * w, at.y, w,
                     MAX (text->height, PT_STEP_FONT_SIZE * 1.5) * self->words_scale };
}

/* How much larger than usual the focus question is drawn: with the cards
 * (up to a point, as it must fit the centre triangle), or with the words. */
static double
question_scale (PtScene *self)
{
  return MAX (self->words_scale, MIN (self->text_scale, 1.4));
}

/* The focus question as drawn in the middle of the centre triangle, in up
 * to five lines. */
static PangoLayout *
question_layout (PtScene *self)
{
  PangoLayout *layout = pt_scene_new_layout (self, pt_workshop_get_focus_question (self->workshop),
                                             PT_QUESTION_FONT_SIZE * question_scale (self), FALSE, TRUE);

  pt_pango_text_set_width (layout, 250);
  pango_layout_set_height (layout, -5);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* Whether the triangle's own words fit round it at their scale: the
 * names at the foot clear of each other and of the step between them, the
 * focus question whole. */
gboolean
pt_scene_words_fit (PtScene *self)
{
  g_autoptr(PangoLayout) question = question_layout (self);
  PtRect left, right, action;

  pt_scene_heading_rect (self, PT_DIMENSION_DISCOURSES, &left);
  pt_scene_heading_rect (self, PT_DIMENSION_CONTEXTS, &right);
  pt_scene_step_label_rect (self, PT_CYCLE_STEP_ACTION, &action);
  return !pt_rect_intersects (&left, &right) && !pt_rect_intersects (&left, &action) &&
         !pt_rect_intersects (&right, &action) && !pango_layout_is_ellipsized (question);
}

/* Where the focus question is drawn, in the middle of the centre triangle. */
void
pt_scene_question_rect (PtScene *self,
                        PtRect  *rect)
{
  double k = question_scale (self);

  *rect = (PtRect) { PT_TRIANGLE_SIDE / 2 - 130, PT_TRIANGLE_HEIGHT * 0.68 - 45 * k, 260, 90 * k };
}

void
pt_scene_rounded_rect (cairo_t *cr,
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

/* Draws text with its anchor point at (x, y): align 0 puts the text's left
 * edge there, 0.5 its middle, 1 its right edge; the top edge is at y.
 * Returns the width drawn. */
double
pt_scene_show_text (PtScene       *self,
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
  ShownText *shown = pt_scene_measured_text (self, text, size, bold, max_width);

  cairo_move_to (cr, x - align * shown->width, y);
  pt_scene_use_color (cr, color);
  pt_pango_text_show (cr, shown->layout);
  return shown->width;
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
      width += 24 + pt_scene_measured_text (self, number, PT_COUNT_FONT_SIZE, TRUE, COUNT_MAX_WIDTH)->width + 16;
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
      pt_scene_draw_mark (self, cr, p, x + 10, y + 12, 10);
      x += 24 + pt_scene_show_text (self, cr, number, PT_COUNT_FONT_SIZE, TRUE, x + 24, y, 0.0, COUNT_MAX_WIDTH,
                           &self->palette->ink) + 16;
    }
}

static void
draw_ring (PtScene *self,
           cairo_t *cr)
{
  const double o = PT_RING_OFFSET;
  PtCycleStep current = pt_workshop_get_step (self->workshop);
  const RingArrow *arrows = pt_scene_ring_arrows;

  for (PtCycleStep step = PT_CYCLE_STEP_REACTION; step <= PT_CYCLE_STEP_ACTION; step++)
    {
      const PtPoint a = arrows[step].a, b = arrows[step].b, n = arrows[step].n;
      gboolean is_current = step == current;
      double width = is_current ? 10.0 : 5.0;
      PtPoint from = { a.x + (b.x - a.x) * 0.14 + n.x * o, a.y + (b.y - a.y) * 0.14 + n.y * o };
      PtPoint to = { a.x + (b.x - a.x) * 0.86 + n.x * o, a.y + (b.y - a.y) * 0.86 + n.y * o };
      PtPoint at = step_label_point (self, step);

      pt_scene_use_color (cr, is_current ? &self->palette->accent : &self->palette->ring_idle);
      draw_link_shape (cr, from, to, PT_LINK_KIND_REINFORCES, width);
      pt_scene_show_text (self, cr, pt_cycle_step_to_label (step), PT_STEP_FONT_SIZE * self->words_scale, is_current,
                          at.x, at.y, arrows[step].align, 260 * self->words_scale,
                          is_current ? &self->palette->accent : &self->palette->ink_soft);
    }
}

/* A corner's name and its counts, laid out at the usual size with the
 * name's anchor (see corner_point) at 0, 0. */
typedef struct
{
  const char *label;
  guint       counts[2];
  double      name_x;
  double      counts_x;
  PtRect      extent;
} CornerName;

/* Where a corner's name is anchored: above the top; below the two at the
 * foot, their inner ends where they are at the usual size. As the words
 * grow, each grows away from the triangle and from the step between them. */
static PtPoint
corner_point (PtScene          *self,
              PtDimensionKind   dimension,
              const CornerName *name)
{
  const double S = PT_TRIANGLE_SIDE, H = PT_TRIANGLE_HEIGHT, grown = self->words_scale - 1;

  switch (dimension)
    {
    case PT_DIMENSION_RESOURCES:
      return (PtPoint) { S / 2, -32 - 40 * self->words_scale };
    case PT_DIMENSION_DISCOURSES:
      return (PtPoint) { -10 - name->extent.width * grown, H + 50 };
    default:
      return (PtPoint) { S + 10 + name->extent.width * grown, H + 50 };
    }
}

static void
lay_out_corner_name (PtScene         *self,
                     PtDimensionKind  dimension,
                     CornerName      *name)
{
  static const double align[] = { 0, 0.5, 0.0, 1.0 };
  guint counts[PT_DIMENSION_CONTEXTS + 1][2];
  ShownText *text;
  double after;

  count_polarities (self, counts);
  name->label = pt_dimension_get_display_label (pt_workshop_get_dimension (self->workshop, dimension));
  name->counts[PT_POLARITY_BARRIER] = counts[dimension][PT_POLARITY_BARRIER];
  name->counts[PT_POLARITY_ENABLER] = counts[dimension][PT_POLARITY_ENABLER];
  text = pt_scene_measured_text (self, name->label, PT_LABEL_FONT_SIZE, TRUE, 320);
  after = counts_width (self, name->counts[PT_POLARITY_BARRIER], name->counts[PT_POLARITY_ENABLER]);
  name->name_x = -align[dimension] * text->width;
  /* After the name, or before it at the right-hand corner. */
  name->counts_x = align[dimension] == 1.0 ? name->name_x - after : name->name_x + text->width + 14;
  name->extent.x = MIN (name->name_x, name->counts_x);
  name->extent.y = 0;
  name->extent.width = text->width + 14 + after;
  name->extent.height = MAX (text->height, 36);
}

/* Where a corner's name and counts are drawn: kept clear of cards and of
 * links' labels. */
void
pt_scene_heading_rect (PtScene         *self,
                       PtDimensionKind  dimension,
                       PtRect          *rect)
{
  CornerName name;
  PtPoint at;
  double k = self->words_scale;

  lay_out_corner_name (self, dimension, &name);
  at = corner_point (self, dimension, &name);
  *rect = (PtRect) { at.x + name.extent.x * k, at.y + name.extent.y * k,
                     name.extent.width * k, name.extent.height * k };
}

/* The triangle's words: the focus question in the middle of the centre
 * triangle, and the dimensions' names at their corners, each with how
 * many barriers and enablers it holds, so an imbalance shows at a
 * glance. On a ground of their own when drawn again over the links, so
 * that no line runs through them. */
static void
draw_words (PtScene  *self,
            cairo_t  *cr,
            gboolean  ground)
{
  const double H = PT_TRIANGLE_HEIGHT, S = PT_TRIANGLE_SIDE;

  if (pt_workshop_get_focus_question (self->workshop)[0] != '\0')
    {
      g_autoptr(PangoLayout) layout = question_layout (self);
      int w, h;

      pt_pango_text_get_pixel_size (layout, &w, &h);
      if (ground)
        {
          cairo_rectangle (cr, S / 2 - 125, H * 0.68 - h / 2.0, 250, h);
          pt_scene_use_color (cr, &self->palette->centre_fill);
          cairo_fill (cr);
        }
      cairo_move_to (cr, S / 2 - 125, H * 0.68 - h / 2.0);
      pt_scene_use_color (cr, &self->palette->ink);
      pt_pango_text_show (cr, layout);
    }

  for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
    {
      CornerName name;
      PtPoint at;

      lay_out_corner_name (self, k, &name);
      at = corner_point (self, k, &name);
      cairo_save (cr);
      cairo_translate (cr, at.x, at.y);
      cairo_scale (cr, self->words_scale, self->words_scale);
      if (ground)
        {
          cairo_rectangle (cr, name.extent.x - 2, name.extent.y, name.extent.width + 4, name.extent.height);
          pt_scene_use_color (cr, &self->palette->paper);
          cairo_fill (cr);
        }
      pt_scene_show_text (self, cr, name.label, PT_LABEL_FONT_SIZE, TRUE, name.name_x, 0, 0.0, 320,
                          &self->palette->ink);
      draw_counts (self, cr, name.counts_x, 6, name.counts[PT_POLARITY_BARRIER],
                   name.counts[PT_POLARITY_ENABLER]);
      cairo_restore (cr);
    }
}

static void
draw_triangle (PtScene *self,
               cairo_t *cr,
               PtZone   highlight)
{
  const double H = PT_TRIANGLE_HEIGHT, S = PT_TRIANGLE_SIDE;
  PtPoint corners[3];

  for (PtZone zone = PT_ZONE_RESOURCES; zone <= PT_ZONE_CENTRE; zone++)
    {
      pt_geometry_zone_corners (zone, corners);
      triangle_path (cr, corners);
      pt_scene_use_color (cr, zone == PT_ZONE_CENTRE ? &self->palette->centre_fill
                     : zone == highlight ? &self->palette->zone_highlight : &self->palette->zone_fill);
      cairo_fill (cr);
    }

  /* The lines between the zones, then the outline over them. */
  pt_geometry_zone_corners (PT_ZONE_CENTRE, corners);
  triangle_path (cr, corners);
  pt_scene_use_color (cr, &self->palette->ink_soft);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);
  cairo_move_to (cr, S / 2, 0);
  cairo_line_to (cr, 0, H);
  cairo_line_to (cr, S, H);
  cairo_close_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  pt_scene_use_color (cr, &self->palette->ink);
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

  draw_words (self, cr, FALSE);
}

static void
draw_tray (PtScene *self,
           cairo_t *cr)
{
  PtRect tray;
  static const double dashes[] = { 10.0, 6.0 };

  pt_geometry_tray (&tray);
  pt_scene_rounded_rect (cr, tray.x, tray.y, tray.width, tray.height, 14);
  pt_scene_use_color (cr, &self->palette->tray_fill);
  cairo_fill_preserve (cr);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (cr, 2.5);
  pt_scene_use_color (cr, &self->palette->ink_soft);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  pt_scene_show_text (self, cr, pt_dimension_kind_to_label (PT_DIMENSION_UNPLACED), 20, TRUE,
             tray.x + tray.width / 2, tray.y + 10, 0.5, tray.width - 20, &self->palette->ink_soft);
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

/* What a link's label keeps clear of besides cards: the triangle's words
 * (the focus question, if any, the steps' and the corners' names) and the
 * labels placed before it. Found once for all the labels drawn together:
 * the corners' names count every factor. */
typedef struct
{
  PtRect  words[7];
  guint   n_words;
  GArray *placed;   /* of PtRect */
} LabelClearance;

static void
label_clearance_init (PtScene        *self,
                      LabelClearance *clear)
{
  clear->n_words = 0;
  if (pt_workshop_get_focus_question (self->workshop)[0] != '\0')
    pt_scene_question_rect (self, &clear->words[clear->n_words++]);
  for (guint step = 0; step < 3; step++)
    pt_scene_step_label_rect (self, step, &clear->words[clear->n_words++]);
  for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
    pt_scene_heading_rect (self, k, &clear->words[clear->n_words++]);
  clear->placed = g_array_new (FALSE, FALSE, sizeof (PtRect));
}

/* Where a link's label of w × h goes: on the line from a to b, or just
 * beside it, at the place nearest the middle where it covers no card and
 * nothing in clear (cards looked for at a few points of the label,
 * through the hit-test grid, so thousands of links stay cheap); if there
 * is none, where it covers the least. */
static PtPoint
label_place (PtScene              *self,
             PtPoint               a,
             PtPoint               b,
             double                w,
             double                h,
             const LabelClearance *clear)
{
  static const double along[] = { 0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8 };
  double length = hypot (b.x - a.x, b.y - a.y), best_cost = G_MAXDOUBLE;
  /* Beside the line: a unit normal to it. */
  PtPoint normal = { length > 0 ? -(b.y - a.y) / length : 0, length > 0 ? (b.x - a.x) / length : 1 };
  double beside = (fabs (normal.x) * w + fabs (normal.y) * h) / 2 + 6;
  PtPoint best = { (a.x + b.x) / 2, (a.y + b.y) / 2 };

  for (guint i = 0; i < G_N_ELEMENTS (along); i++)
    for (int side = 0; side < 3; side++)
      {
        double off = side == 0 ? 0 : side == 1 ? beside : -beside;
        PtPoint at = { a.x + (b.x - a.x) * along[i] + normal.x * off,
                       a.y + (b.y - a.y) * along[i] + normal.y * off };
        PtRect rect = { at.x - w / 2, at.y - h / 2, w, h };
        /* Beside the line and away from the middle cost a little. */
        double cost = fabs (along[i] - 0.5) + (side != 0 ? 0.3 : 0);

        for (guint k = 0; k < clear->n_words; k++)
          if (pt_rect_intersects (&rect, &clear->words[k]))
            cost += 100;
        for (guint k = 0; k < clear->placed->len; k++)
          if (pt_rect_intersects (&rect, &g_array_index (clear->placed, PtRect, k)))
            cost += 100;
        for (int px = 0; px <= 4 && cost < best_cost; px++)
          for (int py = 0; py <= 2; py++)
            if (pt_scene_card_at (self, rect.x + rect.width * px / 4, rect.y + rect.height * py / 2) != NULL)
              cost += 10;
        if (cost < best_cost)
          {
            best_cost = cost;
            best = at;
          }
        /* Clear on the line itself, nearest the middle: no better to come. */
        if (cost < 1 && side == 0)
          return best;
      }
  return best;
}

static void
draw_link (PtScene *self,
           cairo_t *cr,
           PtLink  *link,
           PtLink  *selected)
{
  gboolean cross;
  double width;
  PtPoint a, b;

  if (!pt_scene_link_ends (self, link, &a, &b))
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
      pt_scene_use_color (cr, &self->palette->accent);
      draw_link_shape (cr, a, b, pt_link_get_kind (link), width + 6);
    }
  pt_scene_use_color (cr, cross ? &self->palette->ink : &self->palette->ink_soft);
  draw_link_shape (cr, a, b, pt_link_get_kind (link), width);
}

/* A link's label, on a white ground, where no line drawn before covers it
 * and it covers no label placed before it (clear's placed grows by its
 * rect). */
static void
draw_link_label (PtScene        *self,
                 cairo_t        *cr,
                 PtLink         *link,
                 LabelClearance *clear)
{
  const char *label = pt_link_get_label (link);
  g_autoptr(PangoLayout) layout = NULL;
  PtPoint a, b, at;
  PtRect rect;
  int w, h;

  if (label[0] == '\0' || !pt_scene_link_ends (self, link, &a, &b))
    return;
  layout = pt_scene_new_layout (self, label, 14 * self->text_scale, FALSE, TRUE);
  pt_pango_text_set_width (layout, (int) (200 * self->text_scale));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_height (layout, -2);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pt_pango_text_get_pixel_size (layout, &w, &h);
  at = label_place (self, a, b, w + 8, h + 4, clear);
  rect = (PtRect) { at.x - w / 2.0 - 4, at.y - h / 2.0 - 2, w + 8, h + 4 };
  g_array_append_val (clear->placed, rect);
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_fill (cr);
  cairo_move_to (cr, at.x - w / 2.0, at.y - h / 2.0);
  pt_scene_use_color (cr, &self->palette->ink);
  pt_pango_text_show (cr, layout);
}

/* The lines of links (of PtLink*), then their labels over all of them. */
static void
draw_some_links (PtScene   *self,
                 cairo_t   *cr,
                 GPtrArray *links,
                 PtLink    *selected)
{
  LabelClearance clear;

  for (guint i = 0; i < links->len; i++)
    draw_link (self, cr, g_ptr_array_index (links, i), selected);
  label_clearance_init (self, &clear);
  for (guint i = 0; i < links->len; i++)
    draw_link_label (self, cr, g_ptr_array_index (links, i), &clear);
  g_array_unref (clear.placed);
}

/* The links with no end on a factor in moving (a set); all of them when
 * moving is NULL. A drag draws these once, still. */
void
pt_scene_draw_links_apart (PtScene    *self,
                           cairo_t    *cr,
                           PtLink     *selected,
                           GHashTable *moving)
{
  GPtrArray *all;
  g_autoptr(GPtrArray) links = NULL;

  g_return_if_fail (PT_IS_SCENE (self));

  all = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_LINK);
  links = g_ptr_array_sized_new (all->len);
  for (guint i = 0; i < all->len; i++)
    if (moving == NULL || !link_touches (self, g_ptr_array_index (all, i), moving))
      g_ptr_array_add (links, g_ptr_array_index (all, i));
  cairo_save (cr);
  draw_some_links (self, cr, links, selected);
  /* No line runs through the triangle's words. */
  if (links->len > 0)
    draw_words (self, cr, TRUE);
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
  draw_some_links (self, cr, links, selected);
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
  pt_scene_use_color (cr, &self->palette->accent);
  draw_link_shape (cr, pt_scene_exit_point (&rect, x, y), (PtPoint) { x, y }, PT_LINK_KIND_REINFORCES, 4);
  cairo_restore (cr);
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
  name = pt_scene_measured_text (self, heading->label, PT_LABEL_FONT_SIZE, TRUE, width / k);
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
  pt_scene_show_text (self, cr, heading.label, PT_LABEL_FONT_SIZE, TRUE, 0, 0, 0.0, width / k, &self->palette->ink);
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
  pt_scene_use_color (cr, &self->palette->paper);
  cairo_paint (cr);
  cairo_restore (cr);
  pt_scene_draw_background (self, cr, highlight);
  pt_scene_draw_links (self, cr, selected);
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
  pt_scene_use_color (cr, &pt_palette_normal.ink);
  draw_link_shape (cr, (PtPoint) { x0, y0 }, (PtPoint) { x1, y1 }, kind, width);
  cairo_restore (cr);
}
