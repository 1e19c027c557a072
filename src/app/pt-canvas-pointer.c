/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-canvas-pointer.c — PtCanvas: what the pointer and the keys do.
 *
 * One mode machine (PtCanvasDrag in pt-canvas-private.h): a press becomes a
 * drag of cards, a link drawn from a card's handle, or a rubber band. A
 * drag's cards are shown moved through the scene; dropping them is one
 * model edit (pt_workshop_move_factors ()).
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pt-canvas-private.h"

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

      pt_canvas_card_rect (self, factor, &rect);
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
      PtPoint centre;
      double radius;

      pt_canvas_link_handle (self, f, &centre, &radius);
      if (hypot (sx - centre.x, sy - centre.y) <= radius + 3 / self->scale)
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
          self->drag.mode = MODE_NONE;
          return;
        }
      pt_canvas_stop_editing (self, TRUE);
    }
  if (self->drag.mode == MODE_KEYBOARD_LINK)
    {
      self->drag.mode = MODE_NONE;
      self->drag.link_source = self->drag.link_target = NULL;
    }

  pt_canvas_widget_to_scene (self, x, y, &sx, &sy);
  self->drag.press_x = self->drag.x = x;
  self->drag.press_y = self->drag.y = y;
  self->drag.press_factor = NULL;

  /* In front of a room the cards are on a board, not in the triangle: no
   * ring, no link handles, and (below) nothing to drag them into. */
  if (!self->presenting)
    {
      int step = pt_scene_step_at (self->scene, sx, sy);

      /* A click on the ring moves the group to that step of the cycle;
       * like any click off the cards, it leaves none selected. */
      if (step >= 0 && card_at (self, sx, sy) == NULL)
        {
          pt_canvas_select_none (self);
          if ((PtCycleStep) step != pt_workshop_get_step (self->workshop))
            {
              /* Translators: the name of an undo step */
              pt_workshop_begin_group (self->workshop, _("Change Step"));
              pt_workshop_set (self->workshop, self->workshop, "step", step, NULL);
              pt_workshop_end_group (self->workshop);
            }
          self->drag.mode = MODE_NONE;
          return;
        }
    }

  if (!self->presenting && on_link_handle (self, sx, sy, &handle_factor))
    {
      self->drag.mode = MODE_LINK;
      self->drag.link_source = handle_factor;
      return;
    }

  self->drag.press_factor = card_at (self, sx, sy);
  self->drag.mode = MODE_PRESSED;
  if (self->drag.press_factor != NULL)
    {
      if (extend && (state & GDK_CONTROL_MASK))
        pt_canvas_toggle_factor (self, self->drag.press_factor);
      else if (!g_ptr_array_find (self->selection, self->drag.press_factor, NULL))
        pt_canvas_select_factor (self, self->drag.press_factor, extend);
      gtk_widget_grab_focus (g_hash_table_lookup (self->cards, self->drag.press_factor));
      return;
    }

  link = pt_scene_link_at (self->scene, sx, sy, 8.0 / self->scale);
  if (link != NULL)
    {
      pt_canvas_select_link (self, link);
      self->drag.mode = MODE_NONE;
      gtk_widget_grab_focus (GTK_WIDGET (self));
      return;
    }

  if (!extend)
    pt_canvas_select_none (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* The moving cards go back to the model's places (a drop has just put
 * them where they were shown, or the drag was given up). */
void
pt_canvas_end_card_drag (PtCanvas *self)
{
  self->drag.cards.target = PT_ZONE_NONE;
  self->drag.cards.dx = self->drag.cards.dy = 0;
  g_clear_pointer (&self->drag.cards.moving, g_hash_table_unref);
  if (self->scene != NULL)
    pt_scene_set_drag (self->scene, NULL);
}

/* The selection shown moved by (dx, dy) pixels from the press, and the
 * dimension under the pointer lit up as where it would land. */
static void
preview_move (PtCanvas *self,
              double    dx,
              double    dy)
{
  double sx, sy;

  self->drag.x = self->drag.press_x + dx;
  self->drag.y = self->drag.press_y + dy;
  if (self->drag.cards.moving == NULL)
    {
      self->drag.cards.moving = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < self->selection->len; i++)
        g_hash_table_add (self->drag.cards.moving, g_ptr_array_index (self->selection, i));
    }
  self->drag.cards.dx = dx / self->scale;
  self->drag.cards.dy = dy / self->scale;
  pt_canvas_widget_to_scene (self, self->drag.x, self->drag.y, &sx, &sy);
  self->drag.cards.target = (PtZone) pt_scene_dimension_at (self->scene, sx, sy);
  pt_scene_set_drag (self->scene, &self->drag.cards);
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
  if (self->drag.mode != MODE_MOVE_CARDS)
    {
      PtRect rect;

      /* As if pressed at the middle of the first selected card. */
      pt_canvas_card_rect (self, g_ptr_array_index (self->selection, 0), &rect);
      self->drag.press_x = (rect.x + rect.width / 2) * self->scale + self->offset_x;
      self->drag.press_y = (rect.y + rect.height / 2) * self->scale + self->offset_y;
      self->drag.mode = MODE_MOVE_CARDS;
    }
  preview_move (self, dx, dy);
}

void
pt_canvas_end_preview (PtCanvas *self)
{
  g_return_if_fail (PT_IS_CANVAS (self));

  if (self->drag.mode != MODE_MOVE_CARDS)
    return;
  self->drag.mode = MODE_NONE;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  pt_canvas_end_card_drag (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   PtCanvas       *self)
{
  self->drag.x = self->drag.press_x + dx;
  self->drag.y = self->drag.press_y + dy;

  if (self->drag.mode == MODE_PRESSED && hypot (dx, dy) >= DRAG_THRESHOLD && !self->presenting)
    self->drag.mode = self->drag.press_factor != NULL ? MODE_MOVE_CARDS : MODE_RUBBER_BAND;

  switch (self->drag.mode)
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

  pt_canvas_widget_to_scene (self, MIN (self->drag.press_x, self->drag.x), MIN (self->drag.press_y, self->drag.y), &x0, &y0);
  pt_canvas_widget_to_scene (self, MAX (self->drag.press_x, self->drag.x), MAX (self->drag.press_y, self->drag.y), &x1, &y1);
  band = (PtRect) { x0, y0, x1 - x0, y1 - y0 };

  if (!extend)
    pt_canvas_clear_selection (self);
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);
      PtRect rect;

      pt_canvas_card_rect (self, factor, &rect);
      if (pt_rect_intersects (&band, &rect) && !g_ptr_array_find (self->selection, factor, NULL))
        {
          g_ptr_array_add (self->selection, factor);
          pt_canvas_set_card_selected (self, factor, TRUE);
        }
    }
  pt_canvas_selection_changed (self);
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                PtCanvas       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  PtCanvasMode mode = self->drag.mode;
  double sx, sy;

  self->drag.mode = MODE_NONE;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  pt_canvas_end_card_drag (self);

  switch (mode)
    {
    case MODE_MOVE_CARDS:
      pt_canvas_move_factors (self, self->selection, dx / self->scale, dy / self->scale);
      break;
    case MODE_LINK:
      pt_canvas_widget_to_scene (self, self->drag.press_x + dx, self->drag.press_y + dy, &sx, &sy);
      pt_canvas_link_factors (self, self->drag.link_source, card_at (self, sx, sy));
      self->drag.link_source = NULL;
      break;
    case MODE_RUBBER_BAND:
      select_in_rubber_band (self, (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) != 0);
      break;
    case MODE_PRESSED:
      /* A click on one card of a multiple selection selects just that one. */
      if (self->drag.press_factor != NULL && !(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) &&
          self->selection->len > 1)
        pt_canvas_select_factor (self, self->drag.press_factor, FALSE);
      break;
    case MODE_NONE:
    case MODE_KEYBOARD_LINK:
    default:
      break;
    }
  self->drag.press_factor = NULL;
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
      pt_canvas_start_editing (self, factor, pt_factor_get_text (factor));
      return G_SOURCE_REMOVE;
    }
  zone = pt_geometry_zone_at (sx, sy);
  if (zone != PT_ZONE_NONE && zone != PT_ZONE_CENTRE)
    pt_canvas_start_new_card (self, (PtDimensionKind) zone, sx, sy);
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

  if (self->workshop == NULL || self->drag.mode != MODE_NONE)
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
      double x = self->drag.x, y = self->drag.y;
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

  source = pt_canvas_primary_selection (self);
  if (source == NULL || pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR)->len < 2)
    return;
  self->drag.mode = MODE_KEYBOARD_LINK;
  self->drag.link_source = source;
  self->drag.link_target = NULL;
  pt_canvas_update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_card (PtCanvas *self,
            PtFactor *factor)
{
  GtkWidget *card = factor != NULL ? g_hash_table_lookup (self->cards, factor) : NULL;

  if (card != NULL)
    gtk_widget_grab_focus (card);
}

static void
step_link_target (PtCanvas *self,
                  int       direction)
{
  GPtrArray *factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  guint index = 0, n = factors->len;
  PtFactor *from = self->drag.link_target != NULL ? self->drag.link_target : self->drag.link_source;

  g_ptr_array_find (factors, from, &index);
  do
    index = (index + n + direction) % n;
  while (g_ptr_array_index (factors, index) == self->drag.link_source);
  self->drag.link_target = g_ptr_array_index (factors, index);
  /* The focus goes with the choice, so a screen reader says which card
   * it is (the selection stays on the card linked from). */
  focus_card (self, self->drag.link_target);
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
  if (self->drag.mode == MODE_KEYBOARD_LINK)
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

  if (self->drag.mode == MODE_KEYBOARD_LINK)
    {
      PtFactor *source = self->drag.link_source, *target = self->drag.link_target;

      /* Back where it started, the card soon saying one link more; while
       * still linking, so the focus does not select the card, and the new
       * link stays selected for its kind and label. */
      focus_card (self, source);
      self->drag.mode = MODE_NONE;
      self->drag.link_source = self->drag.link_target = NULL;
      if (target != NULL)
        pt_canvas_link_factors (self, source, target);
      pt_canvas_update_actions (self);
      gtk_widget_queue_draw (widget);
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

  if (self->drag.mode == MODE_KEYBOARD_LINK)
    {
      PtFactor *source = self->drag.link_source;

      self->drag.mode = MODE_NONE;
      self->drag.link_source = self->drag.link_target = NULL;
      pt_canvas_update_actions (self);
      focus_card (self, source);
      gtk_widget_queue_draw (widget);
    }
  else
    {
      pt_canvas_select_none (self);
      /* In front of a room the first Esc leaves presentation, the
       * selection with it, rather than only that. */
      if (self->presenting)
        gtk_widget_activate_action (widget, "win.leave-presentation", NULL);
    }
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
void
pt_canvas_update_actions (PtCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean factors = self->selection->len > 0;
  gboolean linking = self->drag.mode == MODE_KEYBOARD_LINK;

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

/* The gestures and controllers that turn the pointer into the above. */
void
pt_canvas_init_pointer (PtCanvas *self)
{
  GtkGesture *drag, *click, *zoom;
  GtkEventController *motion, *scroll;

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

/* The canvas's actions and the keys bound to them. */
void
pt_canvas_class_init_keys (GtkWidgetClass *widget_class)
{
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
}
