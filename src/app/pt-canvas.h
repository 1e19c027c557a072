/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-canvas.h — PtCanvas: the interactive triangle.
 *
 * Draws the triangle, the cycle ring, the tray and the links through the
 * render layer and holds a PtCard child for every factor. It owns the view
 * (fit, zoom, pan) and the selection, turns pointer gestures and keys into
 * undoable edits of the workshop, and edits card text in place.
 */
#pragma once

#include <gtk/gtk.h>

#include "pt-scene.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_CANVAS (pt_canvas_get_type ())
G_DECLARE_FINAL_TYPE (PtCanvas, pt_canvas, PT, CANVAS, GtkWidget)

GtkWidget  *pt_canvas_new                 (void);
void        pt_canvas_set_workshop        (PtCanvas        *self,
                                           PtWorkshop      *workshop);
PtWorkshop *pt_canvas_get_workshop        (PtCanvas        *self);
PtScene    *pt_canvas_get_scene           (PtCanvas        *self);

GPtrArray  *pt_canvas_get_selection       (PtCanvas        *self);
PtLink     *pt_canvas_get_selected_link   (PtCanvas        *self);
void        pt_canvas_select_factor       (PtCanvas        *self,
                                           PtFactor        *factor,
                                           gboolean         add);
void        pt_canvas_select_link         (PtCanvas        *self,
                                           PtLink          *link);
void        pt_canvas_select_none         (PtCanvas        *self);
GtkWidget  *pt_canvas_get_card            (PtCanvas        *self,
                                           PtFactor        *factor);

void        pt_canvas_add_factor          (PtCanvas        *self);
void        pt_canvas_set_face_down       (PtCanvas        *self,
                                           gboolean         face_down);
gboolean    pt_canvas_get_face_down       (PtCanvas        *self);
void        pt_canvas_set_voice           (PtCanvas        *self,
                                           int              perspective);
int         pt_canvas_get_voice           (PtCanvas        *self);
void        pt_canvas_set_text_scale      (PtCanvas        *self,
                                           double           scale);
void        pt_canvas_set_presenting      (PtCanvas        *self,
                                           gboolean         presenting);
gboolean    pt_canvas_get_presenting      (PtCanvas        *self);
void        pt_canvas_set_spotlight       (PtCanvas        *self,
                                           int              dimension);
int         pt_canvas_get_spotlight       (PtCanvas        *self);
double      pt_canvas_get_card_font_px    (PtCanvas        *self);
void        pt_canvas_set_compare_with    (PtCanvas        *self,
                                           PtSnapshot      *snapshot);
PtSnapshot *pt_canvas_get_compare_with    (PtCanvas        *self);
void        pt_canvas_edit_selected       (PtCanvas        *self);
gboolean    pt_canvas_is_editing          (PtCanvas        *self);
void        pt_canvas_commit_editing      (PtCanvas        *self);
void        pt_canvas_delete_selection    (PtCanvas        *self);
void        pt_canvas_duplicate_selection (PtCanvas        *self);
void        pt_canvas_toggle_polarity     (PtCanvas        *self);
void        pt_canvas_vote_selection      (PtCanvas        *self,
                                           int              delta);
void        pt_canvas_move_selection_to   (PtCanvas        *self,
                                           PtDimensionKind  dimension);
void        pt_canvas_nudge_selection     (PtCanvas        *self,
                                           double           dx,
                                           double           dy);
void        pt_canvas_move_factors        (PtCanvas        *self,
                                           GPtrArray       *factors,
                                           double           dx,
                                           double           dy);
PtLink     *pt_canvas_link_factors        (PtCanvas        *self,
                                           PtFactor        *from,
                                           PtFactor        *to);
void        pt_canvas_start_keyboard_link (PtCanvas        *self);

void        pt_canvas_zoom_in             (PtCanvas        *self);
void        pt_canvas_zoom_out            (PtCanvas        *self);
void        pt_canvas_zoom_fit            (PtCanvas        *self);
double      pt_canvas_get_zoom            (PtCanvas        *self);
void        pt_canvas_set_zoom_at         (PtCanvas        *self,
                                           double           zoom,
                                           double           widget_x,
                                           double           widget_y);
void        pt_canvas_widget_to_scene     (PtCanvas        *self,
                                           double           wx,
                                           double           wy,
                                           double          *sx,
                                           double          *sy);
void        pt_canvas_scene_to_widget     (PtCanvas        *self,
                                           double           sx,
                                           double           sy,
                                           double          *wx,
                                           double          *wy);

void        pt_canvas_preview_move        (PtCanvas        *self,
                                           double           dx,
                                           double           dy);
void        pt_canvas_end_preview         (PtCanvas        *self);

G_END_DECLS
