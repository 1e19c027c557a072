/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-scene.h — PtScene: a workshop as something to draw and point at.
 *
 * The scene measures and draws the triangle, the cycle ring, the tray, the
 * cards and the links onto any cairo context — a widget, a printed page, a
 * PDF, SVG or PNG — in the scene units of pt-geometry.h, and answers what is
 * under a point. It follows the workshop's change signals to keep its card
 * measurements current. cairo and Pango only: no GTK.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "pt-geometry.h"
#include "pt-palette.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

typedef enum {
  PT_CARD_STATE_NORMAL   = 0,
  PT_CARD_STATE_SELECTED = 1 << 0,
  PT_CARD_STATE_FOCUSED  = 1 << 1,
  PT_CARD_STATE_DIMMED   = 1 << 2,
} PtCardState;

/* Cards being dragged, not yet dropped: held by whoever drags them (the
 * canvas), read by the scene wherever it places a card. */
typedef struct
{
  GHashTable *moving;     /* PtFactor* set, or NULL */
  double      dx, dy;     /* scene units from where they are */
  PtZone      target;     /* the zone they would land in, lit up */
} PtSceneDrag;

#define PT_TYPE_SCENE (pt_scene_get_type ())
G_DECLARE_FINAL_TYPE (PtScene, pt_scene, PT, SCENE, GObject)

PtScene    *pt_scene_new               (PtWorkshop      *workshop);
PtWorkshop *pt_scene_get_workshop      (PtScene         *self);

void        pt_scene_set_text_scale    (PtScene         *self,
                                        double           scale);
double      pt_scene_get_text_scale    (PtScene         *self);
void        pt_scene_set_card_shape    (PtScene         *self,
                                        PtDimensionKind  dimension,
                                        double           width,
                                        guint            max_lines);
gboolean    pt_scene_card_is_whole     (PtScene         *self,
                                        PtFactor        *factor);
void        pt_scene_set_recording_scale (PtScene       *self,
                                        double           scale);
void        pt_scene_set_show_tray     (PtScene         *self,
                                        gboolean         show);
gboolean    pt_scene_get_show_tray     (PtScene         *self);
gboolean    pt_scene_shows_unplaced    (PtScene         *self);
void        pt_scene_set_reveal_hidden (PtScene         *self,
                                        gboolean         reveal);
void        pt_scene_set_card_numbers  (PtScene         *self,
                                        GHashTable      *numbers);
void        pt_scene_set_hide_private  (PtScene         *self,
                                        gboolean         hide);
gboolean    pt_scene_get_hide_private  (PtScene         *self);
gboolean    pt_scene_hides             (PtScene         *self,
                                        gpointer         item);
void        pt_scene_set_palette       (PtScene         *self,
                                        const PtPalette *palette);
const PtPalette *pt_scene_get_palette  (PtScene         *self);
void        pt_scene_get_bounds        (PtScene         *self,
                                        PtRect          *bounds);

void        pt_scene_get_card_size     (PtScene         *self,
                                        PtFactor        *factor,
                                        double          *width,
                                        double          *height);
void        pt_scene_get_card_rect     (PtScene         *self,
                                        PtFactor        *factor,
                                        PtRect          *rect);
PtFactor   *pt_scene_card_at           (PtScene         *self,
                                        double           x,
                                        double           y);
void        pt_scene_step_label_rect   (PtScene         *self,
                                        guint            step,
                                        PtRect          *rect);
int         pt_scene_step_at           (PtScene         *self,
                                        double           x,
                                        double           y);
PtLink     *pt_scene_link_at           (PtScene         *self,
                                        double           x,
                                        double           y,
                                        double           tolerance);
PtDimensionKind pt_scene_dimension_at  (PtScene         *self,
                                        double           x,
                                        double           y);
PtPlace     pt_scene_place_dropped     (PtScene         *self,
                                        PtFactor        *factor,
                                        double           cx,
                                        double           cy);
PtPlace     pt_scene_place_in          (PtScene         *self,
                                        PtFactor        *factor,
                                        PtDimensionKind  dimension);
PtPoint     pt_scene_free_position     (PtScene         *self,
                                        PtDimensionKind  dimension,
                                        double           near_x,
                                        double           near_y,
                                        double           width,
                                        double           height);

void        pt_scene_get_bounds_for_aspect (PtScene     *self,
                                        double           aspect,
                                        PtRect          *bounds);
gboolean    pt_scene_arrange           (PtScene         *self,
                                        double           width,
                                        double           height,
                                        double           min_size,
                                        double           max_size,
                                        gboolean         text_may_shrink);
guint       pt_scene_spread            (PtScene         *self,
                                        PtDimensionKind  dimension,
                                        const PtRect    *area);
void        pt_scene_clear_spread      (PtScene         *self);
gboolean    pt_scene_is_left_out       (PtScene         *self,
                                        PtFactor        *factor);

void        pt_scene_set_drag          (PtScene         *self,
                                        const PtSceneDrag *drag);
guint64     pt_scene_get_generation    (PtScene         *self);

void        pt_scene_draw_background   (PtScene         *self,
                                        cairo_t         *cr,
                                        PtZone           highlight);
void        pt_scene_draw_links        (PtScene         *self,
                                        cairo_t         *cr,
                                        PtLink          *selected);
void        pt_scene_draw_base         (PtScene         *self,
                                        cairo_t         *cr,
                                        PtZone           highlight,
                                        PtLink          *selected);
void        pt_scene_draw_links_apart  (PtScene         *self,
                                        cairo_t         *cr,
                                        PtLink          *selected,
                                        GHashTable      *moving);
GPtrArray  *pt_scene_links_touching    (PtScene         *self,
                                        GHashTable      *moving);
void        pt_scene_draw_link_list    (PtScene         *self,
                                        cairo_t         *cr,
                                        PtLink          *selected,
                                        GPtrArray       *links);
void        pt_scene_draw_link_preview (PtScene         *self,
                                        cairo_t         *cr,
                                        PtFactor        *from,
                                        double           x,
                                        double           y);
void        pt_scene_draw_card         (PtScene         *self,
                                        cairo_t         *cr,
                                        PtFactor        *factor,
                                        PtCardState      state);
void        pt_scene_find_visible_parts (PtScene        *self,
                                        PtFactor *const *factors,
                                        const PtCardState *states,
                                        guint            n,
                                        const cairo_matrix_t *to_pixels,
                                        cairo_region_t **visible);
void        pt_scene_draw_cards        (PtScene         *self,
                                        cairo_t         *cr,
                                        PtFactor *const *factors,
                                        const PtCardState *states,
                                        guint            n);
void        pt_scene_draw              (PtScene         *self,
                                        cairo_t         *cr);
double      pt_scene_get_heading_height (PtScene        *self,
                                        PtDimensionKind  dimension,
                                        double           width);
void        pt_scene_draw_heading      (PtScene         *self,
                                        cairo_t         *cr,
                                        PtDimensionKind  dimension,
                                        double           x,
                                        double           y,
                                        double           width);
void        pt_scene_draw_link_sample  (cairo_t         *cr,
                                        double           x0,
                                        double           y0,
                                        double           x1,
                                        double           y1,
                                        PtLinkKind       kind,
                                        double           width);

G_END_DECLS
