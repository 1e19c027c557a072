/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-canvas-private.h — what the files of PtCanvas share: its fields, and
 * the one state of what the pointer or the keys are doing (PtCanvasDrag).
 *
 * pt-canvas.c holds the view, the selection, the cards and the edits;
 * pt-canvas-pointer.c the gestures and keys; pt-canvas-editor.c the text
 * typed in a card; pt-canvas-draw.c layout and drawing.
 */
#pragma once

#include "pt-board.h"
#include "pt-canvas.h"
#include "pt-card.h"
#include "pt-comparison.h"

G_BEGIN_DECLS

#define MIN_ZOOM        0.5
#define MAX_ZOOM        6.0
#define ZOOM_STEP       1.25
#define DRAG_THRESHOLD  4.0      /* pixels before a press becomes a drag */
#define HANDLE_RADIUS   9.0      /* scene units */
#define NUDGE           10.0     /* scene units per arrow key */

typedef enum {
  MODE_NONE,
  MODE_PRESSED,          /* button down, not yet moved far enough */
  MODE_MOVE_CARDS,
  MODE_LINK,
  MODE_RUBBER_BAND,
  MODE_KEYBOARD_LINK,
} PtCanvasMode;

/* What the pointer (or L and the arrows) is doing, all in one place: the
 * scene is told cards, and reads it; it keeps no copy. */
typedef struct
{
  PtCanvasMode mode;
  double       press_x, press_y;  /* widget coordinates */
  double       x, y;              /* the pointer now, widget coordinates */
  PtFactor    *press_factor;      /* the card pressed on, if any */
  PtFactor    *link_source;       /* a link being drawn from here */
  PtFactor    *link_target;       /* and to here (keyboard) */
  PtSceneDrag  cards;             /* the moving cards, as the scene shows them */
} PtCanvasDrag;

struct _PtCanvas
{
  GtkWidget parent_instance;

  PtWorkshop  *workshop;
  PtScene     *scene;
  GHashTable  *cards;            /* PtFactor* → PtCard* */
  GtkWidget   *hint;

  /* In-place editing: editing is the factor, or NULL for a card that will
   * only be added when its text is confirmed (at new_*). */
  GtkWidget       *editor;
  GtkTextView     *editor_view;
  PtFactor        *editing;
  PtDimensionKind  new_dimension;
  double           new_x, new_y;

  /* The view: scene = (widget - offset) / scale. */
  double       zoom;
  double       pan_x, pan_y;
  double       scale;
  double       offset_x, offset_y;
  double       gesture_zoom;

  GPtrArray   *selection;        /* PtFactor*, in selection order */
  PtLink      *selected_link;
  gboolean     shown_stale;      /* which cards show must be asked again */
  double       arranged_aspect;  /* the window's shape when the cards were placed */
  guint64      arranged_generation;  /* and the scene's generation after */

  PtCanvasDrag drag;

  gboolean     face_down;         /* new cards are entered hidden */
  int          voice;             /* the perspective lit up, or -1 for all */
  gboolean     presenting;        /* large type, high contrast */
  double       text_zoom;         /* large text: the view this much larger */
  int          spotlight;         /* the dimension in view, or -1 for all */
  PtBoardColumn board[4];         /* presenting: where each dimension shows */
  guint        n_board;
  /* What lies under what changes from frame to frame, drawn once: see
   * pt-canvas-draw.c. */
  GskRenderNode *still;
  GPtrArray   *still_links;       /* the links drawn over it, to the moving cards */
  int          still_width, still_height, still_pixels;
  double       still_scale, still_x, still_y;
  PtZone       still_target;
  PtLink      *still_link;
  guint64      still_generation;
  gboolean     still_moving;
  PtSnapshot  *compare_with;      /* an earlier round to mark changes since */
  PtComparison *comparison;       /* with it, made when first drawn after a change */
  guint        double_click_idle;
  double       double_click_x, double_click_y;
};

/* pt-canvas.c */
void      pt_canvas_compute_view       (PtCanvas        *self,
                                        int              width,
                                        int              height);
void      pt_canvas_card_rect          (PtCanvas        *self,
                                        PtFactor        *factor,
                                        PtRect          *rect);
void      pt_canvas_link_handle        (PtCanvas        *self,
                                        PtFactor        *factor,
                                        PtPoint         *centre,
                                        double          *radius);
void      pt_canvas_set_card_selected  (PtCanvas        *self,
                                        PtFactor        *factor,
                                        gboolean         selected);
void      pt_canvas_clear_selection    (PtCanvas        *self);
void      pt_canvas_selection_changed  (PtCanvas        *self);
void      pt_canvas_toggle_factor      (PtCanvas        *self,
                                        PtFactor        *factor);
PtFactor *pt_canvas_primary_selection  (PtCanvas        *self);
void      pt_canvas_update_hint        (PtCanvas        *self);
void      pt_canvas_update_cards_shown (PtCanvas        *self);
void      pt_canvas_flush_cards_shown  (PtCanvas        *self);

/* pt-canvas-editor.c */
void      pt_canvas_editor_rect        (PtCanvas        *self,
                                        PtRect          *rect);
void      pt_canvas_start_editing      (PtCanvas        *self,
                                        PtFactor        *factor,
                                        const char      *text);
void      pt_canvas_stop_editing       (PtCanvas        *self,
                                        gboolean         commit);
void      pt_canvas_start_new_card     (PtCanvas        *self,
                                        PtDimensionKind  dimension,
                                        double           x,
                                        double           y);

/* pt-canvas-pointer.c */
void      pt_canvas_init_pointer       (PtCanvas        *self);
void      pt_canvas_class_init_keys    (GtkWidgetClass  *widget_class);
void      pt_canvas_update_actions     (PtCanvas        *self);
void      pt_canvas_end_card_drag      (PtCanvas        *self);

/* pt-canvas-draw.c */
void      pt_canvas_class_init_drawing (GtkWidgetClass  *widget_class);
void      pt_canvas_drop_still         (PtCanvas        *self);

G_END_DECLS
