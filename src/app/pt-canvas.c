/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-canvas.c — PtCanvas: view, selection, gestures and keys.
 *
 * Everything the pointer does is hit-tested in scene units through PtScene,
 * so the canvas, print and export agree on where things are. A drag shows
 * its preview through the scene without touching the model and becomes one
 * undoable change when the cards are dropped.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pt-board.h"
#include "pt-canvas.h"
#include "pt-card.h"
#include "pt-comparison.h"
#include "pt-desktop-style.h"
#include "pt-text.h"

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
} Mode;

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

  Mode         mode;
  double       press_x, press_y;  /* widget coordinates */
  double       drag_x, drag_y;    /* current, widget coordinates */
  PtFactor    *press_factor;
  PtZone       highlight;
  PtFactor    *link_source;
  PtFactor    *link_target;

  gboolean     face_down;         /* new cards are entered hidden */
  int          voice;             /* the perspective lit up, or -1 for all */
  gboolean     presenting;        /* large type, high contrast */
  double       text_zoom;         /* large text: the view this much larger */
  int          spotlight;         /* the dimension in view, or -1 for all */
  PtBoardColumn board[4];         /* presenting: where each dimension shows */
  guint        n_board;
  /* While cards are dragged, all that stays still, drawn once. */
  GskRenderNode *still;           /* the same node every frame: no damage */
  GPtrArray   *still_links;       /* the links drawn over it, to the moving cards */
  int          still_width, still_height;
  double       still_scale, still_x, still_y;
  PtZone       still_highlight;
  PtSnapshot  *compare_with;      /* an earlier round to mark changes since */
  PtComparison *comparison;       /* with it, made when first drawn after a change */
  guint        double_click_idle;
  double       double_click_x, double_click_y;
};

G_DEFINE_FINAL_TYPE (PtCanvas, pt_canvas, GTK_TYPE_WIDGET)

static void drop_still (PtCanvas *self);
static gboolean still_is_current (PtCanvas *self,
                                  int       width,
                                  int       height);

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void stop_editing (PtCanvas *self,
                          gboolean  commit);

/* ------------------------------------------------------------------------ */
/* View                                                                     */
/* ------------------------------------------------------------------------ */

static void
compute_view (PtCanvas *self,
              int       width,
              int       height)
{
  PtRect bounds;
  double fit;

  if (self->scene != NULL)
    pt_scene_get_bounds (self->scene, &bounds);
  else
    pt_geometry_scene_bounds (&bounds);
  if (self->spotlight >= 0)
    {
      PtPoint c[3];

      /* The spotlit corner fills the view; its neighbours show at the edges. */
      pt_geometry_zone_corners ((PtZone) self->spotlight, c);
      bounds.x = MIN (c[0].x, MIN (c[1].x, c[2].x)) - 40;
      bounds.y = MIN (c[0].y, MIN (c[1].y, c[2].y)) - 40;
      bounds.width = MAX (c[0].x, MAX (c[1].x, c[2].x)) + 40 - bounds.x;
      bounds.height = MAX (c[0].y, MAX (c[1].y, c[2].y)) + 40 - bounds.y;
      self->pan_x = self->pan_y = 0;
    }
  fit = MIN (width / bounds.width, height / bounds.height);
  if (fit <= 0 || !isfinite (fit))
    fit = 1e-3;
  /* Large text makes everything larger together, so nothing that did not
   * overlap starts to; the room's view sizes itself. */
  self->scale = fit * self->zoom * (self->presenting ? 1.0 : self->text_zoom);
  self->offset_x = width / 2.0 - (bounds.x + bounds.width / 2 + self->pan_x) * self->scale;
  self->offset_y = height / 2.0 - (bounds.y + bounds.height / 2 + self->pan_y) * self->scale;
}

void
pt_canvas_widget_to_scene (PtCanvas *self,
                           double    wx,
                           double    wy,
                           double   *sx,
                           double   *sy)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  compute_view (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
  *sx = (wx - self->offset_x) / self->scale;
  *sy = (wy - self->offset_y) / self->scale;
}

void
pt_canvas_scene_to_widget (PtCanvas *self,
                           double    sx,
                           double    sy,
                           double   *wx,
                           double   *wy)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  compute_view (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
  *wx = sx * self->scale + self->offset_x;
  *wy = sy * self->scale + self->offset_y;
}

/* Zooms so that the scene point under (widget_x, widget_y) stays there. */
void
pt_canvas_set_zoom_at (PtCanvas *self,
                       double    zoom,
                       double    widget_x,
                       double    widget_y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  PtRect bounds;
  double sx, sy;

  g_return_if_fail (PT_IS_CANVAS (self));

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  pt_canvas_widget_to_scene (self, widget_x, widget_y, &sx, &sy);
  self->zoom = zoom;
  if (zoom == 1.0)
    self->pan_x = self->pan_y = 0;
  else
    {
      pt_geometry_scene_bounds (&bounds);
      compute_view (self, width, height);
      /* offset' = widget - scene × scale', and offset' is set by the pan. */
      self->pan_x = (width / 2.0 - (widget_x - sx * self->scale)) / self->scale - (bounds.x + bounds.width / 2);
      self->pan_y = (height / 2.0 - (widget_y - sy * self->scale)) / self->scale - (bounds.y + bounds.height / 2);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
pt_canvas_get_zoom (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), 1.0);
  return self->zoom;
}

void
pt_canvas_zoom_in (PtCanvas *self)
{
  pt_canvas_set_zoom_at (self, self->zoom * ZOOM_STEP,
                         gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                         gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
pt_canvas_zoom_out (PtCanvas *self)
{
  pt_canvas_set_zoom_at (self, self->zoom / ZOOM_STEP,
                         gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                         gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
pt_canvas_zoom_fit (PtCanvas *self)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  self->zoom = 1.0;
  self->pan_x = self->pan_y = 0;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */
/* Selection                                                                */
/* ------------------------------------------------------------------------ */

static void
set_card_selected (PtCanvas *self,
                   PtFactor *factor,
                   gboolean  selected)
{
  PtCard *card = g_hash_table_lookup (self->cards, factor);

  if (card != NULL)
    pt_card_set_selected (card, selected);
}

static void
clear_selection (PtCanvas *self)
{
  for (guint i = 0; i < self->selection->len; i++)
    set_card_selected (self, g_ptr_array_index (self->selection, i), FALSE);
  g_ptr_array_set_size (self->selection, 0);
  self->selected_link = NULL;
}

static void update_actions (PtCanvas *self);

static void
selection_changed (PtCanvas *self)
{
  /* What moves is what is selected: the still picture holds the rest. */
  drop_still (self);
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
pt_canvas_select_factor (PtCanvas *self,
                         PtFactor *factor,
                         gboolean  add)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  if (!add)
    clear_selection (self);
  self->selected_link = NULL;
  if (factor != NULL && !g_ptr_array_find (self->selection, factor, NULL))
    {
      g_ptr_array_add (self->selection, factor);
      set_card_selected (self, factor, TRUE);
    }
  selection_changed (self);
}

static void
toggle_factor (PtCanvas *self,
               PtFactor *factor)
{
  if (g_ptr_array_remove (self->selection, factor))
    {
      set_card_selected (self, factor, FALSE);
      selection_changed (self);
    }
  else
    pt_canvas_select_factor (self, factor, TRUE);
}

void
pt_canvas_select_link (PtCanvas *self,
                       PtLink   *link)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  clear_selection (self);
  self->selected_link = link;
  selection_changed (self);
}

void
pt_canvas_select_none (PtCanvas *self)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  clear_selection (self);
  selection_changed (self);
}

GPtrArray *
pt_canvas_get_selection (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), NULL);
  return self->selection;
}

PtLink *
pt_canvas_get_selected_link (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), NULL);
  return self->selected_link;
}

GtkWidget *
pt_canvas_get_card (PtCanvas *self,
                    PtFactor *factor)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), NULL);
  return g_hash_table_lookup (self->cards, factor);
}

static PtFactor *
primary_selection (PtCanvas *self)
{
  return self->selection->len > 0 ? g_ptr_array_index (self->selection, self->selection->len - 1) : NULL;
}

/* ------------------------------------------------------------------------ */
/* Cards                                                                    */
/* ------------------------------------------------------------------------ */

static void
update_hint (PtCanvas *self)
{
  gboolean empty = self->workshop == NULL ||
                   pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR)->len == 0;

  gtk_widget_set_visible (self->hint, empty && self->editor == NULL);
}

/* Actions show on their factors' cards, and in their accessible names. */
static void
redraw_cards (PtCanvas *self)
{
  GHashTableIter iter;
  gpointer card;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    {
      pt_card_update (card);
      gtk_widget_queue_draw (card);
    }
}

/* Which cards show, and how: those raised from other perspectives step
 * back while one is heard; a spotlight and the projector leave some out. */
static void
show_card (PtCanvas *self,
           PtFactor *factor,
           PtCard   *card)
{
  gboolean other_voice = self->voice >= 0 &&
                         (int) pt_workshop_get_voice (self->workshop, factor) != self->voice;
  gboolean out_of_spotlight = self->spotlight >= 0 &&
                              (int) pt_factor_get_dimension (factor) != self->spotlight;
  /* Private factors are the facilitator's, not the room's. */
  gboolean private = pt_scene_hides (self->scene, factor);
  gboolean no_room = self->presenting && pt_scene_is_left_out (self->scene, factor);
  gboolean shown = !out_of_spotlight && !private && !no_room;

  pt_card_set_dimmed (card, other_voice);
  gtk_widget_set_child_visible (GTK_WIDGET (card), shown);
  /* A card not drawn is not heard either: GTK 4.8 lists a widget that is
   * not child-visible among its parent's accessible children. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_STATE_HIDDEN, !shown, -1);
}

/* In front of a room unplaced cards have a column of their own on the
 * board (see lay_out_board), not the tray. */
static void
update_tray (PtCanvas *self)
{
  if (self->scene != NULL && pt_scene_get_show_tray (self->scene) == self->presenting)
    {
      pt_scene_set_show_tray (self->scene, !self->presenting);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
update_cards_shown (PtCanvas *self)
{
  GHashTableIter iter;
  gpointer factor, card;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &factor, &card))
    show_card (self, factor, card);
  update_tray (self);
}

static void
add_card (PtCanvas *self,
          PtFactor *factor,
          guint     position)
{
  PtCard *card = pt_card_new (self->scene, factor);
  GPtrArray *factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  GtkWidget *before = NULL;

  /* Child order is Tab order and drawing order: the workshop's order. */
  if (position + 1 < factors->len)
    before = g_hash_table_lookup (self->cards, g_ptr_array_index (factors, position + 1));
  gtk_widget_insert_before (GTK_WIDGET (card), GTK_WIDGET (self), before);
  pt_card_set_scale (card, self->scale);
  g_hash_table_insert (self->cards, factor, card);
}

static void
remove_card (PtCanvas *self,
             PtFactor *factor)
{
  PtCard *card = g_hash_table_lookup (self->cards, factor);

  if (card == NULL)
    return;
  gtk_widget_unparent (GTK_WIDGET (card));
  g_hash_table_remove (self->cards, factor);
}

/* A card tells a screen reader how many links it has. */
static void
update_link_ends (PtCanvas *self,
                  PtLink   *link)
{
  const char *ends[] = { pt_link_get_from (link), pt_link_get_to (link) };

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      PtFactor *factor = pt_workshop_lookup_factor (self->workshop, ends[i]);
      PtCard *card = factor != NULL ? g_hash_table_lookup (self->cards, factor) : NULL;

      if (card != NULL)
        pt_card_update (card);
    }
}

static void
on_item_added_cb (PtCanvas *self,
                  PtItem   *item,
                  guint     position)
{
  drop_still (self);
  g_clear_pointer (&self->comparison, pt_comparison_free);
  if (PT_IS_FACTOR (item))
    {
      add_card (self, PT_FACTOR (item), position);
      update_hint (self);
      /* Only the new card: thousands added in one go stay linear. */
      show_card (self, PT_FACTOR (item), g_hash_table_lookup (self->cards, item));
      update_tray (self);
    }
  if (PT_IS_ACTION (item))
    redraw_cards (self);
  if (PT_IS_LINK (item))
    update_link_ends (self, PT_LINK (item));
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_item_removed_cb (PtCanvas *self,
                    PtItem   *item)
{
  gboolean selection_touched = FALSE;

  drop_still (self);
  g_clear_pointer (&self->comparison, pt_comparison_free);
  if (PT_IS_FACTOR (item))
    {
      selection_touched = g_ptr_array_remove (self->selection, item);
      if (self->editing == PT_FACTOR (item))
        stop_editing (self, FALSE);
      if (self->link_source == PT_FACTOR (item) || self->link_target == PT_FACTOR (item))
        {
          self->mode = MODE_NONE;
          self->link_source = self->link_target = NULL;
        }
      remove_card (self, PT_FACTOR (item));
      update_hint (self);
    }
  if (PT_IS_PARTICIPANT (item))
    update_cards_shown (self);
  if (PT_IS_ACTION (item))
    redraw_cards (self);
  if (PT_IS_LINK (item))
    update_link_ends (self, PT_LINK (item));
  if (PT_IS_LINK (item) && self->selected_link == PT_LINK (item))
    {
      self->selected_link = NULL;
      selection_touched = TRUE;
    }
  if (selection_touched)
    selection_changed (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_item_changed_cb (PtCanvas   *self,
                    GObject    *object,
                    GParamSpec *pspec)
{
  drop_still (self);
  g_clear_pointer (&self->comparison, pt_comparison_free);
  if (PT_IS_FACTOR (object))
    {
      PtCard *card = g_hash_table_lookup (self->cards, object);

      if (card != NULL && (g_str_equal (pspec->name, "text") ||
                           g_str_equal (pspec->name, "hidden") ||
                           g_str_equal (pspec->name, "polarity") ||
                           g_str_equal (pspec->name, "dimension") ||
                           g_str_equal (pspec->name, "notes") ||
                           g_str_equal (pspec->name, "votes")))
        pt_card_update (card);
      if (card != NULL && (g_str_equal (pspec->name, "polarity") || g_str_equal (pspec->name, "votes") ||
                           g_str_equal (pspec->name, "hidden")))
        gtk_widget_queue_draw (GTK_WIDGET (card));
      if (g_str_equal (pspec->name, "raised-by") || g_str_equal (pspec->name, "dimension") ||
          g_str_equal (pspec->name, "private"))
        update_cards_shown (self);
    }
  else if (PT_IS_ACTION (object) && g_str_equal (pspec->name, "factors"))
    redraw_cards (self);
  else if (PT_IS_PARTICIPANT (object) || PT_IS_DIMENSION (object))
    {
      GHashTableIter iter;
      gpointer card;

      /* Card names mention their dimension's label. */
      g_hash_table_iter_init (&iter, self->cards);
      while (g_hash_table_iter_next (&iter, NULL, &card))
        pt_card_update (card);
      update_cards_shown (self);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */
/* Edits                                                                    */
/* ------------------------------------------------------------------------ */

static void
card_rect (PtCanvas *self,
           PtFactor *factor,
           PtRect   *rect)
{
  pt_scene_get_card_rect (self->scene, factor, rect);
}

/* Moves factors by (dx, dy) scene units as one undoable step: each lands in
 * the dimension under its new centre (or the tray), wholly inside it. */
void
pt_canvas_move_factors (PtCanvas  *self,
                        GPtrArray *factors,
                        double     dx,
                        double     dy)
{
  g_autoptr(GPtrArray) moving = NULL;
  g_autofree PtPlace *places = NULL;

  g_return_if_fail (PT_IS_CANVAS (self));

  if (factors->len == 0)
    return;
  /* The caller's array may be the selection, which moving can change. */
  moving = g_ptr_array_copy (factors, NULL, NULL);

  places = g_new (PtPlace, moving->len);
  for (guint i = 0; i < moving->len; i++)
    {
      PtRect rect;

      card_rect (self, g_ptr_array_index (moving, i), &rect);
      places[i] = pt_scene_place_dropped (self->scene, g_ptr_array_index (moving, i),
                                          rect.x + rect.width / 2 + dx, rect.y + rect.height / 2 + dy);
    }
  pt_workshop_move_factors (self->workshop, moving, places);
}

void
pt_canvas_nudge_selection (PtCanvas *self,
                           double    dx,
                           double    dy)
{
  g_return_if_fail (PT_IS_CANVAS (self));
  pt_canvas_move_factors (self, self->selection, dx, dy);
}

/* Sends the selected factors to a dimension (or the tray), each to free
 * space there. */
void
pt_canvas_move_selection_to (PtCanvas        *self,
                             PtDimensionKind  dimension)
{
  g_autoptr(GPtrArray) moving = NULL;

  g_return_if_fail (PT_IS_CANVAS (self));

  if (self->selection->len == 0)
    return;
  moving = g_ptr_array_copy (self->selection, NULL, NULL);

  /* Each to free space, one after another, so the second does not land
   * on the first; all as one step. Those there already stay. */
  pt_workshop_begin_group (self->workshop, ngettext ("Move Factor", "Move Factors", moving->len));
  for (guint i = 0; i < moving->len; i++)
    {
      g_autoptr(GPtrArray) one = g_ptr_array_new ();
      PtPlace place;

      if (pt_factor_get_dimension (g_ptr_array_index (moving, i)) == dimension)
        continue;
      g_ptr_array_add (one, g_ptr_array_index (moving, i));
      place = pt_scene_place_in (self->scene, g_ptr_array_index (moving, i), dimension);
      pt_workshop_move_factors (self->workshop, one, &place);
    }
  pt_workshop_end_group (self->workshop);
}

/* Adds (delta 1) or takes back (-1) a dot vote on each selected factor. */
void
pt_canvas_vote_selection (PtCanvas *self,
                          int       delta)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self->workshop, delta > 0 ? _("Add Vote") : _("Remove Vote"));
  for (guint i = 0; i < self->selection->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (self->selection, i);
      int votes = (int) pt_factor_get_votes (factor) + delta;

      pt_workshop_set (self->workshop, factor, "votes", (guint) CLAMP (votes, 0, PT_MAX_VOTES), NULL);
    }
  pt_workshop_end_group (self->workshop);
}

void
pt_canvas_toggle_polarity (PtCanvas *self)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  pt_workshop_begin_group (self->workshop, _("Change Polarity"));
  for (guint i = 0; i < self->selection->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (self->selection, i);

      pt_workshop_set (self->workshop, factor, "polarity",
                       pt_factor_get_polarity (factor) == PT_POLARITY_BARRIER
                       ? PT_POLARITY_ENABLER : PT_POLARITY_BARRIER, NULL);
    }
  pt_workshop_end_group (self->workshop);
}

void
pt_canvas_delete_selection (PtCanvas *self)
{
  g_autoptr(GPtrArray) doomed = NULL;

  g_return_if_fail (PT_IS_CANVAS (self));

  if (self->selected_link != NULL)
    {
      PtLink *link = self->selected_link;

      pt_workshop_begin_group (self->workshop, _("Delete Link"));
      pt_workshop_remove (self->workshop, PT_ITEM (link));
      pt_workshop_end_group (self->workshop);
      return;
    }
  if (self->selection->len == 0)
    return;

  doomed = g_ptr_array_copy (self->selection, NULL, NULL);
  pt_workshop_begin_group (self->workshop, ngettext ("Delete Factor", "Delete Factors", doomed->len));
  for (guint i = 0; i < doomed->len; i++)
    pt_workshop_remove (self->workshop, g_ptr_array_index (doomed, i));
  pt_workshop_end_group (self->workshop);
}

void
pt_canvas_duplicate_selection (PtCanvas *self)
{
  g_autoptr(GPtrArray) copies = g_ptr_array_new ();

  g_return_if_fail (PT_IS_CANVAS (self));

  if (self->selection->len == 0)
    return;

  pt_workshop_begin_group (self->workshop, ngettext ("Duplicate Factor", "Duplicate Factors",
                                                     self->selection->len));
  for (guint i = 0; i < self->selection->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (self->selection, i);
      g_autofree char *id = pt_workshop_new_id (self->workshop, PT_TYPE_FACTOR);
      PtDimensionKind dimension = pt_factor_get_dimension (factor);
      PtRect rect;
      PtPoint p, m;
      g_autoptr(PtFactor) copy = NULL;

      card_rect (self, factor, &rect);
      p = pt_scene_free_position (self->scene, dimension, rect.x + rect.width / 2 + 20,
                                  rect.y + rect.height / 2 + 20, rect.width, rect.height);
      m = pt_geometry_scene_to_model (dimension, p.x, p.y);
      copy = g_object_new (PT_TYPE_FACTOR,
                           "id", id,
                           "text", pt_factor_get_text (factor),
                           "notes", pt_factor_get_notes (factor),
                           "dimension", dimension,
                           "polarity", pt_factor_get_polarity (factor),
                           "raised-by", pt_factor_get_raised_by (factor),
                           "private", pt_factor_get_private (factor),
                           "x", m.x, "y", m.y,
                           NULL);
      pt_workshop_add (self->workshop, PT_ITEM (copy));
      g_ptr_array_add (copies, copy);
    }
  pt_workshop_end_group (self->workshop);

  clear_selection (self);
  for (guint i = 0; i < copies->len; i++)
    pt_canvas_select_factor (self, g_ptr_array_index (copies, i), TRUE);
}

/* Links from to to (kind "relates" until the group says more), as one
 * step; NULL when that would link a factor to itself. */
PtLink *
pt_canvas_link_factors (PtCanvas *self,
                        PtFactor *from,
                        PtFactor *to)
{
  g_autofree char *id = NULL;
  g_autoptr(PtLink) link = NULL;

  g_return_val_if_fail (PT_IS_CANVAS (self), NULL);

  if (from == NULL || to == NULL || from == to)
    return NULL;
  id = pt_workshop_new_id (self->workshop, PT_TYPE_LINK);
  link = g_object_new (PT_TYPE_LINK, "id", id,
                       "from", pt_item_get_id (PT_ITEM (from)),
                       "to", pt_item_get_id (PT_ITEM (to)),
                       "kind", PT_LINK_KIND_RELATES, NULL);
  pt_workshop_begin_group (self->workshop, _("Add Link"));
  pt_workshop_add (self->workshop, PT_ITEM (link));
  pt_workshop_end_group (self->workshop);
  pt_canvas_select_link (self, link);
  return link;
}

/* ------------------------------------------------------------------------ */
/* In-place editing                                                         */
/* ------------------------------------------------------------------------ */

static void
editor_rect (PtCanvas *self,
             PtRect   *rect)
{
  if (self->editing != NULL)
    card_rect (self, self->editing, rect);
  else
    {
      PtPoint p = pt_geometry_model_to_scene (self->new_dimension, self->new_x, self->new_y);

      *rect = (PtRect) { p.x - 75, p.y - 30, 150, 60 };
      /* On the board, a new card is written at the foot of its column. */
      for (guint i = 0; i < self->n_board; i++)
        if (self->board[i].dimension == self->new_dimension)
          {
            const PtRect *area = &self->board[i].area;
            double h = 60 * pt_scene_get_text_scale (self->scene);

            *rect = (PtRect) { area->x, area->y + area->height - h, area->width, h };
          }
    }
}

static char *
editor_text (PtCanvas *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->editor_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
stop_editing (PtCanvas *self,
              gboolean  commit)
{
  g_autofree char *text = NULL;
  GtkWidget *editor = self->editor;
  PtFactor *factor = self->editing;

  if (editor == NULL)
    return;

  text = editor_text (self);
  self->editor = NULL;
  self->editor_view = NULL;
  self->editing = NULL;
  gtk_widget_unparent (editor);

  if (commit && factor != NULL && !g_str_equal (text, pt_factor_get_text (factor)))
    {
      pt_workshop_begin_group (self->workshop, _("Edit Factor"));
      pt_workshop_set (self->workshop, factor, "text", text, NULL);
      pt_workshop_end_group (self->workshop);
    }
  else if (commit && factor == NULL && text[0] != '\0')
    {
      g_autofree char *id = pt_workshop_new_id (self->workshop, PT_TYPE_FACTOR);
      g_autoptr(PtFactor) added = g_object_new (PT_TYPE_FACTOR, "id", id, "text", text,
                                                "dimension", self->new_dimension,
                                                "x", self->new_x, "y", self->new_y,
                                                "hidden", self->face_down, NULL);

      pt_workshop_begin_group (self->workshop, _("Add Factor"));
      pt_workshop_add (self->workshop, PT_ITEM (added));
      pt_workshop_end_group (self->workshop);
      factor = added;
      pt_canvas_select_factor (self, added, FALSE);
    }

  update_hint (self);
  if (factor != NULL && g_hash_table_contains (self->cards, factor))
    gtk_widget_grab_focus (g_hash_table_lookup (self->cards, factor));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_editor_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          PtCanvas              *self)
{
  if (keyval == GDK_KEY_Escape)
    {
      stop_editing (self, FALSE);
      return TRUE;
    }
  /* Enter confirms; Shift+Enter starts a new line. */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && !(state & GDK_SHIFT_MASK))
    {
      stop_editing (self, TRUE);
      return TRUE;
    }
  return FALSE;
}

static void
on_editor_focus_leave_cb (GtkEventControllerFocus *controller,
                          PtCanvas                *self)
{
  stop_editing (self, TRUE);
}

static void
start_editing (PtCanvas   *self,
               PtFactor   *factor,
               const char *text)
{
  GtkEventController *keys, *focus;
  GtkWidget *view;

  stop_editing (self, TRUE);

  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "card-editor");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Factor text"),
                                  -1);

  self->editor = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (self->editor), view);
  self->editor_view = GTK_TEXT_VIEW (view);
  self->editing = factor;
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_editor_key_pressed_cb), self);
  gtk_widget_add_controller (view, keys);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_editor_focus_leave_cb), self);
  gtk_widget_add_controller (view, focus);

  update_hint (self);
  gtk_widget_grab_focus (view);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Takes what is typed in a card into the model now (before saving). */
void
pt_canvas_commit_editing (PtCanvas *self)
{
  g_return_if_fail (PT_IS_CANVAS (self));
  stop_editing (self, TRUE);
}

gboolean
pt_canvas_is_editing (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), FALSE);
  return self->editor != NULL;
}

void
pt_canvas_edit_selected (PtCanvas *self)
{
  PtFactor *factor;

  g_return_if_fail (PT_IS_CANVAS (self));

  factor = primary_selection (self);
  if (factor != NULL)
    start_editing (self, factor, pt_factor_get_text (factor));
}

/* A new card at scene point (x, y), ready to type; it joins the workshop
 * when its text is confirmed, so an abandoned card leaves nothing behind. */
static void
start_new_card (PtCanvas        *self,
                PtDimensionKind  dimension,
                double           x,
                double           y)
{
  PtPoint p = pt_scene_free_position (self->scene, dimension, x, y, 150, 60);
  PtPoint m = pt_geometry_scene_to_model (dimension, p.x, p.y);

  stop_editing (self, TRUE);
  self->new_dimension = dimension;
  self->new_x = m.x;
  self->new_y = m.y;
  start_editing (self, NULL, "");
}

/* While on, new cards are entered face down, to be revealed together. */
void
pt_canvas_set_face_down (PtCanvas *self,
                         gboolean  face_down)
{
  g_return_if_fail (PT_IS_CANVAS (self));
  self->face_down = face_down;
}

gboolean
pt_canvas_get_face_down (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), FALSE);
  return self->face_down;
}

/* Lights up the cards raised from @perspective (-1: every card). */
void
pt_canvas_set_voice (PtCanvas *self,
                     int       perspective)
{
  g_return_if_fail (PT_IS_CANVAS (self));
  self->voice = perspective;
  update_cards_shown (self);
}

int
pt_canvas_get_voice (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), -1);
  return self->voice;
}

/* High contrast in front of a room, and wherever the desktop asks for it. */
static void
update_palette (PtCanvas *self)
{
  gboolean high = self->presenting || pt_desktop_style_get_high_contrast (pt_desktop_style_get_default ());

  if (self->scene == NULL)
    return;
  pt_scene_set_palette (self->scene, high ? &pt_palette_high_contrast : &pt_palette_normal);
  redraw_cards (self);
}

/* Presentation: a high-contrast palette, and card text at least 28 px
 * on a 720-line screen, growing with the screen (see size_allocate). */
void
pt_canvas_set_presenting (PtCanvas *self,
                          gboolean  presenting)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  self->presenting = presenting;
  update_actions (self);
  update_cards_shown (self);
  if (self->scene != NULL)
    {
      update_palette (self);
      pt_scene_set_hide_private (self->scene, presenting);
    }
  if (!presenting && self->scene != NULL)
    {
      pt_scene_set_text_scale (self->scene, 1.0);
      pt_canvas_set_spotlight (self, -1);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
pt_canvas_get_presenting (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), FALSE);
  return self->presenting;
}

/* Cards and their text this many times the size that fits the window
 * (1 to 4): the preference times the desktop's text scaling. */
void
pt_canvas_set_text_scale (PtCanvas *self,
                          double    scale)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  self->text_zoom = CLAMP (scale, 1.0, 4.0);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Brings one dimension into view, its cards alone and large; -1 for all. */
void
pt_canvas_set_spotlight (PtCanvas *self,
                         int       dimension)
{
  g_return_if_fail (PT_IS_CANVAS (self));
  g_return_if_fail (dimension >= -1 && dimension <= PT_DIMENSION_CONTEXTS);

  self->spotlight = dimension == PT_DIMENSION_UNPLACED ? -1 : dimension;
  self->zoom = 1.0;
  self->pan_x = self->pan_y = 0;
  update_cards_shown (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
pt_canvas_get_spotlight (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), -1);
  return self->spotlight;
}

/* The size card text is drawn at, in pixels. */
double
pt_canvas_get_card_font_px (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), 0);
  return PT_CARD_FONT_SIZE * pt_scene_get_text_scale (self->scene) * self->scale;
}

/* Marks what changed since an earlier round's snapshot; NULL for none. */
void
pt_canvas_set_compare_with (PtCanvas   *self,
                            PtSnapshot *snapshot)
{
  g_return_if_fail (PT_IS_CANVAS (self));
  g_return_if_fail (snapshot == NULL || PT_IS_SNAPSHOT (snapshot));

  g_set_object (&self->compare_with, snapshot);
  g_clear_pointer (&self->comparison, pt_comparison_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

PtSnapshot *
pt_canvas_get_compare_with (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), NULL);
  return self->compare_with;
}

/* Turns every face-down card up, as one step; returns how many. */
guint
pt_canvas_reveal_all (PtCanvas *self)
{
  GPtrArray *factors;
  guint revealed = 0;

  g_return_val_if_fail (PT_IS_CANVAS (self), 0);

  factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self->workshop, _("Reveal Cards"));
  for (guint i = 0; i < factors->len; i++)
    if (pt_factor_get_hidden (g_ptr_array_index (factors, i)))
      {
        pt_workshop_set (self->workshop, g_ptr_array_index (factors, i), "hidden", FALSE, NULL);
        revealed++;
      }
  pt_workshop_end_group (self->workshop);
  return revealed;
}

/* Adds a card in the selected card's dimension, or in the tray. */
void
pt_canvas_add_factor (PtCanvas *self)
{
  PtFactor *selected;
  PtDimensionKind dimension = PT_DIMENSION_UNPLACED;
  PtRect tray;

  g_return_if_fail (PT_IS_CANVAS (self));

  selected = primary_selection (self);
  if (selected != NULL)
    dimension = pt_factor_get_dimension (selected);
  else if (self->spotlight >= 0)
    dimension = self->spotlight;
  if (dimension == PT_DIMENSION_UNPLACED)
    {
      pt_geometry_tray (&tray);
      start_new_card (self, dimension, tray.x + tray.width / 2, tray.y + 60);
    }
  else
    {
      PtPoint c[3];

      pt_geometry_zone_corners ((PtZone) dimension, c);
      start_new_card (self, dimension, (c[0].x + c[1].x + c[2].x) / 3, (c[0].y + c[1].y + c[2].y) / 3);
    }
}

/* ------------------------------------------------------------------------ */
/* Pointer                                                                  */
/* ------------------------------------------------------------------------ */

/* The card under a scene point, as drawn: selected cards lie on top. */
static PtFactor *
card_at (PtCanvas *self,
         double    sx,
         double    sy)
{
  for (guint i = self->selection->len; i > 0; i--)
    {
      PtFactor *factor = g_ptr_array_index (self->selection, i - 1);
      PtRect rect;

      card_rect (self, factor, &rect);
      if (pt_rect_contains (&rect, sx, sy))
        return factor;
    }
  return pt_scene_card_at (self->scene, sx, sy);
}

static gboolean
on_link_handle (PtCanvas *self,
                double    sx,
                double    sy,
                PtFactor **factor)
{
  for (guint i = 0; i < self->selection->len; i++)
    {
      PtFactor *f = g_ptr_array_index (self->selection, i);
      PtRect rect;
      double radius = MAX (HANDLE_RADIUS, 8.0 / self->scale);

      card_rect (self, f, &rect);
      if (hypot (sx - (rect.x + rect.width), sy - (rect.y + rect.height / 2)) <= radius + 2 / self->scale)
        {
          *factor = f;
          return TRUE;
        }
    }
  return FALSE;
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  PtCanvas       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  gboolean extend = (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) != 0;
  double sx, sy;
  PtFactor *handle_factor = NULL;
  PtLink *link;

  if (self->workshop == NULL)
    return;
  if (self->editor != NULL)
    {
      graphene_rect_t bounds;

      /* A press in the editor is the editor's. */
      if (gtk_widget_compute_bounds (self->editor, GTK_WIDGET (self), &bounds) &&
          graphene_rect_contains_point (&bounds, &GRAPHENE_POINT_INIT ((float) x, (float) y)))
        {
          self->mode = MODE_NONE;
          return;
        }
      stop_editing (self, TRUE);
    }
  if (self->mode == MODE_KEYBOARD_LINK)
    {
      self->mode = MODE_NONE;
      self->link_source = self->link_target = NULL;
    }

  pt_canvas_widget_to_scene (self, x, y, &sx, &sy);
  self->press_x = self->drag_x = x;
  self->press_y = self->drag_y = y;
  self->press_factor = NULL;

  /* In front of a room the cards are on a board, not in the triangle: no
   * ring, no link handles, and (below) nothing to drag them into. */
  if (!self->presenting)
    {
      int step = pt_scene_step_at (self->scene, sx, sy);

      /* A click on the ring moves the group to that step of the cycle. */
      if (step >= 0 && card_at (self, sx, sy) == NULL)
        {
          if ((PtCycleStep) step != pt_workshop_get_step (self->workshop))
            {
              /* Translators: the name of an undo step */
              pt_workshop_begin_group (self->workshop, _("Change Step"));
              pt_workshop_set (self->workshop, self->workshop, "step", step, NULL);
              pt_workshop_end_group (self->workshop);
            }
          self->mode = MODE_NONE;
          return;
        }
    }

  if (!self->presenting && on_link_handle (self, sx, sy, &handle_factor))
    {
      self->mode = MODE_LINK;
      self->link_source = handle_factor;
      return;
    }

  self->press_factor = card_at (self, sx, sy);
  self->mode = MODE_PRESSED;
  if (self->press_factor != NULL)
    {
      if (extend && (state & GDK_CONTROL_MASK))
        toggle_factor (self, self->press_factor);
      else if (!g_ptr_array_find (self->selection, self->press_factor, NULL))
        pt_canvas_select_factor (self, self->press_factor, extend);
      gtk_widget_grab_focus (g_hash_table_lookup (self->cards, self->press_factor));
      return;
    }

  link = pt_scene_link_at (self->scene, sx, sy, 8.0 / self->scale);
  if (link != NULL)
    {
      pt_canvas_select_link (self, link);
      self->mode = MODE_NONE;
      gtk_widget_grab_focus (GTK_WIDGET (self));
      return;
    }

  if (!extend)
    pt_canvas_select_none (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* The selection shown moved by (dx, dy) pixels from the press, and the
 * dimension under the pointer lit up as where it would land. */
static void
preview_move (PtCanvas *self,
              double    dx,
              double    dy)
{
  double sx, sy;

  self->drag_x = self->press_x + dx;
  self->drag_y = self->press_y + dy;
  pt_scene_set_drag (self->scene, self->selection, dx / self->scale, dy / self->scale);
  pt_canvas_widget_to_scene (self, self->drag_x, self->drag_y, &sx, &sy);
  self->highlight = (PtZone) pt_geometry_dimension_for_drop (sx, sy);
  if (gtk_widget_get_cursor (GTK_WIDGET (self)) == NULL ||
      g_strcmp0 (gdk_cursor_get_name (gtk_widget_get_cursor (GTK_WIDGET (self))), "grabbing") != 0)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  /* Once the rest is drawn still, the moving cards are only drawn further
   * on (pt_canvas_snapshot ()): laying the window out again, which on X11
   * asks the server about the screen, would cost each frame more. */
  if (self->still != NULL)
    gtk_widget_queue_draw (GTK_WIDGET (self));
  else
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* What a drag of the selection shows, without the pointer: for the
 * benchmark's drag frame and for tests. The model is not touched. */
void
pt_canvas_preview_move (PtCanvas *self,
                        double    dx,
                        double    dy)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  if (self->selection->len == 0)
    return;
  if (self->mode != MODE_MOVE_CARDS)
    {
      PtRect rect;

      /* As if pressed at the middle of the first selected card. */
      card_rect (self, g_ptr_array_index (self->selection, 0), &rect);
      self->press_x = (rect.x + rect.width / 2) * self->scale + self->offset_x;
      self->press_y = (rect.y + rect.height / 2) * self->scale + self->offset_y;
      self->mode = MODE_MOVE_CARDS;
    }
  preview_move (self, dx, dy);
}

void
pt_canvas_end_preview (PtCanvas *self)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  if (self->mode != MODE_MOVE_CARDS)
    return;
  self->mode = MODE_NONE;
  self->highlight = PT_ZONE_NONE;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  pt_scene_clear_drag (self->scene);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   PtCanvas       *self)
{
  self->drag_x = self->press_x + dx;
  self->drag_y = self->press_y + dy;

  if (self->mode == MODE_PRESSED && hypot (dx, dy) >= DRAG_THRESHOLD && !self->presenting)
    self->mode = self->press_factor != NULL ? MODE_MOVE_CARDS : MODE_RUBBER_BAND;

  switch (self->mode)
    {
    case MODE_MOVE_CARDS:
      preview_move (self, dx, dy);
      break;
    case MODE_LINK:
    case MODE_RUBBER_BAND:
      break;
    case MODE_NONE:
    case MODE_PRESSED:
    case MODE_KEYBOARD_LINK:
    default:
      return;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
select_in_rubber_band (PtCanvas *self,
                       gboolean  extend)
{
  double x0, y0, x1, y1;
  PtRect band;
  GPtrArray *factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);

  pt_canvas_widget_to_scene (self, MIN (self->press_x, self->drag_x), MIN (self->press_y, self->drag_y), &x0, &y0);
  pt_canvas_widget_to_scene (self, MAX (self->press_x, self->drag_x), MAX (self->press_y, self->drag_y), &x1, &y1);
  band = (PtRect) { x0, y0, x1 - x0, y1 - y0 };

  if (!extend)
    clear_selection (self);
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);
      PtRect rect;

      card_rect (self, factor, &rect);
      if (pt_rect_intersects (&band, &rect) && !g_ptr_array_find (self->selection, factor, NULL))
        {
          g_ptr_array_add (self->selection, factor);
          set_card_selected (self, factor, TRUE);
        }
    }
  selection_changed (self);
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                PtCanvas       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  Mode mode = self->mode;
  double sx, sy;

  self->mode = MODE_NONE;
  self->highlight = PT_ZONE_NONE;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);

  switch (mode)
    {
    case MODE_MOVE_CARDS:
      pt_scene_clear_drag (self->scene);
      pt_canvas_move_factors (self, self->selection, dx / self->scale, dy / self->scale);
      break;
    case MODE_LINK:
      pt_canvas_widget_to_scene (self, self->press_x + dx, self->press_y + dy, &sx, &sy);
      pt_canvas_link_factors (self, self->link_source, card_at (self, sx, sy));
      self->link_source = NULL;
      break;
    case MODE_RUBBER_BAND:
      select_in_rubber_band (self, (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) != 0);
      break;
    case MODE_PRESSED:
      /* A click on one card of a multiple selection selects just that one. */
      if (self->press_factor != NULL && !(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) &&
          self->selection->len > 1)
        pt_canvas_select_factor (self, self->press_factor, FALSE);
      break;
    case MODE_NONE:
    case MODE_KEYBOARD_LINK:
    default:
      break;
    }
  self->press_factor = NULL;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A double click edits the card under it, or starts a new card in the
 * zone under it. It runs once the press has gone through every gesture, so
 * the drag gesture's handling of the same press cannot undo it. */
static gboolean
handle_double_click (gpointer data)
{
  PtCanvas *self = data;
  double sx, sy;
  PtFactor *factor;
  PtZone zone;

  self->double_click_idle = 0;
  if (self->workshop == NULL)
    return G_SOURCE_REMOVE;

  pt_canvas_widget_to_scene (self, self->double_click_x, self->double_click_y, &sx, &sy);
  factor = card_at (self, sx, sy);
  if (factor != NULL)
    {
      pt_canvas_select_factor (self, factor, FALSE);
      start_editing (self, factor, pt_factor_get_text (factor));
      return G_SOURCE_REMOVE;
    }
  zone = pt_geometry_zone_at (sx, sy);
  if (zone != PT_ZONE_NONE && zone != PT_ZONE_CENTRE)
    start_new_card (self, (PtDimensionKind) zone, sx, sy);
  return G_SOURCE_REMOVE;
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     PtCanvas        *self)
{
  if (n_press != 2 || self->double_click_idle != 0)
    return;
  self->double_click_x = x;
  self->double_click_y = y;
  self->double_click_idle = g_idle_add (handle_double_click, self);
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              PtCanvas                 *self)
{
  double sx, sy;
  PtFactor *factor = NULL;

  if (self->workshop == NULL || self->mode != MODE_NONE)
    return;
  pt_canvas_widget_to_scene (self, x, y, &sx, &sy);
  if (on_link_handle (self, sx, sy, &factor))
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
  else if (card_at (self, sx, sy) != NULL)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
  else
    gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              PtCanvas                 *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (state & GDK_CONTROL_MASK)
    {
      double x = self->drag_x, y = self->drag_y;
      GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));

      if (event == NULL || !gdk_event_get_position (event, &x, &y))
        {
          x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
          y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
        }
      else
        {
          /* The event's position is in the surface's coordinates. */
          graphene_point_t p;
          GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));

          if (gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self),
                                        &GRAPHENE_POINT_INIT (x, y), &p))
            {
              x = p.x;
              y = p.y;
            }
        }
      pt_canvas_set_zoom_at (self, self->zoom * pow (ZOOM_STEP, -dy), x, y);
      return TRUE;
    }
  if (self->zoom * self->text_zoom > 1.0)
    {
      double step = 40.0 / self->scale;

      self->pan_x += dx * step;
      self->pan_y += dy * step;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return TRUE;
    }
  return FALSE;
}

static void
on_zoom_begin_cb (GtkGesture       *gesture,
                  GdkEventSequence *sequence,
                  PtCanvas         *self)
{
  self->gesture_zoom = self->zoom;
}

static void
on_zoom_scale_changed_cb (GtkGestureZoom *gesture,
                          double          scale,
                          PtCanvas       *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  pt_canvas_set_zoom_at (self, self->gesture_zoom * scale, x, y);
}

/* ------------------------------------------------------------------------ */
/* Keyboard                                                                 */
/* ------------------------------------------------------------------------ */

/* L, then the arrows choose the target among the cards, Enter links. */
void
pt_canvas_start_keyboard_link (PtCanvas *self)
{
  PtFactor *source;

  g_return_if_fail (PT_IS_CANVAS (self));

  source = primary_selection (self);
  if (source == NULL || pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR)->len < 2)
    return;
  self->mode = MODE_KEYBOARD_LINK;
  self->link_source = source;
  self->link_target = NULL;
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
step_link_target (PtCanvas *self,
                  int       direction)
{
  GPtrArray *factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  guint index = 0, n = factors->len;
  PtFactor *from = self->link_target != NULL ? self->link_target : self->link_source;

  g_ptr_array_find (factors, from, &index);
  do
    index = (index + n + direction) % n;
  while (g_ptr_array_index (factors, index) == self->link_source);
  self->link_target = g_ptr_array_index (factors, index);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
action_nudge (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PtCanvas *self = PT_CANVAS (widget);
  int dx, dy;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  if (self->mode == MODE_KEYBOARD_LINK)
    step_link_target (self, dx + dy > 0 ? 1 : -1);
  else
    pt_canvas_nudge_selection (self, dx * NUDGE, dy * NUDGE);
}

static void
action_activate (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PtCanvas *self = PT_CANVAS (widget);

  if (self->mode == MODE_KEYBOARD_LINK)
    {
      PtFactor *source = self->link_source, *target = self->link_target;

      self->mode = MODE_NONE;
      self->link_source = self->link_target = NULL;
      pt_canvas_link_factors (self, source, target);
      update_actions (self);
    }
  else
    pt_canvas_edit_selected (self);
}

static void
action_escape (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PtCanvas *self = PT_CANVAS (widget);

  if (self->mode == MODE_KEYBOARD_LINK)
    {
      self->mode = MODE_NONE;
      self->link_source = self->link_target = NULL;
      update_actions (self);
      gtk_widget_queue_draw (widget);
    }
  else
    pt_canvas_select_none (self);
}

static void
action_simple (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PtCanvas *self = PT_CANVAS (widget);

  if (g_str_equal (action_name, "canvas.add"))
    pt_canvas_add_factor (self);
  else if (g_str_equal (action_name, "canvas.delete"))
    pt_canvas_delete_selection (self);
  else if (g_str_equal (action_name, "canvas.toggle-polarity"))
    pt_canvas_toggle_polarity (self);
  else if (g_str_equal (action_name, "canvas.link"))
    pt_canvas_start_keyboard_link (self);
  else if (g_str_equal (action_name, "canvas.move-to") && self->presenting)
    pt_canvas_set_spotlight (self, g_variant_get_int32 (parameter));
  else if (g_str_equal (action_name, "canvas.move-to"))
    pt_canvas_move_selection_to (self, g_variant_get_int32 (parameter));
  else if (g_str_equal (action_name, "canvas.vote"))
    pt_canvas_vote_selection (self, g_variant_get_int32 (parameter));
}

/* Keys act only when there is something for them to act on; otherwise
 * they pass on (arrows then move the focus, as everywhere). */
static void
update_actions (PtCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean factors = self->selection->len > 0;
  gboolean linking = self->mode == MODE_KEYBOARD_LINK;

  gtk_widget_action_set_enabled (widget, "canvas.nudge", factors || linking);
  gtk_widget_action_set_enabled (widget, "canvas.activate", factors || linking);
  gtk_widget_action_set_enabled (widget, "canvas.escape", factors || linking || self->selected_link != NULL);
  gtk_widget_action_set_enabled (widget, "canvas.delete", factors || self->selected_link != NULL);
  gtk_widget_action_set_enabled (widget, "canvas.toggle-polarity", factors);
  gtk_widget_action_set_enabled (widget, "canvas.link", factors && !linking);
  /* Presenting, 1, 2, 3 and 0 spotlight a dimension instead. */
  gtk_widget_action_set_enabled (widget, "canvas.move-to", factors || self->presenting);
  gtk_widget_action_set_enabled (widget, "canvas.vote", factors);
  gtk_widget_action_set_enabled (widget, "canvas.add", self->workshop != NULL);
}

/* ------------------------------------------------------------------------ */
/* GtkWidget                                                                */
/* ------------------------------------------------------------------------ */

static void
pt_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 180;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 960 : 680;
}

/* A widget coordinate on the screen's whole pixels: a card's picture moved
 * by part of a pixel would be resampled, and its text blurred. */
static float
on_whole_pixels (PtCanvas *self,
                 double    at)
{
  int factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  return (float) (round (at * factor) / factor);
}

static void
allocate_at_scene_rect (PtCanvas     *self,
                        GtkWidget    *child,
                        const PtRect *rect,
                        int           min_width,
                        int           min_height)
{
  double x = rect->x * self->scale + self->offset_x;
  double y = rect->y * self->scale + self->offset_y;
  int w = MAX ((int) (rect->width * self->scale + 0.5), min_width);
  int h = MAX ((int) (rect->height * self->scale + 0.5), min_height);
  int child_min;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
  w = MAX (w, child_min);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, &child_min, NULL, NULL, NULL);
  h = MAX (h, child_min);
  /* Widgets larger than their card (the editor) stay inside the canvas. */
  if (w > rect->width * self->scale + 0.5)
    x = CLAMP (x, 0, MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) - w));
  gtk_widget_allocate (child, w, h, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (on_whole_pixels (self, x),
                                                                            on_whole_pixels (self, y))));
}

/* In front of a room: card text at 28 px on a 720-line screen, growing
 * with the screen, readable from six metres. That is too large for the
 * triangle's corners, so the cards go on a board: the spotlit dimension
 * across the view, or all three side by side, in the keys' order. */
static void
lay_out_board (PtCanvas *self,
               int       width,
               int       height)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  double screen = MAX (720, root != NULL ? gtk_widget_get_height (root) : height);
  double text_scale = 28.0 * screen / 720.0 / (PT_CARD_FONT_SIZE * self->scale);
  double margin = 24 * screen / 720, x0, y0, x1, y1, card_width;

  pt_scene_set_text_scale (self->scene, text_scale);
  pt_canvas_widget_to_scene (self, margin, margin / 2, &x0, &y0);
  pt_canvas_widget_to_scene (self, width - margin, height - margin / 2, &x1, &y1);
  if (self->spotlight >= 0)
    {
      self->n_board = 1;
      self->board[0] = (PtBoardColumn) { self->spotlight, { x0, y0, x1 - x0, y1 - y0 }, 0, 0 };
      card_width = PT_CARD_WIDTH;
    }
  else
    {
      GPtrArray *factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
      gboolean unplaced = FALSE;
      double gap = margin / self->scale, column;

      /* Cards not yet placed get a fourth column, last. */
      for (guint i = 0; i < factors->len && !unplaced; i++)
        {
          PtFactor *f = g_ptr_array_index (factors, i);

          unplaced = pt_factor_get_dimension (f) == PT_DIMENSION_UNPLACED && !pt_scene_hides (self->scene, f);
        }
      self->n_board = unplaced ? 4 : 3;
      column = (x1 - x0 - (self->n_board - 1) * gap) / self->n_board;
      for (guint i = 0; i < self->n_board; i++)
        {
          PtDimensionKind d = i < 3 ? PT_DIMENSION_RESOURCES + i : PT_DIMENSION_UNPLACED;

          self->board[i] = (PtBoardColumn) { d, { x0 + i * (column + gap), y0, column, y1 - y0 }, 0, i < 3 ? d : 0 };
        }
      card_width = column / pt_scene_get_text_scale (self->scene);
    }
  pt_board_lay_out (self->scene, self->board, self->n_board, card_width);
  update_cards_shown (self);
}

static void
pt_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  PtCanvas *self = PT_CANVAS (widget);
  GHashTableIter iter;
  gpointer factor, card;

  compute_view (self, width, height);

  if (self->presenting && self->scene != NULL)
    lay_out_board (self, width, height);
  else
    self->n_board = 0;

  /* While a drag keeps the view, only the moving cards move: the others
   * keep their places, and a thousand of them cost a frame its time. */
  if (self->scene != NULL && self->mode == MODE_MOVE_CARDS && still_is_current (self, width, height))
    {
      for (guint i = 0; i < self->selection->len; i++)
        {
          PtFactor *moving = g_ptr_array_index (self->selection, i);
          PtRect rect;

          card_rect (self, moving, &rect);
          allocate_at_scene_rect (self, g_hash_table_lookup (self->cards, moving), &rect, 1, 1);
        }
    }
  else if (self->scene != NULL)
    {
      g_hash_table_iter_init (&iter, self->cards);
      while (g_hash_table_iter_next (&iter, &factor, &card))
        {
          PtRect rect;

          pt_card_set_scale (card, self->scale);
          card_rect (self, factor, &rect);
          allocate_at_scene_rect (self, card, &rect, 1, 1);
        }
    }

  if (self->editor != NULL)
    {
      PtRect rect;

      editor_rect (self, &rect);
      allocate_at_scene_rect (self, self->editor, &rect, 200, 72);
    }

  /* The first-factor hint: in the centre triangle while it holds no focus
   * question, otherwise in the top left corner. */
  if (gtk_widget_get_visible (self->hint))
    {
      gboolean centre = self->workshop == NULL ||
                        pt_workshop_get_focus_question (self->workshop)[0] == '\0';
      int max_w = centre ? (int) (280 * self->scale) : width / 3;
      int hint_w, hint_h;
      double x, y;

      gtk_widget_measure (self->hint, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &hint_w, NULL, NULL);
      hint_w = CLAMP (hint_w, 1, MAX (max_w, 120));
      gtk_widget_measure (self->hint, GTK_ORIENTATION_VERTICAL, hint_w, NULL, &hint_h, NULL, NULL);
      if (centre)
        {
          x = 500 * self->scale + self->offset_x - hint_w / 2.0;
          y = PT_TRIANGLE_HEIGHT * 0.66 * self->scale + self->offset_y - hint_h / 2.0;
        }
      else
        x = y = 12;
      gtk_widget_allocate (self->hint, hint_w, hint_h, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((float) x, (float) y)));
    }
}

/* A small label in a coloured box, its top left at (x, y), in scene units. */
static void
draw_tag (PtCanvas      *self,
          cairo_t       *cr,
          double         x,
          double         y,
          const char    *text,
          const PtColor *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold");
  int w, h;

  /* 13 pixels on screen at any zoom: laid out in pixels, drawn scaled back. */
  pango_font_description_set_absolute_size (font, 13 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, 1 / self->scale, 1 / self->scale);
  cairo_rectangle (cr, 0, 0, w + 8, h + 2);
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
  cairo_fill (cr);
  cairo_move_to (cr, 4, 1);
  cairo_set_source_rgb (cr, 1, 1, 1);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* Since an earlier round: a tag on each card that is new, moved or turned,
 * and the outline of each card that has gone, where it stood. */
static void
draw_comparison (PtCanvas     *self,
                 cairo_t      *cr,
                 PtComparison *comparison)
{
  const PtPalette *palette = pt_scene_get_palette (self->scene);
  const struct { GPtrArray *factors; const char *tag; const PtColor *color; } marks[] = {
    /* Translators: tags on cards when comparing with an earlier round; keep them short */
    { comparison->added, C_("compare", "new"), &palette->accent },
    { comparison->moved, C_("compare", "moved"), &palette->ink },
    { comparison->polarity_changed, C_("compare", "turned"), &palette->ink },
  };

  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    for (guint i = 0; i < marks[m].factors->len; i++)
      {
        PtFactor *factor = g_ptr_array_index (marks[m].factors, i);
        PtRect rect;

        if (!g_hash_table_contains (self->cards, factor) || pt_scene_hides (self->scene, factor))
          continue;
        card_rect (self, factor, &rect);
        /* Below the card's top edge, clear of the vote badge. */
        draw_tag (self, cr, rect.x - 4 / self->scale, rect.y + (20 * m - 12) / self->scale,
                  marks[m].tag, marks[m].color);
      }

  for (guint i = 0; i < comparison->removed->len; i++)
    {
      PtFactor *gone = g_ptr_array_index (comparison->removed, i);
      PtPoint at;
      double w = PT_CARD_WIDTH, h = PT_CARD_MIN_HEIGHT;
      static const double dashes[] = { 6, 4 };

      /* One private when it was removed is not outlined for the room. */
      if (pt_scene_hides (self->scene, gone))
        continue;
      at = pt_geometry_model_to_scene (pt_factor_get_dimension (gone),
                                       pt_factor_get_x (gone), pt_factor_get_y (gone));

      cairo_rectangle (cr, at.x - w / 2, at.y - h / 2, w, h);
      cairo_set_source_rgba (cr, palette->ink_soft.r, palette->ink_soft.g, palette->ink_soft.b, 0.8);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      draw_tag (self, cr, at.x - w / 2, at.y - h / 2 - 10 / self->scale, C_("compare", "removed"), &palette->ink_soft);
    }
}

static void
draw_overlays (PtCanvas *self,
               cairo_t  *cr)
{
  if (self->compare_with != NULL)
    {
      /* Kept between frames: a drag redraws often, the workshop changes
       * seldom (every change lets it go). */
      if (self->comparison == NULL)
        self->comparison = pt_comparison_new (self->compare_with, self->workshop);
      draw_comparison (self, cr, self->comparison);
    }

  /* The link handle of each selected card. */
  for (guint i = 0; i < self->selection->len && self->mode != MODE_MOVE_CARDS; i++)
    {
      PtRect rect;
      double radius = MAX (HANDLE_RADIUS, 7.0 / self->scale);

      card_rect (self, g_ptr_array_index (self->selection, i), &rect);
      cairo_arc (cr, rect.x + rect.width, rect.y + rect.height / 2, radius, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }

  if (self->mode == MODE_LINK && self->link_source != NULL)
    {
      double sx, sy;

      pt_canvas_widget_to_scene (self, self->drag_x, self->drag_y, &sx, &sy);
      pt_scene_draw_link_preview (self->scene, cr, self->link_source, sx, sy);
    }
  if (self->mode == MODE_KEYBOARD_LINK && self->link_source != NULL)
    {
      PtRect rect;

      if (self->link_target != NULL)
        {
          card_rect (self, self->link_target, &rect);
          pt_scene_draw_link_preview (self->scene, cr, self->link_source,
                                      rect.x + rect.width / 2, rect.y + rect.height / 2);
          cairo_rectangle (cr, rect.x - 6, rect.y - 6, rect.width + 12, rect.height + 12);
          cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
          cairo_set_line_width (cr, 4);
          cairo_stroke (cr);
        }
      card_rect (self, self->link_source, &rect);
      cairo_rectangle (cr, rect.x - 6, rect.y - 6, rect.width + 12, rect.height + 12);
      cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
      cairo_set_line_width (cr, 4);
      cairo_stroke (cr);
    }
  if (self->mode == MODE_RUBBER_BAND)
    {
      double x0, y0, x1, y1;

      pt_canvas_widget_to_scene (self, self->press_x, self->press_y, &x0, &y0);
      pt_canvas_widget_to_scene (self, self->drag_x, self->drag_y, &x1, &y1);
      cairo_rectangle (cr, MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0));
      cairo_set_source_rgba (cr, 0.11, 0.44, 0.85, 0.15);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
      cairo_set_line_width (cr, 1.5 / self->scale);
      cairo_stroke (cr);
    }
}

static void
drop_still (PtCanvas *self)
{
  g_clear_pointer (&self->still, gsk_render_node_unref);
  g_clear_pointer (&self->still_links, g_ptr_array_unref);
}

/* The moving cards: the selection, while it is dragged. */
static GHashTable *
moving_factors (PtCanvas *self)
{
  GHashTable *moving = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < self->selection->len; i++)
    g_hash_table_add (moving, g_ptr_array_index (self->selection, i));
  return moving;
}

/* The cards shown, in the order they are drawn: the selected ones last,
 * on top, unless leaving them out. */
static GPtrArray *
cards_in_drawing_order (PtCanvas *self,
                        gboolean  with_selected)
{
  GPtrArray *cards = g_ptr_array_new ();

  for (guint pass = 0; pass < (with_selected ? 2 : 1); pass++)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (PT_IS_CARD (child) && gtk_widget_get_child_visible (child) &&
          pt_card_get_selected (PT_CARD (child)) == (pass == 1))
        g_ptr_array_add (cards, child);
  return cards;
}

/* The cards' states, as PtCard draws them. */
static PtCardState *
card_states (GPtrArray *cards)
{
  PtCardState *states = g_new0 (PtCardState, cards->len);

  for (guint i = 0; i < cards->len; i++)
    {
      PtCard *card = g_ptr_array_index (cards, i);

      states[i] = (pt_card_get_selected (card) ? PT_CARD_STATE_SELECTED : 0) |
                  (pt_card_get_dimmed (card) ? PT_CARD_STATE_DIMMED : 0) |
                  (gtk_widget_get_state_flags (GTK_WIDGET (card)) & GTK_STATE_FLAG_FOCUS_VISIBLE ?
                   PT_CARD_STATE_FOCUSED : 0);
    }
  return states;
}

static PtFactor **
card_factors (GPtrArray *cards)
{
  PtFactor **factors = g_new (PtFactor *, cards->len);

  for (guint i = 0; i < cards->len; i++)
    factors[i] = pt_card_get_factor (g_ptr_array_index (cards, i));
  return factors;
}

/* The cards (of those in cards_in_drawing_order ()) that nothing of would
 * show from under the others: not drawn at all, as in a pile of hundreds
 * most cards are. */
static GHashTable *
hidden_cards (PtCanvas *self)
{
  g_autoptr(GPtrArray) cards = cards_in_drawing_order (self, TRUE);
  g_autofree PtCardState *states = card_states (cards);
  g_autofree PtFactor **factors = card_factors (cards);
  g_autofree cairo_region_t **visible = g_new0 (cairo_region_t *, cards->len);
  GHashTable *hidden = g_hash_table_new (NULL, NULL);
  int factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double pixels = self->scale * factor;

  pt_scene_find_visible_parts (self->scene, factors, states, cards->len,
                               &(cairo_matrix_t) { pixels, 0, 0, pixels, self->offset_x * factor, self->offset_y * factor },
                               visible);
  for (guint i = 0; i < cards->len; i++)
    {
      if (visible[i] == NULL)
        g_hash_table_add (hidden, g_ptr_array_index (cards, i));
      g_clear_pointer (&visible[i], cairo_region_destroy);
    }
  return hidden;
}

/* A drag redraws only what moves: the background, the other cards and
 * the links between them are drawn once into a picture when the drag
 * starts (or the drop target changes), and each frame copies it. */
static void
make_still (PtCanvas *self,
            int       width,
            int       height)
{
  int factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  g_autoptr(GHashTable) moving = moving_factors (self);
  g_autoptr(GPtrArray) cards = NULL;
  g_autofree PtCardState *states = NULL;
  g_autofree PtFactor **factors = NULL;
  cairo_surface_t *picture;
  cairo_t *cr;

  drop_still (self);
  /* Opaque: copied, not blended. */
  picture = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * factor, height * factor);
  cairo_surface_set_device_scale (picture, factor, factor);
  self->still_width = width;
  self->still_height = height;
  self->still_scale = self->scale;
  self->still_x = self->offset_x;
  self->still_y = self->offset_y;
  self->still_highlight = self->highlight;

  cr = cairo_create (picture);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, self->offset_x, self->offset_y);
  cairo_scale (cr, self->scale, self->scale);
  pt_scene_draw_background (self->scene, cr, self->highlight);
  pt_scene_draw_links_apart (self->scene, cr, self->selected_link, moving);
  self->still_links = pt_scene_links_touching (self->scene, moving);
  cards = cards_in_drawing_order (self, FALSE);
  states = card_states (cards);
  factors = card_factors (cards);
  pt_scene_draw_cards (self->scene, cr, factors, states, cards->len);
  cairo_destroy (cr);

  /* A frame that appends the very node the last one did has nothing to
   * redraw there: only the moving card and its links are damage. */
  self->still = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
  cr = gsk_cairo_node_get_draw_context (self->still);
  cairo_set_source_surface (cr, picture, 0, 0);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (picture);
}

/* Where the links of the moving cards are drawn, in widget coordinates,
 * with room for their halos and heads. FALSE for none. */
static gboolean
moving_links_bounds (PtCanvas        *self,
                     graphene_rect_t *bounds)
{
  GPtrArray *links = self->still_links;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double room = 40 * self->scale * pt_scene_get_text_scale (self->scene) + 2;

  for (guint i = 0; i < links->len; i++)
    {
      PtLink *link = g_ptr_array_index (links, i);
      PtFactor *ends[] = { pt_workshop_lookup_factor (self->workshop, pt_link_get_from (link)),
                           pt_workshop_lookup_factor (self->workshop, pt_link_get_to (link)) };

      for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
        {
          PtRect rect;

          if (ends[e] == NULL)
            continue;
          card_rect (self, ends[e], &rect);
          x0 = MIN (x0, rect.x);
          y0 = MIN (y0, rect.y);
          x1 = MAX (x1, rect.x + rect.width);
          y1 = MAX (y1, rect.y + rect.height);
        }
    }
  if (x0 > x1)
    return FALSE;
  *bounds = GRAPHENE_RECT_INIT ((float) (x0 * self->scale + self->offset_x - room),
                                (float) (y0 * self->scale + self->offset_y - room),
                                (float) ((x1 - x0) * self->scale + 2 * room),
                                (float) ((y1 - y0) * self->scale + 2 * room));
  /* Labels are drawn at the middle, up to 200 units wide. */
  graphene_rect_inset (bounds, (float) (-100 * self->scale * pt_scene_get_text_scale (self->scene)), 0);
  return TRUE;
}

/* The moving cards where the drag has them, though they may still be
 * allocated where an earlier frame had them (preview_move ()). */
static void
snapshot_moving_cards (PtCanvas    *self,
                       GtkSnapshot *snapshot)
{
  for (guint i = 0; i < self->selection->len; i++)
    {
      PtFactor *moving = g_ptr_array_index (self->selection, i);
      GtkWidget *card = g_hash_table_lookup (self->cards, moving);
      graphene_point_t at;
      PtRect rect;

      if (card == NULL || !gtk_widget_get_child_visible (card) ||
          !gtk_widget_compute_point (card, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (0, 0), &at))
        continue;
      card_rect (self, moving, &rect);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (on_whole_pixels (self, rect.x * self->scale + self->offset_x) - at.x,
                                                    on_whole_pixels (self, rect.y * self->scale + self->offset_y) - at.y));
      gtk_widget_snapshot_child (GTK_WIDGET (self), card, snapshot);
      gtk_snapshot_restore (snapshot);
    }
}

static gboolean
still_is_current (PtCanvas *self,
                  int       width,
                  int       height)
{
  return self->still != NULL && self->still_width == width && self->still_height == height &&
         self->still_scale == self->scale && self->still_x == self->offset_x && self->still_y == self->offset_y &&
         self->still_highlight == self->highlight;
}

static void
pt_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  PtCanvas *self = PT_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  g_autoptr(GHashTable) hidden = NULL;
  cairo_t *cr;
  GtkWidget *child;
  gboolean dragging;

  if (self->scene == NULL || width <= 0 || height <= 0)
    return;

  compute_view (self, width, height);
  /* GTK plays what is drawn here back on the screen's pixels. */
  pt_scene_set_recording_scale (self->scene, gtk_widget_get_scale_factor (widget));
  dragging = self->mode == MODE_MOVE_CARDS && self->n_board == 0;
  if (!dragging)
    drop_still (self);
  else if (!still_is_current (self, width, height))
    make_still (self, width, height);

  if (dragging)
    {
      graphene_rect_t links;

      gtk_snapshot_append_node (snapshot, self->still);
      if (moving_links_bounds (self, &links))
        {
          cr = gtk_snapshot_append_cairo (snapshot, &links);
          cairo_translate (cr, self->offset_x, self->offset_y);
          cairo_scale (cr, self->scale, self->scale);
          pt_scene_draw_link_list (self->scene, cr, self->selected_link, self->still_links);
          cairo_destroy (cr);
        }
    }
  else
    {
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_translate (cr, self->offset_x, self->offset_y);
      cairo_scale (cr, self->scale, self->scale);
      /* On the board, the triangle's lines would point nowhere, and links
       * would run behind other cards across the columns: the room reads the
       * cards; the links stay on the facilitator's screen and on paper. */
      if (self->n_board > 0)
        pt_board_draw (self->scene, cr, self->board, self->n_board);
      else
        pt_scene_draw_base (self->scene, cr, PT_ZONE_NONE, self->selected_link);
      cairo_destroy (cr);
      /* The board lays its cards out apart. */
      if (self->n_board == 0)
        hidden = hidden_cards (self);
    }

  /* Selected cards on top, so what is being dragged or edited is seen;
   * while dragging, the others are in the still picture, and a thousand
   * cards are not even looked at: the hint and the editor are all else. */
  if (dragging)
    {
      gtk_widget_snapshot_child (widget, self->hint, snapshot);
      if (self->editor != NULL)
        gtk_widget_snapshot_child (widget, self->editor, snapshot);
      snapshot_moving_cards (self, snapshot);
    }
  else
    {
      for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
        if (!PT_IS_CARD (child) ||
            (!pt_card_get_selected (PT_CARD (child)) && (hidden == NULL || !g_hash_table_contains (hidden, child))))
          gtk_widget_snapshot_child (widget, child, snapshot);
      for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
        if (PT_IS_CARD (child) && pt_card_get_selected (PT_CARD (child)) &&
            (hidden == NULL || !g_hash_table_contains (hidden, child)))
          gtk_widget_snapshot_child (widget, child, snapshot);
    }

  /* Moving cards show no handles; only a comparison draws over them. */
  if (!dragging || self->compare_with != NULL)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_translate (cr, self->offset_x, self->offset_y);
      cairo_scale (cr, self->scale, self->scale);
      draw_overlays (self, cr);
      cairo_destroy (cr);
    }
}

/* When the view is larger than the window (zoom, large text), the card
 * that takes the focus is brought into it: Tab then tours the triangle. */
static void
scroll_to_card (PtCanvas *self,
                PtFactor *factor)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  PtRect rect;
  double x0, y0, x1, y1;

  if (self->scene == NULL || width <= 0 || height <= 0)
    return;
  compute_view (self, width, height);
  card_rect (self, factor, &rect);
  x0 = rect.x * self->scale + self->offset_x;
  y0 = rect.y * self->scale + self->offset_y;
  x1 = (rect.x + rect.width) * self->scale + self->offset_x;
  y1 = (rect.y + rect.height) * self->scale + self->offset_y;
  if (x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height)
    return;
  /* The card's centre to the middle of the window. */
  self->pan_x += ((x0 + x1) / 2 - width / 2.0) / self->scale;
  self->pan_y += ((y0 + y1) / 2 - height / 2.0) / self->scale;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A card that takes the keyboard focus becomes the selection, so Tab
 * walks the cards and the keys act on the one with focus. */
static void
pt_canvas_set_focus_child (GtkWidget *widget,
                           GtkWidget *child)
{
  PtCanvas *self = PT_CANVAS (widget);

  GTK_WIDGET_CLASS (pt_canvas_parent_class)->set_focus_child (widget, child);

  if (PT_IS_CARD (child))
    scroll_to_card (self, pt_card_get_factor (PT_CARD (child)));
  if (PT_IS_CARD (child) && self->mode == MODE_NONE &&
      !g_ptr_array_find (self->selection, pt_card_get_factor (PT_CARD (child)), NULL))
    pt_canvas_select_factor (self, pt_card_get_factor (PT_CARD (child)), FALSE);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
disconnect_workshop (PtCanvas *self)
{
  if (self->editor != NULL)
    {
      gtk_widget_unparent (self->editor);
      self->editor = NULL;
      self->editing = NULL;
    }
  /* First child first, for the same sibling walk as in set_workshop. */
  if (self->cards != NULL)
    {
      GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));

      while (child != NULL)
        {
          GtkWidget *next = gtk_widget_get_next_sibling (child);

          if (PT_IS_CARD (child))
            gtk_widget_unparent (child);
          child = next;
        }
      g_hash_table_remove_all (self->cards);
    }
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  if (self->selection != NULL)
    g_ptr_array_set_size (self->selection, 0);
  self->selected_link = NULL;
  self->mode = MODE_NONE;
  self->link_source = self->link_target = self->press_factor = NULL;
  drop_still (self);
  g_clear_object (&self->scene);
  g_clear_object (&self->workshop);
}

static void
pt_canvas_dispose (GObject *object)
{
  PtCanvas *self = PT_CANVAS (object);

  g_clear_handle_id (&self->double_click_idle, g_source_remove);
  disconnect_workshop (self);
  g_clear_pointer (&self->hint, gtk_widget_unparent);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_pointer (&self->selection, g_ptr_array_unref);
  g_clear_object (&self->compare_with);
  g_clear_pointer (&self->comparison, pt_comparison_free);

  G_OBJECT_CLASS (pt_canvas_parent_class)->dispose (object);
}

static void
pt_canvas_class_init (PtCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_canvas_dispose;

  widget_class->measure = pt_canvas_measure;
  widget_class->size_allocate = pt_canvas_size_allocate;
  widget_class->snapshot = pt_canvas_snapshot;
  widget_class->set_focus_child = pt_canvas_set_focus_child;

  /**
   * PtCanvas::selection-changed:
   *
   * The selected factors or the selected link changed.
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "canvas.nudge", "(ii)", action_nudge);
  gtk_widget_class_install_action (widget_class, "canvas.activate", NULL, action_activate);
  gtk_widget_class_install_action (widget_class, "canvas.escape", NULL, action_escape);
  gtk_widget_class_install_action (widget_class, "canvas.add", NULL, action_simple);
  gtk_widget_class_install_action (widget_class, "canvas.delete", NULL, action_simple);
  gtk_widget_class_install_action (widget_class, "canvas.toggle-polarity", NULL, action_simple);
  gtk_widget_class_install_action (widget_class, "canvas.link", NULL, action_simple);
  gtk_widget_class_install_action (widget_class, "canvas.move-to", "i", action_simple);
  gtk_widget_class_install_action (widget_class, "canvas.vote", "i", action_simple);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "canvas.nudge", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "canvas.nudge", "(ii)", 1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "canvas.nudge", "(ii)", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "canvas.nudge", "(ii)", 0, 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "canvas.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "canvas.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "canvas.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "canvas.escape", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, 0, "canvas.move-to", "i", PT_DIMENSION_RESOURCES);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, 0, "canvas.move-to", "i", PT_DIMENSION_DISCOURSES);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, 0, "canvas.move-to", "i", PT_DIMENSION_CONTEXTS);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "canvas.move-to", "i", PT_DIMENSION_UNPLACED);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "canvas.toggle-polarity", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, 0, "canvas.link", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "canvas.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, 0, "canvas.vote", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_V, GDK_SHIFT_MASK, "canvas.vote", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "canvas.add", NULL);

  gtk_widget_class_set_css_name (widget_class, "triangle-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pt_canvas_init (PtCanvas *self)
{
  GtkGesture *drag, *click, *zoom;
  GtkEventController *motion, *scroll;

  self->zoom = 1.0;
  self->scale = 1.0;
  self->highlight = PT_ZONE_NONE;
  self->voice = -1;
  self->spotlight = -1;
  self->text_zoom = 1.0;
  self->cards = g_hash_table_new (NULL, NULL);
  g_signal_connect_object (pt_desktop_style_get_default (), "notify::high-contrast",
                           G_CALLBACK (update_palette), self, G_CONNECT_SWAPPED);
  self->selection = g_ptr_array_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Power triangle"),
                                  -1);

  self->hint = gtk_label_new (_("Double-click in a dimension to add the first factor"));
  gtk_label_set_wrap (GTK_LABEL (self->hint), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->hint), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->hint, "dim-label");
  gtk_widget_add_css_class (self->hint, "title-4");
  gtk_widget_set_parent (self->hint, GTK_WIDGET (self));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

GtkWidget *
pt_canvas_new (void)
{
  return g_object_new (PT_TYPE_CANVAS, NULL);
}

void
pt_canvas_set_workshop (PtCanvas   *self,
                        PtWorkshop *workshop)
{
  GPtrArray *factors;

  g_return_if_fail (PT_IS_CANVAS (self));
  g_return_if_fail (PT_IS_WORKSHOP (workshop));

  disconnect_workshop (self);
  g_clear_pointer (&self->comparison, pt_comparison_free);
  self->workshop = g_object_ref (workshop);
  self->scene = pt_scene_new (workshop);
  update_palette (self);
  pt_scene_set_hide_private (self->scene, self->presenting);

  /* Last card first, each going in front of the one after it: GTK 4.8's
   * accessibility layer walks the siblings before a new child, so this
   * keeps opening a workshop of thousands of factors linear. */
  factors = pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR);
  for (guint i = factors->len; i > 0; i--)
    add_card (self, g_ptr_array_index (factors, i - 1), i - 1);

  g_signal_connect_swapped (workshop, "item-added", G_CALLBACK (on_item_added_cb), self);
  g_signal_connect_swapped (workshop, "item-removed", G_CALLBACK (on_item_removed_cb), self);
  g_signal_connect_swapped (workshop, "item-changed", G_CALLBACK (on_item_changed_cb), self);

  update_hint (self);
  update_cards_shown (self);
  pt_canvas_zoom_fit (self);
  selection_changed (self);
}

PtWorkshop *
pt_canvas_get_workshop (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), NULL);
  return self->workshop;
}

PtScene *
pt_canvas_get_scene (PtCanvas *self)
{
  g_return_val_if_fail (PT_IS_CANVAS (self), NULL);
  return self->scene;
}
