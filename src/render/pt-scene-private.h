/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-scene-private.h — what the files of PtScene share: its fields, a
 * card's measurements, and the helpers more than one of them draws with.
 *
 * pt-scene.c measures and hit-tests; pt-scene-place.c says where cards go;
 * pt-scene-draw.c draws the triangle, the ring and the links;
 * pt-scene-cards.c draws the cards.
 */
#pragma once

#include <pango/pangocairo.h>

#include "pt-card-pictures.h"
#include "pt-scene.h"

G_BEGIN_DECLS

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
#define CARD_IMAGE_MARGIN 16.0
#define CARD_IMAGE_MARGIN_OUTLINED 16.0
/* How far the vote badge rises above a card, and the check mark of its
 * actions hangs below it: clear of the text's first and last lines. */
#define BADGE_RISE 15.0
#define BADGE_DROP 15.0

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
  /* The triangle's own words (the corners' names and counts, the cycle's
   * steps, the focus question) are this much larger than usual: on paper,
   * where the triangle is drawn small to leave room for many cards. */
  double        words_scale;
  gboolean      show_tray;
  GHashTable   *numbers;      /* PtFactor* → "12": cards show these, see set_card_numbers */
  gboolean      reveal_hidden;  /* on paper, face-down cards are shown */
  const PtPalette *palette;
  gboolean      hide_private;   /* on the projector, and on paper unless chosen */
  double        recording_scale;  /* see pt_scene_set_recording_scale */

  GHashTable   *shown_at;     /* PtFactor* → PtPoint*: arranged or decluttered centres */
  gboolean      arranged;     /* by pt_scene_arrange (), for a surface of... */
  PtRect        arranged_bounds;  /* ...what it shows */
  GHashTable   *left_out;     /* PtFactor* set: no room for them in a spread */
  GHashTable   *grid;         /* cell → GPtrArray of PtFactor*, or NULL: see card_at */

  /* A card's width and most lines, at the usual text size: the projector's
   * columns make cards wider and shorter than the triangle's. */
  double        card_width[PT_DIMENSION_CONTEXTS + 1];
  guint         card_lines[PT_DIMENSION_CONTEXTS + 1];
};

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

/* The cycle's arrows, clockwise round the triangle: up the left edge, down
 * the right edge, back along the base. Each: the edge's ends, its outward
 * normal, and how its label aligns. */
typedef struct
{
  PtPoint a, b, n;
  double  align;
} RingArrow;

extern const RingArrow pt_scene_ring_arrows[3];
void pt_scene_card_badge_reach (PtScene  *self,
                                PtFactor *factor,
                                double   *top,
                                double   *right,
                                double   *bottom);
void pt_scene_heading_rect (PtScene         *self,
                            PtDimensionKind  dimension,
                            PtRect          *rect);
gboolean pt_scene_words_fit (PtScene *self);
void pt_scene_question_rect (PtScene *self,
                             PtRect  *rect);

/* pt-scene.c */
void pt_scene_get_own_bounds (PtScene *self,
                              PtRect  *bounds);
void pt_scene_use_color (cairo_t       *cr,
           const PtColor *color);
PangoLayout * pt_scene_new_layout (PtScene    *self,
            const char *text,
            double      size,
            gboolean    bold,
            gboolean    italic);
CardCache * pt_scene_get_card (PtScene  *self,
          PtFactor *factor);
void pt_scene_cards_moved (PtScene *self);
void pt_scene_forget_shown_positions (PtScene *self);
ShownText * pt_scene_measured_text (PtScene    *self,
               const char *text,
               double      size,
               gboolean    bold,
               double      max_width);
PtPoint pt_scene_exit_point (const PtRect *rect,
            double        tx,
            double        ty);
gboolean pt_scene_link_ends (PtScene *self,
           PtLink  *link,
           PtPoint *from,
           PtPoint *to);

/* pt-scene-draw.c */
void pt_scene_rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r);
double pt_scene_show_text (PtScene       *self,
           cairo_t       *cr,
           const char    *text,
           double         size,
           gboolean       bold,
           double         x,
           double         y,
           double         align,
           double         max_width,
           const PtColor *color);

/* pt-scene-cards.c */
void pt_scene_draw_mark (PtScene    *self,
           cairo_t    *cr,
           PtPolarity  polarity,
           double      cx,
           double      cy,
           double      r);

G_END_DECLS
