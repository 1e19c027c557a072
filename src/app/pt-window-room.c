/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-window-room.c — PtWindow and the room: collecting from the phones
 * (win.collect, Ctrl+J) and revealing the cards, lived experience first.
 *
 * The room is the window's while it collects: another workshop in the
 * window, or the window closing, stops it, and its URL is no good after.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-projector-window.h"
#include "pt-window-private.h"

/* The second screen shows the code too, without the buttons. */
void
_pt_window_update_room (PtWindow *self)
{
  PtRoom *room = self->room != NULL && pt_room_is_running (self->room) ? self->room : NULL;

  if (self->room_panel == NULL && room == NULL)
    return;
  if (self->room_panel == NULL)
    {
      self->room_panel = PT_ROOM_PANEL (pt_room_panel_new (TRUE));
      gtk_widget_set_size_request (GTK_WIDGET (self->room_panel), 340, -1);
      gtk_box_append (self->canvas_row, GTK_WIDGET (self->room_panel));
    }
  pt_room_panel_set_room (self->room_panel, room);
  gtk_widget_set_visible (GTK_WIDGET (self->room_panel), room != NULL);
  if (self->projector != NULL)
    pt_projector_window_set_room (PT_PROJECTOR_WINDOW (self->projector), room);
}

/* Starts or stops collecting. A failure to start says why, and leaves it
 * off. */
void
_pt_window_set_collecting (PtWindow *self,
                           gboolean  collecting)
{
  g_autoptr(GError) error = NULL;

  if (collecting == (self->room != NULL && pt_room_is_running (self->room)))
    return;
  if (collecting)
    {
      if (self->room == NULL)
        self->room = pt_room_new (self->workshop);
      pt_room_set_workshop (self->room, self->workshop);
      pt_room_set_scene (self->room, pt_canvas_get_scene (self->canvas));
      if (!pt_room_start (self->room, &error))
        /* Translators: shown when the room's server cannot start */
        _pt_window_show_error (self, _("Could not start collecting from the room"), error->message);
    }
  else if (self->room != NULL)
    pt_room_stop (self->room);
  /* On a projector's width the triangle, the side panel and the code do
   * not fit side by side: the side panel makes way while collecting (F9
   * brings it back), and comes back after. */
  if (_pt_window_get_collecting (self) && !self->presenting &&
      gtk_widget_get_width (GTK_WIDGET (self)) < 1600 && gtk_widget_get_visible (GTK_WIDGET (self->side_panel)))
    {
      self->panel_hidden_for_room = TRUE;
      g_object_set (self, "show-panel", FALSE, NULL);
    }
  else if (!_pt_window_get_collecting (self) && self->panel_hidden_for_room)
    {
      self->panel_hidden_for_room = FALSE;
      /* In presentation mode, for when it ends. */
      if (self->presenting)
        self->panel_was_visible = TRUE;
      else
        g_object_set (self, "show-panel", TRUE, NULL);
    }
  _pt_window_update_room (self);
  g_object_notify (G_OBJECT (self), "collecting");
}

gboolean
_pt_window_get_collecting (PtWindow *self)
{
  return self->room != NULL && pt_room_is_running (self->room);
}

void
_pt_window_dispose_room (PtWindow *self)
{
  if (self->room != NULL)
    pt_room_stop (self->room);
  g_clear_object (&self->room);
}

/* Turns the face-down cards up: with lived experience first, those of
 * residents and relatives alone, then the rest at the next press. */
void
_pt_window_reveal (PtWindow *self)
{
  guint revealed = pt_workshop_reveal (self->workshop, self->lived_experience_first);
  GPtrArray *factors = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR);
  guint still_down = 0;
  g_autofree char *said = NULL;

  for (guint i = 0; i < factors->len; i++)
    still_down += pt_factor_get_hidden (g_ptr_array_index (factors, i));
  if (revealed > 0 && still_down > 0)
    said = g_strdup_printf (ngettext ("Residents’ and relatives’ cards are up. Reveal again for the other %u.",
                                      "Residents’ and relatives’ cards are up. Reveal again for the other %u.",
                                      still_down), still_down);
  if (self->room_panel != NULL)
    pt_room_panel_say (self->room_panel, said);
}
