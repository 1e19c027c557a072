/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-canvas-editor.c — PtCanvas: typing a card's text in place.
 *
 * A new card joins the workshop only when its text is confirmed, so an
 * abandoned card leaves nothing behind.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-canvas-private.h"

/* ------------------------------------------------------------------------ */
/* In-place editing                                                         */
/* ------------------------------------------------------------------------ */

void
pt_canvas_editor_rect (PtCanvas *self,
             PtRect   *rect)
{
  if (self->editing != NULL)
    pt_canvas_card_rect (self, self->editing, rect);
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

void
pt_canvas_stop_editing (PtCanvas *self,
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
      PtPlace place = { self->new_dimension, self->new_x, self->new_y };

      factor = pt_workshop_add_factor (self->workshop, text, &place, self->face_down);
      pt_canvas_select_factor (self, factor, FALSE);
    }

  pt_canvas_update_hint (self);
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
      pt_canvas_stop_editing (self, FALSE);
      return TRUE;
    }
  /* Enter confirms; Shift+Enter starts a new line. */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && !(state & GDK_SHIFT_MASK))
    {
      pt_canvas_stop_editing (self, TRUE);
      return TRUE;
    }
  return FALSE;
}

static void
on_editor_focus_leave_cb (GtkEventControllerFocus *controller,
                          PtCanvas                *self)
{
  pt_canvas_stop_editing (self, TRUE);
}

void
pt_canvas_start_editing (PtCanvas   *self,
               PtFactor   *factor,
               const char *text)
{
  GtkEventController *keys, *focus;
  GtkWidget *view;

  pt_canvas_stop_editing (self, TRUE);

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

  pt_canvas_update_hint (self);
  gtk_widget_grab_focus (view);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Takes what is typed in a card into the model now (before saving). */
void
pt_canvas_commit_editing (PtCanvas *self)
{
  g_return_if_fail (PT_IS_CANVAS (self));
  pt_canvas_stop_editing (self, TRUE);
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

  factor = pt_canvas_primary_selection (self);
  if (factor != NULL)
    pt_canvas_start_editing (self, factor, pt_factor_get_text (factor));
}

/* A new card at scene point (x, y), ready to type; it joins the workshop
 * when its text is confirmed, so an abandoned card leaves nothing behind. */
void
pt_canvas_start_new_card (PtCanvas        *self,
                PtDimensionKind  dimension,
                double           x,
                double           y)
{
  PtPoint p = pt_scene_free_position (self->scene, dimension, x, y, 150, 60);
  PtPoint m = pt_geometry_scene_to_model (dimension, p.x, p.y);

  pt_canvas_stop_editing (self, TRUE);
  self->new_dimension = dimension;
  self->new_x = m.x;
  self->new_y = m.y;
  pt_canvas_start_editing (self, NULL, "");
}
