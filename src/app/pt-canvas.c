/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-canvas.c — PtCanvas: the view, the selection, the cards and the edits.
 *
 * Everything the pointer does is hit-tested in scene units through PtScene,
 * so the canvas, print and export agree on where things are. A drag shows
 * its preview through the scene without touching the model and becomes one
 * undoable change when the cards are dropped (pt-canvas-pointer.c).
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pt-canvas-private.h"
#include "pt-desktop-style.h"
#include "pt-text.h"

G_DEFINE_FINAL_TYPE (PtCanvas, pt_canvas, GTK_TYPE_WIDGET)

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* View                                                                     */
/* ------------------------------------------------------------------------ */

void
pt_canvas_compute_view (PtCanvas *self,
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

  pt_canvas_compute_view (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
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

  pt_canvas_compute_view (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
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
      pt_canvas_compute_view (self, width, height);
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

void
pt_canvas_set_card_selected (PtCanvas *self,
                   PtFactor *factor,
                   gboolean  selected)
{
  PtCard *card = g_hash_table_lookup (self->cards, factor);

  if (card != NULL)
    pt_card_set_selected (card, selected);
}

void
pt_canvas_clear_selection (PtCanvas *self)
{
  for (guint i = 0; i < self->selection->len; i++)
    pt_canvas_set_card_selected (self, g_ptr_array_index (self->selection, i), FALSE);
  g_ptr_array_set_size (self->selection, 0);
  self->selected_link = NULL;
}


void
pt_canvas_selection_changed (PtCanvas *self)
{
  /* What moves is what is selected: the still picture holds the rest. */
  pt_canvas_drop_still (self);
  pt_canvas_update_actions (self);
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
    pt_canvas_clear_selection (self);
  self->selected_link = NULL;
  if (factor != NULL && !g_ptr_array_find (self->selection, factor, NULL))
    {
      g_ptr_array_add (self->selection, factor);
      pt_canvas_set_card_selected (self, factor, TRUE);
    }
  pt_canvas_selection_changed (self);
}

void
pt_canvas_toggle_factor (PtCanvas *self,
               PtFactor *factor)
{
  if (g_ptr_array_remove (self->selection, factor))
    {
      pt_canvas_set_card_selected (self, factor, FALSE);
      pt_canvas_selection_changed (self);
    }
  else
    pt_canvas_select_factor (self, factor, TRUE);
}

void
pt_canvas_select_link (PtCanvas *self,
                       PtLink   *link)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  pt_canvas_clear_selection (self);
  self->selected_link = link;
  pt_canvas_selection_changed (self);
}

void
pt_canvas_select_none (PtCanvas *self)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  pt_canvas_clear_selection (self);
  pt_canvas_selection_changed (self);
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

PtFactor *
pt_canvas_primary_selection (PtCanvas *self)
{
  return self->selection->len > 0 ? g_ptr_array_index (self->selection, self->selection->len - 1) : NULL;
}

/* ------------------------------------------------------------------------ */
/* Cards                                                                    */
/* ------------------------------------------------------------------------ */

void
pt_canvas_update_hint (PtCanvas *self)
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

/* The tray shows while it holds cards, in the editing view only: in front
 * of a room unplaced cards have a column of their own on the board (see
 * lay_out_board). */
static void
update_tray (PtCanvas *self)
{
  gboolean show;

  if (self->scene == NULL)
    return;
  /* Collapsed while empty: its room goes to the cards. */
  show = !self->presenting && pt_scene_shows_unplaced (self->scene);
  if (pt_scene_get_show_tray (self->scene) != show)
    {
      pt_scene_set_show_tray (self->scene, show);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

void
pt_canvas_update_cards_shown (PtCanvas *self)
{
  GHashTableIter iter;
  gpointer factor, card;

  self->shown_stale = FALSE;
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &factor, &card))
    show_card (self, factor, card);
  update_tray (self);
}

/* Which cards show, asked again if a change since has made it stale: at
 * the end of each step of the history, and before a frame is laid out. */
void
pt_canvas_flush_cards_shown (PtCanvas *self)
{
  if (!self->shown_stale)
    return;
  self->shown_stale = FALSE;
  pt_canvas_update_cards_shown (self);
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
  pt_canvas_drop_still (self);
  g_clear_pointer (&self->comparison, pt_comparison_free);
  if (PT_IS_FACTOR (item))
    {
      add_card (self, PT_FACTOR (item), position);
      pt_canvas_update_hint (self);
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

  pt_canvas_drop_still (self);
  g_clear_pointer (&self->comparison, pt_comparison_free);
  if (PT_IS_FACTOR (item))
    {
      selection_touched = g_ptr_array_remove (self->selection, item);
      if (self->editing == PT_FACTOR (item))
        pt_canvas_stop_editing (self, FALSE);
      if (self->drag.link_source == PT_FACTOR (item) || self->drag.link_target == PT_FACTOR (item))
        {
          self->drag.mode = MODE_NONE;
          self->drag.link_source = self->drag.link_target = NULL;
        }
      remove_card (self, PT_FACTOR (item));
      pt_canvas_update_hint (self);
    }
  if (PT_IS_PARTICIPANT (item))
    pt_canvas_update_cards_shown (self);
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
    pt_canvas_selection_changed (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_item_changed_cb (PtCanvas   *self,
                    GObject    *object,
                    GParamSpec *pspec)
{
  pt_canvas_drop_still (self);
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
      /* Once per step of the history (or frame), not once per factor: a
       * move of many cards would walk them all for each. */
      if (g_str_equal (pspec->name, "raised-by") || g_str_equal (pspec->name, "dimension") ||
          g_str_equal (pspec->name, "private"))
        self->shown_stale = TRUE;
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
      pt_canvas_update_cards_shown (self);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */
/* Edits                                                                    */
/* ------------------------------------------------------------------------ */

void
pt_canvas_card_rect (PtCanvas *self,
           PtFactor *factor,
           PtRect   *rect)
{
  pt_scene_get_card_rect (self->scene, factor, rect);
}

/* Where a selected card's link handle is, in scene units: beside the
 * middle of its right-hand edge, so it covers none of the card's text. */
void
pt_canvas_link_handle (PtCanvas *self,
                       PtFactor *factor,
                       PtPoint  *centre,
                       double   *radius)
{
  PtRect rect;

  pt_canvas_card_rect (self, factor, &rect);
  *radius = MAX (HANDLE_RADIUS, 7.0 / self->scale);
  *centre = (PtPoint) { rect.x + rect.width + *radius + 2 / self->scale, rect.y + rect.height / 2 };
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

      pt_canvas_card_rect (self, g_ptr_array_index (moving, i), &rect);
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
  pt_workshop_vote_factors (self->workshop, self->selection, delta);
}

void
pt_canvas_toggle_polarity (PtCanvas *self)
{
  g_return_if_fail (PT_IS_CANVAS (self));
  pt_workshop_turn_factors (self->workshop, self->selection);
}

void
pt_canvas_delete_selection (PtCanvas *self)
{
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();

  g_return_if_fail (PT_IS_CANVAS (self));

  if (self->selected_link != NULL)
    g_ptr_array_add (doomed, self->selected_link);
  else
    g_ptr_array_extend (doomed, self->selection, NULL, NULL);
  pt_workshop_delete_items (self->workshop, doomed);
}

/* Copies of the selected factors, each in free space beside its original,
 * selected instead. */
void
pt_canvas_duplicate_selection (PtCanvas *self)
{
  g_autoptr(GPtrArray) copies = NULL;
  g_autofree PtPlace *places = NULL;

  g_return_if_fail (PT_IS_CANVAS (self));

  if (self->selection->len == 0)
    return;
  places = g_new (PtPlace, self->selection->len);
  for (guint i = 0; i < self->selection->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (self->selection, i);
      PtDimensionKind dimension = pt_factor_get_dimension (factor);
      PtRect rect;
      PtPoint p, m;

      pt_canvas_card_rect (self, factor, &rect);
      p = pt_scene_free_position (self->scene, dimension, rect.x + rect.width / 2 + 20,
                                  rect.y + rect.height / 2 + 20, rect.width, rect.height);
      m = pt_geometry_scene_to_model (dimension, p.x, p.y);
      places[i] = (PtPlace) { dimension, m.x, m.y };
    }
  copies = pt_workshop_duplicate_factors (self->workshop, self->selection, places);

  pt_canvas_clear_selection (self);
  for (guint i = 0; i < copies->len; i++)
    pt_canvas_select_factor (self, g_ptr_array_index (copies, i), TRUE);
}

/* Links from to to, as one step, and selects the link; NULL when that
 * would link a factor to itself. */
PtLink *
pt_canvas_link_factors (PtCanvas *self,
                        PtFactor *from,
                        PtFactor *to)
{
  PtLink *link;

  g_return_val_if_fail (PT_IS_CANVAS (self), NULL);

  link = pt_workshop_link_factors (self->workshop, from, to);
  if (link != NULL)
    pt_canvas_select_link (self, link);
  return link;
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
  pt_canvas_update_cards_shown (self);
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

/* Presentation: a high-contrast palette, and the board's large text
 * (lay_out_board in pt-canvas-draw.c). */
void
pt_canvas_set_presenting (PtCanvas *self,
                          gboolean  presenting)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  self->presenting = presenting;
  pt_canvas_update_actions (self);
  pt_canvas_update_cards_shown (self);
  if (self->scene != NULL)
    {
      update_palette (self);
      pt_scene_set_hide_private (self->scene, presenting);
    }
  if (!presenting && self->scene != NULL)
    {
      /* Back to the cards the editing view had: the board made them wider,
       * shorter and set out in its columns. */
      for (PtDimensionKind d = PT_DIMENSION_UNPLACED; d <= PT_DIMENSION_CONTEXTS; d++)
        pt_scene_set_card_shape (self->scene, d, PT_CARD_WIDTH, PT_CARD_MAX_LINES);
      pt_scene_clear_spread (self->scene);
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
  pt_canvas_update_cards_shown (self);
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

/* Adds a card in the selected card's dimension, or in the tray. */
void
pt_canvas_add_factor (PtCanvas *self)
{
  PtFactor *selected;
  PtDimensionKind dimension = PT_DIMENSION_UNPLACED;

  g_return_if_fail (PT_IS_CANVAS (self));

  selected = pt_canvas_primary_selection (self);
  if (selected != NULL)
    dimension = pt_factor_get_dimension (selected);
  else if (self->spotlight >= 0)
    dimension = self->spotlight;
  {
    PtPoint p = pt_geometry_new_card_point (dimension);

    pt_canvas_start_new_card (self, dimension, p.x, p.y);
  }
}

/* ------------------------------------------------------------------------ */
/* Focus                                                                    */
/* ------------------------------------------------------------------------ */

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
  pt_canvas_compute_view (self, width, height);
  pt_canvas_card_rect (self, factor, &rect);
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
  if (PT_IS_CARD (child) && self->drag.mode == MODE_NONE &&
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
  self->drag.mode = MODE_NONE;
  self->drag.link_source = self->drag.link_target = self->drag.press_factor = NULL;
  pt_canvas_drop_still (self);
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

  widget_class->set_focus_child = pt_canvas_set_focus_child;
  pt_canvas_class_init_drawing (widget_class);

  /**
   * PtCanvas::selection-changed:
   *
   * The selected factors or the selected link changed.
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  pt_canvas_class_init_keys (widget_class);

  gtk_widget_class_set_css_name (widget_class, "triangle-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pt_canvas_init (PtCanvas *self)
{
  self->zoom = 1.0;
  self->scale = 1.0;
  self->drag.cards.target = PT_ZONE_NONE;
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

  pt_canvas_init_pointer (self);
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
  g_signal_connect_object (pt_workshop_get_history (workshop), "changed",
                           G_CALLBACK (pt_canvas_flush_cards_shown), self, G_CONNECT_SWAPPED);

  pt_canvas_update_hint (self);
  pt_canvas_update_cards_shown (self);
  pt_canvas_zoom_fit (self);
  pt_canvas_selection_changed (self);
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
