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

/* Where a step of the cycle has its name, beside its arrow (at most 180
 * units wide): kept clear of cards and of links' labels. */
void
pt_scene_step_label_rect (guint   step,
                          PtRect *rect)
{
  const RingArrow *arrow = &pt_scene_ring_arrows[step];
  const double o = PT_RING_OFFSET, w = 180;
  PtPoint mid = { (arrow->a.x + arrow->b.x) / 2 + arrow->n.x * (o + 22),
                  (arrow->a.y + arrow->b.y) / 2 + arrow->n.y * (o + 22) };
  double y = step == PT_CYCLE_STEP_ACTION ? mid.y : mid.y - PT_STEP_FONT_SIZE * 0.7;

  *rect = (PtRect) { mid.x - arrow->align * w, y, w, PT_STEP_FONT_SIZE * 1.5 };
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
      width += 24 + pt_scene_measured_text (self, number, COUNT_FONT_SIZE, TRUE, COUNT_MAX_WIDTH)->width + 16;
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
      x += 24 + pt_scene_show_text (self, cr, number, COUNT_FONT_SIZE, TRUE, x + 24, y, 0.0, COUNT_MAX_WIDTH,
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
      PtPoint mid = { (a.x + b.x) / 2 + n.x * (o + 22), (a.y + b.y) / 2 + n.y * (o + 22) };
      double label_y = step == PT_CYCLE_STEP_ACTION ? mid.y : mid.y - PT_STEP_FONT_SIZE * 0.7;

      pt_scene_use_color (cr, is_current ? &self->palette->accent : &self->palette->ring_idle);
      draw_link_shape (cr, from, to, PT_LINK_KIND_REINFORCES, width);
      pt_scene_show_text (self, cr, pt_cycle_step_to_label (step), PT_STEP_FONT_SIZE, is_current,
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

  /* The focus question, in the middle of the centre triangle. */
  if (question[0] != '\0')
    {
      g_autoptr(PangoLayout) layout = pt_scene_new_layout (self, question,
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
      pt_scene_use_color (cr, &self->palette->ink);
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
        double width = pt_scene_show_text (self, cr, label, PT_LABEL_FONT_SIZE, TRUE, at[k - 1].x, at[k - 1].y,
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

/* Where along the line from a to b a link's label of w × h goes: the
 * middle, or the point nearest it where the label covers no card, not
 * the focus question and not a step's name (both looked for at a few points of the label, through
 * the hit-test grid, so thousands of links stay cheap); the middle if none. */
static PtPoint
label_place (PtScene *self,
             PtPoint  a,
             PtPoint  b,
             double   w,
             double   h)
{
  static const double along[] = { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 };
  const PtRect question = { PT_TRIANGLE_SIDE / 2 - 130, PT_TRIANGLE_HEIGHT * 0.68 - 60, 260, 120 };
  gboolean has_question = pt_workshop_get_focus_question (self->workshop)[0] != '\0';

  for (guint i = 0; i < G_N_ELEMENTS (along); i++)
    {
      PtPoint at = { a.x + (b.x - a.x) * along[i], a.y + (b.y - a.y) * along[i] };
      PtRect rect = { at.x - w / 2, at.y - h / 2, w, h };
      gboolean clear = !(has_question && pt_rect_intersects (&rect, &question));

      for (guint step = 0; step < 3 && clear; step++)
        {
          PtRect name;

          pt_scene_step_label_rect (step, &name);
          clear = !pt_rect_intersects (&rect, &name);
        }

      for (int px = 0; px <= 4 && clear; px++)
        for (int py = 0; py <= 2 && clear; py++)
          clear = pt_scene_card_at (self, rect.x + rect.width * px / 4, rect.y + rect.height * py / 2) == NULL;
      if (clear)
        return at;
    }
  return (PtPoint) { (a.x + b.x) / 2, (a.y + b.y) / 2 };
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

  if (label[0] != '\0')
    {
      g_autoptr(PangoLayout) layout = pt_scene_new_layout (self, label, 14 * self->text_scale, FALSE, TRUE);
      PtPoint at;
      int w, h;

      pt_pango_text_set_width (layout, (int) (200 * self->text_scale));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_height (layout, -2);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pt_pango_text_get_pixel_size (layout, &w, &h);
      at = label_place (self, a, b, w + 8, h + 4);
      cairo_rectangle (cr, at.x - w / 2.0 - 4, at.y - h / 2.0 - 2, w + 8, h + 4);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_fill (cr);
      cairo_move_to (cr, at.x - w / 2.0, at.y - h / 2.0);
      pt_scene_use_color (cr, &self->palette->ink);
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
